"""A table of a plek's records as the form shows it: an overview of a few columns with
Toevoegen / Dupliceren / Verwijderen, and the editor of the chosen record under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common import error_label
from ui.form.record_editor import RecordEditor
from ui.form.table_models import RecordTableModel


class RecordTableView(QTableView):
    """The overview of a table's records: one row per record, read only; Enter, F2 or a double
    click puts the cursor in the record editor under it. The columns share the width the view
    has -- the first (a name) takes what the others leave -- so it never scrolls sideways."""

    open_requested = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if self.currentIndex().isValid():
                self.open_requested.emit()
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        super().mouseDoubleClickEvent(event)
        if self.indexAt(event.position().toPoint()).isValid():
            self.open_requested.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        panel = self.parentWidget()
        if isinstance(panel, TablePanel):
            panel.fit_columns()


class TablePanel(QWidget):
    """A table of records (the overview) with Toevoegen / Dupliceren / Verwijderen, a message
    line, and the editor of the selected record under it."""

    add_requested = Signal(object)  # row to copy, or None
    delete_requested = Signal(int)

    def __init__(
        self,
        title: str,
        model: RecordTableModel,
        noun: str,
        parent: QWidget | None = None,
        min_rows: int = 4,
    ) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        if title:
            label = QLabel(f"<b>{title}</b>")
            layout.addWidget(label)
        self.view = RecordTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().hide()
        self.overview = model.overview()
        for column in range(len(model.defs)):
            self.view.setColumnHidden(column, column not in self.overview)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self.overview[0], QHeaderView.ResizeMode.Stretch)
        for position, column in enumerate(self.overview):  # in the overview's order
            header.moveSection(header.visualIndex(column), position)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rows_shown = min(min_rows, 4)  # a few rows: the record editor stays in sight
        self.view.setAccessibleName(title or noun)
        self._fit_height()
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("%1 toevoegen").replace("%1", noun))
        self.copy_button = QPushButton(self.tr("Dupliceren"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        for b in (self.add_button, self.copy_button, self.delete_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        self.editor = RecordEditor(model, self.view, noun, self)
        layout.addWidget(self.editor)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(None))
        self.copy_button.clicked.connect(self._copy)
        self.delete_button.clicked.connect(self._delete)
        self.view.open_requested.connect(self.editor.focus_first)
        model.failed.connect(self.show_error)
        model.edited.connect(lambda *_: self.error.hide())
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._enable_buttons)
        self.view.selectionModel().currentRowChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def fit_columns(self) -> None:
        """Column widths from the header and the texts (measured here, not by the view): the
        first column (the name) takes what the others leave, and they leave it at least 40 %;
        where that is too little, the widest of them give way first. A text longer than its
        column ends in "…" and is shown whole in its tooltip."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        others = self.overview[1:]
        if not others:
            return
        natural = {}
        for column in others:
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            texts += [
                self.model.display_text(row, column)
                for row in range(min(self.model.rowCount(), 50))
            ]
            natural[column] = min(240, max(metrics.horizontalAdvance(t) for t in texts) + 20)
        budget = int(self.view.viewport().width() * 0.6)
        for i, column in enumerate(sorted(others, key=natural.__getitem__)):
            width = max(40, min(natural[column], budget // (len(others) - i)))
            header.resizeSection(column, width)
            budget -= width

    def _fit_height(self) -> None:
        """Exactly ``rows_shown`` rows under the header (no sliver of the next one)."""
        header = self.view.horizontalHeader().sizeHint().height()
        rows = self.view.verticalHeader().defaultSectionSize() * self.rows_shown
        self.view.setFixedHeight(header + rows + 2 * self.view.frameWidth())

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _enable_buttons(self, *_: Any) -> None:
        chosen = self.current_row() is not None
        self.copy_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _copy(self) -> None:
        row = self.current_row()
        if row is not None:
            self.add_requested.emit(row)

    def _delete(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_requested.emit(row)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def set_carried(self, record_ids: set[str]) -> None:
        """The rows carried over from last year and not yet confirmed: in italics, and said
        in the editor (vervolgmeting)."""
        self.model.set_carried(record_ids)
        self.editor.set_carried(record_ids)

    def flush(self) -> None:
        """Store what is still being typed in the record editor."""
        self.editor.flush()

    def edit_new_row(self) -> None:
        """Show the row just added in the editor, the cursor in its first field."""
        row = self.model.rowCount() - 1
        if row >= 0:
            self.editor.select(row)
            self.editor.focus_first()
