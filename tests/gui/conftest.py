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
