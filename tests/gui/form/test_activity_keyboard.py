"""An activity entered with the keyboard only, in the real main window: from the form's list of
sections to the record stored in SQLite and shown in the table."""

from __future__ import annotations

from form_helpers import sql_rows, sql_value
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nulmeting.domain.fields import field
from ui.form.sections import SECTIONS


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the person's keys go: an open list, else the widget with the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def typed(qtbot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def test_enter_an_activity_with_the_keyboard_only(qtbot, store, open_window) -> None:
    window = open_window(store, places=3)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    form = window.form
    place_id = window.current_place
    before = {
        r["id"]
        for r in sql_rows(store.path, "SELECT id FROM activity WHERE place_id = ?", place_id)
    }

    form.sections.setFocus()  # the list of sections, as after clicking it or tabbing to it
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(SECTIONS.index("activities")):
        press(qtbot, Qt.Key.Key_Down)
    assert form.sections.currentItem().text() == "Activiteiten"
    panel = form.table("activity")
    assert form.pages.currentWidget().isAncestorOf(panel)

    press(
        qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    editor = panel.editor
    assert QApplication.focusWidget() is editor.editor("name").widget
    typed(qtbot, "Breiclub")
    press(qtbot, Qt.Key.Key_Tab)
    # Thema: Enter opens the list, arrows and Space tick, Enter keeps
    assert QApplication.focusWidget() is editor.editor("themes").widget
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)  # Ontmoeting / eenzaamheid
    for _ in range(7):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # Kunst / cultuur / muziek
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    press(qtbot, Qt.Key.Key_Tab)
    # Doelgroep ("voor wie")
    press(qtbot, Qt.Key.Key_Space)  # Space opens the list too
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # Ouderen 65+
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    press(qtbot, Qt.Key.Key_Tab)
    # Dagen
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # dinsdag
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # donderdag
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "9:30")  # Begin
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "11:30")  # Eind
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "W")  # Frequentie: Wekelijks
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "14")  # Gemiddeld aantal deelnemers
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "V")  # Uitgevoerd door: Vrijwilligers
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "Bibliotheek")  # Partners
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "J")  # Openbaar in wijkagenda: Ja
    assert QApplication.focusWidget() is editor.editor("public").widget

    rows = sql_rows(
        store.path, "SELECT * FROM activity WHERE place_id = ? AND NOT archived", place_id
    )
    new = [r for r in rows if r["id"] not in before]
    assert len(new) == 1
    record = {
        k: sql_value(v, field("activity", k).kind)
        for k, v in new[0].items()
        if k in {fd.name for fd in panel.model.defs}
    }
    assert record == {
        "name": "Breiclub",
        "themes": ["ontmoeting-eenzaamheid", "kunst-cultuur-muziek"],
        "target_groups": ["ouderen-65"],
        "days": ["di", "do"],
        "start": "09:30",
        "end": "11:30",
        "frequency": "wekelijks",
        "participants": 14,
        "run_by": "vrijwilligers",
        "partners": "Bibliotheek",
        "public": True,
    }
    row = panel.model.row_of(new[0]["id"])
    assert row == panel.model.rowCount() - 1 and panel.view.currentIndex().row() == row
    shown = {
        fd.name: panel.model.index(row, c).data()
        for c, fd in enumerate(panel.model.defs)
        if not panel.view.isColumnHidden(c)
    }
    assert shown == {
        "name": "Breiclub",
        "days": "di, do",
        "start": "09:30",
        "end": "11:30",
        "target_groups": "Ouderen 65+",
    }
