"""The workbook's sheet "Netwerkcijfers" (``docs/excel-layout.md``): the network figures per
wijk and for the area (:mod:`nulmeting.network.figures`), and their explanation for the sheet
"Toelichting". Cells only; :mod:`nulmeting.export` writes them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nulmeting.network.figures import FigureRow, NetworkFigures

#: (header, number format, width) — the contract's column order
COLUMNS: list[tuple[str, str, float]] = [
    ("Wijk", "text", 20),
    ("Plekken", "int", 9),
    ("Relaties", "int", 10),
    ("Relaties binnen de wijk", "int", 12),
    ("Relaties met andere wijken", "int", 12),
    ("Relaties met partners", "int", 12),
    ("Netwerklidmaatschappen", "int", 23),
    ("Dichtheid (%)", "pct1", 11),
    ("Groepen (componenten)", "int", 15),
    ("Plekken zonder relatie", "int", 12),
    ("Meest centrale plekken (brugfunctie)", "text", 60),
    ("Nieuwe relaties sinds vorig meetmoment", "int", 17),
    ("Verdwenen relaties sinds vorig meetmoment", "int", 17),
]

EXPLANATION: list[tuple[str, str]] = [
    (
        "Netwerkcijfers",
        "Per wijk en voor het hele gebied, uit de relaties en "
        "netwerklidmaatschappen (blad Netwerk). Relaties: waarin een plek van de wijk meedoet "
        "(een relatie tussen twee wijken telt in beide wijken mee, in het gebied één keer).",
    ),
    ("Dichtheid (%)", "Paren plekken in de wijk met een relatie / alle paren plekken in de wijk."),
    (
        "Groepen (componenten)",
        "Groepen plekken die via relaties met elkaar verbonden zijn; een "
        "plek zonder relatie met een andere plek is een groep op zich.",
    ),
    (
        "Meest centrale plekken (brugfunctie)",
        "De plekken met de hoogste betweenness in het "
        "netwerk van het hele gebied (plekken, netwerken en partners): het deel van de kortste "
        "verbindingen tussen anderen dat via de plek loopt. Hoog = een brug tussen groepen die "
        "anders los van elkaar staan.",
    ),
    (
        "Nieuwe / verdwenen relaties",
        "Paren (plek–plek of plek–partner) met een relatie in dit "
        "meetmoment en niet in het vorige, en omgekeerd; leeg zolang relaties geen meetmoment "
        "hebben.",
    ),
]


def _cells(row: FigureRow) -> list[Any]:
    return [
        row.name,
        row.places,
        row.ties,
        row.ties_within,
        row.ties_across if row.code is not None else None,
        row.ties_partner,
        row.memberships,
        row.density,
        row.components,
        row.isolated,
        row.central_text or None,
        row.new_ties,
        row.lost_ties,
    ]


def rows(figures: NetworkFigures, district: str | None = None) -> Iterator[list[Any]]:
    """One row per wijk, then the area; ``district``: only that wijk's row."""
    for row in figures.districts:
        if district is None or row.code == district:
            yield _cells(row)
    if district is None:
        yield _cells(figures.area)
