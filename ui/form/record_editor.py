"""The editor of one row of a form table: every field of the selected record, under the table.

A table of records (activities, finance lines, ties ...) shows a few columns as its overview;
:class:`RecordEditor` shows the selected row's fields one under the other, built from the field
registry like the rest of the form (:func:`ui.form.widgets.make_editor`), so nothing needs
sideways scrolling on a laptop. Every finished edit is written through the table's model
(:meth:`RecordTableModel.write`): the same path as an edit in a cell, so the form's undo stack
and the change log see it the same way.

Two editors are its own: :class:`TickListEditor` for several options (themes, days), a line
that opens the tick-box list of the table's cells (:class:`MultiCellEditor`) -- one stop for Tab,
arrows and Space inside the list -- and :class:`PlaceEditor`, the plekken to choose from.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.domain.fields import FieldDef
from ui.common import CAUTION, MUTED, tint
from ui.form.cell_editors import MultiCellEditor
from ui.form.sections import FieldGroup
from ui.form.table_models import RecordTableModel
from ui.form.widgets import EMPTY_CHOICE, NO_VALUE, ChoiceEditor, FieldEditor, make_editor

QWIDGETSIZE_MAX = (1 << 24) - 1
OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class TickPopup(MultiCellEditor):
    """The tick-box list as a popup of its own: Enter keeps the ticks, Escape drops them, and
    closing it by clicking elsewhere keeps them (as leaving a cell does)."""

    done = Signal(list)  # the ticked codes, when they are kept

    def __init__(self, options: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(options, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._cancelled = False
        self._finished = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS:
            self.close()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._cancelled = True
            self.close()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # A press outside the open list comes to the list itself, which as a scroll area
        # ignores it (so Qt's own closing of a popup never runs): close it here.
        if event.type() == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            if not self.rect().contains(self.mapFromGlobal(event.globalPosition().toPoint())):
                self.close()
                return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish()
        super().closeEvent(event)

    def hideEvent(self, event: Any) -> None:  # a popup closed by a click outside it
        self._finish()
        super().hideEvent(event)

    def _finish(self) -> None:
        if not self._finished:
            self._finished = True
            if not self._cancelled:
                self.done.emit(self.codes())


class TickListBox(QComboBox):
    """Looks like a list to choose from and shows the ticked names ("maandag, woensdag",
    elided, whole in the tooltip); Space, Enter, F4 or a click opens the tick boxes."""

    picked = Signal(list)

    def __init__(self, options: dict[str, str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.name = name
        self.codes: list[str] = []
        self.text = EMPTY_CHOICE
        self.popup: TickPopup | None = None
        self.addItem(EMPTY_CHOICE)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_codes(self, codes: list[str]) -> None:
        self.codes = [c for c in self.options if c in set(codes)]  # the value list's order
        text = ", ".join(self.options[c] for c in self.codes)
        self.text = text or EMPTY_CHOICE
        self._elide()
        hint = self.tr("Enter of spatie: lijst openen — spatie: aan/uit — Enter: bewaren")
        self.setToolTip(f"{text}\n{hint}" if text else hint)

    def _elide(self) -> None:
        """The names as far as they fit, ending in "…" (the style would cut them off)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        self.setItemText(
            0, self.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, room.width())
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def showPopup(self) -> None:
        if self.popup is not None:
            return
        popup = TickPopup(self.options, self)
        popup.setAccessibleName(self.name)
        popup.set_codes(self.codes)
        popup.done.connect(self.picked.emit)
        popup.destroyed.connect(self._popup_gone)
        below = self.mapToGlobal(QPoint(0, self.height()))
        popup.place(QRect(below, QSize(self.width(), 1)))
        self.popup = popup
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def hidePopup(self) -> None:
        if self.popup is not None:
            self.popup.close()

    def _popup_gone(self) -> None:
        self.popup = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS:
            self.showPopup()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.showPopup()
            return  # one item only: nothing to step through
        super().keyPressEvent(event)

    def wheelEvent(self, event: Any) -> None:
        event.ignore()  # the page scrolls, the value does not change


class TickListEditor(FieldEditor):
    """Several options of a value list (``multi``): saved when the list is closed with Enter
    (or by clicking elsewhere), unchanged with Escape."""

    widget: TickListBox

    def _make_widget(self) -> QWidget:
        options = {
            code: QCoreApplication.translate("Keuze", name)
            for code, name in reference.options(self.fd.options or "").items()
        }
        box = TickListBox(options, self.fd.label, self.container)
        box.picked.connect(self._picked)
        return box

    def _picked(self, codes: list[str]) -> None:
        if set(codes) != set(self.widget.codes):
            self.widget.set_codes(codes)
            self._emit(True)

    def value(self) -> Any:
        return list(self.widget.codes)

    def _show(self, value: Any) -> None:
        self.widget.set_codes(list(value or []))


class PlaceEditor(ChoiceEditor):
    """Another plek (a tie's other side): the plekken of the store, set with :meth:`set_places`."""

    places: dict[str, str] = {}

    def items(self) -> list[tuple[Any, str]]:
        return list(self.places.items())

    def set_places(self, places: dict[str, str]) -> None:
        if places == self.places:
            return
        self.places = dict(places)
        combo = self.widget
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(EMPTY_CHOICE, NO_VALUE)
        for code, name in self.items():
            combo.addItem(name, code)
        self._show(self.stored)
        combo.blockSignals(blocked)
        combo.setMaximumWidth(QWIDGETSIZE_MAX)  # made before there were plekken to measure


def editor_for(fd: FieldDef, parent: QWidget | None = None) -> FieldEditor:
    """The record editor's editor of a field: the form's own, except tick lists and plekken."""
    if fd.kind == "multi":
        return TickListEditor(fd, parent)
    if fd.kind == "place":
        return PlaceEditor(fd, parent)
    return make_editor(fd, parent)


class RecordFields(FieldGroup):
    """The record editor's label/field rows: narrower labels than a section page's (a long one
    wraps), so the fields keep room in the narrow column under a table."""

    LABEL_WIDTH = 130


class RecordEditor(QFrame):
    """Every field of the row selected in ``view``, saved as it is edited."""

    def __init__(
        self, model: RecordTableModel, view: QAbstractItemView, noun: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.model, self.view, self.noun = model, view, noun
        self.record_id: str | None = None
        self._kept: str | None = None
        self._writing = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(noun)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.note = QLabel()
        self.note.setWordWrap(True)
        tint(self.note, MUTED)
        layout.addWidget(self.note)
        self.group = RecordFields([])
        for fd in model.defs:
            self.group.add(editor_for(fd, self.group))
        self.editors: list[FieldEditor] = self.group.editors
        for editor in self.editors:
            editor.committed.connect(self._commit)
        layout.addWidget(self.group)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        model.dataChanged.connect(self._data_changed)
        model.rowsInserted.connect(lambda *_: self._show_title())
        model.rowsRemoved.connect(self._rows_removed)
        self.carried: set[str] = set()
        self._show_record(None)

    # ---------------------------------------------------------------- API

    def row(self) -> int | None:
        """The row on show (None: no row chosen)."""
        return self.model.row_of(self.record_id)

    def editor(self, name: str) -> FieldEditor:
        return next(e for e in self.editors if e.fd.name == name)

    def focus_first(self) -> None:
        """Put the cursor in the first field (after adding a row, or Enter in the table)."""
        if self.record_id is not None:
            self.editors[0].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Store an edit still waiting for its pause in typing."""
        for editor in self.editors:
            editor.flush()

    def set_carried(self, record_ids: set[str]) -> None:
        """The records carried over from last year and not yet confirmed (vervolgmeting)."""
        self.carried = set(record_ids)
        self._show_title()

    # ---------------------------------------------------------------- showing

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()  # what was typed goes to the row it was typed for
        self._show_record(current.row() if current.isValid() else None)

    def _show_record(self, row: int | None) -> None:
        record = self.model.rows[row] if row is not None else None
        self.record_id = str(record["id"]) if record else None
        places = self.model.places
        for editor in self.editors:
            if isinstance(editor, PlaceEditor):
                editor.set_places(places)
            editor.set_value(record.get(editor.fd.name) if record else None)
            editor.set_enabled(record is not None)
        self._show_title()

    def _show_title(self) -> None:
        row, count = self.row(), self.model.rowCount()
        if row is None:
            self.title.setText(self.noun)
            self.note.setText(
                self.tr("Kies een regel in de tabel, of voeg er een toe.")
                if count
                else self.tr("Nog niets ingevuld: voeg een regel toe.")
            )
            tint(self.note, MUTED)
            self.note.show()
            return
        self.title.setText(
            self.tr("%1 %2 van %3")
            .replace("%1", self.noun)
            .replace("%2", str(row + 1))
            .replace("%3", str(count))
        )
        if self.record_id in self.carried:
            self.note.setText(
                self.tr("Overgenomen van vorig jaar, nog te bevestigen: pas aan wat anders is.")
            )
            tint(self.note, CAUTION)
            self.note.show()
        else:
            self.note.hide()

    def _remember(self) -> None:
        self._kept = self.record_id

    def _restore(self) -> None:
        """After the rows were read again (undo, another plek): the same record when it is
        still there, else the first row."""
        row = self.model.row_of(self._kept)
        if row is None and self.model.rowCount():
            row = 0
        self._kept = None
        if row is None:
            self._show_record(None)
            return
        self.select(row)

    def select(self, row: int) -> None:
        index = self.model.index(row, self.model.overview()[0])
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if self.model.row_of(self.record_id) != row:  # the same index: no signal came
            self._show_record(row)

    def _rows_removed(self, *_: Any) -> None:
        if self.row() is None:
            current = self.view.currentIndex()
            self._show_record(current.row() if current.isValid() else None)
        else:
            self._show_title()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        """A value changed outside this editor (a cell, a test): show it."""
        row = self.row()
        if self._writing or row is None or not top.row() <= row <= bottom.row():
            return
        record = self.model.rows[row]
        for editor in self.editors:
            if record.get(editor.fd.name) != editor.stored:
                editor.set_value(record.get(editor.fd.name))

    # ---------------------------------------------------------------- saving

    def _commit(self, editor: FieldEditor, final: bool) -> None:
        row = self.row()
        if row is None:
            return
        self._writing = True
        try:
            error = self.model.write(row, self.model.column(editor.fd.name), editor.value())
        finally:
            self._writing = False
        if error is not None:  # refused: the typed text stays for the person to fix
            editor.show_error(error)
            return
        new = self.model.rows[row].get(editor.fd.name)
        if final:
            editor.set_value(new)
        else:  # still typing: the text and the cursor stay
            editor.stored = new
            editor.clear_error()
