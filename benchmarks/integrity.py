"""Benchmark: the store check before a team file is written or a merge (nulmeting/store/integrity.py).

Figures for a demo store of ``--plekken`` plekken (built once in ``--dir``): ``PRAGMA
quick_check`` as the app runs it, beside two floors measured in the same run: reading the whole
file (``cat`` into /dev/null, warm page cache) and ``SELECT COUNT(*)`` over the change log (the
least any walk of the biggest table costs). Also ``integrity_check`` for comparison (what the
app does *not* run: it adds the index-versus-row comparison).

    .venv/bin/python benchmarks/integrity.py [--plekken 2000] [--dir /tmp/bench-integrity]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from pathlib import Path

from nulmeting.exchange import demo
from nulmeting.store.integrity import store_problem
from nulmeting.store.store import open_store


def timed(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plekken", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench-integrity"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"store-{args.plekken}.sqlite"
    if not path.exists():
        with open_store(path) as store:
            store.set_setting("interviewer", "Benchmark")
            demo.generate(store, args.plekken, seed=1, interviewer="Benchmark")
    with open_store(path) as store:
        size = path.stat().st_size / 1e6
        quick = timed(lambda: store_problem(store))
        assert store_problem(store) is None

        def read_file() -> None:
            with path.open("rb") as f:
                while f.read(1 << 20):
                    pass

        floor_read = timed(read_file)
        con = sqlite3.connect(path)
        floor_count = timed(lambda: con.execute("SELECT COUNT(*) FROM change").fetchone())
        full = timed(lambda: con.execute("PRAGMA integrity_check").fetchone(), repeat=3)
        con.close()
    print(f"store: {args.plekken} plekken, {size:.0f} MB")
    print(f"quick_check (the app's check): {quick:.3f} s")
    print(f"floor: read the file {floor_read:.3f} s; COUNT(*) over change {floor_count:.3f} s")
    print(f"for comparison integrity_check: {full:.3f} s")
    print(f"quick_check / read the file = {quick / floor_read:.1f}x")


if __name__ == "__main__":
    main()
