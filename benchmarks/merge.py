"""Benchmark: merging 20 team files of 500 plekken each into an empty store.

The team files overlap the way a team's do: a coordinator's base of 100 plekken is merged into
every laptop, then each laptop adds 400 plekken of its own (``demo``) and edits 25 of the shared
plekken (some fields on several laptops, so there are real conflicts). Each laptop writes an
encrypted team file and a plain one.

Measured, each in its own process (so peak RSS is its own):

* ``merge-encrypted``: ``teamfile.merge_files`` on the 20 encrypted files (decrypt, check every
  file and every change row, back up, merge) — what ``nulmeting merge`` does;
* ``merge-plain``: the same on the 20 plain files;
* ``floor``: a bare SQLite ``ATTACH`` + ``INSERT OR IGNORE ... SELECT`` of every table of the
  20 plain files (the laptops' stores) into an empty store of the same schema, one commit per
  file, same page cache;
* ``re-merge``: the 20 encrypted files merged again into the merged store (nothing new), and one
  file again -- a weekly merge must cost in proportion to what is new, not to the store's size.

Targets: merge within 3x the floor, peak memory < 500 MB; a re-merge bringing nothing new costs
less than reading its files (no copy of the store, no write).

Last full run (1 December, all of main: checks, joins, meetmomenten; --skip-plain; 2 cores
shared with a CI run): floor 35.6 s (29.4 CPU-s), merge encrypted 104.0 s = 2.92x (97.1 CPU-s),
peak 482 MB; the same 20 files again 31.9 s (31% of the first merge), one file again 3.4 s.

    .venv/bin/python benchmarks/merge.py [--dir /tmp/bench-merge] [--laptops 20]

The team files are built once and kept in ``--dir`` (building takes a few minutes).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PASSWORD = "benchmark-wachtwoord"
SHARED, OWN, EDITED = 100, 400, 25


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(folder: Path, laptops: int) -> list[Path]:
    from nulmeting.exchange import demo
    from nulmeting.store.store import open_store
    from nulmeting.team import teamfile
    from nulmeting.team.merge import merge_sqlite_file

    folder.mkdir(parents=True, exist_ok=True)
    done = folder / f"built-{laptops}"
    files = [folder / f"laptop{i:02d}.nulmeting" for i in range(laptops)]
    if done.exists():
        return files
    base = folder / "base.sqlite"
    base.unlink(missing_ok=True)
    with open_store(base) as s:
        s.set_setting("interviewer", "Coördinator")
        demo.generate(s, SHARED, seed=1000)
        with s.read() as conn:
            shared = [r[0] for r in conn.execute("SELECT id FROM place ORDER BY id")]
    for i in range(laptops):
        started = time.perf_counter()
        path = folder / f"laptop{i:02d}.sqlite"
        for p in (path, path.with_name(path.name + "-wal")):
            p.unlink(missing_ok=True)
        with open_store(path) as s:
            s.set_setting("interviewer", f"Buurtverbinder {i}")
            merge_sqlite_file(s, base)
            demo.generate(s, OWN, seed=i + 1)
            for k in range(EDITED):  # overlapping edits: laptop i edits shared plekken
                place = shared[(i * 7 + k) % SHARED]
                s.update(
                    "place",
                    place,
                    {"notes": f"Bezocht door laptop {i}", "founded": 1980 + (i + k) % 40},
                )
            teamfile.write_teamfile(s, files[i], PASSWORD)
            teamfile.write_teamfile(s, files[i].with_suffix(".plain"), None)
        print(
            f"  laptop {i + 1}/{laptops} gebouwd in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
    done.touch()
    return files


def run_merge(folder: str, laptops: int, plain: bool) -> dict[str, float]:
    from nulmeting.store.store import open_store
    from nulmeting.team import teamfile

    files = [Path(folder) / f"laptop{i:02d}.nulmeting" for i in range(laptops)]
    if plain:
        files = [f.with_suffix(".plain") for f in files]
    target = Path(folder) / "target" / ("plain.sqlite" if plain else "encrypted.sqlite")
    _clean(target)
    shutil.rmtree(target.parent / "backups", ignore_errors=True)
    store = open_store(target)
    started, cpu = time.perf_counter(), time.process_time()
    summaries = teamfile.merge_files(store, files, None if plain else PASSWORD)
    seconds = time.perf_counter() - started
    result = {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak_mb(),
        "changes": sum(s.new_changes for s in summaries),
        "conflicts": len(store.conflicts()),
        "places": store.counts()["place"],
        "store_mb": target.stat().st_size / 1e6,
    }
    store.close()
    return result


def run_remerge(folder: str, laptops: int, count: int) -> dict[str, float]:
    """The encrypted merge's store, merged again with ``count`` of the same files."""
    from nulmeting.store.store import open_store
    from nulmeting.team import teamfile

    files = [Path(folder) / f"laptop{i:02d}.nulmeting" for i in range(laptops)][:count]
    target = Path(folder) / "target" / "encrypted.sqlite"
    store = open_store(target)
    started, cpu = time.perf_counter(), time.process_time()
    summaries = teamfile.merge_files(store, files, PASSWORD)
    seconds = time.perf_counter() - started
    result = {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak_mb(),
        "changes": sum(s.new_changes for s in summaries),
    }
    store.close()
    return result


def run_floor(folder: str, laptops: int) -> dict[str, float]:
    from nulmeting.store.changes import CACHE_KIB, CHANGE_COLUMNS
    from nulmeting.store.models import ENTITIES
    from nulmeting.store.store import open_store

    target = Path(folder) / "target" / "floor.sqlite"
    _clean(target)
    open_store(target).close()  # same schema, empty
    files = [Path(folder) / f"laptop{i:02d}.plain" for i in range(laptops)]
    cols = ", ".join(CHANGE_COLUMNS)
    tables = [m.__tablename__ for m in ENTITIES.values()]
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    started, cpu = time.perf_counter(), time.process_time()
    for f in files:
        con.execute("ATTACH DATABASE ? AS team", (f"{f.resolve().as_uri()}?mode=ro",))
        con.execute("BEGIN")
        con.execute(f"INSERT OR IGNORE INTO change ({cols}) SELECT {cols} FROM team.change")
        con.execute("INSERT OR IGNORE INTO change_parent SELECT * FROM team.change_parent")
        con.execute("INSERT OR IGNORE INTO field_state SELECT * FROM team.field_state")
        for t in tables:
            con.execute(f"INSERT OR IGNORE INTO {t} SELECT * FROM team.{t}")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE team")
    seconds = time.perf_counter() - started
    changes = con.execute("SELECT COUNT(*) FROM change").fetchone()[0]
    con.close()
    return {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak_mb(),
        "changes": changes,
    }


def _clean(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def child(kind: str, folder: Path, laptops: int) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--dir",
            str(folder),
            "--laptops",
            str(laptops),
        ],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=Path("/tmp/bench-merge"))
    ap.add_argument("--laptops", type=int, default=20)
    ap.add_argument(
        "--child", choices=["encrypted", "plain", "floor", "remerge-all", "remerge-one"]
    )
    ap.add_argument("--skip-plain", action="store_true", help="measure the encrypted merge only")
    args = ap.parse_args()
    if args.child:
        if args.child == "floor":
            result = run_floor(str(args.dir), args.laptops)
        elif args.child.startswith("remerge"):
            result = run_remerge(
                str(args.dir), args.laptops, args.laptops if args.child == "remerge-all" else 1
            )
        else:
            result = run_merge(str(args.dir), args.laptops, args.child == "plain")
        print(json.dumps(result))
        return
    print(
        f"Teambestanden bouwen in {args.dir} ({args.laptops} laptops x {SHARED + OWN} plekken)...",
        flush=True,
    )
    files = build(args.dir, args.laptops)
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} versleutelde teambestanden, samen {size:.0f} MB")
    floor = child("floor", args.dir, args.laptops)
    plain = None if args.skip_plain else child("plain", args.dir, args.laptops)
    enc = child("encrypted", args.dir, args.laptops)
    again = child("remerge-all", args.dir, args.laptops)
    one = child("remerge-one", args.dir, args.laptops)
    print(f"{'meting':<34}{'seconden':>9}{'cpu-s':>8}{'piek MB':>9}{'x vloer':>9}")
    rows = [
        ("vloer (ATTACH + INSERT OR IGNORE)", floor),
        ("merge onversleuteld", plain),
        ("merge versleuteld", enc),
        (f"opnieuw: {args.laptops} bestanden", again),
        ("opnieuw: 1 bestand", one),
    ]
    for name, r in rows:
        if r is not None:
            print(
                f"{name:<34}{r['seconds']:>9.1f}{r['cpu']:>8.1f}{r['peak_mb']:>9.0f}"
                f"{r['seconds'] / floor['seconds']:>9.2f}"
            )
    print(
        f"wijzigingen: {enc['changes']} (vloer {floor['changes']}); plekken: "
        f"{enc['places']}; open conflicten: {enc['conflicts']}; gegevensbestand "
        f"{enc['store_mb']:.0f} MB; opnieuw samengevoegd: {again['changes']} nieuw"
    )
    merged = [r["seconds"] for r in (plain, enc) if r is not None]
    peaks = [r["peak_mb"] for r in (plain, enc) if r is not None]
    ok = max(merged) <= 3 * floor["seconds"] and max(peaks) < 500
    print("doel (<= 3x vloer, < 500 MB):", "gehaald" if ok else "NIET gehaald")
    print(
        f"opnieuw samenvoegen zonder iets nieuws: {again['seconds']:.1f} s voor "
        f"{args.laptops} bestanden ({again['seconds'] / enc['seconds']:.0%} van de eerste "
        f"keer), {one['seconds']:.1f} s voor 1"
    )


if __name__ == "__main__":
    main()
