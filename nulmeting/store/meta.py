"""``store_meta``: the store's own key/value entries (settings, bookmarks, ids)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection


def read_meta(conn: sqlite3.Connection, *keys: str) -> dict[str, str]:
    """``store_meta`` (settings, bookmarks, ids) of the store behind a plain SQLite connection
    (:meth:`Store.read`, or a team file): the entries in ``keys`` that exist, or all of them."""
    sql = "SELECT key, value FROM store_meta"
    if keys:
        sql += f" WHERE key IN ({', '.join('?' * len(keys))})"
    return dict(conn.execute(sql, keys).fetchall())


def write_meta(conn: Connection, values: Mapping[str, str], *, replace: bool = True) -> None:
    """Store ``store_meta`` entries in the caller's write transaction (``replace=False``: keep
    the entries that exist already)."""
    if not values:
        return
    on_conflict = "DO UPDATE SET value = excluded.value" if replace else "DO NOTHING"
    conn.exec_driver_sql(
        f"INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) {on_conflict}",
        list(values.items()),
    )
