"""Preview of a spreadsheet import: what will change, which rows are wrong; Inlezen chooses.

A thin view over an :class:`ImportPlan`: reading and checking (``plan_import``) and writing
(``apply_import``) are done by :mod:`nulmeting.exchange.importer` on the worker thread (see
``WindowActions.on_import``), never here. No SQL here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nulmeting.exchange.importer import ImportPlan

if TYPE_CHECKING:
    from nulmeting.exchange.activity_import import ActivityImportPlan

MAX_PREVIEW_ROWS = 2000


class ImportDialog(QDialog):
    """Shows ``plan``; Accept (Inlezen) only records the choices (:attr:`plan` ``.author`` and
    :attr:`skip_invalid`): the caller writes the plan with ``apply_import``."""

    def __init__(
        self, plan: ImportPlan | ActivityImportPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # both plans have the same shape (rows with row, name, errors, changed, describe())
        self.plan: Any = plan
        self.path = plan.path
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
        what = "Activiteit (plek)" if getattr(plan, "kind", "") == "Activiteiten" else "Plek"
        self.table.setHorizontalHeaderLabels(["Rij", what, "Wat er gebeurt"])
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

        existing = self.plan.counts().get("bestaat al", 0)  # plekken only, not activiteiten
        self.as_new = QCheckBox(
            self.tr(
                "De %n rij(en) die al bestaan (zelfde naam en postcode) toch als nieuwe plekken "
                "inlezen",
                "",
                existing,
            )
        )
        self.as_new.setVisible(existing > 0 and not self.plan.file_errors)
        layout.addWidget(self.as_new)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button: QPushButton = self.buttons.addButton(
            "Inlezen", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self._update_buttons()

    def _fill(self) -> None:
        rows = sorted(self.plan.rows, key=lambda r: (not r.errors, not r.changed, r.row))
        rows = [
            r for r in rows if r.errors or r.changed or r.is_new or getattr(r, "existing", False)
        ][:MAX_PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(str(r.row)))
            self.table.setItem(i, 1, QTableWidgetItem(r.name or "(naamloos)"))
            self.table.setItem(
                i, 2, QTableWidgetItem(("Fout: " if r.errors else "") + r.describe())
            )
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 260)

    def _update_buttons(self) -> None:
        plan = self.plan
        writable = [r for r in plan.valid_rows if r.changed or r.is_new]
        allowed = (
            not plan.file_errors
            and bool(writable)
            and (not plan.invalid_rows or self.only_valid.isChecked())
        )
        self.apply_button.setEnabled(allowed)

    @property
    def skip_invalid(self) -> bool:
        """Inlezen with the rows that have errors left out (``apply_import``'s ``only_valid``)."""
        return self.only_valid.isChecked()

    def accept(self) -> None:
        if not self.apply_button.isEnabled():  # Enter in the name field with nothing to write
            return
        self.plan.author = self.author.text().strip() or self.plan.author
        if self.as_new.isChecked():
            self.plan.as_new_places()
        super().accept()
