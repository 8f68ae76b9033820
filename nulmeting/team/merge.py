"""Merging another store's changes into this one (team files use this after decrypting).

One engine (:func:`nulmeting.store.changes.ingest`), whatever the transport: a team file is ATTACHed and
its change table is the source; a server sync hands rows to :func:`changes.ingest_rows`.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from nulmeting.domain.errors import UserError
from nulmeting.domain.progress import Progress, report
from nulmeting.store import changes
from nulmeting.store.connection import begin_write, sqlite_of, write_error
from nulmeting.store.meta import write_meta
from nulmeting.store.store import Store
from nulmeting.team.ingest import record_origin
from nulmeting.team.wording import per_entity

#: Team stores ATTACHed at once (SQLite allows 10 attachments; DETACH is impossible inside a
#: transaction, so each group of this many files is one transaction).
GROUP = 8
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
                out.append(
                    None
                    if fresh
                    else reader.execute(
                        "SELECT COUNT(*) FROM (SELECT DISTINCT entity, record_id FROM probe.change)"
                    ).fetchone()[0]
                )
            finally:
                reader.execute("DETACH DATABASE probe")
    return out


def merge_sources(
    store: Store,
    sources: Sequence[TeamSource],
    progress: Progress | None = None,
    *,
    known: Sequence[int | None] = (),
) -> list[MergeSummary]:
    """Merge checked store files; each group of :data:`GROUP` files is one transaction.

    ``known``: what :func:`news` found; a file that brings nothing new is not merged again (its
    summary says everything is unchanged)."""
    out: list[MergeSummary] = []
    unchanged = {i: n for i, n in enumerate(known) if n is not None}
    todo = [s for i, s in enumerate(sources) if i not in unchanged]
    merged: list[MergeSummary] = []
    for start in range(0, len(todo), GROUP):
        group = todo[start : start + GROUP]
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            attached = 0
            try:
                for i, source in enumerate(group):
                    _attach_source(raw, source, f"team{i}")
                    attached += 1
                with begin_write(conn):
                    for i, source in enumerate(group):
                        report(progress, start + i, len(todo), f"Samenvoegen: {source.label}")
                        merged.append(_merge_one(conn, f"team{i}", source))
                    _pause_for_test(sum(s.new_changes for s in merged[start:]))
            except (DatabaseError, sqlite3.Error) as exc:
                names = ", ".join(s.label for s in group)
                if "foreign key" in str(getattr(exc, "orig", exc)).lower():
                    raise UserError(
                        f"Samenvoegen mislukt: {names} verwijst naar een plek of meting die "
                        "niet bestaat (niet in het teambestand en niet in deze opslag): het "
                        "bestand is onvolledig of beschadigd. Vraag om een nieuw teambestand; "
                        "er is niets veranderd."
                    ) from None
                reason = str(write_error(exc, store.path)).removeprefix("Niet opgeslagen: ")
                raise UserError(
                    f"Samenvoegen mislukt: {reason} Er is niets veranderd in deze groep bestanden."
                ) from None
            finally:
                if raw.in_transaction:  # type: ignore[union-attr]
                    raw.rollback()  # type: ignore[union-attr]  # a failed COMMIT stays open
                for i in range(attached):  # a failed ATTACH must not poison the connection
                    raw.execute(f"DETACH DATABASE team{i}")  # type: ignore[union-attr]
    report(progress, len(todo), len(todo), "Samenvoegen klaar")
    pending = iter(merged)
    for i, source in enumerate(sources):
        if i in unchanged:
            out.append(
                MergeSummary(source.label, unchanged=unchanged[i], other_area=source.other_area)
            )
        else:
            out.append(next(pending))
    return out


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


def _merge_one(conn: Connection, schema: str, source: TeamSource) -> MergeSummary:
    summary = MergeSummary(source.label, other_area=source.other_area)
    total = (
        sqlite_of(conn)
        .execute(f"SELECT COUNT(*) FROM (SELECT DISTINCT entity, record_id FROM {schema}.change)")
        .fetchone()[0]
    )
    before = sqlite_of(conn).execute("SELECT COALESCE(MAX(seq), 0) FROM main.change").fetchone()[0]
    result = changes.ingest(conn, f"SELECT * FROM {schema}.change")
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


def record_restore_point(store: Store, labels: Sequence[str]) -> None:
    """Before a merge that brings something new: remember where the change log ends.

    Changes are never changed or deleted and a merge only adds them, so the store as it was
    before a merge is the store without the changes that came in after this point: a restore
    point costs one row, whatever the size of the store (a copy of a 600 MB store costs
    seconds, at every merge). :func:`undo_last_merge` goes back to it."""
    import json

    with store.write() as conn:
        seq = changes.last_seq(conn)
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
