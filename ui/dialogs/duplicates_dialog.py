"""Dubbele plekken: probable duplicates side by side with their differences, joined after a
confirmation by the same rule as ``nulmeting duplicates --samenvoegen``
(:func:`nulmeting.duplicates.join`). Finding and joining run on the window's worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain.fields import fields
from nulmeting.reading.duplicates import Duplicate
from nulmeting.store.store import Store
from ui.dialogs.conflicts import show_value
from ui.dialogs.fit import fit_title

#: run(work, done, label): the window's worker (``WindowActions._run``)
Runner = Callable[
    [Callable[[Callable[[int, int, str], None]], Any], Callable[[Any], None], str], None
]
DIFFERENT = QColor("#fff1c2")


def reason_text(reason: str) -> str:
    """The core's Dutch reason a pair looks double, in the window's language."""
    if reason == "zelfde postcode en adres":
        return QCoreApplication.translate("DuplicatesDialog", "zelfde postcode en adres")
    if reason == "zelfde postcode":
        return QCoreApplication.translate("DuplicatesDialog", "zelfde postcode")
    if reason == "zelfde adres":
        return QCoreApplication.translate("DuplicatesDialog", "zelfde adres")
    return reason


class DuplicatesDialog(QDialog):
    def __init__(
        self, store: Store, found: list[Duplicate], run: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.run = store, run
        self.found = found
        self.joined = 0
        self.setWindowTitle(self.tr("Dubbele plekken"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        splitter = QSplitter()
        self.pairs = QListWidget()
        self.pairs.setSpacing(2)
        self.pairs.setAccessibleName(self.tr("Waarschijnlijk dubbele plekken"))
        self.pairs.setWordWrap(True)  # a very long name wraps rather than scroll sideways
        self.pairs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pairs.currentRowChanged.connect(lambda _r: self._show_pair())
        splitter.addWidget(self.pairs)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # the field names as wide as they need, the two plekken share the rest; long values
        # wrap (and are whole in their tooltip), never cut off or scrolled sideways
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Verschillen tussen de twee plekken"))
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        right_layout.addWidget(self.table, 1)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Blijft:")))
        self.keep_first, self.keep_second = QRadioButton(), QRadioButton()
        self.keep = QButtonGroup(self)
        for b in (self.keep_first, self.keep_second):
            self.keep.addButton(b)
            keep.addWidget(b)
        keep.addStretch(1)
        self.join_button = QPushButton(self.tr("Samenvoegen…"))
        self.join_button.clicked.connect(lambda _checked=False: self.join_selected())
        keep.addWidget(self.join_button)
        right_layout.addLayout(keep)
        splitter.addWidget(right)
        splitter.setSizes([280, 660])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(980, 560)
        self._fill()
        fit_title(self)

    def _headers(self, first: str | None = None, second: str | None = None) -> list[str]:
        return [self.tr("Veld"), first or self.tr("Plek 1"), second or self.tr("Plek 2")]

    # ---------------------------------------------------------------- list

    def _fill(self) -> None:
        n = len(self.found)
        if not n:
            text = self.tr("Geen waarschijnlijk dubbele plekken gevonden.")
        else:
            text = (
                self.tr("%n paar plekken lijkt dubbel ingevoerd", "", n)
                if n == 1
                else self.tr("%n paren plekken lijken dubbel ingevoerd", "", n)
            ) + self.tr(
                " (vergelijkbare naam en dezelfde postcode of hetzelfde adres). Niets wordt "
                "vanzelf samengevoegd: kijk de verschillen na, kies welke plek blijft en voeg samen."
            )
        self.summary.setText(text)
        self.pairs.blockSignals(True)
        self.pairs.clear()
        for d in self.found:
            # one name a line (a pair side by side did not fit); whole in the tooltip
            text = f"{d.first.name}\n↔ {d.second.name}\n" + self.tr("%1, naam %2 gelijk").replace(
                "%1", reason_text(d.reason)
            ).replace("%2", f"{d.similarity:.0%}")
            self.pairs.addItem(text)
            self.pairs.item(self.pairs.count() - 1).setToolTip(text)
        self.pairs.blockSignals(False)
        if n:
            self.pairs.setCurrentRow(0)
        self._show_pair()

    def current(self) -> Duplicate | None:
        row = self.pairs.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _show_pair(self) -> None:
        d = self.current()
        self.join_button.setEnabled(d is not None)
        self.keep_first.setEnabled(d is not None)
        self.keep_second.setEnabled(d is not None)
        if d is None:
            self.table.setRowCount(0)
            self.table.setHorizontalHeaderLabels(self._headers())
            self.keep_first.setText("")
            self.keep_second.setText("")
            return
        self.table.setHorizontalHeaderLabels(self._headers(d.first.name, d.second.name))
        self.keep_first.setText(d.first.name)
        self.keep_second.setText(d.second.name)
        self.keep_first.setChecked(True)
        a = self.store.values("place", d.first.id)
        b = self.store.values("place", d.second.id)
        rows = []
        for name, fd in fields("place").items():
            if name in {"archived", "id"}:
                continue
            va, vb = a.get(name), b.get(name)
            if va in (None, "", []) and vb in (None, "", []):
                continue
            label = QCoreApplication.translate("Veld", fd.label)
            rows.append((label, show_value(va, fd), show_value(vb, fd), va != vb))
        with self.store.read() as conn:
            for label, entity in (
                (self.tr("Metingen"), "interview"),
                (self.tr("Activiteiten"), "activity"),
                (self.tr("Contactpersonen"), "contact"),
            ):
                counts = [
                    conn.execute(
                        f"SELECT COUNT(*) FROM {entity} WHERE place_id = ? AND NOT archived", (pid,)
                    ).fetchone()[0]
                    for pid in (d.first.id, d.second.id)
                ]
                rows.append((label, str(counts[0]), str(counts[1]), counts[0] != counts[1]))
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, (label, va, vb, differs) in enumerate(rows):
            for c, text in enumerate((label, va, vb)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if differs:
                    item.setBackground(QBrush(DIFFERENT))
                    if c == 0:
                        item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.message.setText(
            self.tr(
                "Gele regels verschillen. Bij samenvoegen worden lege velden van de "
                "plek die blijft aangevuld uit de andere."
            )
        )

    # ---------------------------------------------------------------- joining

    def join_selected(self, confirm: bool = True) -> None:
        d = self.current()
        if d is None:
            return
        survivor, duplicate = (
            (d.first, d.second) if self.keep_first.isChecked() else (d.second, d.first)
        )
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Plekken samenvoegen"),
                self.tr(
                    "“%1” samenvoegen in “%2”?\n\nAlles van “%1” (metingen, activiteiten, "
                    "contactpersonen, netwerk) gaat naar “%2”; lege velden worden aangevuld; "
                    "“%1” wordt gearchiveerd. Dit gaat bij het volgende samenvoegen mee naar de "
                    "andere laptops."
                )
                .replace("%1", duplicate.name)
                .replace("%2", survivor.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store = self.store
        self.join_button.setEnabled(False)
        steps = (self.tr("Samenvoegen"), self.tr("Opnieuw zoeken naar dubbele plekken"))

        def work(progress: Callable[[int, int, str], None]) -> list[Duplicate]:
            from nulmeting.reading import duplicates

            progress(0, 2, steps[0])
            duplicates.join(store, survivor.id, duplicate.id)
            progress(1, 2, steps[1])
            return duplicates.find(store)

        def done(found: list[Duplicate]) -> None:
            self.joined += 1
            self.found = found
            self._fill()
            self.message.setText(
                self.tr("“%1” is samengevoegd in “%2”.")
                .replace("%1", duplicate.name)
                .replace("%2", survivor.name)
            )

        self.run(work, done, self.tr("Plekken samenvoegen…"))
