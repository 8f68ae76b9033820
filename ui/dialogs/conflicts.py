"""Open conflicts after merging: pick one interviewer's value or type a new one.

A field conflict shows every value with who entered it and when; a delete-versus-edit conflict
offers "Verwijderd laten" or "Terugzetten". Resolving calls :class:`~nulmeting.store.store.Store`
methods (no SQL here); the resolution is a change like any other and merges onward.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import ENTITY_LABELS, FieldDef, field
from nulmeting.reading import intake
from nulmeting.store.store import Conflict, Store
from ui.dialogs.fit import fit_title


def show_value(value: Any, fd: FieldDef | None = None) -> str:
    """A value as a Dutch reader expects it: option names, dd-mm-jjjj, ja/nee (``fd`` known)."""
    empty = QCoreApplication.translate("Waarde", "(leeg)")
    if value is None or value == "" or value == []:
        return empty
    if fd is not None and fd.kind == "bool":
        return show_value(bool(value))
    if fd is not None and fd.kind in {"choice", "multi"}:  # the registry's option names
        from nulmeting.domain import reference

        codes = value if isinstance(value, list) else [value]
        return ", ".join(
            QCoreApplication.translate("Keuze", reference.option_name(fd.options or "", v))
            for v in codes
        )
    if fd is not None:
        return intake.display(fd, value) or empty
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Waarde", "ja")
            if value
            else QCoreApplication.translate("Waarde", "nee")
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def conflict_label(c: Conflict) -> str:
    """What the conflict is about (a field's label, or the core's Dutch wording of a
    delete-versus-edit or double-meting conflict) in the window's language."""
    if c.is_deletion:
        return QCoreApplication.translate("Waarde", "Verwijderd of gewijzigd")
    double = "Twee metingen in meetmoment "
    if c.is_double_meting and c.label.startswith(double):
        return QCoreApplication.translate("Waarde", "Twee metingen in meetmoment %1").replace(
            "%1", c.label[len(double) :]
        )
    return QCoreApplication.translate("Veld", c.label)


def show_time(at: str) -> str:
    """A stored UTC time in this computer's time zone, dd-mm-jjjj uu:mm."""
    from nulmeting.store.archive import local_time

    return local_time(at)


class ValueLabel(QLabel):
    """A long value, wrapped below its radio button; a click on it chooses that button."""

    def __init__(self, text: str, radio: QRadioButton) -> None:
        super().__init__(text)
        self.radio = radio
        self.setWordWrap(True)
        self.setIndent(24)
        self.setBuddy(radio)

    def mousePressEvent(self, event: Any) -> None:
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """Lists open conflicts; the selected one is resolved with the buttons below the list."""

    resolved = Signal()  # a conflict was resolved (the window updates its count)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicten na samenvoegen"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Plek"), self.tr("Wat"), self.tr("Veld")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.setAccessibleName(self.tr("Open conflicten"))
        layout.addWidget(self.table, 1)

        self.values_box = QGroupBox(self.tr("Kies de juiste waarde"))
        self.values_layout = QVBoxLayout(self.values_box)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        self.choice_labels: list[QLabel] = []  # a long value, below its radio button
        self.own_row = QWidget()
        own = QHBoxLayout(self.own_row)
        own.setContentsMargins(0, 0, 0, 0)
        self.own_radio = QRadioButton(self.tr("Andere waarde:"))
        self.own_value = QLineEdit()
        self.own_value.setPlaceholderText(self.tr("typ de juiste waarde"))
        self.own_value.textEdited.connect(lambda _text: self.own_radio.setChecked(True))
        own.addWidget(self.own_radio)
        own.addWidget(self.own_value, 1)
        self.group.addButton(self.own_radio)
        layout.addWidget(self.values_box)

        buttons = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("Deze waarde bewaren"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.keep_deleted_button = QPushButton(self.tr("Verwijderd laten"))
        self.keep_deleted_button.clicked.connect(lambda: self.resolve_deletion(True))
        self.restore_button = QPushButton(self.tr("Terugzetten"))
        self.restore_button.clicked.connect(lambda: self.resolve_deletion(False))
        for b in (self.resolve_button, self.keep_deleted_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()
        fit_title(self)

    # ------------------------------------------------------------------ list

    def reload(self, keep_row: int = 0) -> None:
        """Read the open conflicts again and select row ``keep_row`` (or the last one)."""
        self.conflicts = self.store.conflicts()
        n = len(self.conflicts)
        if not n:
            text = self.tr("Geen open conflicten.")
        else:
            text = (
                (
                    self.tr("%n open conflict.", "", n)
                    if n == 1
                    else self.tr("%n open conflicten.", "", n)
                )
                + " "
                + self.tr(
                    "Kies per conflict de juiste waarde; uw keuze gaat bij het volgende "
                    "samenvoegen mee naar de andere laptops."
                )
            )
        self.summary.setText(text)
        # Filling and selecting emit itemSelectionChanged; the choices are built once, below.
        blocker = QSignalBlocker(self.table)
        try:
            self.table.clearSelection()
            self.table.setRowCount(n)
            for row, c in enumerate(self.conflicts):
                what = QCoreApplication.translate("Entiteit", ENTITY_LABELS[c.entity])
                label = conflict_label(c)
                for col, text in enumerate((c.place_name, what, label)):
                    self.table.setItem(row, col, QTableWidgetItem(text))
            if n:
                self.table.selectRow(min(max(keep_row, 0), n - 1))
        finally:
            blocker.unblock()
        self.table.resizeColumnToContents(0)  # the plek's name readable, within reason
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 340))
        self._show_selected()

    def current(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _clear_choices(self) -> None:
        """Remove the previous conflict's choices now: out of the group, the layout and the
        dialog. (``deleteLater`` alone left them visible while the dialog's own event loop ran,
        and a click on such a stale button stored another value.)"""
        for label in self.choice_labels:
            self.values_layout.removeWidget(label)
            label.hide()
            label.setParent(None)
        self.choice_labels = []
        for b in self.choices:
            self.group.removeButton(b)
            self.values_layout.removeWidget(b)
            b.hide()
            b.setParent(None)  # gone from the dialog at once; Python frees it below
        self.choices = []

    def _show_selected(self) -> None:
        """Build the choices of the selected conflict (once per selection)."""
        self._clear_choices()
        self.values_layout.removeWidget(self.own_row)
        c = self.current()
        deletion = c is not None and c.is_deletion
        self.values_box.setVisible(c is not None)
        self.resolve_button.setVisible(c is not None and not deletion)
        self.keep_deleted_button.setVisible(deletion)
        self.restore_button.setVisible(deletion)
        if c is None:
            return
        meting = c.is_double_meting
        self.resolve_button.setText(
            self.tr("Deze meting bewaren") if meting else self.tr("Deze waarde bewaren")
        )
        label = conflict_label(c)
        self.values_box.setTitle(
            self.tr("Verwijderd of gewijzigd?")
            if deletion
            else self.tr("%1: welke meting blijft? (de andere wordt gearchiveerd)").replace(
                "%1", label
            )
            if meting
            else self.tr("Kies de juiste waarde voor %1").replace("%1", label)
        )
        room = self.width() - 90  # the group box's margins and the radio's indicator
        for v in c.values:
            if meting:
                value, who = str(v.value), f"{v.author}, {show_time(v.at)}"
                text = f"{value} — {who}"
            elif deletion:
                value = (
                    self.tr("heeft dit verwijderd")
                    if v.value is True
                    else self.tr("wijzigde intussen: %1").replace("%1", show_value(v.value))
                )
                # what each laptop did, to read (the buttons below decide): not a choice
                info = QLabel(f"• {v.author} ({show_time(v.at)}) {value}")
                info.setWordWrap(True)
                self.values_layout.addWidget(info)
                self.choice_labels.append(info)
                continue
            else:
                value = show_value(v.value, field(c.entity, c.field))
                who = f"{v.author}, {show_time(v.at)}"
                text = f"{value} — {who}"
            # a radio button cannot wrap: a long value goes in a wrapping label below it
            long = self.fontMetrics().horizontalAdvance(text) > room
            radio = QRadioButton(f"{who}:" if long else text)
            self.group.addButton(radio)
            self.values_layout.addWidget(radio)
            self.choices.append(radio)
            if long:
                full = ValueLabel(value, radio)
                self.values_layout.addWidget(full)
                self.choice_labels.append(full)
        self.own_row.setVisible(not deletion and not meting)
        self.values_layout.addWidget(self.own_row)
        self.own_value.clear()
        if self.choices and not deletion:
            self.choices[0].setChecked(True)

    # ------------------------------------------------------------------ resolving

    def resolve_selected(self) -> bool:
        c = self.current()
        if c is None or c.is_deletion:
            return False
        if self.own_radio.isChecked():
            value: Any = self.own_value.text()
        else:
            picked = [i for i, b in enumerate(self.choices) if b.isChecked()]
            if not picked:
                self.message.setText(self.tr("Kies eerst een waarde."))
                return False
            value = c.values[picked[0]].value
        if c.is_double_meting:
            return self._keep_meting(c)
        try:
            self.store.resolve(c.entity, c.record_id, c.field, value)
        except UserError as exc:
            self.message.setText(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)))
            return False
        stored = self.store.values(c.entity, c.record_id).get(c.field)
        self.message.setText(
            self.tr("Opgelost: %1, %2 = %3.")
            .replace("%1", c.place_name)
            .replace("%2", conflict_label(c))
            .replace("%3", show_value(stored, field(c.entity, c.field)))
        )
        self.reload(self.table.currentRow())
        self.resolved.emit()
        return True

    def _keep_meting(self, c: Conflict) -> bool:
        picked = [i for i, b in enumerate(self.choices) if b.isChecked()]
        try:
            self.store.keep_meting(c.values[picked[0]].change_id)
        except UserError as exc:
            self.message.setText(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)))
            return False
        self.message.setText(
            self.tr("Opgelost: %1 houdt één meting in dit meetmoment.").replace("%1", c.place_name)
        )
        self.reload()
        return True

    def resolve_deletion(self, keep_deleted: bool) -> bool:
        c = self.current()
        if c is None or not c.is_deletion:
            return False
        try:
            self.store.resolve_deletion(c.entity, c.record_id, keep_deleted=keep_deleted)
        except UserError as exc:
            self.message.setText(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)))
            return False
        self.message.setText(
            (
                self.tr("Opgelost: %1 blijft verwijderd.")
                if keep_deleted
                else self.tr("Opgelost: %1 is teruggezet.")
            ).replace("%1", c.place_name)
        )
        self.reload(self.table.currentRow())
        self.resolved.emit()
        return True

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.own_value.hasFocus():
            self.resolve_selected()
            return
        super().keyPressEvent(event)
