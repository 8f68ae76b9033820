"""Benchmark: the Excel overview of 10,000 plekken (~80,000 activities).

Compares ``export.write_overview`` (reading the store, computing the indicators, writing with
formats and charts) with a bare xlsxwriter ``constant_memory`` write of exactly the same cells
(materialised beforehand, untimed). Targets: ≤ 2× the bare write, peak memory < 500 MB.
Each measurement runs in its own process so peak RSS is its own.

    /work/venv/bin/python benchmarks/export.py [--plekken 10000] [--store /tmp/bench10k.sqlite]

The demo store is built once and cached (building 10,000 plekken takes about two minutes).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_export(store_path: str, out: str) -> dict[str, float]:
    from nulmeting.exchange import export
    from nulmeting.store.store import open_store

    store = open_store(store_path)
    started, cpu = time.perf_counter(), time.process_time()
    export.write_overview(store, Path(out))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu": time.process_time() - cpu, "peak_mb": peak_mb()}


def run_bare(store_path: str, out: str) -> dict[str, float]:
    import xlsxwriter

    from nulmeting.exchange import export
    from nulmeting.reading import overview
    from nulmeting.store.store import open_store

    store = open_store(store_path)
    ov = overview.load(store)
    sheets = [
        (s.name, [c.header for c in s.columns], [list(r) for r in s.rows])
        for s in export.build_sheets(ov)
    ]
    cells = sum(len(rows) * len(header) for _, header, rows in sheets)
    started, cpu = time.perf_counter(), time.process_time()
    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    for name, header, rows in sheets:
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, header)
        for r, row in enumerate(rows, start=1):
            ws.write_row(r, 0, row)
    wb.close()
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak_mb(),
        "cells": cells,
    }


def child(kind: str, store_path: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / f"{kind}.xlsx")
        result = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--store", store_path, "--out", out],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(result.stdout.strip().splitlines()[-1])
        data["size_mb"] = Path(out).stat().st_size / 1e6 if Path(out).exists() else 0
        return data


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--plekken", type=int, default=10_000)
    p.add_argument("--store", default="/tmp/bench10k.sqlite")
    p.add_argument("--child")
    p.add_argument("--out")
    p.add_argument("--repeat", type=int, default=2)
    args = p.parse_args()
    if args.child:
        fn = run_export if args.child == "export" else run_bare
        print(json.dumps(fn(args.store, args.out)))
        return
    store = Path(args.store)
    if not store.exists():
        print(f"Demo-opslag bouwen: {args.plekken} plekken in {store} (eenmalig) ...")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "nulmeting",
                "--db",
                str(store),
                "demo",
                "--plekken",
                str(args.plekken),
            ],
            check=True,
        )
    exports = [child("export", str(store)) for _ in range(args.repeat)]
    bares = [child("bare", str(store)) for _ in range(args.repeat)]
    e = min(exports, key=lambda d: d["seconds"])
    b = min(bares, key=lambda d: d["seconds"])
    print(f"cellen: {b['cells']:,}")
    print(
        f"export (lezen + indicatoren + schrijven): {e['seconds']:.1f} s "
        f"(cpu {e['cpu']:.1f} s), piekgeheugen {e['peak_mb']:.0f} MB, bestand {e['size_mb']:.1f} MB"
    )
    print(
        f"kale xlsxwriter constant_memory, dezelfde cellen: {b['seconds']:.1f} s "
        f"(cpu {b['cpu']:.1f} s)"
    )
    ratio = e["seconds"] / b["seconds"]
    ok = ratio <= 2 and e["peak_mb"] < 500
    print(
        f"verhouding: {ratio:.2f}x (doel ≤ 2x), geheugen doel < 500 MB: "
        f"{'GEHAALD' if ok else 'NIET GEHAALD'}"
    )


if __name__ == "__main__":
    main()
