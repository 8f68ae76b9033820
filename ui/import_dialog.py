"""Preview of a spreadsheet import: what will change, which rows are wrong; Inlezen applies.

All reading, checking and writing is done by :mod:`nulmeting.importer` (no SQL here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nulmeting.errors import UserError
from nulmeting.importer import ImportPlan, apply_import, plan_import
from nulmeting.store import Store

MAX_PREVIEW_ROWS = 2000


class ImportDialog(QDialog):
    """Shows the :class:`ImportPlan` of ``path``; Accept (Inlezen) writes it in one go.

    Raises :class:`UserError` from the constructor when the file cannot be read at all."""

    def __init__(self, store: Store, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = Path(path)
        self.plan: ImportPlan = plan_import(store, self.path)
        self.result_text = ""
        self.setWindowTitle(f"Importeren: {self.path.name}")
        self.resize(820, 560)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self.plan.summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        form = QFormLayout()
        self.author = QLineEdit(self.plan.author)
        self.author.setToolTip("De wijzigingen worden vastgelegd als werk van deze persoon.")
        form.addRow("Als werk van:", self.author)
        layout.addLayout(form)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Rij", "Plek", "Wat er gebeurt"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.errors = QPlainTextEdit("\n".join(self.plan.errors))
        self.errors.setReadOnly(True)
        self.errors.setMaximumHeight(130)
        self.errors.setVisible(bool(self.plan.errors))
        layout.addWidget(self.errors)

        self.only_valid = QCheckBox("Alleen de geldige rijen inlezen (rijen met fouten overslaan)")
        self.only_valid.setVisible(bool(self.plan.invalid_rows) and not self.plan.file_errors)
        self.only_valid.toggled.connect(self._update_buttons)
        layout.addWidget(self.only_valid)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button: QPushButton = self.buttons.addButton(
            "Inlezen", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self._update_buttons()

    def _fill(self) -> None:
        rows = sorted(self.plan.rows, key=lambda r: (not r.errors, not r.changed, r.row))
        rows = [r for r in rows if r.errors or r.changed or r.is_new][:MAX_PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(str(r.row)))
            self.table.setItem(i, 1, QTableWidgetItem(r.name or "(naamloos)"))
            self.table.setItem(i, 2, QTableWidgetItem(("Fout: " if r.errors else "")
                                                      + r.describe()))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 260)

    def _update_buttons(self) -> None:
        plan = self.plan
        writable = [r for r in plan.valid_rows if r.changed or r.is_new]
        allowed = (not plan.file_errors and bool(writable)
                   and (not plan.invalid_rows or self.only_valid.isChecked()))
        self.apply_button.setEnabled(allowed)

    def accept(self) -> None:
        self.plan.author = self.author.text().strip() or self.plan.author
        try:
            self.result_text = apply_import(self.store, self.plan,
                                            only_valid=self.only_valid.isChecked())
        except UserError as exc:
            QMessageBox.warning(self, "Importeren", str(exc))
            return
        super().accept()
