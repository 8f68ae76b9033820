"""The intake form of one plek (issue 3): ``IntakeForm(store)``, embedded by the main window."""

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a void Qt method (setText, hide
    ...) drops one reference to ``None`` too many (harmless on 3.12+, where None is immortal).
    After some tens of thousands of calls Python aborts with "deallocating None" — within
    minutes of form use. Give None a huge reference count once, as 3.12 does."""
    if sys.version_info >= (3, 12) or getattr(sys, "_nulmeting_none_pinned", False):
        return
    import ctypes

    for singleton in (None, True, False):  # booleans suffer the same
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    sys._nulmeting_none_pinned = True  # type: ignore[attr-defined]


_keep_none_alive()

from ui.form.form import IntakeForm  # noqa: E402

__all__ = ["IntakeForm"]
