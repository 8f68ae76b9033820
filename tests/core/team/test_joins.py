"""Joins of duplicate plekken merge like every other change (issue 19): nothing made on the
joined-away plek is hidden, opposite joins converge on one survivor, two metingen of one
meetmoment are a conflict for a person."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from nulmeting.exchange import export
from nulmeting.reading import duplicates
from nulmeting.store.store import Store, open_store
from nulmeting.team.merge import merge_sqlite_file
from tests.conftest import Clock


def laptop(tmp_path: Path, name: str, start: str) -> Store:
    store = open_store(tmp_path / f"{name}.sqlite", clock=Clock(start))
    store.set_setting("interviewer", name)
    return store


@pytest.fixture
def pair(tmp_path):
    """Two laptops that share two plekken that are one: 'De Pit' entered twice."""
    a = laptop(tmp_path, "anna", "2025-12-01T10:00:00")
    b = laptop(tmp_path, "bas", "2025-12-02T10:00:00")
    x = a.create("place", {"name": "Buurthuis De Pit", "postcode": "3024 AB"})
    y = a.create("place", {"name": "Buurthuis de Pit", "postcode": "3024AB", "founded": 1998})
    merge_sqlite_file(b, a.path)
    yield a, b, x, y
    a.close()
    b.close()


def sheet(store: Store, tmp_path: Path, name: str) -> list[dict]:
    out = export.write_overview(store, tmp_path / f"{store.path.stem}-{name}.xlsx")
    rows = list(openpyxl.load_workbook(out, read_only=True)[name].iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:] if any(r)]


def live_places(store: Store) -> set[str]:
    with store.read() as conn:
        return {r[0] for r in conn.execute("SELECT id FROM place WHERE NOT archived")}


def test_activity_made_offline_on_the_joined_away_plek_follows_it(pair, tmp_path):
    a, b, x, y = pair
    duplicates.join(a, x, y)  # Anna keeps X
    act = b.create("activity", {"place_id": y, "name": "Koffieochtend"})  # Bas, offline, on Y
    merge_sqlite_file(a, b.path)
    merge_sqlite_file(b, a.path)
    for store in (a, b):
        assert live_places(store) == {x}
        rows = [
            r for r in sheet(store, tmp_path, "Activiteiten") if r["Activiteit"] == "Koffieochtend"
        ]
        assert [(r["Plek ID"], r["Activiteit ID"]) for r in rows] == [(x, act)]
        assert store.values("activity", act)["place_id"] == x


def test_late_edits_of_the_joined_away_plek_become_values_or_conflicts(pair):
    a, b, x, y = pair
    duplicates.join(a, x, y)
    b.update("place", y, {"address": "Schiedamseweg 12", "founded": 1997})  # offline, late
    merge_sqlite_file(a, b.path)
    # the address was empty on X: it follows as a value
    assert a.values("place", x)["address"] == "Schiedamseweg 12"
    # founded disagrees with what the join filled in (1998): a conflict, both kept
    conflicts = [c for c in a.conflicts() if c.record_id == x and c.field == "founded"]
    assert len(conflicts) == 1
    assert sorted(v.value for v in conflicts[0].values) == [1997, 1998]
    # resolving it on one laptop settles it everywhere
    a.resolve("place", x, "founded", 1997)
    merge_sqlite_file(b, a.path)
    for store in (a, b):
        assert store.values("place", x)["founded"] == 1997
        assert [c for c in store.conflicts() if c.record_id in (x, y)] == []


def test_opposite_joins_converge_on_one_survivor(pair, tmp_path):
    a, b, x, y = pair
    act_x = a.create("activity", {"place_id": x, "name": "Taalcafé"})
    act_y = a.create("activity", {"place_id": y, "name": "Breiclub"})
    merge_sqlite_file(b, a.path)
    duplicates.join(a, x, y)  # Anna keeps X
    duplicates.join(b, y, x)  # Bas keeps Y, at the same time
    c = laptop(tmp_path, "cor", "2025-12-03T10:00:00")
    merge_sqlite_file(c, b.path)  # Cor merges in the other order
    merge_sqlite_file(c, a.path)
    merge_sqlite_file(a, b.path)
    merge_sqlite_file(b, a.path)
    # the rule: the plek entered first survives (X, made first on Anna's laptop)
    for store in (a, b, c):
        assert live_places(store) == {x}, store.path.name
        with store.read() as conn:
            rows = dict(conn.execute("SELECT id, place_id FROM activity").fetchall())
        assert rows == {act_x: x, act_y: x}
        assert len(sheet(store, tmp_path, "Plekken")) == 1
    c.close()


def test_two_metingen_of_one_meetmoment_become_a_conflict(pair, tmp_path):
    a, b, x, y = pair
    for s in (a, b):
        s.set_setting("round", "Nulmeting 2025-2026")
    a.create("interview", {"place_id": x, "round": "Nulmeting 2025-2026", "volunteers_core": 7})
    kept = b.create(
        "interview", {"place_id": y, "round": "Nulmeting 2025-2026", "volunteers_core": 3}
    )
    merge_sqlite_file(a, b.path)
    assert a.conflicts() == []
    duplicates.join(a, x, y)
    found = [c for c in a.conflicts() if c.is_double_meting]
    assert len(found) == 1 and found[0].place_id == x
    shown = sorted(v.value for v in found[0].values)
    assert shown[0].startswith("Meting: 3 vrijwilligers") and shown[1].startswith(
        "Meting: 7 vrijwilligers"
    )
    assert a.conflict_count() == 1
    a.keep_meting(kept)
    assert a.conflicts() == []
    rows = sheet(a, tmp_path, "Plekken")
    assert len(rows) == 1
    assert rows[0]["Vrijwilligers (kern)"] == 3


def test_join_of_a_plek_that_is_already_joined_is_refused(pair):
    a, _b, x, y = pair
    duplicates.join(a, x, y)
    from nulmeting.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        duplicates.join(a, y, x)


def test_a_join_that_arrives_before_its_survivor_takes_effect_when_it_comes(pair, tmp_path):
    """A server pull may bring the join before the plek it points to."""
    import sqlite3

    from nulmeting.store import changes

    a, _b, x, y = pair
    duplicates.join(a, x, y)
    con = sqlite3.connect(a.path)
    con.row_factory = sqlite3.Row
    rows = [
        dict(r)
        for r in con.execute(f"SELECT {', '.join(changes.CHANGE_COLUMNS)} FROM change ORDER BY seq")
    ]
    con.close()
    c = laptop(tmp_path, "cor", "2025-12-03T10:00:00")
    for batch in (
        [r for r in rows if r["record_id"] != x],
        [r for r in rows if r["record_id"] == x],
    ):
        with c.write() as conn:
            changes.ingest_rows(conn, batch)
        if batch and batch[0]["record_id"] != x:
            assert live_places(c) == {y}  # the join points to nothing yet: nothing hidden
    assert live_places(c) == {x}
    assert c.values("place", y)["archived"] is True
    c.close()
