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
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from nulmeting.domain.errors import UserError
from nulmeting.domain.progress import Progress, report
from nulmeting.store import changes
from nulmeting.store.connection import sqlite_of
from nulmeting.store.store import Store
from nulmeting.team.ingest import record_origin

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

    def dutch(self) -> str:
        if self.own_laptop and not self.new_changes:
            return (f"{self.source} is het teambestand van deze laptop zelf; er is niets nieuws "
                    "in, er is niets veranderd.")
        text = (f"{self.source}: {self.places_added} plekken nieuw, {self.places_updated} "
                f"bijgewerkt; {self.records_added} andere gegevens nieuw, {self.records_updated} "
                f"bijgewerkt; {self.unchanged} ongewijzigd; {self.conflicts} conflicten")
        if self.deletion_conflicts:
            text += f" (waarvan {self.deletion_conflicts} verwijderd-of-gewijzigd)"
        text += "."
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


def merge_sources(store: Store, sources: Sequence[TeamSource],
                  progress: Progress | None = None) -> list[MergeSummary]:
    """Merge checked store files; each group of :data:`GROUP` files is one transaction."""
    out: list[MergeSummary] = []
    for start in range(0, len(sources), GROUP):
        group = sources[start:start + GROUP]
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            attached = 0
            try:
                uri = raw.execute(  # type: ignore[union-attr]
                    "SELECT sqlite_compileoption_used('USE_URI')").fetchone()[0]
                for i, source in enumerate(group):
                    name = (f"{source.path.resolve().as_uri()}?mode=ro" if uri
                            else str(source.path))  # read-only by URI where SQLite allows it
                    if source.load is not None:
                        name = ":memory:"
                    raw.execute(f"ATTACH DATABASE ? AS team{i}", (name,))  # type: ignore
                    attached += 1
                    if source.load is not None:
                        raw.deserialize(source.load(), name=f"team{i}")  # type: ignore
                with conn.begin():
                    for i, source in enumerate(group):
                        report(progress, start + i, len(sources),
                               f"Samenvoegen: {source.label}")
                        out.append(_merge_one(conn, f"team{i}", source))
                    _pause_for_test(sum(s.new_changes for s in out[start:]))
            except (DatabaseError, sqlite3.Error) as exc:
                raise UserError(f"Samenvoegen mislukt ({getattr(exc, 'orig', exc)}); er is "
                                "niets veranderd in deze groep bestanden.") from None
            finally:
                for i in range(attached):  # a failed ATTACH must not poison the connection
                    raw.execute(f"DETACH DATABASE team{i}")  # type: ignore[union-attr]
    report(progress, len(sources), len(sources), "Samenvoegen klaar")
    return out


def _merge_one(conn: Connection, schema: str, source: TeamSource) -> MergeSummary:
    summary = MergeSummary(source.label, other_area=source.other_area)
    total = sqlite_of(conn).execute(
        f"SELECT COUNT(*) FROM (SELECT DISTINCT entity, record_id FROM {schema}.change)"
    ).fetchone()[0]
    before = sqlite_of(conn).execute("SELECT COALESCE(MAX(seq), 0) FROM main.change").fetchone()[0]
    result = changes.ingest(conn, f"SELECT * FROM {schema}.change")
    record_origin(conn, before, source.origin or f"teambestand {source.label}")
    summary.new_changes = result.new_changes
    summary.places_added = result.count("added", "place")
    summary.places_updated = result.count("updated", "place")
    summary.records_added = result.count("added", "place", other=True)
    summary.records_updated = result.count("updated", "place", other=True)
    summary.unchanged = total - len(result.added) - len(result.updated)
    deletions = len(changes.deletion_conflicts(sqlite_of(conn), last_ingest=True)) \
        if result.new_changes else 0
    summary.deletion_conflicts = deletions
    summary.conflicts = result.conflicts + deletions
    return summary


def _pause_for_test(new_changes: int) -> None:
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        print(f"samenvoegen-pauze {new_changes}", file=sys.stderr, flush=True)
        time.sleep(float(seconds))
