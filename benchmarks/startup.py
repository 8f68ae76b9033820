"""Start-up of ``nulmeting gui --smoke-test`` on a 200-plek store versus a bare PySide6 window.

Runs both side by side (alternating, so machine noise hits both), prints the medians and the
ratio (target: at most 2×), and checks with ``python -X importtime`` that SQLAlchemy, pandas,
openpyxl, Alembic, xlsxwriter and cryptography stay out of start-up. The app is measured with
bytecode, as installed.

    python benchmarks/startup.py [--runs 9] [--plekken 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "pandas", "openpyxl", "alembic", "xlsxwriter", "cryptography")

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("leeg"))
w.resize(1280, 720)
w.show()
QTimer.singleShot(0, lambda: (print("klaar", flush=True), app.quit()))
app.exec()
"""


def make_store(path: Path, places: int) -> None:
    sys.path.insert(0, str(ROOT))
    from nulmeting.exchange import demo
    from nulmeting.store.store import open_store

    with open_store(path) as store:
        store.set_setting("interviewer", "Fatima")
        store.set_setting("round", "Nulmeting 2025-2026")
        demo.generate(store, places, seed=1)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds until the first line on stdout = window shown and loaded, seconds to exit)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    ready = time.perf_counter() - started
    _, err = proc.communicate()
    total = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} faalde ({proc.returncode}):\n{err}")
    return ready, total


def heavy_imports(cmd: list[str], env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]], env=env, cwd=ROOT, capture_output=True, text=True
    )
    found = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:"):
            name = line.rsplit("|", 1)[-1].strip()
            if name.split(".")[0] in HEAVY:
                found.add(name.split(".")[0])
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--plekken", type=int, default=200)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Measure the app as installed: with bytecode, like PySide6's own modules (a developer
    # shell may have PYTHONDONTWRITEBYTECODE=1, which would compile our sources on every run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "nulmeting", "ui"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "start.sqlite"
        make_store(db, args.plekken)
        app = [sys.executable, "-m", "ui", "--db", str(db), "gui", "--smoke-test"]
        bare = [sys.executable, "-c", BARE]
        timed(app, env), timed(bare, env)  # warm the disk cache
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(timed(app, env))
            theirs.append(timed(bare, env))
        heavy = heavy_imports(app, env)
    ratios = {}
    for i, what in enumerate(("tot venster + lijst + eerste plek klaar", "tot het proces stopt")):
        m_ours = statistics.median(t[i] for t in ours)
        m_bare = statistics.median(t[i] for t in theirs)
        ratios[i] = m_ours / m_bare
        print(f"{what}:")
        print(
            f"  kale PySide6-venster:        mediaan {m_bare * 1000:6.0f} ms  "
            f"({', '.join(f'{t[i] * 1000:.0f}' for t in theirs)})"
        )
        print(
            f"  nulmeting gui --smoke-test:  mediaan {m_ours * 1000:6.0f} ms  "
            f"({', '.join(f'{t[i] * 1000:.0f}' for t in ours)})  [{args.plekken} plekken]"
        )
        print(f"  verhouding: {ratios[i]:.2f}× (doel: ≤ 2×)")
    print("zware modules bij het starten: " + (", ".join(heavy) if heavy else "geen"))
    return 0 if ratios[1] <= 2 and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())
