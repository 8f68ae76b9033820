"""Benchmark: first full sync of N plekken and an incremental sync of one edit (issue 7).

    python benchmarks/sync.py [--plekken 10000] [--url postgresql://USER@HOST:PORT/DB]

Without ``--url`` a throwaway PostgreSQL is started on loopback (as in tests/server), with a fresh
database. The password of ``--url`` comes from NULMETING_SERVERWACHTWOORD. Prints figures only:
speed targets are never asserted in unit tests (the CI machines are small and noisy).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "server"))

from nulmeting.exchange import demo  # noqa: E402
from nulmeting.store.store import open_store  # noqa: E402
from nulmeting.team import sync  # noqa: E402


def timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<52}{seconds:>9.2f} s", flush=True)
    return result, seconds


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plekken", type=int, default=10_000)
    ap.add_argument("--url")
    ap.add_argument(
        "--store",
        type=Path,
        help="bestaande opslag als laptop A (wordt gekopieerd; sneller dan genereren)",
    )
    ap.add_argument("--repeat", type=int, default=5, help="incremental syncs to time (median)")
    args = ap.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # still stop the throwaway server
    cluster = None
    if args.url:
        url, password = args.url, os.environ.get(sync.PASSWORD_ENV)
    else:
        import cluster as pgcluster

        cluster = pgcluster.start_cluster()
        db = cluster.create_database(f"bench_{uuid.uuid4().hex[:8]}")
        url, password = cluster.url(db=db), pgcluster.SUPERPASSWORD
    try:
        with tempfile.TemporaryDirectory(prefix="nulmeting-bench-") as tmp:
            if args.store:
                from nulmeting.store.files import backup_copy

                backup_copy(args.store, Path(tmp) / "a.sqlite")
            a = open_store(Path(tmp) / "a.sqlite")
            a.set_setting("interviewer", "Fatima")
            b = open_store(Path(tmp) / "b.sqlite")
            b.set_setting("interviewer", "Piet")
            if args.store:
                with a.read() as conn:
                    n = conn.execute("SELECT COUNT(*) FROM change").fetchone()[0]
                    args.plekken = conn.execute("SELECT COUNT(*) FROM place").fetchone()[0]
            else:
                n, _ = timed(
                    f"demo.generate {args.plekken} plekken (set-up)",
                    lambda: demo.generate(a, args.plekken, seed=1),
                )
            print(f"  {n} wijzigingen op laptop A")
            s, push_s = timed(
                "eerste sync laptop A (alles versturen)", lambda: sync.sync(a, url, password)
            )
            print(
                f"  {s.pushed} verstuurd, {s.pulled} ontvangen "
                f"({s.pushed / push_s:,.0f} wijzigingen/s)"
            )
            s, pull_s = timed(
                "eerste sync lege laptop B (alles ophalen)", lambda: sync.sync(b, url, password)
            )
            print(
                f"  {s.pulled} ontvangen, {s.places_added} plekken nieuw "
                f"({s.pulled / pull_s:,.0f} wijzigingen/s)"
            )
            _, same_s = timed("sync zonder wijzigingen", lambda: sync.sync(a, url, password))
            with a.read() as conn:
                places = [r[0] for r in conn.execute("SELECT id FROM place LIMIT 50")]
            pushes, pulls = [], []
            for i in range(args.repeat):
                a.update("place", places[i], {"name": f"Bewerkte plek {i}"})
                s, t = timed(
                    f"incrementele sync A: 1 bewerking versturen ({i + 1})",
                    lambda: sync.sync(a, url, password),
                )
                assert (s.pushed, s.pulled) == (1, 0), s
                pushes.append(t)
                s, t = timed(
                    f"incrementele sync B: 1 bewerking ophalen ({i + 1})",
                    lambda: sync.sync(b, url, password),
                )
                assert (s.pushed, s.pulled) == (0, 1), s
                print(
                    f"  waarvan lokaal samenvoegen (changes.ingest_rows): {s.ingest_seconds:.3f} s"
                )
                pulls.append(t)
            assert b.values("place", places[0])["name"] == "Bewerkte plek 0"
            _, local_s = timed(
                "ter vergelijking: 1 lokale bewerking (Store.update)",
                lambda: b.update("place", places[-1], {"name": "Lokaal"}),
            )
            med = sorted(pushes)[len(pushes) // 2], sorted(pulls)[len(pulls) // 2]
            print()
            print(f"SAMENVATTING ({args.plekken} plekken, {n} wijzigingen):")
            print(f"  eerste volledige sync: versturen {push_s:.1f} s, ophalen {pull_s:.1f} s")
            print(f"  sync zonder wijzigingen: {same_s:.3f} s")
            print(
                f"  incrementele sync van 1 bewerking (mediaan): versturen {med[0]:.3f} s, "
                f"ophalen {med[1]:.3f} s"
            )
            print(f"  ter vergelijking, 1 lokale bewerking in dezelfde opslag: {local_s:.3f} s")
            a.close()
            b.close()
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
