"""Help → Handleiding (the short Dutch guide shipped in ``resources/``) and Over Nulmeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nulmeting import __version__
from nulmeting.domain.resources import resource_path
from nulmeting.store.store import Store
from ui.dialogs.fit import fit_title

GUIDE = ("handleiding.md",)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding Nulmeting"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(resource_path(*GUIDE).read_text(encoding="utf-8"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 640)
        fit_title(self)


def about_text(store: Store) -> str:
    from html import escape

    unset = QCoreApplication.translate("Over", "(niet ingesteld)")
    return (
        f"<h3>Nulmeting {__version__}</h3><p>"
        + QCoreApplication.translate(
            "Over",
            "Nulmeting van de sociale basis: interviews met buurtplekken, teambestanden "
            "samenvoegen, Excel-overzicht per wijk.",
        )
        + "</p><p><b>"
        + QCoreApplication.translate("Over", "Gegevensbestand:")
        + f"</b><br>{escape(str(store.path))}</p><p><b>"
        + QCoreApplication.translate("Over", "Buurtverbinder:")
        + f"</b> {escape(store.interviewer) or unset}<br><b>"
        + QCoreApplication.translate("Over", "Meetmoment:")
        + f"</b> {escape(store.current_round) or unset}</p><p><b>"
        + QCoreApplication.translate("Over", "Licentie:")
        + "</b> EUPL-1.2 (European Union Public Licence)</p>"
    )


def show_about(store: Store, parent: QWidget | None = None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("Over", "Over Nulmeting"), about_text(store)
    )
