"""The editor of a table's selected record (an activity, a finance line, a tie ...): every field
under the table, the table an overview. Driven with keys and clicks like a person would, and
read back from SQLite."""

from __future__ import annotations

from typing import Any

import pytest
from form_helpers import cell, set_cell, sql_rows, sql_value, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget

from nulmeting.domain import reference
from nulmeting.domain.fields import field
from nulmeting.reading import intake
from ui.form.record_editor import TickListBox, TickPopup


@pytest.fixture
def activity(store, form):
    """A plek with one activity on Fridays, its table on screen; the activity's id."""
    place_id = intake.new_place(store, "Buurthuiskamer De Pit")
    activity_id = store.create(
        "activity", {"place_id": place_id, "name": "Koffieochtend", "days": ["vr"]}
    )
    form.load_place(place_id)
    form.show_section("activities")
    return activity_id


def stored(store, activity_id: str, name: str) -> Any:
    """A field as SQLite holds it, read past the store."""
    raw = sql_rows(store.path, f"SELECT {name} FROM activity WHERE id = ?", activity_id)[0][name]
    return sql_value(raw, field("activity", name).kind)


def box(form, name: str) -> TickListBox:
    widget = form.table("activity").editor.editor(name).widget
    assert isinstance(widget, TickListBox)
    return widget


def open_list(qtbot, form, name: str) -> tuple[TickListBox, TickPopup]:
    """Tab-stop on the field's line and press Enter: (the line, its open list)."""
    line = box(form, name)
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    popup = line.popup
    assert isinstance(popup, TickPopup) and popup.isVisible()
    return line, popup


def ticked(editor: QListWidget) -> list[str]:
    return [
        editor.item(row).text()
        for row in range(editor.count())
        if editor.item(row).checkState() == Qt.CheckState.Checked
    ]


def click(qtbot, editor: QListWidget, name: str) -> None:
    """A click on the option's name (not only on its box)."""
    item = editor.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(
        editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.visualItemRect(item).center()
    )


def test_the_table_is_an_overview_and_the_editor_shows_the_chosen_row(qtbot, store, form):
    place_id = intake.new_place(store, "De Pit")
    for name, day in (("Koffieochtend", "di"), ("Taalcafé", "wo")):
        store.create("activity", {"place_id": place_id, "name": name, "days": [day]})
    form.load_place(place_id)
    form.show_section("activities")
    panel = form.table("activity")
    header = panel.view.horizontalHeader()
    shown = sorted(
        (header.visualIndex(c), panel.model.defs[c].name)
        for c in range(len(panel.model.defs))
        if not panel.view.isColumnHidden(c)
    )
    assert [name for _, name in shown] == ["name", "days", "start", "end", "target_groups"]
    assert not panel.view.editTriggers()  # read only: edits go through the editor
    editor = panel.editor
    assert editor.record_id == panel.model.record_id(0)  # the first row is shown at once
    assert editor.editor("name").widget.text() == "Koffieochtend"
    assert box(form, "days").text == "dinsdag"
    assert cell(form, "activity", 0, "days").data() == "di"

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert editor.editor("name").widget.text() == "Taalcafé"
    assert editor.title.text() == "Activiteit 2 van 2"
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter: the cursor in the editor
    assert QApplication.focusWidget() is editor.editor("name").widget


def test_typing_in_the_editor_stores_it_with_undo_and_a_change(qtbot, store, form, activity):
    editor = form.table("activity").editor
    name = editor.editor("name").widget
    name.setFocus()
    name.selectAll()
    type_text(qtbot, name, "Koffieochtend met taal")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert stored(store, activity, "name") == "Koffieochtend met taal"
    assert cell(form, "activity", 0, "name").data() == "Koffieochtend met taal"
    changes = sql_rows(
        store.path,
        "SELECT value FROM change WHERE record_id = ? AND field = 'name' ORDER BY seq",
        activity,
    )
    assert changes[-1]["value"] == '"Koffieochtend met taal"'
    assert form.undo_stack.undoText() == "Naam wijzigen"

    form.undo_stack.undo()
    assert stored(store, activity, "name") == "Koffieochtend"
    assert editor.record_id == activity  # the same record stays chosen after the reload
    assert editor.editor("name").widget.text() == "Koffieochtend"


def test_an_invalid_time_is_refused_under_its_field_and_nothing_is_stored(
    qtbot, store, form, activity
):
    start = form.table("activity").editor.editor("start")
    start.widget.setFocus()
    type_text(qtbot, start.widget, "25:99")
    qtbot.keyClick(start.widget, Qt.Key.Key_Return)
    assert start.has_error and start.error.isVisibleTo(form)
    assert start.widget.text() == "25:99"  # stays for the person to fix
    assert stored(store, activity, "start") is None
    start.widget.clear()
    type_text(qtbot, start.widget, "9:30")
    qtbot.keyClick(start.widget, Qt.Key.Key_Return)
    assert not start.has_error
    assert stored(store, activity, "start") == "09:30"


def test_tick_days_with_keys_enter_stores_the_codes_and_undo_restores(qtbot, store, form, activity):
    line, popup = open_list(qtbot, form, "days")
    assert ticked(popup) == ["vrijdag"]  # what is stored is ticked, and the cursor is on it
    assert popup.currentItem().text() == "vrijdag"
    steps = form.undo_stack.count()

    qtbot.keyClick(popup, Qt.Key.Key_Space)  # vrijdag off
    qtbot.keyClick(popup, Qt.Key.Key_Up)  # donderdag
    qtbot.keyClick(popup, Qt.Key.Key_Space)
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Up)  # dinsdag
    qtbot.keyClick(popup, Qt.Key.Key_Space)
    assert ticked(popup) == ["dinsdag", "donderdag"]
    assert stored(store, activity, "days") == ["vr"]  # nothing stored before Enter
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line.popup is None)

    assert stored(store, activity, "days") == ["di", "do"]  # the value list's order
    assert line.text == "dinsdag, donderdag"
    assert cell(form, "activity", 0, "days").data() == "di, do"
    assert form.undo_stack.count() == steps + 1
    assert form.undo_stack.undoText() == f"{field('activity', 'days').label} wijzigen"

    form.undo_stack.undo()
    assert stored(store, activity, "days") == ["vr"]
    assert box(form, "days").text == "vrijdag"


def test_clicks_toggle_and_escape_leaves_the_stored_days(qtbot, store, form, activity):
    line, popup = open_list(qtbot, form, "days")
    click(qtbot, popup, "zondag")
    click(qtbot, popup, "dinsdag")
    click(qtbot, popup, "dinsdag")  # and off again
    assert ticked(popup) == ["vrijdag", "zondag"]
    steps = form.undo_stack.count()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: line.popup is None)
    assert stored(store, activity, "days") == ["vr"]
    assert line.text == "vrijdag"
    assert form.undo_stack.count() == steps

    line, popup = open_list(qtbot, form, "days")  # the clicks were not kept
    assert ticked(popup) == ["vrijdag"]
    click(qtbot, popup, "zondag")
    qtbot.keyClick(popup, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: line.popup is None)
    assert stored(store, activity, "days") == ["vr", "zo"]
    assert cell(form, "activity", 0, "days").data() == "vr, zo"


def test_clicking_elsewhere_keeps_the_ticks(qtbot, store, form, activity):
    line, popup = open_list(qtbot, form, "days")
    click(qtbot, popup, "maandag")
    outside = popup.mapFromGlobal(line.mapToGlobal(QPoint(-20, -20)))  # beside the line
    qtbot.mousePress(popup, Qt.MouseButton.LeftButton, pos=outside)  # the press comes to it
    qtbot.waitUntil(lambda: line.popup is None)
    assert stored(store, activity, "days") == ["ma", "vr"]


@pytest.mark.parametrize("name", ["themes", "target_groups", "days"])
def test_every_list_opens_under_its_line_with_all_options_in_sight(qtbot, form, activity, name):
    names = list(reference.options(field("activity", name).options or "").values())
    line, popup = open_list(qtbot, form, name)
    assert [popup.item(row).text() for row in range(popup.count())] == names
    assert popup.width() >= line.width()
    screen = line.screen().availableGeometry()
    assert screen.contains(popup.geometry())  # on the screen: at the line, or moved onto it
    left, below = line.mapToGlobal(QPoint(0, 0)).x(), line.mapToGlobal(QPoint(0, line.height()))
    assert popup.x() == left or popup.geometry().right() == screen.right()
    # under the line; where there is no room below, upwards from the line's bottom
    assert popup.y() == below.y() or popup.geometry().bottom() <= below.y() or popup.y() == 0
    assert not popup.verticalScrollBar().isVisible()
    inside = popup.viewport().rect()
    assert all(
        inside.contains(popup.visualItemRect(popup.item(row))) for row in range(popup.count())
    )
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: line.popup is None)


def test_the_model_takes_codes_and_still_typed_names(store, form, activity):
    set_cell(form, "activity", 0, "days", ["za", "ma"])
    assert stored(store, activity, "days") == ["ma", "za"]
    assert box(form, "days").text == "maandag, zaterdag"  # the editor follows
    set_cell(form, "activity", 0, "days", "woensdag, Zondag")
    assert stored(store, activity, "days") == ["wo", "zo"]
    assert cell(form, "activity", 0, "days").data(Qt.ItemDataRole.EditRole) == ["wo", "zo"]


def test_new_copy_and_delete_follow_the_editor(qtbot, store, form, activity):
    panel = form.table("activity")
    editor = panel.editor
    form.new_activity()
    assert panel.model.rowCount() == 2
    assert editor.record_id == panel.model.record_id(1)
    assert QApplication.focusWidget() is editor.editor("name").widget
    type_text(qtbot, editor.editor("name").widget, "Taalcafé")
    qtbot.keyClick(editor.editor("name").widget, Qt.Key.Key_Tab)  # leaving the field saves it
    new_id = editor.record_id
    assert stored(store, new_id, "name") == "Taalcafé"

    panel.copy_button.click()  # a copy of the chosen row, shown at once
    assert panel.model.rowCount() == 3
    assert editor.record_id not in (activity, new_id)
    assert editor.editor("name").widget.text() == "Taalcafé"
    assert stored(store, editor.record_id, "name") == "Taalcafé"

    panel.delete_button.click()
    assert panel.model.rowCount() == 2
    assert editor.record_id in (activity, new_id)
    assert len(sql_rows(store.path, "SELECT id FROM activity WHERE NOT archived")) == 2

    while panel.model.rowCount():
        panel.delete_button.click()
    assert editor.record_id is None
    assert not editor.editor("name").widget.isEnabled()
    assert not panel.delete_button.isEnabled() and not panel.copy_button.isEnabled()


def test_a_tie_chooses_the_other_plek_from_the_plekken(qtbot, store, form):
    place_id = intake.new_place(store, "De Pit")
    other = intake.new_place(store, "Speeltuin Het Anker")
    form.load_place(place_id)
    form.show_section("network")
    panel = form.table("tie")
    panel.add_button.click()
    combo = panel.editor.editor("other_place_id").widget
    index = combo.findData(other)
    assert index > 0
    assert combo.width() >= combo.fontMetrics().horizontalAdvance("Speeltuin Het Anker")
    combo.setCurrentIndex(index)  # a choice is saved at once
    tie = sql_rows(store.path, "SELECT other_place_id FROM tie WHERE place_id = ?", place_id)
    assert tie == [{"other_place_id": other}]
    assert cell(form, "tie", 0, "other_place_id").data() == "Speeltuin Het Anker"


def test_the_overview_and_the_editor_in_english(qtbot, store):
    """Opened in English: the headers, short days and the editor's own texts translated."""
    from PySide6.QtCore import QTranslator

    from ui.form import IntakeForm
    from ui.i18n import catalogue_path

    app = QApplication.instance()
    english = QTranslator()
    assert english.load(str(catalogue_path("en")))
    app.installTranslator(english)
    try:
        place_id = intake.new_place(store, "De Pit")
        store.create("activity", {"place_id": place_id, "name": "Breiclub", "days": ["ma", "wo"]})
        form = IntakeForm(store)
        qtbot.addWidget(form)
        form.load_place(place_id)
        form.show_section("activities")
        panel = form.table("activity")
        model = panel.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Activity"
        assert cell(form, "activity", 0, "days").data() == "Mon, Wed"
        assert panel.editor.title.text().endswith("1 of 1")
        assert "open the list" in box(form, "days").toolTip()
    finally:
        app.removeTranslator(english)


def test_an_edit_made_while_the_store_is_busy_is_kept_and_stored_later(
    qtbot, store, form, activity
):
    """Another program holds the write lock (a merge): the typed name is not lost -- the form
    keeps it, also when the person picks another row, and stores it once the lock is gone."""
    import sqlite3

    second = store.create(
        "activity", {"place_id": form.place_id, "name": "Taalcafé", "days": ["di"]}
    )
    form.load_place(form.place_id)
    form.show_section("activities")
    panel = form.table("activity")
    statuses: list[str] = []
    form.savedStatus.connect(statuses.append)
    lock = sqlite3.connect(store.path, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # the merge's write lock
    try:
        panel.editor.select(next(i for i, r in enumerate(panel.model.rows) if r["id"] == activity))
        name = panel.editor.editor("name").widget
        name.setFocus()
        name.selectAll()
        type_text(qtbot, name, "Koffieochtend met taal")
        qtbot.keyClick(name, Qt.Key.Key_Return)
        assert form.pending_count() == 1
        assert statuses[-1].startswith("Nog niet opgeslagen")
        assert stored(store, activity, "name") == "Koffieochtend"
        panel.editor.select(next(i for i, r in enumerate(panel.model.rows) if r["id"] == second))
        assert form.pending_count() == 1  # picking another row loses nothing
    finally:
        lock.rollback()
        lock.close()
    qtbot.waitUntil(lambda: form.pending_count() == 0, timeout=15000)
    assert stored(store, activity, "name") == "Koffieochtend met taal"
    assert statuses[-1].startswith("Opgeslagen")
