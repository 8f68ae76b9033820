"""Long core work off the GUI thread, one task at a time (after Anki's ``taskman``).

:class:`TaskRunner` runs a function on a single worker thread and hands the result back to the
GUI thread with a signal. The function gets a progress callback (``nulmeting.domain.progress``); a
progress dialog appears only when the work takes longer than :data:`DIALOG_DELAY_MS`, so quick
work does not flash. Pressing Annuleren makes the next progress call raise
:class:`nulmeting.domain.errors.Cancelled`, which the core turns into "nothing stored".
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from nulmeting.domain.errors import Cancelled

DIALOG_DELAY_MS = 600

Work = Callable[[Callable[[int, int, str], None]], Any]


@dataclass(eq=False)
class Task:
    work: Work
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    label: str
    cancellable: bool
    number: int
    result: Any = None
    error: BaseException | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None
    progress: tuple[int, int, str] = (0, 0, "")


class TaskRunner(QObject):
    """One worker thread for core work. Results and progress come back as queued signals."""

    # Only task numbers cross threads: no Python objects in queued Qt events.
    _finished = Signal(int)
    _progressed = Signal(int)
    busyChanged = Signal(bool)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="nulmeting-taak"
        )
        self._pending = 0
        self._tasks: dict[int, Task] = {}
        self._numbers = itertools.count(1)
        self._finished.connect(self._on_finished_number, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress_number, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        cancellable: bool = True,
    ) -> Task:
        """Run ``work(progress)`` on the worker; ``on_done(result)`` or ``on_error(exc)`` run
        on the GUI thread afterwards (``Cancelled`` goes to ``on_error`` as well)."""
        if self._executor is None:
            raise RuntimeError("de takenlijst is al gesloten")
        label = label if label is not None else self.tr("Bezig…")
        task = Task(work, on_done, on_error, label, cancellable, next(self._numbers))
        task.timer = QTimer(self)
        task.timer.setSingleShot(True)
        task.timer.timeout.connect(lambda: self._show_dialog(task))
        task.timer.start(DIALOG_DELAY_MS)
        self._pending += 1
        self._tasks[task.number] = task
        if self._pending == 1:
            self.busyChanged.emit(True)
        self._executor.submit(self._work, task)
        return task

    def _work(self, task: Task) -> None:  # worker thread
        def progress(done: int, total: int, message: str) -> None:
            if task.cancel.is_set():
                raise Cancelled()
            task.progress = (done, total, message)
            self._progressed.emit(task.number)

        try:
            if task.cancel.is_set():
                raise Cancelled()
            result = task.work(progress)
        except BaseException as exc:
            if not isinstance(exc, Cancelled | Exception):
                raise
            task.error = exc
        else:
            task.result = result
        self._finished.emit(task.number)

    # ---------------------------------------------------------------- GUI thread

    def _show_dialog(self, task: Task) -> None:
        if task.dialog is not None or task.timer is None:
            return
        dialog = QProgressDialog(
            task.label, self.tr("Annuleren") if task.cancellable else "", 0, 0, self._parent_widget
        )
        dialog.setWindowTitle("Nulmeting")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not task.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel.set)
        task.dialog = dialog
        self._on_progress(task)
        dialog.show()

    def _on_progress_number(self, number: int) -> None:
        task = self._tasks.get(number)
        if task is not None:
            self._on_progress(task)

    def _on_finished_number(self, number: int) -> None:
        task = self._tasks.pop(number, None)
        if task is not None:
            self._on_finished(task, task.result, task.error)

    def _on_progress(self, task: Task) -> None:
        dialog = task.dialog
        if dialog is None:
            return
        done, total, message = task.progress
        if message:
            dialog.setLabelText(message)
        dialog.setMaximum(max(total, 0))
        # Last: setValue of a modal progress dialog processes events, in which the task may
        # finish (and close its dialog) or Annuleren may be pressed.
        dialog.setValue(min(done, total) if total else 0)

    def _on_finished(self, task: Task, result: Any, error: BaseException | None) -> None:
        if task.timer is not None:
            task.timer.stop()
            task.timer.deleteLater()
            task.timer = None
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
            task.dialog = None
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if error is not None:
            if task.on_error is not None:
                task.on_error(error)
            elif not isinstance(error, Cancelled):
                traceback.print_exception(error)
        elif task.on_done is not None:
            task.on_done(result)

    def running_labels(self) -> list[str]:
        """What the person started and is still running (export, import, merge ...); not the
        loading of the list, which may simply stop."""
        return [task.label for task in self._tasks.values() if task.cancellable]

    def show_progress(self) -> None:
        """Show the progress (with Annuleren) of the person's running work now."""
        for task in list(self._tasks.values()):
            if task.cancellable and task.timer is not None:
                task.timer.stop()
                self._show_dialog(task)

    def cancel_all(self) -> None:
        """Ask running and queued tasks to stop at their next progress call."""
        for task in list(self._tasks.values()):
            task.cancel.set()

    def shutdown(self) -> None:
        """Stop the worker (waits for the running task). Safe to call twice."""
        if self._executor is not None:
            self.cancel_all()
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        for task in self._tasks.values():  # results that did not come back: dropped
            if task.timer is not None:
                task.timer.stop()
            if task.dialog is not None:
                task.dialog.close()
        self._tasks.clear()
        self._pending = 0
