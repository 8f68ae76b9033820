"""Start-up time of the built bundle beside the source install (median of several runs).

    python packaging/measure_startup.py [--bundle dist/Nulmeting] [--runs 7] [--plekken 60]

Each run is a fresh process doing ``gui --smoke-test`` (open the window offscreen, load the
list and the first plek, quit) on the same store filled with demo data; ``--version`` is timed
too (the CLI's floor: interpreter plus argument parsing). Prints the figures; asserts nothing.
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

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], cwd: Path, env: dict[str, str], runs: int) -> list[float]:
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)  # warm the cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Nulmeting")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--plekken", type=int, default=60)
    args = parser.parse_args()
    exe = args.bundle / ("Nulmeting.exe" if sys.platform == "win32" else "Nulmeting")
    if not exe.is_file():
        print(f"Geen bundel in {args.bundle}: eerst python packaging/build.py", file=sys.stderr)
        return 2
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        db = str(cwd / "meting.sqlite")
        subprocess.run(
            [str(exe), "--db", db, "demo", "--plekken", str(args.plekken)],
            cwd=cwd,
            env=env,
            check=True,
            capture_output=True,
        )
        programs = {"bundel": [str(exe)], "bron": [sys.executable, "-m", "ui"]}
        print(f"{args.runs} runs per meting, {args.plekken} plekken; mediaan (min–max) in s")
        for what, extra in (
            ("gui --smoke-test", ["--db", db, "gui", "--smoke-test"]),
            ("--version", ["--version"]),
        ):
            for name, program in programs.items():
                t = timed([*program, *extra], cwd, env, args.runs)
                print(
                    f"  {name:<7}{what:<18}{statistics.median(t):6.2f}  ({min(t):.2f}–{max(t):.2f})"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
