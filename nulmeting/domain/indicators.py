"""Derived indicators: pure functions, never asked in the interview.

Every threshold is in :data:`THRESHOLDS` (with its Dutch explanation) so the exports can show the
figures they used. There are no Dutch norms for the financial vulnerability of small community
organisations; these thresholds are our choice, after Tuckman & Chang (1991), and documented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

DEFAULT_WEEKS_PER_YEAR = 50.0
DEFAULT_HOURLY_VALUE = 23.0

#: Sessions per week per scheduled day, by frequency code.
SESSIONS_PER_WEEK = {
    "wekelijks": 1.0,
    "2-wekelijks": 0.5,
    "maandelijks": 12 / 52,
    "seizoen": 6 / 52,  # a season: assumed about six times a year
    "eenmalig": 1 / 52,
}

THRESHOLDS = {
    "structural_share_low": (0.30, "Structurele inkomsten minder dan 30% van alle inkomsten"),
    "concentration_high": (0.50, "Concentratie (Herfindahl) van de inkomstenbronnen boven 0,50"),
    "reserve_months_low": (3.0, "Vrije reserve minder dan 3 maanden lasten"),
    "horizon_months_short": (12.0, "Een grote inkomstenbron (≥ 20%) loopt binnen 12 maanden af"),
    "large_source_share": (0.20, "Een inkomstenbron is groot vanaf 20% van de inkomsten"),
    "admin_ratio_low": (
        0.05,
        "Organisatiekosten minder dan 5% van de lasten (geen buffer om "
        "op te bezuinigen; Tuckman & Chang)",
    ),
    "equity_ratio_low": (0.10, "Vrije reserve minder dan 10% van de inkomsten (Tuckman & Chang)"),
    "margin_negative": (0.0, "Inkomsten lager dan lasten (negatieve marge; Tuckman & Chang)"),
}
#: Dutch name of each threshold and the unit its value is shown in (for the reports and the
#: Toelichting sheet; the keys above are code names a reader never sees).
THRESHOLD_NAMES: dict[str, tuple[str, str]] = {
    "structural_share_low": ("Weinig structurele financiering", "pct"),
    "concentration_high": ("Afhankelijk van weinig bronnen", "dec2"),
    "reserve_months_low": ("Kleine reserve", "months"),
    "horizon_months_short": ("Financiering loopt af", "months"),
    "large_source_share": ("Grote inkomstenbron", "pct"),
    "admin_ratio_low": ("Lage organisatiekosten", "pct"),
    "equity_ratio_low": ("Weinig eigen vermogen", "pct"),
    "margin_negative": ("Tekort", "pct"),
}
LIGHT_RULE = (
    "Stoplicht: tel de signalen (weinig structureel, geconcentreerd, kleine reserve, "
    "korte horizon, negatieve marge). 0-1 signaal: groen; 2: oranje; 3 of meer: rood. "
    "Zonder financiële gegevens: onbekend."
)


def is_income(kind: str | None) -> bool:
    """A finance line counts as income (for figures and completeness alike) by its kind."""
    return kind == "inkomsten"


@dataclass(frozen=True)
class IncomeLine:
    source: str | None
    amount: float
    structural: bool = False
    ends_on: dt.date | None = None


@dataclass(frozen=True)
class ActivityFigures:
    days: Sequence[str]
    frequency: str | None
    participants: int | None


# --------------------------------------------------------------------------- volunteers


def volunteer_hours_per_year(
    volunteers: float | None,
    hours_per_week: float | None,
    weeks_per_year: float = DEFAULT_WEEKS_PER_YEAR,
) -> float:
    if not volunteers or not hours_per_week:
        return 0.0
    return float(volunteers) * float(hours_per_week) * float(weeks_per_year)


def societal_value(
    volunteers: float | None,
    hours_per_week: float | None,
    weeks_per_year: float = DEFAULT_WEEKS_PER_YEAR,
    hourly_value: float = DEFAULT_HOURLY_VALUE,
) -> float:
    """Maatschappelijke waarde (€/jaar) = vrijwilligers × uren/week × weken/jaar × uurwaarde."""
    return volunteer_hours_per_year(volunteers, hours_per_week, weeks_per_year) * hourly_value


def total_volunteers(core: int | None, regular: int | None, occasional: int | None) -> int:
    return (core or 0) + (regular or 0) + (occasional or 0)


# --------------------------------------------------------------------------- finances


def total_income(lines: Iterable[IncomeLine]) -> float:
    return sum(line.amount for line in lines if line.amount)


def structural_share(lines: Sequence[IncomeLine]) -> float | None:
    """Structural income / total income (``None`` without income)."""
    total = total_income(lines)
    if total <= 0:
        return None
    return sum(line.amount for line in lines if line.structural and line.amount) / total


def income_by_source(lines: Iterable[IncomeLine]) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in lines:
        if line.amount:
            key = line.source or "onbekend"
            out[key] = out.get(key, 0.0) + line.amount
    return out


def concentration(lines: Sequence[IncomeLine]) -> float | None:
    """Herfindahl index over income sources: Σ share²; 1.0 = one funder."""
    total = total_income(lines)
    if total <= 0:
        return None
    return sum((amount / total) ** 2 for amount in income_by_source(lines).values())


def reserve_months(free_reserve: float | None, total_costs: float | None) -> float | None:
    """Months the free reserve covers the costs (``None`` without costs)."""
    if free_reserve is None or not total_costs:
        return None
    return free_reserve / (total_costs / 12)


def months_between(start: dt.date, end: dt.date) -> float:
    return (end - start).days / (365.25 / 12)


def funding_horizon_months(lines: Sequence[IncomeLine], today: dt.date) -> float | None:
    """Months until the first large (≥ 20%) income source ends; ``None`` if none ends."""
    total = total_income(lines)
    if total <= 0:
        return None
    share = THRESHOLDS["large_source_share"][0]
    ends = [
        line.ends_on
        for line in lines
        if line.ends_on and line.amount and line.amount / total >= share
    ]
    if not ends:
        return None
    return max(0.0, months_between(today, min(ends)))


def operating_margin(income: float, costs: float | None) -> float | None:
    if income <= 0 or costs is None:
        return None
    return (income - costs) / income


def equity_ratio(free_reserve: float | None, income: float) -> float | None:
    if free_reserve is None or income <= 0:
        return None
    return free_reserve / income


def admin_ratio(overhead: float | None, costs: float | None) -> float | None:
    if overhead is None or not costs:
        return None
    return overhead / costs


@dataclass(frozen=True)
class Sustainability:
    structural_share: float | None
    concentration: float | None
    reserve_months: float | None
    horizon_months: float | None
    operating_margin: float | None
    equity_ratio: float | None
    admin_ratio: float | None
    tuckman_chang_flags: int
    signals: tuple[str, ...]
    light: str  # groen oranje rood onbekend


def sustainability(
    lines: Sequence[IncomeLine],
    *,
    total_costs: float | None,
    free_reserve: float | None,
    overhead_costs: float | None,
    today: dt.date,
) -> Sustainability:
    income = total_income(lines)
    share = structural_share(lines)
    hhi = concentration(lines)
    months = reserve_months(free_reserve, total_costs)
    horizon = funding_horizon_months(lines, today)
    margin = operating_margin(income, total_costs)
    equity = equity_ratio(free_reserve, income)
    admin = admin_ratio(overhead_costs, total_costs)
    t = {k: v[0] for k, v in THRESHOLDS.items()}
    tc_flags = sum(
        [
            equity is not None and equity < t["equity_ratio_low"],
            hhi is not None and hhi > t["concentration_high"],
            admin is not None and admin < t["admin_ratio_low"],
            margin is not None and margin < t["margin_negative"],
        ]
    )
    signals = []
    if share is not None and share < t["structural_share_low"]:
        signals.append("weinig structureel")
    if hhi is not None and hhi > t["concentration_high"]:
        signals.append("afhankelijk van weinig bronnen")
    if months is not None and months < t["reserve_months_low"]:
        signals.append("kleine reserve")
    if horizon is not None and horizon < t["horizon_months_short"]:
        signals.append("financiering loopt af")
    if margin is not None and margin < t["margin_negative"]:
        signals.append("tekort")
    if income <= 0 and not total_costs:
        light = "onbekend"
    else:
        light = "groen" if len(signals) <= 1 else "oranje" if len(signals) == 2 else "rood"
    return Sustainability(
        share, hhi, months, horizon, margin, equity, admin, tc_flags, tuple(signals), light
    )


# --------------------------------------------------------------------------- reach


def sessions_per_week(activity: ActivityFigures) -> float:
    per_day = SESSIONS_PER_WEEK.get(activity.frequency or "wekelijks", 1.0)
    return per_day * max(1, len(activity.days or ()))


def activities_per_week(activities: Iterable[ActivityFigures]) -> float:
    return sum(sessions_per_week(a) for a in activities)


def participants_per_week(activities: Iterable[ActivityFigures]) -> float:
    return sum(sessions_per_week(a) * (a.participants or 0) for a in activities)


# --------------------------------------------------------------------------- completeness


def completeness(
    place: Mapping[str, object],
    interview: Mapping[str, object] | None,
    activities: int,
    income_lines: int,
) -> float:
    """Share (0..1) of the always-asked questions answered for a place's current interview."""
    from nulmeting.domain.fields import fields

    asked_place = [f for f in fields("place").values() if f.asked]
    asked_interview = [f for f in fields("interview").values() if f.asked]
    filled = sum(1 for f in asked_place if place.get(f.name) not in (None, "", []))
    if interview:
        filled += sum(1 for f in asked_interview if interview.get(f.name) not in (None, "", []))
    total = len(asked_place) + len(asked_interview) + 2
    filled += (activities > 0) + (income_lines > 0)
    return filled / total
