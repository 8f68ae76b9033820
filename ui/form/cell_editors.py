"""The tick-box list of a ``multi`` field (several codes from a value list).

:class:`MultiCellEditor` is a popup list, like the list of a combo box: never clipped by the
form, and nothing scrolls or moves under it while it is open. The record editor opens it under
its line (:class:`ui.form.record_editor.TickPopup`): Enter keeps the ticks, Escape drops them,
and closing it by clicking elsewhere keeps them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
#: Height of an option's row: about a table row, so the boxes do not touch.
ROW_HEIGHT = 24


class _RoomyRows(QStyledItemDelegate):
    """Options a little apart, and some room after the longest name."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, max(size.height() + 6, ROW_HEIGHT))


class MultiCellEditor(QListWidget):
    """One tick box per option, in the value list's order. Space or a click toggles."""

    def __init__(self, options: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)  # an outline over the table
        self.setItemDelegate(_RoomyRows(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._pressed: QListWidgetItem | None = None
        for code, name in options.items():
            item = QListWidgetItem(name, self)
            item.setData(CODE_ROLE, code)
            # Not user-checkable: toggling is done here (a click anywhere on the row, Space),
            # so the view's own toggling of the box cannot count a click twice.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setCurrentRow(0)

    # ---------------------------------------------------------------- value

    def codes(self) -> list[str]:
        """The ticked codes, in the value list's order."""
        return [
            str(self.item(row).data(CODE_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Any) -> None:
        chosen = set(codes or [])
        first = None
        for row in range(self.count()):
            item = self.item(row)
            ticked = item.data(CODE_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if ticked and first is None:
                first = row
        self.setCurrentRow(first or 0)

    def toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    # ---------------------------------------------------------------- size and place

    def needed_size(self) -> QSize:
        """All options without scrolling: the widest name with its box, every row."""
        frame = 2 * self.frameWidth()
        rows = max(1, self.count())
        return QSize(self.sizeHintForColumn(0) + frame, self.sizeHintForRow(0) * rows + frame)

    def place(self, cell: QRect) -> None:
        """At ``cell`` (screen coordinates), at least as wide, as tall as the options need;
        upwards from the cell's bottom when there is no room below, and never taller than the
        screen (then it scrolls)."""
        size = self.needed_size()
        width = max(cell.width(), size.width())
        height = size.height()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        if height > screen.height():
            height = screen.height()
            width += self.verticalScrollBar().sizeHint().width()
        left, top = cell.left(), cell.top()
        if top + height > screen.bottom() + 1:
            top = max(screen.top(), cell.bottom() + 1 - height)
            if top + height > screen.bottom() + 1:
                top = screen.bottom() + 1 - height
        if left + width > screen.right() + 1:
            left = max(screen.left(), screen.right() + 1 - width)
        self.setGeometry(left, top, width, height)

    # ---------------------------------------------------------------- keys and mouse

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            item = self.currentItem()
            if item is not None:
                self.toggle(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.itemAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.itemAt(event.position().toPoint())  # the second click toggles too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # Only a press and release both in the list: the release of the click that opened the
        # editor (pressed on the cell underneath) must not tick anything.
        item = self.itemAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and item is not None
            and item is self._pressed
        ):
            self.toggle(item)
        self._pressed = None
        super().mouseReleaseEvent(event)
