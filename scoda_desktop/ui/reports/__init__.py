"""The Reports page (``page.ReportsPage``): the figures leaders ask for, as charts beside
tables, and the liaison list of embassies by time since the last contact. Nothing is imported
here, so that the Follow-ups page can share the save dialog without importing this page."""
