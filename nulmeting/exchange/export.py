"""The area-wide Excel overview (xlsx), for the whole store, one wijk, or one file per wijk.

The sheet and column layout is a contract (``docs/excel-layout.md``, in code
:mod:`nulmeting.exchange.xlsx_layout`): users build their own
spreadsheets on it. Written with xlsxwriter in ``constant_memory`` mode (rows stream to disk),
into a temporary file that replaces ``out`` only when complete, so a cancelled or failed export
leaves nothing half-written. Text is always written as text (never as a formula or a link).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nulmeting.domain import indicators, reference
from nulmeting.domain.errors import UserError
from nulmeting.domain.progress import Progress, report
from nulmeting.domain.settings import SETTINGS
from nulmeting.exchange.sheets import Sheet
from nulmeting.exchange.xlsx_layout import (
    ACTIVITIES_SHEET,
    AGENDA_SHEET,
    CONTACTS_SHEET,
    EXPLANATION_SHEET,
    FINANCE_SHEET,
    FORMATS,
    NETWORK_SHEET,
    PLACES_SHEET,
    SUMMARY_HEADERS,
    SUMMARY_SHEET,
    Column,
    place_columns,
    round_or_none,
)
from nulmeting.reading.overview import GROUP_ORDER, Overview, PlaceView, load, read
from nulmeting.store.store import Store

if TYPE_CHECKING:
    from nulmeting.reading.growth import Growth


def _day_names() -> dict[str, str]:
    """Day code → Dutch name, in week order: read on first use (cached by
    :func:`reference.options`), so importing this module reads no file."""
    return reference.options("dag")




# --------------------------------------------------------------------------- sheets


def _summary_rows(ov: Overview) -> list[list[Any]]:
    rows = []
    for d in [*ov.districts(), ov.total()]:
        rows.append([d.name, d.places, round(d.activities_per_week, 4),
                     round(d.participants_per_week, 4), d.volunteers, d.volunteer_hours,
                     round(d.societal_value, 2), round_or_none(d.structural_share, 4),
                     round(d.income, 2), round(d.total_costs, 2), round(d.paid_fte, 2),
                     d.interviewed, d.lights.get("groen", 0), d.lights.get("oranje", 0),
                     d.lights.get("rood", 0), d.lights.get("onbekend", 0), d.inhabitants,
                     d.not_measured])
    return rows


def _place_rows(ov: Overview, columns: list[Column]) -> Iterator[list[Any]]:
    getters = [c.get for c in columns]
    for view in ov.places:
        yield [g(view) if g else None for g in getters]


def _names(list_name: str, codes: list[str] | None) -> str | None:
    return "; ".join(reference.option_name(list_name, c) for c in codes) if codes else None


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("ja" if value else "nee")


def _activity_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [Column("Plek ID", "text", 38), Column("Plek", "text", 30),
               Column("Wijk", "text", 16), Column("Activiteit", "text", 26),
               Column("Thema", "text", 30), Column("Doelgroep", "text", 26),
               Column("Dagen", "text", 18), Column("Begin", "time", 8), Column("Eind", "time", 8),
               Column("Frequentie", "text", 12), Column("Keer per week", "dec2", 10),
               Column("Gemiddeld aantal deelnemers", "int", 12),
               Column("Deelnemers per week", "dec1", 12), Column("Uitgevoerd door", "text", 14),
               Column("Partners", "text", 20), Column("Openbaar in wijkagenda", "text", 10),
               Column("Activiteit ID", "text", 38)]
    day_names = _day_names()

    def rows() -> Iterator[list[Any]]:
        for a in sorted(ov.activities, key=lambda a: (order[a["place_id"]],
                                                       (a.get("name") or "").lower(), a["id"])):
            view = places[a["place_id"]]
            sessions = a["sessions_per_week"]
            yield [view.id, view.name, view.district_name, a.get("name"),
                   _names("thema", a.get("themes")), _names("doelgroep", a.get("target_groups")),
                   ", ".join(day_names.get(d, d) for d in a.get("days") or ()) or None,
                   _time(a.get("start")), _time(a.get("end")),
                   reference.option_name("frequentie", a.get("frequency")) or None,
                   round(sessions, 4), a.get("participants"),
                   round(sessions * (a.get("participants") or 0), 4),
                   reference.option_name("uitvoering", a.get("run_by")) or None,
                   a.get("partners"), _yes_no(a.get("public")), a["id"]]

    order = {pid: i for i, pid in enumerate(places)}
    return Sheet(ACTIVITIES_SHEET, columns, rows(), 2)


def _finance_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [Column("Plek ID", "text", 38), Column("Plek", "text", 30),
               Column("Wijk", "text", 16), Column("Meetmoment", "text", 20),
               Column("Boekjaar", "int_plain", 9), Column("Soort", "text", 11),
               Column("Bron", "text", 30), Column("Kostencategorie", "text", 24),
               Column("Omschrijving", "text", 26), Column("Bedrag (€)", "cents", 14),
               Column("Structureel", "text", 10), Column("Loopt tot", "date", 12)]
    order = {pid: i for i, pid in enumerate(places)}
    kinds = {"inkomsten": 0, "kosten": 1}

    def rows() -> Iterator[list[Any]]:
        for f in sorted(ov.finance_lines, key=lambda f: (order[f["place_id"]],
                                                         kinds.get(f.get("kind") or "", 2),
                                                         -(f.get("amount") or 0), f["id"])):
            view = places[f["place_id"]]
            interview = view.interview or {}
            yield [view.id, view.name, view.district_name, interview.get("round"),
                   interview.get("fiscal_year"),
                   reference.option_name("financiesoort", f.get("kind")) or None,
                   reference.option_name("inkomstenbron", f.get("source")) or None,
                   reference.option_name("kostencategorie", f.get("category")) or None,
                   f.get("description"), f.get("amount"), _yes_no(f.get("structural")),
                   f.get("ends_on")]

    return Sheet(FINANCE_SHEET, columns, rows(), 2)


def _network_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [Column("Plek ID", "text", 38), Column("Plek", "text", 30),
               Column("Wijk", "text", 16), Column("Soort", "text", 20),
               Column("Netwerk of partner", "text", 34), Column("Rol", "text", 12),
               Column("Soort relatie", "text", 20), Column("Sterkte (1-4)", "int", 10),
               Column("Toelichting", "text", 30), Column("Andere plek ID", "text", 38)]
    order = {pid: i for i, pid in enumerate(places)}

    def rows() -> Iterator[list[Any]]:
        for m in sorted(ov.memberships, key=lambda m: (order[m["place_id"]], m["id"])):
            view = places[m["place_id"]]
            yield [view.id, view.name, view.district_name, "Netwerklidmaatschap",
                   reference.option_name("netwerk", m.get("network")) or None,
                   reference.option_name("netwerkrol", m.get("role")) or None,
                   None, None, None, None]
        for t in sorted(ov.ties, key=lambda t: (order[t["place_id"]], t["id"])):
            view = places[t["place_id"]]
            other = t.get("other_place_id")
            yield [view.id, view.name, view.district_name, "Relatie",
                   ov.place_names.get(other, "(gearchiveerde plek)") if other
                   else t.get("partner"),
                   None, reference.option_name("relatietype", t.get("kind")) or None,
                   t.get("strength"), t.get("notes"), other]

    return Sheet(NETWORK_SHEET, columns, rows(), 2)


def _agenda_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [Column("Wijk", "text", 16), Column("Dag", "text", 11),
               Column("Begin", "time", 8), Column("Eind", "time", 8),
               Column("Activiteit", "text", 26), Column("Plek", "text", 30),
               Column("Adres", "text", 26), Column("Voor wie", "text", 26),
               Column("Thema", "text", 30), Column("Frequentie", "text", 12),
               Column("Uitgevoerd door", "text", 14), Column("Plek ID", "text", 38)]
    day_names = _day_names()
    day_order = {code: i for i, code in enumerate(day_names)}
    district_order = {pid: (v.place.get("district") or "~") for pid, v in places.items()}
    district_pos = {code: d.position for code, d in reference.districts().items()}

    def rows() -> Iterator[list[Any]]:
        items = [(a, day) for a in ov.activities if a.get("public")
                 for day in (a.get("days") or ())]
        items.sort(key=lambda x: (district_pos.get(district_order[x[0]["place_id"]], 10_000),
                                  day_order.get(x[1], 9), x[0].get("start") or "",
                                  (x[0].get("name") or "").lower(), x[0]["id"]))
        for a, day in items:
            view = places[a["place_id"]]
            yield [view.district_name, day_names.get(day, day), _time(a.get("start")),
                   _time(a.get("end")), a.get("name"), view.name, view.place.get("address"),
                   _names("doelgroep", a.get("target_groups")), _names("thema", a.get("themes")),
                   reference.option_name("frequentie", a.get("frequency")) or None,
                   reference.option_name("uitvoering", a.get("run_by")) or None, view.id]

    return Sheet(AGENDA_SHEET, columns, rows(), 2)


def _contact_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [Column("Plek ID", "text", 38), Column("Plek", "text", 30),
               Column("Wijk", "text", 16), Column("Naam", "text", 24), Column("Rol", "text", 16),
               Column("E-mail", "text", 28), Column("Telefoon", "text", 14),
               Column("Toestemming gegeven op", "date", 12),
               Column("Toestemming voor", "text", 26), Column("Bewaren tot", "date", 12)]
    order = {pid: i for i, pid in enumerate(places)}

    def rows() -> Iterator[list[Any]]:
        for c in sorted(ov.contacts, key=lambda c: (order[c["place_id"]], c["id"])):
            view = places[c["place_id"]]
            yield [view.id, view.name, view.district_name, c.get("name"), c.get("role"),
                   c.get("email"), c.get("phone"), c.get("consent_date"),
                   _names("toestemmingsdoel", c.get("consent_purposes")), c.get("keep_until")]

    return Sheet(CONTACTS_SHEET, columns, rows(), 2)


def _explanation_rows(ov: Overview, personal: bool) -> list[list[Any]]:
    t = indicators.THRESHOLDS
    scope = (f"Alleen wijk {reference.district_name(ov.district)}" if ov.district
             else "Alle wijken met plekken")
    rows: list[list[Any]] = [
        ["Exportdatum", ov.today, "Datum waarop dit bestand is gemaakt; ook de peildatum voor "
                                  "de financieringshorizon."],
        ["Meetmoment", ov.round or "(niet ingesteld)",
         "Per plek telt de meting van dit meetmoment, met de activiteiten, netwerken en "
         "relaties van dit meetmoment, zodra de plek hier gemeten is (zie Meetmomenten "
         "hieronder). Alleen als er geen meetmoment is ingesteld telt de laatste meting van "
         "elke plek (op datum). De kolom Meetmoment op het blad Plekken laat zien welke meting "
         "is gebruikt."],
        ["Omvang", scope, "Gearchiveerde (verwijderde) plekken en regels tellen niet mee."],
        ["Plekken", len(ov.places), "Aantal plekken in dit bestand."],
        ["Gegevens van buurtverbinders", ", ".join(ov.interviewers) or "(geen)",
         "Buurtverbinders van de metingen die in dit bestand meetellen."],
        ["Persoonsgegevens", "opgenomen (blad Contactpersonen)" if personal
         else "niet opgenomen",
         "Namen, telefoonnummers en e-mailadressen van contactpersonen staan alleen in het "
         "bestand als dat bij het exporteren uitdrukkelijk is gekozen (AVG)."
         if not personal else
         "Dit bestand bevat persoonsgegevens (AVG): deel het alleen met wie ze nodig heeft en "
         "bewaar het niet langer dan nodig."],
        [SETTINGS["hourly_value"].label_with("€ per uur"), ov.hourly_value,
         SETTINGS["hourly_value"].explanation],
        [SETTINGS["weeks_per_year"].label, ov.weeks_per_year,
         SETTINGS["weeks_per_year"].explanation],
        [None, None, None],
        ["Begrip", None, "Betekenis"],
        ["Vrijwilligers", None, "Kern + regulier + incidenteel, uit de meting die telt."],
        ["Vrijwilligersuren per jaar", None,
         "Vrijwilligers × uren per week (gemiddeld) × weken per jaar."],
        ["Maatschappelijke waarde (€)", None,
         "Vrijwilligersuren per jaar × uurwaarde. Het totaal is de som over de plekken."],
        ["Activiteiten per week", None,
         "Aantal keer per week dat activiteiten plaatsvinden: per gekozen dag wekelijks 1, "
         "2-wekelijks 0,5, maandelijks 12/52, seizoen 6/52, eenmalig 1/52."],
        ["Deelnemers per week", None, "Keer per week × gemiddeld aantal deelnemers."],
        ["Structurele financiering (%)", None,
         "Structurele inkomsten / alle inkomsten (per wijk: gewogen naar inkomsten)."],
        ["Concentratie inkomsten (Herfindahl)", None,
         "Som van de kwadraten van het aandeel van elke inkomstenbron; 1,00 = één financier."],
        ["Reserve (maanden)", None, "Vrije reserve / (totale lasten / 12)."],
        ["Financieringshorizon (maanden)", None,
         "Maanden tot de eerste grote inkomstenbron (≥ 20%) afloopt, gerekend vanaf de "
         "exportdatum; leeg als geen grote bron een einddatum heeft."],
        ["Exploitatiemarge (%)", None, "(Inkomsten − lasten) / inkomsten."],
        ["Tuckman-Chang-signalen", None,
         "Aantal van 4 signalen van financiële kwetsbaarheid (Tuckman & Chang, 1991): weinig "
         "eigen vermogen, geconcentreerde inkomsten, lage organisatiekosten, negatieve marge."],
        ["Stoplicht", None, indicators.LIGHT_RULE],
        ["Volledigheid (%)", None, "Deel van de altijd-te-stellen vragen dat is beantwoord."],
        ["Inkomstenmix", None,
         "Inkomsten per groep van bronnen (gemeente, woningcorporatie, welzijn en zorg, "
         "vermogensfondsen, eigen inkomsten, giften en sponsoring)."],
        [None, None, None],
        ["Drempel", None, "Waarde en betekenis (geen Nederlandse norm; eigen keuze)"],
    ]
    for key, (value, text) in t.items():
        rows.append([key, value, text])
    return rows


def build_sheets(ov: Overview, *, personal: bool = False, growth: Growth | None = None
                 ) -> list[Sheet]:
    """Every sheet of the overview, rows as lazily produced cell values (not yet written);
    with ``growth`` also the Groei sheets."""
    from nulmeting.exchange import growth_sheets

    places = {v.id: v for v in ov.places}
    summary_cols = [Column(h, f, w) for h, f, w in SUMMARY_HEADERS]
    sheets = [
        Sheet(SUMMARY_SHEET, summary_cols, _summary_rows(ov), 1),
        *([growth_sheets.growth_sheet(growth), growth_sheets.place_growth_sheet(growth)]
          if growth is not None else []),
        Sheet(PLACES_SHEET, place_columns(), _place_rows(ov, place_columns()), 2),
        _activity_sheet(ov, places),
        _finance_sheet(ov, places),
        _network_sheet(ov, places),
        _agenda_sheet(ov, places),
    ]
    if personal:
        sheets.append(_contact_sheet(ov, places))
    sheets.append(Sheet(EXPLANATION_SHEET, [Column("Onderwerp", "text", 36),
                                        Column("Waarde", "text", 28),
                                        Column("Toelichting", "text", 100)],
                        [*_explanation_rows(ov, personal),
                         *growth_sheets.explanation_rows(growth, ov.round, ov.frozen)], 1))
    return sheets


# --------------------------------------------------------------------------- writing


WORKBOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False,
                    "strings_to_urls": False, "strings_to_numbers": False}


def _write_sheet(wb: Any, sheet: Sheet, formats: dict[str, Any], header: Any,
                 progress: Progress | None, done: list[int], total: int) -> tuple[Any, int]:
    ws = wb.add_worksheet(sheet.name)
    fmts = [formats[c.fmt] for c in sheet.columns]
    for c, col in enumerate(sheet.columns):
        ws.set_column(c, c, col.width, fmts[c] if col.fmt not in {"text"} else None)
    ws.set_row(0, sheet.header_height)
    for c, col in enumerate(sheet.columns):
        ws.write_string(0, c, col.header, header)
    r = 0
    for r, row in enumerate(sheet.rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            t = type(value)
            if t is str:
                ws.write_string(r, c, value)
            elif t is int or t is float:
                ws.write_number(r, c, value, fmts[c])
            elif t is bool:
                ws.write_string(r, c, "ja" if value else "nee")
            else:
                fmt = fmts[c] if sheet.columns[c].fmt in {"date", "time"} else (
                    formats["time"] if t is dt.time else formats["date"])
                ws.write_datetime(r, c, value, fmt)
        if r % 2000 == 0:
            done[0] += 2000
            report(progress, min(done[0], total), total, f"Blad {sheet.name}: {r} rijen")
    ws.freeze_panes(1, sheet.freeze_cols)
    ws.autofilter(0, 0, max(r, 1), len(sheet.columns) - 1)
    ws.set_paper(9)  # A4
    ws.set_landscape()
    ws.repeat_rows(0)
    ws.fit_to_pages(1, 0)
    return ws, r


def _add_summary_charts(wb: Any, ws: Any, ov: Overview, first_row: int, formats: dict[str, Any],
                        header: Any) -> None:
    """The income-mix table below the summary, and the two charts beside the summary."""
    districts = ov.districts()
    n = len(districts)
    # income mix table (constant_memory: rows below everything written so far)
    groups = [g for g in GROUP_ORDER if any(d.income_by_group.get(g) for d in districts)]
    title_row = first_row
    ws.write_string(title_row, 0, "Inkomstenmix per wijk (€)", formats["bold"])
    ws.set_row(title_row + 1, 45)
    ws.write_string(title_row + 1, 0, "Wijk", header)
    for c, g in enumerate(groups, start=1):
        ws.write_string(title_row + 1, c, g, header)
    for r, d in enumerate(districts, start=title_row + 2):
        ws.write_string(r, 0, d.name)
        for c, g in enumerate(groups, start=1):
            ws.write_number(r, c, round(d.income_by_group.get(g, 0.0), 2), formats["euro"])

    value = wb.add_chart({"type": "column"})
    value.add_series({
        "name": "Maatschappelijke waarde (€)",
        "categories": [SUMMARY_SHEET, 1, 0, n, 0],
        "values": [SUMMARY_SHEET, 1, 6, n, 6],
        "fill": {"color": "#2E7D5B"},
        "data_labels": {"value": True, "num_format": '"€" #,##0', "font": {"size": 8}},
    })
    value.set_title({"name": "Maatschappelijke waarde per wijk (€ per jaar)",
                     "name_font": {"size": 11}})
    value.set_legend({"none": True})
    value.set_y_axis({"num_format": '"€" #,##0', "major_gridlines": {"visible": True}})
    value.set_x_axis({"num_font": {"rotation": -45}})
    value.set_size({"width": 620, "height": 340})
    # beside the income-mix table (visible on the first screen; the summary itself is wide)
    chart_col = len(groups) + 2
    ws.insert_chart(title_row, chart_col, value, {"x_offset": 10, "y_offset": 5})

    if groups:
        mix = wb.add_chart({"type": "column", "subtype": "percent_stacked"})
        colors = ["#1F5F8B", "#E07B39", "#7A5195", "#2E7D5B", "#F2C14E", "#C0504D", "#999999"]
        for c in range(1, len(groups) + 1):
            mix.add_series({
                "name": [SUMMARY_SHEET, title_row + 1, c],
                "categories": [SUMMARY_SHEET, title_row + 2, 0, title_row + 1 + n, 0],
                "values": [SUMMARY_SHEET, title_row + 2, c, title_row + 1 + n, c],
                "fill": {"color": colors[(c - 1) % len(colors)]},
                "gap": 60,
            })
        mix.set_title({"name": "Inkomstenmix per wijk (aandeel van de inkomsten)",
                       "name_font": {"size": 11}})
        mix.set_legend({"position": "bottom"})
        mix.set_y_axis({"num_format": "0%"})
        mix.set_x_axis({"num_font": {"rotation": -45}})
        mix.set_size({"width": 620, "height": 380})
        ws.insert_chart(title_row, chart_col, mix, {"x_offset": 650, "y_offset": 5})


def write_sheets(sheets: list[Sheet], out: Path, ov: Overview,
                 progress: Progress | None = None) -> Path:
    """Write ``sheets`` to ``out`` atomically (a temporary file renamed when complete)."""
    import xlsxwriter

    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=".xlsx", prefix=".nulmeting-", dir=out.parent)
    except OSError as exc:
        raise UserError(f"In de map {out.parent} kan niet geschreven worden "
                        f"({exc.strerror}). Kies een andere map.") from None
    os.close(fd)
    tmp = Path(tmp_name)
    total = len(ov.places) * 2 + len(ov.activities) * 3 + len(ov.finance_lines) + 100
    done = [0]
    try:
        wb = xlsxwriter.Workbook(str(tmp), WORKBOOK_OPTIONS)
        wb.set_properties({"title": "Nulmeting sociale basis: overzicht",
                           "subject": f"Meetmoment {ov.round}".strip(),
                           "author": "Nulmeting", "comments": "Gemaakt met Nulmeting"})
        formats = {k: wb.add_format({"num_format": v} if v else {})
                   for k, v in FORMATS.items()}
        formats["int_plain"] = wb.add_format({"num_format": "0"})
        formats["bold"] = wb.add_format({"bold": True, "font_size": 12})
        header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                "bg_color": "#DDEBF7", "bottom": 1})
        total_fmt = {k: wb.add_format({"bold": True, "top": 1,
                                       **({"num_format": v} if v else {})})
                     for k, v in FORMATS.items()}
        for sheet in sheets:
            report(progress, min(done[0], total), total, f"Blad {sheet.name} schrijven")
            if sheet.name == SUMMARY_SHEET:
                rows = list(sheet.rows)
                # the Totaal row in bold: write the rows ourselves, then the mix and charts
                body = Sheet(sheet.name, sheet.columns, rows[:-1], sheet.freeze_cols)
                ws, last = _write_sheet(wb, body, formats, header, progress, done, total)
                tr = last + 1
                for c, value in enumerate(rows[-1]):
                    fmt = total_fmt[sheet.columns[c].fmt]
                    if isinstance(value, str):
                        ws.write_string(tr, c, value, fmt)
                    elif value is None:
                        ws.write_blank(tr, c, None, fmt)
                    else:
                        ws.write_number(tr, c, value, fmt)
                ws.autofilter(0, 0, max(last, 1), len(sheet.columns) - 1)
                ws.fit_to_pages(1, 1)
                _add_summary_charts(wb, ws, ov, tr + 3, formats, header)
            else:
                _write_sheet(wb, sheet, formats, header, progress, done, total)
        report(progress, total, total, "Bestand afronden")
        wb.close()
        try:
            os.replace(tmp, out)
        except PermissionError:  # Windows: the old overview is still open in Excel
            raise UserError(f"{out.name} kan niet overschreven worden. Is het bestand nog open "
                            "in Excel? Sluit het en probeer het opnieuw.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def resolve_district(name: str) -> str:
    """Wijk code for a name typed by a person, or a Dutch :class:`UserError`."""
    code = reference.match_district(name)
    if code is None:
        known = ", ".join(d.name for d in reference.districts().values()
                          if d.area == "delfshaven")
        raise UserError(f"'{name}' is geen bekende wijk. Bekende wijken zijn onder andere: "
                        f"{known}.")
    return code


def resolve_rounds(store: Store, round_name: str | None, compare: str | None
                   ) -> tuple[str, str | None]:
    """The meetmoment to export (default: the current one) and the one to compare it with
    (default: the one before it; none for the first), or a Dutch :class:`UserError`."""
    from nulmeting.store import meetmoment

    with store.read() as conn:
        known = meetmoment.names(conn, store.current_round)
    name = store.current_round if round_name is None else round_name
    for asked in (round_name, compare):
        if asked is not None and asked not in known:
            raise UserError(f"Meetmoment '{asked}' bestaat niet. Bestaande meetmomenten: "
                            f"{', '.join(known) or 'geen'}.")
    if compare is not None and compare == name:
        raise UserError("Vergelijk met een ander meetmoment dan het geëxporteerde.")
    if compare is None and name in known and known.index(name) > 0:
        compare = known[known.index(name) - 1]
    return name, compare


def write_overview(store: Store, out: Path, *, district: str | None = None,
                   personal: bool = False, progress: Progress | None = None,
                   today: dt.date | None = None, round_name: str | None = None,
                   compare: str | None = None) -> Path:
    """The overview workbook of a meetmoment (default: the current one) for the whole store,
    or one wijk (name or code, matched forgivingly), with the Groei sheets against ``compare``
    (default: the meetmoment before). Returns ``out``. ``progress`` may raise ``Cancelled``:
    nothing is written."""
    from nulmeting.reading.growth import compare as compare_overviews

    code = resolve_district(district) if district else None
    name, earlier = resolve_rounds(store, round_name, compare)
    report(progress, 0, 0, "Gegevens lezen")
    ov = load(store, district=code, today=today, round_name=name)
    growth = None
    if earlier is not None:
        growth = compare_overviews(load(store, district=code, today=today, round_name=earlier),
                                   ov)
    return write_sheets(build_sheets(ov, personal=personal, growth=growth), Path(out), ov,
                        progress)


def safe_filename(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_()" else "_" for ch in name).strip()
    return keep or "wijk"


def write_per_district(store: Store, out_dir: Path, *, personal: bool = False,
                       progress: Progress | None = None, today: dt.date | None = None,
                       round_name: str | None = None, compare: str | None = None
                       ) -> list[Path]:
    """One workbook per wijk that has plekken, named after the wijk (``Middelland.xlsx``)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} is een bestand, geen map.")
    from nulmeting.reading.growth import compare as compare_overviews

    name, earlier = resolve_rounds(store, round_name, compare)
    report(progress, 0, 0, "Gegevens lezen")
    rows = read(store, name)  # once, not once per wijk
    earlier_rows = read(store, earlier) if earlier is not None else None
    whole = load(store, today=today, rows=rows)
    codes = [d.code for d in whole.districts() if d.code]
    paths = []
    for i, code in enumerate(codes):
        name = reference.district_name(code)
        report(progress, i, len(codes), f"Wijk {name}")
        ov = load(store, district=code, today=today, rows=rows)
        growth = compare_overviews(load(store, district=code, today=today, rows=earlier_rows),
                                   ov) if earlier_rows is not None else None
        paths.append(write_sheets(build_sheets(ov, personal=personal, growth=growth),
                                  out_dir / f"{safe_filename(name)}.xlsx", ov))
    report(progress, len(codes), len(codes), "Klaar")
    return paths
