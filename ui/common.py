"""Small pieces the dialogs share."""

from __future__ import annotations

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
    """Dutch OK/Annuleren buttons wired to the dialog's accept/reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
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
