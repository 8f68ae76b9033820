"""Every dialog fits a laptop: its whole title, no cut text, no sideways scroll bar, on screen.

At 1366×768 and 1280×720, and with ``QT_SCALE_FACTOR=2`` (a HiDPI laptop: 2732×1536 pixels,
1366×768 logical) in a subprocess, since the factor is read when the QApplication is made.
The dialogs are opened over a store as a team has it after a season: demo plekken, a merge with
conflicts (a long name, long notes, deleted-versus-edited), probable duplicates, archived
plekken, and an import with errors.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QWidget,
)

from nulmeting.exchange import demo
from nulmeting.reading import duplicates
from nulmeting.store.archive import archive_place
from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from tests.conftest import Clock
from ui.dialogs.fit import TITLE_ALLOWANCE, title_width

SIZES = [(1366, 768), (1280, 720)]
#: Room a window manager takes above and around a dialog (title bar, borders).
FRAME_HEIGHT, FRAME_WIDTH = 40, 10
LONG_NAME = "Buurthuiskamer De Pit aan de Schiedamseweg, ingang naast de bakker"
LONG_NOTES = (
    "Open op dinsdag en donderdag van tien tot vier; op vrijdag alleen de inloop voor "
    "nieuwkomers, met koffie, thee en hulp bij formulieren van de gemeente."
)


@pytest.fixture(autouse=True)
def named_app(qapp):
    """As the window's app: the title bar reads "<title> — Nulmeting"."""
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Nulmeting")
    yield
    qapp.setApplicationDisplayName(before)


@pytest.fixture(scope="module")
def season(tmp_path_factory):
    """Fatima's store after merging Yusuf's team file, with everything the dialogs show."""
    tmp = tmp_path_factory.mktemp("seizoen")
    fatima = open_store(tmp / "fatima.sqlite", clock=Clock("2025-12-01T10:00:00"))
    fatima.set_setting("interviewer", "Fatima El Amrani")
    fatima.set_setting("round", "Nulmeting 2025-2026")
    demo.generate(fatima, 30, seed=7)
    yusuf = open_store(tmp / "yusuf.sqlite", clock=Clock("2025-12-02T09:00:00"))
    yusuf.set_setting("interviewer", "Yusuf Demir")
    teamfile.merge_files(yusuf, [teamfile.write_teamfile(fatima, tmp / "f0.nulmeting", None)], None)
    with fatima.read() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM place ORDER BY name LIMIT 8")]
    fatima.set("place", ids[0], "name", LONG_NAME)
    yusuf.set("place", ids[0], "name", "Huiskamer De Pit")
    fatima.set("place", ids[1], "notes", LONG_NOTES)
    yusuf.set("place", ids[1], "notes", LONG_NOTES.replace("dinsdag", "woensdag"))
    fatima.archive("place", ids[2])
    yusuf.set("place", ids[2], "notes", "Nog steeds open op dinsdag")
    demo.generate(yusuf, 3, seed=9)
    summaries = teamfile.merge_files(
        fatima, [teamfile.write_teamfile(yusuf, tmp / "y1.nulmeting", None)], None
    )
    assert fatima.conflicts() and summaries[0].conflicts >= 3
    first = fatima.values("place", ids[3])
    fatima.create(
        "place",
        {
            "name": f"{first['name']} (2)",
            "postcode": first.get("postcode"),
            "district": first.get("district"),
        },
    )
    for pid in ids[4:6]:
        archive_place(fatima, pid)
    csv = tmp / "plekken-van-de-coalitie.csv"
    csv.write_text(
        "Naam;Wijk;Postcode\n"
        f"{first['name']};{first.get('district') or 'Spangen'};{first.get('postcode') or ''}\n"
        "Nieuwe plek aan de Mathenesserweg;Spangen;3026 AB\n"
        "Fout;Atlantis;3027 AB\n",
        encoding="utf-8-sig",
    )
    yusuf.close()
    yield fatima, summaries, csv, tmp
    fatima.close()


def dialogs(store, summaries, csv, tmp) -> list[tuple[str, QDialog]]:
    """Every dialog of ``ui/dialogs``, opened over ``store`` as the window opens them."""
    from nulmeting.exchange.importer import plan_import
    from ui.dialogs.archived import ArchivedDialog
    from ui.dialogs.conflicts import ConflictDialog
    from ui.dialogs.duplicates_dialog import DuplicatesDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.first_start import FirstStartDialog
    from ui.dialogs.fit import item_dialog
    from ui.dialogs.help import GuideDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.report_dialog import ReportDialog
    from ui.dialogs.results import ResultDialog, merge_details, merge_heading
    from ui.dialogs.settings_dialog import SettingsDialog

    found = duplicates.find(store)
    assert found, "the store has a probable duplicate"
    export = ExportDialog(store.setting("area"), tmp)
    export_personal = ExportDialog(store.setting("area"), tmp)
    export_personal.personal.setChecked(True)
    return [
        ("archived", ArchivedDialog(store)),
        ("conflicts", ConflictDialog(store)),
        ("duplicates", DuplicatesDialog(store, found, lambda *a: None)),
        ("export", export),
        ("export with personal data", export_personal),
        ("first start", FirstStartDialog(store)),
        ("guide", GuideDialog()),
        ("import", ImportDialog(plan_import(store, csv))),
        (
            "publish agenda",
            item_dialog(
                None,
                "Wijkagenda publiceren",
                "Welke wijken? (alleen activiteiten die openbaar zijn in de wijkagenda)",
                ["Alle wijken", "Spangen", "Oud-Mathenesse"],
            ),
        ),
        ("report", ReportDialog(store)),
        (
            "merge result",
            ResultDialog(
                "Samenvoegen",
                merge_heading(summaries, store.open_conflict_count()),
                merge_details(summaries),
                conflicts=store.open_conflict_count(),
            ),
        ),
        ("settings", SettingsDialog(store)),
    ]


def problems(dialog: QDialog, size: tuple[int, int]) -> list[str]:
    """What a person would see cut or too wide in ``dialog`` (shown) on a ``size`` screen."""
    found = []
    title = dialog.windowTitle()
    if dialog.width() < title_width(dialog):
        found.append(f"title '{title}' cut: {dialog.width()} < {title_width(dialog)}")
    width, height = size
    if dialog.width() + FRAME_WIDTH > width or dialog.height() + FRAME_HEIGHT > height:
        found.append(f"larger than the screen: {dialog.width()}×{dialog.height()}")
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                found.append(f"label cut in height: {label.text()[:60]!r}")
        elif label.width() < label.minimumSizeHint().width():
            found.append(f"label cut: {label.text()[:60]!r}")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text():
            if button.width() < button.sizeHint().width():
                found.append(f"button cut: {button.text()[:60]!r}")
    for area in dialog.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(dialog) and area.horizontalScrollBar().isVisible():
            found.append(f"sideways scroll bar in {type(area).__name__}")
    for listing in dialog.findChildren(QListWidget):  # items whole, also without a scroll bar
        room = listing.viewport().width() - 8
        for i in range(listing.count()):
            text = listing.item(i).text()
            widest = max(listing.fontMetrics().horizontalAdvance(t) for t in text.splitlines())
            if listing.isVisibleTo(dialog) and widest > room:
                found.append(f"list item cut: {text[:60]!r}")
    return found


def show_every_state(dialog: QDialog) -> list[QWidget]:
    """The states a dialog goes through (each conflict, each pair): ``[dialog]`` once per
    state, after switching to it."""
    from ui.dialogs.conflicts import ConflictDialog
    from ui.dialogs.duplicates_dialog import DuplicatesDialog

    if isinstance(dialog, ConflictDialog):
        for row in range(dialog.table.rowCount()):
            dialog.table.selectRow(row)
            QApplication.processEvents()
            yield dialog
    elif isinstance(dialog, DuplicatesDialog):
        for row in range(dialog.pairs.count()):
            dialog.pairs.setCurrentRow(row)
            QApplication.processEvents()
            yield dialog
    else:
        yield dialog


def check_all(qtbot, season, size) -> list[str]:
    store, summaries, csv, tmp = season
    seen = []
    for name, dialog in dialogs(store, summaries, csv, tmp):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for state in show_every_state(dialog):
            seen += [f"{name}: {p}" for p in problems(state, size)]
        dialog.close()
    return seen


@pytest.mark.parametrize("size", SIZES)
def test_every_dialog_fits_the_laptop_screen(qtbot, season, size) -> None:
    if os.environ.get("QT_SCALE_FACTOR") == "2":  # the subprocess below: really scaled
        screen = QApplication.primaryScreen()
        assert screen.devicePixelRatio() == 2 and screen.geometry().width() == 1366
    assert check_all(qtbot, season, size) == []


def test_a_title_wider_than_its_dialog_is_found(qtbot) -> None:
    """The check above can fail: a bare dialog with a long title is reported, and fit_title
    widens it."""
    from ui.dialogs.fit import fit_title

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Teambestanden samenvoegen en daarna de conflicten bekijken")
    dialog.resize(200, 100)
    dialog.show()
    assert any("title" in p for p in problems(dialog, (1366, 768)))
    fit_title(dialog)
    QApplication.processEvents()
    assert dialog.width() >= title_width(dialog) > TITLE_ALLOWANCE
    assert problems(dialog, (1366, 768)) == []


@pytest.mark.skipif(bool(os.environ.get("QT_SCALE_FACTOR")), reason="runs the others")
def test_every_dialog_fits_at_scale_factor_2(tmp_path) -> None:
    """The same tests in a fresh process on a 2732×1536 screen with QT_SCALE_FACTOR=2."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "hidpi", "x": 0, "y": 0, "width": 2732, "height": 1536, "dpr": 1}
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__))],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed, 1 skipped" in run.stdout and "failed" not in run.stdout  # all ran there


def test_the_windows_small_dialogs_show_their_whole_title(qtbot, store) -> None:
    """A password or a name asked with QInputDialog over the main window (Teambestanden
    samenvoegen → the team's password) is widened to its title when shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from ui.window.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    seen = []

    def look() -> None:
        dialog = next(d for d in window.findChildren(QInputDialog) if d.isVisible())
        seen.append((dialog.width(), title_width(dialog), problems(dialog, (1366, 768))))
        dialog.reject()

    for ask in (
        lambda: QInputDialog.getText(window, "Teambestanden samenvoegen", "Wachtwoord:"),
        lambda: QInputDialog.getItem(window, "Meetmoment vaststellen", "Welk?", ["a"], 0, False),
    ):
        QTimer.singleShot(200, look)
        ask()
    assert len(seen) == 2
    for width, needed, found in seen:
        assert width >= needed > TITLE_ALLOWANCE + 100 and found == []


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_mnemonics_are_unique_in_every_dialog(qtbot, qapp, season, language) -> None:
    from ui import i18n

    store, summaries, csv, tmp = season
    i18n.install(qapp, language)
    try:
        for name, dialog in dialogs(store, summaries, csv, tmp):
            qtbot.addWidget(dialog)
            texts = [w.text() for w in dialog.findChildren(QLabel)]
            texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
            keys = [k for k in map(_mnemonic, texts) if k]
            assert len(keys) == len(set(keys)), (name, language, texts)
            if name == "settings":
                assert len(keys) >= 7  # every setting can be reached with Alt
    finally:
        i18n.install(qapp, "nl")
