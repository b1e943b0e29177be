"""The scheduling assistant's window: the day grid of a meeting's participants, opened from the
meeting editor. Imports the services (and so SQLAlchemy): import it when it is first needed."""

from scoda_desktop.ui.scheduling.dialog import FindTimeDialog, PlanLoader
from scoda_desktop.ui.scheduling.grid import DayGrid

__all__ = ["DayGrid", "FindTimeDialog", "PlanLoader"]
