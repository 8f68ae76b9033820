"""Team files are a trust boundary: a file with any invalid change is refused whole (exit 2, the
store byte-identical, the reason and the first offending rows named). One test per finding of
issue #13; the server's side is in tests/server/test_trust.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from nulmeting.cli.main import main
from nulmeting.domain.errors import ValidationError
from nulmeting.domain.fields import field
from nulmeting.domain.validation import MAX_CHARS, clean
from nulmeting.store import changes
from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from nulmeting.team.ingest import Rejected, row_problem, split_batch
from tests.core.team.test_teamfile import PASSWORD, digest, make_store

COLS = changes.CHANGE_COLUMNS
LAPTOP = "00000000-0000-4000-8000-00000000beef"
AT = "2025-12-09T10:00:00.000000Z"


@pytest.fixture
def team(tmp_path, monkeypatch):
    """Fatima's store, and Yusuf's plain team file (4 demo plekken each)."""
    monkeypatch.setenv(teamfile.PASSWORD_ENV, PASSWORD)
    a = make_store(tmp_path / "a" / "fatima.sqlite", "Fatima", seed=1)
    b = make_store(tmp_path / "b" / "yusuf.sqlite", "Yusuf", seed=2)
    plain = tmp_path / "yusuf.nulmeting"
    assert main(["--db", str(b), "teamfile", str(plain), "--onversleuteld"]) == 0
    return a, b, plain


def _rows(path: Path, sql: str, params: tuple = ()) -> list[dict]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def _places(path: Path) -> list[str]:
    return [r["id"] for r in _rows(path, "SELECT id FROM place ORDER BY name")]


def _heads(path: Path, record_id: str, name: str) -> list[str]:
    row = _rows(
        path, "SELECT heads FROM field_state WHERE record_id = ? AND field = ?", (record_id, name)
    )[0]
    return json.loads(row["heads"])


def _tamper(path: Path, *rows: dict) -> Path:
    """Add rows to a team file's change log, as a forger with sqlite3 would."""
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            f"INSERT INTO change ({', '.join(COLS)}) VALUES ({', '.join('?' for _ in COLS)})",
            [[r[c] for c in COLS] for r in rows],
        )
    con.close()
    return path


def _valid(entity: str, record_id: str, name: str, value, parents=()) -> dict:
    return changes.make_change(
        entity, record_id, name, value, parents=parents, author="Indringer", laptop=LAPTOP, at=AT
    )


def _merge_refused(a: Path, bad: Path, capsys, *more: Path) -> str:
    before = digest(a)
    capsys.readouterr()
    assert main(["--db", str(a), "merge", *map(str, more), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "Traceback" not in err
    assert "helemaal geweigerd" in err and bad.name in err
    assert digest(a) == before
    assert not (a.parent / "backups").exists()
    return err


def test_forged_change_id_refuses_the_file(team, capsys):
    """A change carrying a real change's id with another value (ids are content hashes)."""
    a, _, plain = team
    place = _places(a)[0]
    real = _rows(a, "SELECT * FROM change WHERE record_id = ? AND field = 'name'", (place,))[0]
    con = sqlite3.connect(plain)  # the forger's copy of the real change, with a new value
    with con:
        con.execute(
            f"INSERT INTO change ({', '.join(COLS)}) VALUES ({', '.join('?' for _ in COLS)})",
            [real[c] if c != "value" else '"Gehackt"' for c in COLS],
        )
    con.close()
    err = _merge_refused(a, plain, capsys)
    assert "id past niet bij de inhoud" in err and real["id"][:8] in err


def test_foreign_parent_refuses_the_file(team, capsys):
    """A parent on another record would hide that record's value (here: a plek's name)."""
    a, _, plain = team
    victim = _places(a)[0]
    own = _places(plain)[0]
    sneaky = _valid("place", own, "notes", "gewone notitie", parents=_heads(a, victim, "name"))
    err = _merge_refused(a, _tamper(plain, sneaky), capsys)
    assert "voorganger ontbreekt" in err or "ander gegeven" in err


def test_foreign_parent_present_in_the_file_refuses_it(team, capsys, tmp_path):
    a, b, plain = team
    mine, other = _places(plain)[:2]
    sneaky = _valid("place", mine, "notes", "x", parents=_heads(plain, other, "name"))
    err = _merge_refused(a, _tamper(plain, sneaky), capsys)
    assert "hoort bij een ander gegeven of veld" in err


@pytest.mark.parametrize(
    "name, value, reason",
    [
        ("lease_until", "volgend jaar", "verwacht een datum"),
        ("lease_until", "2025-02-30", "geen bestaande datum"),
        ("founded", "1900", "verwacht een jaartal"),
        ("founded", 1500, "kleiner dan 1800"),
        ("wheelchair_accessible", 1, "verwacht ja of nee"),
        ("district", "atlantis", "verwacht een wijk"),
        ("types", ["kerk", "ufo"], "keuzes uit de lijst"),
    ],
)
def test_wrongly_typed_value_refuses_the_file(team, capsys, name, value, reason):
    a, _, plain = team
    row = _valid("place", _places(plain)[0], name, value)
    err = _merge_refused(a, _tamper(plain, row), capsys)
    assert reason in err


def test_1e400_refuses_the_file(team, capsys):
    a, _, plain = team
    row = {**_valid("interview", _places(plain)[0], "total_costs", 1), "value": "1e400"}
    row["id"] = changes.change_id(*(row[c] for c in COLS[1:]))
    err = _merge_refused(a, _tamper(plain, row), capsys)
    assert "verwacht een bedrag" in err or "onmogelijk groot" in err


def test_oversized_value_refuses_the_file_encrypted_too(team, capsys, tmp_path):
    a, b, _ = team
    with sqlite3.connect(b) as con:  # the forger edits his own store, then makes a team file
        row = _valid("place", _places(b)[0], "description", "x" * 50_000_000)
        con.execute(
            f"INSERT INTO change ({', '.join(COLS)}) VALUES ({', '.join('?' for _ in COLS)})",
            [row[c] for c in COLS],
        )
    con.close()
    enc = tmp_path / "groot.nulmeting"
    assert main(["--db", str(b), "teamfile", str(enc)]) == 0
    err = _merge_refused(a, enc, capsys)
    assert "te groot" in err


def test_a_good_file_with_a_bad_ninth_merges_nothing(team, capsys, tmp_path):
    """A merge of 9 files whose 9th is bad is all or nothing (two transaction groups)."""
    a, _, _ = team
    files = []
    for i in range(9):
        store = make_store(
            tmp_path / f"l{i}" / f"l{i}.sqlite", f"Laptop {i}", seed=10 + i, places=1
        )
        out = tmp_path / f"l{i}.nulmeting"
        assert main(["--db", str(store), "teamfile", str(out), "--onversleuteld"]) == 0
        files.append(out)
    _tamper(files[-1], _valid("place", _places(files[-1])[0], "lease_until", "gisteren"))
    err = _merge_refused(a, files[-1], capsys, *files[:-1])
    assert "l8.nulmeting" in err
    assert main(["--db", str(a), "merge", *map(str, files[:-1])]) == 0  # the good ones do
    assert len(_places(a)) == 4 + 8


def test_the_message_names_the_first_rows_and_the_count(team, capsys):
    a, _, plain = team
    pid = _places(plain)[0]
    rows = [_valid("place", pid, "lease_until", f"dag {i}") for i in range(5)]
    err = _merge_refused(a, _tamper(plain, *rows), capsys)
    assert "5 ongeldige wijziging(en)" in err
    assert err.count("  - Plek 'Huur tot' van '") == 3


# --------------------------------------------------------------------------- the checks alone


def test_size_limits_apply_where_a_person_types_too():
    with pytest.raises(ValidationError, match="te lang"):
        clean(field("place", "name"), "x" * (MAX_CHARS["text"] + 1))
    assert clean(field("place", "description"), "x" * MAX_CHARS["longtext"])
    with pytest.raises(ValidationError, match="onmogelijk groot"):
        clean(field("interview", "total_costs"), "1" + "0" * 15)
    with pytest.raises(ValidationError):
        clean(field("interview", "total_costs"), "1e400")


def test_every_change_the_app_writes_passes(tmp_path):
    """No false alarms: the demo's changes (every kind of field) pass the checks."""
    path = make_store(tmp_path / "d.sqlite", "Fatima", seed=3, places=30)
    rows = _rows(path, f"SELECT {', '.join(COLS)} FROM change")
    assert [r for r in rows if row_problem(r)] == []
    checked = split_batch(rows, lambda ids: {})
    assert checked.rejected == [] and len(checked.accepted) == len(rows)


def test_split_batch_does_not_depend_on_order_and_cascades(tmp_path):
    first = _valid("place", "11111111-1111-4111-8111-111111111111", "name", "De Pit")
    second = _valid("place", first["record_id"], "name", "De Pit 2", parents=[first["id"]])
    third = _valid("place", first["record_id"], "name", "De Pit 3", parents=[second["id"]])
    bad_first = {**first, "value": '"Gehackt"'}  # forged: the chain above it waits
    for batch in ([first, second, third], [third, second, first]):
        assert len(split_batch(batch, lambda ids: {}).accepted) == 3
    for batch in ([bad_first, second, third], [third, bad_first, second]):
        checked = split_batch(batch, lambda ids: {})
        assert checked.accepted == []
        reasons = {r.row["id"]: r.reason for r in checked.rejected}
        assert "id past niet" in reasons[first["id"]]
        assert "voorganger" in reasons[third["id"]]
    # parents already in the store count, when they are of the same field
    known = {first["id"]: ("place", first["record_id"], "name")}
    assert len(split_batch([second], lambda ids: known).accepted) == 1
    wrong = {first["id"]: ("place", first["record_id"], "notes")}
    assert isinstance(split_batch([second], lambda ids: wrong).rejected[0], Rejected)


def test_history_shows_which_team_file_delivered_a_change(team, capsys):
    a, _, plain = team
    mine = _places(a)[0]
    assert main(["--db", str(a), "merge", str(plain)]) == 0
    with open_store(a) as store:
        theirs = _places(plain)[0]
        origins = {h.origin for h in store.history("place", theirs)}
        assert len(origins) == 1
        (origin,) = origins
        assert origin.startswith("teambestand yusuf.nulmeting") and "Yusuf" in origin
        own = {h.origin for h in store.history("place", mine)}
        assert own <= {"op deze laptop ingevoerd"}
    capsys.readouterr()
    assert main(["--db", str(a), "history", theirs[:8]]) == 0
    out = capsys.readouterr().out
    assert "[teambestand yusuf.nulmeting (laptop " in out
    assert "geen handtekening" in out


# --------------------------------------------------------------------------- the header, the store


@pytest.mark.parametrize(
    "offset, value",
    [
        (19, 17),  # scrypt log2 N: 128 MiB instead of 32
        (20, 9),  # scrypt r
        (21, 2),  # scrypt p
        (22, None),  # chunk size 64 MiB
    ],
)
def test_scrypt_settings_outside_what_the_app_writes_are_refused_unread(
    team, tmp_path, capsys, offset, value
):
    import time

    a, b, _ = team
    enc = tmp_path / "b.nulmeting"
    assert main(["--db", str(b), "teamfile", str(enc)]) == 0
    data = bytearray(enc.read_bytes())
    if value is None:
        data[offset : offset + 4] = (64 << 20).to_bytes(4, "big")
    else:
        data[offset] = value
    enc.write_bytes(bytes(data))
    started = time.perf_counter()
    err = ""
    capsys.readouterr()
    assert main(["--db", str(a), "merge", str(enc)]) == 2
    err = capsys.readouterr().err
    assert "beschadigd" in err and "wachtwoord" not in err.lower()
    assert time.perf_counter() - started < 2


def _damage(path: Path, table: str = "change") -> None:
    """Overwrite the header of a leaf page of ``table``: flipped bytes in a page."""
    con = sqlite3.connect(path)
    pages = [
        r[0]
        for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        )
    ]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert pages
    page = pages[len(pages) // 2]
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xff" * 12)


def test_a_damaged_store_makes_no_team_file_and_merges_nothing(team, tmp_path, capsys):
    a, _, plain = team
    _damage(a)
    before = digest(a)
    capsys.readouterr()
    out = tmp_path / "a.nulmeting"
    assert main(["--db", str(a), "teamfile", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is beschadigd" in err and "geen teambestand gemaakt" in err
    assert not out.exists() and not out.with_name(out.name + ".deel").exists()
    assert main(["--db", str(a), "merge", str(plain)]) == 2
    assert "niets samengevoegd" in capsys.readouterr().err
    assert digest(a) == before


# --------------------------------------------------------------------------- kill -9


def test_kill_9_during_merge_leaves_no_plaintext(tmp_path, monkeypatch):
    """Killed inside the merge transaction: nothing of the decrypted team file is left in the
    temp folder (it was never there: SQLite opened it from memory)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    monkeypatch.setenv(teamfile.PASSWORD_ENV, PASSWORD)
    a = make_store(tmp_path / "a" / "fatima.sqlite", "Fatima", seed=1)
    b = make_store(tmp_path / "b" / "yusuf.sqlite", "Yusuf", seed=2, places=30)
    with open_store(b) as store:
        pid = store.create("place", {"name": "Geheime Plek Zonder Gelijke"})
        store.create(
            "contact",
            {
                "place_id": pid,
                "name": "Jan Jansen",
                "email": "jan.jansen@voorbeeld.nl",
                "consent_date": "2025-11-01",
                "consent_purposes": ["meting"],
            },
        )
    enc = tmp_path / "yusuf.nulmeting"
    assert main(["--db", str(b), "teamfile", str(enc)]) == 0
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {
        **os.environ,
        "NULMETING_TEST_MERGE_PAUSE": "60",
        "TMPDIR": str(temp),
        teamfile.PASSWORD_ENV: PASSWORD,
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "nulmeting", "--db", str(a), "merge", str(enc)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        while "samenvoegen-pauze" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line or proc.poll() is None, "merge ended before the pause"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    secrets = [b"Geheime Plek Zonder Gelijke", b"jan.jansen@voorbeeld.nl"]
    leftovers = [
        p for p in temp.rglob("*") if p.is_file() and any(s in p.read_bytes() for s in secrets)
    ]
    assert leftovers == []
    assert all(not any(p.iterdir()) for p in temp.iterdir() if p.is_dir())  # empty at most
    # and the killed run's (empty) folder goes at the next team-file command
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert len(list(temp.iterdir())) == 1
    assert teamfile.sweep_scratch() == 1
    assert list(temp.iterdir()) == []


def test_a_failure_in_the_last_of_nine_files_stores_none_of_them(
    team, tmp_path, monkeypatch, capsys
):
    """Defence in depth: should the merge itself fail after the checks (a full disk) in the
    last of nine files (more than SQLite can ATTACH at once), the eight already ingested are
    rolled back with it: one transaction, no copy of the store."""
    from nulmeting.team import merge

    a, _, _ = team
    files = []
    for i in range(9):
        store = make_store(
            tmp_path / f"l{i}" / f"l{i}.sqlite", f"Laptop {i}", seed=10 + i, places=1
        )
        out = tmp_path / f"l{i}.nulmeting"
        assert main(["--db", str(store), "teamfile", str(out), "--onversleuteld"]) == 0
        files.append(out)
    real = merge._merge_one

    done = []

    def failing(conn, k, source, total):
        if source.label == "l8.nulmeting":
            raise sqlite3.OperationalError("database or disk is full")
        summary = real(conn, k, source, total)
        done.append(summary.new_changes)
        return summary

    monkeypatch.setattr(merge, "_merge_one", failing)
    before = _rows(a, "SELECT id FROM change ORDER BY id")
    assert main(["--db", str(a), "merge", *map(str, files)]) == 2
    assert "Samenvoegen mislukt" in capsys.readouterr().err
    assert len(done) == 8 and all(done)  # eight files were ingested, in the transaction
    assert _rows(a, "SELECT id FROM change ORDER BY id") == before
    assert len(_places(a)) == 4
    assert not (a.parent / "backups").exists()


# --------------------------------------------------------------------------- size limits on import


def test_an_overlong_name_in_a_workbook_is_a_row_error(tmp_path):
    import openpyxl

    from nulmeting.exchange.importer import plan_import

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plekken"
    ws.append(["ID", "Naam", "Wijk"])
    ws.append(["", "Goed", "Spangen"])
    ws.append(["", "x" * 5_000, "Spangen"])
    wb.save(tmp_path / "lang.xlsx")
    with open_store(tmp_path / "s.sqlite") as store:
        plan = plan_import(store, tmp_path / "lang.xlsx")
    errors = "\n".join(plan.errors)
    assert "Rij 3: Naam: de tekst is te lang (5.000 tekens; hoogstens 500)" in errors
    assert "Rij 2" not in errors


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_unread(tmp_path, capsys):
    """A small xlsx holding one 300 MB name (it compresses to ~300 KB)."""
    import zipfile

    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b"<sst><si><t>")
            block = b"x" * (1 << 20)
            for _ in range(300):
                f.write(block)
            f.write(b"</t></si></sst>")
    assert path.stat().st_size < 2_000_000
    db = tmp_path / "s.sqlite"
    open_store(db).close()
    before = digest(db)
    assert main(["--db", str(db), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "pakt uit tot 300 MB" in err and "niet gelezen" in err
    assert digest(db) == before


def test_the_rule_is_in_the_workbooks_toelichting(tmp_path):
    import openpyxl

    db = make_store(tmp_path / "s.sqlite", "Fatima", seed=1)
    out = tmp_path / "overzicht.xlsx"
    assert main(["--db", str(db), "export", str(out)]) == 0
    ws = openpyxl.load_workbook(out, read_only=True)["Toelichting"]
    rows = {r[0]: r[2] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert "helemaal geweigerd" in rows["Controle bij binnenkomst"]
    assert "apart gezet" in rows["Controle bij binnenkomst"]
    assert "geen handtekening" in rows["Herkomst van wijzigingen"]


def test_a_command_that_trips_over_a_damaged_page_says_so_in_dutch(team, capsys):
    a, _, _ = team
    _damage(a, "activity")
    capsys.readouterr()
    assert main(["--db", str(a), "info"]) == 2
    err = capsys.readouterr().err
    assert "het gegevensbestand is beschadigd" in err and "Traceback" not in err


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_file_changed_between_check_and_merge_is_not_merged(
    team, tmp_path, monkeypatch, capsys, encrypted
):
    """What is merged is exactly what was checked (the stick is not trusted in between)."""
    a, b, plain = team
    path = plain
    if encrypted:
        path = tmp_path / "yusuf-enc.nulmeting"
        assert main(["--db", str(b), "teamfile", str(path)]) == 0
    real = teamfile.check_file

    def check_then_swap(store, p, password, scratch):
        checked = real(store, p, password, scratch)
        with sqlite3.connect(b) as con:  # the sender's store gains a bad change ...
            row = _valid("place", _places(b)[0], "lease_until", "straks")
            con.execute(
                f"INSERT INTO change ({', '.join(COLS)}) VALUES ({', '.join('?' for _ in COLS)})",
                [row[c] for c in COLS],
            )
        con.close()
        args = ["--db", str(b), "teamfile", str(p)]  # ... and the file is made again
        assert main(args if encrypted else [*args, "--onversleuteld"]) == 0
        return checked

    monkeypatch.setattr(teamfile, "check_file", check_then_swap)
    capsys.readouterr()
    assert main(["--db", str(a), "merge", str(path)]) == 2
    assert "veranderd sinds de controle" in capsys.readouterr().err
    assert _rows(a, "SELECT COUNT(*) AS n FROM change WHERE value = '\"straks\"'")[0]["n"] == 0
    assert len(_places(a)) == 4


def test_kill_9_in_a_merge_of_several_files_leaves_the_store_as_before(tmp_path, monkeypatch):
    """Three files are one transaction; killed inside it, after all three were ingested, the
    store is exactly as before -- at once, with no copy of it and nothing to undo at the next
    open (the note of older versions is never written)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from nulmeting.store import undo
    from tests.core.team.test_teamfile import content

    a = make_store(tmp_path / "a" / "fatima.sqlite", "Fatima", seed=1)
    files = []
    for i in range(3):
        store = make_store(
            tmp_path / f"l{i}" / f"l{i}.sqlite", f"Laptop {i}", seed=20 + i, places=2
        )
        out = tmp_path / f"l{i}.nulmeting"
        assert main(["--db", str(store), "teamfile", str(out), "--onversleuteld"]) == 0
        files.append(str(out))
    before = content(a)
    env = {**os.environ, "NULMETING_TEST_MERGE_PAUSE": "30"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "nulmeting", "--db", str(a), "merge", *files],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line, deadline = "", time.monotonic() + 60
        while "samenvoegen-pauze" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line or proc.poll() is None, "merge ended before the pause"
        new = int(line.split()[-1])
        os.kill(proc.pid, signal.SIGKILL)  # inside the one transaction, all three ingested
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert new > 0
    assert not undo.note_path(a).exists()
    assert content(a) == before  # before the store is even opened again
    with open_store(a) as store:
        assert store.counts()["place"] == 4
    assert main(["--db", str(a), "merge", *files]) == 0  # and merging again works
    with open_store(a) as store:
        assert store.counts()["place"] == 4 + 3 * 2
