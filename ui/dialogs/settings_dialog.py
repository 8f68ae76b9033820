"""Instellingen: buurtverbinder, meetmoment, uurwaarde (met bron), minimumuurloon en weken per
jaar (stored in the store; the reports show the hour value's source and the lower bound)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.errors import UserError, ValidationError
from nulmeting.domain.settings import SETTINGS
from nulmeting.store.store import Store
from ui.common import MUTED, error_label, ok_cancel, tint
from ui.dialogs.fit import fit_title
from ui.dialogs.round_chooser import RoundChooser, apply_choice

#: The settings the dialog shows, in the registry's order.
KEYS = tuple(key for key, s in SETTINGS.items() if s.in_dialog)


def setting_label(key: str) -> str:
    """A setting's label in the window's language (the core's registry is Dutch)."""
    return QCoreApplication.translate("Instelling", SETTINGS[key].label)


def field_label(key: str, taken: set[str] | None = None) -> str:
    """The form label of a setting with a mnemonic no other label of the dialog has (``taken``:
    the letters used so far, updated): "&Uurwaarde vrijwilligerswerk (€):", "M&inimumuurloon"."""
    text = SETTINGS[key].label_with().replace(SETTINGS[key].label, setting_label(key), 1)
    taken = set() if taken is None else taken
    for i, char in enumerate(text):
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{text[:i]}&{text[i:]}:"
    return f"{text}:"


class SettingsDialog(QDialog):
    """All values are checked first; OK stores all of them or none."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Instellingen"))
        self.edits: dict[str, QLineEdit | RoundChooser | QComboBox] = {}
        form = QFormLayout()
        taken: set[str] = set()  # mnemonics: unique in the dialog, in either language
        for key in KEYS:
            value = store.setting(key)
            if SETTINGS[key].is_number:
                if SETTINGS[key].unit == "€" and not float(value).is_integer():
                    value = f"{float(value):.2f}"  # money: € 14,40, not 14,4
                value = value.replace(".", ",")  # Dutch decimal comma
            # the meetmoment: one of those that exist, or a new one
            edit: QLineEdit | RoundChooser | QComboBox
            if key == "round":
                edit = RoundChooser(store)
            elif SETTINGS[key].choices:  # one of a list: the window's language
                edit = QComboBox()
                for choice, label in SETTINGS[key].choices:
                    edit.addItem(label, choice)
                edit.setCurrentIndex(max(0, edit.findData(value)))
            else:
                edit = QLineEdit(value)
            if isinstance(edit, QLineEdit):
                edit.setCursorPosition(0)  # a long text (the hour value's source) from its start
            self.edits[key] = edit
            form.addRow(field_label(key, taken), edit)
            if key == "language":
                self.language_note = QLabel(
                    self.tr(
                        "De gekozen taal geldt helemaal na het opnieuw starten van Nulmeting. "
                        "Rapporten, exports en de opdrachtregel blijven Nederlands."
                    )
                )
                self.language_note.setWordWrap(True)
                tint(self.language_note, MUTED)
                form.addRow("", self.language_note)
        self.error = error_label()
        buttons = ok_cancel(self, self.tr("Opslaan"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_title(self)

    def values(self) -> dict[str, str]:
        return {
            k: (e.text().strip() if isinstance(e, QLineEdit | RoundChooser) else e.currentData())
            for k, e in self.edits.items()
        }

    def accept(self) -> None:
        values = self.values()
        for key in KEYS:
            if SETTINGS[key].required and not values[key]:
                return self._fail(
                    self.tr("%1 mag niet leeg zijn.").replace("%1", setting_label(key)), key
                )
        chooser = self.edits["round"]
        assert isinstance(chooser, RoundChooser)
        new_round = values.pop("round")
        try:
            self.store.set_settings(values)  # checks all before storing any
            apply_choice(self.store, new_round, chooser.known)  # a new one: a vervolgmeting
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
