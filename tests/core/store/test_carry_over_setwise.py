"""The set-wise carry-over (``meetmoment.start``) writes exactly the changes the per-plek Python
it replaced wrote: same record ids (uuid5 of predecessor and meetmoment), same values, same
times, so a laptop with either version carries over to identical records. The reference below is
that Python (``_carry_plan`` of the first vervolgmeting version), run on the same store."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from nulmeting.exchange import demo
from nulmeting.reading import duplicates
from nulmeting.store import changes, meetmoment
from nulmeting.store.meetmoment import CARRY_FIELDS, PER_INTERVIEW, PER_ROUND, STOPPED
from nulmeting.store.rounds import CARRY_AUTHOR, CARRY_LAPTOP, carried_id, carried_interview_id
from nulmeting.store.store import Store

PREV, CUR = "Nulmeting 2025-2026", "Vervolgmeting 2026-2027"


def _carry_row(entity: str, record_id: str, name: str, value_json: str, at: str) -> str:
    return changes.change_id(
        entity, record_id, name, value_json, "[]", None, CARRY_AUTHOR, CARRY_LAPTOP, at
    )


def _state(
    conn: sqlite3.Connection, entity: str, where: str, params: Sequence[Any]
) -> dict[str, tuple[str, dict[str, str]]]:
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for rid, updated, name, value in conn.execute(
        f"SELECT f.record_id, t.updated_at, f.field, f.value FROM {entity} t JOIN "
        f"field_state f ON f.entity = '{entity}' AND f.record_id = t.id WHERE {where}",
        tuple(params),
    ):
        out.setdefault(rid, (updated or "", {}))[1][name] = value
    return out


def reference(conn: sqlite3.Connection, name: str, source: str) -> Iterator[str]:
    """The change ids the per-plek carry-over wrote (one batch: every plek at once)."""
    places = conn.execute(
        "SELECT id, updated_at FROM place WHERE NOT archived ORDER BY id"
    ).fetchall()
    latest: dict[str, tuple[str, str, str | None, str]] = {}
    for iid, pid, rnd, status, updated in conn.execute(
        "SELECT id, place_id, round, status, updated_at FROM interview WHERE NOT archived "
        "AND place_id IS NOT NULL AND (round IS NULL OR round != ?) "
        "ORDER BY (round = ?) , date IS NULL DESC, date, updated_at, id",
        (name, source),
    ):
        latest[pid] = (iid, updated or "", status, rnd or "")
    dumps = changes.dumps
    pids = [p for p, _ in places]
    preds = [latest[p][0] for p in pids if p in latest]
    marks_p, marks_i = ",".join("?" * len(pids)), ",".join("?" * len(preds)) or "NULL"
    interview_state = _state(conn, "interview", f"t.id IN ({marks_i})", preds)
    child_state = {
        e: _state(
            conn,
            e,
            f"+t.round = ? AND NOT t.archived AND t.place_id IN ({marks_p})",
            [source, *pids],
        )
        for e in PER_ROUND
    }
    line_state = {
        e: _state(conn, e, f"NOT t.archived AND t.interview_id IN ({marks_i})", preds)
        for e in PER_INTERVIEW
    }
    children: dict[str, dict[str, list[str]]] = {}
    for entity, states in (*child_state.items(), *line_state.items()):
        ref = "place_id" if entity in PER_ROUND else "interview_id"
        for rid, (_updated, values) in sorted(states.items()):
            parent = json.loads(values.get(ref, "null"))
            if parent:
                children.setdefault(entity, {}).setdefault(parent, []).append(rid)
    for pid, place_updated in places:
        pred = latest.get(pid)
        if pred and pred[2] == STOPPED:
            continue
        iid = carried_interview_id(pid, name)
        at = pred[1] if pred else (place_updated or "")
        yield _carry_row("interview", iid, "archived", "false", at)
        yield _carry_row("interview", iid, "place_id", dumps(pid), at)
        yield _carry_row("interview", iid, "round", dumps(name), at)
        yield _carry_row("interview", iid, "status", dumps("gepland"), at)
        values = interview_state[pred[0]][1] if pred and pred[0] in interview_state else {}
        yield _carry_row(
            "interview", iid, "interviewer", values.get("interviewer") or dumps("onbekend"), at
        )
        if pred:
            for f in CARRY_FIELDS:
                if values.get(f, "null") != "null":
                    yield _carry_row("interview", iid, f, values[f], at)
            for entity in PER_INTERVIEW:
                for rid in children.get(entity, {}).get(pred[0], []):
                    new = carried_id(rid, name)
                    lat, vals = line_state[entity][rid]
                    lat = lat or at
                    yield _carry_row(entity, new, "archived", "false", lat)
                    yield _carry_row(entity, new, "interview_id", dumps(iid), lat)
                    for f, v in sorted(vals.items()):
                        if f not in {"archived", "interview_id"} and v != "null":
                            yield _carry_row(entity, new, f, v, lat)
        for entity in PER_ROUND:
            for rid in children.get(entity, {}).get(pid, []):
                new = carried_id(rid, name)
                lat, vals = child_state[entity][rid]
                lat = lat or at
                yield _carry_row(entity, new, "archived", "false", lat)
                yield _carry_row(entity, new, "round", dumps(name), lat)
                yield _carry_row(entity, new, "predecessor_id", dumps(rid), lat)
                for f, v in sorted(vals.items()):
                    if f not in {"archived", "round", "predecessor_id"} and v != "null":
                        yield _carry_row(entity, new, f, v, lat)


def carried(store: Store) -> set[str]:
    with store.read() as conn:
        return {
            r[0] for r in conn.execute("SELECT id FROM change WHERE author = ?", (CARRY_AUTHOR,))
        }


def test_set_wise_carry_over_writes_the_changes_the_per_plek_python_wrote(store):
    demo.generate(store, 40, seed=3, round_name=PREV, winter=2025)
    rng = random.Random(1)
    with store.read() as conn:
        pids = [r[0] for r in conn.execute("SELECT id FROM place ORDER BY id")]
        metingen = [r[0] for r in conn.execute("SELECT id FROM interview ORDER BY id")]
    # the corners: a stopped plek, a plek without a meting, a meting without a date, two
    # metingen of one plek in different meetmomenten, an archived activity
    store.update("interview", metingen[0], {"status": STOPPED})
    store.create("place", {"name": "Zonder meting"})
    other = store.create("place", {"name": "Alleen oude metingen"})
    for rnd, date in (("Oud", "2021-01-01"), ("Ouder", None)):
        store.create("interview", {"place_id": other, "round": rnd, "date": date})
    store.create("interview", {"place_id": pids[2], "round": "Oud", "date": "2020-01-01"})
    with store.read() as conn:
        act = conn.execute("SELECT id FROM activity ORDER BY id LIMIT 1").fetchone()[0]
    store.archive("activity", act)
    for pid in rng.sample(pids, 3):
        store.archive("place", pid)
    with store.read() as conn:
        expected = set(reference(conn, CUR, PREV))
    assert carried(store) == set() and len(expected) > 1000
    result = meetmoment.start(store, CUR, source=PREV)
    assert carried(store) == expected
    assert result.new_changes == len(expected)
    with store.read() as conn:
        assert (
            result.places
            == conn.execute("SELECT COUNT(*) FROM interview WHERE round = ?", (CUR,)).fetchone()[0]
        )
    # starting it again adds nothing (same ids)
    assert meetmoment.start(store, CUR, source=PREV).new_changes == 0
    # and the ids are the state's: rebuild from the change log gives the same tables
    with store.read() as conn:
        before = conn.execute("SELECT * FROM activity ORDER BY id").fetchall()
    with store.write() as conn:
        changes.rebuild(conn)
    with store.read() as conn:
        assert conn.execute("SELECT * FROM activity ORDER BY id").fetchall() == before


def test_a_joined_duplicates_activities_are_carried_to_the_survivor(store):
    """A plek joined into another: its activities point to the survivor, and the carry-over
    takes them along (the per-plek Python left them behind)."""
    keep = store.create("place", {"name": "De Pit"})
    gone = store.create("place", {"name": "De Pit (dubbel)"})
    store.create(
        "interview",
        {
            "place_id": keep,
            "round": PREV,
            "status": "afgenomen",
            "interviewer": "Fatima",
            "date": "2025-12-05",
        },
    )
    act = store.create("activity", {"place_id": gone, "name": "Koffie", "round": PREV})
    duplicates.join(store, keep, gone)
    meetmoment.start(store, CUR, source=PREV)
    rows = meetmoment.activities(store, CUR)
    assert [(r["id"], r["place_id"], r["predecessor_id"]) for r in rows] == [
        (carried_id(act, CUR), keep, act)
    ]
