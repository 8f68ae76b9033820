"""Ctrl+Z inside a field: first the field's own typing that is not stored yet, then the previous
stored edit (as the menu's Ongedaan maken) -- a text field no longer swallows the shortcut."""

from __future__ import annotations

from form_helpers import editor, sql_rows, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nulmeting.reading import intake

CTRL = Qt.KeyboardModifier.ControlModifier


def _place(store, place_id):
    return sql_rows(store.path, "SELECT name, address, notes FROM place WHERE id = ?", place_id)[0]


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def test_ctrl_z_in_an_untouched_field_undoes_the_previous_autosaved_field(
    qtbot, store, form
) -> None:
    place_id = intake.new_place(store, "De Brug")
    form.load_place(place_id)
    form.activateWindow()
    name = editor(form, "place", "name").widget
    address = editor(form, "place", "address").widget
    _focus(qtbot, name)
    name.selectAll()
    type_text(qtbot, name, "Buurthuis De Brug")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # leaves the field: stored
    assert _place(store, place_id)["name"] == "Buurthuis De Brug"
    _focus(qtbot, address)  # B: nothing typed in it

    qtbot.keyClick(address, Qt.Key.Key_Z, CTRL)

    assert name.text() == "De Brug"  # A's old value, in the widget and in SQLite
    assert _place(store, place_id)["name"] == "De Brug"
    assert address.hasFocus()  # the person stays where they were
    qtbot.keyClick(address, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert name.text() == "Buurthuis De Brug"
    assert _place(store, place_id)["name"] == "Buurthuis De Brug"


def test_ctrl_z_first_undoes_the_fields_own_typing_then_the_stored_edit(qtbot, store, form) -> None:
    place_id = intake.new_place(store, "De Brug")
    form.load_place(place_id)
    form.activateWindow()
    name = editor(form, "place", "name").widget
    address = editor(form, "place", "address").widget
    _focus(qtbot, name)
    name.selectAll()
    type_text(qtbot, name, "Huiskamer")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # stored
    _focus(qtbot, address)
    type_text(qtbot, address, "Schiedamseweg 1")  # not stored yet (within the pause)

    qtbot.keyClick(address, Qt.Key.Key_Z, CTRL)  # the field's own typing goes
    assert address.text() == ""
    assert name.text() == "Huiskamer"
    assert _place(store, place_id) == {"name": "Huiskamer", "address": None, "notes": None}

    qtbot.keyClick(address, Qt.Key.Key_Z, CTRL)  # nothing of its own left: the stored edit
    assert name.text() == "De Brug"
    assert _place(store, place_id)["name"] == "De Brug"


def test_ctrl_z_in_a_text_area_after_its_own_pause_undoes_the_stored_text(
    qtbot, store, form
) -> None:
    place_id = intake.new_place(store, "De Brug")
    form.load_place(place_id)
    form.activateWindow()
    form.show_section("notes")
    notes = editor(form, "place", "notes")
    _focus(qtbot, notes.widget)
    type_text(qtbot, notes.widget, "Sleutel bij de buren")
    notes.flush()  # the pause in typing: stored, the text stays in the field
    assert _place(store, place_id)["notes"] == "Sleutel bij de buren"

    qtbot.keyClick(notes.widget, Qt.Key.Key_Z, CTRL)

    assert _place(store, place_id)["notes"] is None
    assert notes.widget.toPlainText() == ""


def test_ctrl_z_in_a_field_of_the_window_undoes_one_step_not_two(
    qtbot, tmp_path, open_window
) -> None:
    """The window's own Ctrl+Z (the menu action) does not fire as well."""
    from nulmeting.store.store import open_store

    store = open_store(tmp_path / "venster.sqlite")
    window = open_window(store, places=3)
    form = window.form
    place_id = form.place_id or next(iter(dict(intake.place_choices(store))))
    form.load_place(place_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    name = editor(form, "place", "name").widget
    address = editor(form, "place", "address").widget
    before_name, before_address = name.text(), address.text()
    for widget, text in ((name, "Eerste naam"), (address, "Tweede adres 2")):
        _focus(qtbot, widget)
        widget.selectAll()
        type_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert form.undo_stack.index() == 2
    focused = editor(form, "place", "postcode").widget
    _focus(qtbot, focused)

    qtbot.keyClick(focused, Qt.Key.Key_Z, CTRL)

    assert form.undo_stack.index() == 1  # one step
    assert address.text() == before_address and name.text() == "Eerste naam"
    assert store.values("place", place_id)["name"] == "Eerste naam"
    qtbot.keyClick(focused, Qt.Key.Key_Z, CTRL)
    assert name.text() == before_name
    store.close()


def test_ctrl_pgdown_puts_the_keyboard_in_the_next_sections_first_field(qtbot, store, form) -> None:
    """Keyboard-only interviewing: after Ctrl+PgDown the person types on, in the new section
    (seen in a real window: the keyboard stayed in the search box)."""
    place_id = intake.new_place(store, "De Brug")
    form.load_place(place_id)
    form.activateWindow()
    form.show_section("activities")
    form.next_section()
    assert form.current_section() == "volunteers"
    first = editor(form, "interview", "volunteers_core").widget
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    form.previous_section()
    assert form.current_section() == "activities"
    qtbot.waitUntil(lambda: not first.hasFocus(), timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None and form.pages.currentWidget().isAncestorOf(focused)
