"""Gearchiveerde plekken: the list, with Terugzetten; and the undo step of archiving (Ctrl+Z).

One rule with the command line (``nulmeting archive`` / ``restore``): :mod:`nulmeting.archive`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.errors import UserError
from nulmeting.store.archive import archive_place, archived_places, local_time, restore_place
from nulmeting.store.store import Store
from ui.dialogs.fit import fit_title


class ArchivePlaceCommand(QUndoCommand):
    """Archiving a plek, already done when pushed; undo puts it back (a new change, which merges
    onward like any edit), redo archives it again. ``after(place_id, archived)`` updates the
    window; errors go to ``failed``."""

    def __init__(
        self,
        store: Store,
        place_id: str,
        name: str,
        after: Callable[[str, bool], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ArchivePlaceCommand", "plek “%1” archiveren").replace(
                "%1", name
            )
        )
        self.store, self.place_id, self.after, self.failed = store, place_id, after, failed
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self._set(True)

    def undo(self) -> None:
        self._set(False)

    def _set(self, archived: bool) -> None:
        try:
            (archive_place if archived else restore_place)(self.store, self.place_id)
        except UserError as exc:
            self.failed(str(exc))
            return
        self.after(self.place_id, archived)


class ArchivedDialog(QDialog):
    """Archived plekken, most recent first; Terugzetten puts the selected one back."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.restored: list[str] = []
        self.setWindowTitle(self.tr("Gearchiveerde plekken"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Plek"), self.tr("Wijk"), self.tr("Gearchiveerd op"), self.tr("Door")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.table.setAccessibleName(self.tr("Gearchiveerde plekken"))
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Terugzetten"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()
        fit_title(self)

    def reload(self) -> None:
        self.places = archived_places(self.store)
        n = len(self.places)
        if not n:
            text = self.tr("Er zijn geen gearchiveerde plekken.")
        elif n == 1:
            text = self.tr("%n gearchiveerde plek.", "", n)
        else:
            text = self.tr("%n gearchiveerde plekken.", "", n)
        if n:
            text += " " + self.tr(
                "Een teruggezette plek komt terug in de lijst en de overzichten, met alles "
                "wat hij had."
            )
        self.summary.setText(text)
        self.table.setRowCount(n)
        for row, p in enumerate(self.places):
            for col, text in enumerate(
                (
                    p.name or self.tr("(naamloos)"),
                    p.district or "—",
                    local_time(p.archived_at),
                    p.archived_by,
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        for col in range(3):
            self.table.resizeColumnToContents(col)
        if n:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(n))

    def restore_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        place = self.places[rows[0].row()]
        try:
            restore_place(self.store, place.id)
        except UserError as exc:
            self.message.setText(self.tr("Niet teruggezet: %1").replace("%1", str(exc)))
            return False
        self.restored.append(place.id)
        self.message.setText(self.tr("“%1” is teruggezet.").replace("%1", place.name))
        self.reload()
        return True
