"""Use cases over the data layer: listing, import and export, demo data. Never imports Qt."""
