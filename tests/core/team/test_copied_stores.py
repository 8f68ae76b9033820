"""A coordinator prepares one store and hands out copies: each copy becomes a laptop of its own.

Before, every copy kept the laptop identity inside the file and merging the copies' team files
was refused ("…is het teambestand van deze laptop zelf").
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from nulmeting.cli.main import main
from nulmeting.exchange import demo
from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from tests.conftest import Clock


def cli(*args: object) -> int:
    return main([str(a) for a in args])


def _meta(path: Path, key: str) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()[0]


def _coordinator_and_copies(tmp_path: Path) -> tuple[Path, Path, Path, list[str]]:
    original = tmp_path / "coordinator" / "nulmeting.sqlite"
    with open_store(original, clock=Clock()) as s:
        s.set_setting("interviewer", "Coördinator")
        demo.generate(s, 4, seed=3)
        with s.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM place ORDER BY name")]
    copies = []
    for name in ("fatima", "yusuf"):  # the file copied as it is (a USB stick, a mail)
        target = tmp_path / name / "nulmeting.sqlite"
        target.parent.mkdir()
        shutil.copyfile(original, target)
        copies.append(target)
    return original, copies[0], copies[1], ids


def test_copies_become_laptops_of_their_own_and_merge_both_ways(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(teamfile.PASSWORD_ENV, "Delfshaven-2026!")
    original, fatima, yusuf, ids = _coordinator_and_copies(tmp_path)
    first_id = _meta(original, "laptop_id")
    assert _meta(fatima, "laptop_id") == first_id  # a plain copy, not opened yet

    with open_store(fatima, clock=Clock("2025-12-03T10:00:00")) as s:
        assert s.became_copy
        s.set_setting("interviewer", "Fatima")
        s.set("place", ids[0], "name", "Buurthuis Fatima")
    with open_store(yusuf, clock=Clock("2025-12-04T10:00:00")) as s:
        assert s.became_copy
        s.set_setting("interviewer", "Yusuf")
        s.set("place", ids[1], "name", "Huiskamer Yusuf")
    with open_store(original) as s:
        assert not s.became_copy  # the original stays the laptop it was
    laptops = {_meta(p, "laptop_id") for p in (original, fatima, yusuf)}
    assert len(laptops) == 3 and first_id in laptops
    assert _meta(fatima, "copied_from_laptop") == first_id
    with open_store(fatima) as s:  # opened again at its place: the identity stays
        assert not s.became_copy

    f_file, y_file = tmp_path / "fatima.nulmeting", tmp_path / "yusuf.nulmeting"
    assert cli("--db", fatima, "teamfile", f_file) == 0
    assert cli("--db", yusuf, "teamfile", y_file) == 0
    capsys.readouterr()
    assert cli("--db", fatima, "merge", y_file) == 0
    assert "1 plek bijgewerkt" in capsys.readouterr().out
    assert cli("--db", yusuf, "merge", f_file) == 0
    assert cli("--db", original, "merge", f_file, y_file) == 0
    for path in (original, fatima, yusuf):
        with open_store(path) as s:
            assert s.values("place", ids[0])["name"] == "Buurthuis Fatima"
            assert s.values("place", ids[1])["name"] == "Huiskamer Yusuf"
            assert s.conflict_count() == 0


def test_merging_the_own_team_file_is_a_harmless_one_liner(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(teamfile.PASSWORD_ENV, "Delfshaven-2026!")
    original, _f, _y, _ids = _coordinator_and_copies(tmp_path)
    own = tmp_path / "eigen.nulmeting"
    assert cli("--db", original, "teamfile", own) == 0
    with sqlite3.connect(original) as con:
        before = con.execute("SELECT COUNT(*), MAX(seq) FROM change").fetchone()
    capsys.readouterr()
    assert cli("--db", original, "merge", own) == 0
    out, err = capsys.readouterr()
    assert out.strip().splitlines() == [
        "eigen.nulmeting is het teambestand van deze laptop zelf; er is niets nieuws in, er is "
        "niets veranderd."
    ]
    assert err == ""
    with sqlite3.connect(original) as con:
        assert con.execute("SELECT COUNT(*), MAX(seq) FROM change").fetchone() == before
