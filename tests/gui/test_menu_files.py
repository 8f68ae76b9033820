"""The menu actions that write files: team file, per-wijk export, PDF summary."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from nulmeting.store import open_store  # noqa: E402


@pytest.fixture
def window(open_window, store):
    return open_window(store, 12, seed=4)


def test_make_teamfile_writes_an_encrypted_file_another_laptop_can_merge(
        window, store, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "fatima.nulmeting"
    monkeypatch.setenv("NULMETING_TEAMWACHTWOORD", "ons teamwachtwoord")
    monkeypatch.setattr("ui.actions.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a[2])))
    window.menu_actions.make_teamfile.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=60000)
    assert "Teambestand geschreven" in infos[0]
    assert not out.read_bytes().startswith(b"SQLite format 3")  # encrypted, not a plain copy
    from nulmeting.teamfile import merge_files

    with open_store(tmp_path / "coordinator.sqlite") as coordinator:
        merge_files(coordinator, [out], "ons teamwachtwoord")
        assert coordinator.counts()["place"] == 12 == store.counts()["place"]


def test_export_per_wijk_writes_one_workbook_per_wijk(window, store, qtbot, tmp_path,
                                                      monkeypatch):
    folder = tmp_path / "wijken"
    folder.mkdir()
    monkeypatch.setattr("ui.actions.QFileDialog.getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a[2])))
    window.menu_actions.export_districts.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=60000)
    with store.engine.connect() as conn:
        districts = conn.exec_driver_sql(
            "SELECT COUNT(DISTINCT district) FROM place WHERE NOT archived").scalar_one()
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == districts >= 2
    assert f"{districts} bestanden geschreven" in infos[0]


def test_summary_pdf_of_the_current_plek(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "samenvatting.pdf"
    monkeypatch.setattr("ui.actions.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    window.menu_actions.summary_pdf.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert "Samenvatting opgeslagen" in window.statusBar().currentMessage()
