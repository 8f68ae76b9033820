"""Vervolgmeting: meetmomenten hold activities, memberships and ties; carry-over, freezing,
growth, migration from schema 0001 (a store and a team file written by the app at c94fd7f)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nulmeting.cli.main import main
from nulmeting.domain.errors import UserError, ValidationError
from nulmeting.exchange import demo, export
from nulmeting.exchange.importer import apply_import, plan_import
from nulmeting.reading import growth, overview
from nulmeting.store import meetmoment
from nulmeting.store.schema import HEAD
from nulmeting.store.store import Store, backup_copy, open_store
from nulmeting.team.merge import merge_sqlite_file
from tests.conftest import Clock

DATA = Path(__file__).parents[2] / "data"
PREV, CUR = "Nulmeting 2025-2026", "Vervolgmeting 2026-2027"


def sheet(path: Path, name: str) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path, read_only=True)[name]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


def measured_plek(store: Store, volunteers: int, district: str = "middelland") -> str:
    pid = store.create("place", {"name": f"Plek {volunteers}-{district}", "district": district})
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": store.current_round,
            "status": "afgenomen",
            "interviewer": "Fatima",
            "date": "2025-12-05",
            "volunteers_regular": volunteers,
            "hours_per_week": 4,
        },
    )
    store.create(
        "activity",
        {
            "place_id": pid,
            "name": "Koffieochtend",
            "days": ["ma"],
            "frequency": "wekelijks",
            "participants": 10,
        },
    )
    return pid


# --------------------------------------------------------------------------- growth


def test_growth_against_hand_computed_figures(store, tmp_path):
    """40 plekken with 12 volunteers each; next winter 15 each, two stopped, three new."""
    assert store.current_round == PREV
    places = [measured_plek(store, 12, "middelland" if i < 25 else "spangen") for i in range(40)]
    meetmoment.start(store, CUR)
    assert store.current_round == CUR
    with store.read() as conn:
        interviews = dict(
            conn.execute("SELECT place_id, id FROM interview WHERE round = ?", (CUR,)).fetchall()
        )
    assert len(interviews) == 40
    # carried over, not yet measured: counts nowhere, never as zero or last year's 12
    ov = overview.load(store)
    assert ov.total().places == 0 and ov.total().not_measured == 40
    assert ov.total().volunteers == 0
    for pid in places[:38]:
        store.set("interview", interviews[pid], "volunteers_regular", 15)
    store.set("interview", interviews[places[38]], "status", "gestopt")
    store.archive("place", places[39])
    for _ in range(3):
        measured_plek(store, 15, "spangen")

    g = growth.compare(overview.load(store, round_name=PREV), overview.load(store))
    t = g.total
    assert (t.previous.places, t.current.places, t.new, t.stopped) == (40, 41, 3, 2)
    assert (t.previous.volunteers, t.current.volunteers) == (480, 615)
    assert t.index("volunteers") == 128.1  # 615 / 480 = 1.28125
    assert t.previous.volunteer_hours == 480 * 4 * 50
    assert t.current.societal_value == 615 * 4 * 50 * 23
    assert (t.activities_kept, t.activities_new, t.activities_stopped) == (38, 3, 2)
    # like for like: the 38 plekken measured in both winters, 12 → 15 volunteers
    assert (t.previous_both.volunteers, t.current_both.volunteers) == (38 * 12, 38 * 15)
    assert t.index_both("volunteers") == 125.0
    spangen = next(r for r in g.districts if r.code == "spangen")
    assert (spangen.previous.places, spangen.current.places, spangen.new) == (15, 16, 3)
    assert spangen.previous.volunteers == 15 * 12 and spangen.current.volunteers == 13 * 15 + 45

    out = export.write_overview(store, tmp_path / "groei.xlsx")
    rows = {r["Wijk"]: r for r in sheet(out, "Groei")}
    total = rows["Totaal"]
    assert total[f"Plekken: {PREV}"] == 40 and total[f"Plekken: {CUR}"] == 41
    assert total["Nieuwe plekken"] == 3 and total["Gestopte plekken"] == 2
    assert total[f"Vrijwilligers: {PREV}"] == 480 and total[f"Vrijwilligers: {CUR}"] == 615
    assert total["Vrijwilligers: index"] == 128.1
    assert total["Vrijwilligers: index gelijke plekken"] == 125.0
    assert rows["Spangen"]["Gestopte plekken"] == 2 and rows["Middelland"]["Gestopte plekken"] == 0
    per_plek = sheet(out, "Groei per plek")
    assert len(per_plek) == 43
    stopped = [r for r in per_plek if r[f"Stand: {CUR}"] in {"gestopt", "(niet in meetmoment)"}]
    assert len(stopped) == 2 and all(r[f"Vrijwilligers: {CUR}"] is None for r in stopped)
    summary = {r["Wijk"]: r for r in sheet(out, "Samenvatting")}
    assert summary["Totaal"]["Plekken"] == 41 and summary["Totaal"]["Vrijwilligers"] == 615
    rule = [r for r in sheet(out, "Toelichting") if r["Onderwerp"] == "Gemeten"]
    assert "nog niet gemeten" in rule[0]["Toelichting"]


def test_not_yet_measured_is_never_zero_nor_last_years(store, tmp_path):
    a, b = measured_plek(store, 12), measured_plek(store, 20)
    meetmoment.start(store, CUR)
    with store.read() as conn:
        iv = dict(
            conn.execute("SELECT place_id, id FROM interview WHERE round = ?", (CUR,)).fetchall()
        )
        assert meetmoment.carried_fields(conn, "interview", iv[a]) >= {"volunteers_regular"}
    # confirming a section unchanged makes the plek measured with last year's value
    assert meetmoment.confirm_section(store, iv[a], "volunteers") == 2
    ov = overview.load(store)
    states = {v.id: v.state for v in ov.places}
    assert states == {a: overview.STATE_MEASURED, b: overview.STATE_NOT_MEASURED}
    assert ov.total().volunteers == 12
    out = export.write_overview(store, tmp_path / "o.xlsx")
    plekken = {r["ID"]: r for r in sheet(out, "Plekken")}
    assert plekken[a]["Vrijwilligers"] == 12 and plekken[b]["Vrijwilligers"] is None
    assert plekken[b]["Uren per week (gemiddeld)"] is None
    g = {r["Wijk"]: r for r in sheet(out, "Groei")}["Totaal"]
    assert g["Nog niet gemeten"] == 1 and g[f"Vrijwilligers: {CUR}"] == 12


# --------------------------------------------------------------------------- freezing


def test_frozen_meetmoment_unchanged_after_next_years_edits_and_merges(tmp_path):
    a = open_store(tmp_path / "a.sqlite", clock=Clock("2026-01-10T10:00:00"))
    a.set_settings({"interviewer": "Fatima", "round": PREV})
    demo.generate(a, 12, seed=3, round_name=PREV)
    backup_copy(a.path, tmp_path / "b.sqlite")
    with sqlite3.connect(tmp_path / "b.sqlite") as con:
        con.execute("DELETE FROM store_meta WHERE key IN ('laptop_id', 'created_at')")
    con.close()
    b = open_store(tmp_path / "b.sqlite", clock=Clock("2026-01-11T10:00:00"))
    b.set_setting("interviewer", "Kees")
    meetmoment.freeze(a, PREV)
    before = export.write_overview(a, tmp_path / "before.xlsx", round_name=PREV)
    frozen_rows = {n: sheet(before, n) for n in ("Samenvatting", "Plekken", "Activiteiten")}

    with a.read() as conn:
        iid, aid = conn.execute(
            "SELECT i.id, a.id FROM interview i JOIN activity a ON a.place_id = i.place_id LIMIT 1"
        ).fetchone()
    with pytest.raises(ValidationError, match="vastgesteld"):
        a.set("interview", iid, "volunteers_regular", 999)
    with pytest.raises(ValidationError, match="vastgesteld"):
        a.archive("activity", aid)
    with pytest.raises(ValidationError, match="vastgesteld"):  # nor an import into it
        apply_import(a, plan_import(a, before))
    # laptop B did not know: it edits last winter offline, and the edits merge in
    b.set("interview", iid, "volunteers_regular", 999)
    b.archive("activity", aid)
    merge_sqlite_file(a, b.path)
    # and next winter's edits
    meetmoment.start(a, CUR)
    with a.read() as conn:
        new_iid = conn.execute(
            "SELECT id FROM interview WHERE round = ? LIMIT 1", (CUR,)
        ).fetchone()[0]
    a.set("interview", new_iid, "volunteers_core", 77)
    after = export.write_overview(a, tmp_path / "after.xlsx", round_name=PREV)
    for name, rows in frozen_rows.items():
        assert sheet(after, name) == rows, name
    assert meetmoment.is_frozen(a, PREV)
    # the frozen state travels: B gets the same figures after merging A
    merge_sqlite_file(b, a.path)
    from_b = export.write_overview(b, tmp_path / "b.xlsx", round_name=PREV)
    assert sheet(from_b, "Samenvatting") == frozen_rows["Samenvatting"]

    with pytest.raises(UserError, match="reden"):
        meetmoment.reopen(a, PREV, "  ")
    meetmoment.reopen(a, PREV, "Vrijwilligers van De Pit verkeerd geteld")
    a.set("interview", iid, "volunteers_regular", 31)
    history = [line.text for line in meetmoment.history(a, PREV)]
    assert history[-2:] == ["vastgesteld", "heropend: Vrijwilligers van De Pit verkeerd geteld"]
    assert meetmoment.list_meetmomenten(a)[0].status == meetmoment.OPEN
    a.close()
    b.close()


# --------------------------------------------------------------------------- two laptops


def _laptop(base: Path, folder: Path, name: str, start: str) -> Store:
    path = folder / f"{name}.sqlite"
    shutil.copyfile(base, path)
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM store_meta WHERE key IN ('laptop_id', 'created_at')")
    con.close()
    store = open_store(path, clock=Clock(start))
    store.set_setting("interviewer", name)
    return store


def _counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return {
            e: conn.execute(f"SELECT COUNT(*) FROM {e} WHERE round = ?", (CUR,)).fetchone()[0]
            for e in ("interview", "activity", "membership", "tie")
        }


@pytest.fixture(scope="module")
def team_base(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("base") / "base.sqlite"
    s = open_store(path, clock=Clock("2025-12-01T09:00:00"))
    s.set_settings({"interviewer": "Demo", "round": PREV})
    demo.generate(s, 6, seed=11, round_name=PREV)
    s.close()
    return path


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    laptops=st.integers(2, 3),
    edits=st.lists(
        st.tuples(
            st.integers(0, 2),
            st.sampled_from(["confirm", "edit", "stop", "new", "merge"]),
            st.integers(0, 50),
        ),
        max_size=12,
    ),
)
def test_carry_over_on_several_laptops_merges_without_duplicates(team_base, laptops, edits):
    folder = Path(tempfile.mkdtemp(prefix="carry-"))
    stores = [
        _laptop(team_base, folder, f"laptop{i}", f"2026-12-0{i + 1}T10:00:00")
        for i in range(laptops)
    ]
    try:
        with stores[0].read() as conn:
            prev = {
                e: conn.execute(
                    f"SELECT COUNT(*) FROM {e} WHERE round = ? AND NOT archived", (PREV,)
                ).fetchone()[0]
                for e in ("activity", "membership", "tie")
            }
        for s in stores:  # every laptop starts the same vervolgmeting, offline
            meetmoment.start(s, CUR)
        expected = _counts(stores[0])
        assert expected == {"interview": 6, **prev}
        for who, kind, pick in edits:
            s = stores[who % laptops]
            acts = meetmoment.activities(s)
            act = acts[pick % len(acts)]["id"] if acts else None
            try:
                if kind == "confirm" and act:
                    meetmoment.confirm(s, "activity", act)
                elif kind == "edit" and act:
                    s.set("activity", act, "participants", pick + 1)
                elif kind == "stop" and act:
                    s.archive("activity", act)
                elif kind == "new":
                    place = acts[0]["place_id"] if acts else None
                    if place:
                        s.create("activity", {"place_id": place, "name": f"Nieuw {pick}"})
                elif kind == "merge":
                    merge_sqlite_file(s, stores[(who + 1) % laptops].path)
            except ValidationError:
                pass  # e.g. editing an activity another laptop's merge archived
        for s in stores[1:]:
            merge_sqlite_file(stores[0], s.path)
        for s in stores[1:]:
            merge_sqlite_file(s, stores[0].path)
        new = sum(1 for _, kind, _ in edits if kind == "new")
        for s in stores:
            counts = _counts(s)
            # exactly one carried-over record per predecessor, whoever started it
            assert counts["interview"] == 6 and counts["membership"] == prev["membership"]
            assert prev["activity"] <= counts["activity"] <= prev["activity"] + new
            with s.read() as conn:
                dupes = conn.execute(
                    "SELECT predecessor_id FROM activity WHERE round = ? AND predecessor_id "
                    "IS NOT NULL GROUP BY predecessor_id HAVING COUNT(*) > 1",
                    (CUR,),
                ).fetchall()
            assert dupes == []
        a, b = stores[0], stores[1]
        with a.read() as ca, b.read() as cb:
            q = "SELECT id, round, archived, participants FROM activity ORDER BY id"
            assert ca.execute(q).fetchall() == cb.execute(q).fetchall()
        assert merge_sqlite_file(a, b.path).new_changes == 0
    finally:
        for s in stores:
            s.close()
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- migration


def _unzip(name: str, target: Path) -> Path:
    target.write_bytes(gzip.decompress((DATA / f"{name}.gz").read_bytes()))
    return target


def test_migration_of_a_store_written_by_schema_0001(tmp_path):
    path = _unzip("main-store.sqlite", tmp_path / "old.sqlite")
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        old = {
            e: con.execute(f"SELECT COUNT(*) FROM {e} WHERE NOT archived").fetchone()[0]
            for e in ("activity", "membership", "tie", "interview")
        }
    con.close()
    store = open_store(path)
    assert store.revision() == HEAD
    assert list(tmp_path.glob("old.voor-schema-*.sqlite"))  # the backup copy
    with store.read() as conn:
        rounds = {
            e: conn.execute(f"SELECT DISTINCT round FROM {e}").fetchall()
            for e in ("activity", "membership", "tie")
        }
    assert all(r == [(PREV,)] for r in rounds.values())
    assert (
        len(meetmoment.activities(store))
        == old["activity"]
        == len(meetmoment.activities(store, PREV))
    )
    assert len(meetmoment.ties(store)) == old["tie"]
    assert len(meetmoment.memberships(store)) == old["membership"]
    # the same data's team file, written at 0001 and migrated on a copy, merged into a new
    # laptop, gives the same migration changes: merging the migrated store adds nothing
    team = _unzip("main-team.nulmeting", tmp_path / "team.nulmeting")
    fresh = tmp_path / "new-laptop.sqlite"
    open_store(fresh).close()
    assert main(["--db", str(fresh), "merge", str(team)]) == 0
    other = open_store(fresh)
    assert len(meetmoment.activities(other, PREV)) == old["activity"]
    assert merge_sqlite_file(other, path).new_changes == 0
    other.close()
    with store.read() as conn:
        migration = conn.execute(
            "SELECT COUNT(*) FROM change WHERE author = 'migratie'"
        ).fetchone()[0]
    assert migration == sum(
        len(
            meetmoment.records(
                store,
                e,
                PREV,
            )
        )
        for e in ("activity", "membership", "tie")
    ) + _archived(store)
    # a vervolgmeting carries them over
    result = meetmoment.start(store, CUR)
    assert result.records["activity"] == old["activity"] and result.places == 8
    assert _counts(store)["activity"] == old["activity"]
    store.close()


def _archived(store: Store) -> int:
    with store.read() as conn:
        return sum(
            conn.execute(f"SELECT COUNT(*) FROM {e} WHERE archived").fetchone()[0]
            for e in ("activity", "membership", "tie")
        )


def test_cli_meetmoment(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    assert main(["--db", db, "demo", "--plekken", "20", "--seed", "4"]) == 0
    assert main(["--db", db, "meetmoment"]) == 0
    out = capsys.readouterr().out
    assert PREV in out and "Vervolgmeting" in out and "* Vervolgmeting" in out
    assert main(["--db", db, "meetmoment", "vaststellen", PREV]) == 0
    assert main(["--db", db, "meetmoment", "vaststellen", PREV]) == 2
    assert main(["--db", db, "meetmoment", "heropenen", PREV, "--reden", "correctie"]) == 0
    assert main(["--db", db, "meetmoment", "geschiedenis", PREV]) == 0
    assert "heropend: correctie" in capsys.readouterr().out
    assert main(["--db", db, "export", str(tmp_path / "x.xlsx"), "--meetmoment", "Onbekend"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert main(["--db", db, "export", str(tmp_path / "p.xlsx"), "--meetmoment", PREV]) == 0
    names = openpyxl.load_workbook(tmp_path / "p.xlsx", read_only=True).sheetnames
    assert "Groei" not in names  # the first meetmoment has nothing to compare with
    assert main(["--db", db, "export", str(tmp_path / "c.xlsx")]) == 0
    assert "Groei" in openpyxl.load_workbook(tmp_path / "c.xlsx", read_only=True).sheetnames
    assert main(["--db", db, "meetmoment", "nieuw", " "]) == 2


def test_wijkagenda_reads_the_current_meetmoments_activities(store):
    from nulmeting.exchange.wijkagenda.entries import read_activities

    pid = measured_plek(store, 12)
    meetmoment.start(store, CUR)
    store.archive("place", measured_plek(store, 3))  # archived: never in the agenda's plekken
    live = {p["id"] for p in overview.read(store)["place"]}
    acts = [a for a in read_activities(store) if a["place_id"] in live]
    assert [(a["place_id"], a["round"]) for a in acts] == [(pid, CUR)]
    assert [a["round"] for a in read_activities(store, overview.read(store, PREV))] == [PREV]
    assert pid in {p["id"] for p in overview.read(store)["place"]}
    assert all(not p.get("archived") for p in overview.read(store)["place"])
