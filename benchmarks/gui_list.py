"""The plekken list with ``demo --plekken 2000``: time per keystroke of the search box (filter +
repaint of the list), the wijk/status filters, loading the list, and refreshing one row.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_list.py [--plekken 2000] [--db PAD]

Target (issue 3): well under 100 ms per keystroke.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plekken", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="bestaande opslag gebruiken (anders: demo)")
    parser.add_argument(
        "--tekst", default="buurthuis de pit", help="wat er letter voor letter getypt wordt"
    )
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from nulmeting.exchange import demo
    from nulmeting.reading import queries
    from nulmeting.store.store import open_store
    from ui.app import _make_app
    from ui.window.main_window import MainWindow

    app = _make_app()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "lijst.sqlite"
        store = open_store(db)
        if args.db is None:
            store.set_setting("interviewer", "Fatima")
            store.set_setting("round", "Nulmeting 2025-2026")
            started = time.perf_counter()
            demo.generate(store, args.plekken, seed=1)
            print(f"demo: {args.plekken} plekken in {time.perf_counter() - started:.1f} s")
        try:
            started = time.perf_counter()
            rows = queries.place_rows(store)
            print(f"lijst lezen (kern, {len(rows)} plekken): {ms(time.perf_counter() - started)}")
            window = MainWindow(store)
            window.resize(1366, 768)
            window.show()
            started = time.perf_counter()
            window._on_rows(rows)
            app.processEvents()
            print(f"lijst tonen + eerste plek openen: {ms(time.perf_counter() - started)}")

            window.search.setFocus()
            per_key = []
            for ch in args.tekst:
                started = time.perf_counter()
                QTest.keyClick(window.search, ch)
                app.processEvents()  # repaint of the list included
                per_key.append(time.perf_counter() - started)
                print(f"  toets {ch!r:5} → {window.proxy.rowCount():5} plekken  {ms(per_key[-1])}")
            print(
                f"per toetsaanslag: mediaan {ms(statistics.median(per_key))}, "
                f"max {ms(max(per_key))} (doel: ruim onder 100 ms)"
            )
            for _ in args.tekst:
                QTest.keyClick(window.search, Qt.Key.Key_Backspace)
            app.processEvents()

            timings = []
            for i in range(1, window.district_filter.count()):
                started = time.perf_counter()
                window.district_filter.setCurrentIndex(i)
                app.processEvents()
                timings.append(time.perf_counter() - started)
            window.district_filter.setCurrentIndex(0)
            for i in range(1, window.status_filter.count()):
                started = time.perf_counter()
                window.status_filter.setCurrentIndex(i)
                app.processEvents()
                timings.append(time.perf_counter() - started)
            print(
                f"filter wijk/status: mediaan {ms(statistics.median(timings))}, "
                f"max {ms(max(timings))}"
            )
            window.status_filter.setCurrentIndex(0)

            place_id = rows[len(rows) // 2].id
            started = time.perf_counter()
            for _ in range(20):
                window.refresh_place(place_id)
            print(f"één rij verversen na opslaan: {ms((time.perf_counter() - started) / 20)}")

            opens = []
            for r in rows[:: max(1, len(rows) // 10)][:10]:
                started = time.perf_counter()
                window.select_place(r.id)
                app.processEvents()
                opens.append(time.perf_counter() - started)
            print(
                f"plek kiezen in de lijst (formulier laden): mediaan "
                f"{ms(statistics.median(opens))}, max {ms(max(opens))}"
            )
            worst = max(per_key)
            window.close()
        finally:
            store.close()
    return 0 if worst < 0.1 else 1


if __name__ == "__main__":
    sys.exit(main())
