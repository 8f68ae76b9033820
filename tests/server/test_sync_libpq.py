"""``nulmeting sync`` connects as libpq would and asks a password only when the server wants one.

Run as a person's script would: a separate process with no terminal (stdin is /dev/null) and no
password variables. Before, sync asked for a password first and failed without a terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from nulmeting.exchange import demo
from nulmeting.store.store import open_store


def _run(db: Path, url: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PGPASSWORD", "NULMETING_SERVERWACHTWOORD", "PGPASSFILE"}
    }
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "nulmeting", "--db", str(db), "sync", url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _laptop(tmp_path: Path) -> Path:
    db = tmp_path / "laptop.sqlite"
    with open_store(db) as s:
        s.set_setting("interviewer", "Fatima")
        demo.generate(s, 3, seed=5)
    return db


def _database_for(cluster, role: str, password: str | None) -> str:
    db = f"t_{uuid.uuid4().hex[:12]}"
    with cluster.admin() as conn:
        pw = f" PASSWORD '{password}'" if password else ""
        conn.execute(f'CREATE ROLE "{role}" LOGIN CREATEROLE{pw}')  # sets up the server
        conn.execute(f'CREATE DATABASE "{db}" OWNER "{role}"')
    return db


def _server_changes(cluster, db: str) -> int:
    with cluster.admin(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM change").fetchone()[0])


def test_trust_server_no_password_no_terminal(pg_cluster, tmp_path):
    role = f"vertrouwd_{uuid.uuid4().hex[:6]}"
    db = _database_for(pg_cluster, role, None)
    hba = pg_cluster.data / "pg_hba.conf"
    hba.write_text(f"host all {role} 127.0.0.1/32 trust\n" + hba.read_text())
    with pg_cluster.admin() as conn:
        conn.execute("SELECT pg_reload_conf()")
    laptop = _laptop(tmp_path)
    run = _run(laptop, pg_cluster.url(user=role, db=db), {})
    assert run.returncode == 0, run.stderr
    assert "Wachtwoord" not in run.stderr and "wachtwoord" not in run.stdout
    with open_store(laptop) as s, s.read() as conn:
        local = conn.execute("SELECT COUNT(*) FROM change").fetchone()[0]
    assert _server_changes(pg_cluster, db) == local > 0


def test_password_from_pgpassfile_no_terminal(pg_cluster, tmp_path):
    role = f"pgpass_{uuid.uuid4().hex[:6]}"
    db = _database_for(pg_cluster, role, "uit-pgpass")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:{db}:{role}:uit-pgpass\n")
    pgpass.chmod(0o600)
    run = _run(_laptop(tmp_path), pg_cluster.url(user=role, db=db), {"PGPASSFILE": str(pgpass)})
    assert run.returncode == 0, run.stderr
    assert _server_changes(pg_cluster, db) > 0


def test_server_that_wants_a_password_without_terminal_says_where_to_put_it(pg_cluster, tmp_path):
    role = f"scram_{uuid.uuid4().hex[:6]}"
    db = _database_for(pg_cluster, role, "geheim")
    laptop = _laptop(tmp_path)
    run = _run(
        laptop, pg_cluster.url(user=role, db=db), {"PGPASSFILE": str(tmp_path / "bestaat-niet")}
    )
    assert run.returncode == 2
    assert "vraagt om een wachtwoord" in run.stderr and "NULMETING_SERVERWACHTWOORD" in run.stderr
    assert "Traceback" not in run.stderr
    run = _run(
        laptop,
        pg_cluster.url(user=role, db=db),
        {"PGPASSFILE": str(tmp_path / "bestaat-niet"), "NULMETING_SERVERWACHTWOORD": "geheim"},
    )
    assert run.returncode == 0, run.stderr
