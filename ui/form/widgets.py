"""Field editors built from the field registry (:mod:`nulmeting.domain.fields`).

One :class:`FieldEditor` per field: it owns the input widget and a small red label for the Dutch
validation message under it, knows the last stored (canonical) value, and emits
:attr:`FieldEditor.committed` when the person has finished an edit (focus out, Enter, a choice, or
a short pause while typing). Saving is the form's job.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import FieldDef
from nulmeting.domain.validation import clean
from nulmeting.reading.intake import display, number
from ui.common import error_label

DEBOUNCE_MS = 700
EMPTY_CHOICE = "—"
#: item data of the empty choice: not None, which PySide6 6.12 mis-counts in item data
NO_VALUE = ""


def placeholder(kind: str) -> str:
    """The grey example in an empty field of ``kind``, in the window's language."""
    if kind == "postcode":
        return "1234 AB"
    if kind == "date":
        return QCoreApplication.translate("FieldEditor", "dd-mm-jjjj")
    if kind == "time":
        return "09:30"
    if kind == "email":
        return QCoreApplication.translate("FieldEditor", "naam@voorbeeld.nl")
    if kind == "phone":
        return "06-12345678"
    if kind == "money":
        return QCoreApplication.translate("FieldEditor", "bedrag in euro")
    if kind == "year":
        return QCoreApplication.translate("FieldEditor", "jjjj")
    if kind == "hours":
        return QCoreApplication.translate("FieldEditor", "uren")
    return ""


def field_label(fd: FieldDef) -> str:
    """A field's label from the registry, in the window's language."""
    return QCoreApplication.translate("Veld", fd.label)


def option_text(options: str, code: Any) -> str:
    """The name of ``code`` in value list ``options``, in the window's language."""
    name = reference.option_name(options, code) if code is not None else ""
    return QCoreApplication.translate("Keuze", name) if name else ""


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("FieldEditor", "Ja")
        if value
        else QCoreApplication.translate("FieldEditor", "Nee")
    )


def shown_value(fd: FieldDef, value: Any) -> str:
    """A stored value as the window shows it (``intake.display`` in the window's language)."""
    if value is None or value == [] or value == "":
        return ""
    if fd.kind == "bool":
        return yes_no(bool(value)).lower()
    if fd.kind == "choice":
        return option_text(fd.options or "", value)
    if fd.kind == "multi":
        return ", ".join(option_text(fd.options or "", v) for v in value)
    return display(fd, value)


class WrappingLabel(QLabel):
    """A word-wrapped label that always gets the height its lines need at the width it is
    given. Layouts (the form layout in particular) size a wrapped label for one width and then
    give it another, which cut a hint under a field in half."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:  # type: ignore[override]  # one of Qt's overloads
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()


class ElidingComboBox(QComboBox):
    """A choice narrower than its chosen name shows the name ending in "…" (never cut off
    mid-word by the arrow), with the whole name as its tooltip."""

    def paintEvent(self, event: Any) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        full = option.currentText
        option.currentText = self.fontMetrics().elidedText(
            full, Qt.TextElideMode.ElideRight, room.width()
        )
        self.setToolTip(full if option.currentText != full else "")
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class _FitHeight(QObject):
    """Gives a wrapped label made elsewhere (the message line) the height of its lines."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(obj, QLabel):
            fit_height(obj)
        return False


def fit_height(label: QLabel) -> None:
    need = label.heightForWidth(label.width()) if label.width() > 0 else -1
    if need > 0 and need != label.minimumHeight():
        label.setMinimumHeight(need)


def edit_text(fd: FieldDef, value: Any) -> str:
    """A canonical value as the person edits it (dd-mm-jjjj, 1234,5)."""
    if value is None:
        return ""
    if fd.kind == "date":
        return dt.date.fromisoformat(value).strftime("%d-%m-%Y")
    if fd.kind in {"float", "hours", "money"}:
        return number(value, 0 if float(value).is_integer() else 2).replace(".", "")
    if fd.kind == "multi":
        return ", ".join(option_text(fd.options or "", v) for v in value)
    return str(value)


class FieldEditor(QObject):
    """One field's input widget and its message label.

    Ctrl+Z in a text field first undoes the field's own typing that is not stored yet; with
    nothing of its own to undo it asks the form to undo the previous stored edit
    (:attr:`history_requested`), as the menu's Ongedaan maken does -- a text field would
    otherwise swallow the shortcut for its own (empty) undo. Ctrl+Shift+Z / Ctrl+Y likewise."""

    committed = Signal(object, bool)  # (editor, final: the person left the field)
    history_requested = Signal(bool)  # True: undo the previous stored edit; False: redo
    widget: QWidget  # each editor kind narrows this to the widget it makes

    def __init__(self, fd: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fd = fd
        self.stored: Any = None
        self.container = QWidget(parent)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.layout_ = layout
        self.widget = self._make_widget()
        self.widget.setAccessibleName(field_label(fd))
        layout.addWidget(self.widget)
        self.error = error_label(self.container)
        self._fit_error = _FitHeight(self)
        self.error.installEventFilter(self._fit_error)
        layout.addWidget(self.error)

    # to implement
    def _make_widget(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    # shared
    def set_value(self, value: Any) -> None:
        """Show a stored value (no commit) and clear any message."""
        self.stored = value
        blocked = self.widget.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.widget.blockSignals(blocked)
        self.clear_error()

    def flush(self) -> None:
        """Commit an edit still waiting for its pause."""

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        fit_height(self.error)

    def clear_error(self) -> None:
        if not self.error.isHidden():
            self.error.hide()
            self.error.clear()

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()

    def set_enabled(self, enabled: bool) -> None:
        self.widget.setEnabled(enabled)

    def _emit(self, final: bool = True) -> None:
        self.committed.emit(self, final)

    # undo and redo: the field's own typing first, then the form's stored edits
    def _own_history(self, undo: bool) -> bool:
        """Whether the widget has typing of its own to undo (or redo) that is not stored."""
        return False

    def _differs_from_stored(self, text: str) -> bool:
        try:
            return clean(self.fd, text) != self.stored
        except UserError:  # not valid, so not stored: the typing is the field's own
            return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.widget and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            )
            if (undo or redo) and not self._own_history(undo):
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # the key comes here, not to the window's action as well
                else:
                    self.history_requested.emit(undo)
                return True
        return False


class LineEditor(FieldEditor):
    """Text, numbers, postcode, e-mail, phone, date and time: typed, checked by the core."""

    widget: QLineEdit

    def _make_widget(self) -> QWidget:
        edit = QLineEdit(self.container)
        edit.setPlaceholderText(placeholder(self.fd.kind))
        if self.fd.is_number or self.fd.kind in {"date", "time", "postcode"}:
            edit.setMaximumWidth(200)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self._emit(False))
        edit.textEdited.connect(lambda _t: self.timer.start())
        edit.editingFinished.connect(self._finished)
        edit.installEventFilter(self)
        return edit

    def _own_history(self, undo: bool) -> bool:
        if not undo:
            return self.widget.isRedoAvailable()
        return self.widget.isUndoAvailable() and (
            self.timer.isActive() or self._differs_from_stored(self.widget.text())
        )

    def _finished(self) -> None:
        self.timer.stop()
        self._emit(True)

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._emit(True)

    def value(self) -> Any:
        return self.widget.text()

    def _show(self, value: Any) -> None:
        self.timer.stop()
        self.widget.setText(edit_text(self.fd, value))


class TextAreaEditor(FieldEditor):
    """Long text: saved after a pause in typing and when the field loses focus."""

    widget: QPlainTextEdit

    def _make_widget(self) -> QWidget:
        edit = QPlainTextEdit(self.container)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(130)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self._emit(False))
        edit.textChanged.connect(self.timer.start)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush_final()
        return super().eventFilter(obj, event)

    def _own_history(self, undo: bool) -> bool:
        document = self.widget.document()
        if not undo:
            return document.isRedoAvailable()
        return document.isUndoAvailable() and (
            self.timer.isActive() or self._differs_from_stored(self.widget.toPlainText())
        )

    def flush_final(self) -> None:
        self.timer.stop()
        self._emit(True)

    def flush(self) -> None:
        if self.timer.isActive():
            self.flush_final()

    def value(self) -> Any:
        return self.widget.toPlainText()

    def _show(self, value: Any) -> None:
        self.timer.stop()
        if self.widget.toPlainText() != (value or ""):
            self.widget.setPlainText(value or "")


class ChoiceEditor(FieldEditor):
    """A value list (choice), ja/nee (bool) or a wijk (district): saved at once when chosen."""

    widget: QComboBox

    def _make_widget(self) -> QWidget:
        combo = ElidingComboBox(self.container)
        combo.addItem(EMPTY_CHOICE, NO_VALUE)
        for code, name in self.items():
            combo.addItem(name, code)
        # As wide as the longest option where there is room, narrower (the chosen name elided)
        # where there is not: a narrow window or a large text scale never cuts the form off.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(combo.sizeHint().width())
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(lambda _i: self._emit(True))
        return combo

    def items(self) -> list[tuple[Any, str]]:
        if self.fd.kind == "bool":
            return [(True, yes_no(True)), (False, yes_no(False))]
        if self.fd.kind == "district":  # names of places: the same in every language
            return [(d.code, d.name) for d in reference.districts().values()]
        return [
            (code, QCoreApplication.translate("Keuze", name))
            for code, name in reference.options(self.fd.options or "").items()
        ]

    def value(self) -> Any:
        data = self.widget.currentData()
        return None if data == NO_VALUE else data

    def _show(self, value: Any) -> None:
        index = self.widget.findData(value) if value is not None else 0
        self.widget.setCurrentIndex(max(0, index))


class MultiEditor(FieldEditor):
    """A list of codes: check boxes in columns, saved at every tick."""

    COLUMNS = 2

    def _make_widget(self) -> QWidget:
        box = QWidget(self.container)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        options = {
            code: QCoreApplication.translate("Keuze", name)
            for code, name in reference.options(self.fd.options or "").items()
        }
        longest = max((len(name) for name in options.values()), default=0)
        # A short list, or long names ("Kerk / moskee / levensbeschouwelijk"), in one column:
        # the page never gets wider than its fields need.
        columns = 1 if len(options) <= 4 or longest > 22 else self.COLUMNS
        rows = (len(options) + columns - 1) // columns
        for i, (code, name) in enumerate(options.items()):
            check = QCheckBox(name, box)
            check.toggled.connect(lambda _on: self._emit(True))
            grid.addWidget(check, i % rows, i // rows)  # read down the columns
            self.boxes[code] = check
        return box

    def value(self) -> Any:
        return [code for code, check in self.boxes.items() if check.isChecked()]

    def _show(self, value: Any) -> None:
        chosen = set(value or [])
        for code, check in self.boxes.items():
            blocked = check.blockSignals(True)
            check.setChecked(code in chosen)
            check.blockSignals(blocked)

    def set_enabled(self, enabled: bool) -> None:
        for check in self.boxes.values():
            check.setEnabled(enabled)


def make_editor(fd: FieldDef, parent: QWidget | None = None) -> FieldEditor:
    if fd.kind == "longtext":
        return TextAreaEditor(fd, parent)
    if fd.kind in {"choice", "bool", "district"}:
        return ChoiceEditor(fd, parent)
    if fd.kind == "multi":
        return MultiEditor(fd, parent)
    return LineEditor(fd, parent)


def form_label(fd: FieldDef, buddy: QWidget) -> QLabel:
    text = field_label(fd) + (" *" if fd.asked else "")
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    if fd.asked:
        label.setToolTip(QCoreApplication.translate("FieldEditor", "Vraag altijd stellen"))
    return label
