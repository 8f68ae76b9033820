"""Bestand → Wijkagenda publiceren…: choose the wijk and the folder; the core writes the site,
the feeds and the open data on the worker thread (:func:`nulmeting.exchange.wijkagenda.publish.publish`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.dialogs import fit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from nulmeting.store.store import Store

Work = Callable[[Callable[[int, int, str], None]], Any]

MARKER = ".wijkagenda"  # nulmeting.exchange.wijkagenda.publish.MARKER (not imported: start-up)


def target_folder(chosen: Path) -> Path:
    """The chosen folder when it is empty or an earlier wijkagenda, else a ``wijkagenda``
    folder inside it (a person picks "Documenten", not a new empty folder)."""
    if not chosen.exists() or (chosen / MARKER).exists() or not any(chosen.iterdir()):
        return chosen
    return chosen / "wijkagenda"


def on_publish_agenda(
    w: QMainWindow, store: Store, run: Callable[[Work, Callable[[Any], None], str], None]
) -> None:
    """Ask, then ``run(work, done, label)`` (the window's task runner with its error
    handling)."""
    from nulmeting.exchange.wijkagenda.entries import district_choices

    everything = QCoreApplication.translate("PublishAgenda", "Alle wijken")
    names = [name for _code, name in district_choices(store)]
    choice, ok = fit.get_item(
        w,
        QCoreApplication.translate("PublishAgenda", "Wijkagenda publiceren"),
        QCoreApplication.translate(
            "PublishAgenda",
            "Welke wijken? (alleen activiteiten die openbaar zijn in de wijkagenda)",
        ),
        [everything, *names],
    )
    if not ok:
        return
    folder = QFileDialog.getExistingDirectory(
        w,
        QCoreApplication.translate("PublishAgenda", "Wijkagenda publiceren: kies een map"),
        str(Path.home()),
    )
    if not folder:
        return
    out = target_folder(Path(folder))
    district = None if choice == everything else choice

    def work(progress: Callable[[int, int, str], None]) -> Any:
        from nulmeting.exchange.wijkagenda.publish import publish

        return publish(store, out, district=district, progress=progress)

    def done(result: Any) -> None:
        w.statusBar().showMessage(
            QCoreApplication.translate("PublishAgenda", "Wijkagenda geschreven in %1").replace(
                "%1", str(out)
            ),
            15000,
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("PublishAgenda", "Wijkagenda publiceren"),
            result.dutch(),
            parent=w,
        )
        open_button = box.addButton(
            QCoreApplication.translate("PublishAgenda", "Openen in de browser"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("PublishAgenda", "Sluiten"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out / "index.html")))
        box.deleteLater()

    run(work, done, QCoreApplication.translate("PublishAgenda", "Wijkagenda publiceren…"))
