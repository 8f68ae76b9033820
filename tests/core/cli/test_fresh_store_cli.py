"""What a newcomer types first: a fresh store, a typo in --db, a Dutch Excel CSV."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from nulmeting.cli.main import main
from nulmeting.reading.intake import suggested_round

# What Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)": semicolons,
# Windows-1252, CRLF line ends.
DUTCH_CSV = (
    "Naam;Wijk;Adres;Postcode;Metingstatus\r\n"
    "Buurthuis De Pit;Bospolder;Schiedamseweg 12;3026 AB;Gepland\r\n"
    "Café Huiskamer;Oud-Mathenesse;Pieter de Raadtstraat 3;3025 CD;Gepland\r\n"
)


def cli(*args: object) -> int:
    return main([str(a) for a in args])


def test_fresh_store_imports_a_dutch_excel_csv(tmp_path, capsys):
    csv = tmp_path / "plekken.csv"
    csv.write_bytes(DUTCH_CSV.encode("cp1252"))
    db = tmp_path / "nieuw" / "team.db"
    assert cli("--db", db, "import", csv) == 0
    out, err = capsys.readouterr()
    winter = suggested_round()
    assert f"Meetmoment ingesteld op “{winter}”" in out
    assert err.strip() == f"Nieuw gegevensbestand gemaakt: {db}"
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT value FROM store_meta WHERE key = 'round'").fetchone() == (
            winter,
        )
        rows = con.execute(
            "SELECT p.name, i.status, i.round FROM place p JOIN interview i "
            "ON i.place_id = p.id ORDER BY p.name"
        ).fetchall()
    assert rows == [("Buurthuis De Pit", "gepland", winter), ("Café Huiskamer", "gepland", winter)]
    # a second import into the same store: the meetmoment is there, nothing said about it
    assert cli("--db", db, "import", csv) == 0
    out, err = capsys.readouterr()
    assert "Meetmoment ingesteld" not in out and err == ""


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["export", "{tmp}/uit.xlsx"],
        ["conflicts"],
        ["duplicates"],
        ["teamfile", "{tmp}/team.nulmeting", "--onversleuteld"],
        ["settings"],
        ["archive", "0b7e9c1e-0000-4000-8000-000000000000"],
        ["restore", "--lijst"],
    ],
)
def test_reading_commands_refuse_a_missing_store_creating_nothing(tmp_path, capsys, command):
    db = tmp_path / "typo" / "map" / "x.db"
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    assert cli("--db", db, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: Het gegevensbestand") and "bestaat niet" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no folder, no store, no workbook


@pytest.mark.parametrize("command", [["demo", "--plekken", "2"], ["settings", "--weken", "48"]])
def test_creating_commands_say_they_created_a_store(tmp_path, capsys, command):
    db = tmp_path / "nieuw.db"
    assert cli("--db", db, *command) == 0
    assert capsys.readouterr().err.strip() == f"Nieuw gegevensbestand gemaakt: {db}"
    assert cli("--db", db, "info") == 0
    out, err = capsys.readouterr()
    assert err == "" and "Open conflicten: 0" in out
    assert Path(db).is_file()


def test_archive_and_restore_on_the_command_line(tmp_path, capsys):
    db = tmp_path / "x.db"
    assert cli("--db", db, "demo", "--plekken", "3") == 0
    with sqlite3.connect(db) as con:
        pid, name = con.execute("SELECT id, name FROM place ORDER BY name LIMIT 1").fetchone()
    capsys.readouterr()
    assert cli("--db", db, "archive", name.upper()) == 0  # by name, case does not matter
    assert f"Plek '{name}' gearchiveerd" in capsys.readouterr().out
    assert cli("--db", db, "archive", pid) == 2  # already archived: said, nothing changed
    assert "is niet in de lijst" in capsys.readouterr().err
    assert cli("--db", db, "restore") == 0
    out = capsys.readouterr().out
    assert out.startswith("1 gearchiveerde plek(ken):") and name in out and pid in out
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT archived FROM place WHERE id = ?", (pid,)).fetchone() == (1,)
    assert cli("--db", db, "restore", pid) == 0
    assert f"Plek '{name}' is teruggezet" in capsys.readouterr().out
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT archived FROM place WHERE id = ?", (pid,)).fetchone() == (0,)
    assert cli("--db", db, "restore", "--lijst") == 0
    assert capsys.readouterr().out.strip() == "Geen gearchiveerde plekken."
    assert cli("--db", db, "restore", "Bestaat Niet") == 2
