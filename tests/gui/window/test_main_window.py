"""The real main window over a temporary store, driven like a person would."""

import os
import subprocess
import sys

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from nulmeting.domain.reference import fold
from nulmeting.exchange import demo
from nulmeting.reading import (
    intake,
    queries,
)
from nulmeting.store.store import open_store
from ui.dialogs.first_start import FirstStartDialog, needs_first_start
from ui.dialogs.settings_dialog import SettingsDialog
from ui.window.place_list import ID_ROLE


@pytest.fixture
def window(open_window, store):
    return open_window(store, 30)


def shown_ids(w):
    return [w.proxy.data(w.proxy.index(r, 0), ID_ROLE) for r in range(w.proxy.rowCount())]


def test_list_loads_and_the_first_plek_is_selected(window, store):
    assert window.model.rowCount() == 30 == store.counts()["place"]
    assert window.current_place == shown_ids(window)[0]
    assert window.count_label.text() == "30 plekken"
    assert window.menu_actions.archive.isEnabled()


def test_new_place_via_the_action(window, store, monkeypatch):
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: ("Buurthuiskamer Het Testlokaal", True)),
    )
    window.search.setText("iets dat niet bestaat")
    window.menu_actions.new_place.trigger()
    place_id = window.current_place
    assert store.values("place", place_id)["name"] == "Buurthuiskamer Het Testlokaal"
    assert window.model.rowCount() == 31
    assert window.search.text() == ""  # filters cleared so the new plek is visible
    assert place_id in shown_ids(window)
    assert window.view.currentIndex().data(ID_ROLE) == place_id


def test_search_narrows_the_list_as_you_type(window, qtbot):
    rows = window.model.rows()
    word = rows[3].name.split()[0]
    qtbot.keyClicks(window.search, word.upper())
    expected = [r.id for r in rows if fold(word) in fold(r.name) + "|" + fold(r.address)]
    assert 0 < window.proxy.rowCount() == len(expected) < 30
    assert sorted(shown_ids(window)) == sorted(expected)
    assert window.count_label.text() == f"{len(expected)} van 30 plekken"
    window.search.clear()
    assert window.proxy.rowCount() == 30


def test_filter_by_wijk_and_status(window):
    rows = window.model.rows()
    district = rows[0].district
    window.district_filter.setCurrentIndex(window.district_filter.findData(district))
    in_district = [r for r in rows if r.district == district]
    assert window.proxy.rowCount() == len(in_district) < 30
    status = in_district[0].status
    window.status_filter.setCurrentIndex(window.status_filter.findData(status))
    both = [r.id for r in in_district if r.status == status]
    assert sorted(shown_ids(window)) == sorted(both)
    window.district_filter.setCurrentIndex(0)
    assert window.proxy.rowCount() == len([r for r in rows if r.status == status])


def test_archive_asks_and_removes_the_plek(window, store, monkeypatch):
    first = window.current_place
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    window.menu_actions.archive.trigger()
    assert window.model.row_of(first) >= 0 and not store.values("place", first)["archived"]

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.menu_actions.archive.trigger()
    assert window.model.row_of(first) == -1 and first not in shown_ids(window)
    assert store.values("place", first)["archived"] is True
    assert store.counts()["place"] == 29 and window.model.rowCount() == 29
    assert window.current_place == shown_ids(window)[0]  # the next plek is selected
    assert queries.place_row(store, first) is None


def test_plan_interview_creates_a_planned_interview(window, store, monkeypatch):
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Jongerenhonk Zonder Meting", True))
    )
    window.menu_actions.new_place.trigger()
    place_id = window.current_place
    assert queries.place_row(store, place_id).status == queries.NO_INTERVIEW
    before = store.counts()["interview"]
    window.menu_actions.plan_interview.trigger()
    assert store.counts()["interview"] == before + 1  # exactly one
    row = queries.place_row(store, place_id)
    assert row.status == "gepland"
    values = store.values("interview", row.interview_id)
    assert (values["round"], values["interviewer"]) == ("Nulmeting 2025-2026", "Fatima")
    at = window.model.row_of(place_id)
    assert window.model.place_at(at).status == "gepland"
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: infos.append(a)))
    window.menu_actions.plan_interview.trigger()  # a second one is refused
    assert [i[2] for i in infos] == ["Deze plek heeft al een meting voor “Nulmeting 2025-2026”."]
    assert store.counts()["interview"] == before + 1


def test_ctrl_f_focuses_search_and_shortcuts_are_set(window, qtbot):
    actions = window.menu_actions
    assert actions.new_place.shortcut().toString() == "Ctrl+N"
    assert actions.search.shortcut().toString() == "Ctrl+F"
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert actions.redo.shortcut().toString() == "Ctrl+Shift+Z"
    assert actions.undo in window.menuBar().actions()[1].menu().actions()
    window.activateWindow()
    window.view.setFocus()
    actions.search.trigger()
    qtbot.waitUntil(lambda: window.search.hasFocus())


def test_place_changed_refreshes_its_row(window, store):
    place_id = window.current_place
    store.set("place", place_id, "name", "Aaa Hernoemd")
    window.form.placeChanged.emit(place_id)
    assert window.model.place_at(window.model.row_of(place_id)).name == "Aaa Hernoemd"


def test_first_start_dialog_stores_interviewer_and_round(qtbot, tmp_path):
    store = open_store(tmp_path / "nieuw.sqlite")
    try:
        assert needs_first_start(store)
        assert FirstStartDialog(store).round.text() == intake.suggested_round()
        dialog = FirstStartDialog(store)
        qtbot.addWidget(dialog)
        dialog.accept()  # empty name: refused, nothing stored
        assert dialog.error.isVisibleTo(dialog) and store.interviewer == ""
        qtbot.keyClicks(dialog.interviewer, "Samira Tahiri")
        dialog.round.setText("Vervolgmeting 2026")
        dialog.accept()
        assert dialog.result() == FirstStartDialog.DialogCode.Accepted
        assert (store.interviewer, store.current_round) == ("Samira Tahiri", "Vervolgmeting 2026")
        assert not needs_first_start(store)
    finally:
        store.close()


def test_settings_dialog_checks_before_storing(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.edits["interviewer"].setText("Noor")
    dialog.edits["hourly_value"].setText("veel")
    dialog.accept()
    assert "geen getal" in dialog.error.text()
    assert store.interviewer == "Fatima"  # nothing stored
    dialog.edits["hourly_value"].setText("2000")
    dialog.accept()
    assert "van 0 tot 1000" in dialog.error.text() and store.interviewer == "Fatima"
    dialog.edits["hourly_value"].setText("25,50")
    dialog.edits["weeks_per_year"].setText("48")
    dialog.edits["minimum_wage"].setText("14,71")
    dialog.edits["hourly_value_source"].setText("Vervangingswaarde, cao Sociaal Werk 2026")
    dialog.accept()
    assert (store.interviewer, store.hourly_value, store.weeks_per_year) == ("Noor", 25.5, 48)
    assert store.minimum_wage == 14.71
    assert store.setting("hourly_value_source") == "Vervangingswaarde, cao Sociaal Werk 2026"


def test_settings_dialog_shows_the_registrys_settings(qtbot, store):
    """Every setting the dialog shows is in the settings registry, under its label, with the
    stored value; what it leaves out is what the registry keeps out of the dialog."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from nulmeting.domain.settings import SETTINGS

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert list(dialog.edits) == [k for k, s in SETTINGS.items() if s.in_dialog]
    form = dialog.findChild(QFormLayout)
    labels = {}
    for key, edit in dialog.edits.items():
        label = form.labelForField(edit)
        assert isinstance(label, QLabel)
        labels[key] = label.text()
        value = store.setting(key)  # numbers with a Dutch decimal comma, text as it is
        if key == "minimum_wage":
            assert edit.text() == "14,40"  # money with its cents
        elif SETTINGS[key].choices:  # a list: the stored choice is the current one
            assert edit.currentData() == value
            assert edit.count() == len(SETTINGS[key].choices)
        else:
            assert edit.text() == (value.replace(".", ",") if SETTINGS[key].is_number else value)
    # the label with a mnemonic of its own (the first letter no label before it has)
    assert {k: t.replace("&", "") for k, t in labels.items()} == {
        k: f"{SETTINGS[k].label_with()}:" for k in dialog.edits
    }
    assert labels["minimum_wage"] == "M&inimumuurloon (€):"  # &Meetmoment has the M
    assert labels["hourly_value"] == "&Uurwaarde vrijwilligerswerk (€):"
    dialog.edits["round"].setText("")
    dialog.accept()
    assert dialog.error.text() == "Meetmoment mag niet leeg zijn."


def test_smoke_test_command_exits_0_offscreen(tmp_path):
    db = tmp_path / "rook.sqlite"
    with open_store(db) as s:
        s.set_setting("interviewer", "Fatima")
        s.set_setting("round", "Nulmeting 2025-2026")
        demo.generate(s, 5, seed=2)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(db), "gui", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "5 plekken, eerste plek geladen" in done.stdout


def test_smoke_test_on_a_bad_file_exits_2(tmp_path):
    bad = tmp_path / "geen.sqlite"
    bad.write_text("dit is geen database")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(bad), "gui", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "geen Nulmeting-gegevensbestand" in done.stderr
    assert bad.read_text() == "dit is geen database"


def test_export_runs_on_the_worker_and_reports(window, qtbot, tmp_path, monkeypatch, results):
    out = tmp_path / "overzicht.xlsx"
    from ui.dialogs.export_dialog import ExportDialog

    def choose(dialog):
        dialog.target.setText(str(out))
        dialog.accept()
        return 1

    monkeypatch.setattr(ExportDialog, "exec", choose)
    window.menu_actions.export.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results[0]["heading"] == "Overzicht geschreven." and str(out) in results[0]["details"]
    assert results[0]["buttons"] == ["Openen", "Map openen", "Sluiten"]
    from openpyxl import load_workbook

    workbook = load_workbook(out, read_only=True)
    names = {
        str(c.value)
        for ws in workbook.worksheets
        for row in ws.iter_rows(max_row=60)
        for c in row
        if c.value
    }
    assert window.model.rows()[0].name in names


def test_teamfile_from_another_laptop_merges_through_the_menu(
    window, qtbot, tmp_path, monkeypatch, results
):
    from nulmeting.team.teamfile import write_teamfile

    other = open_store(tmp_path / "andere-laptop.sqlite")
    try:
        other.set_setting("interviewer", "Yusuf")
        other.set_setting("round", "Nulmeting 2025-2026")
        new_id = other.create("place", {"name": "Zzz Buurttuin Van Yusuf", "district": "spangen"})
        team = write_teamfile(other, tmp_path / "yusuf.nulmeting", "geheim wachtwoord")
    finally:
        other.close()
    monkeypatch.setenv("NULMETING_TEAMWACHTWOORD", "geheim wachtwoord")
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(team)], "")),
    )
    window.menu_actions.merge.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results[0]["heading"] == "1 plek nieuw. Geen conflicten."
    assert "yusuf" in results[0]["details"].lower() and ": 1 plek nieuw." in results[0]["details"]
    qtbot.waitUntil(lambda: window.model.row_of(new_id) >= 0, timeout=10000)
    assert window.model.rowCount() == 31


def test_wrong_team_password_is_a_dutch_warning_and_changes_nothing(
    window, qtbot, tmp_path, monkeypatch
):
    from nulmeting.team.teamfile import write_teamfile

    team = write_teamfile(window.store, tmp_path / "eigen.nulmeting", "goed wachtwoord")
    before = window.store.counts()
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(team)], "")),
    )
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("fout wachtwoord", True))
    )
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    window.menu_actions.merge.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60000)
    assert "wachtwoord" in warnings[0].lower()
    assert window.store.counts() == before


def test_the_real_form_saves_refreshes_the_row_and_undoes_from_the_menu(window, qtbot):
    from form_helpers import fill

    from ui.form import IntakeForm

    assert isinstance(window.form, IntakeForm)
    place_id = window.current_place
    old_name = window.model.place_at(window.model.row_of(place_id)).name
    with qtbot.waitSignal(window.form.placeChanged, timeout=5000):
        fill(qtbot, window.form, "place", "name", "Aaaa Nieuwe Naam")
    row = window.model.place_at(window.model.row_of(place_id))
    assert row.name == "Aaaa Nieuwe Naam"
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Opgeslagen"), timeout=5000)
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    assert window.store.values("place", place_id)["name"] == old_name
    qtbot.waitUntil(
        lambda: window.model.place_at(window.model.row_of(place_id)).name == old_name, timeout=5000
    )


def test_tab_order_search_filters_list_form(window, qtbot):
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: window.search.hasFocus())
    order = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert order[:3] == [window.district_filter, window.status_filter, window.view]
    assert window.form.isAncestorOf(order[3])  # then into the form


def test_import_through_the_menu_adds_the_plekken_to_the_list(window, qtbot, tmp_path, monkeypatch):
    from ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "plekken.csv"
    path.write_text(
        "Naam;Wijk;Postcode\nAaa Geïmporteerde Plek;Spangen;3027 AB\n", encoding="utf-8-sig"
    )
    monkeypatch.setattr(
        "ui.window.actions.QFileDialog.getOpenFileName",
        staticmethod(lambda *a, **k: (str(path), "")),
    )
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        dialog.accept()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    with qtbot.waitSignal(window.listLoaded, timeout=10000):
        window.menu_actions.import_file.trigger()
    assert opened and opened[0].path == path
    names = [r.name for r in window.model.rows()]
    assert "Aaa Geïmporteerde Plek" in names and len(names) == 31


def test_conflicts_action_opens_the_dialog_over_the_store(window, monkeypatch):
    from ui.dialogs.conflicts import ConflictDialog

    seen = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: seen.append(d.parent()) or 0)
    window.menu_actions.conflicts.trigger()
    assert seen == [window]


def test_a_list_that_cannot_be_read_is_reported_not_hidden(window, qtbot, monkeypatch):
    def broken(_store):
        raise RuntimeError("schijf weg")

    monkeypatch.setattr("ui.window.main_window.queries.place_rows", broken)
    with qtbot.waitSignal(window.listFailed, timeout=10000) as blocker:
        window.reload()
    assert "schijf weg" in blocker.args[0]
    assert window.model.rowCount() == 30  # the list shown before stays


def test_an_edit_that_hides_the_row_keeps_the_form_on_its_plek(window, store, qtbot):
    """Renaming the plek out of the current search must not move the form to another plek
    (the next keystrokes would land there)."""
    first, second = window.model.rows()[0].id, window.model.rows()[1].id
    store.update("place", first, {"name": "Alpha huis"})
    store.update("place", second, {"name": "Alpha buurt"})
    window.reload()
    qtbot.waitUntil(
        lambda: (
            window.model.row_of(first) >= 0
            and window.model.rows()[window.model.row_of(first)].name == "Alpha huis"
        )
    )
    window.select_place(first)
    qtbot.keyClicks(window.search, "alpha")
    assert window.proxy.rowCount() == 2 and window.current_place == first
    store.update("place", first, {"name": "Zeta huis"})
    window.refresh_place(first)  # what a save in the form triggers
    assert window.proxy.rowCount() == 1
    assert window.current_place == first
    assert window.form.data.place_id == first


def _long_task(window, started, release, outcome):
    """A task as the person's own work (cancellable) that runs until ``release`` is set."""
    from nulmeting.domain.errors import Cancelled

    def work(progress):
        started.set()
        while not release.wait(0.02):
            progress(0, 1, "bezig")
        return "klaar"

    def failed(exc):
        outcome.append("afgebroken" if isinstance(exc, Cancelled) else repr(exc))

    window.tasks.run(work, outcome.append, on_error=failed, label="Plekken inlezen…")


def test_closing_during_an_import_asks_and_no_keeps_the_window_with_its_progress(
    qtbot, store, open_window, monkeypatch
):
    import threading

    window = open_window(store, places=3)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )
    started, release, outcome = threading.Event(), threading.Event(), []
    _long_task(window, started, release, outcome)
    assert started.wait(5)
    assert window.close() is False  # "Toch sluiten?" Nee: the window stays
    assert window.isVisible()
    assert "plekken inlezen" in asked[0]
    task = next(iter(window.tasks._tasks.values()))
    assert task.dialog is not None and task.dialog.isVisible()  # its progress, at once
    release.set()
    qtbot.waitUntil(lambda: outcome == ["klaar"], timeout=5000)  # finished, not cancelled
    assert window.close() is True  # nothing running: no question
    assert len(asked) == 1


def test_closing_during_an_import_and_yes_stops_it(qtbot, store, open_window, monkeypatch):
    import threading

    window = open_window(store, places=3)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    started, release, outcome = threading.Event(), threading.Event(), []
    _long_task(window, started, release, outcome)
    assert started.wait(5)
    assert window.close() is True
    assert not window.isVisible()
    assert outcome == []  # stopped with the worker: neither its result nor an error comes back
    assert not window.tasks.running_labels()
