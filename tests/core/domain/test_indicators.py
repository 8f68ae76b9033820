"""Indicators against figures computed by hand."""

import datetime as dt

import pytest

from nulmeting.domain import indicators as ind
from nulmeting.domain.indicators import ActivityFigures, IncomeLine


def test_seed_figure_societal_value_delfshaven():
    # 1200 volunteers × 4 h/week × 50 weeks × €23 = €5,520,000 (seed 002)
    assert ind.societal_value(1200, 4) == 5_520_000
    assert ind.volunteer_hours_per_year(1200, 4) == 240_000


def test_settings_change_the_value():
    assert ind.societal_value(10, 2, weeks_per_year=40, hourly_value=15) == 10 * 2 * 40 * 15
    assert ind.societal_value(None, 4) == 0
    assert ind.total_volunteers(3, 10, None) == 13


LINES = [
    IncomeLine("gemeente-bewonersinitiatief", 6000, structural=False, ends_on=dt.date(2026, 6, 30)),
    IncomeLine("vermogensfonds", 3000, structural=False, ends_on=dt.date(2027, 12, 31)),
    IncomeLine("contributie", 1000, structural=True),
]


def test_structural_share_and_concentration():
    assert ind.structural_share(LINES) == pytest.approx(0.1)
    # shares 0.6, 0.3, 0.1 → 0.36 + 0.09 + 0.01
    assert ind.concentration(LINES) == pytest.approx(0.46)
    assert ind.concentration([IncomeLine("x", 5), IncomeLine("x", 5)]) == pytest.approx(1.0)
    assert ind.structural_share([]) is None


def test_reserve_months_and_horizon():
    assert ind.reserve_months(3000, 12000) == pytest.approx(3.0)
    assert ind.reserve_months(3000, 0) is None
    today = dt.date(2026, 1, 1)
    # the gemeente line (60%) ends 30 June 2026: 180 days ≈ 5.9 months; the fonds line (30%)
    # ends later; the contributie line (10%) is below the 20% 'large source' threshold
    assert ind.funding_horizon_months(LINES, today) == pytest.approx(180 / (365.25 / 12))
    assert ind.funding_horizon_months([IncomeLine("a", 1, True)], today) is None


def test_traffic_light_and_tuckman_chang():
    s = ind.sustainability(
        LINES, total_costs=11000, free_reserve=500, overhead_costs=200, today=dt.date(2026, 1, 1)
    )
    # income 10000 < costs 11000: margin -0.1; equity 0.05 (<0.10); HHI 0.46 (≤0.5);
    # admin 200/11000 = 0.018 (<0.05) → 3 Tuckman-Chang flags
    assert s.operating_margin == pytest.approx(-0.1)
    assert s.tuckman_chang_flags == 3
    # signals: weinig structureel (10%), kleine reserve (0.55 mo), horizon 5.9 mo, tekort
    assert s.signals == ("weinig structureel", "kleine reserve", "financiering loopt af", "tekort")
    assert s.light == "rood"
    healthy = ind.sustainability(
        [IncomeLine("a", 5000, True), IncomeLine("b", 5000, True)],
        total_costs=9000,
        free_reserve=6000,
        overhead_costs=900,
        today=dt.date(2026, 1, 1),
    )
    assert healthy.light == "groen" and healthy.signals == ()
    assert (
        ind.sustainability(
            [], total_costs=None, free_reserve=None, overhead_costs=None, today=dt.date(2026, 1, 1)
        ).light
        == "onbekend"
    )


def test_reach_per_week():
    acts = [
        ActivityFigures(["ma", "wo"], "wekelijks", 10),  # 2 sessions, 20 participants
        ActivityFigures(["di"], "maandelijks", 26),  # 12/52 sessions, 6 participants
        ActivityFigures(["vr"], "2-wekelijks", 8),
    ]  # 0.5 sessions, 4 participants
    assert ind.activities_per_week(acts) == pytest.approx(2 + 12 / 52 + 0.5)
    assert ind.participants_per_week(acts) == pytest.approx(20 + 6 + 4)


def test_completeness_counts_asked_questions():
    assert ind.completeness({}, None, 0, 0) == 0
    full_place = {
        "name": "x",
        "types": ["a"],
        "address": "x",
        "postcode": "x",
        "district": "x",
        "legal_form": "x",
        "premises": "x",
        "description": "x",
    }
    value = ind.completeness(full_place, None, 1, 1)
    assert 0 < value < 1
