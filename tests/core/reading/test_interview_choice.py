"""The list, the form and the export agree on which meting counts for a plek, also when one
meetmoment holds several (two laptops each planned one and were merged)."""

from nulmeting.reading import intake, overview, queries


def test_list_form_and_export_choose_the_same_meting(store):
    place = store.create("place", {"name": "De Pit", "district": "spangen"})
    base = {"place_id": place, "round": "Nulmeting 2025-2026", "interviewer": "Fatima"}
    store.create("interview", {**base, "status": "gepland"})
    later = store.create("interview", {**base, "date": "2025-12-10", "status": "afgenomen"})
    store.create("interview", {**base, "date": "2025-12-03", "status": "afgenomen"})
    store.create(
        "interview",
        {**base, "round": "Nulmeting 2024-2025", "date": "2025-01-20", "status": "afgenomen"},
    )

    row = queries.place_row(store, place)
    form = intake.load(store, place)
    export = {v.id: v.interview for v in overview.load(store).places}[place]
    assert row.interview_id == form.interview_id == export["id"] == later
    assert row.status == "afgenomen"


def test_list_form_and_export_agree_on_completeness(store):
    place = store.create("place", {"name": "De Pit", "district": "spangen"})
    interview = store.create(
        "interview", {"place_id": place, "round": "Nulmeting 2025-2026", "interviewer": "Fatima"}
    )
    store.create(
        "finance_line", {"interview_id": interview, "kind": "inkomsten", "source": "Vermogensfonds"}
    )  # amount not known yet
    store.create("finance_line", {"interview_id": interview, "amount": 500})  # kind not chosen
    row = queries.place_row(store, place)
    form = intake.compute_for(store, intake.load(store, place))
    export = {v.id: v.figures for v in overview.load(store).places}[place]
    assert (
        round(row.completeness, 2) == round(form.completeness, 2) == round(export.completeness, 2)
    )
    assert export.income == 0  # the unclassified 500 is not income, the unknown amount adds 0
