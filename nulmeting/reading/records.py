"""Rows of an entity, read from its survey table: the one helper every read model uses.

The form (:mod:`nulmeting.reading.intake`), the export's read model
(:mod:`nulmeting.reading.overview`) and the import planning (:mod:`nulmeting.exchange.importer`)
read records through :func:`entity_rows` on a plain SQLite connection (:meth:`Store.read
<nulmeting.store.store.Store.read>`, or inside a write :func:`~nulmeting.store.connection.sqlite_of`),
so a record looks the same wherever it is read, and :func:`choose_interview` is the one rule for
which meting of a plek counts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from nulmeting.domain.fields import FieldDef, fields, from_column

Decode = Callable[[FieldDef, Any], Any]


@cache
def _columns(entity: str) -> tuple[FieldDef, ...]:
    return tuple(fields(entity).values())


def entity_rows(
    conn: sqlite3.Connection,
    entity: str,
    where: str = "NOT archived",
    params: Sequence[Any] = (),
    *,
    decode: Decode = from_column,
) -> list[dict[str, Any]]:
    """Records of ``entity`` matching ``where`` (default: the ones not archived), oldest first
    (created, then id): ``id``, ``updated_at`` and every field of the registry, decoded by
    ``decode`` (default: canonical, :func:`~nulmeting.domain.fields.from_column`).

    ``where`` is SQL over the entity's own table with ``?`` for ``params``."""
    defs = _columns(entity)
    cols = ", ".join(f'"{fd.name}"' for fd in defs)
    sql = f'SELECT id, updated_at, {cols} FROM "{entity}"'
    if where:
        sql += f" WHERE {where}"
    rows = conn.execute(sql + " ORDER BY created_at, id", tuple(params)).fetchall()
    return [
        {
            "id": row[0],
            "updated_at": row[1],
            **{fd.name: decode(fd, v) for fd, v in zip(defs, row[2:], strict=True)},
        }
        for row in rows
    ]


def choose_interview(
    interviews: Iterable[dict[str, Any]], current_round: str
) -> dict[str, Any] | None:
    """The meting that counts for one plek: the latest (by date, then last change, then id) of
    the current meetmoment ``current_round``; without one (or without a current meetmoment) the
    latest of any meetmoment. ``None``: the plek has no meting."""
    items = list(interviews)
    if current_round:
        current = [i for i in items if i.get("round") == current_round]
        if current:
            items = current
    if not items:
        return None
    # dates as ISO text: callers hold date objects (export) or ISO strings (the form)
    return max(items, key=lambda i: (str(i.get("date") or ""), i.get("updated_at") or "", i["id"]))
