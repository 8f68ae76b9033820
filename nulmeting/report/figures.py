"""What the report shows, computed from the export's read model (:mod:`nulmeting.overview`).

The headline is :meth:`Overview.total` — the same object the workbook's Totaal row is written
from — so the report and the workbook cannot disagree. Network figures and growth figures sit
behind one function each (:func:`network_counts`, :func:`growth_figures`) so richer computations
(NetworkX measures, growth per meetmoment) can replace them without touching the layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nulmeting.domain import indicators, reference
from nulmeting.reading.overview import (
    GROUP_ORDER,
    DistrictSummary,
    Overview,
    load,
    read,
)
from nulmeting.report.dutch import euro, number, percent
from nulmeting.store.store import Store

if TYPE_CHECKING:
    from nulmeting.network.figures import FigureRow

AREA_TITLE = "De sociale basis van Delfshaven"


@dataclass(frozen=True)
class Headline:
    """The figures of the first page, with the value's calculation written out."""

    places: int
    activities_per_week: float
    participants_per_week: float
    volunteers: int
    volunteer_hours: float
    societal_value: float
    hourly_value: float
    weeks_per_year: float
    minimum_wage: float

    @property
    def hours_per_week(self) -> float:
        """Average hours per volunteer per week (weighted: total hours / volunteers / weeks)."""
        if not self.volunteers or not self.weeks_per_year:
            return 0.0
        return self.volunteer_hours / self.volunteers / self.weeks_per_year

    @property
    def value_at_minimum_wage(self) -> float:
        return self.volunteer_hours * self.minimum_wage

    def calculation(self) -> list[str]:
        """The value written out in two exact steps (the average is rounded for reading)."""
        return [
            f"{number(self.volunteers)} vrijwilligers × gemiddeld "
            f"{number(self.hours_per_week, 1)} uur per week × {number(self.weeks_per_year)} "
            f"weken = {number(self.volunteer_hours)} uur per jaar",
            f"{number(self.volunteer_hours)} uur × {euro(self.hourly_value)} per uur = "
            f"{euro(self.societal_value)} per jaar",
        ]

    def lower_bound(self) -> str:
        return (
            f"Ondergrens bij het minimumloon: {number(self.volunteer_hours)} uur × "
            f"{euro(self.minimum_wage)} = {euro(self.value_at_minimum_wage)} per jaar"
        )


@dataclass(frozen=True)
class Method:
    round: str
    today: dt.date
    hourly_value: float
    hourly_value_source: str
    minimum_wage: float
    weeks_per_year: float
    thresholds: list[tuple[str, str, str]]  # Dutch name, value as text, meaning
    light_rule: str = indicators.LIGHT_RULE


@dataclass(frozen=True)
class Need:
    name: str
    places: int  # plekken that name this need
    urgent: int  # of which with urgency "hoog"


@dataclass
class ReportData:
    title: str
    scope: str  # "Alle wijken" or the wijk's name
    overview: Overview
    headline: Headline
    districts: list[DistrictSummary]
    total: DistrictSummary
    network: dict[str, int]
    needs: list[Need]
    growth: dict[str, Any] | None
    method: Method
    income_groups: list[str] = field(default_factory=list)
    #: the most central plekken of the network (bridges), "; "-separated
    network_central: str = ""

    @property
    def district(self) -> str | None:
        return self.overview.district


def threshold_rows() -> list[tuple[str, str, str]]:
    """Every threshold of :data:`indicators.THRESHOLDS` with its Dutch name and a readable value."""
    rows = []
    for key, (value, meaning) in indicators.THRESHOLDS.items():
        name, unit = indicators.THRESHOLD_NAMES.get(key, (key, "dec2"))
        text = (
            percent(value)
            if unit == "pct"
            else f"{number(value)} maanden"
            if unit == "months"
            else number(value, 2)
        )
        rows.append((name, text, meaning))
    return rows


def network_counts(store: Store, ov: Overview) -> tuple[dict[str, int], str]:
    """The network figures of the report's scope (the area or one wijk) in the report's
    meetmoment: Dutch label → count in reading order, and the most central plekken (the bridges
    between otherwise separate groups) as text. The same figures as the workbook's sheet
    Netwerkcijfers (:func:`nulmeting.network.figures.network_figures`)."""
    from nulmeting.network.figures import network_figures

    figures = network_figures(store, ov.round or None)
    row: FigureRow | None
    if ov.district is None:
        row = figures.area
    else:
        row = next((r for r in figures.districts if r.code == ov.district), None)
    networks = {m["network"] for m in ov.memberships if m.get("network")}
    if row is None:  # no plek of this wijk in the network data
        return {"Relaties": 0, "Netwerken met leden hier": len(networks)}, ""
    counts = {"Relaties": row.ties}
    if ov.district:
        counts["Tussen plekken in de wijk"] = row.ties_within
        counts["Met plekken in een andere wijk"] = row.ties_across
    else:  # for the area every tie between two plekken is within it
        counts["Tussen plekken"] = row.ties_within
    counts |= {
        "Met partnerorganisaties": row.ties_partner,
        "Netwerken met leden hier": len(networks),
        "Netwerklidmaatschappen": row.memberships,
        "Losse groepen plekken": row.components,
        "Plekken zonder relatie": row.isolated,
    }
    if row.new_ties is not None and row.lost_ties is not None:
        counts["Nieuwe relaties sinds vorig meetmoment"] = row.new_ties
        counts["Verdwenen relaties"] = row.lost_ties
    return counts, row.central_text


def top_needs(ov: Overview, limit: int = 6) -> list[Need]:
    """The needs named by most plekken (each plek once per need), most first."""
    names = reference.options("behoeftetype")
    places: dict[str, set[str]] = {}
    urgent: dict[str, set[str]] = {}
    for n in ov.needs:
        kind = n.get("kind")
        if not kind:
            continue
        places.setdefault(kind, set()).add(n["place_id"])
        if n.get("urgency") == "hoog":
            urgent.setdefault(kind, set()).add(n["place_id"])
    order = list(names)
    ranked = sorted(
        places,
        key=lambda k: (
            -len(places[k]),
            -len(urgent.get(k, ())),
            order.index(k) if k in order else 99,
        ),
    )
    return [Need(names.get(k, k), len(places[k]), len(urgent.get(k, ()))) for k in ranked[:limit]]


# --------------------------------------------------------------------------- growth


def growth_figures(
    store: Store,
    round_name: str,
    *,
    district: str | None = None,
    today: dt.date | None = None,
) -> dict[str, Any] | None:
    """Growth from the meetmoment before ``round_name`` to ``round_name`` (``None`` when it is
    the first), for the area or one wijk (code): the same figures and the same "nog niet
    gemeten" rule as the workbook's sheet Groei (:func:`nulmeting.reading.growth.compare`).

    ``{"previous": name, "current": name, "rows": [(label, before, now, kind)], "notes": [...]}``
    with ``kind`` "int", "dec1" or "euro"."""
    from nulmeting.reading.growth import compare
    from nulmeting.store import meetmoment

    previous = meetmoment.previous(store, round_name)
    if previous is None or previous == round_name:
        return None
    g = compare(
        load(store, district=district, today=today, round_name=previous),
        load(store, district=district, today=today, round_name=round_name),
    )
    t = g.total
    labels = [
        ("places", "Plekken gemeten", "int"),
        ("activities_per_week", "Activiteiten per week", "dec1"),
        ("participants_per_week", "Deelnemers per week", "int"),
        ("volunteers", "Vrijwilligers", "int"),
        ("volunteer_hours", "Vrijwilligersuren per jaar", "int"),
        ("societal_value", "Maatschappelijke waarde", "euro"),
    ]
    notes = [
        f"Nieuw gemeten: {number(t.new)} {'plek' if t.new == 1 else 'plekken'}; "
        f"gestopt: {number(t.stopped)}; "
        f"nog niet gemeten in {round_name}: {number(t.not_measured)} (niet als nul geteld).",
        f"Activiteiten voortgezet: {number(t.activities_kept)}, nieuw: "
        f"{number(t.activities_new)}, gestopt: {number(t.activities_stopped)}.",
    ]
    notes.append(
        "Index gelijke plekken: alleen de plekken die in beide meetmomenten gemeten "
        "zijn (vorig meetmoment = 100), zolang de vervolgmeting nog loopt de eerlijkste "
        "vergelijking."
    )
    return {
        "previous": g.previous_round,
        "current": g.current_round,
        "rows": [
            (label, getattr(t.previous, key), getattr(t.current, key), kind)
            for key, label, kind in labels
        ],
        # the index over the plekken measured in both (None for the count of plekken)
        "like_for_like": [
            None if key == "places" else t.index_both(key) for key, _label, _kind in labels
        ],
        "notes": notes,
    }


# --------------------------------------------------------------------------- all of it


def build(
    store: Store,
    *,
    district: str | None = None,
    round_name: str | None = None,
    today: dt.date | None = None,
) -> ReportData:
    """Everything the area report (``district`` None) or a wijk report shows. ``district`` is a
    wijk code; ``round_name`` another meetmoment than the current one."""
    ov = load(store, district=district, today=today, round_name=round_name)
    total = ov.total()
    headline = Headline(
        total.places,
        total.activities_per_week,
        total.participants_per_week,
        total.volunteers,
        total.volunteer_hours,
        total.societal_value,
        ov.hourly_value,
        ov.weeks_per_year,
        store.minimum_wage,
    )
    method = Method(
        ov.round,
        ov.today,
        ov.hourly_value,
        store.setting("hourly_value_source"),
        store.minimum_wage,
        ov.weeks_per_year,
        threshold_rows(),
    )
    districts = ov.districts()
    groups = [g for g in GROUP_ORDER if any(d.income_by_group.get(g) for d in districts)]
    scope = reference.district_name(district) if district else "Alle wijken"
    title = f"De sociale basis van {scope}" if district else AREA_TITLE
    growth = growth_figures(store, ov.round, district=district, today=today) if ov.round else None
    network, central = network_counts(store, ov)
    return ReportData(
        title,
        scope,
        ov,
        headline,
        districts,
        total,
        network,
        top_needs(ov),
        growth,
        method,
        groups,
        central,
    )


def rounds_with_metingen(store: Store) -> list[str]:
    """The meetmomenten that hold metingen, in the store's order of meetmomenten
    (:func:`nulmeting.store.meetmoment.names`: oldest winter first)."""
    from nulmeting.store import meetmoment

    with store.read() as conn:
        with_metingen = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT round FROM interview WHERE NOT archived AND round IS NOT NULL"
            )
        }
        order = meetmoment.names(conn, store.current_round)
    return [name for name in order if name in with_metingen]


def known_round(store: Store, name: str) -> str:
    """``name`` if some meting belongs to that meetmoment, else a Dutch :class:`UserError`
    naming the meetmomenten there are."""
    from nulmeting.domain.errors import UserError

    rounds = rounds_with_metingen(store)
    if name in rounds:
        return name
    known = ", ".join(f"'{r}'" for r in rounds) or "(nog geen)"
    raise UserError(
        f"Er zijn geen metingen van meetmoment '{name}'. Meetmomenten met metingen: {known}."
    )


def report_choices(store: Store) -> tuple[list[tuple[str, str]], list[str]]:
    """What the window offers: (code, name) of every wijk with plekken, in reference order,
    and the meetmomenten with metingen, oldest first."""
    tables = read(store)
    order = list(reference.districts())
    codes = {str(p["district"]) for p in tables["place"] if p.get("district")}
    wijken = [
        (c, reference.district_name(c))
        for c in sorted(codes, key=lambda c: order.index(c) if c in order else 999)
    ]
    return wijken, rounds_with_metingen(store)
