"""Editable table models over a plek's records (activities, finance lines, networks ...).

The rows come from :func:`nulmeting.reading.intake.load`; an edit goes through ``Store.update`` at once
(an invalid value is refused with the core's Dutch message, shown under the table), adding a row is
``Store.create`` and deleting is ``Store.archive`` (the record stays in the change log).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import BOOKKEEPING_FIELDS, FieldDef, fields
from nulmeting.domain.validation import clean
from nulmeting.reading.intake import display
from nulmeting.store.store import Store
from ui.form.cell_editors import MultiCellEditor
from ui.form.widgets import EMPTY_CHOICE, NO_VALUE, edit_text

Index = QModelIndex | QPersistentModelIndex

#: Columns per table (entity, filter on ``kind`` for finance lines).
COLUMNS: dict[str, list[str]] = {
    "activity": [
        "name",
        "themes",
        "target_groups",
        "days",
        "start",
        "end",
        "frequency",
        "participants",
        "run_by",
        "partners",
        "public",
    ],
    "income": ["source", "description", "amount", "structural", "ends_on"],
    "costs": ["category", "description", "amount"],
    "membership": ["network", "role"],
    "tie": ["other_place_id", "partner", "kind", "strength", "notes"],
    "need": ["kind", "urgency", "notes"],
    "contact": ["name", "role"],
}
ENTITY_OF = {"income": "finance_line", "costs": "finance_line"}
NEW_VALUES: dict[str, dict[str, Any]] = {
    "income": {"kind": "inkomsten"},
    "costs": {"kind": "kosten"},
}
HEADERS = {
    ("activity", "participants"): "Deelnemers",
    ("activity", "public"): "Openbaar",
    ("tie", "other_place_id"): "Andere plek",
    ("tie", "strength"): "Sterkte",
    ("income", "amount"): "Bedrag (€)",
    ("costs", "amount"): "Bedrag (€)",
    ("costs", "category"): "Categorie",
    ("activity", "run_by"): "Uitgevoerd door",
}


class RecordTableModel(QAbstractTableModel):
    #: (entity, record_id, field, old, new) after a stored edit
    edited = Signal(str, str, str, object, object)
    failed = Signal(str)

    def __init__(self, store: Store, table: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.entity = ENTITY_OF.get(table, table)
        self.defs: list[FieldDef] = [fields(self.entity)[n] for n in COLUMNS[table]]
        self.rows: list[dict[str, Any]] = []
        self.places: dict[str, str] = {}

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.defs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            fd = self.defs[section]
            return HEADERS.get((self.table, fd.name), fd.label)
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def display_text(self, row: int, column: int) -> str:
        fd = self.defs[column]
        return display(fd, self.rows[row].get(fd.name), self.places)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        fd = self.defs[index.column()]
        value = self.rows[index.row()].get(fd.name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(fd, value, self.places)
        if role == Qt.ItemDataRole.EditRole:  # what the cell's editor starts from
            if fd.kind == "multi":
                return list(value or [])  # codes; setData takes codes or typed names
            return value if fd.kind in {"choice", "bool", "place"} else edit_text(fd, value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        fd = self.defs[index.column()]
        row = self.rows[index.row()]
        old = row.get(fd.name)
        try:
            new = clean(fd, value)
            if new == old:
                return True
            self.store.update(self.entity, row["id"], {fd.name: value})
        except UserError as exc:  # invalid, or the store is busy
            self.failed.emit(str(exc))
            return False
        row[fd.name] = new
        self.dataChanged.emit(index, index)
        self.edited.emit(self.entity, row["id"], fd.name, old, new)
        return True

    # ---------------------------------------------------------------- rows

    def set_rows(self, rows: list[dict[str, Any]], places: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        if places is not None:
            self.places = places
        self.endResetModel()

    def record_id(self, row: int) -> str:
        return str(self.rows[row]["id"])

    def add(self, parent_field: str, parent_id: str, copy_of: int | None = None) -> str:
        """Create a record (a copy of row ``copy_of``) and append it; returns its id."""
        values: dict[str, Any] = {parent_field: parent_id, **NEW_VALUES.get(self.table, {})}
        if copy_of is not None:  # its fields only (a loaded row also holds id, updated_at)
            copied = set(fields(self.entity)) - BOOKKEEPING_FIELDS
            values.update(
                {k: v for k, v in self.rows[copy_of].items() if k in copied and v is not None}
            )
        record_id = self.store.create(self.entity, values)
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append({**{fd.name: None for fd in self.defs}, **values, "id": record_id})
        self.endInsertRows()
        return record_id

    def archive(self, row: int) -> str:
        record_id = self.record_id(row)
        self.store.archive(self.entity, record_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        return record_id


class FieldDelegate(QStyledItemDelegate):
    """Editors per kind of field: a list for choices, ja/nee and plekken, tick boxes for
    several options (``multi``), text otherwise."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        fd: FieldDef = model.defs[index.column()]  # type: ignore[attr-defined]
        if fd.kind in {"choice", "bool", "place"}:
            combo = QComboBox(parent)
            combo.addItem(EMPTY_CHOICE, NO_VALUE)
            if fd.kind == "bool":
                items: list[tuple[Any, str]] = [(True, "Ja"), (False, "Nee")]
            elif fd.kind == "place":
                items = list(model.places.items())  # type: ignore[attr-defined]
            else:
                items = list(reference.options(fd.options or "").items())
            for code, name in items:
                combo.addItem(name, code)
            return combo
        if fd.kind == "multi":
            options = reference.options(fd.options or "")
            # owned by the view, not its viewport: a popup is a window of its own
            ticks = MultiCellEditor(options, parent.parentWidget() or parent)
            ticks.setAccessibleName(fd.label)
            ticks.setToolTip(
                f"Kies uit: {', '.join(options.values())}.\n"
                "Spatie of klik: aan/uit — Enter: bewaren — Esc: annuleren"
            )
            return ticks
        edit = QLineEdit(parent)
        if fd.kind == "time":
            edit.setPlaceholderText("09:30")
        elif fd.kind == "date":
            edit.setPlaceholderText("dd-mm-jjjj")
        return edit

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        view = option.widget
        if isinstance(editor, MultiCellEditor) and isinstance(view, QAbstractItemView):
            # a popup: placed on the screen, over the cell
            rect = option.rect
            editor.place(QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size()))
        else:
            super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MultiCellEditor):
            editor.set_codes(value)
        elif isinstance(editor, QComboBox):
            found = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(0, found))
        else:
            editor.setText("" if value is None else str(value))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, MultiCellEditor):
            model.setData(index, editor.codes(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            data = editor.currentData()
            model.setData(index, None if data == NO_VALUE else data, Qt.ItemDataRole.EditRole)
        else:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
