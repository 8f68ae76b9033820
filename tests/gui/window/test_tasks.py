"""Work off the GUI thread: results come back on the GUI thread, progress dialog only after a
delay, cancelling raises Cancelled in the worker, and no thread is left running."""

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from nulmeting.domain.errors import Cancelled
from ui import tasks as tasks_module
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    r = TaskRunner(parent)
    yield r
    r.shutdown()


def test_result_comes_back_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread()
        progress(1, 2, "half")
        return 42

    def done(result):
        seen["result"] = result
        seen["done_in"] = threading.current_thread()

    runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["done_in"] is threading.main_thread()
    assert not runner.busy


def test_errors_go_to_on_error(qtbot, runner):
    errors = []

    def work(_progress):
        raise ValueError("kapot")

    runner.run(work, lambda r: errors.append(("done", r)), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "kapot"


def test_quick_work_shows_no_dialog_and_slow_work_can_be_cancelled(qtbot, runner, monkeypatch):
    monkeypatch.setattr(tasks_module, "DIALOG_DELAY_MS", 150)
    results = []
    runner.run(lambda p: "snel", results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert not [w for w in runner._parent_widget.findChildren(QProgressDialog) if w.isVisible()]

    started, steps, outcome = threading.Event(), [], []

    def slow(progress):
        started.set()
        for i in range(1000):
            progress(i, 1000, f"stap {i}")
            steps.append(i)
            threading.Event().wait(0.01)
        return "klaar"

    task = runner.run(slow, outcome.append, on_error=outcome.append, label="Langzaam werk…")
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=3000)
    assert task.dialog.labelText().startswith("stap")
    button = task.dialog.findChild(QPushButton)
    assert button.text() == "Annuleren"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
    assert len(steps) < 1000
    assert task.dialog is None and not runner.busy


def test_tasks_run_one_at_a_time_in_order(qtbot, runner):
    order, active, overlap = [], [0], []

    def make(i):
        def work(_p):
            active[0] += 1
            overlap.append(active[0])
            threading.Event().wait(0.02)
            active[0] -= 1
            return i

        return work

    for i in range(4):
        runner.run(make(i), order.append)
    qtbot.waitUntil(lambda: len(order) == 4)
    assert order == [0, 1, 2, 3] and max(overlap) == 1


def test_shutdown_stops_the_worker(qtbot):
    r = TaskRunner()
    got = []
    r.run(lambda p: 1, got.append)
    qtbot.waitUntil(lambda: bool(got))
    r.shutdown()
    r.shutdown()
    with pytest.raises(RuntimeError):
        r.run(lambda p: 2)


def test_a_task_that_finishes_while_its_progress_is_shown_closes_cleanly(
    qtbot, runner, monkeypatch
):
    """setValue of the modal progress dialog processes events: the task's end (which closes
    the dialog) can run inside it, before the progress handler is done with the dialog."""
    monkeypatch.setattr(tasks_module, "DIALOG_DELAY_MS", 0)
    go, again, results = threading.Event(), threading.Event(), []

    def work(progress):
        assert go.wait(10)
        progress(1, 10, "half")  # the first value marks the dialog as shown ...
        assert again.wait(10)
        progress(2, 10, "bijna klaar")  # ... from then on setValue processes events
        return "klaar"

    task = runner.run(work, results.append)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    go.set()
    qtbot.waitUntil(lambda: task.dialog.value() == 1)
    again.set()
    for _ in range(1000):  # the GUI thread handles no events meanwhile: the progress and
        if task.result is not None:  # the end are both queued when it does
            break
        threading.Event().wait(0.005)
    threading.Event().wait(0.05)
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["klaar"] and task.dialog is None and not runner.busy
