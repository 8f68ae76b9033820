"""The plekken list rows: status of the current meetmoment, completeness, archived left out."""

from nulmeting.domain import indicators
from nulmeting.exchange import demo
from nulmeting.reading import queries

ROUND = "Nulmeting 2025-2026"


def test_row_of_a_new_place_without_interview(store):
    pid = store.create(
        "place",
        {"name": "Buurthuiskamer De Pit", "address": "Voorhaven 12", "district": "delfshaven"},
    )
    [row] = queries.place_rows(store)
    assert (row.id, row.name, row.address) == (pid, "Buurthuiskamer De Pit", "Voorhaven 12")
    assert (row.district, row.district_name) == ("delfshaven", "Delfshaven")
    assert row.status == queries.NO_INTERVIEW and row.interview_id is None
    assert row.status_name == "Geen meting"
    expected = indicators.completeness({"name": "x", "address": "y", "district": "z"}, None, 0, 0)
    assert row.completeness == expected and 0 < expected < 1


def test_status_and_completeness_follow_the_current_rounds_interview(store):
    pid = store.create("place", {"name": "Speeltuin Het Nest", "types": ["speeltuin"]})
    old = store.create(
        "interview",
        {"place_id": pid, "round": "Proef 2024", "interviewer": "Fatima", "status": "gepland"},
    )
    assert queries.place_row(store, pid).status == queries.NO_INTERVIEW
    iid = store.create(
        "interview",
        {
            "place_id": pid,
            "round": ROUND,
            "interviewer": "Fatima",
            "date": "2025-12-03",
            "status": "afgenomen",
        },
    )
    store.create("activity", {"place_id": pid, "name": "Koffieochtend"})
    store.create("finance_line", {"interview_id": iid, "kind": "inkomsten", "amount": 500})
    store.create("finance_line", {"interview_id": old, "kind": "inkomsten", "amount": 10})
    row = queries.place_row(store, pid)
    assert (row.interview_id, row.status, row.status_name) == (iid, "afgenomen", "Afgenomen")
    place = {"name": "x", "types": ["speeltuin"]}
    interview = {
        "round": ROUND,
        "interviewer": "Fatima",
        "date": "2025-12-03",
        "status": "afgenomen",
    }
    assert row.completeness == indicators.completeness(place, interview, 1, 1)
    # the older meetmoment is what counts when asked for it
    assert queries.place_row(store, pid, "Proef 2024").interview_id == old


def test_archived_places_and_interviews_are_left_out(store):
    keep = store.create("place", {"name": "Atelier De Kas"})
    gone = store.create("place", {"name": "Moestuin De Linde"})
    iid = store.create(
        "interview",
        {"place_id": keep, "round": ROUND, "interviewer": "Fatima", "status": "gepland"},
    )
    store.archive("place", gone)
    store.archive("interview", iid)
    assert [r.id for r in queries.place_rows(store)] == [keep]
    assert queries.place_row(store, gone) is None
    assert queries.place_row(store, keep).status == queries.NO_INTERVIEW


def test_rows_match_the_store_for_demo_data(store):
    demo.generate(store, 25, seed=3)
    rows = queries.place_rows(store)
    assert len(rows) == 25 == store.counts()["place"]
    assert [r.name.lower() for r in rows] == sorted(r.name.lower() for r in rows)
    for row in rows[:5]:
        values = store.values("place", row.id)
        assert row.name == values["name"] and row.district == values["district"]
        assert row.status == store.values("interview", row.interview_id)["status"]
        assert queries.place_row(store, row.id) == row
    assert all(0 < r.completeness <= 1 for r in rows)
