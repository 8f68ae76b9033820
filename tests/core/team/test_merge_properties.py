"""Merge laws over random edit histories on 2-4 laptops (hypothesis).

Each history interleaves, on random laptops: create a plek, edit a field, archive, restore,
resolve an open conflict (field, delete-versus-edit or two metingen of one meetmoment), add an
activity or a meting to a plek, join two plekken (duplicates), and merge another laptop's store.
Then:
order independence (all laptops merged into a fresh store in two different orders give the same
change set, field_state incl. conflict flags and heads, and materialised tables), idempotence
(merging everything again changes nothing), round trip (two laptops that merge each other end
identical) and ``changes.rebuild()`` reproduces the incrementally built state.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from nulmeting.domain.errors import UserError
from nulmeting.reading import duplicates
from nulmeting.store import changes, meetmoment
from nulmeting.store.store import Store, open_store
from nulmeting.team.merge import merge_sqlite_file
from tests.conftest import Clock

NAMES = ["De Pit", "Het Anker", "De Brug"]
EDITS = [("name", NAMES), ("notes", ["a", "b", None]), ("founded", [1990, 2001])]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_store(path).close()
    return path


def new_store(template: Path, folder: Path, name: str, clock_start: str) -> Store:
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as con:  # a fresh laptop: a new laptop_id on first open
        con.execute("DELETE FROM store_meta WHERE key IN ('laptop_id', 'created_at')")
    con.close()
    store = open_store(path, clock=Clock(clock_start))
    store.set_setting("interviewer", name)
    return store


def snapshot(store: Store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:

        def rows(sql: str) -> list[tuple]:
            return sorted((tuple(r) for r in conn.exec_driver_sql(sql)), key=repr)

        return {
            "change": rows(
                "SELECT id, entity, record_id, field, value, parents, covers, author, "
                "laptop, at FROM change"
            ),
            "change_parent": rows("SELECT * FROM change_parent"),
            "field_state": rows("SELECT * FROM field_state"),
            "place": rows("SELECT * FROM place"),
            "place_join": rows("SELECT * FROM place_join"),
            "activity": rows("SELECT * FROM activity"),
            "interview": rows("SELECT * FROM interview"),
            "conflicts": sorted(
                repr((c.entity, c.record_id, c.field, sorted(v.change_id for v in c.values)))
                for c in store.conflicts()
            ),
        }


def place_ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM place ORDER BY id")]


#: Step kinds, weighted so that laptops often edit the same plek and merge each other.
KINDS = (
    ["edit"] * 5
    + ["both"] * 2
    + ["merge"] * 5
    + ["create", "archive", "restore", "resolve", "resolve", "activity", "start"]
)
#: Meetmomenten a laptop may start (offline, maybe the same one as another laptop).
ROUNDS = ["Vervolgmeting 2026-2027", "Vervolgmeting 2027-2028", "Vervolgmeting 2026-2027"]
#: (kind, laptop, which record / conflict / source laptop, which field, which value)
step = st.tuples(
    st.sampled_from(KINDS),
    st.integers(0, 3),
    st.integers(0, 20),
    st.integers(0, 2),
    st.integers(0, 2),
)
#: The same with joins of duplicate plekken, and activities and metingen made on plekken (which
#: may be joined away meanwhile) -- issue 19.
JOIN_KINDS = (*KINDS, "join", "join", "activity", "meting")
join_step = st.tuples(
    st.sampled_from(JOIN_KINDS),
    st.integers(0, 3),
    st.integers(0, 20),
    st.integers(0, 2),
    st.integers(0, 2),
)


def apply(stores: list[Store], action: tuple) -> None:
    kind, who = action[0], stores[action[1] % len(stores)]
    ids = place_ids(who)
    pick = (lambda i: ids[i % len(ids)]) if ids else None
    try:
        if kind == "create":
            who.create("place", {"name": NAMES[action[3]]})
        elif kind == "edit" and pick:
            name, values = EDITS[action[3]]
            who.set("place", pick(action[2]), name, values[action[4] % len(values)])
        elif kind == "both" and pick:  # two laptops edit the same field before they merge
            other = stores[(action[1] + 1) % len(stores)]
            target = pick(action[2])
            if other.exists("place", target):
                who.set("place", target, "notes", f"notitie {action[1]}.{action[4]}")
                other.set("place", target, "notes", f"notitie {action[1] + 1}.{action[4]}")
        elif kind == "join" and pick and len(ids) > 1:
            keep, gone = pick(action[2]), pick(action[2] + 1 + action[4])
            if keep != gone:
                duplicates.join(who, keep, gone)
        elif kind == "activity" and pick:
            who.create("activity", {"place_id": pick(action[2]), "name": f"act {action[4]}"})
        elif kind == "meting" and pick:
            who.create(
                "interview",
                {
                    "place_id": pick(action[2]),
                    "round": "Nulmeting",
                    "volunteers_core": action[4] + 1,
                },
            )
        elif kind == "start":  # start a vervolgmeting: carried-over records with derived ids
            meetmoment.start(who, ROUNDS[action[3]])
        elif kind == "archive" and pick:
            who.archive("place", pick(action[2]))
        elif kind == "restore" and pick:
            who.restore("place", pick(action[2]))
        elif kind == "resolve":
            open_conflicts = who.conflicts()
            if open_conflicts:
                c = open_conflicts[action[2] % len(open_conflicts)]
                if c.is_deletion:
                    who.resolve_deletion(c.entity, c.record_id, keep_deleted=action[4] == 0)
                elif c.is_double_meting:
                    who.keep_meting(c.values[action[4] % len(c.values)].change_id)
                else:
                    values = [v.value for v in c.values]
                    values += dict(EDITS).get(c.field, [])
                    who.resolve(c.entity, c.record_id, c.field, values[action[4] % len(values)])
        elif kind == "merge":
            other = stores[action[2] % len(stores)]
            if other is not who:
                merge_sqlite_file(who, other.path)
    except UserError:
        pass  # e.g. editing an archived plek: refused, nothing stored


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(laptops=st.integers(2, 4), history=st.lists(join_step, min_size=6, max_size=40))
def test_merge_laws(template, laptops, history):
    folder = Path(tempfile.mkdtemp(prefix="merge-laws-"))
    stores = [
        new_store(template, folder, f"laptop{i}", f"2025-12-0{i + 1}T10:00:00")
        for i in range(laptops)
    ]
    extra: list[Store] = []
    seen: set[str] = set()
    try:
        # a shared base (two plekken everybody has), so random edits often meet
        for action in [
            ("create", 0, 0, 0, 0),
            ("create", 0, 0, 1, 0),
            *(("merge", i, 0, 0, 0) for i in range(1, laptops)),
            *history,
        ]:
            apply(stores, action)
            if action[0] == "merge":  # statistics only: did the history meet conflicts?
                for c in stores[action[1] % laptops].conflicts():
                    seen.add(c.kind)
            if action[0] == "join":
                seen.add("join")
        event(f"conflicts met during the history: {' + '.join(sorted(seen)) or 'none'}")

        # rebuild from the change log gives the incrementally maintained state
        for s in stores:
            before = snapshot(s)
            with s.write() as conn:
                changes.rebuild(conn)
            assert snapshot(s) == before

        # order independence: all laptops into two fresh stores, in opposite orders
        forward = new_store(template, folder, "forward", "2026-02-01T10:00:00")
        backward = new_store(template, folder, "backward", "2026-02-01T10:00:00")
        extra += [forward, backward]
        for s in stores:
            merge_sqlite_file(forward, s.path)
        for s in reversed(stores):
            merge_sqlite_file(backward, s.path)
        assert snapshot(forward) == snapshot(backward)

        # idempotence: merging everything again changes nothing
        once = snapshot(forward)
        for s in stores:
            assert merge_sqlite_file(forward, s.path).new_changes == 0
        assert snapshot(forward) == once

        # round trip: two laptops that merge each other's files end identical
        a, b = stores[0], stores[1]
        merge_sqlite_file(a, b.path)
        merge_sqlite_file(b, a.path)
        assert snapshot(a) == snapshot(b)
    finally:
        for s in stores + extra:
            s.close()
        shutil.rmtree(folder, ignore_errors=True)
