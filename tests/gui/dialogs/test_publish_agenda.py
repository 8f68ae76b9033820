"""Bestand → Wijkagenda publiceren… and importing the Activiteiten sheet from the window."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

import openpyxl
from PySide6.QtWidgets import QInputDialog, QMessageBox

from nulmeting.exchange import export
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.publish_agenda import target_folder


@pytest.fixture
def window(open_window, store):
    return open_window(store, 12, seed=4)


def test_the_menu_item_publishes_the_chosen_wijk_into_a_new_folder_inside_a_full_one(
    window, store, qtbot, tmp_path, monkeypatch
):
    documents = tmp_path / "Documenten"
    documents.mkdir()
    (documents / "brief.txt").write_text("blijft")
    asked = []

    def get_item(parent, title, label, items, current=0):
        asked.append(items)
        return items[0], True  # Alle wijken

    monkeypatch.setattr("ui.dialogs.fit.get_item", get_item)
    monkeypatch.setattr(
        "ui.dialogs.publish_agenda.QFileDialog.getExistingDirectory",
        staticmethod(lambda *a, **k: str(documents)),
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert window.menu_actions.publish_agenda.text() == "Wijkagenda &publiceren…"
    assert window.menu_actions.publish_agenda in window.menuBar().actions()[0].menu().actions()
    window.menu_actions.publish_agenda.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    site = documents / "wijkagenda"
    assert target_folder(documents) == site
    assert (documents / "brief.txt").read_text() == "blijft"
    with store.read() as conn:
        wijken = {r[0] for r in conn.execute("SELECT DISTINCT district FROM place")}
    assert asked[0][0] == "Alle wijken" and len(asked[0]) == len(wijken) + 1 >= 3
    assert (site / "index.html").is_file() and (site / "wijkagenda.ics").is_file()
    assert shown[0].startswith(f"Wijkagenda geschreven in {site}")
    assert "Wijkagenda geschreven" in window.statusBar().currentMessage()


def test_import_asks_which_sheet_and_reads_the_activiteiten(
    window, store, qtbot, tmp_path, monkeypatch, results
):
    book = export.write_overview(store, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Activiteiten"]
    col = {c.value: i + 1 for i, c in enumerate(ws[1])}
    activity = ws.cell(row=2, column=col["Activiteit ID"]).value
    ws.cell(row=2, column=col["Begin"]).value = "07:45"
    wb.save(book)
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getOpenFileName",
        staticmethod(lambda *a, **k: (str(book), "")),
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Activiteiten", True))
    )
    previews = []

    def accept(dialog):
        previews.append(
            (
                dialog.table.horizontalHeaderItem(1).text(),
                dialog.table.rowCount(),
                dialog.table.item(0, 2).text(),
            )
        )
        dialog.accept()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", accept)
    window.menu_actions.import_file.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)  # the result dialog
    assert results[-1]["title"] == "Importeren" and "Ingelezen uit" in results[-1]["details"]
    assert previews == [("Activiteit (plek)", 1, "wijzigt: Begin")]
    with store.read() as conn:
        assert (
            conn.execute("SELECT start FROM activity WHERE id=?", (activity,)).fetchone()[0]
            == "07:45"
        )
