"""Application start: Qt set-up (the window's language, Qt's own texts in it, style, icon), the
first-start questions, and the main window over the store.

``run_gui(db, smoke_test=True)`` opens the window, loads the list and the first plek's form, and
exits 0 (packaging checks and CI; works with ``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

SMOKE_TIMEOUT_MS = 60_000

#: True once :func:`run_gui` has closed the window, the store and Qt in order: nothing is left
#: that Python's own clean-up at exit would save (see :func:`closed_cleanly`).
_closed = False


def _make_app(language: str = "nl") -> QApplication:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        # Fusion from the start: asking the style for its name would load QStyle's enums
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setApplicationName("Nulmeting")
    app.setOrganizationName("Nulmeting")
    app.setApplicationDisplayName("Nulmeting")
    from nulmeting.domain.resources import resource_path
    from ui import i18n

    i18n.install(app, language)

    icon = resource_path("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setPalette(_palette())
    return app


def _palette():
    """Calm colours through the palette. (Style sheets make Qt style widgets through
    QStyleSheetStyle: ~300 ms more at start-up for the whole window, ~20 ms for the list.)"""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f6f7f9",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f2f5f9",
        QPalette.ColorRole.Button: "#eef1f5",
        QPalette.ColorRole.Highlight: "#2f6fb3",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.WindowText: "#1f2d3d",
        QPalette.ColorRole.Text: "#1f2d3d",
        QPalette.ColorRole.ButtonText: "#1f2d3d",
        QPalette.ColorRole.ToolTipBase: "#ffffe8",
        QPalette.ColorRole.ToolTipText: "#1f2d3d",
        QPalette.ColorRole.PlaceholderText: "#6b7480",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def run_gui(db: Path | None, smoke_test: bool = False) -> int:
    """Open the window over the store at ``db`` (default: the user's data folder)."""
    # The store and the core modules the window reads with come first: once PySide6 is loaded,
    # its import hook reads the source of every module imported after it (~10 ms here).
    import nulmeting.reading.intake
    import nulmeting.reading.queries  # noqa: F401
    from nulmeting.domain.errors import StoreError
    from nulmeting.store.files import default_store_path
    from nulmeting.store.store import open_store

    path = Path(db) if db is not None else default_store_path()
    existed = path.is_file() and path.stat().st_size > 0
    try:
        store = open_store(path)
    except StoreError as exc:
        if smoke_test:
            print(f"Fout: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            _make_app()
            QMessageBox.critical(None, "Nulmeting", str(exc))
        return 2
    try:
        app = _make_app(store.setting("language"))
        if not smoke_test:
            from ui.dialogs.first_start import FirstStartDialog, needs_first_start

            if needs_first_start(store) and not FirstStartDialog(store).exec():
                return 0
        from ui.window.main_window import MainWindow

        window = MainWindow(store)
        _show_start_note(window, path, existed, store.became_copy)
        window.show()
        if smoke_test:
            code = _smoke(app, window)
        else:
            window.reload()
            # The window reads without SQLAlchemy; load it beside the first look at the list,
            # so the first autosave does not wait for it (~0.3 s).
            warm_up = threading.Thread(target=store.prepare_writes, name="schrijven-voorbereiden")
            warm_up.start()
            code = app.exec()
            warm_up.join()
        window.close()  # stops its background work
    finally:
        store.close()
    _close_qt(window, app)
    return code


def _show_start_note(window, path: Path, existed: bool, became_copy: bool) -> None:
    """A new store, or a copy of another laptop's: said on the command line (Dutch, as the
    CLI) and in the window's status bar (in the window's language)."""
    from PySide6.QtCore import QCoreApplication

    if not existed:
        note = f"Nieuw gegevensbestand gemaakt: {path}"
        shown = QCoreApplication.translate("run_gui", "Nieuw gegevensbestand gemaakt: %1")
        shown = shown.replace("%1", str(path))
    elif became_copy:
        note = (
            "Dit gegevensbestand is een kopie van dat van een andere laptop; het telt vanaf nu "
            "als een eigen laptop."
        )
        shown = QCoreApplication.translate(
            "run_gui",
            "Dit gegevensbestand is een kopie van dat van een andere laptop; het telt vanaf nu "
            "als een eigen laptop.",
        )
    else:
        return
    print(note, file=sys.stderr)
    window.statusBar().showMessage(shown, 20000)


def _close_qt(window, app) -> None:
    """Delete the window, then the application (Qt hands the clipboard over to the system),
    while Python still runs; afterwards nothing of the GUI is left to clean up."""
    import shiboken6

    global _closed
    shiboken6.delete(window)
    shiboken6.delete(app)
    _closed = True


def closed_cleanly() -> bool:
    """Whether the window, the store and Qt are closed in order (see ``ui.launcher.run``)."""
    return _closed


def _smoke(app, window) -> int:
    """Load the list and the first plek's form, then quit: 0 when both happened."""
    from PySide6.QtCore import QTimer

    state = {"code": 1}

    def listed(count: int) -> None:
        if count == 0 or window.current_place is not None:
            state["code"] = 0
            print(f"Rooktest geslaagd: {count} plekken, eerste plek geladen.", flush=True)
        else:
            print("Rooktest mislukt: de eerste plek is niet geladen.", file=sys.stderr)
        window.close()
        app.quit()

    def timeout() -> None:
        print("Rooktest mislukt: de lijst laadde niet op tijd.", file=sys.stderr)
        window.close()
        app.quit()

    def failed(message: str) -> None:
        print(f"Rooktest mislukt: {message}", file=sys.stderr)
        window.close()
        app.quit()

    window.listLoaded.connect(listed)
    window.listFailed.connect(failed)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, timeout)
    window.reload()
    app.exec()
    return state["code"]
