"""Importing a spreadsheet: the preview dialog as a view over an ImportPlan (no threads), and
the Importeren action, which reads, checks and writes on the worker thread."""

import hashlib
import sqlite3
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton

from nulmeting.exchange import demo, export, importer
from nulmeting.exchange.importer import apply_import, plan_import
from ui import tasks as tasks_module
from ui.dialogs.import_dialog import ImportDialog

WIJKEN = ["Middelland", "Spangen", "Oud Mathenesse", "Nieuwe Westen", "Bospolder", "Schiemond"]


def _csv(path, rows):
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8-sig")
    return path


def _big_csv(path, n, bad=()):
    """``n`` new plekken; the data rows numbered in ``bad`` (0-based) have an unknown wijk."""
    rows = [["Naam", "Wijk", "Postcode", "Vrijwilligers"]]
    rows += [
        [f"Import {i:04d}", "Atlantis" if i in bad else WIJKEN[i % 6], "3027 AB", str(i % 40)]
        for i in range(n)
    ]
    return _csv(path, rows)


def _big_xlsx(path, n):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plekken"
    ws.append(["Naam", "Wijk", "Postcode", "Vrijwilligers"])
    for i in range(n):
        ws.append([f"Import {i:04d}", WIJKEN[i % 6], "3027 AB", i % 40])
    wb.save(path)
    return path


def _fingerprint(path):
    """Counts and a hash of every change row, read from the store file itself."""
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        for row in conn.execute("SELECT * FROM change ORDER BY seq"):
            digest.update(repr(row).encode())
        counts = tuple(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("change", "place", "interview", "field_state")
        )
    finally:
        conn.close()
    return counts, digest.hexdigest()


def _visible_progress(window):
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


# ---------------------------------------------------------------- the dialog, without threads


def test_preview_then_apply(qtbot, store, tmp_path):
    demo.generate(store, 3, seed=2)
    out = export.write_overview(store, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Plekken"]
    ws.cell(row=2, column=1).value = "Andere naam"  # Naam (the ID is the last column)
    ws.append(["Nieuwe plek", "Spangen"])
    wb.save(out)
    dialog = ImportDialog(plan_import(store, out))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importeren: o.xlsx"
    assert dialog.table.rowCount() == 2
    texts = {dialog.table.item(i, 2).text() for i in range(2)}
    assert "nieuwe plek (2 velden)" in texts and any(t.startswith("wijzigt: Naam") for t in texts)
    assert "Nieuwe plekken: 1." in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    dialog.author.setText("Noor")
    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.counts()["place"] == 3  # the dialog itself writes nothing
    assert dialog.plan.author == "Noor" and not dialog.skip_invalid
    apply_import(store, dialog.plan, only_valid=dialog.skip_invalid)
    assert store.counts()["place"] == 4
    with store.engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT author FROM change WHERE field = 'name' ORDER BY seq DESC LIMIT 1"
            ).scalar_one()
            == "Noor"
        )


def test_errors_block_until_only_valid_chosen(qtbot, store, tmp_path):
    path = _csv(
        tmp_path / "p.csv",
        [
            ["Naam", "Wijk", "Postcode"],
            ["Goed", "Spangen", "3027 AB"],
            ["Fout", "Atlantis", "3027 AB"],
        ],
    )
    dialog = ImportDialog(plan_import(store, path))
    qtbot.addWidget(dialog)
    assert dialog.errors.isVisibleTo(dialog)
    assert "Rij 3: Wijk: 'Atlantis' is geen bekende wijk." in dialog.errors.toPlainText()
    assert not dialog.apply_button.isEnabled()
    dialog.accept()  # Enter while Inlezen is disabled: nothing chosen
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.only_valid.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.skip_invalid
    apply_import(store, dialog.plan, only_valid=dialog.skip_invalid)
    assert store.counts()["place"] == 1


def test_a_file_without_the_required_columns_cannot_be_applied(qtbot, store, tmp_path):
    path = _csv(tmp_path / "x.csv", [["Naam", "Adres"], ["A", "Straat 1"]])
    dialog = ImportDialog(plan_import(store, path))
    qtbot.addWidget(dialog)
    assert "kan niet ingelezen worden" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled() and not dialog.only_valid.isVisibleTo(dialog)


# ---------------------------------------------------------------- Importeren, on the worker


@pytest.fixture
def window(open_window, store):
    return open_window(store, 5, seed=3)


@pytest.fixture
def choose_file(monkeypatch):
    def choose(path):
        monkeypatch.setattr(
            "ui.window.actions.QFileDialog.getOpenFileName",
            staticmethod(lambda *a, **k: (str(path), "")),
        )

    return choose


@pytest.fixture
def previews(monkeypatch):
    """Replaces the preview's exec: records what each preview shows (the dialog itself is
    deleted afterwards); ``previews.answer(dialog)`` decides (default: Annuleren)."""

    class Previews(list):
        answer = staticmethod(lambda dialog: 0)

    seen = Previews()

    def exec_(dialog):
        seen.append(
            {
                "parent": dialog.parent(),
                "path": dialog.path,
                "plan": dialog.plan,
                "summary": dialog.summary.text(),
                "table_rows": dialog.table.rowCount(),
                "first_rows": [
                    dialog.table.item(i, 0).text() for i in range(min(2, dialog.table.rowCount()))
                ],
                "apply_enabled": dialog.apply_button.isEnabled(),
            }
        )
        if seen.answer(dialog):
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return seen


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: seen.append(a[1:3])))
    return seen


def test_reading_and_checking_run_on_the_worker_while_the_window_stays_responsive(
    window, store, qtbot, tmp_path, monkeypatch, choose_file, previews
):
    path = _big_csv(tmp_path / "plekken.csv", 3000, bad={10, 2000})
    choose_file(path)
    real_plan = importer.plan_import
    seen = {}
    gui_ran = threading.Event()

    def plan_import(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        # the GUI thread handles events while the file is read: a timer started after the
        # menu action fires now (on the GUI thread this wait would time out)
        seen["gui_ran"] = gui_ran.wait(5)
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(importer, "plan_import", plan_import)
    before = _fingerprint(store.path)
    window.menu_actions.import_file.trigger()
    QTimer.singleShot(0, gui_ran.set)
    qtbot.waitUntil(lambda: bool(previews), timeout=30000)
    assert seen["thread"] is not threading.main_thread()
    assert seen["gui_ran"]
    [shown] = previews
    assert shown["parent"] is window and shown["path"] == path
    assert shown["plan"].counts() == {
        "nieuw": 2998,
        "gewijzigd": 0,
        "velden": 0,
        "ongewijzigd": 0,
        "ongeldig": 2,
        "bestaat al": 0,
    }
    summary = shown["summary"]
    assert "plekken.csv: 3000 rijen." in summary and "Nieuwe plekken: 2998." in summary
    assert "Rijen met fouten: 2" in summary
    assert shown["table_rows"] == 2000  # MAX_PREVIEW_ROWS, the two wrong rows first
    assert shown["first_rows"] == ["12", "2002"]
    assert not shown["apply_enabled"]
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert _fingerprint(store.path) == before  # Annuleren in the preview: nothing written


def test_inlezen_writes_the_rows(window, store, qtbot, tmp_path, choose_file, previews, results):
    path = _big_xlsx(tmp_path / "plekken.xlsx", 3000)
    choose_file(path)

    def answer(dialog):
        dialog.author.setText("Noor")
        return 1

    previews.answer = answer
    (changes_before, *_), _ = _fingerprint(store.path)
    with qtbot.waitSignal(window.listLoaded, timeout=60000):
        window.menu_actions.import_file.trigger()
        qtbot.waitUntil(lambda: bool(results), timeout=60000)
    (changes_after, places, *_), _ = _fingerprint(store.path)
    assert places == 3005
    assert results[-1]["heading"] == "3000 nieuwe plekken, 0 plekken gewijzigd."
    assert results[-1]["details"] == (
        "Ingelezen uit plekken.xlsx: 3000 nieuwe plekken, 0 plekken gewijzigd "
        f"({changes_after - changes_before} wijzigingen, als werk van Noor)."
    )
    conn = sqlite3.connect(store.path)
    try:
        names = {n for (n,) in conn.execute("SELECT name FROM place WHERE name LIKE 'Import %'")}
        volunteers = conn.execute(
            "SELECT i.volunteers_regular FROM interview i JOIN place p ON p.id = i.place_id "
            "WHERE p.name = 'Import 0039'"
        ).fetchone()[0]
        authors = {
            a
            for (a,) in conn.execute(
                "SELECT DISTINCT c.author FROM change c JOIN place p ON p.id = c.record_id "
                "WHERE c.entity = 'place' AND p.name LIKE 'Import %'"
            )
        }
    finally:
        conn.close()
    assert names == {f"Import {i:04d}" for i in range(3000)}
    assert volunteers == 39 and authors == {"Noor"}
    assert window.model.rowCount() == 3005  # the list read again
    assert not _visible_progress(window) and not window.tasks.busy


def test_annuleren_while_inlezen_stores_nothing(
    window, store, qtbot, tmp_path, monkeypatch, choose_file, previews
):
    monkeypatch.setattr(tasks_module, "DIALOG_DELAY_MS", 50)
    path = _big_csv(tmp_path / "plekken.csv", 3000)
    choose_file(path)
    previews.answer = lambda dialog: 1
    real_apply = importer.apply_import
    reached, released = threading.Event(), threading.Event()

    def apply_import(store_, plan, *, only_valid=False, progress=None):
        def gated(done, total, message):
            if message == "Opslaan":  # every row resolved, the batch ready, not yet committed
                reached.set()
                released.wait(10)
            progress(done, total, message)

        return real_apply(store_, plan, only_valid=only_valid, progress=gated)

    monkeypatch.setattr(importer, "apply_import", apply_import)
    before = _fingerprint(store.path)
    try:
        window.menu_actions.import_file.trigger()
        qtbot.waitUntil(lambda: reached.is_set() and bool(_visible_progress(window)), timeout=30000)
        [progress_dialog] = _visible_progress(window)
        button = progress_dialog.findChild(QPushButton)
        assert button.text() == "Annuleren"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        released.set()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    assert window.statusBar().currentMessage() == "Afgebroken; er is niets veranderd."
    assert not _visible_progress(window)
    assert _fingerprint(store.path) == before
    assert store.counts()["place"] == 5 and window.model.rowCount() == 5


def test_annuleren_while_reading_opens_no_preview(
    window, store, qtbot, tmp_path, monkeypatch, choose_file, previews
):
    monkeypatch.setattr(tasks_module, "DIALOG_DELAY_MS", 50)
    choose_file(_big_csv(tmp_path / "plekken.csv", 3000))
    real_plan = importer.plan_import
    reached, released = threading.Event(), threading.Event()

    def plan_import(store_, path, interviewer=None, progress=None):
        def gated(done, total, message):
            if message == "Rijen controleren" and done == 1000:
                reached.set()
                released.wait(10)
            progress(done, total, message)

        return real_plan(store_, path, interviewer, gated)

    monkeypatch.setattr(importer, "plan_import", plan_import)
    try:
        window.menu_actions.import_file.trigger()
        qtbot.waitUntil(lambda: reached.is_set() and bool(_visible_progress(window)), timeout=30000)
        [progress_dialog] = _visible_progress(window)
        qtbot.mouseClick(progress_dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finally:
        released.set()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    assert window.statusBar().currentMessage() == "Afgebroken; er is niets veranderd."
    assert previews == [] and not _visible_progress(window)


def test_a_wrong_file_shows_the_dutch_message(
    window, qtbot, tmp_path, choose_file, previews, warnings
):
    bad = tmp_path / "x.pdf"
    bad.write_text("x")
    choose_file(bad)
    window.menu_actions.import_file.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    title, text = warnings[0]
    assert title == "Importeren" and "kies een Excel-bestand" in text
    assert previews == []


def test_a_row_that_became_invalid_after_the_preview_is_reported(
    window, store, qtbot, tmp_path, choose_file, previews, warnings
):
    place = store.create("place", {"name": "De Pit", "district": "spangen"})
    path = tmp_path / "plekken.csv"
    path.write_text(f"ID;Naam;Wijk\n{place};De Pit (nieuw);Spangen\n", encoding="utf-8")
    choose_file(path)

    before = []

    def answer(dialog):
        store.archive("place", place)  # someone else archived it while the preview was open
        before.append(_fingerprint(store.path))
        return 1

    previews.answer = answer
    window.menu_actions.import_file.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    title, text = warnings[0]
    assert title == "Importeren" and text.startswith("Rij 2: ")
    assert [_fingerprint(store.path)] == before
