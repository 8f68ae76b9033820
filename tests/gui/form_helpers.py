"""Helpers that drive the real intake form widgets like a person would."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.form import IntakeForm
from ui.form.widgets import ChoiceEditor, FieldEditor, LineEditor, MultiEditor, TextAreaEditor


def editor(form: IntakeForm, entity: str, name: str) -> FieldEditor:
    """The field's editor; its page is built when it was not shown yet."""
    ed = form.field_editor(entity, name)
    assert ed is not None, (entity, name)
    return ed


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Key presses; QTest only knows ASCII, so other letters (ö, é) go as plain key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def fill(qtbot: Any, form: IntakeForm, entity: str, name: str, value: Any) -> FieldEditor:
    """Type text (then Enter / leave the field), pick a choice or tick boxes."""
    ed = editor(form, entity, name)
    if isinstance(ed, LineEditor):
        ed.widget.clear()
        type_text(qtbot, ed.widget, str(value))
        qtbot.keyClick(ed.widget, Qt.Key.Key_Return)
    elif isinstance(ed, TextAreaEditor):
        ed.widget.clear()
        type_text(qtbot, ed.widget, str(value))
        ed.flush_final()
    elif isinstance(ed, ChoiceEditor):
        index = ed.widget.findData(value)
        assert index >= 0, (name, value)
        ed.widget.setCurrentIndex(index)
    elif isinstance(ed, MultiEditor):
        for code in value:
            ed.boxes[code].setChecked(True)
    return ed


def cell(form: IntakeForm, table: str, row: int, name: str) -> QModelIndex:
    """The model index of field ``name`` in ``row`` of ``table`` (its page is built)."""
    model = form.table(table).model
    column = [fd.name for fd in model.defs].index(name)
    return model.index(row, column)


def set_cell(form: IntakeForm, table: str, row: int, name: str, value: Any) -> None:
    index = cell(form, table, row, name)
    assert index.model().setData(index, value), (table, name, value)


def sql_rows(path: Path, query: str, *args: Any) -> list[dict[str, Any]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(query, args)]
    finally:
        con.close()


def sql_value(raw: Any, kind: str) -> Any:
    """A value as SQLite holds it, in canonical form (JSON lists, 0/1 booleans)."""
    if raw is None:
        return None
    if kind == "multi":
        return json.loads(raw) if isinstance(raw, str) else raw
    if kind == "bool":
        return bool(raw)
    return raw
