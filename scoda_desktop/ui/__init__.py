"""The Qt shell: windows, table models and dialogs over the services. Only this package imports Qt.

Modules that run before the main window is shown import neither SQLAlchemy nor SQLModel: the
data layer is imported on a worker thread, after the first paint.
"""
