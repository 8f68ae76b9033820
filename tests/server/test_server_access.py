"""Logins, roles and refusals: clear Dutch messages, append-only history on the server."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg
import pytest
from cluster import free_port
from helpers import change_ids, local_snapshot

from nulmeting.domain.errors import UserError
from nulmeting.team import sync
from nulmeting.team.server.models import INTERVIEWER_ROLE


def _cli(db, url, password, *extra):
    env = {**os.environ, "NULMETING_SERVERWACHTWOORD": password}
    env.pop("PGPASSWORD", None)
    if password is None:
        env.pop("NULMETING_SERVERWACHTWOORD")
    return subprocess.run(
        [sys.executable, "-m", "nulmeting", "--db", str(db), "sync", url, *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )  # no tty


def test_cli_syncs_with_password_from_environment(server, laptops):
    (a,) = laptops("Fatima")
    a.create("place", {"name": "De Pit", "district": "spangen"})
    a.close()
    run = _cli(a.path, server.url, server.password)
    assert run.returncode == 0, run.stderr
    assert "wijzigingen verstuurd" in run.stdout
    assert server.change_ids() == change_ids(a)


def test_wrong_password_is_refused_in_dutch_and_changes_nothing(server, laptops):
    (a,) = laptops("Fatima")
    a.create("place", {"name": "De Pit", "district": "spangen"})
    before = local_snapshot(a)
    with pytest.raises(UserError, match="wachtwoord klopt niet"):
        sync.sync(a, server.url, "fout-wachtwoord")
    assert local_snapshot(a) == before
    a.close()
    run = _cli(a.path, server.url, "fout-wachtwoord")
    assert run.returncode == 2
    assert "weigert de aanmelding" in run.stderr and "Traceback" not in run.stderr


def test_no_password_and_nothing_to_ask_gives_dutch_message(server, tmp_path):
    run = _cli(tmp_path / "x.sqlite", server.url, None)
    assert run.returncode == 2
    # the server asks for one, there is no terminal: said where a password can come from
    assert "vraagt om een wachtwoord" in run.stderr and "Traceback" not in run.stderr
    assert "NULMETING_SERVERWACHTWOORD" in run.stderr and "pgpass" in run.stderr


def test_unreachable_server_gives_dutch_message_exit_2(server, laptops):
    (a,) = laptops("Fatima")
    a.close()
    closed = f"postgresql://app@127.0.0.1:{free_port()}/nulmeting"
    run = _cli(a.path, closed, "x")
    assert run.returncode == 2
    assert "niet bereikbaar" in run.stderr and "niets veranderd" in run.stderr


@pytest.mark.parametrize(
    "address, message",
    [
        ("postgresql://app:geheim@127.0.0.1/nulmeting", "wachtwoord niet in het serveradres"),
        ("mysql://app@127.0.0.1/nulmeting", "Alleen PostgreSQL"),
        ("postgresql://127.0.0.1/nulmeting", "mist de gebruiker"),
        ("geen adres", "geen serveradres"),
    ],
)
def test_bad_addresses_are_refused(tmp_path, address, message):
    run = _cli(tmp_path / "x.sqlite", address, "x")
    assert run.returncode == 2
    assert message in run.stderr


def test_newer_server_schema_is_refused(server, laptops):
    (a,) = laptops("Fatima")
    sync.sync(a, server.url, server.password)
    with server.admin() as pg:
        pg.execute("UPDATE nulmeting_server_version SET version_num = 's9999'")
    a.create("place", {"name": "De Pit", "district": "spangen"})
    before = local_snapshot(a)
    with pytest.raises(UserError, match="nieuwere versie van Nulmeting"):
        sync.sync(a, server.url, server.password)
    assert local_snapshot(a) == before


def _interviewer(server, name):
    server.cluster.create_login(name, f"pw-{name}", role=INTERVIEWER_ROLE)
    return server.url.replace("//app@", f"//{name}@"), f"pw-{name}"


def test_interviewer_cannot_set_up_an_empty_server(server, laptops):
    server.cluster.create_login("nieuwkomer", "pw", role=None)
    (a,) = laptops("Fatima")
    url = server.url.replace("//app@", "//nieuwkomer@")
    with pytest.raises(UserError, match="coördinator"):
        sync.sync(a, url, "pw")


def test_interviewers_sync_but_cannot_alter_anyones_history(server, laptops):
    a, b = laptops("Fatima", "Piet")
    coordinator = laptops("Coordinator")[0]
    sync.sync(coordinator, server.url, server.password)  # sets the server up
    url_f, pw_f = _interviewer(server, "lid_fatima")
    url_p, pw_p = _interviewer(server, "lid_piet")
    place = a.create("place", {"name": "De Pit", "district": "spangen"})
    sync.sync(a, url_f, pw_f)
    sync.sync(b, url_p, pw_p)
    b.update("place", place, {"name": "De Pit (Piet)"})
    sync.sync(b, url_p, pw_p)
    sync.sync(a, url_f, pw_f)
    assert a.values("place", place)["name"] == "De Pit (Piet)"
    with server.admin() as pg:
        uploaders = dict(pg.execute("SELECT author, min(pushed_by) FROM change GROUP BY author"))
    assert uploaders == {"Fatima": "lid_fatima", "Piet": "lid_piet"}
    before = server.change_ids()

    port = server.cluster.port
    with psycopg.connect(
        host="127.0.0.1",
        port=port,
        user="lid_piet",
        password=pw_p,
        dbname=server.db,
        autocommit=True,
    ) as pg:
        for statement in (
            "UPDATE change SET value = '\"weg\"' WHERE author = 'Fatima'",
            "DELETE FROM change WHERE author = 'Fatima'",
            "TRUNCATE change",
            "INSERT INTO change (id, entity, record_id, field, value, parents, author, laptop,"
            " at, pushed_by) VALUES ('x', 'place', 'r', 'name', '1', '[]', 'a', 'l', 't', "
            "'fatima')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pg.execute(statement)
    # Not even the owner can rewrite history: a trigger refuses UPDATE and DELETE.
    with server.admin() as pg:
        for statement in ("UPDATE change SET value = '\"weg\"'", "DELETE FROM change"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="onveranderlijk"):
                pg.execute(statement)
    assert server.change_ids() == before


def test_documented_setup_for_a_coordinator_works(pg_cluster, laptops):
    """The SQL in docs/server.md, run as written: superuser, coordinator, one interviewer."""
    import re
    import uuid
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "server.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", doc, re.S)
    db = f"nulmeting_{uuid.uuid4().hex[:8]}"
    setup = blocks[0].replace("DATABASE nulmeting", f'DATABASE "{db}"')
    with pg_cluster.admin() as pg:
        for statement in filter(str.strip, setup.split(";")):
            if (
                "CREATE ROLE" in statement
                and pg.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (statement.split()[2],)
                ).fetchone()
            ):
                continue  # the group role may exist already (roles are cluster-wide)
            pg.execute(statement)
    coordinator, interviewer = laptops("Coordinator", "Fatima")
    base = f"127.0.0.1:{pg_cluster.port}/{db}"
    sync.sync(coordinator, f"postgresql://nulmeting_beheer@{base}", "kies-een-sterk-wachtwoord")
    add = blocks[1].split(";")[0]
    with psycopg.connect(
        host="127.0.0.1",
        port=pg_cluster.port,
        user="nulmeting_beheer",
        password="kies-een-sterk-wachtwoord",
        dbname=db,
        autocommit=True,
    ) as pg:
        pg.execute(add)
    place = interviewer.create("place", {"name": "De Pit", "district": "spangen"})
    summary = sync.sync(interviewer, f"postgresql://fatima@{base}", "tijdelijk-wachtwoord")
    assert summary.pushed > 0
    sync.sync(coordinator, f"postgresql://nulmeting_beheer@{base}", "kies-een-sterk-wachtwoord")
    assert coordinator.values("place", place)["name"] == "De Pit"
    with psycopg.connect(
        host="127.0.0.1",
        port=pg_cluster.port,
        user="fatima",
        password="tijdelijk-wachtwoord",
        dbname=db,
        autocommit=True,
    ) as pg:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pg.execute("DELETE FROM change")


def test_uploads_are_serialised_so_seq_order_is_commit_order(server, laptops):
    """While one upload is uncommitted, another waits: no pull can skip a late commit."""
    (a,) = laptops("Fatima")
    sync.sync(a, server.url, server.password)
    row = "'{}', 'place', 'r', 'name', '\"x\"', '[]', NULL, 'a', 'l', 't'"
    cols = "id, entity, record_id, field, value, parents, covers, author, laptop, at"
    with server.admin() as first, server.admin() as second:
        first.autocommit = False
        first.execute(f"INSERT INTO change ({cols}) VALUES ({row.format('een')})")
        second.execute("SET lock_timeout = '300ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable):
            second.execute(f"INSERT INTO change ({cols}) VALUES ({row.format('twee')})")
        first.commit()
        second.execute(f"INSERT INTO change ({cols}) VALUES ({row.format('twee')})")
        seqs = dict(second.execute("SELECT id, seq FROM change WHERE id IN ('een', 'twee')"))
    assert seqs["een"] < seqs["twee"]
