"""The outcome of an import, a merge, a sync or an export as a readable Dutch summary.

A dialog, not only a status-bar line that disappears: a heading in plain words ("3 nieuwe
plekken, 12 plekken bijgewerkt, 2 conflicten om te bekijken"), the details below, and buttons
for what comes next (the conflicts, the file, its folder). After ``exec()``, :attr:`chosen` says
which of those was pressed ("conflicten", "openen", "map" or "").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def merge_heading(summaries: Sequence[Any], open_conflicts: int) -> str:
    """``3 nieuwe plekken, 12 plekken bijgewerkt, 2 conflicten om te bekijken`` over all files."""
    added = sum(s.places_added for s in summaries)
    updated = sum(s.places_updated for s in summaries)
    others = sum(s.records_added + s.records_updated for s in summaries)
    parts = [
        plural(added, "nieuwe plek", "nieuwe plekken"),
        plural(updated, "plek bijgewerkt", "plekken bijgewerkt"),
    ]
    if others:
        parts.append(plural(others, "ander gegeven", "andere gegevens") + " nieuw of bijgewerkt")
    parts.append(
        plural(open_conflicts, "conflict", "conflicten") + " om te bekijken"
        if open_conflicts
        else "geen conflicten"
    )
    text = ", ".join(parts) + "."
    return text[0].upper() + text[1:]


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the computer uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ResultDialog(QDialog):
    def __init__(
        self,
        title: str,
        heading: str,
        details: str,
        parent: QWidget | None = None,
        *,
        conflicts: int = 0,
        file: Path | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen = ""
        self.file, self.folder = file, folder
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(bool(details))
        lines = sum(1 + len(line) // 90 for line in details.splitlines()) if details else 0
        self.details.setFixedHeight(
            self.details.fontMetrics().lineSpacing() * min(max(lines, 2), 16) + 14
        )
        layout.addWidget(self.details)

        buttons = QDialogButtonBox()
        self.buttons: dict[str, QPushButton] = {}
        if conflicts:
            self._button(buttons, "conflicten", f"Conflicten bekijken ({conflicts})")
        if file is not None:
            self._button(buttons, "openen", "Openen")
        if folder is not None:
            self._button(buttons, "map", "Map openen")
        close = buttons.addButton("Sluiten", QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.buttons["sluiten"] = close
        layout.addWidget(buttons)
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus()
        self.setMinimumWidth(640)
        self.resize(680, self.sizeHint().height())

    def _button(self, box: QDialogButtonBox, key: str, text: str) -> None:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._choose(key))
        self.buttons[key] = button

    def _choose(self, key: str) -> None:
        self.chosen = key
        if key == "openen" and self.file is not None:
            open_path(self.file)
            return  # the dialog stays: the folder may be wanted too
        if key == "map" and self.folder is not None:
            open_path(self.folder)
            return
        self.accept()
