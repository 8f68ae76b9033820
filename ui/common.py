"""Small pieces the dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

ERROR = "#b3261e"
MUTED = "#555555"
CAUTION = "#8a5a00"


def tint(widget: QWidget, colour: str, point_size: float | None = None) -> QWidget:
    """Text colour (and size) through the widget's palette and font: a per-widget style sheet
    would put the widget under Qt's style-sheet style, which costs start-up time."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)
    if point_size is not None:
        font = widget.font()
        font.setPointSizeF(point_size)
        widget.setFont(font)
    return widget


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK/Annuleren buttons (in the window's language) wired to the dialog's accept/reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialog", "Annuleren")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_label(parent: QWidget | None = None) -> QLabel:
    """The red, wrapping, hidden-until-needed line a Dutch validation message goes in."""
    label = QLabel(parent)
    tint(label, ERROR)
    label.setWordWrap(True)
    label.hide()
    return label


def fill(text: str, *values: object) -> str:
    """``text`` (a translated string) with ``%1``, ``%2`` … replaced by ``values`` in one pass,
    so a value that itself contains ``%2`` is left as it is (Qt's ``QString.arg``)."""
    import re

    return re.sub(
        r"%([1-9])",
        lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0],
        text,
    )


class _FocusHighlight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            if event.reason() == Qt.FocusReason.PopupFocusReason:  # type: ignore[attr-defined]
                return False  # a menu or a list opened over it: the focus comes straight back
            _paint_highlight(watched, focused=kind == QEvent.Type.FocusIn)
        return False


def _paint_highlight(view: QWidget, *, focused: bool) -> None:
    palette = view.palette()
    background, text = FOCUS_HIGHLIGHT if focused else QUIET_HIGHLIGHT
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(background))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(text))
    view.setPalette(palette)


#: The selected row of a list with the keyboard focus: strong; without it: a pale band.
FOCUS_HIGHLIGHT = ("#2f6fb3", "#ffffff")
QUIET_HIGHLIGHT = ("#d5e3f3", "#1f2d3d")


def focus_highlight(view: QWidget) -> None:
    """Make it plain whether a list has the keyboard focus: its selected row is strong blue
    while it has the focus and a pale band otherwise (as in a file manager). Through the
    palette, not a style sheet (start-up time, see :func:`tint`)."""
    filter_ = getattr(view, "_focus_highlight", None) or _FocusHighlight(view)
    view._focus_highlight = filter_  # type: ignore[attr-defined]
    view.installEventFilter(filter_)
    _paint_highlight(view, focused=view.hasFocus())
