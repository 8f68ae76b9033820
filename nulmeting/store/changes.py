"""The change engine: state is a function of a set of immutable changes.

Every edit appends a change ``(id, entity, record_id, field, value, parents, covers, author,
laptop, at)``. ``parents`` are the ids of the changes of the same field that the editor saw (the
field's heads at that moment). The ``id`` is a hash of all the other columns, so two changes with
the same id are the same change and ``INSERT OR IGNORE`` can never hide a differing one.

Merging (a team file, a server pull, a local edit) is one operation, :func:`ingest`: insert the
changes this store lacks, then recompute the heads of the fields that received changes, set-wise
in SQL. Set union is commutative, associative and idempotent, so merge order and repetition do
not matter. A field whose heads hold different values is a **conflict**: all heads are kept, one
is shown (largest ``(at, id)``, purely for display) until a person writes a change whose parents
are all heads. Wall-clock time never decides which value survives.

Archiving writes a tombstone: a change of field ``archived`` to ``true`` whose ``covers`` lists the
heads of all the record's other fields at that moment. A head of another field that no tombstone
covers is an edit the archiver did not see: a delete-versus-edit conflict (see
:func:`deletion_conflicts`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from nulmeting.domain.fields import ENTITY_LABELS, fields
from nulmeting.store import joins

if TYPE_CHECKING:
    from sqlalchemy import Connection

CHANGE_COLUMNS = (
    "id",
    "entity",
    "record_id",
    "field",
    "value",
    "parents",
    "covers",
    "author",
    "laptop",
    "at",
)
_NAMESPACE = uuid.UUID("6f1d8a52-2d8e-4c1b-9a57-0b1e2f6c9d41")
_NAMESPACE_BYTES = _NAMESPACE.bytes


def utc_now() -> str:
    """Wall time for a change: ISO 8601 UTC with microseconds (display and tie-break only)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_encode_str = json.encoder.encode_basestring  # what _ENCODER uses for a str (ensure_ascii off)


def dumps(value: Any) -> str:
    """Canonical JSON: equal values give equal text (the conflict test compares text)."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:  # the common cases without the encoder's overhead, byte-identical output
        return _encode_str(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return _ENCODER.encode(value)


def change_id(
    entity: str,
    record_id: str,
    field_name: str,
    value: str,
    parents: str,
    covers: str | None,
    author: str,
    laptop: str,
    at: str,
) -> str:
    """``uuid5(_NAMESPACE, content)``, computed without the ``uuid`` module's overhead."""
    content = "\x1f".join(
        [entity, record_id, field_name, value, parents, covers or "", author, laptop, at]
    )
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + content.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def make_change(
    entity: str,
    record_id: str,
    field_name: str,
    value: Any,
    *,
    parents: Iterable[str] = (),
    covers: Iterable[str] | None = None,
    author: str,
    laptop: str,
    at: str,
) -> dict[str, Any]:
    """A change row (a dict keyed by :data:`CHANGE_COLUMNS`)."""
    value_json = dumps(value)
    parents_json = dumps(sorted(set(parents))) if parents else "[]"
    covers_json = dumps(sorted(set(covers))) if covers is not None else None
    cid = change_id(
        entity, record_id, field_name, value_json, parents_json, covers_json, author, laptop, at
    )
    return {
        "id": cid,
        "entity": entity,
        "record_id": record_id,
        "field": field_name,
        "value": value_json,
        "parents": parents_json,
        "covers": covers_json,
        "author": author,
        "laptop": laptop,
        "at": at,
    }


def tombstone_covers(head_ids: Mapping[str, list[str]]) -> list[str]:
    """What an archiving change covers: the heads of every other field of the record it saw."""
    return sorted(h for name, hs in head_ids.items() if name != "archived" for h in hs)


@dataclass
class IngestResult:
    """What one ingest did. Record keys are ``(entity, record_id)``."""

    new_changes: int = 0
    added: set[tuple[str, str]] = field(default_factory=set)
    updated: set[tuple[str, str]] = field(default_factory=set)
    conflicts: int = 0  # conflicted fields among those that received changes

    def count(self, which: str, entity: str | None = None, *, other: bool = False) -> int:
        keys: set[tuple[str, str]] = getattr(self, which)
        if other:
            return sum(1 for e, _ in keys if e != entity)
        return sum(1 for e, _ in keys if entity is None or e == entity)


# --------------------------------------------------------------------------- ingest

_TEMP_TABLES = """
CREATE TEMP TABLE IF NOT EXISTS aff_records (
    entity TEXT, record_id TEXT, existed INTEGER, first_at TEXT,  -- existed 2: full rebuild
    -- first_at: earliest new change (all changes when the record is new or rebuilt)
    PRIMARY KEY (entity, record_id)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS aff_state (
    entity TEXT, record_id TEXT, field TEXT, value TEXT, change_id TEXT, at TEXT, author TEXT,
    heads TEXT, conflict INTEGER, PRIMARY KEY (entity, record_id, field)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS aff_heads (
    entity TEXT, record_id TEXT, field TEXT, id TEXT, value TEXT, at TEXT, author TEXT,
    PRIMARY KEY (entity, record_id, field, id)) WITHOUT ROWID;
"""


#: Page cache for ingesting (KiB, negative as SQLite wants): random UUID keys touch pages all over
#: the indexes, and SQLite's default 2 MB cache turns a big merge into disk reads.
CACHE_KIB = 128 * 1024


def _prepare(conn: Connection) -> None:
    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    for statement in _TEMP_TABLES.split(";"):
        if statement.strip():
            conn.exec_driver_sql(statement)
    for table in ("aff_records", "aff_heads", "aff_state"):
        conn.exec_driver_sql(f"DELETE FROM temp.{table}")


_as_tuple = operator.itemgetter(*CHANGE_COLUMNS)


def last_seq(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT COALESCE(MAX(seq), 0) FROM main.change").scalar_one())


def ingest_rows(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> IngestResult:
    """Ingest change rows given as mappings (local edits, a server pull)."""
    _prepare(conn)
    before = last_seq(conn)
    placeholders = ", ".join("?" for _ in CHANGE_COLUMNS)
    batch = list(map(_as_tuple, rows))
    if batch:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO main.change ({', '.join(CHANGE_COLUMNS)}) "
            f"VALUES ({placeholders})",
            batch,
        )
    return _ingest_new(conn, before)


def ingest_batches(conn: Connection, batches: Iterable[list[tuple[Any, ...]]]) -> IngestResult:
    """Ingest change rows given as tuples (:data:`CHANGE_COLUMNS` order), a batch at a time
    (another store's changes, read on a connection of its own), and recompute once."""
    _prepare(conn)
    before = last_seq(conn)
    placeholders = ", ".join("?" for _ in CHANGE_COLUMNS)
    for batch in batches:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO main.change ({', '.join(CHANGE_COLUMNS)}) "
            f"VALUES ({placeholders})",
            batch,
        )
    return _ingest_new(conn, before)


def ingest(conn: Connection, source_select: str, *, prepared: bool = False) -> IngestResult:
    """Ingest the changes that ``source_select`` yields (columns :data:`CHANGE_COLUMNS`).

    Runs inside the caller's transaction; the caller commits or rolls back as a whole.
    """
    if not prepared:
        _prepare(conn)
    before = last_seq(conn)
    cols = ", ".join(CHANGE_COLUMNS)
    scols = ", ".join(f"s.{c}" for c in CHANGE_COLUMNS)
    conn.exec_driver_sql(
        f"INSERT OR IGNORE INTO main.change ({cols}) SELECT {scols} FROM ({source_select}) s"
    )
    return _ingest_new(conn, before)


def _ingest_new(conn: Connection, before: int) -> IngestResult:
    """Recompute what the changes stored after ``seq`` ``before`` touch.

    ``INSERT OR IGNORE`` on the unique change id has already dropped the changes this store
    had; the new ones are exactly the rows with a larger ``seq`` (changes are never deleted,
    and this transaction is the only writer), read by a range scan of the table.
    """
    result = IngestResult()
    result.new_changes = conn.exec_driver_sql(
        f"SELECT COUNT(*) FROM main.change WHERE seq > {before:d}"
    ).scalar_one()
    if not result.new_changes:
        return result
    # NOT INDEXED: read the new rows by their rowid range; otherwise SQLite may walk all of
    # ix_change_key to serve a GROUP BY (0.25 s per edit on a 10,000-plek store).
    new = f"(SELECT * FROM main.change NOT INDEXED WHERE seq > {before:d})"
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO main.change_parent (child, parent) "
        f"SELECT i.id, j.value FROM {new} i, json_each(i.parents) j"
    )
    conn.exec_driver_sql(
        "INSERT INTO temp.aff_records SELECT i.entity, i.record_id, EXISTS (SELECT 1 FROM "
        "main.field_state f WHERE f.entity = i.entity AND f.record_id = i.record_id), "
        f"MIN(i.at) FROM {new} i GROUP BY i.entity, i.record_id"
    )
    # Fast path (a demo, a laptop's first merge): a field of a record new to this store with
    # exactly one change has that change as its only head. ``seq`` is in ix_change_key, so
    # the check is an index probe.
    conn.exec_driver_sql(
        "INSERT INTO main.field_state (entity, record_id, field, value, change_id, at, author, "
        "heads, conflict) SELECT i.entity, i.record_id, i.field, i.value, i.id, i.at, i.author, "
        f"json_array(i.id), 0 FROM {new} i JOIN temp.aff_records r ON r.entity = i.entity AND "
        "r.record_id = i.record_id WHERE NOT r.existed AND NOT EXISTS (SELECT 1 FROM "
        "main.change c WHERE c.entity = i.entity AND c.record_id = i.record_id AND "
        "c.field = i.field AND c.seq != i.seq) AND NOT EXISTS "
        "(SELECT 1 FROM main.change_parent p WHERE p.parent = i.id) "
        "ORDER BY i.entity, i.record_id, i.field"
    )  # key order: appends to the index pages
    # The heads after this ingest are among the old heads of the touched fields and the new
    # changes: every other change already had a child. Keep those that nobody names as parent.
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO temp.aff_heads SELECT i.entity, i.record_id, i.field, i.id, "
        f"i.value, i.at, i.author FROM {new} i JOIN temp.aff_records r ON "
        "r.entity = i.entity AND r.record_id = i.record_id WHERE (r.existed OR NOT EXISTS "
        "(SELECT 1 FROM main.field_state f WHERE f.entity = i.entity AND "
        "f.record_id = i.record_id AND f.field = i.field)) AND NOT EXISTS "
        "(SELECT 1 FROM main.change_parent p WHERE p.parent = i.id)"
    )
    if conn.exec_driver_sql("SELECT 1 FROM temp.aff_records WHERE existed LIMIT 1").first():
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO temp.aff_heads SELECT c.entity, c.record_id, c.field, c.id, "
            "c.value, c.at, c.author FROM (SELECT DISTINCT i.entity, i.record_id, i.field "
            f"FROM {new} i JOIN temp.aff_records r ON r.entity = i.entity AND "
            "r.record_id = i.record_id WHERE r.existed) k JOIN main.field_state f ON "
            "f.entity = k.entity AND f.record_id = k.record_id AND f.field = k.field, "
            "json_each(f.heads) h JOIN main.change c ON c.id = h.value WHERE NOT EXISTS "
            "(SELECT 1 FROM main.change_parent p WHERE p.parent = c.id)"
        )
    result.conflicts = _recompute_fields(conn)
    state = joins.before_materialise(conn)
    result.conflicts += state.conflicts
    _materialise(conn)
    joins.after_materialise(conn, state)
    for entity, record_id, existed in conn.exec_driver_sql(
        "SELECT entity, record_id, existed FROM temp.aff_records"
    ):
        (result.updated if existed else result.added).add((entity, record_id))
    return result


def _recompute_fields(conn: Connection) -> int:
    """Field state of the touched fields from ``temp.aff_heads``; returns how many conflict."""
    # One grouped pass in primary-key order (so ``heads`` lists ids sorted). The shown head is
    # the one with the largest (at, id): SQLite takes the bare columns from the row holding
    # MAX(); char(31) sorts below every printable character, so the concatenation orders
    # exactly like the pair.
    conn.exec_driver_sql("""
        INSERT INTO temp.aff_state
        SELECT entity, record_id, field, value, id, at, author, heads, differ FROM (
            SELECT entity, record_id, field, value, id, at, author,
                   MAX(at || char(31) || id) AS shown, json_group_array(id) AS heads,
                   MIN(value) != MAX(value) AS differ
            FROM temp.aff_heads
            GROUP BY entity, record_id, field)
    """)
    conn.exec_driver_sql("""
        INSERT INTO main.field_state
            (entity, record_id, field, value, change_id, at, author, heads, conflict)
        SELECT * FROM temp.aff_state WHERE true
        ON CONFLICT (entity, record_id, field) DO UPDATE SET
            value = excluded.value, change_id = excluded.change_id, at = excluded.at,
            author = excluded.author, heads = excluded.heads, conflict = excluded.conflict
    """)
    return conn.exec_driver_sql("SELECT COUNT(*) FROM temp.aff_state WHERE conflict").scalar_one()


@cache
def _materialise_sql(entity: str) -> str:
    table = entity  # the survey table of an entity has its name
    names = list(fields(entity))
    pivots = ",\n".join(
        f"MAX(CASE WHEN f.field = '{n}' THEN json_extract(f.value, '$') END)"
        if n != "archived"
        else "COALESCE(MAX(CASE WHEN f.field = 'archived' THEN json_extract(f.value, '$') END), 0)"
        for n in names
    )
    columns = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(
        f'"{n}" = excluded."{n}"' for n in ["created_at", "updated_at", "updated_by", *names]
    )
    return f"""
        INSERT INTO main.{table} (id, created_at, updated_at, updated_by, {columns})
        SELECT r.record_id,
               CASE WHEN r.existed != 1 THEN r.first_at ELSE
               MIN(COALESCE((SELECT t.created_at FROM main.{table} t WHERE t.id = r.record_id),
                            r.first_at), r.first_at) END,
               MAX(f.at),
               (SELECT f2.author FROM main.field_state f2
                 WHERE f2.entity = '{entity}' AND f2.record_id = r.record_id
                 ORDER BY f2.at DESC, f2.change_id DESC LIMIT 1),
               {pivots}
        FROM temp.aff_records r
        -- CROSS JOIN keeps the touched records as the outer loop: SQLite has no statistics
        -- for the temp table and would otherwise walk every field of the entity
        CROSS JOIN main.field_state f ON f.entity = r.entity AND f.record_id = r.record_id
        WHERE r.entity = '{entity}'
        GROUP BY r.record_id
        ON CONFLICT (id) DO UPDATE SET {updates}
    """


def _materialise(conn: Connection) -> None:
    touched = {
        row[0] for row in conn.exec_driver_sql("SELECT DISTINCT entity FROM temp.aff_records")
    }
    for entity in ENTITY_LABELS:  # parents before children
        if entity in touched:  # an untouched entity's pivot still costs ~0.1 s on a big store
            conn.exec_driver_sql(_materialise_sql(entity))


def rebuild(conn: Connection) -> None:
    """Recompute every field and record from the change log (repair, and a test oracle)."""
    _prepare(conn)
    conn.exec_driver_sql("DELETE FROM main.change_parent")
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO main.change_parent (child, parent) "
        "SELECT c.id, j.value FROM main.change c, json_each(c.parents) j"
    )
    conn.exec_driver_sql("DELETE FROM main.field_state")
    conn.exec_driver_sql(
        "INSERT INTO temp.aff_records SELECT entity, record_id, 2, MIN(at) FROM main.change "
        "GROUP BY entity, record_id"
    )
    conn.exec_driver_sql(
        "INSERT INTO temp.aff_heads SELECT c.entity, c.record_id, c.field, c.id, c.value, c.at, "
        "c.author FROM main.change c WHERE NOT EXISTS "
        "(SELECT 1 FROM main.change_parent p WHERE p.parent = c.id)"
    )
    _recompute_fields(conn)
    for entity in reversed(ENTITY_LABELS):  # records whose changes are gone (an undone merge)
        conn.exec_driver_sql(
            f"DELETE FROM main.{entity} WHERE id NOT IN (SELECT record_id FROM temp.aff_records "
            "WHERE entity = ?)",
            (entity,),
        )
    conn.exec_driver_sql("DELETE FROM main.place_join")
    state = joins.before_materialise(conn)
    _materialise(conn)
    joins.after_materialise(conn, state)


# --------------------------------------------------------------------------- reading


# Reads take a plain SQLite connection: :meth:`Store.read`, or, inside a write,
# :func:`nulmeting.store.connection.sqlite_of` of the write connection.


def heads(conn: sqlite3.Connection, entity: str, record_id: str) -> dict[str, list[str]]:
    """Field → current head change ids of one record."""
    rows = conn.execute(
        "SELECT field, heads FROM field_state WHERE entity = ? AND record_id = ?",
        (entity, record_id),
    )
    return {f: json.loads(h) for f, h in rows}


@dataclass(frozen=True)
class HeadValue:
    change_id: str
    value: Any
    author: str
    laptop: str
    at: str


def head_values(
    conn: sqlite3.Connection, entity: str, record_id: str, field_name: str
) -> list[HeadValue]:
    """The heads of one field with their values, shown one first."""
    rows = conn.execute(
        "SELECT c.id, c.value, c.author, c.laptop, c.at FROM field_state f, json_each(f.heads) h "
        "JOIN change c ON c.id = h.value WHERE f.entity = ? AND f.record_id = ? AND f.field = ? "
        "ORDER BY c.at DESC, c.id DESC",
        (entity, record_id, field_name),
    )
    return [HeadValue(cid, json.loads(v), a, lap, at) for cid, v, a, lap, at in rows]


def head_value(conn: sqlite3.Connection, change_id: str) -> HeadValue:
    """One change as a :class:`HeadValue`."""
    row = conn.execute(
        "SELECT id, value, author, laptop, at FROM change WHERE id = ?", (change_id,)
    ).fetchone()
    if row is None:
        raise KeyError(change_id)
    return HeadValue(row[0], json.loads(row[1]), row[2], row[3], row[4])


def deletion_conflicts(
    conn: sqlite3.Connection, *, last_ingest: bool = False
) -> list[tuple[str, str, list[str]]]:
    """Archived records with edits the archiver did not see: ``(entity, record_id, [change])``.

    ``last_ingest``: only among the records the last ingest on ``conn`` touched.
    """
    # the archived records first (of those the last ingest touched: each looked up by the
    # primary key), then their fields -- CROSS JOIN fixes that order; the planner would
    # rather read every field of the store: seconds on a big one
    source = (
        "temp.aff_records r CROSS JOIN field_state f ON f.entity = r.entity "
        "AND f.record_id = r.record_id AND f.field = 'archived'"
        if last_ingest
        else "field_state f"
    )
    rows = conn.execute(f"""
        WITH tomb AS (
            SELECT f.entity, f.record_id, f.heads FROM {source}
            WHERE f.field = 'archived' AND json_extract(f.value, '$') = 1),
        covered AS (
            SELECT t.entity, t.record_id, cv.value AS change_id
            FROM tomb t, json_each(t.heads) h JOIN change c ON c.id = h.value,
                 json_each(COALESCE(c.covers, '[]')) cv
            WHERE json_extract(c.value, '$') = 1)
        SELECT f.entity, f.record_id, h.value
        FROM tomb t CROSS JOIN field_state f ON f.entity = t.entity AND f.record_id = t.record_id,
             json_each(f.heads) h
        WHERE f.field != 'archived' AND NOT EXISTS (
            SELECT 1 FROM covered cv WHERE cv.entity = f.entity AND cv.record_id = f.record_id
              AND cv.change_id = h.value)
        ORDER BY f.entity, f.record_id, h.value
    """)
    out: dict[tuple[str, str], list[str]] = {}
    for entity, record_id, cid in rows:
        out.setdefault((entity, record_id), []).append(cid)
    return [(e, r, ids) for (e, r), ids in out.items()]
