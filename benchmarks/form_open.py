"""How fast a plek's intake form opens: ``load_place`` until the form is painted.

Builds (once, cached in the temp folder) a store with ``nulmeting demo --plekken 2000``, then
opens the form of many different plekken in a 1366×768 window and prints median / p95 / max.
Target (issue 3): under 150 ms per plek on this machine.

    python benchmarks/form_open.py [--plekken 2000] [--opens 300] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plekken", type=int, default=2000)
    parser.add_argument("--opens", type=int, default=300)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"nulmeting-bench-{args.plekken}.sqlite"
    if not db.exists():
        print(f"demo-store maken: {db}")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "nulmeting",
                "--db",
                str(db),
                "settings",
                "--meetmoment",
                "Nulmeting 2025-2026",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "nulmeting",
                "--db",
                str(db),
                "demo",
                "--plekken",
                str(args.plekken),
            ],
            check=True,
        )

    from PySide6.QtWidgets import QApplication

    from nulmeting.reading import intake
    from nulmeting.store.store import open_store
    from ui.form import IntakeForm

    app = QApplication(sys.argv)
    store = open_store(db)
    if not store.current_round:
        store.set_setting("round", "Nulmeting 2025-2026")
    ids = [pid for pid, _ in intake.place_choices(store)]
    form = IntakeForm(store)
    form.resize(1366, 768)
    form.show()
    app.processEvents()
    rng = random.Random(3)
    sections = ["general", "activities", "finances", "network"]
    times = []
    for i in range(args.opens + 5):
        pid = rng.choice(ids)
        form.show_section(sections[i % len(sections)])
        app.processEvents()
        started = time.perf_counter()
        form.load_place(pid)
        form.repaint()  # paint now, synchronously
        elapsed = (time.perf_counter() - started) * 1000
        app.processEvents()
        if i >= 5:  # warm-up
            times.append(elapsed)
    times.sort()
    print(
        f"{len(ids)} plekken in de store, {len(times)} keer een formulier geopend "
        f"(load_place tot getekend, 1366×768):"
    )
    print(
        f"  mediaan {statistics.median(times):.1f} ms · p95 {times[int(len(times) * 0.95)]:.1f} ms"
        f" · max {times[-1]:.1f} ms  (doel: < 150 ms)"
    )
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
