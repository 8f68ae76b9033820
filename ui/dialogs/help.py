"""Help → Handleiding (the short Dutch guide shipped in ``resources/``) and Over Nulmeting."""

from __future__ import annotations

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

GUIDE = ("handleiding.md",)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Handleiding Nulmeting")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(resource_path(*GUIDE).read_text(encoding="utf-8"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 640)


def about_text(store: Store) -> str:
    return (
        f"<h3>Nulmeting {__version__}</h3>"
        "<p>Nulmeting van de sociale basis: interviews met buurtplekken, teambestanden "
        "samenvoegen, Excel-overzicht per wijk.</p>"
        f"<p><b>Gegevensbestand:</b><br>{store.path}</p>"
        f"<p><b>Buurtverbinder:</b> {store.interviewer or '(niet ingesteld)'}<br>"
        f"<b>Meetmoment:</b> {store.current_round or '(niet ingesteld)'}</p>"
        "<p><b>Licentie:</b> EUPL-1.2 (European Union Public Licence)</p>"
    )


def show_about(store: Store, parent: QWidget | None = None) -> None:
    QMessageBox.about(parent, "Over Nulmeting", about_text(store))
