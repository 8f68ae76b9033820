"""Make ``docs/screenshot.png``: the main window at 1366×768 over 200 demo plekken (two
winters, as ``nulmeting demo`` makes them), an interviewed plek open, the list with the keyboard.

    QT_QPA_PLATFORM=offscreen python docs/screenshot.py [--size 1366x768] [--scale 1]
        [--sectie general] [--uit docs/screenshot.png]

``--scale 2`` renders as a high-DPI screen would (the window keeps its size in logical pixels).
The window's remembered layout (splitter, columns) is not read: a throwaway settings folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--sectie", default="general", help="the section's id (general, ...)")
    parser.add_argument("--uit", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from PySide6.QtCore import QSettings, Qt, QTimer

    from nulmeting.exchange import demo
    from nulmeting.store.store import open_store
    from ui.app import _make_app
    from ui.window.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, tmp)
        store = open_store(Path(tmp) / "demo.sqlite")
        store.set_settings({"interviewer": "Fatima El Amrani"})
        demo.generate_two(store, 200, seed=1, today=dt.date(2026, 12, 1))
        app = _make_app()
        window = MainWindow(store)
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.resize(*(int(x) for x in args.size.split("x")))
        window.show()

        def shoot() -> None:
            held = next(
                (r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 2).data()
                 in ("Afgenomen", "Gecontroleerd")),
                0,
            )  # fmt: skip
            window.select_proxy_row(held)
            window.view.setFocus()
            window.form.show_section(args.sectie)
            app.processEvents()
            window.grab().save(str(args.uit))
            print(f"{args.uit} ({window.width()}×{window.height()}, schaal {args.scale})")
            window.close()
            app.quit()

        window.listLoaded.connect(lambda _count: QTimer.singleShot(300, shoot))
        window.reload()
        app.exec()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
