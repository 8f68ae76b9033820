"""Fixtures for every GUI test."""

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # form_helpers, for the tests in the subfolders


@pytest.fixture(autouse=True)
def no_dangling_threads():
    """Fail a test that leaves a thread running (work must finish or be cancelled)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"threads left running: {left}"


@pytest.fixture
def form(qtbot, store):
    """The intake form over ``store``, shown at 1366×768 with no plek loaded yet."""
    from ui.form import IntakeForm

    widget = IntakeForm(store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def open_window(qtbot):
    """``open_window(store, places=30)``: the real main window over ``store`` with that many
    demo plekken, shown and with its list loaded; closed after the test."""
    from nulmeting.exchange import demo
    from ui.window.main_window import MainWindow

    opened = []

    def make(store, places: int = 30, seed: int = 7):
        demo.generate(store, places, seed=seed)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.listLoaded, timeout=10000):
            window.reload()
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()


@pytest.fixture(autouse=True)
def results(monkeypatch):
    """Records every result dialog (import, merge, sync, export) instead of waiting for a
    click: ``results[-1]`` has title, heading, details and button texts; ``results.answer``
    (dialog → None) may press one of its buttons first (``dialog.buttons["conflicten"]``)."""
    from ui.dialogs.results import ResultDialog

    class Results(list):
        answer = staticmethod(lambda dialog: None)

    seen = Results()

    def exec_(dialog):
        seen.append(
            {
                "title": dialog.windowTitle(),
                "heading": dialog.heading.text(),
                "details": dialog.details.toPlainText(),
                "buttons": [b.text() for b in dialog.buttons.values()],
            }
        )
        seen.answer(dialog)
        return 0

    monkeypatch.setattr(ResultDialog, "exec", exec_)
    return seen


@pytest.fixture(autouse=True)
def user_settings(tmp_path_factory, monkeypatch):
    """Each test its own per-user QSettings folder (the window remembers its splitter and
    columns there): no test reads what another left, none writes the person's own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))  # for programs a test starts
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder
