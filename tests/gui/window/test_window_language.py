"""The main window in Dutch and in English: menus, mnemonics, Qt's own dialogs, and the language
setting through Instellingen and ``nulmeting settings --taal``."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from nulmeting.store.store import open_store
from ui import i18n
from ui.dialogs.settings_dialog import SettingsDialog
from ui.launcher import main as cli_main

CATALOGUE = Path(__file__).parents[3] / "resources" / "i18n" / "window_en.ts"

DUTCH_BAR = ["&Bestand", "Be&werken", "&Plek", "&Meetmoment", "&Team", "&Help"]
ENGLISH_BAR = ["&File", "&Edit", "&Place", "&Round", "&Team", "&Help"]


def catalogue(context: str) -> dict[str, str]:
    """Dutch source → English of one context of window_en.ts (plain messages)."""
    found = {}
    for ctx in ET.parse(CATALOGUE).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.iter("message"):
                if msg.get("numerus") != "yes":
                    found[msg.findtext("source")] = msg.findtext("translation")
    return found


@pytest.fixture
def language(qapp):
    """``language("en")`` installs the window's language as the app does at start; Dutch again
    afterwards (the other tests run in Dutch)."""

    def install(code: str) -> None:
        i18n.install(qapp, code)

    yield install
    i18n.install(qapp, "nl")


def menus(window):
    """(menu title, [action texts]) of every menu of the menu bar, submenus too."""
    found = []

    def walk(menu):
        texts = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu())
            texts.append(action.text())
        found.append((menu.title(), texts))

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match[1].lower() if match else None


def assert_unique_mnemonics(window) -> None:
    bar = [a.text() for a in window.menuBar().actions()]
    keys = [mnemonic(t) for t in bar]
    assert None not in keys and len(set(keys)) == len(keys), bar
    for title, texts in menus(window):
        keys = [mnemonic(t) for t in texts]
        assert None not in keys, (title, texts)  # every item reachable with its letter
        doubles = {k for k in keys if keys.count(k) > 1}
        assert not doubles, (title, [t for t in texts if mnemonic(t) in doubles])


def test_dutch_window_is_unchanged(open_window, store, language):
    language("nl")
    window = open_window(store, 3)
    assert [a.text() for a in window.menuBar().actions()] == DUTCH_BAR
    file_menu = dict(menus(window))["&Bestand"]
    assert file_menu == [
        "&Nieuwe plek…",
        "&Importeren…",
        "&Exporteren naar Excel…",
        "Per &wijk exporteren…",
        "Wijkagenda &publiceren…",
        "&Rapport…",
        "Ins&tellingen…",
        "&Afsluiten",
    ]
    assert window.menu_actions.undo.text() == "&Ongedaan maken"
    assert window.count_label.text() == "3 plekken"
    assert window.search.placeholderText() == "Zoek op naam of adres (Ctrl+F)"
    assert window.district_filter.itemText(0) == "Alle wijken"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    assert_unique_mnemonics(window)


def test_english_window_shows_no_dutch_menus(open_window, store, language):
    language("en")
    window = open_window(store, 3)
    dutch = {src: en for src, en in catalogue("WindowActions").items() if src != en}
    english = set(catalogue("WindowActions").values())
    assert [a.text() for a in window.menuBar().actions()] == ENGLISH_BAR
    texts = [t for title, items in menus(window) for t in [title, *items]]
    assert len(texts) >= 36  # 6 menus, 30 actions
    for text in texts:
        assert text not in dutch, f"Dutch in the English window: {text!r}"
        # undo/redo carry the undone step after their own word
        own = text if text in english else text.split(" ")[0]
        assert own in english, f"not from the English catalogue: {text!r}"
    assert window.menu_actions.settings.text() == "&Settings…"
    assert window.count_label.text() == "3 places"
    assert window.search.placeholderText() == "Search by name or address (Ctrl+F)"
    assert window.district_filter.itemText(0) == "All neighbourhoods"
    assert window.status_filter.itemText(1) == "No measurement"
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Neighbourhood"
    assert_unique_mnemonics(window)


def test_undo_keeps_the_step_in_both_languages(open_window, store, language, monkeypatch, qtbot):
    language("en")
    window = open_window(store, 3)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.menu_actions.archive.trigger()
    step = window.form.undo_stack.undoText()
    assert step and window.menu_actions.undo.text() == f"&Undo {step}"
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert window.menu_actions.redo.text() == "&Redo"  # the plek shown again: a fresh stack


def file_dialog_labels(window, trigger) -> tuple[list[str], list[str]]:
    """Open the app's own file dialog through ``trigger`` and read its labels and file type
    filters while it is open (then close it, as Annuleren would)."""
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["filters"] = dialog.nameFilters()
        dialog.reject()

    QTimer.singleShot(0, look)
    trigger()
    return seen["labels"], seen["filters"]


def test_file_dialog_speaks_dutch(open_window, store, language):
    language("nl")
    window = open_window(store, 2)
    labels, filters = file_dialog_labels(window, window.menu_actions.import_file.trigger)
    # Qt's qtbase_nl.qm has "Bestands&naam:"; "&Look in:" and "Files of &type:" come from our
    # supplement (resources/i18n/qtbase_extra_nl.ts): Qt's Dutch lacks them
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= set(labels), labels
    assert not {"&Look in:", "File &name:", "Files of &type:"} & set(labels)
    assert filters == ["Excel- en CSV-bestanden (*.xlsx *.csv)", "Alle bestanden (*)"]


def test_file_dialog_speaks_english(open_window, store, language):
    language("en")
    window = open_window(store, 2)
    labels, filters = file_dialog_labels(window, window.menu_actions.merge.trigger)
    assert {"&Look in:", "File &name:", "Files of &type:"} <= set(labels), labels
    assert filters == ["Team files (*.nulmeting)", "All files (*)"]


def test_qt_own_texts_follow_the_language(qapp, language):
    language("nl")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    language("en")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    assert QCoreApplication.translate("WindowActions", "&Bestand") == "&File"


def choose_language(monkeypatch, code: str) -> None:
    """Instellingen as a person uses it: pick the language in its list, press Opslaan."""

    def exec_(dialog):
        combo = dialog.edits["language"]
        combo.setCurrentIndex(combo.findData(code))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


def test_language_round_trips_through_settings_and_the_command_line(
    qtbot, tmp_path, language, monkeypatch, capsys
):
    from nulmeting.exchange import demo
    from ui.window.main_window import MainWindow

    db = tmp_path / "laptop.sqlite"
    assert cli_main(["--db", str(db), "settings", "--interviewer", "Fatima", "--taal", "en"]) == 0
    assert "language = en" in capsys.readouterr().out
    store = open_store(db)
    try:
        store.set_setting("round", "Nulmeting 2025-2026")
        demo.generate(store, 2, seed=3)
        language(store.setting("language"))  # as ui.app does at start
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.listLoaded, timeout=10000):
            window.reload()
        assert [a.text() for a in window.menuBar().actions()] == ENGLISH_BAR

        said = []
        monkeypatch.setattr(
            QMessageBox, "information", staticmethod(lambda _w, _t, text: said.append(text))
        )
        choose_language(monkeypatch, "nl")
        with qtbot.waitSignal(window.listLoaded, timeout=10000):
            window.menu_actions.settings.trigger()
        assert store.setting("language") == "nl"
        # live: the menus, the list and the status bar speak Dutch at once, and say so in Dutch
        assert [a.text() for a in window.menuBar().actions()] == DUTCH_BAR
        assert window.count_label.text() == "2 plekken"
        assert said == [
            "Menu's en vensters zijn nu in het Nederlands; het formulier volgt bij de "
            "volgende start van Nulmeting."
        ]

        choose_language(monkeypatch, "en")
        with qtbot.waitSignal(window.listLoaded, timeout=10000):
            window.menu_actions.settings.trigger()
        assert [a.text() for a in window.menuBar().actions()] == ENGLISH_BAR
        assert said[-1] == (
            "Menus and dialogs are now in English; the form follows the next time Nulmeting starts."
        )
        window.close()
    finally:
        store.close()
    assert cli_main(["--db", str(db), "settings"]) == 0
    assert "language = en" in capsys.readouterr().out
    assert cli_main(["--db", str(db), "settings", "--taal", "nl"]) == 0
    with open_store(db) as again:
        assert again.setting("language") == "nl"


def test_window_title_names_the_area_and_round(open_window, store, language):
    language("en")
    window = open_window(store, 2)
    assert window.windowTitle().endswith(" · Nulmeting 2025-2026")
    assert "Nulmeting – sociale basis" not in window.windowTitle()


def test_focus_is_plain_in_the_lists(open_window, store, qtbot):
    from PySide6.QtGui import QPalette

    window = open_window(store, 3)
    role = QPalette.ColorRole.Highlight
    window.view.setFocus()
    qtbot.waitUntil(lambda: window.view.hasFocus())
    strong = window.view.palette().color(role).name()
    window.search.setFocus()
    qtbot.waitUntil(lambda: window.search.hasFocus())
    pale = window.view.palette().color(role).name()
    assert strong != pale and {strong, pale} == {"#2f6fb3", "#d5e3f3"}
    assert strong == "#2f6fb3"
    sections = window.form.sections
    sections.setFocus()
    qtbot.waitUntil(lambda: sections.hasFocus())
    assert sections.palette().color(role).name() == "#2f6fb3"
    assert window.view.palette().color(role).name() == "#d5e3f3"


def test_column_titles_fit_and_the_columns_come_back(open_window, store, language, qtbot):
    """Qt posts LanguageChange to every window when a catalogue is installed: the window
    retranslates itself (menus, list) without being told."""
    from PySide6.QtCore import Qt as _Qt

    from ui.window.place_list import COL_DISTRICT

    window = open_window(store, 3)
    header = window.view.horizontalHeader()
    dutch_width = header.sectionSize(COL_DISTRICT)
    language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    title = window.model.headerData(COL_DISTRICT, _Qt.Orientation.Horizontal)
    assert title == "Neighbourhood"
    assert window.count_label.text() == "3 places"
    assert header.sectionSize(COL_DISTRICT) >= header.fontMetrics().horizontalAdvance(title)
    assert header.sectionSize(COL_DISTRICT) > dutch_width
    language("nl")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Bestand")
    assert header.sectionSize(COL_DISTRICT) == dutch_width
