"""Three laptops sync through a real PostgreSQL server and end identical, conflicts included."""

from __future__ import annotations

import pytest
from helpers import change_ids, local_snapshot, state

from nulmeting.domain.errors import Cancelled
from nulmeting.store import changes
from nulmeting.team import sync


def _sync(store, server):
    return sync.sync(store, server.url, server.password)


def _offline_work(a, b, c):
    """A creates plekken everyone gets; then all three edit offline, with conflicts."""
    shared = a.create("place", {"name": "Buurthuiskamer De Pit", "district": "spangen"})
    doomed = a.create("place", {"name": "Speeltuin Het Nest", "district": "bospolder"})
    return shared, doomed


def _edit_offline(a, b, c, shared, doomed):
    a.update("place", shared, {"name": "Huiskamer De Pit"})  # conflict with B
    b.update("place", shared, {"name": "Buurthuiskamer De Pit 2"})
    b.update("place", shared, {"district": "tussendijken"})  # no conflict
    a.update("place", doomed, {"name": "Speeltuin Het Nest (nieuw)"})  # edit vs. delete
    c.archive("place", doomed)
    new = c.create("place", {"name": "Taalcafé De Brug", "district": "middelland"})
    c.create("activity", {"place_id": new, "name": "Taalcafé"})
    return new


def _assert_all_equal(server, *stores):
    first = state(stores[0])
    for other in stores[1:]:
        assert state(other) == first
    assert change_ids(stores[0]) == server.change_ids()


@pytest.mark.parametrize("order", ["abc", "cab", "bca"])
def test_three_laptops_end_identical_conflicts_included(server, laptops, order):
    a, b, c = laptops("Fatima", "Piet", "Ayse")
    shared, doomed = _offline_work(a, b, c)
    for store in (a, b, c):
        _sync(store, server)
    assert b.values("place", shared)["name"] == "Buurthuiskamer De Pit"
    _edit_offline(a, b, c, shared, doomed)
    by_name = {"a": a, "b": b, "c": c}
    for _round in range(2):
        for letter in order:
            _sync(by_name[letter], server)
    _assert_all_equal(server, a, b, c)
    conflicts = {(x.field, x.record_id) for x in a.conflicts()}
    assert ("name", shared) in conflicts
    assert ("archived", doomed) in conflicts
    assert ("district", shared) not in conflicts
    with a.read() as conn:
        heads = {h.value for h in changes.head_values(conn, "place", shared, "name")}
    assert heads == {"Huiskamer De Pit", "Buurthuiskamer De Pit 2"}
    with a.engine.connect() as conn:
        flag = conn.exec_driver_sql(
            "SELECT conflict FROM field_state WHERE record_id = ? AND field = 'name'", (shared,)
        ).scalar_one()
    assert flag == 1
    assert c.values("place", shared)["district"] == "tussendijken"
    assert a.counts()["activity"] == 1

    # Resolving on one laptop travels like any edit: the conflict is gone everywhere.
    b.resolve("place", shared, "name", "Huiskamer De Pit")
    for store in (b, a, c):
        _sync(store, server)
    _assert_all_equal(server, a, b, c)
    assert ("name", shared) not in {(x.field, x.record_id) for x in c.conflicts()}
    assert c.values("place", shared)["name"] == "Huiskamer De Pit"


def test_sync_equals_a_team_file_merge(server, laptops, tmp_path):
    """One engine: the state after sync equals a direct merge of the other stores' changes."""
    from nulmeting.team.merge import merge_sqlite_file

    a, b, c, oracle = laptops("Fatima", "Piet", "Ayse", "Oracle")
    shared, doomed = _offline_work(a, b, c)
    for store in (a, b, c):
        _sync(store, server)
    _edit_offline(a, b, c, shared, doomed)
    for store in (a, b, c, a, b):
        _sync(store, server)
    for store in (a, b, c):
        merge_sqlite_file(oracle, store.path)
    assert state(oracle) == state(a)


def test_incremental_sync_exchanges_only_new_changes(server, laptops):
    a, b = laptops("Fatima", "Piet")
    from nulmeting.exchange import demo

    demo.generate(a, 30, seed=3)
    first = _sync(a, server)
    assert first.pushed == len(change_ids(a)) and first.pulled == 0
    got = _sync(b, server)
    assert got.pulled == first.pushed and got.pushed == 0 and got.places_added == 30
    again = _sync(b, server)
    assert (again.pushed, again.pulled) == (0, 0)
    assert "alles was al gelijk" in again.dutch()
    place = next(iter(k for e, k in got.added if e == "place"))
    b.update("place", place, {"name": "Nieuwe naam"})
    one = _sync(b, server)
    assert (one.pushed, one.pulled) == (1, 0)
    back = _sync(a, server)
    assert (back.pushed, back.pulled) == (0, 1) and back.places_updated == 1
    assert a.values("place", place)["name"] == "Nieuwe naam"
    with a.engine.connect() as conn:
        meta = dict(
            conn.exec_driver_sql(
                "SELECT key, value FROM store_meta WHERE key LIKE 'sync_%' OR key = 'server_url'"
            ).all()
        )
    key = sync._bookmark_key(sync.parse_url(server.url))
    with server.admin() as pg:
        top = pg.execute("SELECT max(seq) FROM change").fetchone()[0]
    assert meta[f"sync_pulled_seq:{key}"] == str(top)
    assert meta["server_url"] == server.url


def _boom(*_args, **_kwargs):
    raise RuntimeError("stroom weg")


def test_failure_during_pull_changes_nothing_locally_and_rerun_completes(
    server, laptops, monkeypatch
):
    a, b = laptops("Fatima", "Piet")
    from nulmeting.exchange import demo

    demo.generate(a, 10, seed=4)
    _sync(a, server)
    b.create("place", {"name": "Eigen plek", "district": "spangen"})
    before = local_snapshot(b)
    calls = []
    real_ingest = changes.ingest_rows

    def failing_ingest(conn, rows):
        calls.append(1)
        if len(calls) == 3:  # halfway: two batches already ingested in this transaction
            raise RuntimeError("stroom weg")
        return real_ingest(conn, rows)

    monkeypatch.setattr(sync, "BATCH", 200)
    monkeypatch.setattr(sync.changes, "ingest_rows", failing_ingest)
    with pytest.raises(RuntimeError):
        _sync(b, server)
    assert len(calls) == 3
    assert local_snapshot(b) == before
    monkeypatch.undo()
    # b's own plek reached the server before the failure; the rerun completes everything.
    summary = _sync(b, server)
    assert summary.pulled == len(change_ids(a))
    _sync(a, server)
    assert state(a) == state(b)
    assert change_ids(a) == server.change_ids()


def test_failure_after_push_changes_nothing_locally(server, laptops, monkeypatch):
    (a,) = laptops("Fatima")
    a.create("place", {"name": "De Pit", "district": "spangen"})
    before = local_snapshot(a)
    monkeypatch.setattr(sync, "_pull", _boom)
    with pytest.raises(RuntimeError):
        _sync(a, server)
    assert local_snapshot(a) == before
    assert server.change_ids() == change_ids(a)  # the push itself did arrive
    monkeypatch.undo()
    summary = _sync(a, server)
    assert summary.pushed == 0 and summary.pulled == 0
    assert server.change_ids() == change_ids(a)


def test_cancel_during_push_stores_nothing_anywhere(server, laptops):
    (a,) = laptops("Fatima")
    from nulmeting.exchange import demo

    demo.generate(a, 5, seed=5)
    before = local_snapshot(a)

    def cancel(done, total, message):
        if message.startswith("Wijzigingen versturen") and done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        sync.sync(a, server.url, server.password, progress=cancel)
    assert local_snapshot(a) == before
    assert server.change_ids() == set()


def test_recreated_server_gets_everything_again(server, laptops):
    (a,) = laptops("Fatima")
    a.create("place", {"name": "De Pit", "district": "spangen"})
    _sync(a, server)
    n = len(server.change_ids())
    with server.admin() as pg:  # the coordinator rebuilt the database: a new server id
        pg.execute("ALTER TABLE change DISABLE TRIGGER change_no_truncate")
        pg.execute("TRUNCATE change")
        pg.execute("UPDATE server_meta SET value = 'nieuw' WHERE key = 'server_id'")
    summary = _sync(a, server)
    assert summary.pushed == n
    assert server.change_ids() == change_ids(a)
