"""Export options: the whole area, one wijk, or one workbook per wijk in a folder; with or
without personal data (a clear warning, and the reason asked). The writing itself is
:mod:`nulmeting.export`'s, on the worker (``WindowActions.on_export``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain import reference
from ui.common import CAUTION, error_label, ok_cancel, tint
from ui.dialogs.fit import fit_title

WHOLE, DISTRICT, PER_DISTRICT = "gebied", "wijk", "per-wijk"


@dataclass(frozen=True)
class ExportChoice:
    scope: str  # WHOLE, DISTRICT or PER_DISTRICT
    target: Path  # the workbook, or the folder (PER_DISTRICT)
    district: str | None  # wijk code (DISTRICT)
    personal: bool
    reason: str


class ExportDialog(QDialog):
    def __init__(
        self,
        area: str,
        start_folder: Path,
        parent: QWidget | None = None,
        current_district: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporteren naar Excel"))
        self.start_folder = start_folder
        self.choice: ExportChoice | None = None
        layout = QVBoxLayout(self)

        scope_box = QGroupBox(self.tr("Wat wilt u exporteren?"))
        grid = QGridLayout(scope_box)
        self.whole = QRadioButton(
            self.tr("Het hele gebied (één werkmap, met een samenvatting per wijk)")
        )
        self.one = QRadioButton(self.tr("Eén wijk:"))
        self.per = QRadioButton(self.tr("Eén werkmap per wijk, in een map"))
        self.scope = QButtonGroup(self)
        for b in (self.whole, self.one, self.per):
            self.scope.addButton(b)
        self.district = QComboBox()
        districts = [d for d in reference.districts().values() if d.area == area] or list(
            reference.districts().values()
        )
        for d in districts:
            self.district.addItem(d.name, d.code)
        if current_district:
            self.district.setCurrentIndex(max(0, self.district.findData(current_district)))
        grid.addWidget(self.whole, 0, 0, 1, 2)
        grid.addWidget(self.one, 1, 0)
        grid.addWidget(self.district, 1, 1)
        grid.addWidget(self.per, 2, 0, 1, 2)
        layout.addWidget(scope_box)

        where = QHBoxLayout()
        self.target_label = QLabel()
        self.target = QLineEdit()
        self.browse = QPushButton(self.tr("Kiezen…"))
        self.browse.clicked.connect(self._browse)
        where.addWidget(self.target_label)
        where.addWidget(self.target, 1)
        where.addWidget(self.browse)
        layout.addLayout(where)

        self.personal = QCheckBox(
            self.tr("Met persoonsgegevens (namen, telefoon en e-mail van contactpersonen)")
        )
        layout.addWidget(self.personal)
        self.warning = QLabel(
            self.tr(
                "Let op: dit bestand bevat dan persoonsgegevens (AVG). Neem ze alleen op als het "
                "nodig is, deel het bestand alleen met wie ze nodig heeft, en bewaar het niet "
                "langer dan nodig. De reden komt in het bestand (blad Toelichting)."
            )
        )
        tint(self.warning, CAUTION)
        self.warning.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("waarom zijn de persoonsgegevens nodig? (verplicht)")
        )
        self.reason_row = QWidget()
        row = QHBoxLayout(self.reason_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Reden:")))
        row.addWidget(self.reason, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.reason_row)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Exporteren")))

        self.scope.buttonToggled.connect(lambda *_: self._scope_changed())
        self.district.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.personal.toggled.connect(self._personal_changed)
        self.whole.setChecked(True)
        self._personal_changed(False)
        self.setMinimumWidth(600)
        fit_title(self)

    # ---------------------------------------------------------------- state

    def current_scope(self) -> str:
        return DISTRICT if self.one.isChecked() else PER_DISTRICT if self.per.isChecked() else WHOLE

    def _default_target(self) -> Path:
        scope = self.current_scope()
        if scope == PER_DISTRICT:
            return self.start_folder / "nulmeting-per-wijk"
        if scope == DISTRICT:
            from nulmeting.exchange.export import safe_filename

            return (
                self.start_folder / f"nulmeting-{safe_filename(self.district.currentText())}.xlsx"
            )
        return self.start_folder / "nulmeting-overzicht.xlsx"

    def _scope_changed(self) -> None:
        scope = self.current_scope()
        self.district.setEnabled(scope == DISTRICT)
        self.target_label.setText(self.tr("Map:") if scope == PER_DISTRICT else self.tr("Bestand:"))
        if self.target.text().strip():  # keep the folder the person chose
            self.start_folder = Path(self.target.text().strip()).expanduser().parent
        self.target.setText(str(self._default_target()))

    def _personal_changed(self, on: bool) -> None:
        self.warning.setVisible(on)
        self.reason_row.setVisible(on)
        if on:
            self.reason.setFocus()
        self.adjustSize()

    def _browse(self) -> None:
        if self.current_scope() == PER_DISTRICT:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Kies een map"), str(self.start_folder)
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Exporteren naar"),
                self.target.text(),
                self.tr("Excel-bestanden (*.xlsx)"),
            )
        if chosen:
            self.target.setText(chosen)

    def accept(self) -> None:
        text = self.target.text().strip()
        scope = self.current_scope()
        if not text:
            return self._fail(self.tr("Kies waar het bestand komt."))
        target = Path(text).expanduser()
        if scope != PER_DISTRICT and target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        if not target.parent.is_dir():
            return self._fail(self.tr("De map %1 bestaat niet.").replace("%1", str(target.parent)))
        personal = self.personal.isChecked()
        reason = self.reason.text().strip()
        if personal and not reason:
            self.reason.setFocus()
            return self._fail(self.tr("Geef de reden waarom de persoonsgegevens mee moeten."))
        self.choice = ExportChoice(
            scope,
            target,
            self.district.currentData() if scope == DISTRICT else None,
            personal,
            reason if personal else "",
        )
        super().accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
