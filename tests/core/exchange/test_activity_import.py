"""Importing activities: the export's Activiteiten sheet and a plain list, with a preview,
row numbers and all or nothing, like the Plekken import."""

import hashlib
import json
import sqlite3
import subprocess
import sys

import openpyxl
import pytest

from nulmeting.domain.errors import Cancelled, UserError
from nulmeting.exchange import demo, export
from nulmeting.exchange.activity_import import (
    apply_activity_import,
    plan_activity_import,
    sheet_kind,
)


def _fingerprint(path):
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for row in conn.execute("SELECT * FROM change ORDER BY seq"):
            digest.update(repr(row).encode())
        return conn.execute("SELECT COUNT(*) FROM activity").fetchone()[0], digest.hexdigest()
    finally:
        conn.close()


def _rows(store, sql, *params):
    with store.read() as conn:
        return conn.execute(sql, params).fetchall()


def _csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def filled(store):
    demo.generate(store, 8, seed=5)
    return store


def test_export_then_import_of_activiteiten_changes_nothing(filled, tmp_path):
    book = export.write_overview(filled, tmp_path / "o.xlsx")
    before = _fingerprint(filled.path)
    assert sheet_kind(book) == "Plekken" and sheet_kind(book, "activiteiten") == "Activiteiten"
    plan = plan_activity_import(filled, book)
    n = _rows(filled, "SELECT COUNT(*) FROM activity")[0][0]
    assert not plan.errors and len(plan.rows) == n > 20
    assert plan.counts() == {"nieuw": 0, "gewijzigd": 0, "ongewijzigd": n, "ongeldig": 0}
    assert "0 wijzigingen" in apply_activity_import(filled, plan)
    assert _fingerprint(filled.path) == before


def test_an_edited_export_changes_exactly_the_edited_fields(filled, tmp_path):
    book = export.write_overview(filled, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Activiteiten"]
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    target = ws.cell(row=2, column=col["Activiteit ID"]).value
    ws.cell(row=2, column=col["Begin"]).value = "08:15"
    ws.cell(row=2, column=col["Eind"]).value = "23:00"
    ws.cell(row=2, column=col["Dagen"]).value = "zaterdag en zondag"
    ws.cell(row=2, column=col["Openbaar in wijkagenda"]).value = "nee"
    wb.save(book)
    plan = plan_activity_import(filled, book, interviewer="Karim")
    changed = [r for r in plan.rows if r.changed]
    assert [r.row for r in changed] == [2]
    assert set(changed[0].field_changes) == {"start", "end", "days", "public"} - (
        set()
        if _rows(filled, "SELECT public FROM activity WHERE id=?", target)[0][0]
        else {"public"}
    )
    assert changed[0].describe().startswith("wijzigt: ")
    apply_activity_import(filled, plan)
    row = _rows(filled, 'SELECT start, "end", days, public FROM activity WHERE id=?', target)[0]
    assert row[:2] == ("08:15", "23:00") and json.loads(row[2]) == ["za", "zo"] and row[3] == 0
    authors = {
        a
        for (a,) in _rows(
            filled,
            "SELECT DISTINCT author FROM change WHERE "
            "record_id=? AND field='start' AND author='Karim'",
            target,
        )
    }
    assert authors == {"Karim"}


def test_a_plain_list_adds_activities_and_reimporting_it_changes_nothing(filled, tmp_path):
    name, wijk = _rows(filled, "SELECT name, district FROM place ORDER BY name LIMIT 1")[0]
    path = _csv(
        tmp_path / "aanbod.csv",
        [
            "plek;activiteit;dagen;begin;eind;frequentie;voor wie;thema",
            f"{name};Schaakclub;dinsdag en donderdag;19:30;21:30;2-wekelijks;"
            "volwassenen, ouderen 65+;ontmoeting / eenzaamheid",
            f"{name.upper()};Buikdansen;vr;10.00;11.30 uur;Maandelijks;vrouwen;bewegen / leefstijl",
        ],
    )
    assert sheet_kind(path) == "Activiteiten"
    plan = plan_activity_import(filled, path)
    assert not plan.errors and plan.counts()["nieuw"] == 2
    assert "Openbaar in wijkagenda" in plan.summary()
    apply_activity_import(filled, plan)
    rows = _rows(
        filled,
        'SELECT a.name, a.days, a.start, a."end", a.frequency, '
        "a.target_groups, a.themes, p.district FROM activity a JOIN place p "
        "ON p.id = a.place_id WHERE a.name IN ('Schaakclub', 'Buikdansen') "
        "ORDER BY a.name",
    )
    rows = [
        tuple(json.loads(v) if isinstance(v, str) and v.startswith("[") else v for v in r)
        for r in rows
    ]
    assert rows == [
        (
            "Buikdansen",
            ["vr"],
            "10:00",
            "11:30",
            "maandelijks",
            ["vrouwen"],
            ["bewegen-leefstijl"],
            wijk,
        ),
        (
            "Schaakclub",
            ["di", "do"],
            "19:30",
            "21:30",
            "2-wekelijks",
            ["volwassenen", "ouderen-65"],
            ["ontmoeting-eenzaamheid"],
            wijk,
        ),
    ]
    before = _fingerprint(filled.path)
    again = plan_activity_import(filled, path)
    assert again.counts()["ongewijzigd"] == 2
    apply_activity_import(filled, again)
    assert _fingerprint(filled.path) == before


def test_bad_rows_are_refused_with_row_numbers_and_nothing_is_stored(filled, tmp_path):
    name = _rows(filled, "SELECT name FROM place ORDER BY name LIMIT 1")[0][0]
    path = _csv(
        tmp_path / "fout.csv",
        [
            "Plek;Activiteit;Dagen;Begin;Eind;Frequentie;Voor wie;Thema",
            f"{name};Goed;ma;09:00;10:00;wekelijks;iedereen;taal",
            f"{name};Te laat;di;25:00;26:00;wekelijks;iedereen;taal",
            "Plek die niet bestaat;Breien;wo;10:00;11:00;wekelijks;iedereen;taal",
            f"{name};Omgekeerd;do;11:00;10:00;soms;marsmannetjes;taal",
            f"{name};;vr;10:00;11:00;wekelijks;iedereen;taal",
        ],
    )
    before = _fingerprint(filled.path)
    plan = plan_activity_import(filled, path)
    rows_with_errors = sorted({int(e.split(":")[0].split()[1]) for e in plan.errors})
    assert rows_with_errors == [3, 4, 5, 6]
    text = "\n".join(plan.errors)
    assert "Rij 3: Begin: '25:00' is geen tijd" in text
    assert "Rij 4: plek 'Plek die niet bestaat' staat niet in deze opslag" in text
    assert "Rij 5: Frequentie: 'soms' staat niet in de keuzelijst" in text
    assert "Rij 5: Doelgroep: 'marsmannetjes' staat niet in de keuzelijst" in text
    assert "Rij 6: Activiteit: de naam ontbreekt" in text
    with pytest.raises(UserError, match="Er is niets ingelezen: 4 rij"):
        apply_activity_import(filled, plan)
    assert _fingerprint(filled.path) == before
    cli = subprocess.run(
        [sys.executable, "-m", "nulmeting", "--db", str(filled.path), "import", str(path)],
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 2 and "Rij 4: plek" in cli.stderr
    assert _fingerprint(filled.path) == before
    # the valid row only, when asked
    apply_activity_import(filled, plan, only_valid=True)
    assert _rows(filled, "SELECT COUNT(*) FROM activity WHERE name='Goed'")[0][0] == 1


def test_the_end_before_the_start_is_refused_with_its_row(filled, tmp_path):
    name = _rows(filled, "SELECT name FROM place ORDER BY name LIMIT 1")[0][0]
    path = _csv(
        tmp_path / "omgekeerd.csv",
        ["Plek;Activiteit;Dagen;Begin;Eind", f"{name};Omgekeerd;do;11:00;10:00"],
    )
    plan = plan_activity_import(filled, path)
    assert plan.errors == ["Rij 2: Eind: de eindtijd moet na de begintijd liggen."]


def test_two_plekken_with_one_name_need_the_wijk(store, tmp_path):
    a = store.create("place", {"name": "De Buurvrouw", "district": "spangen"})
    store.create("place", {"name": "De Buurvrouw", "district": "middelland"})
    path = _csv(tmp_path / "a.csv", ["Plek;Activiteit;Dagen", "De Buurvrouw;Koffie;ma"])
    plan = plan_activity_import(store, path)
    assert plan.errors == [
        "Rij 2: er zijn 2 plekken met de naam 'De Buurvrouw'; vul de kolom Wijk of Plek ID in."
    ]
    path = _csv(
        tmp_path / "b.csv", ["Plek;Wijk;Activiteit;Dagen", "De Buurvrouw;Spangen;Koffie;ma"]
    )
    plan = plan_activity_import(store, path)
    assert not plan.errors
    apply_activity_import(store, plan)
    assert _rows(store, "SELECT place_id FROM activity")[0][0] == a


def test_missing_columns_and_cancel_store_nothing(filled, tmp_path):
    path = _csv(tmp_path / "kaal.csv", ["Activiteit;Dagen", "Koffie;ma"])
    plan = plan_activity_import(filled, path)
    assert plan.file_errors and "Plek" in plan.file_errors[0]
    name = _rows(filled, "SELECT name FROM place ORDER BY name LIMIT 1")[0][0]
    path = _csv(tmp_path / "goed.csv", ["Plek;Activiteit;Dagen", f"{name};Koffie;ma"])
    plan = plan_activity_import(filled, path)
    before = _fingerprint(filled.path)

    def cancel(done, total, message):
        if message == "Opslaan":
            raise Cancelled()

    with pytest.raises(Cancelled):
        apply_activity_import(filled, plan, progress=cancel)
    assert _fingerprint(filled.path) == before
