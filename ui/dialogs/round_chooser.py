"""The meetmoment field of the first start and the settings: pick one that exists, or type a
new name ("nieuw")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from nulmeting.reading.intake import suggested_round
from nulmeting.store import meetmoment
from nulmeting.store.store import Store


class RoundChooser(QComboBox):
    """An editable list of the store's meetmomenten (oldest first); ``text()`` is the choice."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        with store.read() as conn:
            self.known = meetmoment.names(conn, store.current_round)
        for info in meetmoment.list_meetmomenten(store) if self.known else []:
            label = f"{info.name}"
            self.addItem(label, info.name)
            if info.status == meetmoment.FROZEN:
                self.setItemData(self.count() - 1, self.tr("vastgesteld"), 3)  # tooltip
        suggestion = suggested_round(existing=bool(self.known))
        self.new_suffix = " — " + self.tr("nieuw")
        if self.known and suggestion not in self.known:  # "nieuw": this winter's vervolgmeting
            self.addItem(suggestion + self.new_suffix, suggestion)
        self.setText(store.current_round or suggestion)
        line = self.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("kies een meetmoment of typ een nieuwe naam"))
        self.setToolTip(
            self.tr(
                "Kies een bestaand meetmoment, of typ de naam van een nieuw "
                "meetmoment (een vervolgmeting neemt de waarden van vorig jaar "
                "over, nog te bevestigen)."
            )
        )

    def text(self) -> str:
        text = self.currentText().strip()
        suffix = self.new_suffix.strip()
        return text[: -len(suffix)].strip() if text.endswith(suffix) else text

    def setText(self, text: str) -> None:
        i = self.findText(text)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(text)

    def is_new(self) -> bool:
        return self.text() not in self.known


def apply_choice(store: Store, name: str, known: list[str]) -> None:
    """Make ``name`` current; a new name after earlier meetmomenten starts a vervolgmeting."""
    if name in known or not known:
        store.set_setting("round", name)
    else:
        meetmoment.start(store, name)
