"""Merging another store's changes into this one (team files use this after decrypting).

One engine (:func:`nulmeting.store.changes.ingest`), whatever the transport: a team file is ATTACHed and
its change table is the source; a server sync hands rows to :func:`changes.ingest_rows`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import ENTITY_LABELS
from nulmeting.domain.progress import Progress, report
from nulmeting.store import changes
from nulmeting.store.changes import CHANGE_COLUMNS
from nulmeting.store.connection import begin_write, sqlite_of, write_error
from nulmeting.store.meta import write_meta
from nulmeting.store.store import Store
from nulmeting.team.ingest import record_origin
from nulmeting.team.wording import per_entity

#: Test hook: seconds to sleep inside the merge transaction (the kill -9 test sets it).
PAUSE_ENV = "NULMETING_TEST_MERGE_PAUSE"


@dataclass
class MergeSummary:
    """Per merged file: what it brought, in a person's terms."""

    source: str
    places_added: int = 0
    places_updated: int = 0
    records_added: int = 0
    records_updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # including delete-versus-edit conflicts
    deletion_conflicts: int = 0
    new_changes: int = 0
    other_area: str | None = None
    own_laptop: bool = False  # the team file of this laptop itself

    #: entity → records added / updated (``wording.NOUNS``); empty: only the totals above
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def per_entity(self) -> tuple[dict[str, int], dict[str, int]]:
        """Added and updated records per entity (``""``: other records, from the totals)."""
        if self.added or self.updated:
            return self.added, self.updated
        return (
            {"place": self.places_added, "": self.records_added},
            {"place": self.places_updated, "": self.records_updated},
        )

    def dutch(self) -> str:
        from nulmeting.team import wording

        if self.own_laptop and not self.new_changes:
            return (
                f"{self.source} is het teambestand van deze laptop zelf; er is niets nieuws "
                "in, er is niets veranderd."
            )
        changed = wording.changes(*self.per_entity())
        text = f"{self.source}: {changed or 'niets nieuws'}."
        if self.conflicts:
            text += " " + wording.conflicts(self.conflicts, self.deletion_conflicts) + "."
        if self.other_area:
            text += f" Let op: dit teambestand komt uit gebied {self.other_area}."
        return text


@dataclass(frozen=True)
class TeamSource:
    """A checked, current-schema store file to merge (``other_area`` set when it differs)."""

    path: Path
    label: str
    other_area: str | None = None
    #: Recorded for each change this source brings (nulmeting/team/ingest.py, the history).
    origin: str | None = None
    #: Gives the store as bytes (a decrypted team file): opened in memory, never on disk.
    load: Callable[[], bytes | bytearray] | None = None


def merge_sqlite_file(store: Store, path: Path, *, label: str | None = None) -> MergeSummary:
    """Merge the changes of the (already checked, current-schema) store file at ``path``.

    One transaction: on any error nothing is stored.
    """
    return merge_sources(store, [TeamSource(path, label or path.name)])[0]


def _uri_name(raw: object, path: Path) -> tuple[str, bool]:
    uri = raw.execute(  # type: ignore[attr-defined]
        "SELECT sqlite_compileoption_used('USE_URI')"
    ).fetchone()[0]
    return (f"{path.resolve().as_uri()}?mode=ro" if uri else str(path)), bool(uri)


def news(store: Store, sources: Sequence[TeamSource]) -> list[int | None]:
    """Per source: ``None`` when it brings at least one change this store lacks, else how many
    records it holds (all unchanged). Reads only: an index probe per change of the file, so a
    re-merge costs in proportion to the files, not to the store."""
    out: list[int | None] = []
    with store.read() as reader:
        for source in sources:
            _attach_source(reader, source, "probe")
            try:
                fresh = (
                    reader.execute(
                        "SELECT 1 FROM probe.change t WHERE NOT EXISTS (SELECT 1 FROM main.change c "
                        "WHERE c.id = t.id) LIMIT 1"
                    ).fetchone()
                    is not None
                )
                out.append(None if fresh else _records(reader, "probe"))
            finally:
                reader.execute("DETACH DATABASE probe")
    return out


def merge_sources(
    store: Store,
    sources: Sequence[TeamSource],
    progress: Progress | None = None,
    *,
    known: Sequence[int | None] = (),
    restore_point: bool = False,
) -> list[MergeSummary]:
    """Merge checked store files, all of them in **one** transaction: on any error, or when the
    process is killed, nothing of any file is stored (SQLite's own rollback; no copy of the
    store is made).

    SQLite cannot DETACH a file inside the transaction that read it, and allows ten at a time,
    so each file is read on a connection of its own (one file in memory at a time), which
    yields only the changes this store lacks (the store ATTACHed read-only beside it); the one
    write transaction ingests them file by file. The cost is a probe per change of a file
    plus what is new, never a copy of the store.

    ``known``: what :func:`news` found; a file that brings nothing new is not merged again (its
    summary says everything is unchanged). ``restore_point``: note a restore point for
    :func:`undo_last_merge` in the same transaction (only when something new came in)."""
    unchanged = {i: n for i, n in enumerate(known) if n is not None}
    todo = [s for i, s in enumerate(sources) if i not in unchanged]
    merged: list[MergeSummary] = []
    if todo:
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            names = ", ".join(s.label for s in todo)
            try:
                with begin_write(conn):
                    before = changes.last_seq(conn)
                    for k, source in enumerate(todo):
                        report(progress, k, len(todo), f"Samenvoegen: {source.label}")
                        with _reader(store, source) as (reader, total):
                            merged.append(_merge_one(conn, reader, source, total))
                    new = sum(s.new_changes for s in merged)
                    if restore_point and new:
                        _add_restore_point(
                            conn, before, [s.source for s in merged if s.new_changes]
                        )
                    _pause_for_test(new)
            except (DatabaseError, sqlite3.Error) as exc:
                if "foreign key" in str(getattr(exc, "orig", exc)).lower():
                    raise UserError(
                        f"Samenvoegen mislukt: {names} verwijst naar een plek of meting die "
                        "niet bestaat (niet in het teambestand en niet in deze opslag): het "
                        "bestand is onvolledig of beschadigd. Vraag om een nieuw teambestand; "
                        "er is niets veranderd."
                    ) from None
                reason = str(write_error(exc, store.path)).removeprefix("Niet opgeslagen: ")
                raise UserError(f"Samenvoegen mislukt: {reason} Er is niets veranderd.") from None
            finally:
                if raw.in_transaction:  # type: ignore[union-attr]
                    raw.rollback()  # type: ignore[union-attr]  # a failed COMMIT stays open
    report(progress, len(todo), len(todo), "Samenvoegen klaar")
    out: list[MergeSummary] = []
    pending = iter(merged)
    for i, source in enumerate(sources):
        if i in unchanged:
            out.append(
                MergeSummary(source.label, unchanged=unchanged[i], other_area=source.other_area)
            )
        else:
            out.append(next(pending))
    return out


_COLUMNS = ", ".join(f"t.{c}" for c in CHANGE_COLUMNS)
#: Changes read from a file and inserted at a time (bounded memory for a laptop's first merge).
BATCH = 20_000


@contextlib.contextmanager
def _reader(store: Store, source: TeamSource) -> Iterator[tuple[sqlite3.Connection, int]]:
    """A connection of its own on ``source`` (ATTACHed as ``team``) with this store ATTACHed
    read-only as ``store`` (its last committed state); and how many records the file holds."""
    reader = sqlite3.connect(":memory:")
    try:
        _attach_source(reader, source, "team")
        name, uri = _uri_name(reader, store.path)
        reader.execute("ATTACH DATABASE ? AS store", (name,))
        total = _records(reader, "team")
        yield reader, total
    finally:
        reader.close()  # frees a file opened in memory


def _records(reader: Any, schema: str) -> int:
    """How many records a store file holds: its tables' rows (one per record with changes),
    far fewer to count than its changes."""
    return sum(
        reader.execute(f"SELECT COUNT(*) FROM {schema}.{entity}").fetchone()[0]
        for entity in ENTITY_LABELS
    )


def _new_rows(reader: sqlite3.Connection) -> Iterator[list[tuple[Any, ...]]]:
    """The file's changes that the store lacks, a batch at a time (in any order: the state is
    a function of the set)."""
    # the ids first, in id order (both files' id indexes read in step, not a random probe per
    # change), then the rows of the new ones
    cursor = reader.execute(
        f"SELECT {_COLUMNS} FROM (SELECT n.id AS nid FROM team.change n WHERE NOT EXISTS "
        "(SELECT 1 FROM store.change c WHERE c.id = n.id)) CROSS JOIN team.change t "
        "ON t.id = nid"
    )
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _attach_source(raw: object, source: TeamSource, schema: str) -> None:
    """ATTACH a source read-only: from memory (a decrypted team file), or its file -- as
    immutable on a read-only folder or medium, where SQLite cannot make the -shm file it
    wants beside a WAL file (nobody writes there)."""
    if source.load is not None:
        raw.execute(f"ATTACH DATABASE ':memory:' AS {schema}")  # type: ignore[attr-defined]
        raw.deserialize(source.load(), name=schema)  # type: ignore[attr-defined]
        return
    name, uri = _uri_name(raw, source.path)
    if not _attach(raw, name, schema):
        raw.execute(  # type: ignore[attr-defined]
            f"ATTACH DATABASE ? AS {schema}",
            (name + "&immutable=1" if uri else name,),
        )


def _attach(raw: object, name: str, schema: str) -> bool:
    """ATTACH and read ``name``; False (nothing attached) when SQLite cannot open it there."""
    try:
        raw.execute(f"ATTACH DATABASE ? AS {schema}", (name,))  # type: ignore[attr-defined]
    except sqlite3.OperationalError:
        return False
    try:
        raw.execute(f"SELECT COUNT(*) FROM {schema}.sqlite_master")  # type: ignore[attr-defined]
    except sqlite3.OperationalError:
        raw.execute(f"DETACH DATABASE {schema}")  # type: ignore[attr-defined]
        return False
    return True


def _merge_one(
    conn: Connection, reader: sqlite3.Connection, source: TeamSource, total: int
) -> MergeSummary:
    summary = MergeSummary(source.label, other_area=source.other_area)
    before = changes.last_seq(conn)
    result = changes.ingest_batches(conn, _new_rows(reader))
    record_origin(conn, before, source.origin or f"teambestand {source.label}")
    summary.new_changes = result.new_changes
    summary.places_added = result.count("added", "place")
    summary.places_updated = result.count("updated", "place")
    summary.records_added = result.count("added", "place", other=True)
    summary.records_updated = result.count("updated", "place", other=True)
    summary.unchanged = total - len(result.added) - len(result.updated)
    summary.added, summary.updated = per_entity(result.added), per_entity(result.updated)
    deletions = (
        len(changes.deletion_conflicts(sqlite_of(conn), last_ingest=True))
        if result.new_changes
        else 0
    )
    summary.deletion_conflicts = deletions
    summary.conflicts = result.conflicts + deletions
    return summary


#: store_meta key: the restore points of the last merges (JSON list, newest last).
RESTORE_POINTS = "restore_points"
RESTORE_POINTS_KEPT = 5


def _add_restore_point(conn: Connection, seq: int, labels: Sequence[str]) -> None:
    """Inside the merge's transaction: remember where the change log ended before it.

    Changes are never changed or deleted and a merge only adds them, so the store as it was
    before a merge is the store without the changes that came in after this point: a restore
    point costs one row, whatever the size of the store, and exists only when the merge
    committed. :func:`undo_last_merge` goes back to it."""
    import json

    row = (
        sqlite_of(conn)
        .execute("SELECT value FROM store_meta WHERE key = ?", (RESTORE_POINTS,))
        .fetchone()
    )
    points = json.loads(row[0]) if row else []
    points.append({"seq": seq, "at": changes.utc_now(), "files": list(labels)})
    write_meta(conn, {RESTORE_POINTS: json.dumps(points[-RESTORE_POINTS_KEPT:])})


def undo_last_merge(store: Store) -> str:
    """Go back to the last restore point: the changes other laptops brought in since then
    (that merge, and any later merge or sync) are removed, this laptop's own edits stay, and the
    state is recomputed from the change log. Returns a Dutch summary."""
    import json

    from sqlalchemy.exc import IntegrityError

    try:
        return _undo_last_merge(store, json)
    except IntegrityError:
        raise UserError(
            "De samenvoeging kan niet ongedaan gemaakt worden: u heeft intussen "
            "gegevens toegevoegd bij plekken of metingen die met die samenvoeging "
            "kwamen. Er is niets veranderd."
        ) from None


def _undo_last_merge(store: Store, json: Any) -> str:
    with store.write() as conn:
        row = (
            sqlite_of(conn)
            .execute("SELECT value FROM store_meta WHERE key = ?", (RESTORE_POINTS,))
            .fetchone()
        )
        points = json.loads(row[0]) if row else []
        if not points:
            raise UserError("Er is geen samenvoeging om ongedaan te maken.")
        point = points.pop()
        own = store.laptop_id
        removed = conn.exec_driver_sql(
            "DELETE FROM change WHERE seq > ? AND laptop != ?", (int(point["seq"]), own)
        ).rowcount
        changes.rebuild(conn)
        write_meta(conn, {RESTORE_POINTS: json.dumps(points)})
    files = ", ".join(point["files"]) or "?"
    return (
        f"Samenvoeging van {files} ongedaan gemaakt: {removed} wijzigingen van andere "
        "laptops verwijderd; uw eigen wijzigingen zijn gebleven."
    )


def _pause_for_test(new_changes: int) -> None:
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        print(f"samenvoegen-pauze {new_changes}", file=sys.stderr, flush=True)
        time.sleep(float(seconds))
