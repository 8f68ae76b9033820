"""An edit typed in the window while another process writes to the store (a CLI merge) waits,
is kept when the store stays busy, and is stored once the merge is done -- also after the person
moved on to another plek (issue 19)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

from nulmeting.exchange import demo
from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from tests.gui.form_helpers import fill


def test_a_window_edit_survives_a_concurrent_cli_merge(qtbot, form, store, tmp_path):
    first = store.create("place", {"name": "Buurthuis De Pit"})
    second = store.create("place", {"name": "Speeltuin Het Anker"})
    with open_store(tmp_path / "sanne.sqlite") as other:
        other.set_setting("interviewer", "Sanne")
        demo.generate(other, 20, seed=5)
        team = teamfile.write_teamfile(other, tmp_path / "sanne.nulmeting", None)
    form.load_place(first)
    statuses: list[str] = []
    form.savedStatus.connect(statuses.append)

    env = {**os.environ, "NULMETING_TEST_MERGE_PAUSE": "5"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "nulmeting", "--db", str(store.path), "merge", str(team)],
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
        # the merge holds the write lock now; the person types a note and moves on
        fill(qtbot, form, "place", "notes", "Gesprek met de voorzitter")
        assert form.pending_count() == 1
        assert statuses and statuses[-1].startswith("Nog niet opgeslagen")
        assert not any("Niet opgeslagen: Niet opgeslagen" in s for s in statuses)
        form.load_place(second)
        assert form.pending_count() == 1
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    qtbot.waitUntil(lambda: form.pending_count() == 0, timeout=15000)
    con = sqlite3.connect(store.path)
    try:
        notes = con.execute("SELECT notes FROM place WHERE id = ?", (first,)).fetchone()[0]
        merged = con.execute("SELECT COUNT(*) FROM place WHERE NOT archived").fetchone()[0]
    finally:
        con.close()
    assert notes == "Gesprek met de voorzitter"
    assert merged == 22  # the merge's plekken are there too
    assert statuses[-1].startswith("Opgeslagen")
