"""The domain: tables, enumerations and pure rules. Never imports Qt."""
