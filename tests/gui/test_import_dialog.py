"""The import preview dialog over a real store and a real file."""

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from nulmeting import demo, export
from nulmeting.errors import UserError
from ui.import_dialog import ImportDialog


def _csv(path, rows):
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8-sig")
    return path


def test_preview_then_apply(qtbot, store, tmp_path):
    demo.generate(store, 3, seed=2)
    out = export.write_overview(store, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Plekken"]
    ws.cell(row=2, column=2).value = "Andere naam"
    ws.append([None, "Nieuwe plek", "Spangen"])
    wb.save(out)
    dialog = ImportDialog(store, out)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    texts = {dialog.table.item(i, 2).text() for i in range(2)}
    assert "nieuwe plek (2 velden)" in texts and any(t.startswith("wijzigt: Naam") for t in texts)
    assert "Nieuwe plekken: 1." in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    assert store.counts()["place"] == 3  # nothing written by the preview
    dialog.author.setText("Noor")
    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.counts()["place"] == 4
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT author FROM change WHERE field = 'name' ORDER BY seq DESC LIMIT 1"
        ).scalar_one() == "Noor"


def test_errors_block_until_only_valid_chosen(qtbot, store, tmp_path):
    path = _csv(tmp_path / "p.csv", [["Naam", "Wijk", "Postcode"], ["Goed", "Spangen", "3027 AB"],
                                     ["Fout", "Atlantis", "3027 AB"]])
    dialog = ImportDialog(store, path)
    qtbot.addWidget(dialog)
    assert dialog.errors.isVisibleTo(dialog)
    assert "Rij 3: Wijk: 'Atlantis' is geen bekende wijk." in dialog.errors.toPlainText()
    assert not dialog.apply_button.isEnabled()
    dialog.only_valid.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert store.counts()["place"] == 1


def test_unreadable_file_raises_dutch_error(qtbot, store, tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_text("x")
    with pytest.raises(UserError, match="kies een Excel-bestand"):
        ImportDialog(store, bad)
