"""Cells with several options (an activity's themes, target groups and days): a list of tick
boxes that opens over the cell, driven with keys and clicks like a person would."""

from __future__ import annotations

from typing import Any

import pytest
from form_helpers import cell, set_cell, sql_rows, sql_value
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget

from nulmeting.domain import reference
from nulmeting.domain.fields import field
from nulmeting.reading import intake


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


def stored_days(store, activity_id: str) -> Any:
    """``days`` as SQLite holds it (JSON text), read past the store."""
    raw = sql_rows(store.path, "SELECT days FROM activity WHERE id = ?", activity_id)[0]["days"]
    return sql_value(raw, "multi")


def open_editor(form, name: str) -> tuple[Any, Any, QListWidget]:
    """Start editing the first activity's ``name`` cell: (view, index, editor)."""
    view = form.table("activity").view
    index = cell(form, "activity", 0, name)
    view.setFocus()
    view.setCurrentIndex(index)  # arriving does not open the list: it would take the arrows
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QListWidget), f"no list of tick boxes but {editor!r}"
    assert editor.isVisible()
    return view, index, editor


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


def closed(view, index) -> bool:
    return view.indexWidget(index) is None


def test_tick_days_with_keys_enter_stores_the_codes_and_undo_restores(qtbot, store, form, activity):
    view, index, editor = open_editor(form, "days")
    assert index.data(Qt.ItemDataRole.EditRole) == ["vr"]
    assert ticked(editor) == ["vrijdag"]  # what is stored is ticked, and the cursor is on it
    assert editor.currentItem().text() == "vrijdag"
    steps = form.undo_stack.count()

    qtbot.keyClick(editor, Qt.Key.Key_Space)  # vrijdag off
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # donderdag
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # dinsdag
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    assert ticked(editor) == ["dinsdag", "donderdag"]
    assert stored_days(store, activity) == ["vr"]  # nothing stored before Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(view, index))

    assert stored_days(store, activity) == ["di", "do"]  # the value list's order
    assert cell(form, "activity", 0, "days").data() == "dinsdag, donderdag"
    assert form.undo_stack.count() == steps + 1
    assert form.undo_stack.undoText() == f"{field('activity', 'days').label} wijzigen"

    form.undo_stack.undo()
    assert stored_days(store, activity) == ["vr"]
    assert cell(form, "activity", 0, "days").data() == "vrijdag"


def test_clicks_toggle_and_escape_leaves_the_stored_days(qtbot, store, form, activity):
    view, index, editor = open_editor(form, "days")
    click(qtbot, editor, "zondag")
    click(qtbot, editor, "dinsdag")
    click(qtbot, editor, "dinsdag")  # and off again
    assert ticked(editor) == ["vrijdag", "zondag"]
    steps = form.undo_stack.count()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(view, index))
    assert stored_days(store, activity) == ["vr"]
    assert cell(form, "activity", 0, "days").data() == "vrijdag"
    assert form.undo_stack.count() == steps

    view, index, editor = open_editor(form, "days")  # the clicks were not kept
    assert ticked(editor) == ["vrijdag"]
    click(qtbot, editor, "zondag")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: closed(view, index))
    assert stored_days(store, activity) == ["vr", "zo"]
    assert cell(form, "activity", 0, "days").data() == "vrijdag, zondag"


def test_clicking_elsewhere_keeps_the_ticks(qtbot, store, form, activity):
    view, index, editor = open_editor(form, "days")
    click(qtbot, editor, "maandag")
    editor.close()  # what Qt does with a popup when the person clicks outside it
    qtbot.waitUntil(lambda: closed(view, index))
    assert stored_days(store, activity) == ["ma", "vr"]


def test_the_click_on_the_cell_opens_a_list_over_it_with_every_day_in_sight(qtbot, form, activity):
    view = form.table("activity").view
    index = cell(form, "activity", 0, "days")
    view.scrollTo(index)
    rect = view.visualRect(index)
    on_cell = view.viewport().mapToGlobal(rect.center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.indexWidget(index)
    assert isinstance(editor, QListWidget), f"no list of tick boxes but {editor!r}"
    # the release of that click lands on the open list: it must not tick anything
    qtbot.mouseRelease(
        editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.viewport().mapFromGlobal(on_cell)
    )
    assert ticked(editor) == ["vrijdag"]

    assert editor.mapToGlobal(QPoint(0, 0)) == view.viewport().mapToGlobal(rect.topLeft())
    assert editor.width() >= rect.width()
    assert not editor.verticalScrollBar().isVisible()
    inside = editor.viewport().rect()
    assert all(
        inside.contains(editor.visualItemRect(editor.item(row))) for row in range(editor.count())
    )
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


@pytest.mark.parametrize("name", ["themes", "target_groups", "days"])
def test_every_multi_column_lists_its_options_in_order_with_a_tooltip(qtbot, form, activity, name):
    names = list(reference.options(field("activity", name).options or "").values())
    view, index, editor = open_editor(form, name)
    assert [editor.item(row).text() for row in range(editor.count())] == names
    assert all(n in editor.toolTip() for n in names)
    assert not editor.verticalScrollBar().isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(view, index))


def test_the_model_takes_codes_and_still_typed_names(store, form, activity):
    set_cell(form, "activity", 0, "days", ["za", "ma"])
    assert stored_days(store, activity) == ["ma", "za"]
    set_cell(form, "activity", 0, "days", "woensdag, Zondag")
    assert stored_days(store, activity) == ["wo", "zo"]
    assert cell(form, "activity", 0, "days").data(Qt.ItemDataRole.EditRole) == ["wo", "zo"]


def test_arrowing_through_a_row_does_not_open_the_lists(qtbot, store, form, activity):
    """Text cells open on arrival; a tick-box list would catch the arrow keys, so it waits for
    Enter, F2, typing or a click."""
    view = form.table("activity").view
    view.setFocus()
    view.setCurrentIndex(cell(form, "activity", 0, "name"))
    for name in ("themes", "target_groups", "days", "start"):
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Escape)  # leave a text editor
        qtbot.keyClick(view, Qt.Key.Key_Right)
        index = cell(form, "activity", 0, name)
        assert view.currentIndex() == index, name
        if name == "start":
            assert view.indexWidget(index) is not None  # a text cell opened as before
        else:
            assert view.indexWidget(index) is None, name
    view.setCurrentIndex(cell(form, "activity", 0, "days"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert isinstance(view.indexWidget(cell(form, "activity", 0, "days")), QListWidget)
