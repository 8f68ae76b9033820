"""The SQLAlchemy engine of a store file (for writes and migrations): WAL, foreign keys, a busy
timeout, and transactions that this code begins itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nulmeting.store.schema import LOCAL_MIGRATIONS, upgrade_to_head

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see below)
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def sqlite_of(conn: Connection) -> sqlite3.Connection:
    """The plain SQLite connection under a write transaction ``conn``: reads inside a write go
    through it, with the same API as :meth:`Store.read`, and see the write's own changes."""
    raw = conn.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        raise TypeError("sqlite_of: geen SQLite-verbinding")
    return raw


def migrate(engine: Engine) -> None:
    """Upgrade the schema to :data:`HEAD` with Alembic (imported only when needed)."""
    with engine.begin() as conn:
        upgrade_to_head(conn, LOCAL_MIGRATIONS)
