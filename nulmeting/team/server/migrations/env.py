"""Alembic environment for the server: always given an open connection by :mod:`nulmeting.team.sync`."""

from alembic import context

from nulmeting.team.server.models import VERSION_TABLE, ServerBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=ServerBase.metadata, version_table=VERSION_TABLE
)
with context.begin_transaction():
    context.run_migrations()
