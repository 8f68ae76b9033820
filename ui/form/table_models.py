"""Table models over a plek's records (activities, finance lines, networks ...).

The rows come from :func:`nulmeting.reading.intake.load`. The table shows a few columns as an
overview (:data:`OVERVIEW`); the record editor under it edits every field of the chosen row
(:mod:`ui.form.record_editor`). An edit goes through :meth:`RecordTableModel.write` and
``Store.update`` at once (an invalid value is refused with the core's Dutch message, shown under
the field), adding a row is ``Store.create`` and deleting is ``Store.archive`` (the record stays
in the change log).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,  # type: ignore[attr-defined]
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from nulmeting.domain import reference
from nulmeting.domain.errors import StoreBusy, UserError
from nulmeting.domain.fields import BOOKKEEPING_FIELDS, FieldDef, content_fields, fields
from nulmeting.domain.validation import clean
from nulmeting.reading.intake import display
from nulmeting.store.store import Store
from ui.common import WINDOW_WRITE_WAIT_MS, busy_note
from ui.form.widgets import edit_text

Index = QModelIndex | QPersistentModelIndex

#: Columns per table (entity, filter on ``kind`` for finance lines).
COLUMNS: dict[str, list[str]] = {
    "activity": content_fields("activity"),
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
#: The columns the table shows as its overview (the record editor under it shows every field);
#: a table not named here shows all its columns.
OVERVIEW: dict[str, list[str]] = {
    "activity": ["name", "days", "start", "end", "target_groups"],
    "income": ["source", "description", "amount"],
    "tie": ["other_place_id", "partner", "kind"],
}
#: Column headers that differ from the field's label (translated in the context below).
HEADERS = {
    ("activity", "name"): QT_TRANSLATE_NOOP("RecordTableModel", "Activiteit"),
    ("activity", "participants"): QT_TRANSLATE_NOOP("RecordTableModel", "Deelnemers"),
    ("activity", "public"): QT_TRANSLATE_NOOP("RecordTableModel", "Openbaar"),
    ("tie", "other_place_id"): QT_TRANSLATE_NOOP("RecordTableModel", "Andere plek"),
    ("tie", "strength"): QT_TRANSLATE_NOOP("RecordTableModel", "Sterkte"),
    ("income", "amount"): QT_TRANSLATE_NOOP("RecordTableModel", "Bedrag (€)"),
    ("costs", "amount"): QT_TRANSLATE_NOOP("RecordTableModel", "Bedrag (€)"),
    ("costs", "category"): QT_TRANSLATE_NOOP("RecordTableModel", "Categorie"),
    ("activity", "run_by"): QT_TRANSLATE_NOOP("RecordTableModel", "Uitgevoerd door"),
}
#: The value list of weekdays: shown short in the overview ("ma, wo"; English "Mon, Wed").
WEEKDAYS = "dag"
SHORT_DAYS = {
    "ma": QT_TRANSLATE_NOOP("RecordTableModel", "ma"),
    "di": QT_TRANSLATE_NOOP("RecordTableModel", "di"),
    "wo": QT_TRANSLATE_NOOP("RecordTableModel", "wo"),
    "do": QT_TRANSLATE_NOOP("RecordTableModel", "do"),
    "vr": QT_TRANSLATE_NOOP("RecordTableModel", "vr"),
    "za": QT_TRANSLATE_NOOP("RecordTableModel", "za"),
    "zo": QT_TRANSLATE_NOOP("RecordTableModel", "zo"),
}


def shown(fd: FieldDef, value: Any, places: dict[str, str] | None = None) -> str:
    """A stored value as the window shows it: the core's Dutch text, its option names and
    ja/nee translated (``Keuze``), weekdays short ("ma, wo")."""
    if fd.kind == "multi" and fd.options == WEEKDAYS and value:
        return ", ".join(
            QCoreApplication.translate("RecordTableModel", str(SHORT_DAYS.get(code, code)))
            for code in value
        )
    if fd.kind == "multi" and value:
        return ", ".join(
            QCoreApplication.translate("Keuze", reference.option_name(fd.options or "", v))
            for v in value
        )
    if fd.kind == "choice" and value is not None:
        return QCoreApplication.translate("Keuze", display(fd, value))
    if fd.kind == "bool" and value is not None:
        return (
            QCoreApplication.translate("RecordTableModel", "ja")
            if value
            else QCoreApplication.translate("RecordTableModel", "nee")
        )
    return display(fd, value, places)


class RecordTableModel(QAbstractTableModel):
    #: (entity, record_id, field, old, new) after a stored edit
    edited = Signal(str, str, str, object, object)
    failed = Signal(str)
    #: (entity, record id, field, typed value): refused because the store was busy; the form
    #: keeps it and stores it as soon as it can, as it does for the page's own fields
    kept = Signal(str, str, str, object)

    def __init__(self, store: Store, table: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.entity = ENTITY_OF.get(table, table)
        self.defs: list[FieldDef] = [fields(self.entity)[n] for n in COLUMNS[table]]
        self.rows: list[dict[str, Any]] = []
        self.places: dict[str, str] = {}
        self.carried: set[str] = set()  # rows carried over from last year, not yet confirmed

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.defs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            fd = self.defs[section]
            if role == Qt.ItemDataRole.ToolTipRole:  # the field's whole label
                return QCoreApplication.translate("Veld", fd.label)
            header = HEADERS.get((self.table, fd.name))
            if header is not None:
                return QCoreApplication.translate("RecordTableModel", str(header))
            return QCoreApplication.translate("Veld", fd.label)
        return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def display_text(self, row: int, column: int) -> str:
        fd = self.defs[column]
        return shown(fd, self.rows[row].get(fd.name), self.places)

    def column(self, name: str) -> int:
        """The column of field ``name``."""
        return next(i for i, fd in enumerate(self.defs) if fd.name == name)

    def overview(self) -> list[int]:
        """The columns the table shows; the others are edited in the record editor only."""
        names = OVERVIEW.get(self.table)
        return [self.column(n) for n in names] if names else list(range(len(self.defs)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        fd = self.defs[index.column()]
        value = self.rows[index.row()].get(fd.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(fd, value, self.places)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, also where the cell elides it
            if fd.kind == "multi" and value:
                return ", ".join(
                    QCoreApplication.translate("Keuze", reference.option_name(fd.options or "", v))
                    for v in value
                )
            return shown(fd, value, self.places) or None
        if role == Qt.ItemDataRole.EditRole:  # what the cell's editor starts from
            if fd.kind == "multi":
                return list(value or [])  # codes; setData takes codes or typed names
            return value if fd.kind in {"choice", "bool", "place"} else edit_text(fd, value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()]["id"] in self.carried:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def set_carried(self, record_ids: set[str]) -> None:
        if set(record_ids) != self.carried:
            self.carried = set(record_ids)
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(len(self.rows) - 1, len(self.defs) - 1),
                    [Qt.ItemDataRole.FontRole],
                )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        error = self.write(index.row(), index.column(), value)
        if error is not None:
            self.failed.emit(error)
            return False
        return True

    def write(self, row: int, column: int, value: Any) -> str | None:
        """Store ``value`` (typed text, a code, codes) in a field of a row: checked by the core,
        written with ``Store.update``, announced with ``edited``. Returns the core's Dutch
        message when it is refused (invalid, or the store is busy); nothing is changed then."""
        fd = self.defs[column]
        record = self.rows[row]
        old = record.get(fd.name)
        try:
            new = clean(fd, value)
            if new == old:
                return None
            with self.store.waiting(WINDOW_WRITE_WAIT_MS):
                self.store.update(self.entity, record["id"], {fd.name: value})
        except StoreBusy:  # another program writes: the form keeps the edit and retries it
            self.kept.emit(self.entity, record["id"], fd.name, value)
            return busy_note()
        except UserError as exc:
            return str(exc)
        record[fd.name] = new
        index = self.index(row, column)
        self.dataChanged.emit(index, index)
        self.edited.emit(self.entity, record["id"], fd.name, old, new)
        return None

    # ---------------------------------------------------------------- rows

    def set_rows(self, rows: list[dict[str, Any]], places: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        if places is not None:
            self.places = places
        self.endResetModel()

    def record_id(self, row: int) -> str:
        return str(self.rows[row]["id"])

    def row_of(self, record_id: str | None) -> int | None:
        """The row of a record, None when it is not (or no longer) in the table."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == record_id), None)

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
