"""Sync with a shared PostgreSQL server: the same merge as team files over another transport.

One engine, two transports: the server keeps the union of every laptop's immutable changes (see
:mod:`nulmeting.team.server.models`); a laptop

1. **pushes** the changes it made or received since its last push (local ``change.seq`` after
   ``sync_pushed_seq``): COPY into a temporary table, then ``INSERT ... ON CONFLICT (id) DO
   NOTHING`` (change ids are content hashes: an equal id is an equal change);
2. **pulls** the server changes after ``sync_pulled_seq`` (server ``seq``) that it did not just
   push, in batches from a server-side cursor, and hands them to
   :func:`nulmeting.store.changes.ingest_rows` — the engine team files use — in ONE local transaction,
   together with the new bookmarks in ``store_meta``.

A failed or interrupted sync therefore changes nothing on the laptop and can simply be retried;
a push that reached the server before the failure is harmless (the server only ever gains
changes, and pushing them again is a no-op). Server uploads are serialised by a trigger (an
advisory lock held until commit), so server seq order is commit order and "everything after seq
N" never skips a change that commits late.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nulmeting.domain.errors import PasswordNeeded, UserError
from nulmeting.domain.progress import Progress, report
from nulmeting.store import changes
from nulmeting.store.changes import CHANGE_COLUMNS
from nulmeting.store.connection import sqlite_of
from nulmeting.store.meta import read_meta, write_meta
from nulmeting.store.schema import upgrade_to_head
from nulmeting.store.store import count_conflicts
from nulmeting.team.ingest import (
    MAX_COVERS,
    MAX_PARENTS,
    MAX_SNAPSHOT_CHARS,
    MAX_VALUE_CHARS,
    Rejected,
    record_origins,
    split_batch,
    store_keys,
)
from nulmeting.team.passwords import SERVER_PASSWORD_ENV as PASSWORD_ENV
from nulmeting.team.passwords import from_environment
from nulmeting.team.server import MIGRATIONS as SERVER_MIGRATIONS

if TYPE_CHECKING:
    from sqlalchemy import URL, Connection, Engine

    from nulmeting.store.store import Store

#: Server schema revisions this version knows (the Alembic chain in nulmeting/team/server/migrations).
SERVER_REVISIONS: tuple[str, ...] = ("s0001",)
SERVER_HEAD = SERVER_REVISIONS[-1]
BATCH = 50_000
#: How long a sync waits for the server's upload lock (another laptop uploading, or a session
#: that holds it) and for any one statement, before it stops with a Dutch message.
LOCK_TIMEOUT_MS = 20_000
STATEMENT_TIMEOUT_MS = 600_000
_MIGRATION_LOCK = 7277002
_COLS = ", ".join(CHANGE_COLUMNS)


@dataclass
class SyncSummary:
    """What one sync did, in a person's terms (``dutch()``)."""

    server: str
    pushed: int = 0  # changes the server did not have yet
    pulled: int = 0  # changes this laptop did not have yet
    places_added: int = 0
    places_updated: int = 0
    records_added: int = 0
    records_updated: int = 0
    conflicts: int = 0
    set_aside: int = 0  # server rows refused by the checks in this sync (kept, never applied)
    set_aside_total: int = 0  # refused rows of this server kept on this laptop, all syncs
    set_aside_examples: list[Rejected] = field(default_factory=list, repr=False)
    seconds: float = 0.0
    ingest_seconds: float = 0.0  # of which merging locally (the shared engine)
    added: set[tuple[str, str]] = field(default_factory=set, repr=False)
    updated: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def dutch(self) -> str:
        from nulmeting.team import wording

        if not self.pushed and not self.pulled:
            return f"Gesynchroniseerd met {self.server}: alles was al gelijk." + self._set_aside()
        text = f"Gesynchroniseerd met {self.server}: " + self.exchanged() + "."
        changed = wording.changes(*self.per_entity())
        if changed:
            text = text[:-1] + f"; {changed}."
        if self.conflicts:
            text += f" {wording.conflicts(self.conflicts)}: los ze op via Conflicten."
        return text + self._set_aside()

    def exchanged(self) -> str:
        """``12 wijzigingen verstuurd en 30 ontvangen`` (a 0 left out)."""
        from nulmeting.team.wording import count

        if self.pushed and self.pulled:
            return (
                count(self.pushed, "wijziging", "wijzigingen")
                + f" verstuurd en {self.pulled} ontvangen"
            )
        if self.pushed:
            return count(self.pushed, "wijziging", "wijzigingen") + " verstuurd"
        return count(self.pulled, "wijziging", "wijzigingen") + " ontvangen"

    def per_entity(self) -> tuple[dict[str, int], dict[str, int]]:
        """Added and updated records per entity (``""``: other records, from the totals)."""
        from nulmeting.team.wording import per_entity

        if self.added or self.updated:
            return per_entity(self.added), per_entity(self.updated)
        return (
            {"place": self.places_added, "": self.records_added},
            {"place": self.places_updated, "": self.records_updated},
        )

    def _set_aside(self) -> str:
        if not self.set_aside_total:
            return ""
        from nulmeting.team.wording import count

        n = self.set_aside_total
        text = (
            f"\n\nLet op: {count(n, 'wijziging', 'wijzigingen')} op de server "
            f"{'is' if n == 1 else 'zijn'} ongeldig en apart gezet (bewaard, nooit toegepast; "
            "de rest is wel verwerkt)"
        )
        if self.set_aside:
            text += f", waarvan {self.set_aside} nieuw bij deze synchronisatie"
        text += ". Meld dit aan de coördinator."
        for rejected in self.set_aside_examples:
            text += f"\n  - {rejected.dutch()}"
        if self.set_aside_total > len(self.set_aside_examples):
            text += "\n  (alle: nulmeting set-aside)"
        return text


# --------------------------------------------------------------------------- addresses


def parse_url(url: str) -> URL:
    """``postgresql://USER@HOST[:PORT]/DB`` → a SQLAlchemy URL for psycopg (no password)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    example = "postgresql://gebruiker@server.example.org/nulmeting"
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise UserError(f"'{url}' is geen serveradres. Voorbeeld: {example}") from None
    if parsed.drivername not in {"postgresql", "postgres", "postgresql+psycopg"}:
        raise UserError(f"Alleen PostgreSQL-servers worden ondersteund. Voorbeeld: {example}")
    if parsed.password is not None:
        raise UserError(
            "Zet het wachtwoord niet in het serveradres (het blijft dan zichtbaar "
            "in de geschiedenis). Laat het weg: Nulmeting vraagt erom, of zet het "
            f"in de omgevingsvariabele {PASSWORD_ENV}."
        )
    if not parsed.host or not parsed.database or not parsed.username:
        raise UserError(
            f"Het serveradres mist de gebruiker, de server of de database. Voorbeeld: {example}"
        )
    return parsed.set(drivername="postgresql+psycopg")


def display_url(url: URL) -> str:
    port = f":{url.port}" if url.port else ""
    return f"postgresql://{url.username}@{url.host}{port}/{url.database}"


def _bookmark_key(url: URL) -> str:
    port = url.port or 5432
    return f"{url.host}:{port}/{url.database}"


# --------------------------------------------------------------------------- errors


def _dutch_error(exc: BaseException, url: URL) -> UserError:
    """A Dutch message for a server error a person can act on."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    low = text.lower()
    where = f"{url.host}:{url.port or 5432}"
    tail = " Er is op deze laptop niets veranderd; probeer het later opnieuw."
    if "password authentication failed" in low or "no password supplied" in low:
        return UserError(
            f"De server {where} weigert de aanmelding van '{url.username}': het "
            f"wachtwoord klopt niet of de gebruiker bestaat niet.{tail}"
        )
    if "connection refused" in low:
        return UserError(
            f"De server {where} is niet bereikbaar (verbinding geweigerd). "
            f"Controleer het adres en of u online bent.{tail}"
        )
    if "could not translate host name" in low or "name or service not known" in low:
        return UserError(
            f"De server '{url.host}' is onbekend. Controleer het adres en of u online bent.{tail}"
        )
    if "lock timeout" in low:
        return UserError(
            f"De server {where} is bezet: een andere upload houdt de server al "
            f"langer dan {LOCK_TIMEOUT_MS // 1000} seconden vast.{tail}"
        )
    if "statement timeout" in low:
        return UserError(
            f"De server {where} deed er te lang over (langer dan "
            f"{STATEMENT_TIMEOUT_MS // 1000} seconden).{tail}"
        )
    if "timeout" in low or "timed out" in low:
        return UserError(f"De server {where} antwoordt niet (time-out).{tail}")
    if "database" in low and "does not exist" in low:
        return UserError(f"Database '{url.database}' bestaat niet op {where}.{tail}")
    if "permission denied" in low or "must be owner" in low:
        return UserError(
            f"Gebruiker '{url.username}' heeft op {where} niet de rechten die "
            f"Nulmeting nodig heeft (zie docs/server.md).{tail}"
        )
    first = text.strip().splitlines()[0] if text.strip() else type(orig).__name__
    return UserError(f"Synchroniseren met {where} lukte niet: {first}.{tail}")


def _wants_password(exc: BaseException) -> bool:
    """Whether libpq gave up because the server asked for a password it did not have (no
    PGPASSWORD, nothing in ~/.pgpass or PGPASSFILE, no client certificate accepted)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "no password supplied" in text or "password is required" in text


def _is_server_error(exc: BaseException) -> bool:
    import psycopg
    from sqlalchemy.exc import DBAPIError

    # a local SQLite error (busy laptop store, full disk) is not the server's fault
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(original, psycopg.Error)


# --------------------------------------------------------------------------- connecting


def connect(url: URL, password: str | None) -> Engine:
    """An engine for ``url``; no ``password``: the one from the environment, if any, else none
    at all, so libpq connects as it would by itself (trust, peer, ``~/.pgpass`` or
    ``PGPASSFILE``, client certificates); :func:`sync` raises :class:`PasswordNeeded` only when
    the server then asks for one."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    if password is None:
        password = from_environment("server")
    if password is not None:
        url = url.set(password=password)
    return create_engine(
        url,
        poolclass=NullPool,
        connect_args={
            "connect_timeout": 10,
            "application_name": "nulmeting",
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS:d} "
            "-c statement_timeout="
            f"{STATEMENT_TIMEOUT_MS:d}",
        },
    )


def server_revision(conn: Connection) -> str | None:
    exists = conn.exec_driver_sql(
        "SELECT to_regclass('nulmeting_server_version') IS NOT NULL"
    ).scalar_one()
    if not exists:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM nulmeting_server_version").first()
    return str(row[0]) if row else None


def ensure_schema(engine: Engine, url: URL) -> None:
    """Bring the server schema to :data:`SERVER_HEAD` (Alembic, only when needed)."""
    with engine.connect() as conn:
        revision = server_revision(conn)
        conn.rollback()
    if revision == SERVER_HEAD:
        return
    if revision is not None and revision not in SERVER_REVISIONS:
        raise UserError(
            f"De server {display_url(url)} gebruikt een nieuwere versie van Nulmeting (schema "
            f"{revision}). Werk Nulmeting op deze laptop bij; er is niets veranderd."
        )
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            upgrade_to_head(conn, SERVER_MIGRATIONS)
    except Exception as exc:
        if _is_server_error(exc) and "permission denied" in str(exc).lower():
            raise UserError(
                f"De server {display_url(url)} is nog niet (helemaal) ingericht voor Nulmeting, "
                f"en gebruiker '{url.username}' mag dat niet doen. Laat de coördinator eerst één "
                "keer synchroniseren (zie docs/server.md); er is niets veranderd."
            ) from None
        raise


# --------------------------------------------------------------------------- sync


def sync(
    store: Store, url: str, password: str | None = None, progress: Progress | None = None
) -> SyncSummary:
    """Push this laptop's new changes to the server and pull everyone else's.

    Raises :class:`UserError` (Dutch) for a bad address, a refused login, an unreachable or
    newer server; :class:`nulmeting.domain.errors.Cancelled` if ``progress`` raises it. In every failure
    the local store is unchanged.
    """
    parsed = parse_url(url)
    started = time.perf_counter()
    summary = SyncSummary(display_url(parsed))
    report(progress, 0, 0, f"Verbinden met {summary.server}…")
    engine = connect(parsed, password)
    try:
        ensure_schema(engine, parsed)
        raw = engine.raw_connection()
        try:
            _sync(store, raw.driver_connection, parsed, summary, progress)
        finally:
            raw.close()
    except UserError:
        raise
    except Exception as exc:
        if _is_server_error(exc):
            if password is None and from_environment("server") is None and _wants_password(exc):
                raise PasswordNeeded(
                    f"De server {summary.server} vraagt om een wachtwoord voor '{parsed.username}'."
                ) from None
            raise _dutch_error(exc, parsed) from None
        raise
    finally:
        engine.dispose()
    summary.seconds = time.perf_counter() - started
    return summary


def _sync(store: Store, pg: Any, url: URL, summary: SyncSummary, progress: Progress | None) -> None:
    pg.autocommit = True
    key = _bookmark_key(url)
    server_id = pg.execute("SELECT value FROM server_meta WHERE key = 'server_id'").fetchone()[0]
    names = (f"sync_server_id:{key}", f"sync_pushed_seq:{key}", f"sync_pulled_seq:{key}")
    with store.read() as conn:
        meta = read_meta(conn, *names)  # one statement: the three as one sync left them
    same_server = meta.get(names[0]) == server_id
    pushed_seq = int(meta.get(names[1]) or 0) if same_server else 0
    pulled_seq = int(meta.get(names[2]) or 0) if same_server else 0
    upto = _push(store, pg, pushed_seq, summary, progress)
    _pull(store, pg, key, server_id, pulled_seq, upto, summary, progress)


def _local_changes(store: Store, after: int, upto: int) -> Iterator[tuple[Any, ...]]:
    with store.read() as conn:
        rows = conn.execute(
            f"SELECT {_COLS} FROM change WHERE seq > ? AND seq <= ? ORDER BY seq", (after, upto)
        )
        while batch := rows.fetchmany(BATCH):
            yield from batch


def _push(
    store: Store, pg: Any, pushed_seq: int, summary: SyncSummary, progress: Progress | None
) -> int:
    """Send local changes after ``pushed_seq``; returns the local seq they go up to."""
    with store.read(snapshot=True) as conn:
        upto = int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM change").fetchone()[0])
        total = int(
            conn.execute(
                "SELECT COUNT(*) FROM change WHERE seq > ? AND seq <= ?", (pushed_seq, upto)
            ).fetchone()[0]
        )
    pg.execute(f"CREATE TEMP TABLE IF NOT EXISTS push_in ({_column_defs()})")
    pg.execute("TRUNCATE push_in")
    if not total:
        return upto
    message = "Wijzigingen versturen…"
    report(progress, 0, total, message)
    done = 0
    with pg.cursor() as cur:
        with cur.copy(f"COPY push_in ({_COLS}) FROM STDIN") as copy:
            for row in _local_changes(store, pushed_seq, upto):
                copy.write_row(row)
                done += 1
                if done % BATCH == 0:
                    report(progress, done, total, message)
        report(progress, done, total, message)  # last chance to cancel: nothing sent yet
        with pg.transaction():
            # In COPY order (= local seq order); no sort needed: order never changes the merge.
            cur.execute(
                f"INSERT INTO change ({_COLS}) SELECT {_COLS} FROM push_in "
                "ON CONFLICT (id) DO NOTHING"
            )
            summary.pushed = max(cur.rowcount, 0)
    return upto


def _column_defs() -> str:
    return ", ".join(f"{c} text" for c in CHANGE_COLUMNS)


def _pull(
    store: Store,
    pg: Any,
    key: str,
    server_id: str,
    pulled_seq: int,
    pushed_upto: int,
    summary: SyncSummary,
    progress: Progress | None,
) -> None:
    from psycopg.rows import dict_row

    message = "Wijzigingen ophalen…"
    with pg.transaction():
        pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        server_max = int(pg.execute("SELECT COALESCE(MAX(seq), 0) FROM change").fetchone()[0])
        where = (
            "FROM change c WHERE c.seq > %s AND c.seq <= %s AND NOT EXISTS "
            "(SELECT 1 FROM push_in p WHERE p.id = c.id)"
        )
        params = (pulled_seq, server_max)
        total = int(pg.execute(f"SELECT COUNT(*) {where}", params).fetchone()[0])
        with store.write() as conn:
            # The first write takes SQLite's write lock: no local edit can slip in below.
            write_meta(conn, {f"sync_server_id:{key}": server_id, "server_url": summary.server})
            reader = sqlite_of(conn)  # reads inside the write see its own changes
            before = int(reader.execute("SELECT COALESCE(MAX(seq), 0) FROM change").fetchone()[0])
            if total:
                report(progress, 0, total, message)
                with pg.cursor(name="nulmeting_pull", row_factory=dict_row) as cur:
                    cur.itersize = BATCH
                    cur.execute(f"SELECT {_PULL_COLS} {where} ORDER BY c.seq", params)
                    done = 0
                    while batch := cur.fetchmany(BATCH):
                        started = time.perf_counter()
                        _ingest_checked(conn, key, summary, batch)
                        summary.ingest_seconds += time.perf_counter() - started
                        done += len(batch)
                        report(progress, done, total, message)
            _retry_set_aside(conn, key, summary)
            after = int(reader.execute("SELECT COALESCE(MAX(seq), 0) FROM change").fetchone()[0])
            # Pulled changes are on the server already: count them as pushed, unless a local
            # edit was made between the push and this transaction (then push it next time).
            write_meta(
                conn,
                {
                    f"sync_pushed_seq:{key}": str(after if before == pushed_upto else pushed_upto),
                    f"sync_pulled_seq:{key}": str(server_max),
                },
            )
            summary.conflicts = count_conflicts(reader)
    summary.updated -= summary.added
    summary.places_added = sum(1 for e, _ in summary.added if e == "place")
    summary.places_updated = sum(1 for e, _ in summary.updated if e == "place")
    summary.records_added = len(summary.added) - summary.places_added
    summary.records_updated = len(summary.updated) - summary.places_updated


#: What a pull reads: the change columns (the long ones cut just past what the checks accept,
#: so a huge row is refused without being held in memory) and who pushed each row.
_PULL_COLS = ", ".join(
    f"left(c.{c}, {limit + 1}) AS {c}" if limit else f"c.{c}"
    for c, limit in (
        (c, {"parents": 40 * MAX_PARENTS + 3, "covers": 40 * MAX_COVERS + 3}.get(c, 0))
        for c in CHANGE_COLUMNS
    )
    if c != "value"
) + (
    f", CASE WHEN c.entity = 'meetmoment' AND c.field = 'snapshot' THEN "
    f"left(c.value, {MAX_SNAPSHOT_CHARS + 1}) ELSE left(c.value, {MAX_VALUE_CHARS + 1}) END "
    "AS value, c.seq AS server_seq, c.pushed_by"
)


def _origin(summary: SyncSummary, pushed_by: str | None) -> str:
    return f"server {summary.server}, aangeleverd door login '{pushed_by or '?'}'"


def _ingest_checked(
    conn: Connection, key: str, summary: SyncSummary, batch: list[dict[str, Any]]
) -> None:
    """Ingest the rows that pass :mod:`nulmeting.team.ingest`; set the others aside."""
    reader = sqlite_of(conn)
    checked = split_batch(batch, store_keys(reader))
    if checked.accepted:
        before = int(reader.execute("SELECT COALESCE(MAX(seq), 0) FROM main.change").fetchone()[0])
        _add(summary, changes.ingest_rows(conn, checked.accepted))
        record_origins(
            conn, before, {r["id"]: _origin(summary, r.get("pushed_by")) for r in checked.accepted}
        )
    if checked.rejected:
        now = changes.utc_now()
        rows = [
            (
                key,
                r.row.get("server_seq"),
                *(r.row.get(c) for c in CHANGE_COLUMNS),
                r.row.get("pushed_by"),
                r.reason,
                now,
            )
            for r in checked.rejected
        ]
        conn.exec_driver_sql(
            f"INSERT INTO main.set_aside_change (server, server_seq, {_COLS}, pushed_by, reason, "
            f"first_seen) VALUES ({', '.join('?' for _ in range(len(CHANGE_COLUMNS) + 5))}) "
            "ON CONFLICT (server, server_seq) DO UPDATE SET reason = excluded.reason",
            rows,
        )
        summary.set_aside += len(checked.rejected)


def _retry_set_aside(conn: Connection, key: str, summary: SyncSummary) -> None:
    """Check this server's set-aside rows again (a parent may have arrived since, or this
    version of the app may know more); accepted rows are ingested and leave the table."""
    cols = f"server_seq, {_COLS}, pushed_by"
    reader = sqlite_of(conn)
    rows = [
        dict(zip(["server_seq", *CHANGE_COLUMNS, "pushed_by"], r, strict=True))
        for r in reader.execute(
            f"SELECT {cols} FROM main.set_aside_change WHERE server = ? ORDER BY server_seq", (key,)
        )
    ]
    if rows:
        checked = split_batch(rows, store_keys(reader))
        if checked.accepted:
            before = int(
                reader.execute("SELECT COALESCE(MAX(seq), 0) FROM main.change").fetchone()[0]
            )
            _add(summary, changes.ingest_rows(conn, checked.accepted))
            record_origins(
                conn,
                before,
                {r["id"]: _origin(summary, r.get("pushed_by")) for r in checked.accepted},
            )
            conn.exec_driver_sql(
                "DELETE FROM main.set_aside_change WHERE server = ? AND server_seq = ?",
                [(key, r["server_seq"]) for r in checked.accepted],
            )
        if checked.rejected:
            conn.exec_driver_sql(
                "UPDATE main.set_aside_change SET reason = ? WHERE server = ? AND server_seq = ?",
                [(r.reason, key, r.row["server_seq"]) for r in checked.rejected],
            )
    summary.set_aside_total = int(
        reader.execute(
            "SELECT COUNT(*) FROM main.set_aside_change WHERE server = ?", (key,)
        ).fetchone()[0]
    )
    summary.set_aside_examples = set_aside_rows(reader, key, limit=3)


def set_aside_rows(
    conn: sqlite3.Connection, key: str | None = None, *, limit: int = -1
) -> list[Rejected]:
    """Server rows set aside on this laptop (of the server ``key``, or all), oldest first."""
    where = "WHERE s.server = ?" if key else ""
    params = (key,) if key else ()
    cols = ", ".join(f"s.{c}" for c in CHANGE_COLUMNS)
    # the plek's name where this laptop knows it: the plek itself, or the plek of a record
    name = (
        "(SELECT json_extract(f.value, '$') FROM main.field_state f WHERE f.entity = 'place'"
        " AND f.field = 'name' AND f.record_id = COALESCE((SELECT json_extract(p.value, '$')"
        " FROM main.field_state p WHERE p.entity = s.entity AND p.record_id = s.record_id"
        " AND p.field = 'place_id'), s.record_id))"
    )
    return [
        Rejected(dict(zip(CHANGE_COLUMNS, r[:-2], strict=True)), r[-2], r[-1])
        for r in conn.execute(
            f"SELECT {cols}, s.reason, {name} FROM main.set_aside_change s {where} "
            f"ORDER BY s.server, s.server_seq LIMIT {int(limit)}",
            params,
        )
    ]


def _add(summary: SyncSummary, result: changes.IngestResult) -> None:
    summary.pulled += result.new_changes
    summary.added |= result.added
    summary.updated |= result.updated
