"""Small pieces the dialogs share."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
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
#: the frame around the current item of the list that has the keyboard (:func:`show_focus`)
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


class FocusFrame(QStyledItemDelegate):
    """A dark 2-pixel frame around the current item (row) of a list while it has the keyboard
    focus, on top of :func:`focus_highlight`'s strong selection: where the keyboard is, even
    when the current row is not the selected one. Qt's own focus rectangle (Fusion draws it
    only after a Tab, hidden in the blue) is left out. Install with :func:`show_focus`."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, opt, index)
        current = self._view.currentIndex()
        strong = self._view.palette().color(QPalette.ColorRole.Highlight).name()
        # the frame goes with the strong selection (focus_highlight keeps it while a menu is
        # open over the list, when the list has lost the focus to the menu for a moment)
        if strong == FOCUS_HIGHLIGHT[0] and current.isValid() and current.row() == index.row():
            self._frame(painter, opt.rect, index)

    def _frame(
        self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Drawn cell by cell: the sides only at the row's first and last column."""
        first = last = True
        header = self._view.horizontalHeader() if hasattr(self._view, "horizontalHeader") else None
        if header is not None:
            shown = [
                header.visualIndex(c)
                for c in range(header.count())
                if not header.isSectionHidden(c)
            ]
            visual = header.visualIndex(index.column())
            first, last = visual == min(shown), visual == max(shown)
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


def show_focus(view: QAbstractItemView) -> FocusFrame:
    """Where the keyboard is, plain to see in ``view``: :func:`focus_highlight` (strong or pale
    selection) and the :class:`FocusFrame` around its current row while it has the focus."""
    focus_highlight(view)
    delegate = FocusFrame(view)
    view.setItemDelegate(delegate)
    return delegate


#: How long an edit in the window waits for another writer (a merge in the CLI) before it is
#: kept and retried: short, so the window never freezes (the core's own wait is 30 s).
WINDOW_WRITE_WAIT_MS = 2000


def busy_note() -> str:
    """What an edit says that waits for another writer (a merge): kept, stored once it can."""
    return QCoreApplication.translate(
        "Opslaan",
        "Nog niet opgeslagen: het gegevensbestand is bezet (bijvoorbeeld door een "
        "samenvoeging). Wat u typte blijft bewaard en wordt opgeslagen zodra het kan.",
    )
