"""Team files end to end through the CLI: round trip, both formats, and every bad input.

Bad input must give a Dutch message, exit code 2 and a byte-identical store (hashed on disk).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nulmeting.cli.main import main
from nulmeting.domain.errors import UserError
from nulmeting.exchange import demo
from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from tests.conftest import Clock

PASSWORD = "Delfshaven-2026!"


DATA = Path(__file__).parents[2] / "data"


def make_store(
    path: Path, interviewer: str, seed: int, places: int = 4, area: str | None = None
) -> Path:
    with open_store(path, clock=Clock()) as s:
        s.set_setting("interviewer", interviewer)
        if area:
            s.set_setting("area", area)
        demo.generate(s, places, seed=seed, interviewer=interviewer)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in ("change", "field_state", "place", "interview", "activity")
        }
    finally:
        con.close()


def state(path: Path) -> dict[str, list[tuple]]:
    """Content without the local insertion order (``seq``)."""
    con = sqlite3.connect(path)
    try:
        return {
            "change": sorted(
                con.execute(
                    "SELECT id, entity, record_id, field, value, parents, covers, author, laptop, at "
                    "FROM change"
                ).fetchall()
            ),
            "field_state": sorted(con.execute("SELECT * FROM field_state").fetchall()),
            "place": sorted(con.execute("SELECT * FROM place").fetchall(), key=repr),
            "activity": sorted(con.execute("SELECT * FROM activity").fetchall(), key=repr),
        }
    finally:
        con.close()


@pytest.fixture
def laptops(tmp_path, monkeypatch):
    monkeypatch.setenv(teamfile.PASSWORD_ENV, PASSWORD)
    a = make_store(tmp_path / "a" / "fatima.sqlite", "Fatima", seed=1)
    b = make_store(tmp_path / "b" / "yusuf.sqlite", "Yusuf", seed=2)
    return a, b


def cli(*args: object) -> int:
    return main([str(a) for a in args])


def test_round_trip_makes_both_laptops_identical(laptops, tmp_path, capsys):
    a, b = laptops
    assert cli("--db", a, "teamfile", tmp_path / "a.nulmeting") == 0
    assert teamfile.is_encrypted(tmp_path / "a.nulmeting")
    assert b"Delfshaven" not in (tmp_path / "a.nulmeting").read_bytes()
    assert cli("--db", b, "merge", tmp_path / "a.nulmeting") == 0
    out = capsys.readouterr().out
    assert "a.nulmeting: 4 plekken nieuw" in out
    assert cli("--db", b, "teamfile", tmp_path / "b.nulmeting") == 0
    assert cli("--db", a, "merge", tmp_path / "b.nulmeting") == 0
    assert "4 plekken nieuw" in capsys.readouterr().out
    assert state(a) == state(b)
    with sqlite3.connect(a) as con:
        assert con.execute("SELECT COUNT(*) FROM place").fetchone()[0] == 8
    # merging again changes nothing
    before = state(a)
    assert cli("--db", a, "merge", tmp_path / "b.nulmeting") == 0
    assert "b.nulmeting: niets nieuws." in capsys.readouterr().out
    assert state(a) == before


def test_unencrypted_teamfile_is_plain_sqlite_and_merges(laptops, tmp_path, capsys):
    a, b = laptops
    out = tmp_path / "a-open.nulmeting"
    assert cli("--db", a, "teamfile", out, "--onversleuteld") == 0
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    assert cli("--db", b, "merge", out) == 0
    assert "4 plekken nieuw" in capsys.readouterr().out


def test_conflict_detected_listed_and_resolution_merges_onward(laptops, tmp_path, capsys):
    a, b = laptops
    cli("--db", a, "teamfile", tmp_path / "a0.nulmeting")
    cli("--db", b, "merge", tmp_path / "a0.nulmeting")
    with open_store(a, clock=Clock("2026-01-05T10:00:00")) as s:
        place_id = s.conflicts() or None
        with s.engine.connect() as conn:
            place_id = conn.exec_driver_sql("SELECT id FROM place LIMIT 1").scalar_one()
        s.set("place", place_id, "name", "Buurthuis Fatima")
    with open_store(b, clock=Clock("2026-01-06T10:00:00")) as s:
        s.set("place", place_id, "name", "Buurthuis Yusuf")
    cli("--db", a, "teamfile", tmp_path / "a1.nulmeting")
    capsys.readouterr()
    assert cli("--db", b, "merge", tmp_path / "a1.nulmeting") == 0
    assert "1 conflict om te bekijken." in capsys.readouterr().out
    assert cli("--db", b, "conflicts") == 0
    listing = capsys.readouterr().out
    assert "Buurthuis Fatima" in listing and "Buurthuis Yusuf" in listing
    with open_store(b) as s:
        s.resolve("place", place_id, "name", "Buurthuis De Brug")
    cli("--db", b, "teamfile", tmp_path / "b1.nulmeting")
    assert cli("--db", a, "merge", tmp_path / "b1.nulmeting") == 0
    assert cli("--db", a, "conflicts") == 0
    assert "Geen open conflicten" in capsys.readouterr().out
    with open_store(a) as s:
        assert s.values("place", place_id)["name"] == "Buurthuis De Brug"


def test_other_area_is_merged_and_reported(laptops, tmp_path, capsys):
    a, _ = laptops
    c = make_store(tmp_path / "c" / "noord.sqlite", "Sanne", seed=3, area="noord")
    cli("--db", c, "teamfile", tmp_path / "c.nulmeting")
    assert cli("--db", a, "merge", tmp_path / "c.nulmeting") == 0
    assert "komt uit gebied noord" in capsys.readouterr().out


def test_merges_copy_nothing_and_keep_the_last_five_restore_points(laptops, tmp_path):
    """No copy of the store before a merge (it grew to minutes on a big store): the merge is
    one transaction and its restore point one row, written in that transaction."""
    import json

    from nulmeting.team.merge import RESTORE_POINTS, undo_last_merge

    a, b = laptops
    states = []
    for i in range(7):  # seven merges that each bring something new
        with open_store(b) as s:
            s.create("place", {"name": f"Plek {i}"})
        cli("--db", b, "teamfile", tmp_path / "b.nulmeting")
        states.append(content(a))
        assert cli("--db", a, "merge", tmp_path / "b.nulmeting") == 0
    assert not (a.parent / "backups").exists()
    assert sorted(p.name for p in a.parent.iterdir() if p.suffix == ".sqlite") == [a.name]
    with sqlite3.connect(a) as con:
        points = json.loads(
            con.execute("SELECT value FROM store_meta WHERE key = ?", (RESTORE_POINTS,)).fetchone()[
                0
            ]
        )
    con.close()
    assert len(points) == 5 and all(p["files"] == ["b.nulmeting"] for p in points)
    for back in range(6, 1, -1):  # each undo goes back exactly to the state before that merge
        with open_store(a) as s:
            undo_last_merge(s)
        assert content(a) == states[back]
    with open_store(a) as s, pytest.raises(UserError, match="geen samenvoeging"):
        undo_last_merge(s)


# --------------------------------------------------------------------------- bad input


def _newer_schema(src: Path, out: Path) -> Path:
    shutil.copyfile(src, out)
    with sqlite3.connect(out) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
    return out


def _garbage_rows(src: Path, out: Path) -> Path:
    shutil.copyfile(src, out)
    with sqlite3.connect(out) as con:
        con.execute(
            "INSERT INTO change (id, entity, record_id, field, value, parents, covers, "
            "author, laptop, at) VALUES ('00000000-0000-0000-0000-000000000000', "
            "'place', 'x', 'bestaat_niet', '{kapot', '[]', NULL, 'X', 'Y', "
            "'2026-01-01T00:00:00Z')"
        )
    return out


def _xlsx(out: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Plek"
    wb.save(out)
    return out


def _corrupt(src: Path, out: Path) -> Path:
    data = bytearray(src.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    return out


def _truncate(src: Path, out: Path) -> Path:
    data = src.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


@pytest.mark.parametrize(
    "case, message",
    [
        ("wrong-password", "Verkeerd teamwachtwoord"),
        ("no-password", "Geen teamwachtwoord"),
        ("truncated", "onvolledig"),
        ("corrupted", "beschadigd"),
        ("truncated-plain", "beschadigd"),
        ("xlsx", "geen Nulmeting-teambestand"),
        ("other-sqlite", "geen Nulmeting-teambestand"),
        ("newer-schema", "nieuwere versie"),
        ("newer-format", "nieuwere versie"),
        ("own-store", "zelf"),
        ("garbage-rows", "ongeldige wijziging"),
        ("missing", "bestaat niet"),
    ],
)
def test_bad_input_exit_2_dutch_message_store_byte_identical(
    laptops, tmp_path, capsys, monkeypatch, case, message
):
    a, b = laptops
    enc, plain = tmp_path / "b.nulmeting", tmp_path / "b-open.nulmeting"
    assert cli("--db", b, "teamfile", enc) == 0
    assert cli("--db", b, "teamfile", plain, "--onversleuteld") == 0
    bad = tmp_path / "bad.nulmeting"
    if case == "wrong-password":
        bad = enc
        monkeypatch.setenv(teamfile.PASSWORD_ENV, "verkeerd")
    elif case == "no-password":
        bad = enc
        monkeypatch.delenv(teamfile.PASSWORD_ENV)
    elif case == "truncated":
        _truncate(enc, bad)
    elif case == "corrupted":
        _corrupt(enc, bad)
    elif case == "truncated-plain":
        _truncate(plain, bad)
    elif case == "xlsx":
        _xlsx(tmp_path / "overzicht.xlsx").rename(bad)
    elif case == "other-sqlite":
        with sqlite3.connect(bad) as con:
            con.execute("CREATE TABLE t (x)")
    elif case == "newer-schema":
        _newer_schema(plain, bad)
    elif case == "newer-format":
        data = bytearray(enc.read_bytes())
        data[16:18] = (99).to_bytes(2, "big")
        bad.write_bytes(bytes(data))
    elif case == "own-store":
        bad = a
    elif case == "garbage-rows":
        _garbage_rows(plain, bad)
    elif case == "missing":
        bad = tmp_path / "weg.nulmeting"
    capsys.readouterr()
    before = digest(a)
    assert cli("--db", a, "merge", enc, bad) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("Fout: ")
    assert "Traceback" not in err
    assert digest(a) == before
    assert not (a.parent / "backups").exists()  # nothing merged, not even the good file


def test_older_schema_is_migrated_on_a_copy_then_merged(laptops, tmp_path, monkeypatch, capsys):
    """A team file written by the app at schema 0001 (tests/data, see its README) is migrated
    on a copy and merged; the original stays byte-for-byte the same."""
    a, b = laptops
    plain = tmp_path / "b-open.nulmeting"
    plain.write_bytes(gzip.decompress((DATA / "main-team.nulmeting.gz").read_bytes()))
    original = digest(plain)
    migrated: list[bytes] = []
    real = teamfile.migrate_copy

    def spy(data: bytes, scratch: Path) -> bytes:
        copy = real(data, scratch)
        migrated.append(copy)
        return copy

    monkeypatch.setattr(teamfile, "migrate_copy", spy)
    assert cli("--db", a, "merge", plain) == 0
    assert "8 plekken nieuw" in capsys.readouterr().out
    assert migrated and all(m.startswith(b"SQLite format 3") for m in migrated)
    assert digest(plain) == original


def test_write_teamfile_refuses_empty_password(store, tmp_path):
    from nulmeting.domain.errors import UserError

    with pytest.raises(UserError, match="leeg"):
        teamfile.write_teamfile(store, tmp_path / "x.nulmeting", "")


@pytest.mark.slow
def test_merge_killed_halfway_leaves_store_as_before(laptops, tmp_path):
    a, _ = laptops
    b = make_store(tmp_path / "c" / "big.sqlite", "Sanne", seed=7, places=80)
    assert cli("--db", b, "teamfile", tmp_path / "b.nulmeting") == 0
    before = content(a)
    env = {**os.environ, "NULMETING_TEST_MERGE_PAUSE": "60", teamfile.PASSWORD_ENV: PASSWORD}
    proc = subprocess.Popen(
        [sys.executable, "-m", "nulmeting", "--db", str(a), "merge", str(tmp_path / "b.nulmeting")],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        while "samenvoegen-pauze" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line or proc.poll() is None, "merge ended before the pause"
        assert "samenvoegen-pauze" in line
        # killed inside the transaction, after the ingest wrote its changes
        assert int(line.split()[-1]) > 10_000
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(a)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert content(a) == before
    with open_store(a) as s:  # and the store opens and merges normally afterwards
        assert s.counts()["place"] == 4


def test_conflicts_lists_delete_versus_edit(laptops, tmp_path, capsys):
    a, b = laptops
    cli("--db", a, "teamfile", tmp_path / "a0.nulmeting")
    cli("--db", b, "merge", tmp_path / "a0.nulmeting")
    with open_store(a, clock=Clock("2026-01-05T10:00:00")) as s:
        with s.engine.connect() as conn:
            place_id = conn.exec_driver_sql(
                "SELECT id FROM place WHERE created_at = (SELECT MIN(created_at) FROM place)"
            ).scalar_one()
        s.archive("place", place_id)
    with open_store(b, clock=Clock("2026-01-06T10:00:00")) as s:
        s.set("place", place_id, "notes", "Nog steeds open op dinsdag")
    cli("--db", a, "teamfile", tmp_path / "a1.nulmeting")
    capsys.readouterr()
    assert cli("--db", b, "merge", tmp_path / "a1.nulmeting") == 0
    assert (
        "1 conflict om te bekijken (bij 1 is iets verwijderd dat elders gewijzigd is)"
        in capsys.readouterr().out
    )
    assert cli("--db", b, "conflicts") == 0
    out = capsys.readouterr().out
    assert "Verwijderd of gewijzigd" in out
    assert "Fatima (2026-01-05 10:00): heeft dit verwijderd" in out
    assert "Yusuf (2026-01-06 10:00): wijzigde intussen: Nog steeds open op dinsdag" in out


def test_cancel_during_merge_stores_nothing(laptops, tmp_path):
    from nulmeting.domain.errors import Cancelled

    a, b = laptops
    cli("--db", b, "teamfile", tmp_path / "b.nulmeting")
    before = content(a)
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message.startswith("Samenvoegen:"):
            raise Cancelled

    with open_store(a) as s, pytest.raises(Cancelled):
        teamfile.merge_files(s, [tmp_path / "b.nulmeting"], PASSWORD, progress)
    assert seen == ["Controleren: b.nulmeting", "Samenvoegen: b.nulmeting"]
    assert content(a) == before


def test_a_failed_attach_is_dutch_and_the_next_merge_still_works(store, tmp_path):
    from nulmeting.domain.errors import UserError
    from nulmeting.team.merge import TeamSource, merge_sources

    with open_store(tmp_path / "ander.sqlite") as other:
        place = other.create("place", {"name": "De Pit"})
    gone = TeamSource(tmp_path / "verdwenen" / "weg.sqlite", "weg.sqlite")
    with pytest.raises(UserError, match="Samenvoegen mislukt"):
        merge_sources(store, [TeamSource(tmp_path / "ander.sqlite", "ander"), gone])
    assert not store.exists("place", place)  # the group is one transaction
    merge_sources(store, [TeamSource(tmp_path / "ander.sqlite", "ander")])
    assert store.values("place", place)["name"] == "De Pit"


def test_a_re_merge_that_brings_nothing_neither_copies_nor_writes(tmp_path, monkeypatch):
    """A weekly merge costs in proportion to what is new: files that bring nothing are not
    merged again, no backup copy and no restore point is made, the store file is untouched."""
    a = open_store(tmp_path / "a" / "a.sqlite")
    with open_store(make_store(tmp_path / "b" / "b.sqlite", "Sanne", seed=7, places=5)) as b:
        team = teamfile.write_teamfile(b, tmp_path / "b.nulmeting", None)
    first = teamfile.merge_files(a, [team], None)
    assert first[0].new_changes > 0
    assert not (a.path.parent / "backups").exists()  # no copy of the store, ever
    a.close()
    before = hashlib.sha256(a.path.read_bytes()).hexdigest()
    a = open_store(a.path)
    copies = []
    monkeypatch.setattr(teamfile, "backup_copy", lambda *args: copies.append(args))
    again = teamfile.merge_files(a, [team], None)
    a.close()
    assert (
        again[0].new_changes == 0
        and again[0].unchanged == first[0].places_added + first[0].records_added
    )
    assert copies == []
    assert hashlib.sha256(a.path.read_bytes()).hexdigest() == before


def test_a_merge_keeps_a_restore_point_and_undo_goes_back(tmp_path):
    from nulmeting.team.merge import undo_last_merge

    a = open_store(make_store(tmp_path / "a" / "a.sqlite", "Fatima", seed=3, places=4))
    own = a.create("place", {"name": "Eigen plek"})
    with open_store(make_store(tmp_path / "b" / "b.sqlite", "Sanne", seed=7, places=5)) as b:
        team = teamfile.write_teamfile(b, tmp_path / "b.nulmeting", None)
    before = a.counts()
    teamfile.merge_files(a, [team], None)
    assert a.counts()["place"] == before["place"] + 5
    a.set("place", own, "notes", "na de samenvoeging")  # an own edit afterwards stays
    print(undo_last_merge(a))
    assert a.counts() == before
    assert a.values("place", own)["notes"] == "na de samenvoeging"
    with pytest.raises(UserError, match="geen samenvoeging"):
        undo_last_merge(a)
    a.close()
