"""Spreadsheet import: real files in, rows in the change log and survey tables out."""

import datetime as dt

import openpyxl
import pytest

from nulmeting.cli.main import main
from nulmeting.domain.errors import UserError
from nulmeting.exchange import demo, export
from nulmeting.exchange.importer import apply_import, plan_import

WIJKEN = ["Middelland", "spangen", "oud mathenesse", "NIEUWE-WESTEN", "Bospolder", "Schiemond"]


def change_count(store):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM change").scalar_one()


def write_csv(path, rows, encoding="cp1252"):
    text = "\r\n".join(";".join(str(v) for v in r) for r in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def test_60_plekken_1200_volunteers_give_5520000(store, tmp_path):
    rows = [["Naam", "Wijk", "Postcode", "Vrijwilligers", "Uren per week (gemiddeld)"]]
    for i in range(60):
        rows.append([f"Buurthuiskamer {i + 1}", WIJKEN[i % 6], "3021 AB", 20, "4,0"])
    path = write_csv(tmp_path / "plekken.csv", rows)
    plan = plan_import(store, path, interviewer="Kees")
    assert plan.errors == []
    assert plan.counts()["nieuw"] == 60
    print(apply_import(store, plan))
    assert store.counts()["place"] == 60 and store.counts()["interview"] == 60
    wb = openpyxl.load_workbook(export.write_overview(store, tmp_path / "o.xlsx"))
    ws = wb["Samenvatting"]
    header = [c.value for c in ws[1]]
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Totaal")
    total = dict(zip(header, total, strict=False))
    assert total["Plekken"] == 60
    assert total["Vrijwilligers"] == 1200
    assert total["Vrijwilligersuren per jaar"] == 240_000
    assert total["Maatschappelijke waarde (€)"] == 5_520_000
    with store.engine.connect() as conn:
        authors = {a for (a,) in conn.exec_driver_sql("SELECT DISTINCT author FROM change")}
        rounds = {r for (r,) in conn.exec_driver_sql("SELECT DISTINCT round FROM interview")}
    assert authors == {"Kees"}
    assert rounds == {"Nulmeting 2025-2026"}


def test_round_trip_changes_nothing(store, tmp_path):
    demo.generate(store, 40, seed=5)
    weird = store.create(
        "place",
        {
            "name": "=cmd|' /C calc'!A0",
            "district": "spangen",
            "address": "-Straat 1",
            "description": "regel 1\nregel 2",
        },
    )
    store.create(
        "interview",
        {"place_id": weird, "round": "Oude ronde", "volunteers_regular": 3, "hours_per_week": 2.5},
    )
    out = export.write_overview(store, tmp_path / "o.xlsx")
    before = change_count(store)
    plan = plan_import(store, out)
    assert plan.errors == [] and plan.unknown_columns == []
    assert plan.counts()["gewijzigd"] == 0 and plan.counts()["nieuw"] == 0
    apply_import(store, plan)
    assert change_count(store) == before


def test_edited_sheet_updates_only_differing_fields_as_that_interviewer(store, tmp_path):
    demo.generate(store, 5, seed=7)
    out = export.write_overview(store, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Plekken"]
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    place_id = ws.cell(row=2, column=col["ID"]).value
    ws.cell(row=2, column=col["Naam"]).value = "Nieuwe naam"
    ws.cell(row=2, column=col["Uren per week (gemiddeld)"]).value = 7.5
    ws.cell(row=2, column=col["Maatschappelijke waarde (€)"]).value = 1  # derived: ignored
    ws.cell(row=1, column=len(header) + 1).value = "Mijn opmerking"  # unknown column
    ws.cell(row=2, column=len(header) + 1).value = "x"
    ws.append(["Gloednieuw", "Witte Dorp", None, "Aakstraat 1", "3028 AA"])  # no ID: new
    wb.save(tmp_path / "edited.xlsx")
    before = change_count(store)
    plan = plan_import(store, tmp_path / "edited.xlsx", interviewer="Priya")
    assert plan.errors == []
    assert plan.unknown_columns == ["Mijn opmerking"]
    assert "Mijn opmerking" in plan.summary()
    apply_import(store, plan)
    with store.engine.connect() as conn:
        new = conn.exec_driver_sql(
            "SELECT entity, record_id, field, author FROM change WHERE seq > ?", (before,)
        ).all()
        hours = conn.exec_driver_sql(
            "SELECT hours_per_week FROM interview WHERE place_id = ?", (place_id,)
        ).scalar_one()
        created = conn.exec_driver_sql(
            "SELECT district, postcode FROM place WHERE name = 'Gloednieuw'"
        ).one()
    assert {a for *_, a in new} == {"Priya"}
    edits = {(e, f) for e, r, f, _ in new if r == place_id or e == "interview"}
    assert edits == {("place", "name"), ("interview", "hours_per_week")}
    assert hours == 7.5
    assert tuple(created) == ("witte-dorp", "3028 AA")
    assert store.values("place", place_id)["name"] == "Nieuwe naam"


def test_bad_rows_listed_and_nothing_imported(store, tmp_path):
    existing = store.create("place", {"name": "Bestaat", "district": "spangen"})
    rows = [
        ["ID", "Naam", "Wijk", "Postcode", "Vrijwilligers"],
        ["", "Goed", "Spangen", "3027 AB", "10"],
        ["", "Atlantis", "Atlantis", "3027 AB", "10"],
        ["", "Postcode", "Spangen", "30271 AB", "10"],
        ["", "Tekst", "Spangen", "3027 AB", "tien"],
        [existing, "Dubbel 1", "Spangen", "", ""],
        [existing, "Dubbel 2", "Spangen", "", ""],
        ["6f1d8a52-2d8e-4c1b-9a57-0b1e2f6c9d41", "Onbekend", "Spangen", "", ""],
    ]
    path = write_csv(tmp_path / "fout.csv", rows, encoding="utf-8-sig")
    before = change_count(store)
    plan = plan_import(store, path)
    errors = "\n".join(plan.errors)
    assert "Rij 3: Wijk: 'Atlantis' is geen bekende wijk." in errors
    assert "Rij 4: Postcode" in errors
    assert "Rij 5: Vrijwilligers: 'tien' is geen getal." in errors
    assert "Rij 6:" in errors and "Rij 7:" in errors and "dubbel" in errors
    assert "Rij 8: er is geen plek met ID" in errors
    assert "Rij 2" not in errors
    with pytest.raises(UserError, match="Er is niets ingelezen"):
        apply_import(store, plan)
    assert change_count(store) == before
    assert store.counts()["place"] == 1
    assert main(["--db", str(store.path), "import", str(path)]) == 2
    assert change_count(store) == before
    text = apply_import(store, plan, only_valid=True)
    assert "1 nieuwe plekken" in text
    with store.engine.connect() as conn:
        names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM place")}
    assert names == {"Bestaat", "Goed"}


def test_missing_required_column_is_an_error(store, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Naam", "Adres"], ["A", "Straat 1"]])
    plan = plan_import(store, path)
    assert any("Kolom 'Wijk' ontbreekt" in e for e in plan.errors)
    with pytest.raises(UserError):
        apply_import(store, plan)
    assert store.counts()["place"] == 0


def test_interview_of_current_round_created_if_missing(store, tmp_path):
    pid = store.create("place", {"name": "Oud", "district": "middelland"})
    old = store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2024",
            "date": "2024-12-01",
            "volunteers_regular": 8,
            "hours_per_week": 3,
        },
    )
    rows = [
        ["ID", "Naam", "Wijk", "Vrijwilligers", "Uren per week (gemiddeld)", "Datum meting"],
        [pid, "Oud", "Middelland", "12", "3", "05-01-2026"],
    ]
    apply_import(store, plan_import(store, write_csv(tmp_path / "m.csv", rows)))
    with store.engine.connect() as conn:
        interviews = conn.exec_driver_sql(
            "SELECT id, round, volunteers_regular, date FROM interview WHERE place_id = ?", (pid,)
        ).all()
    by_round = {r[1]: r for r in interviews}
    assert by_round["Nulmeting 2024"][2] == 8 and by_round["Nulmeting 2024"][0] == old
    assert by_round["Nulmeting 2025-2026"][2] == 12
    assert by_round["Nulmeting 2025-2026"][3] == dt.date(2026, 1, 5).isoformat()


def test_import_is_one_transaction(store, tmp_path, monkeypatch):
    rows = [["Naam", "Wijk"], ["A", "Spangen"], ["B", "Spangen"]]
    plan = plan_import(store, write_csv(tmp_path / "t.csv", rows))
    from nulmeting.store import changes

    real = changes.ingest_rows

    def boom(conn, batch):
        real(conn, batch)  # everything written inside the transaction ...
        raise RuntimeError("schijf vol")  # ... then a failure: all of it must roll back

    monkeypatch.setattr(changes, "ingest_rows", boom)
    before = change_count(store)
    with pytest.raises(RuntimeError):
        apply_import(store, plan)
    assert change_count(store) == before and store.counts()["place"] == 0


def test_a_row_that_became_invalid_after_the_preview_names_its_row(store, tmp_path):
    import pytest

    from nulmeting.domain.errors import UserError
    from nulmeting.exchange.importer import apply_import, plan_import

    place = store.create("place", {"name": "De Pit", "district": "spangen"})
    path = tmp_path / "plekken.csv"
    path.write_text(f"ID;Naam;Wijk\n{place};De Pit (nieuw);Spangen\n", encoding="utf-8")
    plan = plan_import(store, path)
    assert not plan.errors
    store.archive("place", place)  # someone else archived it while the preview was open
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT COUNT(*) FROM change").scalar_one()
    with pytest.raises(UserError, match="^Rij 2: "):
        apply_import(store, plan)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM change").scalar_one() == before


def test_annuleren_at_any_progress_call_of_apply_stores_nothing(store, tmp_path):
    """Every progress call of apply_import is made before the commit: Cancelled from any of
    them rolls back (none comes after the commit, where "afgebroken" would be a lie)."""
    from nulmeting.domain.errors import Cancelled

    existing = store.create("place", {"name": "Bestaat", "district": "spangen"})
    rows = [["ID", "Naam", "Wijk", "Vrijwilligers"], [existing, "Bestaat nog", "Spangen", "4"]]
    rows += [["", f"Plek {i}", WIJKEN[i % 6], str(i)] for i in range(1200)]
    plan = plan_import(store, write_csv(tmp_path / "p.csv", rows))
    before = change_count(store), store.counts()
    stop_at = 0
    while True:
        calls = []

        def progress(done, total, message, calls=calls, stop_at=stop_at):
            calls.append(message)
            if len(calls) > stop_at:
                raise Cancelled()

        try:
            apply_import(store, plan, progress=progress)
        except Cancelled:
            assert (change_count(store), store.counts()) == before, calls
            stop_at += 1
            continue
        break
    assert stop_at == len(calls) >= 3  # "Inlezen" at 0 and 500 and 1000, then "Opslaan"
    assert calls[-1] == "Opslaan"
    assert store.counts()["place"] == 1201


def test_plan_import_reports_progress_while_reading_and_checking(store, tmp_path):
    from nulmeting.domain.errors import Cancelled

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plekken"
    ws.append(["Naam", "Wijk"])
    for i in range(2500):
        ws.append([f"Plek {i}", WIJKEN[i % 6]])
    wb.save(tmp_path / "groot.xlsx")
    calls = []
    plan = plan_import(
        store, tmp_path / "groot.xlsx", progress=lambda d, t, m: calls.append((d, t, m))
    )
    assert plan.counts()["nieuw"] == 2500
    messages = [m for _, _, m in calls]
    assert messages[0] == "groot.xlsx lezen" and "groot.xlsx lezen: 2000 rijen" in messages
    assert (1000, 2500, "Rijen controleren") in calls
    assert (1000, 2500, "Wijzigingen bepalen") in calls
    assert calls[-1] == (2500, 2500, "Gecontroleerd")

    def cancel_while_reading(done, total, message):
        if "rijen" in message:
            raise Cancelled()

    with pytest.raises(Cancelled):
        plan_import(store, tmp_path / "groot.xlsx", progress=cancel_while_reading)


def test_a_new_meetmoment_gets_what_the_sheet_changed_not_a_copy_of_the_old_meting(store, tmp_path):
    """Last meetmoment's export, one figure updated, read into a new meetmoment: the new meting
    is planned, by the importer, with the updated figure only."""
    store.set_setting("round", "Nulmeting 2024-2025")
    pid = store.create("place", {"name": "De Pit", "district": "middelland"})
    old = store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2024-2025",
            "interviewer": "Fatima",
            "status": "afgenomen",
            "date": "2024-12-01",
            "volunteers_regular": 8,
            "hours_per_week": 3,
        },
    )
    out = export.write_overview(store, tmp_path / "vorig-jaar.xlsx")
    store.set_setting("round", "Nulmeting 2025-2026")
    wb = openpyxl.load_workbook(out)
    ws = wb["Plekken"]
    col = {c.value: i + 1 for i, c in enumerate(ws[1])}
    ws.cell(row=2, column=col["Vrijwilligers"]).value = 11  # the total: regular follows
    wb.save(tmp_path / "bijgewerkt.xlsx")
    plan = plan_import(store, tmp_path / "bijgewerkt.xlsx", interviewer="Priya")
    assert plan.errors == []
    apply_import(store, plan)
    with store.read() as conn:
        rows = conn.execute(
            "SELECT id, round, status, date, interviewer, volunteers_regular, hours_per_week "
            "FROM interview WHERE place_id = ? AND NOT archived",
            (pid,),
        ).fetchall()
    by_round = {r[1]: r for r in rows}
    assert by_round["Nulmeting 2024-2025"] == (
        old,
        "Nulmeting 2024-2025",
        "afgenomen",
        "2024-12-01",
        "Fatima",
        8,
        3,
    )
    new = by_round["Nulmeting 2025-2026"]
    assert new[2:] == ("gepland", None, "Priya", 11, None)


def test_a_new_meetmoment_keeps_the_volunteer_total_of_the_sheet(store, tmp_path):
    """The total is split over core, regular and occasional with the earlier counts: the new
    meting gets the whole split, so its volunteers add up to the sheet's total."""
    store.set_setting("round", "Nulmeting 2024-2025")
    pid = store.create("place", {"name": "De Pit", "district": "middelland"})
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2024-2025",
            "status": "afgenomen",
            "date": "2024-12-01",
            "interviewer": "Fatima",
            "volunteers_core": 2,
            "volunteers_regular": 3,
            "volunteers_occasional": 1,
        },
    )
    out = export.write_overview(store, tmp_path / "vorig-jaar.xlsx")
    store.set_setting("round", "Nulmeting 2025-2026")
    wb = openpyxl.load_workbook(out)
    ws = wb["Plekken"]
    col = {c.value: i + 1 for i, c in enumerate(ws[1])}
    ws.cell(row=2, column=col["Vrijwilligers"]).value = 10
    wb.save(tmp_path / "bijgewerkt.xlsx")
    apply_import(store, plan_import(store, tmp_path / "bijgewerkt.xlsx", interviewer="Priya"))
    with store.read() as conn:
        row = conn.execute(
            "SELECT volunteers_core, volunteers_regular, volunteers_occasional, "
            "status FROM interview WHERE round = 'Nulmeting 2025-2026'"
        ).fetchone()
    assert row == (2, 7, 1, "gepland")
