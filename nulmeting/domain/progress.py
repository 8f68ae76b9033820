"""The progress contract for long work (merge, export, import, sync, opening a big store).

A long operation takes ``progress: Progress | None`` and calls it as ``progress(done, total,
message)`` (``total`` 0 when unknown; ``message`` Dutch). The callback may raise
:class:`nulmeting.domain.errors.Cancelled` to stop; the operation then stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def report(progress: Progress | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress(done, total, message)
