"""The PDF report: its text read back with pypdf, against the workbook's cells."""

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from nulmeting.cli.main import main
from nulmeting.domain import reference
from nulmeting.exchange import demo, export
from nulmeting.report import area, place
from nulmeting.report.dutch import euro, long_date

TODAY = dt.date(2026, 12, 1)


def fonts_embedded(path):
    """Every font every page uses is embedded (a TrueType file in the PDF)."""
    names = []
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                return False
            names.append(str(font["/BaseFont"]))
    return bool(names)


def text_of(path):
    reader = PdfReader(str(path))
    pages = [p.extract_text().replace("\u00a0", " ") for p in reader.pages]
    return pages


@pytest.fixture
def demo_store(store):
    demo.generate(store, 60, seed=3)
    store.set_setting("round", "Nulmeting 2025-2026")
    return store


def workbook_total(path):
    ws = openpyxl.load_workbook(path)["Samenvatting"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Totaal")
    return dict(zip(header, row, strict=False))


def test_dutch_formats():
    assert euro(5_520_000) == "€ 5.520.000"
    assert euro(14.4) == "€ 14,40"
    assert long_date(dt.date(2026, 12, 1)) == "1 december 2026"


def test_area_headline_equals_the_workbooks_totaal(demo_store, tmp_path):
    xlsx = export.write_overview(demo_store, tmp_path / "o.xlsx", today=TODAY)
    total = workbook_total(xlsx)
    pdf = area.write_report(demo_store, tmp_path / "r.pdf", today=TODAY)
    assert fonts_embedded(pdf)
    pages = text_of(pdf)
    first = pages[0]
    value = euro(total["Maatschappelijke waarde (€)"])
    assert value in first
    assert "De sociale basis van Delfshaven" in first and "1 december 2026" in first
    # the calculation written out, with the workbook's figures
    volunteers = f"{total['Vrijwilligers']:,}".replace(",", ".")
    hours = f"{round(total['Vrijwilligersuren per jaar']):,}".replace(",", ".")
    assert f"{volunteers} vrijwilligers ×" in first
    assert f"{hours} uur × € 23 per uur = {value} per jaar" in first
    assert "Ondergrens bij het minimumloon" in first and "€ 14,40" in first
    # every wijk with plekken side by side, the method page with thresholds in Dutch
    whole = "\n".join(pages)
    for name in ("Spangen", "Middelland", "Nieuwe Westen", "Totaal"):
        assert name in whole
    assert "Verantwoording" in pages[-1] and "Kleine reserve" in pages[-1]
    assert "structural_share_low" not in whole
    assert "Bron: Eigen uurwaarde" in pages[-1]
    assert "Wat plekken nodig hebben" in whole and "Het netwerk" in whole


def test_wijk_report_holds_only_its_wijk_on_at_most_two_pages(demo_store, tmp_path):
    code = export.resolve_district("spangen")
    xlsx = export.write_overview(demo_store, tmp_path / "s.xlsx", district="spangen", today=TODAY)
    ws = openpyxl.load_workbook(xlsx)["Samenvatting"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, next(ws.iter_rows(min_row=2, values_only=True)), strict=False))
    pdf = area.write_report(demo_store, tmp_path / "s.pdf", district=code, today=TODAY)
    assert fonts_embedded(pdf)
    pages = text_of(pdf)
    assert len(pages) <= 2
    whole = "\n".join(pages)
    assert euro(row["Maatschappelijke waarde (€)"]) in pages[0]
    others = [
        d.name for c, d in reference.districts().items() if d.area == "delfshaven" and c != code
    ]
    assert not [
        o
        for o in others
        if o in whole.replace("Delfshaven Lokaal", "").replace("De sociale basis van", "")
    ], "another wijk's name in the wijk report"
    # the area total is not in it
    area_total = workbook_total(export.write_overview(demo_store, tmp_path / "a.xlsx", today=TODAY))
    assert euro(area_total["Maatschappelijke waarde (€)"]) not in whole


def test_every_wijk_report_fits_two_pages(demo_store, tmp_path):
    for code in {v.place.get("district") for v in export.load(demo_store).places}:
        pdf = area.write_report(demo_store, tmp_path / f"{code}.pdf", district=code)
        assert len(PdfReader(str(pdf)).pages) <= 2, code


def test_plek_summary_is_one_page_with_20_activities_and_signature_lines(store, tmp_path):
    pid = store.create(
        "place",
        {
            "name": "Huiskamer De Lange Lijst",
            "district": "spangen",
            "description": "Een plek met heel veel activiteiten. " * 8,
        },
    )
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2025-2026",
            "interviewer": "Fatima",
            "status": "afgenomen",
            "date": "2025-12-10",
            "volunteers_core": 5,
            "volunteers_regular": 10,
            "hours_per_week": 4,
        },
    )
    store.set_setting("round", "Nulmeting 2025-2026")
    for i in range(20):
        store.create(
            "activity",
            {
                "place_id": pid,
                "name": f"Activiteit nummer {i + 1}",
                "themes": ["ontmoeting-eenzaamheid", "taal"],
                "days": ["ma", "wo"],
                "start": "10:00",
                "end": "12:00",
                "frequency": "wekelijks",
                "participants": 10 + i,
                "run_by": "vrijwilligers",
                "public": True,
            },
        )
    out = place.write_place_report(store, tmp_path / "plek.pdf", pid[:8], today=TODAY)
    pages = text_of(out)
    assert len(pages) == 1 and fonts_embedded(out)
    text = pages[0]
    for i in range(20):
        assert f"Activiteit nummer {i + 1}" in text
    assert "Activiteiten (20)" in text and "en nog" not in text
    assert "Handtekening" in text and "Voor de plek" in text and "Buurtverbinder" in text
    assert "€ 69.000 per jaar" in text  # maatschappelijke waarde: 15 × 4 × 50 × 23


def test_cli_rapport(demo_store, tmp_path, capsys):
    path = demo_store.path
    demo_store.close()
    assert (
        main(
            [
                "--db",
                str(path),
                "settings",
                "--uurwaarde-bron",
                "Vervangingswaarde volgens de cao",
                "--minimumloon",
                "14,71",
            ]
        )
        == 0
    )
    assert main(["--db", str(path), "rapport", str(tmp_path / "r.pdf")]) == 0
    method = text_of(tmp_path / "r.pdf")[-1]
    assert "Bron: Vervangingswaarde volgens de cao" in method and "€ 14,71" in method
    assert (
        main(["--db", str(path), "rapport", str(tmp_path / "w.pdf"), "--wijk", "oud mathenesse"])
        == 0
    )
    assert "Oud-Mathenesse" in text_of(tmp_path / "w.pdf")[0]
    assert main(["--db", str(path), "rapport", str(tmp_path / "x.pdf"), "--wijk", "Atlantis"]) == 2
    assert (
        main(
            ["--db", str(path), "rapport", str(tmp_path / "x.pdf"), "--meetmoment", "Bestaat niet"]
        )
        == 2
    )
    assert main(["--db", str(path), "rapport", str(tmp_path / "x.pdf"), "--plek", "0000"]) == 2
    assert main(["--db", str(path), "rapport", str(tmp_path / "x.xlsx")]) == 2
    assert (
        main(["--db", str(path), "rapport", str(tmp_path / "x.pdf"), "--wijk", "witte dorp"]) == 2
    )  # a wijk without plekken in this demo
    empty = tmp_path / "leeg.sqlite"
    from nulmeting.store.store import open_store

    open_store(empty).close()  # an existing store without plekken
    assert main(["--db", str(empty), "rapport", str(tmp_path / "x.pdf")]) == 2
    missing = tmp_path / "weg" / "x.sqlite"  # a mistyped --db: refused, nothing created
    assert main(["--db", str(missing), "rapport", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists() and not missing.parent.exists()
    err = capsys.readouterr().err
    assert f"Het gegevensbestand {missing} bestaat niet" in err
    assert "geen bekende wijk" in err and "Bestaat niet" in err
    assert "In wijk Witte Dorp zijn (nog) geen plekken" in err
    assert "In deze opslag zijn (nog) geen plekken" in err


def test_growth_since_the_previous_meetmoment(store, tmp_path):
    from nulmeting.report.figures import growth_figures

    pid = store.create("place", {"name": "De Pit", "district": "spangen"})
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2025-2026",
            "date": "2025-12-10",
            "volunteers_regular": 10,
            "hours_per_week": 4,
        },
    )
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Vervolgmeting 2026-2027",
            "date": "2026-12-10",
            "volunteers_regular": 15,
            "hours_per_week": 4,
        },
    )
    assert growth_figures(store, "Nulmeting 2025-2026") is None
    g = growth_figures(store, "Vervolgmeting 2026-2027")
    assert g["previous"] == "Nulmeting 2025-2026"
    rows = {label: (before, now) for label, before, now, _ in g["rows"]}
    assert rows["Vrijwilligers"] == (10, 15)
    assert rows["Maatschappelijke waarde"] == (46_000, 69_000)
    store.set_setting("round", "Vervolgmeting 2026-2027")
    pdf = area.write_report(store, tmp_path / "g.pdf", today=TODAY)
    whole = "\n".join(text_of(pdf))
    assert "Groei sinds het vorige meetmoment" in whole and "+5 (+50%)" in whole


def test_workbook_opens_on_its_headline(demo_store, tmp_path):
    xlsx = export.write_overview(demo_store, tmp_path / "o.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames[0] == "Overzicht"
    ws = wb["Overzicht"]
    cells = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(1, 10)}
    assert "Nulmeting sociale basis Delfshaven" in cells
    assert cells["Meetmoment"] == "Nulmeting 2025-2026"
    assert cells["Datum"] == "1 december 2026"
    total = workbook_total(xlsx)
    assert cells["Maatschappelijke waarde per jaar"] == pytest.approx(
        total["Maatschappelijke waarde (€)"], abs=0.01
    )
    calc = [ws.cell(row=r, column=1).value for r in (7, 8)]
    assert calc[1].endswith(f"= {euro(total['Maatschappelijke waarde (€)'])} per jaar")
    assert " vrijwilligers × gemiddeld " in calc[0]


def test_network_figures_equal_the_workbooks_netwerkcijfers(demo_store, tmp_path):
    """The report's network section and the sheet Netwerkcijfers are the same figures, for the
    area and for a wijk (ties, ties with partners, loose groups, the bridges)."""
    import re

    xlsx = export.write_overview(demo_store, tmp_path / "o.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(xlsx)["Netwerkcijfers"]
    header = [c.value for c in ws[1]]
    sheet = {
        r[0]: dict(zip(header, r, strict=False))
        for r in ws.iter_rows(min_row=2, values_only=True)
        if r[0]
    }
    area_row = sheet["Gebied (totaal)"]
    pdf_text = " ".join(text_of(area.write_report(demo_store, tmp_path / "r.pdf", today=TODAY)))

    def shown(label):
        m = re.search(re.escape(label) + r"\s+([\d.]+)", pdf_text)
        assert m, label
        return int(m.group(1).replace(".", ""))

    assert shown("Relaties") == area_row["Relaties"] > 0
    assert shown("Losse groepen plekken") == area_row["Groepen (componenten)"]
    assert shown("Met partnerorganisaties") == area_row["Relaties met partners"]
    name, wijk_row = next((n, r) for n, r in sheet.items() if r is not area_row and r["Relaties"])
    wijk_pdf = " ".join(
        text_of(
            area.write_report(
                demo_store, tmp_path / "w.pdf", district=reference.match_district(name), today=TODAY
            )
        )
    )
    m = re.search(r"Relaties\s+([\d.]+)", wijk_pdf)
    assert m and int(m.group(1)) == wijk_row["Relaties"]


def test_growth_in_the_report_equals_the_groei_sheet(store, tmp_path):
    """After a vervolgmeting the report's growth table and the workbook's Groei sheet show the
    same figures (one rule for 'nog niet gemeten', one computation), for the area."""
    from nulmeting.report.figures import growth_figures

    demo.generate_two(store, 40, seed=5)  # two meetmomenten, the second one under way
    current = store.current_round
    xlsx = export.write_overview(store, tmp_path / "o.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(xlsx)["Groei"]
    header = [c.value for c in ws[1]]
    total = dict(
        zip(
            header,
            next(r for r in ws.iter_rows(values_only=True) if r[0] == "Totaal"),
            strict=False,
        )
    )
    g = growth_figures(store, current, today=TODAY)
    assert g is not None and g["current"] == current
    rows = {label: (before, now) for label, before, now, _ in g["rows"]}
    previous = g["previous"]
    assert rows["Plekken gemeten"] == (total[f"Plekken: {previous}"], total[f"Plekken: {current}"])
    assert rows["Vrijwilligers"] == (
        total[f"Vrijwilligers: {previous}"],
        total[f"Vrijwilligers: {current}"],
    )
    assert round(rows["Vrijwilligers"][1]) > 0
    pdf = " ".join(
        " ".join(text_of(area.write_report(store, tmp_path / "r.pdf", today=TODAY))).split()
    )
    assert "Groei sinds het vorige meetmoment" in pdf
    assert f"nog niet gemeten in {current}: {total['Nog niet gemeten']} (niet als nul" in pdf


def test_overzicht_lists_every_sheet_of_the_workbook(store, tmp_path):
    """'In dit bestand' names each sheet that follows, in order, with what it holds: after a
    vervolgmeting that includes Groei, Groei per plek and Netwerkcijfers."""
    demo.generate_two(store, 20, seed=7)
    xlsx = export.write_overview(store, tmp_path / "o.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(xlsx)
    rows = [r for r in wb["Overzicht"].iter_rows(values_only=True)]
    first = next(i for i, r in enumerate(rows) if r[0] == "In dit bestand") + 1
    listed = [r[0] for r in rows[first:] if r[0]]
    assert listed == wb.sheetnames[1:]
    assert {"Groei", "Groei per plek", "Netwerkcijfers"} <= set(listed)
    assert all(r[1] for r in rows[first : first + len(listed)])
