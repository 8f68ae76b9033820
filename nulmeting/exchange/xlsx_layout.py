"""The Excel overview's layout contract: sheet names and the columns of the ``Plekken`` sheet.

``docs/excel-layout.md`` documents it for users who build their own spreadsheets on it. The
writer (:mod:`nulmeting.exchange.export`) fills it and the importer
(:mod:`nulmeting.exchange.importer`) reads it back, so both depend on this module, not on each
other: a column's header, format and width and, for an importable column, the field it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nulmeting.domain import reference
from nulmeting.domain.fields import BOOKKEEPING_FIELDS, FieldDef, fields
from nulmeting.reading.overview import PlaceView

#: Sheet names, in the workbook's order.
OVERVIEW_SHEET = "Overzicht"  # title, meetmoment, date, the headline and its calculation
SUMMARY_SHEET = "Samenvatting"
PLACES_SHEET = "Plekken"
ACTIVITIES_SHEET = "Activiteiten"
FINANCE_SHEET = "Financiën"
NETWORK_SHEET = "Netwerk"
NETWORK_FIGURES_SHEET = "Netwerkcijfers"  # columns: nulmeting.network.sheet.COLUMNS
AGENDA_SHEET = "Wijkagenda"
CONTACTS_SHEET = "Contactpersonen"  # only with personal data
EXPLANATION_SHEET = "Toelichting"

# number formats (Excel format codes are locale-neutral: a Dutch Excel shows 1.234,5)
FORMATS = {
    "text": None,
    "int": "#,##0",
    "dec1": "#,##0.0",
    "dec2": "#,##0.00",
    "euro": '"€" #,##0',
    "cents": '"€" #,##0.00',
    "pct": "0%",
    "pct1": "0.0%",
    "date": "dd-mm-yyyy",
    "time": "hh:mm",
}


@dataclass(frozen=True)
class Column:
    header: str
    fmt: str = "text"
    width: float = 14
    get: Callable[[Any], Any] | None = None
    entity: str | None = None  # importable column: field of this entity ...
    field: str | None = None  # ... with this name


# --------------------------------------------------------------------------- display values


def display(fd: FieldDef, value: Any) -> Any:
    """Cell value of a stored field value: names for codes, ja/nee, dates as dates."""
    if value is None or value == []:
        return None
    kind = fd.kind
    if kind == "choice":
        return reference.option_name(fd.options or "", value)
    if kind == "multi":
        return "; ".join(reference.option_name(fd.options or "", v) for v in value)
    if kind == "district":
        return reference.district_name(value)
    if kind == "bool":
        return "ja" if value else "nee"
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


KIND_FORMAT = {
    "int": "int",
    "year": "text",
    "float": "dec2",
    "hours": "dec1",
    "money": "euro",
    "date": "date",
}
KIND_WIDTH = {
    "longtext": 40,
    "multi": 30,
    "date": 12,
    "bool": 10,
    "money": 14,
    "int": 10,
    "year": 10,
    "hours": 10,
    "float": 10,
}


def field_column(
    entity: str, name: str, header: str | None = None, width: float | None = None
) -> Column:
    fd = fields(entity)[name]

    def get(view: PlaceView) -> Any:
        if (
            entity != "place"
            and not view.counted
            and name not in {"status", "round", "interviewer", "date"}
        ):
            return None  # nog niet gemeten: never last year's carried-over figures
        record = view.place if entity == "place" else (view.interview or {})
        return display(fd, record.get(name))

    fmt = KIND_FORMAT.get(fd.kind, "text")
    if fd.kind == "year":
        fmt = "int_plain"
    return Column(header or fd.label, fmt, width or KIND_WIDTH.get(fd.kind, 18), get, entity, name)


def sus_attr(attr: str) -> Callable[[PlaceView], Any]:
    def get(view: PlaceView) -> Any:
        s = view.figures.sustainability
        return getattr(s, attr) if s is not None else None

    return get


def round_or_none(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def place_columns() -> list[Column]:
    """Columns of the ``Plekken`` sheet, in contract order (also what the importer reads)."""
    first = [
        field_column("place", "name", "Naam", 32),
        field_column("place", "district", "Wijk", 16),
        field_column("place", "types", "Type", 28),
        field_column("place", "address", "Adres", 28),
        field_column("place", "postcode", "Postcode", 10),
        field_column("place", "legal_form", "Rechtsvorm", 22),
        Column(
            "Vrijwilligers",
            "int",
            12,
            lambda v: v.figures.volunteers if v.interview and v.counted else None,
            "interview",
            "volunteers_total",
        ),
        field_column("interview", "hours_per_week", "Uren per week (gemiddeld)", 12),
        field_column("interview", "paid_fte", "Betaalde krachten (fte)", 12),
        field_column("interview", "status", "Metingstatus", 14),
        Column(
            "Meetmoment", "text", 22, lambda v: (v.interview or {}).get("round")
        ),  # which meting is shown: read-only
        field_column("interview", "interviewer", "Buurtverbinder", 18),
        field_column("interview", "date", "Datum meting", 12),
        Column("Volledigheid (%)", "pct", 12, lambda v: round(v.figures.completeness, 4)),
        Column("Vrijwilligersuren per jaar", "int", 14, lambda v: v.figures.volunteer_hours),
        Column("Maatschappelijke waarde (€)", "euro", 16, lambda v: v.figures.societal_value),
        Column(
            "Activiteiten per week", "dec1", 12, lambda v: round(v.figures.activities_per_week, 4)
        ),
        Column(
            "Deelnemers per week", "dec1", 12, lambda v: round(v.figures.participants_per_week, 4)
        ),
        Column("Totale inkomsten (€)", "euro", 14, lambda v: v.figures.income),
        Column("Structurele inkomsten (€)", "euro", 14, lambda v: v.figures.structural_income),
        Column(
            "Structurele financiering (%)",
            "pct",
            14,
            lambda v: round_or_none(sus_attr("structural_share")(v), 4),
        ),
        Column(
            "Concentratie inkomsten (Herfindahl)",
            "dec2",
            14,
            lambda v: round_or_none(sus_attr("concentration")(v), 4),
        ),
        Column(
            "Reserve (maanden)",
            "dec1",
            11,
            lambda v: round_or_none(sus_attr("reserve_months")(v), 2),
        ),
        Column(
            "Financieringshorizon (maanden)",
            "dec1",
            14,
            lambda v: round_or_none(sus_attr("horizon_months")(v), 2),
        ),
        Column(
            "Exploitatiemarge (%)",
            "pct",
            12,
            lambda v: round_or_none(sus_attr("operating_margin")(v), 4),
        ),
        Column("Tuckman-Chang-signalen", "int", 12, sus_attr("tuckman_chang_flags")),
        Column(
            "Signalen",
            "text",
            30,
            lambda v: (
                "; ".join(v.figures.sustainability.signals) if v.figures.sustainability else None
            ),
        ),
        Column(
            "Stoplicht",
            "text",
            10,
            lambda v: v.figures.sustainability.light if v.figures.sustainability else "onbekend",
        ),
    ]
    taken = {(c.entity, c.field) for c in first} | {("place", "id")}
    rest = [
        field_column(entity, name)
        for entity in ("place", "interview")
        for name in fields(entity)
        if name not in {*BOOKKEEPING_FIELDS, "place_id", "round"} and (entity, name) not in taken
    ]
    tail = [
        Column("Netwerken", "text", 30, lambda v: "; ".join(v.figures.networks) or None),
        Column("Aantal activiteiten", "int", 10, lambda v: v.figures.activities),
        Column("ID", "text", 38, lambda v: v.id, "place", "id"),  # at the right end
    ]
    columns = first + rest + tail
    headers = [c.header for c in columns]
    assert len(headers) == len(set(headers)), "kolomkoppen moeten uniek zijn"
    return columns


#: Plekken prints its first columns (Naam … Stoplicht: who, where, the figures); the other
#: columns are for the screen and for import.
PLACES_PRINTED = 28

SUMMARY_HEADERS = [
    ("Wijk", "text", 20),
    ("Plekken", "int", 9),
    ("Activiteiten per week", "dec1", 12),
    ("Deelnemers per week", "int", 12),
    ("Vrijwilligers", "int", 12),
    ("Vrijwilligersuren per jaar", "int", 14),
    ("Maatschappelijke waarde (€)", "euro", 16),
    ("Structurele financiering (%)", "pct", 13),
    ("Totale inkomsten (€)", "euro", 14),
    ("Totale lasten (€)", "euro", 14),
    ("Betaalde krachten (fte)", "dec1", 11),
    ("Plekken met afgenomen meting", "int", 12),
    ("Stoplicht groen", "int", 10),
    ("Stoplicht oranje", "int", 10),
    ("Stoplicht rood", "int", 10),
    ("Stoplicht onbekend", "int", 10),
    ("Inwoners (2018)", "int", 11),
    ("Nog niet gemeten", "int", 10),
]
