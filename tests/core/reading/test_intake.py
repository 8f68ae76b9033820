"""nulmeting.reading.intake: what the form loads for one plek, and its live indicators."""

from __future__ import annotations

import datetime as dt

import pytest

from nulmeting.exchange import demo
from nulmeting.reading import intake


def test_load_returns_the_current_rounds_interview_and_records(store):
    place_id = intake.new_place(store, "Huiskamer De Kas")
    assert intake.load(store, place_id).interview is None
    old = store.create(
        "interview",
        {
            "place_id": place_id,
            "round": "Nulmeting 2024",
            "interviewer": "Kees",
            "status": "gepland",
        },
    )
    assert intake.current_interview_id(store, place_id) is None  # another meetmoment's only
    interview_id = intake.ensure_interview(store, place_id)
    assert interview_id != old
    assert intake.current_interview_id(store, place_id) == interview_id
    assert intake.ensure_interview(store, place_id) == interview_id  # not twice
    store.create("activity", {"place_id": place_id, "name": "Koor", "days": ["di"]})
    gone = store.create("activity", {"place_id": place_id, "name": "Weg"})
    store.archive("activity", gone)
    store.create(
        "finance_line",
        {
            "interview_id": interview_id,
            "kind": "inkomsten",
            "source": "donaties-crowdfunding",
            "amount": 900,
            "ends_on": "2026-03-01",
        },
    )
    store.create("finance_line", {"interview_id": old, "kind": "inkomsten", "amount": 5})
    data = intake.load(store, place_id)
    assert data.interview_id == interview_id
    assert data.interview["status"] == "gepland"
    assert [a["name"] for a in data.rows("activity")] == ["Koor"]
    assert data.rows("activity")[0]["days"] == ["di"]
    assert [(f["amount"], f["ends_on"]) for f in data.income_lines()] == [(900, "2026-03-01")]
    store.archive("place", place_id)
    assert intake.load(store, place_id) is None


def test_indicators_use_the_stores_hourly_value_and_weeks(store):
    place_id = intake.new_place(store, "Buurttuin")
    interview_id = intake.ensure_interview(store, place_id)
    store.update(
        "interview",
        interview_id,
        {
            "volunteers_core": 4,
            "volunteers_regular": 6,
            "hours_per_week": 3,
            "total_costs": 10000,
            "free_reserve": 500,
        },
    )
    store.create(
        "finance_line",
        {
            "interview_id": interview_id,
            "kind": "inkomsten",
            "source": "vermogensfonds",
            "amount": 10000,
            "ends_on": "2026-01-31",
        },
    )
    store.set_setting("hourly_value", "20")
    store.set_setting("weeks_per_year", "40")
    ind = intake.compute_for(store, intake.load(store, place_id))
    assert ind.volunteer_hours == 10 * 3 * 40
    assert ind.societal_value == 10 * 3 * 40 * 20
    s = intake.compute(
        intake.load(store, place_id), hourly_value=23, weeks_per_year=50, today=dt.date(2025, 12, 1)
    ).sustainability
    assert s.light == "rood"  # one funder, tiny reserve, ends within a year
    assert "kleine reserve" in s.signals
    assert 0 < ind.completeness < 1


def test_summary_has_the_plek_in_dutch(store):
    demo.generate(store, 3, seed=4)
    place_id = next(  # one interviewed (a planned meting has no activities yet)
        p
        for p, _ in intake.place_choices(store)
        if intake.load(store, p).interview["status"] != "gepland"
    )
    data = intake.load(store, place_id)
    text = intake.summary(data, intake.compute_for(store, data), dict(intake.place_choices(store)))
    headings = [h for h, _ in text]
    assert headings[0] == "Algemeen" and headings[-1] == "Indicatoren"
    algemeen = dict(text[0][1])
    assert algemeen["Naam"] == data.place["name"]
    assert any(h.startswith("Activiteiten (") for h in headings)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 11, 23), "Nulmeting 2026-2027"),  # before the winter: the coming one
        (dt.date(2027, 1, 15), "Nulmeting 2026-2027"),  # during it
        (dt.date(2026, 6, 30), "Nulmeting 2025-2026"),  # spring: the winter just past
        (dt.date(2026, 7, 1), "Nulmeting 2026-2027"),
    ],
)
def test_a_new_laptop_is_offered_the_meetmoment_of_this_winter(today, expected):
    assert intake.suggested_round(today) == expected


def test_a_new_vervolgmeting_is_offered_the_next_free_winter():
    """Seen in a real window: 'Nieuwe vervolgmeting' offered the current meetmoment's own name."""
    from nulmeting.reading.intake import suggested_follow_up

    today = dt.date(2026, 12, 1)
    assert suggested_follow_up(["Nulmeting 2025-2026"], today) == "Vervolgmeting 2026-2027"
    assert (
        suggested_follow_up(["Nulmeting 2025-2026", "Vervolgmeting 2026-2027"], today)
        == "Vervolgmeting 2027-2028"
    )
    assert suggested_follow_up([], today) == "Vervolgmeting 2026-2027"
    assert suggested_follow_up(["Nulmeting"], today) == "Vervolgmeting 2026-2027"
