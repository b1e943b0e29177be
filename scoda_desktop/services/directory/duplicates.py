"""The duplicate warning: people already in the directory who may be the one being added.

The rules (what makes two people possibly one, and the reason each match gives) are in
``duplicate_rules``; the index that finds the people a candidate may be without comparing it
with everyone is in ``duplicate_index``. Their public names can be imported from here.
"""

from __future__ import annotations

from sqlmodel import Session

from scoda_desktop.services.directory.duplicate_index import DuplicateFinder
from scoda_desktop.services.directory.duplicate_rules import Candidate, Match

__all__ = ["Candidate", "DuplicateFinder", "Match", "possible_duplicates"]


def possible_duplicates(session: Session, candidate: Candidate) -> list[Match]:
    """The people in the directory ``candidate`` may be, most likely first, each with the
    reason; empty when nobody resembles them."""
    return DuplicateFinder.read(session).find(candidate)
