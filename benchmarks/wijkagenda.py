"""Benchmark: publishing the wijkagenda of a large store, beside the Excel overview of it.

Times ``wijkagenda.publish`` (read, pages, feeds, open data, folder swap) and, as the floor
measured in the same run, ``export.write_overview`` of the same store (the same reading plus a
streamed workbook). Prints both and their ratio, plus the folder's size.

    .venv/bin/python benchmarks/wijkagenda.py [--plekken 2000] [--store /tmp/bench-agenda.sqlite]

The demo store is built once and cached.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nulmeting.exchange import demo, export  # noqa: E402
from nulmeting.exchange.wijkagenda.publish import publish  # noqa: E402
from nulmeting.store.store import open_store  # noqa: E402

TODAY = dt.date(2026, 3, 2)  # every demo interview less than a year old


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plekken", type=int, default=2000)
    parser.add_argument("--store", type=Path, default=None)
    args = parser.parse_args()
    path = args.store or Path(tempfile.gettempdir()) / f"bench-agenda-{args.plekken}.sqlite"
    with open_store(path) as store:
        if store.counts().get("place", 0) < args.plekken:
            print(f"Demo-opslag maken: {args.plekken} plekken …")
            store.set_setting("round", "Nulmeting 2025-2026")
            demo.generate(store, args.plekken, seed=1)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            export.write_overview(store, Path(tmp) / "o.xlsx", today=TODAY)
            floor = time.perf_counter() - started
            started = time.perf_counter()
            result = publish(store, Path(tmp) / "site", today=TODAY)
            seconds = time.perf_counter() - started
            size = sum(p.stat().st_size for p in result.folder.rglob("*") if p.is_file())
            files = len(result.files)
    a = result.agenda
    print(
        f"plekken {args.plekken}, openbare activiteiten {len(a.entries)}, wijken "
        f"{len(a.districts())}"
    )
    print(f"wijkagenda publiceren: {seconds:.2f} s ({files} bestanden, {size / 1e6:.1f} MB)")
    print(f"Excel-overzicht (vloer, zelfde run): {floor:.2f} s; verhouding {seconds / floor:.2f}×")


if __name__ == "__main__":
    main()
