"""The coordinator's side in the window: copies that merge, conflicts counted and reached from
the result, archive and restore (Ctrl+Z too), duplicates joined, export options, help."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from nulmeting.exchange import demo
from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from tests.conftest import Clock

PASSWORD = "ons teamwachtwoord"


def _window(qtbot, store):
    from ui.window.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.listLoaded, timeout=10000):
        window.reload()
    return window


def _merge_in_window(qtbot, window, monkeypatch, results, *files):
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(f) for f in files], "")),
    )
    before = len(results)
    with qtbot.waitSignal(window.listLoaded, timeout=60000):
        window.menu_actions.merge.trigger()
        qtbot.waitUntil(lambda: len(results) > before, timeout=60000)
    return results[-1]


def test_copies_of_one_store_merge_both_ways_in_the_window(qtbot, tmp_path, monkeypatch, results):
    monkeypatch.setenv(teamfile.PASSWORD_ENV, PASSWORD)
    original = tmp_path / "coordinator" / "nulmeting.sqlite"
    with open_store(original, clock=Clock()) as s:
        s.set_setting("interviewer", "Coördinator")
        s.set_setting("round", "Nulmeting 2026-2027")
        demo.generate(s, 5, seed=11)
        with s.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM place ORDER BY name")]
    stores, files = [], []
    for i, (name, place) in enumerate((("Fatima", ids[0]), ("Yusuf", ids[1]))):
        path = tmp_path / name.lower() / "nulmeting.sqlite"
        path.parent.mkdir()
        shutil.copyfile(original, path)
        store = open_store(path, clock=Clock(f"2025-12-0{i + 3}T10:00:00"))
        assert store.became_copy
        store.set_setting("interviewer", name)
        store.set("place", place, "name", f"Plek van {name}")
        stores.append(store)
        files.append(teamfile.write_teamfile(store, tmp_path / f"{name}.nulmeting", PASSWORD))
    try:
        fatima, yusuf = stores
        window = _window(qtbot, fatima)
        shown = _merge_in_window(qtbot, window, monkeypatch, results, files[1])
        assert shown["heading"] == "1 plek bijgewerkt. Geen conflicten."
        assert "Plek van Yusuf" in {r.name for r in window.model.rows()}
        own = _merge_in_window(qtbot, window, monkeypatch, results, files[0])
        assert own["heading"] == "Niets veranderd: dit is het teambestand van deze laptop zelf."
        window.close()

        window = _window(qtbot, yusuf)
        shown = _merge_in_window(qtbot, window, monkeypatch, results, files[0])
        assert shown["heading"] == "1 plek bijgewerkt. Geen conflicten."
        window.close()
        for store in stores:
            assert store.values("place", ids[0])["name"] == "Plek van Fatima"
            assert store.values("place", ids[1])["name"] == "Plek van Yusuf"
    finally:
        for store in stores:
            store.close()


def test_conflicts_are_counted_and_the_result_leads_to_them(
    qtbot, store, tmp_path, monkeypatch, results
):
    from tests.gui.dialogs.test_conflicts import _laptops

    monkeypatch.setenv(teamfile.PASSWORD_ENV, PASSWORD)
    other, place = _laptops(store, tmp_path)
    store.update("place", place, {"name": "De Pit (F)", "founded": 1990})
    other.update("place", place, {"name": "De Pit (Y)", "founded": 1999})
    team = teamfile.write_teamfile(other, tmp_path / "yusuf.nulmeting", PASSWORD)
    window = _window(qtbot, store)
    assert window.conflict_label.isHidden()
    assert window.menu_actions.conflicts.text() == "&Conflicten…"
    handled = {}

    def in_conflict_dialog():
        dialog = QApplication.activeModalWidget()
        handled["rows"] = dialog.table.rowCount()
        dialog.table.selectRow(1)
        second = [b for b in dialog.choices if not b.isChecked()][0]
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(30, second.height() // 2))
        dialog.resolve_button.click()
        handled["left"] = dialog.table.rowCount()
        dialog.reject()

    def press_conflicts(dialog):
        handled["buttons"] = [b.text() for b in dialog.buttons.values()]
        QTimer.singleShot(0, in_conflict_dialog)
        dialog.buttons["conflicten"].click()

    results.answer = press_conflicts
    shown = _merge_in_window(qtbot, window, monkeypatch, results, team)
    assert shown["heading"] == "1 plek bijgewerkt. 2 conflicten om te bekijken."
    assert handled["buttons"][0] == "Conflicten bekijken (2)"
    assert handled["rows"] == 2 and handled["left"] == 1
    qtbot.waitUntil(lambda: window.conflict_label.text() == "⚠ 1 open conflict", timeout=10000)
    assert window.conflict_label.isVisible()
    assert window.menu_actions.conflicts.text() == "&Conflicten (1)…"
    assert store.open_conflict_count() == store.conflict_count() == 1
    window.close()
    other.close()


def test_archive_undo_with_ctrl_z_and_restore_from_the_list(qtbot, store, open_window, monkeypatch):
    window = open_window(store, places=6)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    place = window.current_place
    name = window.model.place_at(window.model.row_of(place)).name
    window.search.setFocus()  # where the focus is when the window opens
    window.menu_actions.archive.trigger()
    assert window.model.row_of(place) < 0 and window.current_place != place
    assert window.menu_actions.undo.isEnabled()
    assert "archiveren" in window.menu_actions.undo.text()
    # Ctrl+Z as a person types it: to the widget with the focus (the list, after archiving)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_place == place, timeout=5000)
    assert store.values("place", place)["archived"] is False
    assert window.model.row_of(place) >= 0

    window.menu_actions.archive.trigger()
    assert store.values("place", place)["archived"] is True
    from ui.dialogs.archived import ArchivedDialog

    seen = {}

    def use(dialog):
        seen["rows"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        dialog.restore_button.click()
        seen["after"] = dialog.table.rowCount()
        seen["message"] = dialog.message.text()
        return 0

    monkeypatch.setattr(ArchivedDialog, "exec", use)
    with qtbot.waitSignal(window.listLoaded, timeout=10000):
        window.menu_actions.archived.trigger()
    assert seen == {"rows": [name], "after": 0, "message": f"“{name}” is teruggezet."}
    assert store.values("place", place)["archived"] is False
    qtbot.waitUntil(lambda: window.current_place == place, timeout=5000)


def test_duplicates_side_by_side_joined_after_confirmation(qtbot, store, open_window, monkeypatch):
    a = store.create(
        "place", {"name": "Buurthuis De Pit", "postcode": "3024 AB", "district": "bospolder"}
    )
    b = store.create(
        "place",
        {
            "name": "Buurthuis de Pit",
            "postcode": "3024AB",
            "address": "Schiedamseweg 1",
            "founded": 1987,
        },
    )
    store.create("interview", {"place_id": b, "round": "Nulmeting 2025-2026"})
    window = open_window(store, places=4)
    from ui.dialogs.duplicates_dialog import DuplicatesDialog

    questions, seen = [], {}
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes),
    )

    def use(dialog):
        pair = dialog.current()
        seen["pair"] = {pair.first.id, pair.second.id}
        labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        seen["differing"] = [
            dialog.table.item(r, 0).text()
            for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 0).font().bold()
        ]
        seen["labels"] = labels
        keep = dialog.keep_first if pair.first.id == a else dialog.keep_second
        keep.setChecked(True)
        dialog.join_button.click()
        qtbot.waitUntil(lambda: dialog.joined == 1, timeout=30000)
        seen["left"] = dialog.pairs.count()
        return 0

    monkeypatch.setattr(DuplicatesDialog, "exec", use)
    window.menu_actions.duplicates.trigger()
    qtbot.waitUntil(lambda: "left" in seen, timeout=30000)
    assert seen["pair"] == {a, b}
    assert {"Adres", "Wijk", "Metingen"} <= set(seen["differing"])
    assert (
        len(questions) == 1
        and "“Buurthuis de Pit” samenvoegen in “Buurthuis De Pit”" in questions[0]
    )
    assert seen["left"] == 0
    # the same core rule as `duplicates --samenvoegen`: b archived, its data moved and filled in
    kept = store.values("place", a)
    assert store.values("place", b)["archived"] is True
    assert kept["address"] == "Schiedamseweg 1" and kept["founded"] == 1987
    with store.read() as conn:
        assert (
            conn.execute("SELECT COUNT(*) FROM interview WHERE place_id = ?", (a,)).fetchone()[0]
            == 1
        )


def test_export_options_one_wijk_with_personal_data_and_reason(
    qtbot, store, open_window, monkeypatch, tmp_path, results
):
    window = open_window(store, places=20)
    from ui.dialogs.export_dialog import ExportDialog

    out = tmp_path / "spangen.xlsx"
    seen = {}

    def use(dialog):
        dialog.one.setChecked(True)
        dialog.district.setCurrentIndex(dialog.district.findText("Spangen"))
        seen["target_default"] = dialog.target.text()
        dialog.target.setText(str(out))
        assert not dialog.warning.isVisibleTo(dialog)
        dialog.personal.setChecked(True)
        seen["warning"] = dialog.warning.isVisibleTo(dialog) and "AVG" in dialog.warning.text()
        dialog.accept()  # no reason yet: refused, said why
        seen["refused"] = dialog.choice is None and "reden" in dialog.error.text()
        dialog.reason.setText("bellen voor de vervolgmeting")
        dialog.accept()
        return 1

    opened = []
    monkeypatch.setattr(ExportDialog, "exec", use)
    monkeypatch.setattr(
        "ui.dialogs.results.QDesktopServices.openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    results.answer = lambda dialog: (
        dialog.buttons["openen"].click(),
        dialog.buttons["map"].click(),
    )
    window.menu_actions.export.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert seen["target_default"].endswith("nulmeting-Spangen.xlsx")
    assert seen["warning"] and seen["refused"]
    assert results[0]["buttons"] == ["Openen", "Map openen", "Sluiten"]
    assert "persoonsgegevens" in results[0]["details"]
    assert opened == [str(out), str(tmp_path)]
    from openpyxl import load_workbook

    wb = load_workbook(out, read_only=True)
    assert "Contactpersonen" in wb.sheetnames
    explanation = {r[0]: r[1:3] for r in wb["Toelichting"].iter_rows(values_only=True) if r[0]}
    assert explanation["Omvang"][0] == "Alleen wijk Spangen"
    value, text = explanation["Persoonsgegevens"]
    assert value == "opgenomen (blad Contactpersonen)"
    assert text.startswith(
        "Reden: bellen voor de vervolgmeting. Dit bestand bevat persoonsgegevens (AVG)"
    )


def test_help_guide_and_about(qtbot, store, open_window, monkeypatch):
    window = open_window(store, places=2)
    from ui.dialogs.help import GuideDialog, about_text

    seen = {}

    def use(dialog):
        seen["text"] = dialog.text.toPlainText()
        return 0

    monkeypatch.setattr(GuideDialog, "exec", use)
    window.menu_actions.guide.trigger()
    for topic in (
        "De eerste keer",
        "Een interview",
        "Het teambestand",
        "Samenvoegen",
        "Conflicten",
        "Dubbele plekken",
        "Exporteren",
        "Het rapport",
    ):
        assert topic in seen["text"]
    assert window.menu_actions.guide.shortcut().toString() == "F1"
    text = about_text(store)
    assert "Nulmeting 0.1.0" in text and str(store.path) in text and "EUPL-1.2" in text
    abouts = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a: abouts.append(a[1:])))
    window.menu_actions.about.trigger()
    assert abouts and abouts[0][0] == "Over Nulmeting"


def test_open_conflict_count_matches_the_full_count(store, tmp_path):
    """The window's quick count (plain sqlite3) equals the engine's, deletions included."""
    from tests.gui.dialogs.test_conflicts import _exchange, _laptops

    other, place = _laptops(store, tmp_path)
    store.archive("place", place)
    other.set("place", place, "name", "Nieuwe naam")
    other.set("place", place, "founded", 2001)
    _exchange(other, store, tmp_path, "y.nulmeting")
    assert store.open_conflict_count() == store.conflict_count() == len(store.conflicts()) == 1
    other.close()
