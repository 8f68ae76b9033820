"""Bestand → Rapport…: which report (the area or one wijk) and which meetmoment."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from nulmeting.report.figures import report_choices
from nulmeting.store.store import Store
from ui.common import ok_cancel
from ui.dialogs.fit import fit_title


class ReportDialog(QDialog):
    """Choices come from the core (:func:`report_choices`); ``district()`` and
    ``round_name()`` give what was picked."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport maken"))
        wijken, rounds = report_choices(store)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Hele gebied (alle wijken)"), None)
        for code, name in wijken:
            self.scope.addItem(self.tr("Wijk %1").replace("%1", name), code)
        self.rounds = QComboBox()
        current = store.current_round
        for name in rounds or [current]:
            self.rounds.addItem(name or self.tr("(niet ingesteld)"), name)
        if current in rounds:
            self.rounds.setCurrentIndex(rounds.index(current))
        form = QFormLayout()
        form.addRow(self.tr("Rapport &van:"), self.scope)
        form.addRow(self.tr("&Meetmoment:"), self.rounds)
        note = QLabel(
            self.tr(
                "Het gebiedsrapport: kerncijfers, de wijken naast elkaar, grafieken "
                "en een verantwoording. Een wijkrapport: hoogstens twee pagina's."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(ok_cancel(self, self.tr("Opslaan als PDF…")))
        self.setMinimumWidth(460)
        fit_title(self)

    def district(self) -> str | None:
        value = self.scope.currentData()
        return str(value) if value else None

    def round_name(self) -> str | None:
        value = self.rounds.currentData()
        return str(value) if value else None
