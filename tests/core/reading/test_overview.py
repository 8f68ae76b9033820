"""The per-plek read model: which meting counts, and the derived figures."""

import datetime as dt

from nulmeting.reading import overview


def _place(store, name="De Pit", district="middelland"):
    return store.create("place", {"name": name, "district": district})


def test_current_round_interview_counts_never_another_rounds(store):
    pid = _place(store)
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2024",
            "date": "2024-12-01",
            "volunteers_core": 100,
            "hours_per_week": 1,
        },
    )
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2025-2026",
            "date": "2025-12-01",
            "volunteers_core": 5,
            "volunteers_regular": 10,
            "volunteers_occasional": 5,
            "hours_per_week": 4,
        },
    )
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Vervolgmeting 2027",
            "date": "2027-01-01",
            "volunteers_core": 1,
            "hours_per_week": 1,
        },
    )
    ov = overview.load(store, today=dt.date(2026, 1, 1))
    (view,) = ov.places
    assert view.interview["round"] == "Nulmeting 2025-2026"
    assert view.figures.volunteers == 20
    assert view.figures.volunteer_hours == 20 * 4 * 50
    assert view.figures.societal_value == 20 * 4 * 50 * 23

    store.set_setting("round", "")  # no meetmoment set: the latest meting counts
    (view,) = overview.load(store).places
    assert view.interview["round"] == "Vervolgmeting 2027"
    store.set_setting("round", "Onbekend meetmoment")  # none of that round: nog niet gemeten,
    (view,) = overview.load(store).places  # never an earlier meetmoment's figures
    assert view.interview is None and view.state == overview.STATE_NOT_MEASURED
    assert view.figures.volunteers == 0 and overview.load(store).total().places == 0
    assert overview.load(store).total().not_measured == 1


def test_settings_drive_societal_value_and_activities_per_week(store):
    store.set_setting("hourly_value", "30")
    store.set_setting("weeks_per_year", "40")
    pid = _place(store)
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": "Nulmeting 2025-2026",
            "volunteers_regular": 10,
            "hours_per_week": 2,
        },
    )
    store.create(
        "activity",
        {
            "place_id": pid,
            "name": "Koffie",
            "days": ["ma", "wo"],
            "frequency": "wekelijks",
            "participants": 10,
        },
    )
    store.create(
        "activity",
        {
            "place_id": pid,
            "name": "Maaltijd",
            "days": ["vr"],
            "frequency": "maandelijks",
            "participants": 52,
        },
    )
    (view,) = overview.load(store).places
    assert view.figures.societal_value == 10 * 2 * 40 * 30
    assert abs(view.figures.activities_per_week - (2 + 12 / 52)) < 1e-9
    assert abs(view.figures.participants_per_week - (20 + 12)) < 1e-9


def test_archived_and_other_wijk_excluded(store):
    keep = _place(store, "Blijft", "spangen")
    gone = _place(store, "Weg", "spangen")
    _place(store, "Elders", "middelland")
    store.archive("place", gone)
    ov = overview.load(store, district="spangen")
    assert [v.id for v in ov.places] == [keep]
    assert [d.name for d in ov.districts()] == ["Spangen"]
