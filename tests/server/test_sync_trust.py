"""The server is a trust boundary: any interviewer login can INSERT rows, so a pull checks every
row (nulmeting/team/ingest.py), sets the bad ones aside (kept, listed, never applied) and proceeds."""

from __future__ import annotations

import time

import psycopg
import pytest
from helpers import local_snapshot, state
from test_server_access import _interviewer

from nulmeting.cli.main import main as cli_main
from nulmeting.domain.errors import UserError
from nulmeting.store import changes
from nulmeting.team import sync

COLS = "id, entity, record_id, field, value, parents, covers, author, laptop, at"
LAPTOP = "00000000-0000-4000-8000-00000000beef"
AT = "2025-12-09T10:00:00.000000Z"


def _insert(url_user: str, pw: str, server, rows: list[dict]) -> None:
    """Rows as any interviewer can write them: a plain INSERT, no app involved."""
    user = url_user.split("//")[1].split("@")[0]
    with psycopg.connect(
        host="127.0.0.1",
        port=server.cluster.port,
        user=user,
        password=pw,
        dbname=server.db,
        autocommit=True,
    ) as pg:
        for row in rows:
            pg.execute(
                f"INSERT INTO change ({COLS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [row.get(c) for c in COLS.split(", ")],
            )


def _valid(entity, record_id, name, value, parents=()):
    return changes.make_change(
        entity, record_id, name, value, parents=parents, author="Indringer", laptop=LAPTOP, at=AT
    )


def _heads(store, record_id, name):
    with store.read() as conn:
        return changes.heads(conn, "place", record_id)[name]


def _bad_rows(store, place, other):
    """One of each finding, aimed at plekken the team has."""
    name_head = _heads(store, place, "name")
    forged = _valid("place", place, "name", "Gehackt", parents=name_head)
    forged["id"] = _valid("place", place, "name", "Onschuldig", parents=name_head)["id"]
    return {
        "not json": {**_valid("place", place, "notes", "x"), "value": "not json"},
        "parents not a list": {**_valid("place", place, "notes", "y"), "parents": "not-a-list"},
        "forged id": forged,
        # a foreign parent: names another plek's name change, would hide that plek's name
        "foreign parent": _valid(
            "place", place, "notes", "z", parents=_heads(store, other, "name")
        ),
        "text in a date": _valid("place", place, "lease_until", "volgend jaar"),
        "impossible date": _valid("place", place, "lease_until", "2025-02-30"),
        "1e400": {**_valid("place", place, "founded", 1999), "value": "1e400"},
        "oversized": _valid("place", place, "description", "x" * 1_000_000),
    }


def test_new_laptop_syncs_the_team_through_a_server_with_bad_rows(
    server, laptops, tmp_path, capsys
):
    a, b = laptops("Fatima", "Piet")
    sync.sync(a, server.url, server.password)  # the coordinator sets the server up
    place = a.create("place", {"name": "De Pit", "district": "spangen"})
    other = a.create("place", {"name": "Het Anker", "district": "spangen"})
    b.create("place", {"name": "De Brug", "district": "middelland"})
    sync.sync(a, server.url, server.password)
    sync.sync(b, server.url, server.password)
    url_x, pw_x = _interviewer(server, "lid_indringer")
    bad = _bad_rows(a, place, other)
    _insert(url_x, pw_x, server, list(bad.values()))
    # ... and after them, an honest edit still arrives everywhere
    b.update("place", other, {"notes": "na de rommel"})
    sync.sync(b, server.url, server.password)

    (c,) = laptops("Nieuw")
    summary = sync.sync(c, server.url, server.password)
    assert c.counts()["place"] == 3
    assert c.values("place", place)["name"] == "De Pit"
    assert c.values("place", other)["name"] == "Het Anker"  # not hidden by the foreign parent
    assert c.values("place", other)["notes"] == "na de rommel"
    assert summary.set_aside == summary.set_aside_total == len(bad)
    text = summary.dutch()
    assert f"{len(bad)} wijzigingen op de server zijn ongeldig en apart gezet" in text
    assert "geen geldige JSON" in text  # the first rows are named with their reason
    with c.engine.connect() as conn:
        kept = dict(
            conn.exec_driver_sql(
                "SELECT id, reason FROM set_aside_change ORDER BY server_seq"
            ).all()
        )
        pushed_by = {r[0] for r in conn.exec_driver_sql("SELECT pushed_by FROM set_aside_change")}
    assert pushed_by == {"lid_indringer"}
    assert "id past niet bij de inhoud" in kept[bad["forged id"]["id"]]
    assert "ander gegeven" in kept[bad["foreign parent"]["id"]]
    assert "verwacht een datum" in kept[bad["text in a date"]["id"]]
    assert "geen bestaande datum" in kept[bad["impossible date"]["id"]]
    assert (
        "geen geldige JSON" in kept[bad["1e400"]["id"]]
        or "verwacht een jaartal" in kept[bad["1e400"]["id"]]
    )
    assert "te groot" in kept[bad["oversized"]["id"]]

    # Every laptop syncs on, nothing bad is applied anywhere, and they end identical.
    for store in (a, b, c, a):
        again = sync.sync(store, server.url, server.password)
        assert again.set_aside_total == len(bad)
    assert state(a) == state(b) == state(c)
    for store in (a, b, c):
        assert store.values("place", place)["name"] == "De Pit"
        assert store.values("place", place).get("lease_until") is None
        assert store.values("place", place).get("description") is None

    # The export works, and the history says where each change came from.
    out = tmp_path / "overzicht.xlsx"
    assert cli_main(["--db", str(c.path), "export", str(out)]) == 0
    capsys.readouterr()
    assert cli_main(["--db", str(c.path), "set-aside"]) == 0
    listed = capsys.readouterr().out
    assert f"{len(bad)} wijziging(en) van de server apart gezet" in listed
    assert listed.count("aangeleverd door login 'lid_indringer'") == len(bad)
    origins = {h.origin for h in c.history("place", other)}
    assert f"server {summary.server}, aangeleverd door login 'app'" in origins
    own = {h.origin for h in b.history("place", other) if h.new == "na de rommel"}
    assert own == {"op deze laptop ingevoerd"}


def test_a_set_aside_row_is_applied_once_its_parent_arrives(server, laptops, tmp_path):
    """A row whose parent is unknown is set aside, and accepted at a later sync once the parent
    is in the store (here: through a team file)."""
    from nulmeting.team.merge import merge_sqlite_file

    a, b = laptops("Fatima", "Piet")
    sync.sync(b, server.url, server.password)
    place = a.create("place", {"name": "De Pit"})
    a.update("place", place, {"name": "De Pit 2"})
    with a.engine.connect() as conn:  # A's edit chain, without sending it through the server
        rows = [
            dict(r._mapping)
            for r in conn.exec_driver_sql(
                f"SELECT {COLS} FROM change WHERE record_id = ? ORDER BY seq", (place,)
            )
        ]
    last_name = [r for r in rows if r["field"] == "name"][-1]
    _insert(server.url, server.password, server, [last_name])
    first = sync.sync(b, server.url, server.password)
    assert first.set_aside == 1 and "voorganger is onbekend" in first.dutch()
    merge_sqlite_file(b, a.path)  # the parent arrives another way
    second = sync.sync(b, server.url, server.password)
    assert second.set_aside_total == 0
    assert b.values("place", place)["name"] == "De Pit 2"
    assert len(_heads(b, place, "name")) == 1


def test_forged_id_never_changes_what_a_laptop_shows(server, laptops):
    """The forger is first on the server with a real change's id: the real change can then
    never be pushed, but no laptop ever shows the forged value."""
    a, b = laptops("Fatima", "Piet")
    sync.sync(a, server.url, server.password)
    place = a.create("place", {"name": "De Pit", "district": "spangen"})
    with a.engine.connect() as conn:
        real = dict(
            conn.exec_driver_sql(
                f"SELECT {COLS} FROM change WHERE record_id = ? AND field = 'name'", (place,)
            )
            .one()
            ._mapping
        )
    _insert(server.url, server.password, server, [{**real, "value": '"Gehackt"'}])
    sync.sync(a, server.url, server.password)
    summary = sync.sync(b, server.url, server.password)
    assert summary.set_aside_total == 1
    assert b.values("place", place).get("name") != "Gehackt"
    assert "id past niet bij de inhoud" in summary.dutch()
    assert a.values("place", place)["name"] == "De Pit"
    assert b.values("place", place)["district"] == "spangen"


def test_a_held_upload_lock_times_out_in_dutch_and_nothing_changes(server, laptops, monkeypatch):
    a, b = laptops("Fatima", "Piet")
    sync.sync(a, server.url, server.password)
    a.create("place", {"name": "De Pit"})
    before = local_snapshot(a)
    monkeypatch.setattr(sync, "LOCK_TIMEOUT_MS", 700)
    with server.admin() as holder:
        holder.autocommit = False
        holder.execute("SELECT pg_advisory_xact_lock(7277001)")  # an upload that never ends
        started = time.perf_counter()
        with pytest.raises(UserError, match="is bezet") as caught:
            sync.sync(a, server.url, server.password)
        elapsed = time.perf_counter() - started
        holder.rollback()
    assert "niets veranderd" in str(caught.value)
    assert elapsed < 10
    assert local_snapshot(a) == before
    monkeypatch.setattr(sync, "LOCK_TIMEOUT_MS", 20_000)
    assert sync.sync(a, server.url, server.password).pushed >= 1
