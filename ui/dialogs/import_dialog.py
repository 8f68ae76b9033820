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
    QHBoxLayout,
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
from ui.common import CAUTION, tint
from ui.dialogs.fit import fit_title

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
        self.setWindowTitle(self.tr("Importeren: %1").replace("%1", self.path.name))
        self.resize(820, 560)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self.summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        form = QFormLayout()
        self.author = QLineEdit(self.plan.author)
        self.author.setToolTip(
            self.tr("De wijzigingen worden vastgelegd als werk van deze persoon.")
        )
        form.addRow(self.tr("Als werk van:"), self.author)
        layout.addLayout(form)

        self.table = QTableWidget(0, 3)
        what = (
            self.tr("Activiteit (plek)")
            if getattr(plan, "kind", "") == "Activiteiten"
            else self.tr("Plek")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Rij"), what, self.tr("Wat er gebeurt")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Wat er met elke rij gebeurt"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.errors = QPlainTextEdit("\n".join(self.plan.errors))
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName(self.tr("Fouten in het bestand"))
        self.errors.setMaximumHeight(130)
        self.errors.setVisible(bool(self.plan.errors))
        layout.addWidget(self.errors)

        self.only_valid = QCheckBox(
            self.tr("Alleen de geldige rijen inlezen (rijen met fouten overslaan)")
        )
        self.only_valid.setVisible(bool(self.plan.invalid_rows) and not self.plan.file_errors)
        self.only_valid.toggled.connect(self._update_buttons)
        layout.addWidget(self.only_valid)

        existing = self.plan.counts().get("bestaat al", 0)  # plekken only, not activiteiten
        self.as_new = QCheckBox(
            self.tr("De rij die al bestaat (zelfde naam en postcode) toch als nieuwe plek inlezen")
            if existing == 1
            else self.tr(
                "De %n rijen die al bestaan (zelfde naam en postcode) toch als nieuwe plekken "
                "inlezen",
                "",
                existing,
            )
        )
        self.as_new.setVisible(existing > 0 and not self.plan.file_errors)
        layout.addWidget(self.as_new)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button: QPushButton = self.buttons.addButton(
            self.tr("Inlezen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # why Inlezen is not possible, beside the button (and in its tooltip)
        self.why_not = QLabel()
        self.why_not.setWordWrap(True)
        self.why_not.setAccessibleName(self.tr("Waarom inlezen niet kan"))
        tint(self.why_not, CAUTION)
        bottom = QHBoxLayout()
        bottom.addWidget(self.why_not, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._fill()
        self._update_buttons()
        fit_title(self)

    def summary_text(self) -> str:
        """The plan's summary (``plan.summary()``, the command line's Dutch) in the window's
        language."""
        plan = self.plan
        name = plan.path.name
        if plan.file_errors:
            return "\n".join(
                [self.tr("%1 kan niet ingelezen worden:").replace("%1", name), *plan.file_errors]
            )
        c = plan.counts()
        activities = getattr(plan, "kind", "") == "Activiteiten"
        rows = str(len(plan.rows))
        if activities:
            lines = [
                self.tr("%1 (activiteiten): %2 rijen.").replace("%1", name).replace("%2", rows),
                self.tr("Nieuwe activiteiten: %1.").replace("%1", str(c["nieuw"])),
                self.tr("Activiteiten met wijzigingen: %1.").replace("%1", str(c["gewijzigd"])),
            ]
        else:
            lines = [
                self.tr("%1: %2 rijen.").replace("%1", name).replace("%2", rows),
                self.tr("Nieuwe plekken: %1.").replace("%1", str(c["nieuw"])),
                self.tr("Plekken met wijzigingen: %1 (%2 velden).")
                .replace("%1", str(c["gewijzigd"]))
                .replace("%2", str(c["velden"])),
            ]
        lines.append(self.tr("Ongewijzigd: %1.").replace("%1", str(c["ongewijzigd"])))
        if c.get("bestaat al"):
            lines.append(
                self.tr(
                    "Bestaat al (zelfde naam en postcode, zonder ID): %1; die rijen werken de "
                    "bestaande plek bij."
                ).replace("%1", str(c["bestaat al"]))
            )
        if c["ongeldig"]:
            lines.append(
                self.tr("Rijen met fouten: %1 (zie hieronder).").replace("%1", str(c["ongeldig"]))
            )
        if plan.unknown_columns:
            lines.append(
                self.tr("Onbekende kolommen (genegeerd): %1.").replace(
                    "%1", ", ".join(plan.unknown_columns)
                )
            )
        if activities and not _has_public_column(plan):
            lines.append(
                self.tr(
                    "Er is geen kolom 'Openbaar in wijkagenda': nieuwe activiteiten komen niet in "
                    "de wijkagenda tot iemand ze openbaar maakt."
                )
            )
        lines.append(
            self.tr("Wijzigingen worden vastgelegd als werk van %1.").replace("%1", plan.author)
        )
        if getattr(plan, "new_round", None):
            lines.append(
                self.tr(
                    "Dit gegevensbestand heeft nog geen meetmoment: bij het inlezen wordt het “%1”."
                ).replace("%1", plan.new_round)
            )
        return "\n".join(lines)

    def _fill(self) -> None:
        rows = sorted(self.plan.rows, key=lambda r: (not r.errors, not r.changed, r.row))
        rows = [
            r for r in rows if r.errors or r.changed or r.is_new or getattr(r, "existing", False)
        ][:MAX_PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(str(r.row)))
            self.table.setItem(i, 1, QTableWidgetItem(r.name or self.tr("(naamloos)")))
            self.table.setItem(
                i,
                2,
                QTableWidgetItem(
                    self.tr("Fout: %1").replace("%1", r.describe()) if r.errors else r.describe()
                ),
            )
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 260)

    def blocked_reason(self) -> str:
        """Why Inlezen is not possible now, in a sentence; ``""`` when it is."""
        plan = self.plan
        if plan.file_errors:
            return self.tr(
                "Inlezen kan niet: dit bestand is niet bruikbaar (zie de fouten hierboven). "
                "Verbeter het bestand en kies opnieuw Importeren."
            )
        if not plan.rows:
            return self.tr("Inlezen kan niet: het bestand heeft geen rijen met gegevens.")
        writable = [r for r in plan.valid_rows if r.changed or r.is_new]
        if not writable:
            if not plan.valid_rows:
                return self.tr(
                    "Inlezen kan niet: geen enkele rij is goed (zie de fouten hierboven)."
                )
            return self.tr(
                "Er is niets in te lezen: alles in dit bestand staat al zo in het gegevensbestand."
            )
        if plan.invalid_rows and not self.only_valid.isChecked():
            n = len(plan.invalid_rows)
            return (
                self.tr("%n rij heeft fouten", "", n)
                if n == 1
                else self.tr("%n rijen hebben fouten", "", n)
            ) + self.tr(
                ": verbeter het bestand, of kies hierboven om alleen de geldige rijen in te lezen."
            )
        return ""

    def _update_buttons(self) -> None:
        reason = self.blocked_reason()
        self.apply_button.setEnabled(not reason)
        self.apply_button.setToolTip(reason)
        self.why_not.setText(reason)
        self.why_not.setVisible(bool(reason))

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


def _has_public_column(plan: Any) -> bool:
    """Whether an activities sheet has the column 'Openbaar in wijkagenda' (as the core's
    summary checks it)."""
    from nulmeting.domain import reference
    from nulmeting.exchange.activity_import import HEADERS

    return any(HEADERS.get(reference.fold(h)) == "public" for h in plan._headers)
