"""Instellingen: buurtverbinder, meetmoment, uurwaarde en weken per jaar (stored in the store)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.errors import UserError, ValidationError
from nulmeting.store.store import Store
from ui.common import error_label, ok_cancel
from ui.dialogs.round_chooser import RoundChooser, apply_choice

KEYS = ("interviewer", "round", "hourly_value", "weeks_per_year")
LABELS = {
    "interviewer": "&Buurtverbinder:",
    "round": "&Meetmoment:",
    "hourly_value": "&Uurwaarde vrijwilligerswerk (€):",
    "weeks_per_year": "&Weken per jaar:",
}


class SettingsDialog(QDialog):
    """All values are checked first; OK stores all of them or none."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Instellingen")
        self.edits: dict[str, QLineEdit | RoundChooser] = {}
        form = QFormLayout()
        for key in KEYS:
            value = store.setting(key)
            if key == "hourly_value":
                value = value.replace(".", ",")
            edit: QLineEdit | RoundChooser = RoundChooser(store) if key == "round" else \
                QLineEdit(value)
            self.edits[key] = edit
            form.addRow(LABELS[key], edit)
        self.error = error_label()
        buttons = ok_cancel(self, "Opslaan")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.edits.items()}

    def accept(self) -> None:
        values = self.values()
        for key in ("interviewer", "round"):
            if not values[key]:
                return self._fail(f"{LABELS[key].strip('&:')} mag niet leeg zijn.", key)
        chooser = self.edits["round"]
        assert isinstance(chooser, RoundChooser)
        new_round = values.pop("round")
        try:
            self.store.set_settings(values)  # checks all before storing any
            apply_choice(self.store, new_round, chooser.known)
        except ValidationError as exc:
            return self._fail(str(exc), exc.field or "hourly_value")
        except UserError as exc:
            return self._fail(str(exc), "round")
        super().accept()

    def _fail(self, message: str, key: str) -> None:
        self.error.setText(message)
        self.error.show()
        edit = self.edits[key]
        edit.setFocus()
        if isinstance(edit, QLineEdit):
            edit.selectAll()

