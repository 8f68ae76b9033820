"""The Groei sheets of the Excel overview: a meetmoment against the one before it.

``Groei``: a row per wijk and a row Totaal; per measure the earlier value, the later value and the
index (earlier = 100). ``Groei per plek``: the same per plek, with whether it was measured.
The counting rule (:mod:`nulmeting.growth`) is written in the Toelichting.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nulmeting.exchange.sheets import Sheet
from nulmeting.exchange.xlsx_layout import Column
from nulmeting.reading.growth import MEASURES, Growth, GrowthRow, Measures, PlaceGrowth


def _round(value: Any, attr: str) -> Any:
    if value is None:
        return None
    if attr == "structural_share":
        return round(value, 4)
    return round(value, 2) if isinstance(value, float) else value


def _measure_columns(prev: str, cur: str, both: bool = False) -> list[Column]:
    cols = []
    for _attr, label, fmt in MEASURES:
        cols += [
            Column(f"{label}: {prev}", fmt, 14),
            Column(f"{label}: {cur}", fmt, 14),
            Column(f"{label}: index", "dec1", 10),
        ]
        if both:
            cols.append(Column(f"{label}: index gelijke plekken", "dec1", 11))
    return cols


def growth_sheet(g: Growth) -> Sheet:
    prev, cur = g.previous_round, g.current_round
    columns = [
        Column("Wijk", "text", 20),
        Column(f"Plekken: {prev}", "int", 13),
        Column(f"Plekken: {cur}", "int", 13),
        Column("Plekken: index", "dec1", 10),
        Column("Nieuwe plekken", "int", 10),
        Column("Gestopte plekken", "int", 10),
        Column("Nog niet gemeten", "int", 10),
        Column("Activiteiten voortgezet", "int", 11),
        Column("Activiteiten nieuw", "int", 11),
        Column("Activiteiten gestopt", "int", 11),
        *_measure_columns(prev, cur, both=True),
    ]

    def row(r: GrowthRow) -> list[Any]:
        out: list[Any] = [
            r.name,
            r.previous.places,
            r.current.places,
            r.index("places"),
            r.new,
            r.stopped,
            r.not_measured,
            r.activities_kept,
            r.activities_new,
            r.activities_stopped,
        ]
        for attr, _label, _fmt in MEASURES:
            out += [
                _round(r.value("previous", attr), attr),
                _round(r.value("current", attr), attr),
                r.index(attr),
                r.index_both(attr),
            ]
        return out

    return Sheet("Groei", columns, [row(r) for r in [*g.districts, g.total]], 1)


def place_growth_sheet(g: Growth) -> Sheet:
    prev, cur = g.previous_round, g.current_round
    columns = [
        Column("Wijk", "text", 16),
        Column("Plek", "text", 30),
        Column(f"Stand: {prev}", "text", 16),
        Column(f"Stand: {cur}", "text", 16),
        *_measure_columns(prev, cur),
        Column("ID", "text", 38),
    ]

    def side(m: Measures | None, attr: str) -> Any:
        return None if m is None else _round(getattr(m, attr), attr)

    def rows() -> Iterator[list[Any]]:
        p: PlaceGrowth
        for p in g.places:
            out: list[Any] = [
                p.district_name,
                p.name,
                p.previous_state or "(niet in meetmoment)",
                p.current_state or "(niet in meetmoment)",
            ]
            for attr, _label, _fmt in MEASURES:
                out += [side(p.previous, attr), side(p.current, attr), p.index(attr)]
            out.append(p.id)
            yield out

    return Sheet("Groei per plek", columns, rows(), 2)


def explanation_rows(g: Growth | None, current: str, frozen: bool) -> list[list[Any]]:
    rows: list[list[Any]] = [
        [None, None, None],
        ["Meetmomenten", None, "Betekenis"],
        [
            "Gemeten",
            current,
            "Een plek telt in een meetmoment mee zodra daar een van haar cijfers is ingevuld, "
            "geïmporteerd of bevestigd (ook 'ongewijzigd' bevestigen telt), of haar meting "
            "afgenomen of gecontroleerd is. Tot dan is de plek 'nog niet gemeten': zij telt niet "
            "mee — nooit als nul, en nooit met de cijfers van vorig jaar die bij de start van de "
            "vervolgmeting zijn overgenomen. Samenvatting en Groei tellen op dezelfde manier.",
        ],
        [
            "Gestopt",
            None,
            "Een plek die gearchiveerd is of waarvan de meting de status "
            "'gestopt' heeft, telt niet meer mee.",
        ],
        [
            "Vastgesteld",
            "ja" if frozen else "nee",
            "Een vastgesteld meetmoment wordt getoond zoals het stond toen het werd vastgesteld, "
            "wat er daarna ook verandert of wordt samengevoegd; corrigeren kan alleen na "
            "heropenen, met een reden die in de geschiedenis bewaard blijft.",
        ],
    ]
    if g is not None:
        rows += [
            [
                "Groei: vergeleken met",
                g.previous_round,
                "Het blad Groei vergelijkt dit meetmoment met het vorige: per wijk en in totaal "
                "beide waarden en de index (vorige = 100). Per plek op het blad Groei per plek.",
            ],
            ["Nieuwe plekken", None, "Tellen nu mee, maar in het vorige meetmoment niet."],
            [
                "Gestopte plekken",
                None,
                "Telden in het vorige meetmoment mee en zijn nu gestopt of gearchiveerd.",
            ],
            [
                "Nog niet gemeten",
                None,
                "Plekken die nu nog niet gemeten zijn; hun cijfers "
                "ontbreken nog in de kolommen van dit meetmoment.",
            ],
            [
                "Index gelijke plekken",
                None,
                "De index over alleen de plekken die in beide meetmomenten gemeten zijn: de groei "
                "van dezelfde plekken, ook zolang de vervolgmeting nog loopt.",
            ],
            [
                "Activiteiten voortgezet / nieuw / gestopt",
                None,
                "Een overgenomen activiteit verwijst naar die van vorig jaar: voortgezet. Zonder "
                "voorganger: nieuw. Een activiteit van vorig jaar van een nu gemeten (of gestopte) "
                "plek die niet is voortgezet: gestopt.",
            ],
        ]
    return rows
