"""The local store: one SQLite file per laptop.

:func:`open_store` checks the file before touching it (not SQLite, damaged, or from a newer
version → :class:`~nulmeting.domain.errors.StoreError`, file untouched), migrates an older schema after a
backup copy, and loads the reference data. :class:`Store` is the only way to change survey data:
every method below writes changes through :mod:`nulmeting.store.changes` in one transaction.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nulmeting.domain import reference
from nulmeting.domain.errors import StoreError, ValidationError
from nulmeting.domain.fields import ENTITY_LABELS, field, fields, personal_fields
from nulmeting.domain.validation import CONSENT_FIELDS, check_record, clean, clean_values
from nulmeting.store import changes
from nulmeting.store.schema import HEAD, LOCAL_MIGRATIONS, REVISIONS, upgrade_to_head

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

SQLITE_HEADER = b"SQLite format 3\x00"
#: The meetmoment of a store whose setting is empty.
DEFAULT_ROUND = "Nulmeting"
#: Records that belong to a meetmoment by their own ``round`` field.
PER_ROUND = ("activity", "membership", "tie")
APP_NAME = "Nulmeting"

DEFAULT_SETTINGS = {
    "interviewer": "",
    "round": "",
    "area": "delfshaven",
    "hourly_value": "23",
    "weeks_per_year": "50",
}


def default_store_path() -> Path:
    """``nulmeting.sqlite`` in the user's data folder (created on first use, not on import)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "nulmeting.sqlite"


# --------------------------------------------------------------------------- checks


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` starts with SQLite's header (an unreadable file raises OSError)."""
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def inspect_file(path: Path) -> str | None:
    """Schema revision of the store at ``path`` (``None``: new or empty file).

    Reads the file read-only; raises :class:`StoreError` with a Dutch message for a file that is
    not a Nulmeting store or comes from a newer version of the app.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise StoreError(f"{path} is een map, geen gegevensbestand.")
    try:
        is_sqlite = is_sqlite_file(path)
    except OSError as exc:
        raise StoreError(f"Het bestand {path} kan niet gelezen worden: {exc.strerror}.") from None
    if not is_sqlite:
        raise StoreError(
            f"{path.name} is geen Nulmeting-gegevensbestand (het is geen SQLite-database). "
            "Kies het juiste bestand; er is niets aan veranderd.")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise StoreError(
            f"{path.name} is beschadigd en kan niet gelezen worden. Gebruik een reservekopie; "
            "er is niets aan het bestand veranderd.") from None
    if revision is None:
        if tables:
            raise StoreError(f"{path.name} is een SQLite-database, maar geen Nulmeting-bestand.")
        return None
    if revision not in REVISIONS:
        raise StoreError(
            f"{path.name} is gemaakt met een nieuwere versie van Nulmeting (schema {revision}). "
            "Werk de app bij; het bestand is niet aangeraakt.")
    return str(revision)


def read_meta(conn: sqlite3.Connection, *keys: str) -> dict[str, str]:
    """``store_meta`` (settings, bookmarks, ids) of the store behind a plain SQLite connection
    (:meth:`Store.read`, or a team file): the entries in ``keys`` that exist, or all of them."""
    sql = "SELECT key, value FROM store_meta"
    if keys:
        sql += f" WHERE key IN ({', '.join('?' * len(keys))})"
    return dict(conn.execute(sql, keys).fetchall())


def write_meta(conn: Connection, values: Mapping[str, str], *, replace: bool = True) -> None:
    """Store ``store_meta`` entries in the caller's write transaction (``replace=False``: keep
    the entries that exist already)."""
    if not values:
        return
    on_conflict = "DO UPDATE SET value = excluded.value" if replace else "DO NOTHING"
    conn.exec_driver_sql(f"INSERT INTO store_meta (key, value) VALUES (?, ?) "
                         f"ON CONFLICT (key) {on_conflict}", list(values.items()))


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy of a (possibly live, WAL) SQLite file via SQLite's online backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see below)
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    """Upgrade the schema to :data:`HEAD` with Alembic (imported only when needed)."""
    with engine.begin() as conn:
        upgrade_to_head(conn, LOCAL_MIGRATIONS)


def open_store(path: Path | str | None = None, *, clock: Callable[[], str] | None = None
               ) -> Store:
    """Open (or create) the store at ``path`` (default: the user's data folder)."""
    path = Path(path) if path is not None else default_store_path()
    revision = inspect_file(path)
    if revision is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif revision != HEAD:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_copy(path, path.with_name(f"{path.stem}.voor-schema-{HEAD}-{stamp}.sqlite"))
    store = Store(path, clock=clock)
    try:
        if revision != HEAD:
            migrate(store.engine)
        store._first_start()
    except BaseException:
        store.close()
        raise
    return store


# --------------------------------------------------------------------------- the store


@dataclass(frozen=True)
class Conflict:
    """An open conflict: a field with several values, or a deletion beside an unseen edit."""

    entity: str
    record_id: str
    field: str  # "archived" for a delete-versus-edit conflict
    label: str
    place_id: str | None
    place_name: str
    values: list[changes.HeadValue]

    @property
    def is_deletion(self) -> bool:
        return self.field == "archived"


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    author: str
    field: str
    label: str
    old: list[Any]
    new: Any


class Store:
    """Reads go through plain :mod:`sqlite3` (:meth:`read`), so the window can show the list and a
    plek before SQLAlchemy is loaded; the SQLAlchemy :attr:`engine` that every write uses is made
    on first use (or ahead of it, by :meth:`prepare_writes`)."""

    def __init__(self, path: Path, *, clock: Callable[[], str] | None = None) -> None:
        self.path = path
        self.clock = clock or changes.utc_now
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []

    # ---------------------------------------------------------------- lifecycle

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (imports SQLAlchemy the first time: ~0.3 s)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = _make_engine(self.path)
        return self._engine

    def prepare_writes(self) -> None:
        """Load what the first write needs now (the GUI calls this off its thread once the
        window is up, so the first autosave does not wait for SQLAlchemy)."""
        self.engine.dispose()  # creates it; no connection yet

    def close(self) -> None:
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
            self._local = threading.local()
            if self._engine is not None:
                self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _first_start(self) -> None:
        with self.read() as reader:
            meta = read_meta(reader)
        if ("laptop_id" in meta and meta.keys() >= DEFAULT_SETTINGS.keys()
                and meta.get("reference_version") == str(reference.version())):
            return  # nothing to write: the usual start
        with self.engine.begin() as conn:
            # what exists stays (another process may have started this store just now)
            write_meta(conn, {"laptop_id": str(uuid.uuid4()), "created_at": changes.utc_now(),
                              **DEFAULT_SETTINGS}, replace=False)
            if meta.get("reference_version") != str(reference.version()):
                _load_reference(conn)

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only plain SQLite connection of this thread; every statement sees the latest
        committed state. A busy or unreadable file is a Dutch :class:`StoreError`."""
        try:
            yield self._reader()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"Het gegevensbestand kan nu niet gelezen worden ({exc}). "
                             "Probeer het zo opnieuw.") from None

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA query_only=ON")
            with self._lock:
                self._readers.append(conn)
            self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A read session over the survey tables (do not write through it)."""
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: everything inside is stored, or nothing. A database that is busy
        (a merge is running) or cannot be written (disk full) is a Dutch :class:`StoreError`."""
        from sqlalchemy.exc import OperationalError

        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(f"Niet opgeslagen: het gegevensbestand is bezet of kan niet "
                             f"beschreven worden ({exc.orig}). Probeer het zo opnieuw.") from None

    # ---------------------------------------------------------------- settings

    def setting(self, key: str) -> str:
        with self.read() as conn:
            meta = read_meta(conn, key)
        return meta[key] if key in meta else DEFAULT_SETTINGS.get(key, "")

    @staticmethod
    def check_setting(key: str, value: str) -> str:
        """The value as stored, or a Dutch :class:`ValidationError` (the numbers' ranges)."""
        if key not in {"hourly_value", "weeks_per_year"}:
            return str(value)
        label, low, high = {"hourly_value": ("Uurwaarde vrijwilligerswerk", 0, 1000),
                            "weeks_per_year": ("Weken per jaar", 1, 53)}[key]
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            raise ValidationError(f"{label}: '{value}' is geen getal.", key) from None
        if not low <= number <= high:
            raise ValidationError(f"{label}: kies een getal van {low} tot {high}.", key)
        return f"{number:g}"

    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> None:
        """Check every value, then store them all in one transaction (or none)."""
        checked = {key: self.check_setting(key, value) for key, value in values.items()}
        with self.write() as conn:
            write_meta(conn, checked)

    @property
    def laptop_id(self) -> str:
        return self.setting("laptop_id")

    @property
    def interviewer(self) -> str:
        return self.setting("interviewer")

    @property
    def current_round(self) -> str:
        return self.setting("round")

    @property
    def hourly_value(self) -> float:
        return float(self.setting("hourly_value"))

    @property
    def weeks_per_year(self) -> float:
        return float(self.setting("weeks_per_year"))

    def _author(self) -> str:
        return self.interviewer or "onbekend"

    # ---------------------------------------------------------------- reading state

    def values(self, entity: str, record_id: str, conn: Connection | None = None
               ) -> dict[str, Any]:
        """Current (shown) value of every field of one record, canonical JSON values."""
        with _maybe(self.engine, conn) as c:
            rows = c.exec_driver_sql(
                "SELECT field, value FROM field_state WHERE entity = ? AND record_id = ?",
                (entity, record_id)).all()
        return {f: json.loads(v) for f, v in rows}

    def exists(self, entity: str, record_id: str) -> bool:
        with self.read() as conn:
            return conn.execute(
                "SELECT 1 FROM field_state WHERE entity = ? AND record_id = ? LIMIT 1",
                (entity, record_id)).fetchone() is not None

    # ---------------------------------------------------------------- editing

    def _rows(self, entity: str, record_id: str, items: Mapping[str, Any],
              head_ids: Mapping[str, list[str]], covers: list[str] | None = None
              ) -> list[dict[str, Any]]:
        at, author, laptop = self.clock(), self._author(), self.laptop_id
        return [
            changes.make_change(entity, record_id, name, value, parents=head_ids.get(name, []),
                                covers=covers if name == "archived" else None,
                                author=author, laptop=laptop, at=at)
            for name, value in items.items()
        ]

    def create(self, entity: str, values: Mapping[str, Any] | None = None, *,
               record_id: str | None = None) -> str:
        """Create a record; returns its id. Raises :class:`ValidationError`, storing nothing."""
        if entity not in ENTITY_LABELS:
            raise KeyError(entity)
        record_id = record_id or str(uuid.uuid4())
        cleaned = {k: v for k, v in clean_values(entity, values or {}).items() if v is not None}
        if entity in PER_ROUND and not cleaned.get("round"):
            cleaned["round"] = self.current_round or DEFAULT_ROUND
        check_record(entity, cleaned)
        with self.write() as conn:
            if self.values(entity, record_id, conn):
                raise ValidationError(f"{ENTITY_LABELS[entity]} {record_id} bestaat al.")
            self._check_open(conn, entity, cleaned)
            self._check_references(conn, cleaned, entity)
            rows = self._rows(entity, record_id, {"archived": False, **cleaned}, {})
            changes.ingest_rows(conn, rows)
        return record_id

    def update(self, entity: str, record_id: str, values: Mapping[str, Any]) -> int:
        """Change fields of a record; returns how many fields changed (unchanged ones are
        skipped). Raises :class:`ValidationError` and stores nothing if any value is invalid."""
        cleaned = clean_values(entity, values)
        with self.write() as conn:
            current = self.values(entity, record_id, conn)
            if not current:
                raise ValidationError(f"{ENTITY_LABELS[entity]} bestaat niet (meer).")
            if current.get("archived"):
                raise ValidationError(
                    f"Deze {ENTITY_LABELS[entity].lower()} is gearchiveerd; zet hem eerst terug.")
            after = {**current, **cleaned}
            self._check_open(conn, entity, current)
            if "round" in cleaned or "interview_id" in cleaned:
                self._check_open(conn, entity, after)
            if entity == "contact" and any(f in cleaned for f in CONSENT_FIELDS) and not all(
                    after.get(f) for f in CONSENT_FIELDS):
                # Consent withdrawn: the personal data goes with it, never stays behind.
                for name in personal_fields("contact"):
                    if after.get(name) is not None:
                        cleaned[name] = after[name] = None
            check_record(entity, after)
            self._check_references(conn, cleaned, entity)
            head_ids = changes.heads(conn, entity, record_id)
            conflicted = self._conflicted_fields(conn, entity, record_id)
            todo = {k: v for k, v in cleaned.items()
                    if k != "archived" and (current.get(k) != v or k in conflicted)}
            if todo:
                changes.ingest_rows(conn, self._rows(entity, record_id, todo, head_ids))
        return len(todo)

    def set(self, entity: str, record_id: str, name: str, value: Any) -> int:
        return self.update(entity, record_id, {name: value})

    @staticmethod
    def _existing_heads(conn: Connection, entity: str, record_id: str) -> dict[str, list[str]]:
        """Heads of a record that must exist (archive, restore and resolve never create one)."""
        head_ids = changes.heads(conn, entity, record_id)
        if not head_ids:
            raise ValidationError(f"{ENTITY_LABELS[entity]} bestaat niet.")
        return head_ids

    def _check_open(self, conn: Connection, entity: str, record: Mapping[str, Any]) -> None:
        """Refuse to change a record of a vastgesteld meetmoment (Dutch ValidationError)."""
        from nulmeting.store.rounds import check_open_round

        if entity in {"interview", *PER_ROUND}:
            check_open_round(conn, record.get("round"))
        elif entity in {"finance_line", "need"} and record.get("interview_id"):
            row = conn.exec_driver_sql(
                "SELECT json_extract(value, '$') FROM field_state WHERE entity = 'interview' "
                "AND record_id = ? AND field = 'round'", (record["interview_id"],)).first()
            check_open_round(conn, row[0] if row else None)

    def check_open(self, entity: str, record_id: str) -> None:
        """Raise when the record belongs to a vastgesteld meetmoment."""
        with self.write() as conn:
            self._check_open(conn, entity, self.values(entity, record_id, conn))

    def archive(self, entity: str, record_id: str) -> None:
        """Archive (tombstone) a record; it stays in the change log and can be restored."""
        with self.write() as conn:
            self._check_open(conn, entity, self.values(entity, record_id, conn))
            head_ids = self._existing_heads(conn, entity, record_id)
            covers = changes.tombstone_covers(head_ids)
            changes.ingest_rows(conn, self._rows(entity, record_id, {"archived": True},
                                                 head_ids, covers))

    def restore(self, entity: str, record_id: str) -> None:
        with self.write() as conn:
            self._check_open(conn, entity, self.values(entity, record_id, conn))
            head_ids = self._existing_heads(conn, entity, record_id)
            changes.ingest_rows(conn, self._rows(entity, record_id, {"archived": False},
                                                 head_ids))

    def resolve(self, entity: str, record_id: str, name: str, value: Any) -> None:
        """Resolve a conflict: ``value`` descends from all heads, and merges onward."""
        if name == "archived":
            raise ValueError("gebruik resolve_deletion")
        cleaned = clean(field(entity, name), value)
        with self.write() as conn:
            head_ids = self._existing_heads(conn, entity, record_id)
            after = {**self.values(entity, record_id, conn), name: cleaned}
            check_record(entity, after)
            changes.ingest_rows(conn, self._rows(entity, record_id, {name: cleaned}, head_ids))

    def resolve_deletion(self, entity: str, record_id: str, *, keep_deleted: bool) -> None:
        """Resolve a delete-versus-edit conflict: stay archived (covering the edits) or restore."""
        if keep_deleted:
            self.archive(entity, record_id)
        else:
            self.restore(entity, record_id)

    def _check_references(self, conn: Connection, values: Mapping[str, Any], entity: str) -> None:
        for name, value in values.items():
            fd = field(entity, name)
            if fd.kind in {"place", "interview"} and value is not None:
                found = conn.exec_driver_sql(
                    "SELECT 1 FROM field_state WHERE entity = ? AND record_id = ? LIMIT 1",
                    (fd.kind, value)).first()
                if not found:
                    raise ValidationError(f"{fd.label}: verwijst naar iets dat niet bestaat.",
                                          name)

    @staticmethod
    def _conflicted_fields(conn: Connection, entity: str, record_id: str
                           ) -> builtins.set[str]:
        rows = conn.exec_driver_sql(
            "SELECT field FROM field_state WHERE entity = ? AND record_id = ? AND conflict",
            (entity, record_id))
        return {r[0] for r in rows}

    # ---------------------------------------------------------------- conflicts and history

    def conflicts(self) -> list[Conflict]:
        """Open conflicts, ordered by place name, then entity and field."""
        out: list[Conflict] = []
        with self.engine.connect() as conn:
            keys = conn.exec_driver_sql(
                "SELECT entity, record_id, field FROM field_state WHERE conflict").all()
            for entity, record_id, name in keys:
                place_id, place_name = self._place_of(conn, entity, record_id)
                out.append(Conflict(entity, record_id, name, field(entity, name).label,
                                    place_id, place_name,
                                    changes.head_values(conn, entity, record_id, name)))
            for entity, record_id, edit_ids in changes.deletion_conflicts(conn):
                place_id, place_name = self._place_of(conn, entity, record_id)
                values = changes.head_values(conn, entity, record_id, "archived")
                edits = [_head(conn, cid) for cid in edit_ids]
                out.append(Conflict(entity, record_id, "archived", "Verwijderd of gewijzigd",
                                    place_id, place_name, values + edits))
        return sorted(out, key=lambda c: (c.place_name.lower(), c.entity, c.record_id, c.field))

    def conflict_count(self, conn: Connection | None = None) -> int:
        """Open conflicts, as :meth:`conflicts` lists them (field and delete-versus-edit), counted
        without building the list."""
        with _maybe(self.engine, conn) as c:
            fields_in_conflict = c.exec_driver_sql(
                "SELECT COUNT(*) FROM field_state WHERE conflict = 1").scalar_one()
            return int(fields_in_conflict) + len(changes.deletion_conflicts(c))

    def _place_of(self, conn: Connection, entity: str, record_id: str) -> tuple[str | None, str]:
        if entity == "place":
            place_id: str | None = record_id
        else:
            ref = "interview_id" if "interview_id" in fields(entity) else "place_id"
            row = conn.exec_driver_sql(
                "SELECT json_extract(value, '$') FROM field_state WHERE entity = ? AND "
                "record_id = ? AND field = ?", (entity, record_id, ref)).first()
            place_id = row[0] if row else None
            if ref == "interview_id" and place_id:
                return self._place_of(conn, "interview", place_id)
        row = conn.exec_driver_sql(
            "SELECT json_extract(value, '$') FROM field_state WHERE entity = 'place' AND "
            "record_id = ? AND field = 'name'", (place_id,)).first()
        return place_id, (row[0] if row and row[0] else "(naamloos)")

    def history(self, entity: str, record_id: str) -> list[HistoryEntry]:
        """Who changed which field from what to what, when (oldest first)."""
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT c.at, c.author, c.field, c.value, (SELECT json_group_array(json(p.value))"
                " FROM change_parent cp JOIN change p ON p.id = cp.parent WHERE cp.child = c.id)"
                " FROM change c WHERE c.entity = ? AND c.record_id = ? ORDER BY c.at, c.seq",
                (entity, record_id)).all()
        return [HistoryEntry(at, author, name, field(entity, name).label, json.loads(old),
                             json.loads(new)) for at, author, name, new, old in rows]

    # ---------------------------------------------------------------- counts

    def counts(self) -> dict[str, int]:
        """Non-archived records per entity."""
        with self.read() as conn:
            return {e: conn.execute(f"SELECT COUNT(*) FROM {e} WHERE NOT archived").fetchone()[0]
                    for e in ENTITY_LABELS}

    def revision(self) -> str:
        with self.read() as conn:
            return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _head(conn: Connection, change_id: str) -> changes.HeadValue:
    row = conn.exec_driver_sql(
        "SELECT id, value, author, laptop, at FROM change WHERE id = ?", (change_id,)).one()
    return changes.HeadValue(row[0], json.loads(row[1]), row[2], row[3], row[4])


@contextlib.contextmanager
def _maybe(engine: Engine, conn: Connection | None) -> Iterator[Connection]:
    if conn is not None:
        yield conn
    else:
        with engine.connect() as c:
            yield c


def _load_reference(conn: Connection) -> None:
    data = reference.data()
    conn.exec_driver_sql("DELETE FROM ref_area")
    conn.exec_driver_sql("DELETE FROM ref_district")
    conn.exec_driver_sql("DELETE FROM ref_option")
    conn.exec_driver_sql(
        "INSERT INTO ref_area (code, name, cbs_code, position) VALUES (?, ?, ?, ?)",
        [(a["code"], a["naam"], a["cbs_code"], i) for i, a in enumerate(data["gebieden"])])
    conn.exec_driver_sql(
        "INSERT INTO ref_district (code, name, area, cbs_code, inhabitants, pc4, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(d.code, d.name, d.area, d.cbs_code, d.inhabitants, d.pc4, d.position)
         for d in reference.districts().values()])
    conn.exec_driver_sql(
        "INSERT INTO ref_option (list, code, name, position) VALUES (?, ?, ?, ?)",
        [(name, code, label, i) for name in reference.option_lists()
         for i, (code, label) in enumerate(reference.options(name).items())])
    write_meta(conn, {"reference_version": str(reference.version())})
