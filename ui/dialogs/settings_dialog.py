"""Instellingen: buurtverbinder, meetmoment, uurwaarde (met bron), minimumuurloon en weken per
jaar (stored in the store; the reports show the hour value's source and the lower bound)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.errors import ValidationError
from nulmeting.store.store import Store
from ui.common import error_label, ok_cancel

KEYS = ("interviewer", "round", "hourly_value", "hourly_value_source", "minimum_wage",
        "weeks_per_year")
LABELS = {
    "interviewer": "&Buurtverbinder:",
    "round": "&Meetmoment:",
    "hourly_value": "&Uurwaarde vrijwilligerswerk (€):",
    "hourly_value_source": "Bron van de uur&waarde:",
    "minimum_wage": "Minimumuur&loon (€, ondergrens):",
    "weeks_per_year": "&Weken per jaar:",
}


class SettingsDialog(QDialog):
    """All values are checked first; OK stores all of them or none."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Instellingen")
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in KEYS:
            value = store.setting(key)
            if key in {"hourly_value", "minimum_wage"}:
                value = value.replace(".", ",")
            edit = QLineEdit(value)
            if key == "hourly_value_source":
                edit.setCursorPosition(0)
                edit.setToolTip(value)
            self.edits[key] = edit
            form.addRow(LABELS[key], edit)
        self.error = error_label()
        buttons = ok_cancel(self, "Opslaan")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.edits.items()}

    def accept(self) -> None:
        values = self.values()
        for key in ("interviewer", "round"):
            if not values[key]:
                return self._fail(f"{LABELS[key].strip('&:')} mag niet leeg zijn.", key)
        try:
            self.store.set_settings(values)  # checks all before storing any
        except ValidationError as exc:
            return self._fail(str(exc), exc.field or "hourly_value")
        super().accept()

    def _fail(self, message: str, key: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edits[key].setFocus()
        self.edits[key].selectAll()

