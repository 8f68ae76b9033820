"""Merging another store's changes into this one (team files use this after decrypting).

One engine (:func:`nulmeting.changes.ingest`), whatever the transport: a team file is ATTACHed and
its change table is the source; a server sync hands rows to :func:`changes.ingest_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nulmeting import changes
from nulmeting.store import Store


@dataclass
class MergeSummary:
    """Per merged file: what it brought, in a person's terms."""

    source: str
    places_added: int = 0
    places_updated: int = 0
    records_added: int = 0
    records_updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    new_changes: int = 0
    other_area: str | None = None

    def dutch(self) -> str:
        text = (f"{self.source}: {self.places_added} plekken nieuw, {self.places_updated} "
                f"bijgewerkt; {self.records_added} andere gegevens nieuw, {self.records_updated} "
                f"bijgewerkt; {self.unchanged} ongewijzigd; {self.conflicts} conflicten.")
        if self.other_area:
            text += f" Let op: dit teambestand komt uit gebied {self.other_area}."
        return text


def merge_sqlite_file(store: Store, path: Path, *, label: str | None = None) -> MergeSummary:
    """Merge the changes of the (already checked, current-schema) store file at ``path``.

    One transaction: on any error nothing is stored.
    """
    summary = MergeSummary(label or path.name)
    with store.engine.connect() as conn:
        conn.connection.dbapi_connection.execute(  # type: ignore[union-attr]
            "ATTACH DATABASE ? AS team", (f"{path.resolve().as_uri()}?mode=ro",))
        try:
            with conn.begin():
                total = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM (SELECT DISTINCT entity, record_id FROM team.change)"
                ).scalar_one()
                result = changes.ingest(conn, "SELECT * FROM team.change")
        finally:
            conn.connection.dbapi_connection.execute("DETACH DATABASE team")  # type: ignore
    summary.new_changes = result.new_changes
    summary.places_added = result.count("added", "place")
    summary.places_updated = result.count("updated", "place")
    summary.records_added = result.count("added", "place", other=True)
    summary.records_updated = result.count("updated", "place", other=True)
    summary.unchanged = total - len(result.added) - len(result.updated)
    summary.conflicts = result.conflicts
    return summary
