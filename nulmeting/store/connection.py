"""The SQLAlchemy engine of a store file (for writes and migrations): WAL, foreign keys, a busy
timeout, and transactions that this code begins itself."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nulmeting.domain.errors import StoreBusy, StoreError
from nulmeting.store.schema import LOCAL_MIGRATIONS, upgrade_to_head

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


#: ``Connection.info`` key: the next transaction on this connection writes (BEGIN IMMEDIATE).
IMMEDIATE = "nulmeting_immediate"
#: How long a write waits for another writer (a merge of many team files, a second window)
#: before it is refused with :class:`StoreBusy` (ms). The window uses a shorter wait and keeps
#: the edit to retry, so it never freezes for long.
WRITE_WAIT_MS = 30_000


def begin_write(conn: Connection, wait_ms: int = WRITE_WAIT_MS) -> Any:
    """``conn.begin()`` for a write: BEGIN IMMEDIATE, waiting at most ``wait_ms`` for another
    writer (see ``_on_begin``)."""
    conn.info[IMMEDIATE] = wait_ms
    return conn.begin()


@contextlib.contextmanager
def write_transaction(engine: Engine, wait_ms: int = WRITE_WAIT_MS) -> Iterator[Connection]:
    """A write transaction of its own on ``engine`` (BEGIN IMMEDIATE, see :func:`begin_write`)."""
    with engine.connect() as conn, begin_write(conn, wait_ms):
        yield conn


def write_error(exc: BaseException, path: Path) -> StoreError:
    """What a person should hear when SQLite refuses a write (busy, read-only, disk full)."""
    text = str(getattr(exc, "orig", exc))
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreBusy(
            "Niet opgeslagen: het gegevensbestand is bezet (een ander programma, "
            "bijvoorbeeld een samenvoeging of een tweede venster, schrijft erin). "
            "Probeer het zo opnieuw."
        )
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreError(
            f"Niet opgeslagen: het gegevensbestand {path} is alleen-lezen (het "
            "bestand, de map of de schijf mag niet beschreven worden). Kies een "
            "map waarin u mag schrijven; er is niets verloren."
        )
    if "full" in low:
        return StoreError(
            f"Niet opgeslagen: de schijf van {path} is vol. Maak ruimte vrij en "
            "probeer het opnieuw; er is niets verloren."
        )
    return StoreError(
        f"Niet opgeslagen: het gegevensbestand kan niet beschreven worden "
        f"({text}). Probeer het zo opnieuw."
    )


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
        cur.execute(f"PRAGMA busy_timeout={WRITE_WAIT_MS}")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A write transaction takes the write lock up front: a deferred one that reads and then
        # writes gets SQLITE_BUSY at once (without the busy timeout) when another process
        # committed in between. Reads stay deferred, so they never wait for a writer (WAL).
        immediate = conn.info.pop(IMMEDIATE, None)
        if immediate is None:
            conn.exec_driver_sql("BEGIN")
            return
        conn.exec_driver_sql(f"PRAGMA busy_timeout={int(immediate)}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")

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
    with write_transaction(engine) as conn:
        upgrade_to_head(conn, LOCAL_MIGRATIONS)
