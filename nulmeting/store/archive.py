"""Archiving plekken and putting them back: one rule for the window and the command line.

Archiving is a tombstone change (:meth:`Store.archive`); restoring writes ``archived = False``
after it (:meth:`Store.restore`). Both are ordinary changes, so they merge onward. A plek is
named by its id or by its exact name (case and accents ignored) when that name is unique.
"""

from __future__ import annotations

from dataclasses import dataclass

from nulmeting.domain.errors import UserError
from nulmeting.domain.reference import fold
from nulmeting.store.store import Store


@dataclass(frozen=True)
class ArchivedPlace:
    id: str
    name: str
    district: str  # the wijk's name ("" unknown)
    archived_at: str  # UTC, as stored
    archived_by: str


def local_time(at: str) -> str:
    """A stored UTC time as a Dutch reader expects it, in this computer's time zone:
    ``01-12-2026 13:22``."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def archived_places(store: Store) -> list[ArchivedPlace]:
    """Archived plekken, most recently archived first."""
    from nulmeting.domain import reference

    with store.read() as conn:
        rows = conn.execute("""
            SELECT p.id, COALESCE(p.name, ''), COALESCE(p.district, ''),
                   COALESCE(c.at, ''), COALESCE(c.author, '')
            FROM place p
            LEFT JOIN change c ON c.id = (
                SELECT id FROM change WHERE entity = 'place' AND record_id = p.id
                AND field = 'archived' ORDER BY at DESC, seq DESC LIMIT 1)
            WHERE p.archived
        """).fetchall()
    out = [
        ArchivedPlace(pid, name, reference.district_name(district) or "", at, by)
        for pid, name, district, at, by in rows
    ]
    return sorted(out, key=lambda p: (p.archived_at, p.name.lower()), reverse=True)


def find_place(store: Store, text: str, *, archived: bool) -> tuple[str, str]:
    """``(id, name)`` of the plek called ``text`` (id or unique name) that is (not) archived."""
    wanted = text.strip()
    with store.read() as conn:
        rows = conn.execute("SELECT id, COALESCE(name, ''), archived FROM place").fetchall()
    by_id = [r for r in rows if r[0] == wanted.lower()]
    matches = by_id or [r for r in rows if fold(r[1]) == fold(wanted)]
    state = "gearchiveerd" if archived else "in de lijst"
    if not matches:
        raise UserError(f"Geen plek '{wanted}' gevonden. Geef de naam of de ID van de plek.")
    fitting = [r for r in matches if bool(r[2]) == archived]
    if not fitting:
        raise UserError(f"Plek '{matches[0][1]}' is niet {state}; er is niets veranderd.")
    if len(fitting) > 1:
        ids = "\n".join(f"  {r[0]}" for r in fitting)
        raise UserError(f"Er zijn {len(fitting)} plekken '{wanted}' ({state}); geef de ID:\n{ids}")
    return fitting[0][0], fitting[0][1]


def archive_place(store: Store, place_id: str) -> None:
    """Archive a plek that is in the list (it leaves the list and the overviews)."""
    if store.values("place", place_id).get("archived"):
        raise UserError("Deze plek is al gearchiveerd.")
    store.archive("place", place_id)


def restore_place(store: Store, place_id: str) -> None:
    """Put an archived plek back in the list, with everything it had."""
    if not store.values("place", place_id).get("archived"):
        raise UserError("Deze plek is niet gearchiveerd.")
    store.restore("place", place_id)
