"""The plekken list: a table model over :class:`nulmeting.reading.queries.PlaceRow`, a filter
proxy and the view.

The model holds rows from the core (no SQL here); the proxy filters by wijk and status and
searches name and address as you type, on keys folded once per row (case and accents ignored).
The view cuts long text at the end ("Buurtcoöperatie He…"; the tooltip has it all), lets every
column be resized, and gives the name column what the other columns leave of its width.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from nulmeting.domain import reference
from nulmeting.domain.reference import fold
from nulmeting.reading.queries import PlaceRow
from ui.common import fill, show_focus

COL_NAME, COL_DISTRICT, COL_STATUS, COL_COMPLETENESS = range(4)
HEADERS = (  # shown translated (headerData)
    QT_TRANSLATE_NOOP("PlaceTableModel", "Naam"),
    QT_TRANSLATE_NOOP("PlaceTableModel", "Wijk"),
    QT_TRANSLATE_NOOP("PlaceTableModel", "Meting"),
    QT_TRANSLATE_NOOP("PlaceTableModel", "Volledig"),
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISTRICT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 5

ANY = None  # filter value: no filter

Index = QModelIndex | QPersistentModelIndex


def _search_key(row: PlaceRow) -> str:
    return f"{fold(row.name)}|{fold(row.address)}"


STATUS_ORDER = {"": 0, "gepland": 1, "afgenomen": 2, "gecontroleerd": 3}


def _sort_key(row: PlaceRow, column: int) -> tuple:
    name = (row.name.casefold(), row.id)
    if column == COL_DISTRICT:
        return (row.district_name.casefold(), *name)
    if column == COL_STATUS:
        return (STATUS_ORDER.get(row.status, 9), *name)
    if column == COL_COMPLETENESS:
        return (row.completeness, *name)
    return name


class PlaceTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlaceRow] = []
        self._keys: list[str] = []
        self._position: dict[str, int] = {}
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)

    # ---------------------------------------------------------------- Qt interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlaceTableModel", str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return row.name or self.tr("(naamloos)")
            if col == COL_DISTRICT:
                return row.district_name
            if col == COL_STATUS:
                return self.status_text(row.status)
            return f"{round(row.completeness * 100)}%"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_COMPLETENESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return _sort_key(row, col)
        if role == ID_ROLE:
            return row.id
        if role == DISTRICT_ROLE:
            return row.district
        if role == STATUS_ROLE:
            return row.status
        if role == ROW_ROLE:
            return row
        return None

    def status_text(self, status: str) -> str:
        """The Meting column's text for a status code (``NO_INTERVIEW``: "Geen meting")."""
        return (
            QCoreApplication.translate("Keuze", reference.option_name("metingstatus", status))
            if status
            else self.tr("Geen meting")
        )

    def tooltip(self, row: PlaceRow) -> str:
        """The whole row in full, whichever column the pointer is on (any of them may be cut)."""
        lines = [row.name or self.tr("(naamloos)")]
        if row.address:
            lines.append(row.address)
        if row.district_name:
            lines.append(fill(self.tr("Wijk: %1"), row.district_name))
        lines.append(
            fill(
                self.tr("Meting: %1 · %2% volledig"),
                self.status_text(row.status),
                round(row.completeness * 100),
            )
        )
        return "\n".join(lines)

    # ---------------------------------------------------------------- content

    def set_rows(self, rows: list[PlaceRow]) -> None:
        self.beginResetModel()
        column, order = self._sort
        self._rows = sorted(
            rows, key=lambda r: _sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._reindex()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on precomputed keys (one pass, no per-comparison calls from C++)."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {r.id: i for i, r in enumerate(self._rows)}
        self._rows.sort(
            key=lambda r: _sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._reindex()
        persistent = self.persistentIndexList()
        order_of = [self._position[pid] for pid in old]  # old row number → new row number
        self.changePersistentIndexList(
            persistent, [self.index(order_of[p.row()], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._keys = [_search_key(r) for r in self._rows]
        self._position = {r.id: i for i, r in enumerate(self._rows)}

    def rows(self) -> list[PlaceRow]:
        return list(self._rows)

    def row_of(self, place_id: str) -> int:
        """Row number of a plek, -1 when it is not in the list."""
        return self._position.get(place_id, -1)

    def place_at(self, row: int) -> PlaceRow:
        return self._rows[row]

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def upsert(self, row: PlaceRow) -> int:
        """Replace the row of ``row.id`` (or insert it in sort order); returns its row number."""
        at = self.row_of(row.id)
        if at < 0:
            column, order = self._sort
            key = _sort_key(row, column)
            descending = order == Qt.SortOrder.DescendingOrder
            at = next(
                (
                    i
                    for i, r in enumerate(self._rows)
                    if (_sort_key(r, column) < key if descending else _sort_key(r, column) > key)
                ),
                len(self._rows),
            )
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._reindex()
            self.endInsertRows()
            return at
        self._rows[at] = row
        self._keys[at] = _search_key(row)
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(HEADERS) - 1))
        return at

    def remove(self, place_id: str) -> bool:
        at = self.row_of(place_id)
        if at < 0:
            return False
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        del self._keys[at]
        self._position = {r.id: i for i, r in enumerate(self._rows)}
        self.endRemoveRows()
        return True


class PlaceFilterProxy(QSortFilterProxyModel):
    """Filter by wijk code and status code (``ANY``: no filter) and a search text.

    Sorting is done by the source model (:meth:`PlaceTableModel.sort`); the proxy keeps the
    source order, so filtering as you type does not re-sort through Python calls.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._district: str | None = ANY
        self._status: str | None = ANY
        self._terms: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_district(self, code: str | None) -> None:
        if code != self._district:
            self._change(lambda: setattr(self, "_district", code))

    def set_status(self, code: str | None) -> None:
        if code != self._status:
            self._change(lambda: setattr(self, "_status", code))

    def set_search(self, text: str) -> None:
        terms = [fold(t) for t in text.split()]
        terms = [t for t in terms if t]
        if terms != self._terms:
            self._change(lambda: setattr(self, "_terms", terms))

    def _change(self, apply) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, PlaceTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PlaceTableModel):
            return True
        row = model.place_at(source_row)
        if self._district is not ANY and row.district != self._district:
            return False
        if self._status is not ANY and row.status != self._status:
            return False
        if self._terms:
            key = model.search_key(source_row)
            return all(t in key for t in self._terms)
        return True

    def place_id(self, proxy_row: int) -> str | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        return self.data(self.index(proxy_row, 0), ID_ROLE)


class PlaceListView(QTableView):
    """The plekken table: text cut at the end, every column resizable by its edge, and the name
    column growing or shrinking as much as the list does (the splitter, the window, a scroll
    bar), so the widths a person chose stay and the names get the room.

    :meth:`save_state` / :meth:`restore_state` keep the column widths and the sort across
    restarts; without a saved state the name column takes what the other columns leave."""

    MIN_NAME = 90

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._width = -1  # the viewport width the name column was fitted to (-1: not yet)
        self._name = 0  # the name column's width before clamping to MIN_NAME
        self._fitting = False
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        show_focus(self)  # the current row framed while the list has the keyboard
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._section_resized)

    def set_first_widths(self, widths: dict[int, int]) -> None:
        """Widths of the columns other than the name (the name gets the rest)."""
        for col, width in widths.items():
            self.horizontalHeader().resizeSection(col, width)
        self._width = -1

    def resize_column(self, column: int, width: int) -> None:
        """Another column to ``width``, the name column giving or taking the difference (for
        the program; a person's drag on a column's edge leaves the name column as it is)."""
        header = self.horizontalHeader()
        delta = width - header.sectionSize(column)
        header.resizeSection(column, width)
        if column != COL_NAME and self._width >= 0:
            self._name -= delta
            self._fitting = True
            try:
                header.resizeSection(COL_NAME, max(self.MIN_NAME, self._name))
            finally:
                self._fitting = False

    def save_state(self) -> tuple[QByteArray, int]:
        """The header's state (widths, sort) and the list's width it was made for."""
        return self.horizontalHeader().saveState(), self.viewport().width()

    def restore_state(self, state: QByteArray | bytes | None, width: int | None) -> bool:
        """Column widths and sort from :meth:`save_state`; False (nothing changed) when
        ``state`` is empty or does not fit this list."""
        if not state or not width or width <= 0:
            return False
        header = self.horizontalHeader()
        before = header.saveState()
        if not header.restoreState(QByteArray(state)) or header.count() != len(HEADERS):
            header.restoreState(before)
            return False
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # as this version has it
        self._name = header.sectionSize(COL_NAME)
        self._width = width
        self._fit_name()
        return True

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self._fit_name()
        return handled

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == COL_NAME and not self._fitting:  # the person dragged its edge
            self._name = new

    def _fit_name(self) -> None:
        width = self.viewport().width()
        if width <= 0 or width == self._width:
            return
        header = self.horizontalHeader()
        if self._width < 0:  # first layout: the name takes what the others leave
            others = sum(header.sectionSize(c) for c in range(header.count()) if c != COL_NAME)
            self._name = width - others
        else:
            self._name += width - self._width
        self._width = width
        self._fitting = True
        try:
            header.resizeSection(COL_NAME, max(self.MIN_NAME, self._name))
        finally:
            self._fitting = False
