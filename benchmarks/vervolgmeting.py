"""Three meetmomenten of 10,000 plekken: the list filter, opening a form, the export (with the
Groei sheets) and an incremental merge, each beside a floor measured in the same run.

The store (built once, cached in the temp folder) holds a nulmeting and two vervolgmetingen: each
vervolgmeting carried over from the one before (``meetmoment.start``) and about 70 % of the
plekken interviewed again (``demo.follow_up``), so every plek has 3 metingen and 3 generations of
activities, memberships and ties.

* list filter: one keystroke in the search box of the real window (filter + repaint), beside the
  floor of a bare substring pass over the same rows. Budget: < 100 ms per keystroke.
* form open: ``load_place`` until painted (now with last year's values and the carried-over
  marks), beside the floor of the bare SQL reads of the plek's rows. Budget: < 150 ms.
* export: the current meetmoment with Groei against the one before, beside a bare xlsxwriter
  write of the same cells. Budget: ≤ 2.5× the bare write.
* incremental merge: laptop B (a copy) edits 100 plekken and is merged into A (its first
  merge; printed too), then edits 100 other plekken of this winter; A merges B's store again,
  beside the floor of a bare ATTACH + INSERT of what A lacks (the set difference by id, the
  least any merge must do that has not seen B's file before). Budget: < 10× that floor and
  under 5 s.

    QT_QPA_PLATFORM=offscreen python benchmarks/vervolgmeting.py [--plekken 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROUNDS = ["Nulmeting 2024-2025", "Vervolgmeting 2025-2026", "Vervolgmeting 2026-2027"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def build(db: Path, plekken: int) -> None:
    from nulmeting.exchange import demo
    from nulmeting.store import meetmoment
    from nulmeting.store.store import open_store

    tmp = db.with_suffix(".building")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    store = open_store(tmp)
    store.set_settings({"interviewer": "Bench", "round": ROUNDS[0]})
    started = time.perf_counter()
    demo.generate(store, plekken, seed=1, round_name=ROUNDS[0], winter=2024)
    floor = time.perf_counter() - started
    print(f"  {ROUNDS[0]}: demo {plekken} plekken in {floor:.1f} s")
    rng = random.Random(5)
    for year, name in ((2025, ROUNDS[1]), (2026, ROUNDS[2])):
        started = time.perf_counter()
        result = meetmoment.start(store, name)
        carry = time.perf_counter() - started
        print(
            f"  {name}: overnemen {result.places} plekken, {result.new_changes:,} wijzigingen "
            f"in {carry:.1f} s ({carry / floor:.2f}× de demo van dezelfde plekken)"
        )
        started = time.perf_counter()
        demo.follow_up(store, name, rng, "Bench", year)
        print(f"  {name}: interviews van dit jaar in {time.perf_counter() - started:.1f} s")
    store.close()
    with sqlite3.connect(tmp) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp.rename(db)


def bench_gui(db: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nulmeting.reading import intake, queries
    from nulmeting.store.store import open_store
    from ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    store = open_store(db)
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    rows = queries.place_rows(store)
    text = "buurthuis de pit"
    per_key, floors = [], []
    for _ in range(3):
        window.search.clear()
        app.processEvents()
        for i, ch in enumerate(text):
            started = time.perf_counter()
            QTest.keyClick(window.search, ch)
            app.processEvents()
            window.repaint()
            per_key.append(time.perf_counter() - started)
            needle = text[: i + 1]
            started = time.perf_counter()
            _ = [r for r in rows if needle in r.name.lower() or needle in r.address.lower()]
            floors.append(time.perf_counter() - started)
    per_key.sort()
    print(
        f"lijstfilter per toetsaanslag ({len(rows)} plekken): mediaan "
        f"{ms(statistics.median(per_key))}, max {ms(per_key[-1])}; vloer (kale "
        f"substring-doorloop) mediaan {ms(statistics.median(floors))} — budget < 100 ms: "
        f"{'gehaald' if per_key[-1] < 0.1 else 'NIET gehaald'}"
    )
    window.clear_filters()
    form = window.form
    ids = [r.id for r in rows]
    rng = random.Random(3)
    opens, bare = [], []
    for i in range(120):
        pid = rng.choice(ids)
        form.show_section(["volunteers", "activities", "finances"][i % 3])
        app.processEvents()
        started = time.perf_counter()
        form.load_place(pid)
        form.repaint()
        if i >= 10:
            opens.append(time.perf_counter() - started)
        started = time.perf_counter()
        with store.read() as conn:
            for table, col in (
                ("place", "id"),
                ("interview", "place_id"),
                ("activity", "place_id"),
                ("membership", "place_id"),
                ("tie", "place_id"),
                ("contact", "place_id"),
            ):
                conn.execute(f"SELECT * FROM {table} WHERE {col} = ?", (pid,)).fetchall()
        if i >= 10:
            bare.append(time.perf_counter() - started)
        app.processEvents()
    opens.sort()
    data = intake.load(store, ids[0])
    assert data is not None
    print(
        f"formulier openen (met 'vorig jaar' en overgenomen markeringen): mediaan "
        f"{ms(statistics.median(opens))}, p95 {ms(opens[int(len(opens) * 0.95)])}, max "
        f"{ms(opens[-1])}; vloer (kale SQL-lezing van de rijen) mediaan "
        f"{ms(statistics.median(bare))} — budget < 150 ms: "
        f"{'gehaald' if opens[int(len(opens) * 0.95)] < 0.15 else 'NIET gehaald'}"
    )
    window.close()
    store.close()


def bench_export(db: Path) -> None:
    import xlsxwriter

    from nulmeting.exchange import export
    from nulmeting.reading import growth, overview
    from nulmeting.store.store import open_store

    store = open_store(db)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        export.write_overview(store, Path(tmp) / "o.xlsx")
        real = time.perf_counter() - started
        ov = overview.load(store)
        g = growth.compare(overview.load(store, round_name=ROUNDS[1]), ov)
        sheets = [
            (s.name, [c.header for c in s.columns], [list(r) for r in s.rows])
            for s in export.build_sheets(ov, growth=g)
        ]
        cells = sum(len(rows) * len(h) for _, h, rows in sheets)
        started = time.perf_counter()
        wb = xlsxwriter.Workbook(str(Path(tmp) / "bare.xlsx"), {"constant_memory": True})
        for name, header, rows in sheets:
            ws = wb.add_worksheet(name)
            ws.write_row(0, 0, header)
            for r, row in enumerate(rows, start=1):
                ws.write_row(r, 0, row)
        wb.close()
        bare = time.perf_counter() - started
    print(
        f"export {ROUNDS[2]} met Groei t.o.v. {ROUNDS[1]} ({cells:,} cellen): {real:.1f} s; "
        f"vloer (kale xlsxwriter, dezelfde cellen) {bare:.1f} s = {real / bare:.2f}× — "
        f"budget ≤ 2,5×: {'gehaald' if real <= 2.5 * bare else 'NIET gehaald'}"
    )
    store.close()


def bench_merge(db: Path, edits: int = 100) -> None:
    from nulmeting.store import changes
    from nulmeting.store.store import backup_copy, open_store
    from nulmeting.team.merge import merge_sqlite_file

    with tempfile.TemporaryDirectory() as tmp:
        a_path, b_path = Path(tmp) / "a.sqlite", Path(tmp) / "b.sqlite"
        backup_copy(db, a_path)
        shutil.copyfile(a_path, b_path)
        with sqlite3.connect(b_path) as con:
            con.execute("DELETE FROM store_meta WHERE key IN ('laptop_id', 'created_at')")
        con.close()
        b = open_store(b_path)
        b.set_setting("interviewer", "Laptop B")
        with b.read() as conn:
            interviews = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM interview WHERE round = ? LIMIT ?", (ROUNDS[2], 2 * edits)
                )
            ]
        # laptop B's first week, then the first merge of its file: every change of the file
        # probed (A has no watermark for B yet)
        for i, iid in enumerate(interviews[edits:]):
            b.update("interview", iid, {"volunteers_core": 2 + i % 5, "notes": f"week 1: {i}"})
        b.close()
        a = open_store(a_path)
        started = time.perf_counter()
        merge_sqlite_file(a, b_path)
        first = time.perf_counter() - started
        a.close()
        # B's second week: the incremental merge
        b = open_store(b_path)
        with b.read() as conn:
            before = conn.execute("SELECT MAX(seq) FROM change").fetchone()[0]
        interviews = interviews[:edits]
        for i, iid in enumerate(interviews):
            b.update("interview", iid, {"volunteers_core": 3 + i % 7, "notes": f"bezoek {i}"})
        with b.read() as conn:
            new = conn.execute("SELECT COUNT(*) FROM change WHERE seq > ?", (before,)).fetchone()[0]
        b.close()
        floor_path = Path(tmp) / "floor.sqlite"
        backup_copy(a_path, floor_path)  # A as it is before the incremental merge
        a = open_store(a_path)
        started = time.perf_counter()
        summary = merge_sqlite_file(a, b_path)
        real = time.perf_counter() - started
        a.close()
        con = sqlite3.connect(floor_path)
        started = time.perf_counter()
        con.execute("ATTACH ? AS b", (str(b_path),))
        cols = ", ".join(changes.CHANGE_COLUMNS)
        con.execute(
            f"INSERT OR IGNORE INTO change ({cols}) SELECT {cols} FROM b.change "
            "WHERE id NOT IN (SELECT id FROM main.change)"
        )
        con.commit()
        floor = time.perf_counter() - started
        con.close()
    print(
        f"eerste samenvoeging van laptop B (alle wijzigingen van het bestand getoetst): "
        f"{first:.2f} s"
    )
    print(
        f"stapsgewijs samenvoegen: {len(interviews)} plekken bewerkt op laptop B ({new} "
        f"wijzigingen; {summary.new_changes} nieuw voor A) in {real:.2f} s; vloer (kale "
        f"ATTACH + INSERT van wat A mist) {floor:.2f} s = {real / floor:.1f}× — "
        f"budget < 10× en < 5 s: {'gehaald' if real < 5 and real < 10 * floor else 'NIET gehaald'}"
    )


def bench_freeze(db: Path) -> None:
    from nulmeting.store import meetmoment
    from nulmeting.store.store import backup_copy, open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = backup_copy(db, Path(tmp) / "f.sqlite")
        store = open_store(path)
        started = time.perf_counter()
        data = meetmoment.live_tables(store, ROUNDS[1])
        floor = time.perf_counter() - started
        started = time.perf_counter()
        meetmoment.freeze(store, ROUNDS[1])
        real = time.perf_counter() - started
        with store.read() as conn:
            size = conn.execute(
                "SELECT LENGTH(snapshot) FROM meetmoment WHERE name = ?", (ROUNDS[1],)
            ).fetchone()[0]
        store.close()
    print(
        f"vaststellen {ROUNDS[1]} ({len(data['place'])} plekken): {real:.1f} s, vastgestelde "
        f"stand {size / 1e6:.1f} MB (gecomprimeerd); vloer (de rijen alleen lezen) "
        f"{floor:.1f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plekken", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--alleen", choices=["lijst", "export", "merge", "vaststellen"])
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"nulmeting-bench-vervolg-{args.plekken}.sqlite"
    if not db.exists():
        print(f"Opslag bouwen met 3 meetmomenten van {args.plekken} plekken: {db}")
        build(db, args.plekken)
    with sqlite3.connect(db) as con:
        per_round = con.execute("SELECT round, COUNT(*) FROM interview GROUP BY round").fetchall()
        acts = con.execute("SELECT COUNT(*) FROM activity").fetchone()[0]
        n = con.execute("SELECT COUNT(*) FROM change").fetchone()[0]
    con.close()
    print(
        f"{db}: metingen per meetmoment {dict(per_round)}; {acts:,} activiteiten; {n:,} wijzigingen"
    )
    if args.alleen in (None, "lijst"):
        bench_gui(db)
    if args.alleen in (None, "export"):
        bench_export(db)
    if args.alleen in (None, "merge"):
        bench_merge(db)
    if args.alleen in (None, "vaststellen"):
        bench_freeze(db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
