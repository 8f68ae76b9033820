"""A sync killed with SIGKILL halfway through the pull leaves the laptop intact; a rerun completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from helpers import change_ids, local_snapshot, state

from nulmeting.exchange import demo
from nulmeting.store.store import open_store
from nulmeting.team import sync

pytestmark = pytest.mark.slow

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from nulmeting.team import sync
    from nulmeting.store.store import open_store

    db, url, password, marker = sys.argv[1:]
    sync.BATCH = 100
    seen = []

    def progress(done, total, message):
        if message.startswith("Wijzigingen ophalen") and done >= 300:
            part = Path(marker + ".deel")  # whole or not at all: the test waits for the name
            part.write_text(str(done))
            part.replace(marker)
            time.sleep(120)  # killed here, three batches into one open transaction

    sync.sync(open_store(db), url, password, progress=progress)
""")


def test_sigkill_during_pull_leaves_store_intact_and_rerun_completes(server, laptops, tmp_path):
    a, b = laptops("Fatima", "Piet")
    demo.generate(a, 8, seed=7)
    sync.sync(a, server.url, server.password)
    b.create("place", {"name": "Eigen plek", "district": "spangen"})
    before = local_snapshot(b)
    marker = tmp_path / "halfway"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(b.path), server.url, server.password, str(marker)]
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "sync stopte voordat hij halverwege was"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert int(marker.read_text()) >= 300
    with b.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    assert local_snapshot(b) == before
    reopened = open_store(b.path)  # as after a restart of the laptop
    try:
        assert local_snapshot(reopened) == before
    finally:
        reopened.close()
    summary = sync.sync(b, server.url, server.password)
    assert summary.pulled == len(change_ids(a))
    sync.sync(a, server.url, server.password)
    assert state(a) == state(b)
    assert change_ids(b) == server.change_ids()
