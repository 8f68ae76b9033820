"""The indicators beside the form say counts without decimals and averages as averages."""

from __future__ import annotations

from nulmeting.reading import intake


def _activity(store, place_id, name, days, frequency, participants):
    store.create(
        "activity",
        {
            "place_id": place_id,
            "name": name,
            "days": days,
            "frequency": frequency,
            "participants": participants,
            "round": store.current_round,
        },
    )


def test_weekly_activities_are_counted_without_a_decimal(store, form) -> None:
    place_id = intake.new_place(store, "De Brug")
    _activity(store, place_id, "Koffieochtend", ["ma", "wo", "vr"], "wekelijks", 12)
    _activity(store, place_id, "Taalcafé", ["di"], "wekelijks", 8)
    form.load_place(place_id)
    reach = form.indicators_panel.reach.text()
    assert reach == "4 activiteiten per week\n44 deelnemers per week"
    assert "," not in reach


def test_one_activity_and_monthly_ones_read_naturally(store, form) -> None:
    place_id = intake.new_place(store, "De Brug")
    _activity(store, place_id, "Koffieochtend", ["ma"], "wekelijks", 1)
    form.load_place(place_id)
    assert form.indicators_panel.reach.text() == "1 activiteit per week\n1 deelnemer per week"

    _activity(store, place_id, "Repair café", ["za"], "2-wekelijks", 20)
    form.load_place(place_id)
    assert form.indicators_panel.reach.text() == (
        "gemiddeld 1,5 activiteiten per week\n11 deelnemers per week"
    )
    _activity(store, place_id, "Buurtdiner", ["vr"], "maandelijks", 30)
    form.load_place(place_id)  # 12 / 52 a week: an average, people rounded
    assert form.indicators_panel.reach.text() == (
        "gemiddeld 1,7 activiteiten per week\ngemiddeld 18 deelnemers per week"
    )


def test_the_panel_in_english(store, english, qtbot) -> None:
    from ui.form import IntakeForm

    place_id = intake.new_place(store, "De Brug")
    _activity(store, place_id, "Koffieochtend", ["ma", "wo"], "wekelijks", 10)
    form = IntakeForm(store)
    qtbot.addWidget(form)
    form.load_place(place_id)
    panel = form.indicators_panel
    assert panel.reach.text() == "2 activities a week\n20 participants a week"
    assert panel.light.text().endswith("Unknown")
    assert panel.signals.text() == "No financial data yet"
