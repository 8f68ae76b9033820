"""Postcode → wijk: an empty wijk is filled in from the postcode (a change like a chosen wijk,
undone with the postcode); a wijk that differs gets a suggestion with a one-click take-over;
the hint wraps and never widens the page."""

from __future__ import annotations

from form_helpers import editor, fill, sql_rows
from PySide6.QtWidgets import QApplication

from nulmeting.reading import intake


def _district_row(store, place_id):
    return sql_rows(store.path, "SELECT postcode, district FROM place WHERE id = ?", place_id)[0]


def test_a_postcode_fills_an_empty_wijk_stored_and_undone_with_it(qtbot, store, form) -> None:
    place_id = intake.new_place(store, "Huiskamer Middelland")
    form.load_place(place_id)
    wijk = editor(form, "place", "district")
    assert wijk.value() is None

    fill(qtbot, form, "place", "postcode", "3021ab")  # typed, Enter

    assert wijk.value() == "middelland"  # shown, and stored like a chosen wijk
    assert wijk.widget.currentText() == "Middelland"
    assert _district_row(store, place_id) == {"postcode": "3021 AB", "district": "middelland"}
    history = [(h.field, h.new) for h in store.history("place", place_id)]
    assert ("district", "middelland") in history and history[-1][0] == "district"
    assert form.district_hint_box.isVisibleTo(form)  # says where it came from
    assert "3021" in form.district_hint.text() and not form.district_button.isVisibleTo(form)
    QApplication.processEvents()
    hint = form.district_hint  # all its lines show, below the wijk (not over it)
    assert hint.height() >= hint.heightForWidth(hint.width())
    combo = wijk.widget
    assert (
        hint.mapTo(form, hint.rect().topLeft()).y()
        >= combo.mapTo(form, combo.rect().bottomLeft()).y()
    )
    assert form.subtitle.text().startswith("Middelland")

    # one step back takes the postcode and the wijk it filled in
    assert form.undo_stack.undoText() == "Postcode en wijk invullen"
    form.undo_stack.undo()
    assert _district_row(store, place_id) == {"postcode": None, "district": None}
    assert wijk.value() is None and editor(form, "place", "postcode").widget.text() == ""
    form.undo_stack.redo()
    assert _district_row(store, place_id) == {"postcode": "3021 AB", "district": "middelland"}
    assert wijk.value() == "middelland"


def test_a_wijk_that_differs_is_kept_and_a_take_over_offered(qtbot, store, form) -> None:
    place_id = store.create("place", {"name": "Buurttuin", "district": "spangen"})
    form.load_place(place_id)
    fill(qtbot, form, "place", "postcode", "3021 AB")

    assert _district_row(store, place_id)["district"] == "spangen"  # the person's choice stays
    assert editor(form, "place", "district").value() == "spangen"
    assert form.district_hint.text() == "Postcode 3021 ligt meestal in Middelland, niet in Spangen."
    assert form.district_button.isVisibleTo(form)

    form.district_button.click()  # one click takes it over
    assert _district_row(store, place_id)["district"] == "middelland"
    assert editor(form, "place", "district").value() == "middelland"
    assert not form.district_hint_box.isVisibleTo(form)
    form.undo_stack.undo()
    assert _district_row(store, place_id)["district"] == "spangen"
    assert form.district_button.isVisibleTo(form)


def test_a_postcode_outside_the_area_fills_nothing(qtbot, store, form) -> None:
    place_id = intake.new_place(store, "Elders")
    form.load_place(place_id)
    fill(qtbot, form, "place", "postcode", "1011 AB")
    assert _district_row(store, place_id) == {"postcode": "1011 AB", "district": None}
    assert not form.district_hint_box.isVisibleTo(form)
    assert form.undo_stack.undoText() == "Postcode wijzigen"


def test_the_hint_wraps_instead_of_widening_the_page(qtbot, store, form) -> None:
    place_id = store.create("place", {"name": "Buurttuin", "district": "spangen"})
    form.load_place(place_id)
    page = form.pages.currentWidget()
    form.resize(900, 700)  # narrow: the page is as wide as its fields need
    QApplication.processEvents()
    width_before = page.widget().minimumSizeHint().width()
    fill(qtbot, form, "place", "postcode", "3021 AB")
    form.district_hint.setText(form.district_hint.text() * 4)  # a long (translated) hint
    QApplication.processEvents()
    assert form.district_hint_box.isVisibleTo(form)
    assert page.widget().minimumSizeHint().width() == width_before
    assert not page.horizontalScrollBar().isVisible()
    label = form.district_hint
    # every line shows (the layouts settle in a few passes of the event loop)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 2
