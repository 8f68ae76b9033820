"""A throwaway PostgreSQL on loopback for the sync tests (one cluster per session, one database
per test). Skipped with the reason on a developer machine without PostgreSQL; in CI (env ``CI``
set) a server that cannot start fails the run instead."""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cluster import SUPERPASSWORD, ClusterUnavailable, start_cluster

from nulmeting.store.store import open_store


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        reason = f"geen PostgreSQL-testserver: {exc}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (in CI mag dit niet overgeslagen worden)", pytrace=False)
        pytest.skip(reason)
    yield cluster
    cluster.stop()


@pytest.fixture
def server(pg_cluster):
    """A fresh, empty server database; ``server.url`` is the coordinator's address."""

    class Server:
        cluster = pg_cluster
        db = pg_cluster.create_database(f"t_{uuid.uuid4().hex[:12]}")
        url = pg_cluster.url(db=db)
        password = SUPERPASSWORD

        def admin(self):
            return pg_cluster.admin(self.db)

        def change_ids(self) -> set[str]:
            with self.admin() as conn:
                return {r[0] for r in conn.execute("SELECT id FROM change")}

    return Server()


class Clock:
    """Deterministic change times: every call one millisecond later."""

    def __init__(self, start: str) -> None:
        self.now = dt.datetime.fromisoformat(start)

    def __call__(self) -> str:
        self.now += dt.timedelta(milliseconds=1)
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def laptops(tmp_path):
    """``laptops("Fatima", "Piet")`` → stores with deterministic, distinct clocks."""
    opened = []

    def make(*names: str):
        out = []
        for name in names:
            n = len(opened)
            store = open_store(
                tmp_path / f"{name.lower()}.sqlite", clock=Clock(f"2025-12-0{n + 1}T10:00:00")
            )
            store.set_setting("interviewer", name)
            store.set_setting("round", "Nulmeting 2025-2026")
            opened.append(store)
            out.append(store)
        return out

    yield make
    for store in opened:
        store.close()
