"""Checking the store before its content travels (a team file) or is built upon (a merge).

SQLite has no page checksums, so flipped bytes in a page go unnoticed until a read trips over
them; a team file made from such a store spreads the damage to every laptop. ``PRAGMA
quick_check`` walks every page of every table and index (it skips only the comparison of index
entries with their rows that ``integrity_check`` adds): on this machine ~0.35 s for a
2,000-plek store of 78 MB, about a cold read of the file (benchmarks/integrity.py prints the
figures again). Damage inside a value's bytes that leaves the page structure intact is not
found by any SQLite check; the change checks of :mod:`nulmeting.team.ingest` catch it on arrival at
the other laptop instead.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from nulmeting.domain.errors import UserError

if TYPE_CHECKING:
    from nulmeting.store.store import Store


def store_problem(store: Store) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds in the store, or None."""
    try:
        with store.read() as conn:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = str(row[0]) if row else "geen antwoord"
    return None if result == "ok" else result


def check_store(store: Store, action: str) -> None:
    """Refuse ``action`` (Dutch, e.g. "Er is geen teambestand gemaakt") on a damaged store."""
    problem = store_problem(store)
    if problem is not None:
        raise UserError(
            f"Het gegevensbestand {store.path.name} is beschadigd (de controle meldt: "
            f"{problem[:200]}). {action}, zodat de schade zich niet verspreidt. Zet een "
            "reservekopie terug of vraag de coördinator om hulp (uw laatste teambestand bevat "
            "uw gegevens tot dat moment)."
        )
