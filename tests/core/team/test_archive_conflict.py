"""Archived on one laptop, restored on another: a conflict on 'Gearchiveerd' that a person
resolves like any other (the conflicts view offers Ja and Nee), and what they pick is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from nulmeting.store.store import Store, open_store
from nulmeting.team.merge import merge_sqlite_file
from tests.conftest import Clock


def laptop(tmp_path: Path, name: str, start: str) -> Store:
    store = open_store(tmp_path / f"{name}.sqlite", clock=Clock(start))
    store.set_setting("interviewer", name)
    return store


def archived(store: Store, place: str) -> int:
    with store.read() as conn:
        return int(conn.execute("SELECT archived FROM place WHERE id = ?", (place,)).fetchone()[0])


@pytest.mark.parametrize("pick", [True, False])
def test_archive_against_restore_is_resolved_with_the_value_picked(tmp_path, pick):
    a = laptop(tmp_path, "anna", "2025-12-01T10:00:00")
    b = laptop(tmp_path, "bas", "2025-12-02T10:00:00")
    place = a.create("place", {"name": "Buurthuis De Pit"})
    merge_sqlite_file(b, a.path)
    a.archive("place", place)  # Anna archives it
    b.restore("place", place)  # Bas, offline, says it is still there
    merge_sqlite_file(a, b.path)
    [conflict] = a.conflicts()
    assert (conflict.field, sorted(v.value for v in conflict.values)) == (
        "archived",
        [False, True],
    )
    a.resolve("place", place, "archived", pick)
    assert a.conflicts() == []
    assert archived(a, place) == int(pick)
    merge_sqlite_file(b, a.path)  # the choice travels
    assert b.conflicts() == [] and archived(b, place) == int(pick)
    a.close()
    b.close()
