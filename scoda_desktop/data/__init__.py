"""The data layer: engine and sessions, migrations, reference data. Never imports Qt."""
