"""Ordinary trouble gets a Dutch message and exit 2, and leaves nothing broken behind (issue 19):
export onto a folder, a full disk during a backup or an export, a team file pointing to a plek
that does not exist, a read-only folder or medium, and leftovers of killed work."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from nulmeting.domain.errors import UserError
from nulmeting.exchange import demo, export
from nulmeting.store.store import open_store
from nulmeting.team import teamfile


def cli(*args, user: int | None = None) -> subprocess.CompletedProcess:
    prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "nulmeting", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def content(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, value FROM change ORDER BY id").fetchall()
    finally:
        con.close()


def test_export_onto_an_existing_folder_is_exit_2(store, tmp_path):
    (tmp_path / "overzicht.xlsx").mkdir()
    store.close()
    done = cli("--db", store.path, "export", tmp_path / "overzicht.xlsx")
    assert done.returncode == 2, done.stderr
    assert "is een map" in done.stderr and "Traceback" not in done.stderr


def test_a_full_disk_during_an_export_is_a_dutch_message_and_no_leftover(
    store, tmp_path, monkeypatch
):
    demo.generate(store, 5, seed=1)
    import xlsxwriter.workbook

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    with pytest.raises(UserError, match="de schijf is vol"):
        export.write_overview(store, tmp_path / "o.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == []


def test_a_full_disk_halfway_through_a_merge_of_several_files(store, tmp_path, monkeypatch):
    """Three files are one transaction: the disk fills up while the third is ingested (after
    two were), and the store is exactly as before -- no copy of it was needed for that."""
    from nulmeting.store import changes

    demo.generate(store, 3, seed=1)
    teams = []
    for i in range(3):
        with open_store(tmp_path / f"l{i}" / "l.sqlite") as other:
            demo.generate(other, 3, seed=2 + i)
            teams.append(teamfile.write_teamfile(other, tmp_path / f"l{i}.nulmeting", None))
    from tests.core.team.test_teamfile import content as tables

    before = content(store.path), tables(store.path)
    real, calls = changes.ingest_batches, []

    def full(conn, batches):
        calls.append(1)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        return real(conn, batches)

    monkeypatch.setattr(changes, "ingest_batches", full)
    with pytest.raises(UserError, match="schijf .* is vol"):
        teamfile.merge_files(store, teams, None)
    assert len(calls) == 3
    assert (content(store.path), tables(store.path)) == before
    assert not (store.path.parent / "backups").exists()
    monkeypatch.setattr(changes, "ingest_batches", real)
    assert [s.places_added for s in teamfile.merge_files(store, teams, None)] == [3, 3, 3]


def test_leftovers_of_a_killed_export_and_team_file_are_cleaned(store, tmp_path):
    old = time.time() - 3600
    tmp_xlsx = tmp_path / ".nulmeting-abc123.xlsx"
    tmp_xlsx.write_bytes(b"PK\x03\x04 half")
    deel = tmp_path / "team.nulmeting.deel"
    deel.write_bytes(teamfile.MAGIC + b"half")
    mine = tmp_path / "notities.deel"  # not ours: stays
    mine.write_text("mijn eigen bestand")
    for p in (tmp_xlsx, deel, mine):
        os.utime(p, (old, old))
    fresh = tmp_path / ".nulmeting-running.xlsx"  # another export still running: stays
    fresh.write_bytes(b"PK")
    export.write_overview(store, tmp_path / "o.xlsx")
    teamfile.write_teamfile(store, tmp_path / "other.nulmeting", None)
    names = {p.name for p in tmp_path.iterdir()}
    assert ".nulmeting-abc123.xlsx" not in names and "team.nulmeting.deel" not in names
    assert {"notities.deel", ".nulmeting-running.xlsx", "o.xlsx", "other.nulmeting"} <= names


def test_a_team_file_pointing_to_a_missing_plek_is_exit_2(store, tmp_path):
    with open_store(tmp_path / "b" / "b.sqlite") as other:
        place = other.create("place", {"name": "De Pit"})
        other.create("activity", {"place_id": place, "name": "Koffie"})
        team = teamfile.write_teamfile(other, tmp_path / "b.nulmeting", None)
    con = sqlite3.connect(team)
    con.execute("DELETE FROM change WHERE entity = 'place'")
    con.commit()
    con.close()
    store.close()
    before = content(store.path)
    done = cli("--db", store.path, "merge", team)
    assert done.returncode == 2, done.stderr
    assert "verwijst naar een plek of meting die niet bestaat" in done.stderr
    assert "Traceback" not in done.stderr
    assert content(store.path) == before


needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv"),
    reason="a read-only folder needs another user than root",
)


@pytest.fixture
def shared_dir():
    """A folder another user (nobody) can read."""
    path = Path(tempfile.mkdtemp(prefix="nulmeting-ro-test-", dir="/tmp"))
    path.chmod(0o755)
    yield path
    for p in [path, *path.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(path)


@needs_root
def test_a_store_in_a_read_only_folder_is_not_called_damaged(shared_dir):
    folder = shared_dir / "stick"
    folder.mkdir()
    with open_store(folder / "s.sqlite") as s:
        s.create("place", {"name": "De Pit"})
    (folder / "s.sqlite").chmod(0o444)
    folder.chmod(0o555)
    done = cli("--db", folder / "s.sqlite", "info", user=65534)
    assert done.returncode == 2, done.stderr
    assert "alleen-lezen" in done.stderr and "niet beschadigd" in done.stderr
    assert "reservekopie" not in done.stderr


@needs_root
def test_a_team_file_on_a_read_only_medium_merges(shared_dir):
    stick = shared_dir / "stick"
    stick.mkdir()
    with open_store(shared_dir / "b.sqlite") as other:
        other.create("place", {"name": "Het Anker"})
        teamfile.write_teamfile(other, stick / "b.nulmeting", None)
    (stick / "b.nulmeting").chmod(0o444)
    stick.chmod(0o555)
    home = shared_dir / "home"
    home.mkdir()
    shutil.chown(home, 65534, 65534)
    done = cli("--db", home / "s.sqlite", "merge", stick / "b.nulmeting", user=65534)
    assert done.returncode == 0, done.stderr
    done = cli("--db", home / "s.sqlite", "export", stick / "o.xlsx", user=65534)
    assert done.returncode == 2 and "alleen-lezen" in done.stderr, done.stderr


def test_a_full_disk_during_the_backup_before_a_schema_update(tmp_path, monkeypatch):
    from nulmeting.store import store as store_module

    path = tmp_path / "s.sqlite"
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0001'")  # an older store
    con.commit()
    con.close()
    before = path.read_bytes()

    def full(source, target):
        Path(target).write_bytes(b"SQLite format 3\x00")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "backup_copy", full)
    with pytest.raises(UserError, match="de schijf is vol"):
        open_store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "s.sqlite"
    ]  # no broken backup
