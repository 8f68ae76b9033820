"""A throwaway PostgreSQL cluster on loopback for the server tests and the sync benchmark.

The Debian package's binaries, run as the ``postgres`` user (initdb refuses root), in a fresh
directory under /tmp on a free port. Local socket connections trust; TCP needs a password
(scram-sha-256), so a wrong password really is refused.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "app"
SUPERPASSWORD = "geheim-beheer"


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL could be started here (the reason is the message)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise ClusterUnavailable("PostgreSQL is niet geïnstalleerd (apt-get install -y postgresql)")
    return Path(found[-1]).parent


def _as_postgres(*args: str) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return list(args)


@dataclass
class Cluster:
    root: Path
    port: int
    bindir: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, user: str = SUPERUSER, db: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{db}"

    def admin(self, db: str = "postgres"):  # -> psycopg.Connection
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=SUPERPASSWORD,
            dbname=db,
            autocommit=True,
        )

    def create_database(self, name: str) -> str:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def create_login(
        self, name: str, password: str, *, role: str | None = None, createrole: bool = False
    ) -> None:
        with self.admin() as conn:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if not exists:
                extra = " CREATEROLE" if createrole else ""
                conn.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'{extra}")
            if role:
                conn.execute(f'GRANT "{role}" TO "{name}"')

    def stop(self) -> None:
        subprocess.run(
            _as_postgres(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"
            ),
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """Start a fresh cluster, or raise :class:`ClusterUnavailable` saying why not."""
    bindir = _bindir()
    if os.geteuid() == 0:
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise ClusterUnavailable("gebruiker 'postgres' ontbreekt") from None
    root = Path(tempfile.mkdtemp(prefix="nulmeting-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        os.chown(root, pw.pw_uid, pw.pw_gid)
    os.chmod(root, 0o700)
    pwfile = root / "pw"
    pwfile.write_text(SUPERPASSWORD + "\n")
    if os.geteuid() == 0:
        os.chown(pwfile, pw.pw_uid, pw.pw_gid)
    port = free_port()
    cluster = Cluster(root, port, bindir)
    try:
        run = subprocess.run(
            _as_postgres(
                str(bindir / "initdb"),
                "-D",
                str(cluster.data),
                "-U",
                SUPERUSER,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--no-sync",
            ),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if run.returncode:
            raise ClusterUnavailable(f"initdb mislukte: {run.stderr.strip()[-500:]}")
        run = subprocess.run(
            _as_postgres(
                str(bindir / "pg_ctl"),
                "-D",
                str(cluster.data),
                "-l",
                str(root / "log"),
                "-o",
                f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off",
                "-w",
                "start",
            ),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if run.returncode:
            log = (root / "log").read_text() if (root / "log").exists() else ""
            raise ClusterUnavailable(f"pg_ctl start mislukte: {run.stderr.strip()} {log[-500:]}")
        deadline = time.monotonic() + 30
        while True:
            try:
                cluster.admin().close()
                break
            except Exception as exc:
                if time.monotonic() > deadline:
                    raise ClusterUnavailable(f"server reageert niet: {exc}") from None
                time.sleep(0.2)
    except (OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        raise ClusterUnavailable(str(exc)) from None
    except ClusterUnavailable:
        cluster.stop()
        raise
    return cluster
