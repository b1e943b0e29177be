"""Alembic environment. SCODA Desktop runs migrations itself on open (data/database.py);
the connection is handed in through ``config.attributes["connection"]``."""

from alembic import context
from sqlalchemy import create_engine

from scoda_desktop.domain import models

target_metadata = models.SQLModel.metadata
config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic -x url=... revision --autogenerate` during development
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    with create_engine(url).connect() as conn:
        _run(conn)
