"""The outcome of an import, a merge, a sync or an export as a readable Dutch summary.

A dialog, not only a status-bar line that disappears: a heading in plain words ("3 plekken
nieuw, 12 plekken bijgewerkt. 2 conflicten om te bekijken."), the details below, and buttons
for what comes next (the conflicts, the file, its folder). After ``exec()``, :attr:`chosen` says
which of those was pressed ("conflicten", "openen", "map" or "").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
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

from ui.dialogs.fit import fit_title

# The outcome of a merge or a sync, from its numbers, in the window's language: the same
# sentence as the core's Dutch summary (nulmeting/team/wording.py), e.g. "3 plekken nieuw,
# 1 plek bijgewerkt; 2 activiteiten en 1 contactpersoon nieuw". The code picks the singular or
# the plural source text (the same rule in Dutch and English), so no %n plural is needed.


def _n(text: str, n: int) -> str:
    return text.replace("%1", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which looks for this name) and gives it back as it is; it is
    translated where it is shown (Qt's own has no typed signature)."""
    return text


#: One and more of a kind of record (the translations are looked up in :func:`noun`).
NOUNS: dict[str, tuple[str, str]] = {
    "place": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 plek"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 plekken"),
    ),
    "interview": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 meting"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 metingen"),
    ),
    "activity": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 activiteit"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 activiteiten"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 contactpersoon"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 contactpersonen"),
    ),
    "finance_line": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 financiële regel"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 financiële regels"),
    ),
    "membership": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 netwerklidmaatschap"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 netwerklidmaatschappen"),
    ),
    "tie": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 relatie"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 relaties"),
    ),
    "need": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 behoefte"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 behoeften"),
    ),
    "meetmoment": (
        QT_TRANSLATE_NOOP("Resultaat", "%1 meetmoment"),
        QT_TRANSLATE_NOOP("Resultaat", "%1 meetmomenten"),
    ),
}
OTHER = (
    QT_TRANSLATE_NOOP("Resultaat", "%1 ander gegeven"),
    QT_TRANSLATE_NOOP("Resultaat", "%1 andere gegevens"),
)


def noun(entity: str, n: int) -> str:
    """``1 plek``, ``3 plekken`` (``3 places``) for a kind of record."""
    one, more = NOUNS.get(entity, OTHER)
    return _n(QCoreApplication.translate("Resultaat", one if n == 1 else more), n)


def listing(parts: list[str]) -> str:
    """``a``, ``a en b``, ``a, b en c`` (``a, b and c``)."""
    if len(parts) <= 1:
        return "".join(parts)
    return (
        QCoreApplication.translate("Resultaat", "%1 en %2")
        .replace("%1", ", ".join(parts[:-1]))
        .replace("%2", parts[-1])
    )


def changes(added: Mapping[str, int], updated: Mapping[str, int]) -> str:
    """What was added and updated, plekken first; ``""`` when nothing."""
    from nulmeting.team.wording import ordered

    groups = []
    for places in (True, False):
        phrases = []
        for counts, new in ((added, True), (updated, False)):
            nouns = [noun(e, n) for e, n in ordered(counts) if (e == "place") == places]
            if not nouns:
                continue
            what = (
                QCoreApplication.translate("Resultaat", "%1 nieuw")
                if new
                else QCoreApplication.translate("Resultaat", "%1 bijgewerkt")
            )
            phrases.append(what.replace("%1", listing(nouns)))
        if phrases:
            groups.append(", ".join(phrases))
    return "; ".join(groups)


def conflicts_text(n: int, deletions: int = 0) -> str:
    """``2 conflicten om te bekijken`` (``""`` for none)."""
    if not n:
        return ""
    text = (
        _n(QCoreApplication.translate("Resultaat", "%1 conflict om te bekijken"), n)
        if n == 1
        else _n(QCoreApplication.translate("Resultaat", "%1 conflicten om te bekijken"), n)
    )
    if deletions:
        text += _n(
            QCoreApplication.translate(
                "Resultaat", " (bij %1 is iets verwijderd dat elders gewijzigd is)"
            ),
            deletions,
        )
    return text


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def merge_heading(summaries: Sequence[Any], open_conflicts: int) -> str:
    """All files together: ``3 plekken nieuw, 12 plekken bijgewerkt. 2 conflicten om te
    bekijken.`` (the conflicts still open in the store, also those of earlier merges)."""
    added: dict[str, int] = {}
    updated: dict[str, int] = {}
    for s in summaries:
        a, u = s.per_entity()
        for total, counts in ((added, a), (updated, u)):
            for entity, n in counts.items():
                total[entity] = total.get(entity, 0) + n
    text = changes(added, updated) or QCoreApplication.translate("Resultaat", "niets nieuws")
    text = _sentence(text) + "."
    if open_conflicts:
        text += " " + _sentence(conflicts_text(open_conflicts)) + "."
    else:
        text += " " + QCoreApplication.translate("Resultaat", "Geen conflicten.")
    return text


def merge_line(s: Any) -> str:
    """One merged file, as ``MergeSummary.dutch()`` says it, in the window's language."""
    if s.own_laptop and not s.new_changes:
        return QCoreApplication.translate(
            "Resultaat",
            "%1 is het teambestand van deze laptop zelf; er is niets nieuws in, er is niets "
            "veranderd.",
        ).replace("%1", s.source)
    changed = changes(*s.per_entity()) or QCoreApplication.translate("Resultaat", "niets nieuws")
    text = f"{s.source}: {changed}."
    if s.conflicts:
        text += " " + conflicts_text(s.conflicts, s.deletion_conflicts) + "."
    if s.other_area:
        text += " " + QCoreApplication.translate(
            "Resultaat", "Let op: dit teambestand komt uit gebied %1."
        ).replace("%1", s.other_area)
    return text


def merge_details(summaries: Sequence[Any]) -> str:
    return "\n".join(merge_line(s) for s in summaries)


def sync_text(s: Any) -> str:
    """A sync, as ``SyncSummary.dutch()`` says it (without the rows set aside)."""
    if not s.pushed and not s.pulled:
        return QCoreApplication.translate(
            "Resultaat", "Gesynchroniseerd met %1: alles was al gelijk."
        ).replace("%1", s.server)
    if s.pushed and s.pulled:
        exchanged = (
            QCoreApplication.translate("Resultaat", "%1 wijziging verstuurd en %2 ontvangen")
            if s.pushed == 1
            else QCoreApplication.translate("Resultaat", "%1 wijzigingen verstuurd en %2 ontvangen")
        ).replace("%2", str(s.pulled))
        exchanged = _n(exchanged, s.pushed)
    elif s.pushed:
        exchanged = _n(
            QCoreApplication.translate("Resultaat", "%1 wijziging verstuurd")
            if s.pushed == 1
            else QCoreApplication.translate("Resultaat", "%1 wijzigingen verstuurd"),
            s.pushed,
        )
    else:
        exchanged = _n(
            QCoreApplication.translate("Resultaat", "%1 wijziging ontvangen")
            if s.pulled == 1
            else QCoreApplication.translate("Resultaat", "%1 wijzigingen ontvangen"),
            s.pulled,
        )
    text = (
        QCoreApplication.translate("Resultaat", "Gesynchroniseerd met %1: %2")
        .replace("%1", s.server)
        .replace("%2", exchanged)
    )
    changed = changes(*s.per_entity())
    text += f"; {changed}." if changed else "."
    if s.conflicts:
        text += " " + QCoreApplication.translate(
            "Resultaat", "%1: los ze op via Conflicten."
        ).replace("%1", conflicts_text(s.conflicts))
    return text


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
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setVisible(bool(details))
        lines = sum(1 + len(line) // 90 for line in details.splitlines()) if details else 0
        self.details.setFixedHeight(
            self.details.fontMetrics().lineSpacing() * min(max(lines, 2), 16) + 14
        )
        layout.addWidget(self.details)

        buttons = QDialogButtonBox()
        self.buttons: dict[str, QPushButton] = {}
        if conflicts:
            self._button(
                buttons,
                "conflicten",
                self.tr("Conflicten bekijken (%1)").replace("%1", str(conflicts)),
            )
        if file is not None:
            self._button(buttons, "openen", self.tr("Openen"))
        if folder is not None:
            self._button(buttons, "map", self.tr("Map openen"))
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.buttons["sluiten"] = close
        layout.addWidget(buttons)
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus()
        self.setMinimumWidth(640)
        self.resize(680, self.sizeHint().height())
        fit_title(self)

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
