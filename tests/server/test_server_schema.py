"""The server's Alembic chain is linear and known to the app, and creates exactly the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from nulmeting.store.changes import CHANGE_COLUMNS
from nulmeting.store.models import Change
from nulmeting.store.schema import alembic_config
from nulmeting.team import sync
from nulmeting.team.server import MIGRATIONS as SERVER_MIGRATIONS
from nulmeting.team.server.models import VERSION_TABLE, ServerBase, ServerChange


def test_server_revision_chain_is_linear_and_known():
    scripts = ScriptDirectory.from_config(alembic_config(SERVER_MIGRATIONS))
    assert len(scripts.get_heads()) == 1
    chain = [r.revision for r in scripts.walk_revisions()][::-1]
    assert tuple(chain) == sync.SERVER_REVISIONS


def test_server_change_has_the_laptop_change_columns():
    server = {c.name for c in ServerChange.__table__.columns}
    laptop = {c.name for c in Change.__table__.columns}
    assert set(CHANGE_COLUMNS) <= server
    assert server - laptop == {"pushed_by", "pushed_at"}


def test_migrated_server_matches_the_models(server, laptops):
    (a,) = laptops("Fatima")
    sync.sync(a, server.url, server.password)  # first connect runs the migrations
    engine = create_engine(sync.parse_url(server.url).set(password=server.password))
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            assert ctx.get_current_revision() == sync.SERVER_HEAD
            assert compare_metadata(ctx, ServerBase.metadata) == []
    finally:
        engine.dispose()
