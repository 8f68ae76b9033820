"""The menu actions that write files: team file, per-wijk export, PDF summary."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QInputDialog, QMessageBox

from nulmeting.store.store import open_store


@pytest.fixture
def window(open_window, store):
    return open_window(store, 12, seed=4)


def test_make_teamfile_writes_an_encrypted_file_another_laptop_can_merge(
    window, store, qtbot, tmp_path, monkeypatch
):
    out = tmp_path / "fatima.nulmeting"
    monkeypatch.setenv("NULMETING_TEAMWACHTWOORD", "ons teamwachtwoord")
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getSaveFileName",
        staticmethod(lambda *a, **k: (str(out), "")),
    )
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a[2])))
    window.menu_actions.make_teamfile.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=60000)
    assert "Teambestand geschreven" in infos[0]
    assert not out.read_bytes().startswith(b"SQLite format 3")  # encrypted, not a plain copy
    from nulmeting.team.teamfile import merge_files

    with open_store(tmp_path / "coordinator.sqlite") as coordinator:
        merge_files(coordinator, [out], "ons teamwachtwoord")
        assert coordinator.counts()["place"] == 12 == store.counts()["place"]


def test_export_per_wijk_writes_one_workbook_per_wijk(
    window, store, qtbot, tmp_path, monkeypatch, results
):
    from ui.dialogs.export_dialog import PER_DISTRICT, ExportDialog

    folder = tmp_path / "wijken"
    folder.mkdir()
    monkeypatch.setattr(
        "ui.dialogs.export_dialog.QFileDialog.getExistingDirectory",
        staticmethod(lambda *a, **k: str(folder)),
    )

    def choose(dialog):
        assert dialog.current_scope() == PER_DISTRICT  # the menu item chose it
        dialog.browse.click()
        dialog.accept()
        return 1

    monkeypatch.setattr(ExportDialog, "exec", choose)
    window.menu_actions.export_districts.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    with store.engine.connect() as conn:
        districts = conn.exec_driver_sql(
            "SELECT COUNT(DISTINCT district) FROM place WHERE NOT archived"
        ).scalar_one()
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == districts >= 2
    assert results[0]["heading"] == f"{districts} overzichten per wijk geschreven."
    assert results[0]["buttons"] == ["Map openen", "Sluiten"]


def test_summary_pdf_of_the_current_plek(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "samenvatting.pdf"
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getSaveFileName",
        staticmethod(lambda *a, **k: (str(out), "")),
    )
    window.menu_actions.summary_pdf.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert "Samenvatting opgeslagen" in window.statusBar().currentMessage()


def test_sync_asks_a_password_only_when_the_server_wants_one(window, qtbot, monkeypatch):
    """Like libpq: first without a password (trust, ~/.pgpass, PGPASSWORD ...); the dialog
    asks only when the server demands one; a cancelled dialog syncs nothing."""
    import os

    import nulmeting.team.sync
    from nulmeting.domain.errors import PasswordNeeded

    for name in ("NULMETING_SERVERWACHTWOORD", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NULMETING_TEAMWACHTWOORD", "het teamwachtwoord")  # not the server's
    asked, used, infos = [], [], []
    typed = [("getypt", True)]
    server_wants_password = [False]

    def get_text(parent, title, label, *args):
        asked.append(label)
        return ("postgresql://fatima@server/nulmeting", True) if "Adres" in label else typed[0]

    from nulmeting.team.sync import SyncSummary

    def fake_sync(store, url, password, progress):
        if (
            server_wants_password[0]
            and password is None
            and not os.environ.get("NULMETING_SERVERWACHTWOORD")
        ):
            raise PasswordNeeded("De server vraagt om een wachtwoord voor 'fatima'.")
        used.append(password)
        return SyncSummary("server", pulled=2)  # no bad server rows

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(nulmeting.team.sync, "sync", fake_sync)
    monkeypatch.setattr(
        "ui.dialogs.results.ResultDialog.exec",
        lambda dialog: infos.append(dialog.heading.text()) or 0,
    )

    window.menu_actions.sync.trigger()  # a trust server: no password asked at all
    qtbot.waitUntil(lambda: len(infos) == 1, timeout=10000)
    assert used == [None] and len(asked) == 1

    server_wants_password[0] = True
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: len(infos) == 2, timeout=10000)
    assert used[-1] == "getypt" and len(asked) == 3  # the address, then the password once
    assert "vraagt om een wachtwoord" in asked[-1]

    monkeypatch.setenv("NULMETING_SERVERWACHTWOORD", "uit de omgeving")
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: len(infos) == 3, timeout=10000)
    assert len(asked) == 4  # only the address: the core takes the environment's password

    monkeypatch.delenv("NULMETING_SERVERWACHTWOORD")
    typed[0] = ("", False)  # Annuleren
    window.menu_actions.sync.trigger()
    qtbot.waitUntil(lambda: len(asked) == 6, timeout=10000)
    assert len(infos) == 3 and "Niet gesynchroniseerd" in window.statusBar().currentMessage()


def test_report_of_one_wijk_from_the_file_menu(window, store, qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from ui.dialogs.report_dialog import ReportDialog

    out = tmp_path / "rapport.pdf"
    picked = []

    def exec_(dialog):  # a person picks the second entry: the first wijk with plekken
        assert dialog.scope.itemText(0) == "Hele gebied (alle wijken)"
        dialog.scope.setCurrentIndex(1)
        picked.append(dialog.scope.currentText())
        return 1

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getSaveFileName",
        staticmethod(lambda *a, **k: (str(out), "")),
    )
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a[2])))
    window.menu_actions.report.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=60000)
    wijk = picked[0].removeprefix("Wijk ")
    reader = PdfReader(str(out))
    assert 1 <= len(reader.pages) <= 2
    assert f"De sociale basis van {wijk}" in reader.pages[0].extract_text()
