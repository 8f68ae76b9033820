"""Small pieces the dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ERROR = "#b3261e"
MUTED = "#555555"
CAUTION = "#8a5a00"
#: the selection of a list that does not have the keyboard (the strong blue is for the one
#: that has it), and the frame around the current item of the list that has it
QUIET_SELECTION = "#d9e3ef"
FOCUS_FRAME = "#0d2b4d"


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


class FocusDelegate(QStyledItemDelegate):
    """Where the keyboard is, easy to see: in a list that has the focus the selected item is
    strong blue and the current item (row) has a dark frame; in a list without the focus the
    selected item is a quiet blue-grey with dark text and no frame. (Qt's Fusion style paints
    both alike and draws its focus rectangle only after a Tab, hidden in the blue.)

    Install with :func:`show_focus`; it repaints the view when the focus comes or goes."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            self._view.viewport().update()
        return False

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        focused = self._view.hasFocus()
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # the style's own rectangle: ours instead
        if not focused and opt.state & QStyle.StateFlag.State_Selected:
            opt.palette.setColor(QPalette.ColorRole.Highlight, QColor(QUIET_SELECTION))
            opt.palette.setColor(
                QPalette.ColorRole.HighlightedText, opt.palette.color(QPalette.ColorRole.Text)
            )
        super().paint(painter, opt, index)
        current = self._view.currentIndex()
        if focused and current.isValid() and current.row() == index.row():
            self._frame(painter, opt.rect, index)

    def _frame(
        self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """A 2-pixel frame around the current row, drawn cell by cell (sides only at the
        row's first and last column)."""
        header = getattr(self._view, "horizontalHeader", None)
        first = last = True
        if header is not None:
            visual = header().visualIndex(index.column())
            shown = [c for c in range(header().count()) if not header().isSectionHidden(c)]
            visuals = sorted(header().visualIndex(c) for c in shown)
            first, last = visual == visuals[0], visual == visuals[-1]
        painter.save()
        pen = QPen(QColor(FOCUS_FRAME))
        pen.setWidth(2)
        painter.setPen(pen)
        r = rect.adjusted(0, 1, 0, -1)
        painter.drawLine(r.left(), r.top(), r.right(), r.top())
        painter.drawLine(r.left(), r.bottom(), r.right(), r.bottom())
        if first:
            painter.drawLine(r.left() + 1, r.top(), r.left() + 1, r.bottom())
        if last:
            painter.drawLine(r.right(), r.top(), r.right(), r.bottom())
        painter.restore()


def show_focus(view: QAbstractItemView) -> FocusDelegate:
    """Give ``view`` the :class:`FocusDelegate` (keeps any other delegate it has per column)."""
    delegate = FocusDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
