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

from nulmeting.domain import reference, settings
from nulmeting.domain.errors import StoreError, ValidationError
from nulmeting.domain.fields import ENTITY_LABELS, field, parent_field, personal_fields
from nulmeting.domain.validation import CONSENT_FIELDS, check_record, clean, clean_values
from nulmeting.store import changes, joins, undo
from nulmeting.store.connection import (
    WRITE_WAIT_MS,
    make_engine,
    migrate,
    sqlite_of,
    write_error,
    write_transaction,
)
from nulmeting.store.files import (
    backup_copy,
    default_store_path,
    inspect_file,
    place_fingerprint,
)
from nulmeting.store.meta import read_meta, write_meta
from nulmeting.store.schema import HEAD

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

#: The meetmoment of a store whose setting is empty.
DEFAULT_ROUND = "Nulmeting"
#: Records that belong to a meetmoment by their own ``round`` field.
PER_ROUND = ("activity", "membership", "tie")
#: What a new store starts with (the settings registry's defaults).
DEFAULT_SETTINGS = settings.DEFAULTS


def open_store(path: Path | str | None = None, *, clock: Callable[[], str] | None = None) -> Store:
    """Open (or create) the store at ``path`` (default: the user's data folder)."""
    path = Path(path) if path is not None else default_store_path()
    if undo.note_path(path).exists() and inspect_file(path) is not None:
        undo.recover(path)  # a merge of several files was killed halfway: all or nothing
    revision = inspect_file(path)
    if revision is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif revision != HEAD:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.voor-schema-{HEAD}-{stamp}.sqlite")
        partial = target.with_name(target.name + ".deel")
        try:  # named only when whole: a kill or a full disk leaves no broken backup behind
            backup_copy(path, partial)
            partial.replace(target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            full = "full" in str(exc).lower() or getattr(exc, "errno", None) == 28
            raise StoreError(
                f"Voor de update van {path.name} naar de nieuwe versie kon geen reservekopie "
                f"gemaakt worden ({'de schijf is vol' if full else exc}). Maak ruimte vrij en "
                "start opnieuw; er is niets aan het bestand veranderd."
            ) from None
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
    #: "field" (several values), "deletion" (deleted versus edited) or "meting" (several
    #: metingen of one plek in one meetmoment: ``values`` are the metingen, ``change_id`` the
    #: meting's id; resolved by :meth:`Store.keep_meting`)
    kind: str = "field"

    @property
    def is_deletion(self) -> bool:
        return self.kind == "deletion"

    @property
    def is_double_meting(self) -> bool:
        return self.kind == "meting"


LOCAL_ORIGIN = "op deze laptop ingevoerd"


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    author: str
    field: str
    label: str
    old: list[Any]
    new: Any
    #: Where the change came from, as this laptop received it: "op deze laptop ingevoerd", or
    #: the team file / server login that delivered it (who delivered it, not proof of who wrote
    #: it: see nulmeting/team/ingest.py).
    origin: str = LOCAL_ORIGIN


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
        #: how long a write waits for another writer before :class:`StoreBusy` (ms)
        self.write_wait_ms = WRITE_WAIT_MS
        #: opened for the first time at another place than where it was made (a copied store):
        #: it got a laptop identity of its own (see :func:`place_fingerprint`)
        self.became_copy = False

    # ---------------------------------------------------------------- lifecycle

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (imports SQLAlchemy the first time: ~0.3 s)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.path)
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
        home = place_fingerprint(self.path)
        if (
            "laptop_id" in meta
            and meta.keys() >= DEFAULT_SETTINGS.keys()
            and meta.get("laptop_home") == home
            and meta.get("reference_version") == str(reference.version())
        ):
            return  # nothing to write: the usual start
        with write_transaction(self.engine) as conn:
            # what exists stays (another process may have started this store just now)
            write_meta(
                conn,
                {
                    "laptop_id": str(uuid.uuid4()),
                    "created_at": changes.utc_now(),
                    "laptop_home": home,
                    **DEFAULT_SETTINGS,
                },
                replace=False,
            )
            now = read_meta(sqlite_of(conn), "laptop_id", "laptop_home")
            if now.get("laptop_home") != home:
                # A copy of a store used on another laptop (or in another folder): from now on
                # it is a laptop of its own, so its team files merge with the original's.
                write_meta(
                    conn,
                    {
                        "laptop_id": str(uuid.uuid4()),
                        "laptop_home": home,
                        "copied_from_laptop": now.get("laptop_id", ""),
                    },
                )
                self.became_copy = True
            if meta.get("reference_version") != str(reference.version()):
                _load_reference(conn)

    @contextlib.contextmanager
    def read(self, *, snapshot: bool = False) -> Iterator[sqlite3.Connection]:
        """A read-only plain SQLite connection of this thread: THE way to read the store outside
        a write (inside one, read through :func:`sqlite_of` of the write connection). Every
        statement sees the latest committed state; ``snapshot``: all statements inside see the
        same state (one read transaction). A busy or unreadable file is a Dutch
        :class:`StoreError`."""
        conn = self._reader()
        begin = snapshot and not conn.in_transaction
        try:
            if begin:
                conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if begin and conn.in_transaction:
                    conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"Het gegevensbestand kan nu niet gelezen worden ({exc}). Probeer het zo opnieuw."
            ) from None

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
    def write(self) -> Iterator[Connection]:
        """One transaction: everything inside is stored, or nothing. A database that is busy
        (a merge is running) or cannot be written (disk full) is a Dutch :class:`StoreError`."""
        from sqlalchemy.exc import OperationalError

        try:
            wait = getattr(self._local, "wait_ms", None) or self.write_wait_ms
            with write_transaction(self.engine, wait) as conn:
                yield conn
        except OperationalError as exc:
            raise write_error(exc, self.path) from None

    @contextlib.contextmanager
    def waiting(self, ms: int) -> Iterator[None]:
        """Writes of this thread inside the block wait at most ``ms`` for another writer (the
        window: a short wait, then it keeps the edit and tries again, instead of freezing)."""
        before = getattr(self._local, "wait_ms", None)
        self._local.wait_ms = ms
        try:
            yield
        finally:
            self._local.wait_ms = before

    # ---------------------------------------------------------------- settings

    def setting(self, key: str) -> str:
        with self.read() as conn:
            meta = read_meta(conn, key)
        return meta[key] if key in meta else DEFAULT_SETTINGS.get(key, "")

    @staticmethod
    def check_setting(key: str, value: str) -> str:
        """The value as stored, or a Dutch :class:`ValidationError` (see
        :func:`nulmeting.domain.settings.check`)."""
        return settings.check(key, value)

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

    @property
    def minimum_wage(self) -> float:
        return float(self.setting("minimum_wage"))

    def _author(self) -> str:
        return self.interviewer or "onbekend"

    # ---------------------------------------------------------------- reading state

    def values(self, entity: str, record_id: str) -> dict[str, Any]:
        """Current (shown) value of every field of one record, canonical JSON values."""
        with self.read() as conn:
            return joins.effective(conn, entity, record_id, record_values(conn, entity, record_id))

    def exists(self, entity: str, record_id: str) -> bool:
        with self.read() as conn:
            return (
                conn.execute(
                    "SELECT 1 FROM field_state WHERE entity = ? AND record_id = ? LIMIT 1",
                    (entity, record_id),
                ).fetchone()
                is not None
            )

    # ---------------------------------------------------------------- editing

    def _rows(
        self,
        entity: str,
        record_id: str,
        items: Mapping[str, Any],
        head_ids: Mapping[str, list[str]],
        covers: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        at, author, laptop = self.clock(), self._author(), self.laptop_id
        return [
            changes.make_change(
                entity,
                record_id,
                name,
                value,
                parents=head_ids.get(name, []),
                covers=covers if name == "archived" else None,
                author=author,
                laptop=laptop,
                at=at,
            )
            for name, value in items.items()
        ]

    def change_rows(
        self,
        entity: str,
        record_id: str,
        items: Mapping[str, Any],
        head_ids: Mapping[str, list[str]],
    ) -> list[dict[str, Any]]:
        """The changes this laptop's interviewer makes setting ``items`` of a record whose
        fields had ``head_ids`` (for writers outside this class, e.g. meetmomenten)."""
        return self._rows(entity, record_id, items, head_ids)

    def create(
        self, entity: str, values: Mapping[str, Any] | None = None, *, record_id: str | None = None
    ) -> str:
        """Create a record; returns its id. Raises :class:`ValidationError`, storing nothing."""
        if entity not in ENTITY_LABELS:
            raise KeyError(entity)
        record_id = record_id or str(uuid.uuid4())
        cleaned = {k: v for k, v in clean_values(entity, values or {}).items() if v is not None}
        if entity in PER_ROUND and not cleaned.get("round"):
            cleaned["round"] = self.current_round or DEFAULT_ROUND
        check_record(entity, cleaned)
        with self.write() as conn:
            if record_values(sqlite_of(conn), entity, record_id):
                raise ValidationError(f"{ENTITY_LABELS[entity]} {record_id} bestaat al.")
            self._check_open(conn, entity, cleaned)
            self._check_references(sqlite_of(conn), cleaned, entity)
            rows = self._rows(entity, record_id, {"archived": False, **cleaned}, {})
            changes.ingest_rows(conn, rows)
        return record_id

    def update(self, entity: str, record_id: str, values: Mapping[str, Any]) -> int:
        """Change fields of a record; returns how many fields changed (unchanged ones are
        skipped). Raises :class:`ValidationError` and stores nothing if any value is invalid."""
        cleaned = clean_values(entity, values)
        with self.write() as conn:
            reader = sqlite_of(conn)
            current = record_values(reader, entity, record_id)
            if not current:
                raise ValidationError(f"{ENTITY_LABELS[entity]} bestaat niet (meer).")
            if current.get("archived"):
                raise ValidationError(
                    f"Deze {ENTITY_LABELS[entity].lower()} is gearchiveerd; zet hem eerst terug."
                )
            after = {**current, **cleaned}
            self._check_open(conn, entity, current)
            if "round" in cleaned or "interview_id" in cleaned:
                self._check_open(conn, entity, after)
            if (
                entity == "contact"
                and any(f in cleaned for f in CONSENT_FIELDS)
                and not all(after.get(f) for f in CONSENT_FIELDS)
            ):
                # Consent withdrawn: the personal data goes with it, never stays behind.
                for name in personal_fields("contact"):
                    if after.get(name) is not None:
                        cleaned[name] = after[name] = None
            check_record(entity, after)
            self._check_references(reader, cleaned, entity)
            head_ids = changes.heads(reader, entity, record_id)
            conflicted = self._conflicted_fields(reader, entity, record_id)
            todo = {
                k: v
                for k, v in cleaned.items()
                if k != "archived" and (current.get(k) != v or k in conflicted)
            }
            if todo:
                changes.ingest_rows(conn, self._rows(entity, record_id, todo, head_ids))
        return len(todo)

    def set(self, entity: str, record_id: str, name: str, value: Any) -> int:
        return self.update(entity, record_id, {name: value})

    @staticmethod
    def _existing_heads(conn: Connection, entity: str, record_id: str) -> dict[str, list[str]]:
        """Heads of a record that must exist (archive, restore and resolve never create one)."""
        head_ids = changes.heads(sqlite_of(conn), entity, record_id)
        if not head_ids:
            raise ValidationError(f"{ENTITY_LABELS[entity]} bestaat niet.")
        return head_ids

    def _check_open(self, conn: Connection, entity: str, record: Mapping[str, Any]) -> None:
        """Refuse to change a record of a vastgesteld meetmoment (Dutch ValidationError)."""
        from nulmeting.store.rounds import check_open_round

        if entity in {"interview", *PER_ROUND}:
            check_open_round(conn, record.get("round"))
        elif entity in {"finance_line", "need"} and record.get("interview_id"):
            row = (
                sqlite_of(conn)
                .execute(
                    "SELECT json_extract(value, '$') FROM field_state WHERE entity = 'interview' "
                    "AND record_id = ? AND field = 'round'",
                    (record["interview_id"],),
                )
                .fetchone()
            )
            check_open_round(conn, row[0] if row else None)

    def check_open(self, entity: str, record_id: str) -> None:
        """Raise when the record belongs to a vastgesteld meetmoment."""
        with self.write() as conn:
            self._check_open(conn, entity, record_values(sqlite_of(conn), entity, record_id))

    def archive(self, entity: str, record_id: str) -> None:
        """Archive (tombstone) a record; it stays in the change log and can be restored."""
        with self.write() as conn:
            self._check_open(conn, entity, record_values(sqlite_of(conn), entity, record_id))
            head_ids = self._existing_heads(conn, entity, record_id)
            covers = changes.tombstone_covers(head_ids)
            changes.ingest_rows(
                conn, self._rows(entity, record_id, {"archived": True}, head_ids, covers)
            )

    def restore(self, entity: str, record_id: str) -> None:
        with self.write() as conn:
            self._check_open(conn, entity, record_values(sqlite_of(conn), entity, record_id))
            head_ids = self._existing_heads(conn, entity, record_id)
            changes.ingest_rows(conn, self._rows(entity, record_id, {"archived": False}, head_ids))

    def resolve(self, entity: str, record_id: str, name: str, value: Any) -> None:
        """Resolve a conflict: ``value`` descends from all heads, and merges onward."""
        if name == "archived":  # archived on one laptop, restored on another: keep one
            self.resolve_deletion(entity, record_id, keep_deleted=bool(value))
            return
        cleaned = clean(field(entity, name), value)
        with self.write() as conn:
            head_ids = self._existing_heads(conn, entity, record_id)
            after = {**record_values(sqlite_of(conn), entity, record_id), name: cleaned}
            check_record(entity, after)
            changes.ingest_rows(conn, self._rows(entity, record_id, {name: cleaned}, head_ids))

    def resolve_deletion(self, entity: str, record_id: str, *, keep_deleted: bool) -> None:
        """Resolve a delete-versus-edit conflict: stay archived (covering the edits) or restore."""
        if keep_deleted:
            self.archive(entity, record_id)
        else:
            self.restore(entity, record_id)

    def keep_meting(self, interview_id: str) -> int:
        """Resolve a double meting: keep ``interview_id`` and archive the other metingen of its
        plek in the same meetmoment (they stay in the change log and can be restored)."""
        with self.write() as conn:
            reader = sqlite_of(conn)
            row = reader.execute(
                "SELECT place_id, round FROM interview WHERE id = ? AND NOT archived",
                (interview_id,),
            ).fetchone()
            if row is None:
                raise ValidationError("Deze meting bestaat niet (meer).")
            others = [
                r[0]
                for r in reader.execute(
                    "SELECT id FROM interview WHERE place_id = ? AND round = ? AND id != ? AND "
                    "NOT archived",
                    (row[0], row[1], interview_id),
                )
            ]
            rows = []
            for other in others:
                head_ids = changes.heads(reader, "interview", other)
                rows += self._rows(
                    "interview",
                    other,
                    {"archived": True},
                    head_ids,
                    changes.tombstone_covers(head_ids),
                )
            if rows:
                changes.ingest_rows(conn, rows)
        return len(others)

    @staticmethod
    def _check_references(conn: sqlite3.Connection, values: Mapping[str, Any], entity: str) -> None:
        for name, value in values.items():
            fd = field(entity, name)
            if fd.kind in ENTITY_LABELS and value is not None:
                found = conn.execute(
                    "SELECT 1 FROM field_state WHERE entity = ? AND record_id = ? LIMIT 1",
                    (fd.kind, value),
                ).fetchone()
                if not found:
                    raise ValidationError(f"{fd.label}: verwijst naar iets dat niet bestaat.", name)

    @staticmethod
    def _conflicted_fields(
        conn: sqlite3.Connection, entity: str, record_id: str
    ) -> builtins.set[str]:
        rows = conn.execute(
            "SELECT field FROM field_state WHERE entity = ? AND record_id = ? AND conflict",
            (entity, record_id),
        )
        return {r[0] for r in rows}

    # ---------------------------------------------------------------- conflicts and history

    def conflicts(self) -> list[Conflict]:
        """Open conflicts, ordered by place name, then entity and field."""
        out: list[Conflict] = []
        with self.read(snapshot=True) as conn:
            keys = conn.execute(
                "SELECT entity, record_id, field FROM field_state WHERE conflict"
            ).fetchall()
            for entity, record_id, name in keys:
                place_id, place_name = place_of(conn, entity, record_id)
                out.append(
                    Conflict(
                        entity,
                        record_id,
                        name,
                        field(entity, name).label,
                        place_id,
                        place_name,
                        changes.head_values(conn, entity, record_id, name),
                    )
                )
            for entity, record_id, edit_ids in changes.deletion_conflicts(conn):
                place_id, place_name = place_of(conn, entity, record_id)
                values = changes.head_values(conn, entity, record_id, "archived")
                edits = [changes.head_value(conn, cid) for cid in edit_ids]
                out.append(
                    Conflict(
                        entity,
                        record_id,
                        "archived",
                        "Verwijderd of gewijzigd",
                        place_id,
                        place_name,
                        values + edits,
                        "deletion",
                    )
                )
            for double in joins.double_metingen(conn):
                _, place_name = place_of(conn, "place", double.place_id)
                metingen = [
                    changes.HeadValue(i["id"], _meting_summary(i), i["author"], "", i["created_at"])
                    for i in double.interviews
                ]
                out.append(
                    Conflict(
                        "interview",
                        double.interviews[0]["id"],
                        "round",
                        f"Twee metingen in meetmoment {double.round}",
                        double.place_id,
                        place_name,
                        metingen,
                        "meting",
                    )
                )
        return sorted(out, key=lambda c: (c.place_name.lower(), c.entity, c.record_id, c.field))

    def conflict_count(self) -> int:
        """Open conflicts, as :meth:`conflicts` lists them (field and delete-versus-edit), counted
        without building the list."""
        with self.read(snapshot=True) as conn:
            return count_conflicts(conn)

    def open_conflict_count(self) -> int:
        """The count the window shows (:meth:`conflict_count`: plain SQLite, no SQLAlchemy)."""
        return self.conflict_count()

    def history(self, entity: str, record_id: str) -> list[HistoryEntry]:
        """Who changed which field from what to what, when (oldest first)."""
        with self.read() as conn:
            rows = conn.execute(
                "SELECT c.at, c.author, c.field, c.value, (SELECT json_group_array(json(p.value))"
                " FROM change_parent cp JOIN change p ON p.id = cp.parent WHERE cp.child = c.id),"
                " o.origin FROM change c LEFT JOIN change_origin o ON o.change_id = c.id"
                " WHERE c.entity = ? AND c.record_id = ? ORDER BY c.at, c.seq",
                (entity, record_id),
            ).fetchall()
        return [
            HistoryEntry(
                at,
                author,
                name,
                field(entity, name).label,
                json.loads(old),
                json.loads(new),
                origin or LOCAL_ORIGIN,
            )
            for at, author, name, new, old, origin in rows
        ]

    # ---------------------------------------------------------------- counts

    def counts(self) -> dict[str, int]:
        """Non-archived records per entity."""
        with self.read() as conn:
            return {
                e: conn.execute(f"SELECT COUNT(*) FROM {e} WHERE NOT archived").fetchone()[0]
                for e in ENTITY_LABELS
            }

    def revision(self) -> str:
        with self.read() as conn:
            return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


# --------------------------------------------------------------------------- reading


def record_values(conn: sqlite3.Connection, entity: str, record_id: str) -> dict[str, Any]:
    """Current (shown) value of every field of one record, canonical JSON values."""
    rows = conn.execute(
        "SELECT field, value FROM field_state WHERE entity = ? AND record_id = ?",
        (entity, record_id),
    ).fetchall()
    return {f: json.loads(v) for f, v in rows}


def count_conflicts(conn: sqlite3.Connection) -> int:
    """Open conflicts (field and delete-versus-edit) as :meth:`Store.conflicts` lists them."""
    fields_in_conflict = conn.execute(
        "SELECT COUNT(*) FROM field_state WHERE conflict = 1"
    ).fetchone()[0]
    return (
        int(fields_in_conflict)
        + len(changes.deletion_conflicts(conn))
        + len(joins.double_metingen(conn))
    )


def _meting_summary(interview: Mapping[str, Any]) -> str:
    parts = [f"{interview['volunteers']} vrijwilligers"]
    for key, label in (("status", "status"), ("date", "datum"), ("interviewer", "door")):
        if interview.get(key):
            parts.append(f"{label} {interview[key]}")
    return "Meting: " + ", ".join(parts)


def place_of(conn: sqlite3.Connection, entity: str, record_id: str) -> tuple[str | None, str]:
    """The plek a record belongs to (following its parents, :func:`parent_field`): its id
    (``None``: unknown) and name."""
    place_id: str | None = record_id
    while entity != "place" and place_id is not None:
        parent = parent_field(entity)
        if parent is None:
            return None, "(naamloos)"
        row = conn.execute(
            "SELECT json_extract(value, '$') FROM field_state WHERE entity = ? AND "
            "record_id = ? AND field = ?",
            (entity, place_id, parent.name),
        ).fetchone()
        entity, place_id = parent.kind, (row[0] if row else None)
    row = conn.execute(
        "SELECT json_extract(value, '$') FROM field_state WHERE entity = 'place' AND "
        "record_id = ? AND field = 'name'",
        (place_id,),
    ).fetchone()
    return place_id, (row[0] if row and row[0] else "(naamloos)")


def _load_reference(conn: Connection) -> None:
    data = reference.data()
    conn.exec_driver_sql("DELETE FROM ref_area")
    conn.exec_driver_sql("DELETE FROM ref_district")
    conn.exec_driver_sql("DELETE FROM ref_option")
    conn.exec_driver_sql(
        "INSERT INTO ref_area (code, name, cbs_code, position) VALUES (?, ?, ?, ?)",
        [(a["code"], a["naam"], a["cbs_code"], i) for i, a in enumerate(data["gebieden"])],
    )
    conn.exec_driver_sql(
        "INSERT INTO ref_district (code, name, area, cbs_code, inhabitants, pc4, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (d.code, d.name, d.area, d.cbs_code, d.inhabitants, d.pc4, d.position)
            for d in reference.districts().values()
        ],
    )
    conn.exec_driver_sql(
        "INSERT INTO ref_option (list, code, name, position) VALUES (?, ?, ?, ?)",
        [
            (name, code, label, i)
            for name in reference.option_lists()
            for i, (code, label) in enumerate(reference.options(name).items())
        ],
    )
    write_meta(conn, {"reference_version": str(reference.version())})
