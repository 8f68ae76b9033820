"""The area-wide Excel overview (xlsx), for the whole store, one wijk, or one file per wijk.

The sheet and column layout is a contract (``docs/excel-layout.md``, in code
:mod:`nulmeting.exchange.xlsx_layout`): users build their own spreadsheets on it. Written with xlsxwriter in ``constant_memory`` mode (rows stream to disk),
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
    NETWORK_FIGURES_SHEET,
    NETWORK_SHEET,
    OVERVIEW_SHEET,
    PLACES_PRINTED,
    PLACES_SHEET,
    SUMMARY_HEADERS,
    SUMMARY_SHEET,
    Column,
    place_columns,
    round_or_none,
)
from nulmeting.network.figures import NetworkFigures, network_figures
from nulmeting.reading.overview import GROUP_ORDER, Overview, PlaceView, load, read
from nulmeting.report.dutch import long_date
from nulmeting.report.figures import Headline, threshold_rows
from nulmeting.store import leftovers
from nulmeting.store.store import Store

if TYPE_CHECKING:
    from nulmeting.reading.growth import Growth


def _day_names() -> dict[str, str]:
    """Day code → Dutch name, in week order: read on first use (cached by
    :func:`reference.options`), so importing this module reads no file."""
    return reference.options("dag")


# --------------------------------------------------------------------------- sheets


def _summary_rows(ov: Overview) -> list[list[Any]]:
    """One row per wijk, then Totaal; a one-wijk file has only its wijk's row (the Totaal
    would repeat it)."""
    rows = []
    for d in ov.districts() + ([] if ov.district else [ov.total()]):
        rows.append(
            [
                d.name,
                d.places,
                round(d.activities_per_week, 4),
                round(d.participants_per_week, 4),
                d.volunteers,
                d.volunteer_hours,
                round(d.societal_value, 2),
                round_or_none(d.structural_share, 4),
                round(d.income, 2),
                round(d.total_costs, 2),
                round(d.paid_fte, 2),
                d.interviewed,
                d.lights.get("groen", 0),
                d.lights.get("oranje", 0),
                d.lights.get("rood", 0),
                d.lights.get("onbekend", 0),
                d.inhabitants,
                d.not_measured,
            ]
        )
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
    columns = [
        Column("Plek", "text", 30),
        Column("Wijk", "text", 16),
        Column("Activiteit", "text", 26),
        Column("Thema", "text", 30),
        Column("Doelgroep", "text", 26),
        Column("Dagen", "text", 18),
        Column("Begin", "time", 8),
        Column("Eind", "time", 8),
        Column("Frequentie", "text", 12),
        Column("Keer per week", "dec2", 10),
        Column("Gemiddeld aantal deelnemers", "int", 12),
        Column("Deelnemers per week", "dec1", 12),
        Column("Uitgevoerd door", "text", 14),
        Column("Partners", "text", 20),
        Column("Openbaar in wijkagenda", "text", 12),
        Column("Plek ID", "text", 38),
        Column("Activiteit ID", "text", 38),
    ]
    day_names = _day_names()

    def rows() -> Iterator[list[Any]]:
        for a in sorted(
            ov.activities,
            key=lambda a: (order[a["place_id"]], (a.get("name") or "").lower(), a["id"]),
        ):
            view = places[a["place_id"]]
            sessions = a["sessions_per_week"]
            yield [
                view.name,
                view.district_name,
                a.get("name"),
                _names("thema", a.get("themes")),
                _names("doelgroep", a.get("target_groups")),
                ", ".join(day_names.get(d, d) for d in a.get("days") or ()) or None,
                _time(a.get("start")),
                _time(a.get("end")),
                reference.option_name("frequentie", a.get("frequency")) or None,
                round(sessions, 4),
                a.get("participants"),
                round(sessions * (a.get("participants") or 0), 4),
                reference.option_name("uitvoering", a.get("run_by")) or None,
                a.get("partners"),
                _yes_no(a.get("public")),
                view.id,
                a["id"],
            ]

    order = {pid: i for i, pid in enumerate(places)}
    return Sheet(ACTIVITIES_SHEET, columns, rows(), 1, print_columns=15)


def _finance_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [
        Column("Plek", "text", 30),
        Column("Wijk", "text", 16),
        Column("Meetmoment", "text", 20),
        Column("Boekjaar", "int_plain", 9),
        Column("Soort", "text", 11),
        Column("Bron", "text", 30),
        Column("Kostencategorie", "text", 24),
        Column("Omschrijving", "text", 26),
        Column("Bedrag (€)", "cents", 14),
        Column("Structureel", "text", 12),
        Column("Loopt tot", "date", 12),
        Column("Plek ID", "text", 38),
    ]
    order = {pid: i for i, pid in enumerate(places)}
    kinds = {"inkomsten": 0, "kosten": 1}

    def rows() -> Iterator[list[Any]]:
        for f in sorted(
            ov.finance_lines,
            key=lambda f: (
                order[f["place_id"]],
                kinds.get(f.get("kind") or "", 2),
                -(f.get("amount") or 0),
                f["id"],
            ),
        ):
            view = places[f["place_id"]]
            interview = view.interview or {}
            yield [
                view.name,
                view.district_name,
                interview.get("round"),
                interview.get("fiscal_year"),
                reference.option_name("financiesoort", f.get("kind")) or None,
                reference.option_name("inkomstenbron", f.get("source")) or None,
                reference.option_name("kostencategorie", f.get("category")) or None,
                f.get("description"),
                f.get("amount"),
                _yes_no(f.get("structural")),
                f.get("ends_on"),
                view.id,
            ]

    return Sheet(FINANCE_SHEET, columns, rows(), 1, print_columns=11)


def _network_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [
        Column("Plek", "text", 30),
        Column("Wijk", "text", 16),
        Column("Soort", "text", 20),
        Column("Netwerk of partner", "text", 34),
        Column("Rol", "text", 12),
        Column("Soort relatie", "text", 20),
        Column("Sterkte (1-4)", "int", 10),
        Column("Toelichting", "text", 30),
        Column("Plek ID", "text", 38),
        Column("Andere plek ID", "text", 38),
    ]
    order = {pid: i for i, pid in enumerate(places)}

    def rows() -> Iterator[list[Any]]:
        for m in sorted(ov.memberships, key=lambda m: (order[m["place_id"]], m["id"])):
            view = places[m["place_id"]]
            yield [
                view.name,
                view.district_name,
                "Netwerklidmaatschap",
                reference.option_name("netwerk", m.get("network")) or None,
                reference.option_name("netwerkrol", m.get("role")) or None,
                None,
                None,
                None,
                view.id,
                None,
            ]
        for t in sorted(ov.ties, key=lambda t: (order[t["place_id"]], t["id"])):
            view = places[t["place_id"]]
            other = t.get("other_place_id")
            yield [
                view.name,
                view.district_name,
                "Relatie",
                ov.place_names.get(other, "(gearchiveerde plek)") if other else t.get("partner"),
                None,
                reference.option_name("relatietype", t.get("kind")) or None,
                t.get("strength"),
                t.get("notes"),
                view.id,
                other,
            ]

    return Sheet(NETWORK_SHEET, columns, rows(), 1, print_columns=8)


def _agenda_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [
        Column("Wijk", "text", 16),
        Column("Dag", "text", 11),
        Column("Begin", "time", 8),
        Column("Eind", "time", 8),
        Column("Activiteit", "text", 26),
        Column("Plek", "text", 30),
        Column("Adres", "text", 26),
        Column("Voor wie", "text", 26),
        Column("Thema", "text", 30),
        Column("Frequentie", "text", 12),
        Column("Uitgevoerd door", "text", 14),
        Column("Plek ID", "text", 38),
    ]
    day_names = _day_names()
    day_order = {code: i for i, code in enumerate(day_names)}
    district_order = {pid: (v.place.get("district") or "~") for pid, v in places.items()}
    district_pos = {code: d.position for code, d in reference.districts().items()}

    def rows() -> Iterator[list[Any]]:
        items = [
            (a, day) for a in ov.activities if a.get("public") for day in (a.get("days") or ())
        ]
        items.sort(
            key=lambda x: (
                district_pos.get(district_order[x[0]["place_id"]], 10_000),
                day_order.get(x[1], 9),
                x[0].get("start") or "",
                (x[0].get("name") or "").lower(),
                x[0]["id"],
            )
        )
        for a, day in items:
            view = places[a["place_id"]]
            yield [
                view.district_name,
                day_names.get(day, day),
                _time(a.get("start")),
                _time(a.get("end")),
                a.get("name"),
                view.name,
                view.place.get("address"),
                _names("doelgroep", a.get("target_groups")),
                _names("thema", a.get("themes")),
                reference.option_name("frequentie", a.get("frequency")) or None,
                reference.option_name("uitvoering", a.get("run_by")) or None,
                view.id,
            ]

    return Sheet(AGENDA_SHEET, columns, rows(), 2, print_columns=11)


def _contact_sheet(ov: Overview, places: dict[str, PlaceView]) -> Sheet:
    columns = [
        Column("Plek", "text", 30),
        Column("Wijk", "text", 16),
        Column("Naam", "text", 24),
        Column("Rol", "text", 16),
        Column("E-mail", "text", 28),
        Column("Telefoon", "text", 14),
        Column("Toestemming gegeven op", "date", 12),
        Column("Toestemming voor", "text", 26),
        Column("Bewaren tot", "date", 12),
        Column("Plek ID", "text", 38),
    ]
    order = {pid: i for i, pid in enumerate(places)}

    def rows() -> Iterator[list[Any]]:
        for c in sorted(ov.contacts, key=lambda c: (order[c["place_id"]], c["id"])):
            view = places[c["place_id"]]
            yield [
                view.name,
                view.district_name,
                c.get("name"),
                c.get("role"),
                c.get("email"),
                c.get("phone"),
                c.get("consent_date"),
                _names("toestemmingsdoel", c.get("consent_purposes")),
                c.get("keep_until"),
                view.id,
            ]

    return Sheet(CONTACTS_SHEET, columns, rows(), 1, print_columns=9)


def _network_explanation() -> list[list[Any]]:
    from nulmeting.network.sheet import EXPLANATION

    return [[term, None, text] for term, text in EXPLANATION]


def _explanation_rows(ov: Overview, personal: bool, reason: str = "") -> list[list[Any]]:
    scope = (
        f"Alleen wijk {reference.district_name(ov.district)}"
        if ov.district
        else "Alle wijken met plekken"
    )
    rows: list[list[Any]] = [
        [
            "Exportdatum",
            ov.today,
            "Datum waarop dit bestand is gemaakt; ook de peildatum voor de financieringshorizon.",
        ],
        [
            "Meetmoment",
            ov.round or "(niet ingesteld)",
            "Per plek telt de meting van dit meetmoment. Heeft een plek geen meting van dit "
            "meetmoment (of is er geen meetmoment ingesteld), dan telt de laatste meting van die "
            "plek (op datum). De kolom "
            "Meetmoment op het blad Plekken laat zien welke meting is gebruikt.",
        ],
        ["Omvang", scope, "Gearchiveerde (verwijderde) plekken en regels tellen niet mee."],
        [PLACES_SHEET, len(ov.places), "Aantal plekken in dit bestand."],
        [
            "Gegevens van buurtverbinders",
            ", ".join(ov.interviewers) or "(geen)",
            "Buurtverbinders van de metingen die in dit bestand meetellen.",
        ],
        [
            "Persoonsgegevens",
            "opgenomen (blad Contactpersonen)" if personal else "niet opgenomen",
            "Namen, telefoonnummers en e-mailadressen van contactpersonen staan alleen in het "
            "bestand als dat bij het exporteren uitdrukkelijk is gekozen (AVG)."
            if not personal
            else (f"Reden: {reason.strip().rstrip('.')}. " if reason.strip() else "")
            + "Dit bestand bevat persoonsgegevens (AVG): deel het alleen met wie ze nodig heeft en "
            "bewaar het niet langer dan nodig.",
        ],
        [
            SETTINGS["hourly_value"].label_with("€ per uur"),
            ov.hourly_value,
            f"{SETTINGS['hourly_value'].explanation} Bron: {ov.hourly_value_source}",
        ],
        [
            SETTINGS["minimum_wage"].label_with("€ per uur"),
            ov.minimum_wage,
            SETTINGS["minimum_wage"].explanation,
        ],
        [
            SETTINGS["weeks_per_year"].label,
            ov.weeks_per_year,
            SETTINGS["weeks_per_year"].explanation,
        ],
        [None, None, None],
        ["Begrip", None, "Betekenis"],
        ["Vrijwilligers", None, "Kern + regulier + incidenteel, uit de meting die telt."],
        [
            "Vrijwilligersuren per jaar",
            None,
            "Vrijwilligers × uren per week (gemiddeld) × weken per jaar.",
        ],
        [
            "Maatschappelijke waarde (€)",
            None,
            "Vrijwilligersuren per jaar × uurwaarde. Het totaal is de som over de plekken.",
        ],
        [
            "Activiteiten per week",
            None,
            "Aantal keer per week dat activiteiten plaatsvinden: per gekozen dag wekelijks 1, "
            "2-wekelijks 0,5, maandelijks 12/52, seizoen 6/52, eenmalig 1/52.",
        ],
        ["Deelnemers per week", None, "Keer per week × gemiddeld aantal deelnemers."],
        *_network_explanation(),
        [
            "Structurele financiering (%)",
            None,
            "Structurele inkomsten / alle inkomsten (per wijk: gewogen naar inkomsten).",
        ],
        [
            "Concentratie inkomsten (Herfindahl)",
            None,
            "Som van de kwadraten van het aandeel van elke inkomstenbron; 1,00 = één financier.",
        ],
        ["Reserve (maanden)", None, "Vrije reserve / (totale lasten / 12)."],
        [
            "Financieringshorizon (maanden)",
            None,
            "Maanden tot de eerste grote inkomstenbron (≥ 20%) afloopt, gerekend vanaf de "
            "exportdatum; leeg als geen grote bron een einddatum heeft.",
        ],
        ["Exploitatiemarge (%)", None, "(Inkomsten − lasten) / inkomsten."],
        [
            "Tuckman-Chang-signalen",
            None,
            "Aantal van 4 signalen van financiële kwetsbaarheid (Tuckman & Chang, 1991): weinig "
            "eigen vermogen, geconcentreerde inkomsten, lage organisatiekosten, negatieve marge.",
        ],
        ["Stoplicht", None, indicators.LIGHT_RULE],
        ["Volledigheid (%)", None, "Deel van de altijd-te-stellen vragen dat is beantwoord."],
        [
            "Inkomstenmix",
            None,
            "Inkomsten per groep van bronnen (gemeente, woningcorporatie, welzijn en zorg, "
            "vermogensfondsen, eigen inkomsten, giften en sponsoring).",
        ],
        [None, None, None],
        ["Controle bij binnenkomst", None, TRUST_RULE],
        ["Herkomst van wijzigingen", None, ORIGIN_RULE],
        [None, None, None],
        ["Drempel", "Waarde", "Betekenis (geen Nederlandse norm; eigen keuze)"],
    ]
    rows += [list(r) for r in threshold_rows()]
    return rows


#: The one rule for changes that arrive (README, "Wat binnenkomt wordt gecontroleerd").
TRUST_RULE = (
    "Elke wijziging die binnenkomt (teambestand of server) wordt gecontroleerd zoals het "
    "formulier dat doet: soort, keuzelijst, bereik en grootte van de waarde, het id (een "
    "vingerafdruk van de inhoud) en de voorgangers (van hetzelfde gegeven en veld). Een "
    "teambestand met één ongeldige wijziging wordt helemaal geweigerd: er wordt niets "
    "samengevoegd en de reden en de eerste rijen worden genoemd. Ongeldige rijen op de server "
    "worden apart gezet: bewaard, genoemd bij het synchroniseren, nooit toegepast; de rest komt "
    "wel binnen. Dit overzicht bevat dus alleen gecontroleerde waarden."
)
ORIGIN_RULE = (
    "Bij elke ontvangen wijziging bewaart de laptop waar die vandaan kwam: welk teambestand of "
    "welke serverlogin ('nulmeting history PLEK'). Dat zegt wie de wijziging aanleverde, niet "
    "wie haar schreef: de naam van de buurtverbinder in een wijziging is geen handtekening."
)


def _network_figures_sheet(network: NetworkFigures, district: str | None) -> Sheet:
    from nulmeting.network import sheet

    return Sheet(
        NETWORK_FIGURES_SHEET,
        [Column(h, f, w) for h, f, w in sheet.COLUMNS],
        sheet.rows(network, district),
        1,
    )


def build_sheets(
    ov: Overview,
    *,
    personal: bool = False,
    network: NetworkFigures | None = None,
    growth: Growth | None = None,
    reason: str = "",
) -> list[Sheet]:
    """Every sheet of the overview, rows as lazily produced cell values (not yet written).
    ``network``: the network figures (:func:`nulmeting.network.figures.network_figures`) for the
    sheet Netwerkcijfers; without them that sheet is left out. ``growth``: the Groei sheets
    (:func:`nulmeting.reading.growth.compare`)."""
    from nulmeting.exchange import growth_sheets

    places = {v.id: v for v in ov.places}
    summary_cols = [Column(h, f, w) for h, f, w in SUMMARY_HEADERS]
    sheets = [
        Sheet(SUMMARY_SHEET, summary_cols, _summary_rows(ov), 1),
        *(
            [growth_sheets.growth_sheet(growth), growth_sheets.place_growth_sheet(growth)]
            if growth is not None
            else []
        ),
        Sheet(
            PLACES_SHEET,
            place_columns(),
            _place_rows(ov, place_columns()),
            1,
            print_columns=PLACES_PRINTED,
        ),
        _activity_sheet(ov, places),
        _finance_sheet(ov, places),
        _network_sheet(ov, places),
        *([_network_figures_sheet(network, ov.district)] if network is not None else []),
        _agenda_sheet(ov, places),
    ]
    if personal:
        sheets.append(_contact_sheet(ov, places))
    sheets.append(
        Sheet(
            EXPLANATION_SHEET,
            [
                Column("Onderwerp", "wrap", 36),
                Column("Waarde", "wrap", 28),
                Column("Toelichting", "wrap", 100),
            ],
            [
                *_explanation_rows(ov, personal, reason),
                *growth_sheets.explanation_rows(growth, ov.round, ov.frozen),
            ],
            1,
        )
    )
    return sheets


# --------------------------------------------------------------------------- writing


WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def header_width(header: str, width: float) -> float:
    """``width``, widened so the header's longest word fits on a line (bold): a header is never
    broken in the middle of a word."""
    longest = max((len(w) for w in header.split()), default=0)
    return max(width, round(longest * 1.15 + 1.5, 1))


def header_lines(header: str, width: float) -> int:
    """Lines the header wraps to in a column of ``width`` characters (greedy, by words)."""
    room, lines, used = width / 1.15 - 1, 1, 0.0
    for word in header.split():
        need = len(word) + (1 if used else 0)
        if used and used + need > room:
            lines, used = lines + 1, float(len(word))
        else:
            used += need
    return lines


#: Column width (Excel characters) that prints on one A4 landscape page at about 80%: wider
#: sheets print on several pages side by side, with their first column repeated.
PAGE_WIDTH = 190


def print_setup(
    ws: Any,
    widths: list[float],
    *,
    repeat_cols: int = 1,
    portrait: bool = False,
    print_columns: int | None = None,
    last_row: int | None = None,
) -> None:
    """A4, header row on every page, fit to as many pages wide as keep the type legible."""
    ws.set_paper(9)
    if portrait:
        ws.set_portrait()
    else:
        ws.set_landscape()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.repeat_rows(0)
    n = print_columns or len(widths)
    if print_columns and last_row is not None:
        ws.print_area(0, 0, max(last_row, 1), n - 1)
    total = sum(widths[:n])
    page = PAGE_WIDTH * (0.72 if portrait else 1.0)
    pages = max(1, -(-int(total) // int(page)))
    if pages > 1 and repeat_cols:
        ws.repeat_columns(0, repeat_cols - 1)
    ws.fit_to_pages(pages, 0)
    ws.set_footer("&L&8&A&R&8pagina &P van &N")


def _write_sheet(
    wb: Any,
    sheet: Sheet,
    formats: dict[str, Any],
    header: Any,
    progress: Progress | None,
    done: list[int],
    total: int,
) -> tuple[Any, int]:
    ws = wb.add_worksheet(sheet.name)
    fmts = [formats[c.fmt] for c in sheet.columns]
    widths = [header_width(col.header, col.width) for col in sheet.columns]
    for c, col in enumerate(sheet.columns):
        ws.set_column(c, c, widths[c], fmts[c] if col.fmt != "text" else None)
    lines = max(header_lines(col.header, w) for col, w in zip(sheet.columns, widths, strict=True))
    ws.set_row(0, max(15 * lines + 3, 18))
    for c, col in enumerate(sheet.columns):
        ws.write_string(0, c, col.header, header)
    wrapped = [c for c, col in enumerate(sheet.columns) if col.fmt == "wrap"]
    # xlsxwriter's undecorated writers: the public ones first check for A1 notation (a try
    # and an int() per cell), which costs seconds on a store's millions of cells
    write_string = getattr(ws, "_write_string", ws.write_string)
    write_number = getattr(ws, "_write_number", ws.write_number)
    write_datetime = getattr(ws, "_write_datetime", ws.write_datetime)
    r = 0
    for r, row in enumerate(sheet.rows, start=1):
        if wrapped:  # a spreadsheet does not grow rows it reads: give wrapped text its lines
            lines = max(
                -(-len(str(row[c] or "")) // max(int(widths[c] * 1.05), 1)) for c in wrapped
            )
            if lines > 1:
                ws.set_row(r, 15 * lines)
        for c, value in enumerate(row):
            if value is None:
                continue
            t = type(value)
            if t is str:
                write_string(r, c, value)
            elif t is int or t is float:
                write_number(r, c, value, fmts[c])
            elif t is bool:
                write_string(r, c, "ja" if value else "nee")
            else:
                fmt = (
                    fmts[c]
                    if sheet.columns[c].fmt in {"date", "time"}
                    else (formats["time"] if t is dt.time else formats["date"])
                )
                write_datetime(r, c, value, fmt)
        if r % 2000 == 0:
            done[0] += 2000
            report(progress, min(done[0], total), total, f"Blad {sheet.name}: {r} rijen")
    ws.freeze_panes(1, sheet.freeze_cols)
    ws.autofilter(0, 0, max(r, 1), len(sheet.columns) - 1)
    print_setup(
        ws,
        widths,
        repeat_cols=max(sheet.freeze_cols, 1),
        portrait=sheet.portrait,
        print_columns=sheet.print_columns,
        last_row=r,
    )
    return ws, r


#: What each sheet holds, for the Overzicht's list "In dit bestand" (in the workbook's order).
SHEET_CONTENTS: dict[str, str] = {
    "Samenvatting": "de wijken naast elkaar, inkomstenmix en grafieken",
    "Groei": "groei sinds het vorige meetmoment, per wijk en totaal",
    "Groei per plek": "groei sinds het vorige meetmoment, per plek",
    "Plekken": "één rij per plek met alle gegevens en kengetallen",
    "Activiteiten": "alle activiteiten",
    "Financiën": "inkomsten- en kostenregels",
    "Netwerk": "netwerklidmaatschappen en relaties",
    "Netwerkcijfers": "relaties, dichtheid en bruggen per wijk en voor het gebied",
    "Contactpersonen": "persoonsgegevens van contactpersonen (alleen met toestemming)",
    "Wijkagenda": "openbare activiteiten per dag",
    "Toelichting": "betekenis van elk kengetal, de stoplichtregel en de drempels",
}


def _write_front_sheet(
    wb: Any, ov: Overview, formats: dict[str, Any], sheet_names: list[str]
) -> None:
    """``Overzicht``: title, meetmoment, date, the headline figures and the value's calculation
    in the first rows: what a council member reads first; then the sheets that follow."""
    total = ov.total()
    h = Headline(
        total.places,
        total.activities_per_week,
        total.participants_per_week,
        total.volunteers,
        total.volunteer_hours,
        total.societal_value,
        ov.hourly_value,
        ov.weeks_per_year,
        ov.minimum_wage,
    )
    ws = wb.add_worksheet(OVERVIEW_SHEET)
    ws.hide_gridlines(2)
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 52)
    f = {
        "title": wb.add_format({"bold": True, "font_size": 18, "font_color": "#1F5F8B"}),
        "label": wb.add_format({"font_color": "#555555", "valign": "top"}),
        "text": wb.add_format({"valign": "top"}),
        "big": wb.add_format(
            {
                "bold": True,
                "font_size": 18,
                "font_color": "#2E7D5B",
                "num_format": '"€" #,##0',
                "align": "left",
            }
        ),
        "big_label": wb.add_format({"bold": True, "font_size": 12, "valign": "vcenter"}),
        "calc": wb.add_format({"font_size": 12}),
        "muted": wb.add_format({"font_color": "#555555", "text_wrap": True, "valign": "top"}),
        "fig": wb.add_format(
            {"bold": True, "font_size": 12, "num_format": "#,##0", "align": "left"}
        ),
        "head": wb.add_format({"bold": True, "font_size": 12, "font_color": "#1F5F8B"}),
        "euro": wb.add_format({"num_format": '"€" #,##0.00', "align": "left", "valign": "top"}),
        "num": wb.add_format({"num_format": "#,##0", "align": "left", "valign": "top"}),
    }
    scope = f"wijk {reference.district_name(ov.district)}" if ov.district else "alle wijken"
    title = (
        "Nulmeting sociale basis Delfshaven"
        if not ov.district
        else f"Nulmeting sociale basis: {reference.district_name(ov.district)}"
    )
    ws.set_row(0, 28)
    ws.write_string(0, 0, title, f["title"])
    ws.write_string(1, 0, "Meetmoment", f["label"])
    ws.write_string(1, 1, ov.round or "(niet ingesteld)", f["text"])
    ws.write_string(2, 0, "Datum", f["label"])
    ws.write_string(2, 1, long_date(ov.today), f["text"])
    ws.write_string(3, 0, "Omvang", f["label"])
    ws.write_string(3, 1, scope, f["text"])
    ws.set_row(5, 30)
    ws.write_string(5, 0, "Maatschappelijke waarde per jaar", f["big_label"])
    ws.write_number(5, 1, round(h.societal_value, 2), f["big"])
    calc = h.calculation()
    ws.write_string(6, 0, calc[0], f["calc"])
    ws.write_string(7, 0, calc[1], f["calc"])
    ws.write_string(8, 0, h.lower_bound(), f["calc"])
    rows = [
        ("Plekken", h.places),
        ("Activiteiten per week", round(h.activities_per_week, 1)),
        ("Deelnemers per week", round(h.participants_per_week)),
        ("Vrijwilligers", h.volunteers),
        ("Vrijwilligersuren per jaar", round(h.volunteer_hours)),
    ]
    ws.write_string(10, 0, "Kerncijfers", f["head"])
    for i, (label, value) in enumerate(rows, start=11):
        ws.write_string(i, 0, label, f["label"])
        ws.write_number(i, 1, value, f["fig"])
    r = 11 + len(rows) + 1
    ws.write_string(r, 0, "Hoe de waarde berekend is", f["head"])
    method = [
        (
            "Uurwaarde (€ per uur)",
            ov.hourly_value,
            f["euro"],
            f"Instelling. Bron: {ov.hourly_value_source}",
        ),
        (
            "Minimumuurloon (€ per uur)",
            ov.minimum_wage,
            f["euro"],
            "Ondergrens: dezelfde uren tegen het wettelijk minimumuurloon.",
        ),
        (
            "Weken per jaar",
            ov.weeks_per_year,
            f["num"],
            "Weken per jaar waarin vrijwilligers actief zijn (instelling).",
        ),
    ]
    for i, (label, value, fmt, text) in enumerate(method, start=r + 1):
        ws.set_row(i, 45 if len(text) > 70 else None)
        ws.write_string(i, 0, label, f["label"])
        ws.write_number(i, 1, value, fmt)
        ws.write_string(i, 2, text, f["muted"])
    r += len(method) + 2
    ws.write_string(r, 0, "In dit bestand", f["head"])
    sheets = [(name, SHEET_CONTENTS.get(name, "")) for name in sheet_names]
    if ov.district and sheets and sheets[0][0] == "Samenvatting":
        sheets[0] = ("Samenvatting", "de cijfers van de wijk, inkomstenmix en grafieken")
    for i, (name, text) in enumerate(sheets, start=r + 1):
        ws.write_string(i, 0, name, f["text"])
        ws.write_string(i, 1, text, f["text"])
    ws.set_paper(9)
    ws.set_portrait()
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 1)
    ws.activate()


def _add_summary_charts(
    wb: Any, ws: Any, ov: Overview, first_row: int, formats: dict[str, Any], header: Any
) -> None:
    """The income-mix table below the summary, and the two charts below it (in the first
    columns, so they print whole on the first page)."""
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
        if c < len(SUMMARY_HEADERS):  # the group's name fits without breaking a word
            _, fmt, width = SUMMARY_HEADERS[c]
            ws.set_column(
                c,
                c,
                max(header_width(SUMMARY_HEADERS[c][0], width), header_width(g, 0)),
                formats[fmt] if fmt != "text" else None,
            )
    for r, d in enumerate(districts, start=title_row + 2):
        ws.write_string(r, 0, d.name)
        for c, g in enumerate(groups, start=1):
            ws.write_number(r, c, round(d.income_by_group.get(g, 0.0), 2), formats["euro"])

    chart_row = title_row + 3 + n
    if ov.district:
        _add_district_charts(wb, ws, ov, title_row, chart_row, groups)
        return
    value = wb.add_chart({"type": "column"})
    value.add_series(
        {
            "name": "Maatschappelijke waarde (€)",
            "categories": [SUMMARY_SHEET, 1, 0, n, 0],
            "values": [SUMMARY_SHEET, 1, 6, n, 6],
            "fill": {"color": "#2E7D5B"},
            "data_labels": {"value": True, "num_format": '"€" #,##0', "font": {"size": 8}},
        }
    )
    value.set_title(
        {"name": "Maatschappelijke waarde per wijk (€ per jaar)", "name_font": {"size": 11}}
    )
    value.set_legend({"none": True})
    value.set_y_axis({"num_format": '"€" #,##0', "major_gridlines": {"visible": True}})
    value.set_x_axis({"num_font": {"rotation": -45}})
    value.set_size({"width": 620, "height": 340})
    ws.insert_chart(chart_row, 0, value, {"x_offset": 5, "y_offset": 5})

    if groups:
        mix = wb.add_chart({"type": "column", "subtype": "percent_stacked"})
        colors = ["#1F5F8B", "#E07B39", "#7A5195", "#2E7D5B", "#F2C14E", "#C0504D", "#999999"]
        for c in range(1, len(groups) + 1):
            mix.add_series(
                {
                    "name": [SUMMARY_SHEET, title_row + 1, c],
                    "categories": [SUMMARY_SHEET, title_row + 2, 0, title_row + 1 + n, 0],
                    "values": [SUMMARY_SHEET, title_row + 2, c, title_row + 1 + n, c],
                    "fill": {"color": colors[(c - 1) % len(colors)]},
                    "gap": 60,
                }
            )
        mix.set_title(
            {"name": "Inkomstenmix per wijk (aandeel van de inkomsten)", "name_font": {"size": 11}}
        )
        mix.set_legend({"position": "bottom"})
        mix.set_y_axis({"num_format": "0%"})
        mix.set_x_axis({"num_font": {"rotation": -45}})
        mix.set_size({"width": 620, "height": 380})
        ws.insert_chart(chart_row, 0, mix, {"x_offset": 5, "y_offset": 360})


def _add_district_charts(
    wb: Any, ws: Any, ov: Overview, title_row: int, chart_row: int, groups: list[str]
) -> None:
    """A one-wijk file: the value per plek (from the Plekken sheet) and the wijk's income mix
    as a pie, instead of one-bar charts."""
    n = len(ov.places)
    columns = [c.header for c in place_columns()]
    name_col, value_col = columns.index("Naam"), columns.index("Maatschappelijke waarde (€)")
    value = wb.add_chart({"type": "bar"})
    value.add_series(
        {
            "name": "Maatschappelijke waarde (€)",
            "categories": [PLACES_SHEET, 1, name_col, n, name_col],
            "values": [PLACES_SHEET, 1, value_col, n, value_col],
            "fill": {"color": "#2E7D5B"},
            "gap": 40,
            "data_labels": {"value": True, "num_format": '"€" #,##0', "font": {"size": 8}},
        }
    )
    value.set_title(
        {"name": "Maatschappelijke waarde per plek (€ per jaar)", "name_font": {"size": 11}}
    )
    value.set_legend({"none": True})
    value.set_x_axis({"num_format": '"€" #,##0', "major_gridlines": {"visible": True}})
    value.set_y_axis({"reverse": True})
    height = max(260, 60 + 22 * n)
    value.set_size({"width": 620, "height": height})
    ws.insert_chart(chart_row, 0, value, {"x_offset": 5, "y_offset": 5})
    if groups:
        pie = wb.add_chart({"type": "pie"})
        colors = ["#1F5F8B", "#E07B39", "#7A5195", "#2E7D5B", "#F2C14E", "#C0504D", "#999999"]
        pie.add_series(
            {
                "name": "Inkomstenmix",
                "categories": [SUMMARY_SHEET, title_row + 1, 1, title_row + 1, len(groups)],
                "values": [SUMMARY_SHEET, title_row + 2, 1, title_row + 2, len(groups)],
                "points": [
                    {"fill": {"color": colors[i % len(colors)]}} for i in range(len(groups))
                ],
                "data_labels": {"percentage": True, "font": {"size": 8}},
            }
        )
        pie.set_title(
            {"name": "Inkomstenmix (aandeel van de inkomsten)", "name_font": {"size": 11}}
        )
        pie.set_legend({"position": "right"})
        pie.set_size({"width": 480, "height": 300})
        ws.insert_chart(chart_row, 0, pie, {"x_offset": 5, "y_offset": height + 20})


def write_sheets(
    sheets: list[Sheet], out: Path, ov: Overview, progress: Progress | None = None
) -> Path:
    """Write ``sheets`` to ``out`` atomically (a temporary file renamed when complete)."""
    import xlsxwriter

    out = Path(out)
    if out.is_dir():
        raise UserError(
            f"{out} is een map; geef de naam van het Excel-bestand (bijvoorbeeld "
            f"{out / 'overzicht.xlsx'})."
        )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        leftovers.clean(out.parent, ".nulmeting-*.xlsx", headers=[b"PK"])
        fd, tmp_name = tempfile.mkstemp(suffix=".xlsx", prefix=".nulmeting-", dir=out.parent)
    except OSError as exc:
        raise UserError(_write_failed(out, exc)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    total = len(ov.places) * 2 + len(ov.activities) * 3 + len(ov.finance_lines) + 100
    done = [0]
    try:
        wb = xlsxwriter.Workbook(str(tmp), WORKBOOK_OPTIONS)
        wb.set_properties(
            {
                "title": "Nulmeting sociale basis: overzicht",
                "subject": f"Meetmoment {ov.round}".strip(),
                "author": "Nulmeting",
                "comments": "Gemaakt met Nulmeting",
            }
        )
        formats = {k: wb.add_format({"num_format": v} if v else {}) for k, v in FORMATS.items()}
        formats["int_plain"] = wb.add_format({"num_format": "0"})
        formats["wrap"] = wb.add_format({"text_wrap": True, "valign": "top"})
        formats["bold"] = wb.add_format({"bold": True, "font_size": 12})
        header = wb.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "bottom": 1}
        )
        total_fmt = {
            k: wb.add_format({"bold": True, "top": 1, **({"num_format": v} if v else {})})
            for k, v in FORMATS.items()
        }
        _write_front_sheet(wb, ov, formats, [sheet.name for sheet in sheets])
        for sheet in sheets:
            report(progress, min(done[0], total), total, f"Blad {sheet.name} schrijven")
            if sheet.name == SUMMARY_SHEET and ov.district:
                # one wijk: its row, no Totaal repeating it; charts per plek (below)
                ws, last = _write_sheet(wb, sheet, formats, header, progress, done, total)
                _add_summary_charts(wb, ws, ov, last + 3, formats, header)
            elif sheet.name == SUMMARY_SHEET:
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
                _add_summary_charts(wb, ws, ov, tr + 3, formats, header)
            else:
                _write_sheet(wb, sheet, formats, header, progress, done, total)
        report(progress, total, total, "Bestand afronden")
        try:
            wb.close()
            os.replace(tmp, out)
        except PermissionError:  # Windows: the old overview is still open in Excel
            raise UserError(
                f"{out.name} kan niet overschreven worden. Is het bestand nog open "
                "in Excel? Sluit het en probeer het opnieuw."
            ) from None
        except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
            raise UserError(_write_failed(out, exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _write_failed(out: Path, exc: BaseException) -> str:
    """Dutch reason an export could not be written (a full disk, a read-only folder)."""
    import errno

    error = exc if isinstance(exc, OSError) else getattr(exc, "__context__", None) or exc
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC:
        return (
            f"{out.name} kan niet geschreven worden: de schijf is vol. Maak ruimte vrij en "
            "probeer het opnieuw; er is niets veranderd."
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"{out.name} kan niet geschreven worden: in de map {out.parent} mag niet "
            "geschreven worden (alleen-lezen). Kies een andere map."
        )
    reason = getattr(error, "strerror", None) or str(error)
    return f"{out.name} kan niet geschreven worden ({reason}). Kies een andere map."


def resolve_district(name: str) -> str:
    """Wijk code for a name typed by a person, or a Dutch :class:`UserError`."""
    code = reference.match_district(name)
    if code is None:
        known = ", ".join(d.name for d in reference.districts().values() if d.area == "delfshaven")
        raise UserError(
            f"'{name}' is geen bekende wijk. Bekende wijken zijn onder andere: {known}."
        )
    return code


def resolve_rounds(
    store: Store, round_name: str | None, compare: str | None
) -> tuple[str, str | None]:
    """The meetmoment to export (default: the current one) and the one to compare it with
    (default: the one before it; none for the first), or a Dutch :class:`UserError`."""
    from nulmeting.store import meetmoment

    with store.read() as conn:
        known = meetmoment.names(conn, store.current_round)
    name = store.current_round if round_name is None else round_name
    for asked in (round_name, compare):
        if asked is not None and asked not in known:
            raise UserError(
                f"Meetmoment '{asked}' bestaat niet. Bestaande meetmomenten: "
                f"{', '.join(known) or 'geen'}."
            )
    if compare is not None and compare == name:
        raise UserError("Vergelijk met een ander meetmoment dan het geëxporteerde.")
    if compare is None and name in known and known.index(name) > 0:
        compare = known[known.index(name) - 1]
    return name, compare


def write_overview(
    store: Store,
    out: Path,
    *,
    district: str | None = None,
    personal: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
    round_name: str | None = None,
    compare: str | None = None,
    reason: str = "",
) -> Path:
    """The overview workbook of a meetmoment (default: the current one) for the whole store,
    or one wijk (name or code, matched forgivingly), with the Groei sheets against ``compare``
    (default: the meetmoment before). Returns ``out``. ``progress`` may raise ``Cancelled``:
    nothing is written. ``reason``: why personal data is included (on the Toelichting sheet)."""
    from nulmeting.reading.growth import compare as compare_overviews

    code = resolve_district(district) if district else None
    name, earlier = resolve_rounds(store, round_name, compare)
    report(progress, 0, 0, "Gegevens lezen")
    ov = load(store, district=code, today=today, round_name=name)
    growth = None
    if earlier is not None:
        growth = compare_overviews(load(store, district=code, today=today, round_name=earlier), ov)
    report(progress, 0, 0, "Netwerkcijfers berekenen")
    network = network_figures(store, name or None)
    return write_sheets(
        build_sheets(ov, personal=personal, network=network, growth=growth, reason=reason),
        Path(out),
        ov,
        progress,
    )


def safe_filename(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_()" else "_" for ch in name).strip()
    return keep or "wijk"


def write_per_district(
    store: Store,
    out_dir: Path,
    *,
    personal: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
    round_name: str | None = None,
    compare: str | None = None,
    reason: str = "",
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
    report(progress, 0, 0, "Netwerkcijfers berekenen")
    network = network_figures(store)  # the area's network: centrality is measured in it
    paths = []
    for i, code in enumerate(codes):
        name = reference.district_name(code)
        report(progress, i, len(codes), f"Wijk {name}")
        ov = load(store, district=code, today=today, rows=rows)
        growth = (
            compare_overviews(load(store, district=code, today=today, rows=earlier_rows), ov)
            if earlier_rows is not None
            else None
        )
        paths.append(
            write_sheets(
                build_sheets(ov, personal=personal, network=network, growth=growth, reason=reason),
                out_dir / f"{safe_filename(name)}.xlsx",
                ov,
            )
        )
    report(progress, len(codes), len(codes), "Klaar")
    return paths
