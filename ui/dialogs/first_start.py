"""First start: ask the interviewer's name and the meetmoment once (changeable in Instellingen)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nulmeting.reading.intake import suggested_round
from nulmeting.store.store import Store
from ui.common import error_label, ok_cancel
from ui.dialogs.fit import fit_title
from ui.dialogs.round_chooser import RoundChooser, apply_choice


def needs_first_start(store: Store) -> bool:
    return not store.interviewer.strip() or not store.current_round.strip()


class FirstStartDialog(QDialog):
    """Two questions; OK stores both settings, Annuleren stores nothing."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Welkom bij Nulmeting"))
        intro = QLabel(
            self.tr(
                "Wie neemt de interviews af, en voor welk meetmoment? Dit wordt bij elke meting "
                "opgeslagen. U kunt het later wijzigen via Bestand → Instellingen."
            )
        )
        intro.setWordWrap(True)
        self.interviewer = QLineEdit(store.interviewer)
        self.interviewer.setPlaceholderText(self.tr("bijvoorbeeld Fatima El Amrani"))
        self.round = RoundChooser(store)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Uw naam (buurtverbinder):"), self.interviewer)
        form.addRow(self.tr("&Meetmoment:"), self.round)
        buttons = ok_cancel(self, self.tr("Beginnen"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.interviewer.setFocus()
        fit_title(self)

    def accept(self) -> None:
        name, round_name = self.interviewer.text().strip(), self.round.text().strip()
        if not name:
            return self._fail(self.tr("Vul uw naam in."), self.interviewer)
        if not round_name:
            return self._fail(
                self.tr("Vul het meetmoment in, bijvoorbeeld “%1”.").replace(
                    "%1", suggested_round()
                ),
                self.round,
            )
        self.store.set_setting("interviewer", name)
        apply_choice(self.store, round_name, self.round.known)
        super().accept()

    def _fail(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        widget.setFocus()
