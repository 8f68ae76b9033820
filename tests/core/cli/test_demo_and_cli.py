"""Demo data determinism, and the CLI's exit codes and Dutch messages."""

import subprocess
import sys

import pytest

from nulmeting.cli.main import COMMANDS, main, with_default_command
from nulmeting.exchange import demo
from nulmeting.store.schema import HEAD
from nulmeting.store.store import open_store


def snapshot(store):
    with store.engine.connect() as conn:
        return {
            "places": conn.exec_driver_sql(
                "SELECT id, name, district, postcode FROM place ORDER BY id"
            ).all(),
            "activities": conn.exec_driver_sql(
                "SELECT id, place_id, name, days, start FROM activity ORDER BY id"
            ).all(),
            "changes": conn.exec_driver_sql(
                "SELECT entity, record_id, field, value, at FROM change ORDER BY record_id, field"
            ).all(),
        }


def test_demo_is_deterministic_per_seed(tmp_path):
    stores = [open_store(tmp_path / f"{name}.sqlite") for name in ("a", "b", "c")]
    for store, seed in zip(stores, (7, 7, 8), strict=True):
        demo.generate(store, 15, seed=seed, interviewer="Demo")
    a, b, c = (snapshot(s) for s in stores)
    assert a == b
    assert {p[0] for p in a["places"]}.isdisjoint({p[0] for p in c["places"]})
    assert len(a["places"]) == 15 and len(a["activities"]) >= 45
    for s in stores:
        s.close()


def test_demo_data_is_plausible(tmp_path):
    with open_store(tmp_path / "d.sqlite") as store:
        demo.generate(store, 30, seed=3, interviewer="Demo")
        counts = store.counts()
        assert counts["place"] == counts["interview"] == counts["contact"] == 30
        with store.engine.connect() as conn:
            districts = {r[0] for r in conn.exec_driver_sql("SELECT district FROM place")}
            emails = [r[0] for r in conn.exec_driver_sql("SELECT email FROM contact")]
            authors = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT author FROM change")}
        assert districts <= {
            "delfshaven",
            "bospolder",
            "tussendijken",
            "spangen",
            "nieuwe-westen",
            "middelland",
            "oud-mathenesse",
            "witte-dorp",
            "schiemond",
        }
        assert len(districts) >= 4
        assert all(e.endswith("@example.org") for e in emails)
        assert authors == {"Demo"}


def test_cli_info_and_demo(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    assert main(["--db", str(db), "demo", "--plekken", "5", "--seed", "2"]) == 0
    assert main(["--db", str(db), "info"]) == 0
    out = capsys.readouterr().out
    assert f"Schemaversie:    {HEAD}" in out
    assert "Plek" in out and "       5" in out


def test_cli_bad_store_exit_2(tmp_path, capsys):
    bad = tmp_path / "x.sqlite"
    bad.write_text("geen database")
    assert main(["--db", str(bad), "info"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "geen SQLite-database" in err


def test_cli_version_and_module_entry():
    out = subprocess.run(
        [sys.executable, "-m", "nulmeting", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().startswith("Nulmeting ")


def test_cli_bad_argument_exit_2(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "s.sqlite"), "demo", "--plekken", "-3"]) == 2


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--smoke-test"], ["gui", "--smoke-test"]),
        (["--db", "x.sqlite", "--smoke-test"], ["--db", "x.sqlite", "gui", "--smoke-test"]),
        (["--db=x.sqlite", "--smoke-test"], ["--db=x.sqlite", "gui", "--smoke-test"]),
        (
            ["--db", "x.sqlite", "demo", "--plekken", "3"],
            ["--db", "x.sqlite", "demo", "--plekken", "3"],
        ),
        (["gui", "--smoke-test"], ["gui", "--smoke-test"]),
        (["--version"], ["--version"]),
        (["--help"], ["--help"]),
        ([], ["gui"]),
        (["--db", "x.sqlite"], ["--db", "x.sqlite", "gui"]),
    ],
)
def test_options_without_a_command_go_to_the_default(argv, expected):
    commands = {"gui": ("ui.command", "venster"), **COMMANDS}
    assert with_default_command(argv, "gui", commands) == expected
