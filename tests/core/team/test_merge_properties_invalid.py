"""The merge laws with invalid changes mixed in (hypothesis; issue #13).

Random edit histories on 2-3 laptops (the steps of ``test_merge_properties``) give the valid
change set. Invalid changes of every kind the trust boundary knows (forged id, foreign parent,
wrong type, impossible number, oversized value, bad JSON, bad parents) are mixed in, and:

* **server semantics** (``ingest.split_batch`` per pulled batch, the rows set aside checked again
  at the end, as ``sync`` does): in any order and any batching, the store ends exactly as one that
  merged only the valid changes, and exactly the invalid changes are set aside;
* **team-file semantics** (``ingest.check_store_file``): a laptop's store passes; the same store
  with any one invalid change in it is refused.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nulmeting.domain.validation import MAX_CHARS
from nulmeting.store import changes
from nulmeting.store.changes import CHANGE_COLUMNS, make_change
from nulmeting.store.connection import sqlite_of
from nulmeting.team.ingest import check_store_file, split_batch, store_keys
from nulmeting.team.merge import merge_sqlite_file
from tests.core.team.test_merge_properties import apply, new_store, snapshot, step, template  # noqa: F401

LAPTOP = "00000000-0000-4000-8000-00000000beef"
AT = "2026-01-05T10:00:00.000000Z"
BAD_KINDS = [
    "forged",
    "foreign-parent",
    "wrong-type",
    "too-big-number",
    "oversized",
    "not-json",
    "parents-not-a-list",
    "unknown-field",
]


def all_rows(stores) -> list[dict]:
    out: dict[str, dict] = {}
    for s in stores:
        with s.engine.connect() as conn:
            for r in conn.exec_driver_sql(f"SELECT {', '.join(CHANGE_COLUMNS)} FROM change"):
                out[r[0]] = dict(zip(CHANGE_COLUMNS, r, strict=True))
    return list(out.values())


def invalid(kind: str, rows: list[dict], pick: int) -> dict:
    target = rows[pick % len(rows)]
    rid = target["record_id"]

    def fresh(name: str, value, parents=()) -> dict:
        return make_change(
            "place", rid, name, value, parents=parents, author="Indringer", laptop=LAPTOP, at=AT
        )

    if kind == "forged":
        return {**target, "value": changes.dumps("Vervalst")}
    if kind == "foreign-parent":
        foreign = [r for r in rows if (r["record_id"], r["field"]) != (rid, "notes")]
        parent = foreign[pick % len(foreign)]
        return fresh("notes", "verstopt", parents=[parent["id"]])
    if kind == "wrong-type":
        return fresh("founded", "negentienhonderd")
    if kind == "too-big-number":
        row = fresh("founded", 1990)
        row = {**row, "value": "1e400"}
        row["id"] = changes.change_id(*(row[c] for c in CHANGE_COLUMNS[1:]))
        return row
    if kind == "oversized":
        return fresh("notes", "x" * (MAX_CHARS["longtext"] + 1))
    if kind == "not-json":
        return {**fresh("notes", "a"), "value": "not json"}
    if kind == "parents-not-a-list":
        return {**fresh("notes", "b"), "parents": "not-a-list"}
    return {**fresh("notes", "c"), "field": "bestaat_niet"}


def key(row: dict) -> tuple:
    return tuple(row[c] for c in CHANGE_COLUMNS)


def pull(store, rows: list[dict], cuts: list[int]) -> set[tuple]:
    """Ingest ``rows`` in batches cut at ``cuts`` as a sync does; returns the rows set aside.

    One transaction, as ``sync._pull``: a batch may hold an activity or a meting whose plek
    comes in a later batch (the foreign keys are checked at the commit, when all arrived)."""
    aside: list[dict] = []
    bounds = sorted({0, len(rows), *(c % (len(rows) + 1) for c in cuts)})
    with store.write() as conn:
        for start, end in zip(bounds, bounds[1:], strict=False):
            checked = split_batch(rows[start:end], store_keys(sqlite_of(conn)))
            changes.ingest_rows(conn, checked.accepted)
            aside += [r.row for r in checked.rejected]
        # the retry at the end of every sync, in the same transaction
        checked = split_batch(aside, store_keys(sqlite_of(conn)))
        changes.ingest_rows(conn, checked.accepted)
        return {key(r.row) for r in checked.rejected}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    laptops=st.integers(2, 3),
    history=st.lists(step, min_size=4, max_size=25),
    bad=st.lists(
        st.tuples(st.sampled_from(BAD_KINDS), st.integers(0, 10_000)), min_size=1, max_size=6
    ),
    orders=st.lists(
        st.tuples(st.integers(0, 2**32), st.lists(st.integers(0, 10_000), max_size=4)),
        min_size=2,
        max_size=2,
    ),
)
def test_valid_part_converges_whatever_invalid_changes_are_mixed_in(
    template,  # noqa: F811  (the imported fixture)
    laptops,
    history,
    bad,
    orders,
):
    folder = Path(tempfile.mkdtemp(prefix="merge-invalid-"))
    stores = [
        new_store(template, folder, f"laptop{i}", f"2025-12-0{i + 1}T10:00:00")
        for i in range(laptops)
    ]
    extra = []
    try:
        for action in [
            ("create", 0, 0, 0, 0),
            ("create", 0, 0, 1, 0),
            *(("merge", i, 0, 0, 0) for i in range(1, laptops)),
            *history,
        ]:
            apply(stores, action)
        valid = all_rows(stores)
        bad_rows = [invalid(kind, valid, pick) for kind, pick in bad]

        oracle = new_store(template, folder, "oracle", "2026-02-01T10:00:00")
        extra.append(oracle)
        for s in stores:
            merge_sqlite_file(oracle, s.path)
        expected = snapshot(oracle)

        mixed = valid + bad_rows
        for n, (seed, cuts) in enumerate(orders):
            order = sorted(mixed, key=key)  # the ids are random: shuffle from a fixed start
            random.Random(seed).shuffle(order)
            target = new_store(template, folder, f"pull{n}", "2026-02-01T10:00:00")
            extra.append(target)
            aside = pull(target, list(order), cuts)
            assert snapshot(target) == expected
            assert aside == {key(r) for r in bad_rows}

        # team files: a laptop's store passes; with any one invalid change it is refused
        source = stores[0].path
        with sqlite3.connect(source) as con:
            assert check_store_file(con)[0] == 0
        con.close()
        for i, row in enumerate(bad_rows):
            copy = folder / f"bad{i}.sqlite"
            shutil.copyfile(source, copy)
            con = sqlite3.connect(copy)
            with con:
                con.execute(
                    f"INSERT OR IGNORE INTO change ({', '.join(CHANGE_COLUMNS)}) VALUES "
                    f"({', '.join('?' for _ in CHANGE_COLUMNS)})",
                    [row[c] for c in CHANGE_COLUMNS],
                )
                inserted = con.execute("SELECT changes()").fetchone()[0]
            if inserted:  # a forged copy of a change this store lacks goes in; of one it has not
                assert check_store_file(con)[0] >= 1
            con.close()
    finally:
        for s in stores + extra:
            s.close()
        shutil.rmtree(folder, ignore_errors=True)
