"""The Excel overview: real cells read back with openpyxl."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from nulmeting.cli.main import main
from nulmeting.domain import reference
from nulmeting.exchange import demo, export, xlsx_layout

SUMMARY_START = [
    "Wijk",
    "Plekken",
    "Activiteiten per week",
    "Deelnemers per week",
    "Vrijwilligers",
    "Vrijwilligersuren per jaar",
    "Maatschappelijke waarde (€)",
    "Structurele financiering (%)",
]
PLACES_START = [
    "Naam",
    "Wijk",
    "Type",
    "Adres",
    "Postcode",
    "Rechtsvorm",
    "Vrijwilligers",
    "Uren per week (gemiddeld)",
    "Betaalde krachten (fte)",
    "Metingstatus",
]
SUMMED = [
    "Vrijwilligers",
    "Vrijwilligersuren per jaar",
    "Maatschappelijke waarde (€)",
    "Activiteiten per week",
    "Deelnemers per week",
    "Totale inkomsten (€)",
]


def table(ws):
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    return header, [dict(zip(header, r, strict=False)) for r in rows[1:]]


def header_last(ws):
    return [c.value for c in ws[1]][-1]


def summary(ws):
    header, rows = table(ws)
    out = []
    for r in rows:  # the main table ends at Totaal or a blank row (the income mix follows)
        if r["Wijk"] is None:
            break
        out.append(r)
        if r["Wijk"] == "Totaal":
            break
    return header, out


@pytest.fixture
def demo_store(store):
    demo.generate(store, 60, seed=3)
    return store


def test_summary_totals_equal_sums_over_plekken(demo_store, tmp_path):
    out = export.write_overview(demo_store, tmp_path / "o.xlsx", today=dt.date(2026, 1, 15))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Overzicht",
        "Samenvatting",
        "Plekken",
        "Activiteiten",
        "Financiën",
        "Netwerk",
        "Netwerkcijfers",
        "Wijkagenda",
        "Toelichting",
    ]
    s_header, s_rows = summary(wb["Samenvatting"])
    assert s_header[:8] == SUMMARY_START
    p_header, places = table(wb["Plekken"])
    assert p_header[:10] == PLACES_START
    assert len(places) == 60
    total = s_rows[-1]
    # a planned meting of the demo holds no figures yet: its plek is "nog niet gemeten"
    measured = [p for p in places if p["Metingstatus"] in ("Afgenomen", "Gecontroleerd")]
    assert 30 < len(measured) < 60
    assert total["Wijk"] == "Totaal" and total["Plekken"] == len(measured)
    assert total["Nog niet gemeten"] == 60 - len(measured)
    summary_col = {"Totale inkomsten (€)": "Totale inkomsten (€)"}
    for name in SUMMED:
        col = summary_col.get(name, name)
        assert total[col] == pytest.approx(sum(p[name] or 0 for p in places), abs=0.01), name
    assert total["Maatschappelijke waarde (€)"] > 0
    for row in s_rows[:-1]:  # per wijk too
        mine = [p for p in places if p["Wijk"] == row["Wijk"]]
        assert row["Plekken"] == len([p for p in mine if p in measured])
        assert row["Maatschappelijke waarde (€)"] == pytest.approx(
            sum(p["Maatschappelijke waarde (€)"] for p in mine), abs=0.01
        )
    assert sum(r["Plekken"] for r in s_rows[:-1]) == len(measured)
    # numbers are numbers, with formats; activities count matches
    cell = wb["Samenvatting"].cell(row=len(s_rows) + 1, column=7)
    assert isinstance(cell.value, int | float) and "€" in cell.number_format
    assert isinstance(total["Structurele financiering (%)"], float)
    assert "%" in wb["Samenvatting"].cell(row=2, column=8).number_format
    _, acts = table(wb["Activiteiten"])
    assert len(acts) == demo_store.counts()["activity"]
    assert sum(p["Aantal activiteiten"] for p in places) == len(acts)


def test_layout_frozen_header_filter_dates_and_charts(demo_store, tmp_path):
    out = export.write_overview(demo_store, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Plekken"]
    assert ws.freeze_panes == "B2"
    assert header_last(ws) == "ID"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    header = [c.value for c in ws[1]]
    date_col = header.index("Datum meting") + 1
    dates = [ws.cell(row=r, column=date_col).value for r in range(2, 62)]
    assert all(isinstance(d, dt.datetime) for d in dates if d is not None)
    assert any(d is not None for d in dates)
    assert ws.cell(row=2, column=date_col).number_format == "dd-mm-yyyy"
    euro = header.index("Maatschappelijke waarde (€)") + 1
    assert "€" in ws.cell(row=2, column=euro).number_format
    assert ws.column_dimensions["A"].width > 20  # Naam
    assert len(wb["Samenvatting"]._charts) == 2
    _, agenda = table(wb["Wijkagenda"])
    assert agenda and {"Wijk", "Dag", "Begin", "Activiteit", "Plek"} <= set(agenda[0])
    assert isinstance(agenda[0]["Begin"], dt.time)
    week = list(reference.options("dag").values())  # maandag … zondag
    for wijk in {a["Wijk"] for a in agenda}:  # per wijk in week order, Dutch day names
        days = [week.index(a["Dag"]) for a in agenda if a["Wijk"] == wijk]
        assert days == sorted(days)
    _, activities = table(wb["Activiteiten"])
    assert {d for a in activities for d in (a["Dagen"] or "").split(", ") if d} <= set(week)
    _, expl = table(wb["Toelichting"])
    by_topic = {r["Onderwerp"]: r["Waarde"] for r in expl}
    assert by_topic["Uurwaarde vrijwilligerswerk (€ per uur)"] == 23
    assert by_topic["Weken per jaar"] == 50
    assert by_topic["Meetmoment"] == "Nulmeting 2025-2026"
    assert by_topic["Persoonsgegevens"] == "niet opgenomen"
    assert "Fatima" in by_topic["Gegevens van buurtverbinders"]
    assert isinstance(by_topic["Exportdatum"], dt.datetime)
    assert "concentration_high" not in by_topic  # Dutch names, not code names
    assert by_topic["Afhankelijk van weinig bronnen"] == "0,50"
    assert by_topic["Weinig structurele financiering"] == "30%"


def test_importing_the_export_reads_no_file():
    code = (
        "import nulmeting.exchange.export, nulmeting.domain.resources as r\n"
        "print(r.read_json.cache_info().misses)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert out.stdout.strip() == "0"  # the reference data (day names …) is read when used


def test_formula_like_text_stays_text(store, tmp_path):
    names = ["=SUM(A1:A9)", "+31 buurt", "-min", "@home", '=HYPERLINK("http://x")']
    for name in names:
        store.create(
            "place", {"name": name, "district": "spangen", "address": "=1+1", "postcode": "3027 AB"}
        )
    out = export.write_overview(store, tmp_path / "o.xlsx")
    ws = openpyxl.load_workbook(out)["Plekken"]
    cells = [ws.cell(row=r, column=1) for r in range(2, 7)]  # Naam
    assert sorted(c.value for c in cells) == sorted(names)
    assert all(c.data_type == "s" for c in cells)
    assert all(ws.cell(row=r, column=4).value == "=1+1" for r in range(2, 7))  # Adres
    assert all(ws.cell(row=r, column=5).data_type == "s" for r in range(2, 7))


def _all_text(wb):
    return "\n".join(
        str(v)
        for ws in wb.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    )


def test_no_personal_data_unless_asked(demo_store, tmp_path):
    with demo_store.engine.connect() as conn:
        contacts = conn.exec_driver_sql("SELECT name, email, phone FROM contact").all()
    assert contacts
    wb = openpyxl.load_workbook(export.write_overview(demo_store, tmp_path / "a.xlsx"))
    assert "Contactpersonen" not in wb.sheetnames
    text = _all_text(wb)
    for name, email, phone in contacts:
        assert email not in text and phone not in text and name not in text
    wb = openpyxl.load_workbook(
        export.write_overview(demo_store, tmp_path / "b.xlsx", personal=True)
    )
    assert "Contactpersonen" in wb.sheetnames
    _, rows = table(wb["Contactpersonen"])
    assert {r["E-mail"] for r in rows} == {c[1] for c in contacts}
    _, expl = table(wb["Toelichting"])
    assert {r["Onderwerp"]: r["Waarde"] for r in expl}["Persoonsgegevens"].startswith("opgenomen")


def test_per_wijk_files_contain_only_their_wijk(demo_store, tmp_path):
    paths = export.write_per_district(demo_store, tmp_path / "wijken")
    assert len(paths) >= 3
    total = 0
    for path in paths:
        wb = openpyxl.load_workbook(path)
        wijk = path.stem
        _, places = table(wb["Plekken"])
        assert places and {p["Wijk"] for p in places} == {wijk}
        _, acts = table(wb["Activiteiten"])
        assert {a["Wijk"] for a in acts} == {wijk}
        _, agenda = table(wb["Wijkagenda"])
        assert {a["Wijk"] for a in agenda} <= {wijk}
        _, s_rows = summary(wb["Samenvatting"])
        assert [r["Wijk"] for r in s_rows] == [wijk]  # no Totaal repeating the wijk
        total += len(places)
    assert total == 60


def test_cli_wijk_forgiving_and_unknown(demo_store, tmp_path):
    path = demo_store.path
    demo_store.close()
    out = tmp_path / "mid.xlsx"
    assert main(["--db", str(path), "export", str(out), "--wijk", "nieuwe westen"]) == 0
    _, places = table(openpyxl.load_workbook(out)["Plekken"])
    assert places and {p["Wijk"] for p in places} == {"Nieuwe Westen"}
    assert main(["--db", str(path), "export", str(tmp_path / "x.xlsx"), "--wijk", "Atlantis"]) == 2
    assert not (tmp_path / "x.xlsx").exists()
    assert main(["--db", str(path), "export", "--per-wijk", str(tmp_path / "w")]) == 0
    assert (tmp_path / "w" / "Nieuwe Westen.xlsx").exists()


def test_cancel_leaves_no_file(demo_store, tmp_path):
    from nulmeting.domain.errors import Cancelled

    calls = []

    def progress(done, total, message):
        calls.append(message)
        if len(calls) > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export.write_overview(demo_store, tmp_path / "c.xlsx", progress=progress)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_documented_layout_matches_the_code():
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[3] / "docs" / "excel-layout.md").read_text("utf-8")
    plekken = doc.split("### `Plekken`")[1].split("###")[0]
    documented = re.findall(r"^\| `([^`]+)` \|", plekken, re.M)
    assert documented == [c.header for c in xlsx_layout.place_columns()]
    samenvatting = doc.split("### `Samenvatting`")[1].split("###")[0]
    assert re.findall(r"^\| `([^`]+)` \|", samenvatting, re.M) == [
        h for h, _, _ in xlsx_layout.SUMMARY_HEADERS
    ]


def test_an_overview_that_cannot_be_replaced_is_a_dutch_message(store, tmp_path, monkeypatch):
    import os

    import pytest

    from nulmeting.domain.errors import UserError
    from nulmeting.exchange.export import write_overview

    store.create("place", {"name": "De Pit", "district": "spangen"})
    out = tmp_path / "overzicht.xlsx"
    out.write_bytes(b"oud")

    def locked(src, dst):  # what Windows does while Excel has the file open
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="nog open in Excel"):
        write_overview(store, out)
    assert out.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".nulmeting-")] == []


def test_every_sheet_prints_on_a4_with_whole_header_words_and_ids_last(demo_store, tmp_path):
    import re

    out = export.write_overview(demo_store, tmp_path / "o.xlsx", today=dt.date(2026, 12, 1))
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize in (9, "9"), ws.title  # A4
        if ws.title == "Overzicht":
            assert ws.page_setup.orientation == "portrait"
            continue
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.print_title_rows.replace("$", "") == "1:1", ws.title  # header on every page
        fit = ws.page_setup.fitToWidth or 1
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        printed = widths
        if ws.print_area:
            area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
            last = re.findall(r"\$?([A-Z]+)\$?\d+", area.split("!")[-1])[-1]
            printed = widths[: openpyxl.utils.column_index_from_string(last)]
        # at least ~80% type: no page holds more than 190 characters of columns
        assert sum(printed) / fit <= 190 * 1.01, (ws.title, sum(printed), fit)
        for cell, width in zip(ws[1], widths, strict=True):
            if cell.value:
                longest = max(len(w) for w in str(cell.value).split())
                assert width >= longest, (ws.title, cell.value, width)
        headers = [c.value for c in ws[1]]
        ids = [h for h in headers if h and h.endswith("ID")]
        if ids:
            assert headers[-len(ids) :] == ids, (ws.title, headers)
    assert wb["Plekken"].print_area  # Naam … Stoplicht
    assert wb.sheetnames[0] == "Overzicht"


def test_a_one_wijk_file_has_charts_per_plek(demo_store, tmp_path):
    out = export.write_overview(demo_store, tmp_path / "s.xlsx", district="spangen")
    ws = openpyxl.load_workbook(out)["Samenvatting"]
    assert [r[0] for r in ws.iter_rows(min_row=2, max_row=2, values_only=True)] == ["Spangen"]
    assert all(r[0] != "Totaal" for r in ws.iter_rows(values_only=True))
    assert len(ws._charts) == 2
