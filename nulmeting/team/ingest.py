"""The trust boundary: every change that arrives from elsewhere is checked before it is ingested.

Team files travel by USB stick and e-mail, and anyone with an interviewer login can write rows on
the server, so a change that arrives is checked as strictly as what a person types in the form:

* **shape** — every column is text of a sane length; a known entity and field; ``at`` is an ISO
  time; ``value``, ``parents`` and ``covers`` are canonical JSON (as :func:`changes.make_change`
  writes them), ``parents`` and ``covers`` lists of change ids;
* **identity** — the id is recomputed from the content (ids are content hashes), so a change that
  carries a real change's id with another value is caught wherever it arrives;
* **value** — kind, value list, range and size against the field registry
  (:mod:`nulmeting.fields`, limits in :data:`validation.MAX_CHARS` / ``MAX_NUMBER``);
* **parents** — every parent is a known change of the *same* record and field (otherwise a change
  could hide another record's value); a parent that is not known (not in this store, not in the
  same delivery) is refused too, until it arrives.

One rule for what happens to a bad change (README, "Wat binnenkomt wordt gecontroleerd"):
a **team file** with any invalid change is refused whole (:func:`check_store_file`; the merge
stops before anything is stored, and the message names the reason and the first rows); the
**server**, which cannot be refused, has its bad rows set aside (:func:`split_batch`): they are
kept in the local table ``set_aside_change`` with the reason, listed in the sync summary, never
applied, and checked again at every sync (a row whose parent arrives later is then accepted).

What the checks do not do: they cannot tell a well-formed change that a colleague did not make
from one they did. Ids are hashes, not signatures: anyone can compute a correct id for any
content. Where a change came from (which team file, which server login) is recorded in
``change_origin`` (:func:`record_origin`) and shown in the history; that says who *delivered* a
change, not who wrote it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from nulmeting.domain import reference
from nulmeting.domain.fields import ENTITY_LABELS, FieldDef, fields
from nulmeting.domain.validation import MAX_CHARS, MAX_NUMBER, SNAPSHOT
from nulmeting.store.changes import CHANGE_COLUMNS, change_id, dumps

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: The longest JSON text of a value: the longest text field, escaped, with room to spare.
MAX_VALUE_CHARS = 6 * MAX_CHARS["longtext"] + 2
#: A vastgesteld meetmoment's stored rows (``meetmoment.snapshot``, compressed base64): the
#: one value that may be longer (10,000 plekken: 18 MB).
MAX_SNAPSHOT_CHARS = 200_000_000
#: Parents of one change (the heads its editor saw: a handful, even after a big conflict).
MAX_PARENTS = 1000
#: Changes a tombstone may cover (the heads of all the record's other fields).
MAX_COVERS = 10_000
MAX_AUTHOR = 120

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_POSTCODE = re.compile(r"[1-9]\d{3} [A-Z]{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ()-]{6,20}")

Key = tuple[str, str, str]  # (entity, record_id, field)


class _Bad(Exception):
    """One reason (Dutch) why a change is refused."""


@dataclass(frozen=True)
class Rejected:
    """A change that was refused, with the reason in Dutch."""

    row: dict[str, Any]
    reason: str
    #: The plek's name, where this laptop knows the record (for the person reading the list).
    place_name: str | None = None

    def where(self) -> str:
        """Which change, in a person's terms: ``Plek 'Naam' van record 1a2b3c4d (wijziging …)``
        or ``… van De Pit (wijziging …)`` when the plek is known here."""
        entity, name = self.row.get("entity"), self.row.get("field")
        label = ENTITY_LABELS.get(entity, str(entity)[:32]) if isinstance(entity, str) else "?"
        try:
            flabel = (
                fields(entity)[name].label
                if isinstance(entity, str) and isinstance(name, str)
                else str(name)[:64]
            )
        except KeyError:
            flabel = str(name)[:64]
        record = (
            f"'{self.place_name}'"
            if self.place_name
            else f"record {str(self.row.get('record_id'))[:8]}"
        )
        cid = str(self.row.get("id"))[:8]
        return f"{label} '{flabel}' van {record} (wijziging {cid})"

    def dutch(self) -> str:
        return f"{self.where()}: {self.reason}"


@dataclass
class Checked:
    """A batch split into the changes that may be ingested and those refused."""

    accepted: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


# --------------------------------------------------------------------------- one change


def _reject_constant(name: str) -> Any:
    raise _Bad(f"de waarde bevat {name}, geen getal")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)  # one decoder: ~1 µs per value less


def _loads(text: str) -> Any:
    return _DECODER.decode(text)


@cache
def _options(list_name: str) -> frozenset[str]:
    return frozenset(reference.options(list_name))


@cache
def _districts() -> frozenset[str]:
    return frozenset(reference.districts())


_KIND_NAMES = {
    "int": "een heel getal",
    "year": "een jaartal",
    "float": "een getal",
    "hours": "een aantal uren",
    "money": "een bedrag",
    "bool": "ja of nee",
    "date": "een datum (jjjj-mm-dd)",
    "time": "een tijd (uu:mm)",
    "choice": "een keuze uit de lijst",
    "multi": "keuzes uit de lijst",
    "district": "een wijk",
    "place": "een verwijzing naar een plek",
    "interview": "een verwijzing naar een meting",
    "postcode": "een postcode",
    "email": "een e-mailadres",
    "phone": "een telefoonnummer",
    "text": "tekst",
    "longtext": "tekst",
    "snapshot": "een vastgestelde stand",
}


def value_problem(fd: FieldDef, value: Any) -> str | None:
    """Why ``value`` (decoded JSON) may not be stored in ``fd``, or None when it may."""
    if value is None:
        return None
    problem = _value_problem(fd, value)
    if problem is _WRONG:
        return f"'{_short(value)}' past niet: verwacht {_KIND_NAMES.get(fd.kind, fd.kind)}"
    return problem


_WRONG = "wrong kind"


def _value_problem(fd: FieldDef, value: Any) -> str | None:
    kind = fd.kind
    wrong = _WRONG
    if kind == "snapshot":
        return None if isinstance(value, str) and SNAPSHOT.fullmatch(value) else wrong
    if kind in MAX_CHARS:
        if not isinstance(value, str):
            return wrong
        if len(value) > MAX_CHARS[kind]:
            return (
                f"de tekst is te lang ({len(value):,} tekens; hoogstens "
                f"{MAX_CHARS[kind]:,})".replace(",", ".")
            )
        pattern = {"postcode": _POSTCODE, "email": _EMAIL, "phone": _PHONE}.get(kind)
        if pattern is not None and not pattern.fullmatch(value):
            return wrong
        return None
    if fd.is_number:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return wrong
        if kind in {"int", "year"} and not isinstance(value, int):
            return wrong
        if isinstance(value, float) and not math.isfinite(value):
            return wrong
        if abs(value) > MAX_NUMBER:
            return f"{value:g} is onmogelijk groot (hoogstens {MAX_NUMBER:g})"
        if fd.low is not None and value < fd.low:
            return f"{value:g} is kleiner dan {fd.low:g}"
        if (fd.high is not None and value > fd.high) or (kind == "money" and value < 0):
            return f"{value:g} ligt buiten het bereik van het veld"
        return None
    if kind == "bool":
        return None if isinstance(value, bool) else wrong
    if kind == "date":
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            return wrong
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"'{value}' is geen bestaande datum"
        return None
    if kind == "time":
        return None if isinstance(value, str) and _TIME.fullmatch(value) else wrong
    if kind == "choice":
        ok = isinstance(value, str) and value in _options(fd.options or "")
        return None if ok else wrong
    if kind == "multi":
        if not isinstance(value, list) or not value:
            return wrong
        allowed = _options(fd.options or "")
        if not all(isinstance(v, str) and v in allowed for v in value) or len(set(value)) != len(
            value
        ):
            return wrong
        return None
    if kind == "district":
        return None if isinstance(value, str) and value in _districts() else wrong
    if kind in {"place", "interview"}:
        return None if isinstance(value, str) and _UUID.fullmatch(value) else wrong
    return f"onbekende soort veld {kind}"


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else dumps(value) if _dumpable(value) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _dumpable(value: Any) -> bool:
    try:
        dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _id_list(text: Any, what: str, limit: int) -> list[str]:
    if text == "[]":  # most changes: a field's first value
        return []
    if not isinstance(text, str) or len(text) > 40 * limit + 2:
        raise _Bad(f"{what} is geen lijst van wijzigingen")
    try:
        ids = _loads(text)
    except ValueError:
        raise _Bad(f"{what} is geen geldige JSON") from None
    if not isinstance(ids, list) or not all(isinstance(i, str) and _UUID.fullmatch(i) for i in ids):
        raise _Bad(f"{what} is geen lijst van wijzigingen")
    if dumps(sorted(set(ids))) != text:
        raise _Bad(f"{what} staat niet in de vaste vorm (gesorteerd, zonder dubbele)")
    return ids


def row_problem(row: Mapping[str, Any]) -> str | None:
    """Why this change row may not be ingested (its own content only), or None."""
    try:
        _check_row(row)
    except _Bad as exc:
        return str(exc)
    return None


def _check_row(row: Mapping[str, Any]) -> list[str]:
    """Raises :class:`_Bad`; returns the parsed parents."""
    return _check(*(row.get(c) for c in CHANGE_COLUMNS))


_TEXT = str


def _check(
    cid: Any,
    entity: Any,
    record_id: Any,
    name: Any,
    text: Any,
    parents_text: Any,
    covers: Any,
    author: Any,
    laptop: Any,
    at: Any,
) -> list[str]:
    """The checks of one change given as its columns (the hot loop of a team file's check:
    ~15 µs per change on this machine, most of it JSON and the hash)."""
    if not (
        type(cid) is _TEXT
        and type(entity) is _TEXT
        and type(record_id) is _TEXT
        and type(name) is _TEXT
        and type(text) is _TEXT
        and type(parents_text) is _TEXT
        and type(author) is _TEXT
        and type(laptop) is _TEXT
        and type(at) is _TEXT
        and (covers is None or type(covers) is _TEXT)
    ):
        for column, value in zip(
            CHANGE_COLUMNS,
            (cid, entity, record_id, name, text, parents_text, covers, author, laptop, at),
            strict=True,
        ):
            if not isinstance(value, str) and not (column == "covers" and value is None):
                raise _Bad(f"kolom '{column}' ontbreekt of is geen tekst")
    if not _UUID.fullmatch(cid):
        raise _Bad("het id is geen wijzigings-id")
    if entity not in ENTITY_LABELS:
        raise _Bad(f"onbekende soort gegeven '{_short(entity)}'")
    fd = fields(entity).get(name)
    if fd is None:
        raise _Bad(f"onbekend veld '{_short(name)}'")
    if not _UUID.fullmatch(record_id):
        raise _Bad("het record-id is geen geldig id")
    if not _AT.fullmatch(at):
        raise _Bad(f"het tijdstip '{_short(at)}' is geen geldige tijd")
    if len(author) > MAX_AUTHOR or len(laptop) > 64:
        raise _Bad("de naam van de auteur of de laptop is te lang")
    if len(text) > (MAX_SNAPSHOT_CHARS if fd.kind == "snapshot" else MAX_VALUE_CHARS):
        raise _Bad(f"de waarde is te groot ({len(text):,} tekens)".replace(",", "."))
    try:
        value = _loads(text)
    except ValueError:
        raise _Bad(f"de waarde '{_short(text)}' is geen geldige JSON") from None
    problem = value_problem(fd, value)
    if problem:
        raise _Bad(f"{fd.label}: {problem}")
    if dumps(value) != text:  # canonical: equal values must have equal text
        raise _Bad("de waarde staat niet in de vaste vorm")
    parents = _id_list(parents_text, "parents", MAX_PARENTS)
    if covers is not None:
        _id_list(covers, "covers", MAX_COVERS)
    if cid in parents:
        raise _Bad("de wijziging noemt zichzelf als voorganger")
    if change_id(entity, record_id, name, text, parents_text, covers, author, laptop, at) != cid:
        raise _Bad(
            "het id past niet bij de inhoud (vervalst of beschadigd): een andere "
            "wijziging met hetzelfde id"
        )
    return parents


# --------------------------------------------------------------------------- a batch

KeyLookup = Callable[[Collection[str]], Mapping[str, Key]]


def split_batch(rows: Iterable[Mapping[str, Any]], known: KeyLookup) -> Checked:
    """Check a batch of incoming change rows (a server pull): accepted + rejected with reasons.

    ``known`` maps change ids already in the store to their (entity, record_id, field). A parent
    must be a known change or an accepted change of this batch, of the same record and field.
    The outcome does not depend on the order of ``rows``.
    """
    out = Checked()
    good: dict[str, tuple[dict[str, Any], list[str]]] = {}
    for raw in rows:
        row = dict(raw)  # extra keys (the server's seq, who pushed it) travel along
        for c in CHANGE_COLUMNS:
            row.setdefault(c, None)
        try:
            parents = _check_row(row)
        except _Bad as exc:
            out.rejected.append(Rejected(row, str(exc)))
            continue
        good[row["id"]] = (row, parents)
    wanted = {p for _, parents in good.values() for p in parents if p not in good}
    stored = dict(known(wanted)) if wanted else {}
    verdict: dict[str, str | None] = {}  # id → None (accepted) or the reason

    def own_reason(cid: str) -> str | None:
        """The reason from the parents alone, if decidable now (else ``...`` via the stack)."""
        row, parents = good[cid]
        key = (row["entity"], row["record_id"], row["field"])
        for p in parents:
            if p in good:
                prow = good[p][0]
                if (prow["entity"], prow["record_id"], prow["field"]) != key:
                    return "een voorganger hoort bij een ander gegeven of veld"
            elif p in stored:
                if tuple(stored[p]) != key:
                    return "een voorganger hoort bij een ander gegeven of veld"
            else:
                return "een voorganger is onbekend (nog niet ontvangen of zelf geweigerd)"
        return None

    for start in good:  # iterative depth-first: edit chains can be long
        if start in verdict:
            continue
        stack = [start]
        while stack:
            cid = stack[-1]
            if cid in verdict:
                stack.pop()
                continue
            reason = own_reason(cid)
            if reason is None:
                pending = [p for p in good[cid][1] if p in good and p not in verdict]
                if pending:
                    stack.extend(pending)
                    continue
                if any(verdict.get(p) for p in good[cid][1] if p in good):
                    reason = "een voorganger is zelf geweigerd"
            verdict[cid] = reason
            stack.pop()
    for cid, (row, _) in good.items():
        reason = verdict[cid]
        if reason is None:
            out.accepted.append(row)
        else:
            out.rejected.append(Rejected(row, reason))
    return out


def store_keys(conn: sqlite3.Connection) -> KeyLookup:
    """A :data:`KeyLookup` over the store behind ``conn`` (:meth:`Store.read`, or
    ``sqlite_of(conn)`` inside a write)."""

    def lookup(ids: Collection[str]) -> dict[str, Key]:
        out: dict[str, Key] = {}
        todo = list(ids)
        for start in range(0, len(todo), 500):
            part = todo[start : start + 500]
            marks = ", ".join("?" for _ in part)
            for cid, entity, record_id, name in conn.execute(
                f"SELECT id, entity, record_id, field FROM main.change WHERE id IN ({marks})",
                tuple(part),
            ):
                out[cid] = (entity, record_id, name)
        return out

    return lookup


# --------------------------------------------------------------------------- a team file


def check_store_file(con: sqlite3.Connection, *, first: int = 3) -> tuple[int, list[Rejected]]:
    """Check every change of a team store (plain SQLite): (number refused, the first few).

    The file is a laptop's whole store, so every parent must be in the file itself; that is
    checked in SQL (an index probe per parent), the rest row by row without holding the file's
    changes in memory.
    """
    count = 0
    examples: list[Rejected] = []

    def refuse(row: dict[str, Any], reason: str) -> None:
        nonlocal count
        count += 1
        if len(examples) < first:
            examples.append(Rejected(row, reason))

    cols = ", ".join(CHANGE_COLUMNS)
    cursor = con.execute(f"SELECT {cols} FROM change ORDER BY seq")
    while batch := cursor.fetchmany(10_000):
        for values in batch:
            try:
                _check(*values)
            except _Bad as exc:
                refuse(dict(zip(CHANGE_COLUMNS, values, strict=True)), str(exc))
    scols = ", ".join(f"c.{c}" for c in CHANGE_COLUMNS)
    for values in con.execute(f"""
            SELECT {scols}, p.id IS NULL FROM change c, json_each(c.parents) j
            LEFT JOIN change p ON p.id = j.value
            WHERE json_valid(c.parents) AND json_type(c.parents) = 'array'
              AND (p.id IS NULL OR p.entity IS NOT c.entity OR p.record_id IS NOT c.record_id
                   OR p.field IS NOT c.field)
            GROUP BY c.seq ORDER BY c.seq"""):
        row = dict(zip(CHANGE_COLUMNS, values[:-1], strict=True))
        if row_problem(row) is None:  # counted once: a row already refused stays one row
            refuse(
                row,
                "een voorganger ontbreekt in het bestand"
                if values[-1]
                else "een voorganger hoort bij een ander gegeven of veld",
            )
    return count, [Rejected(r.row, r.reason, place_name(con, r.row)) for r in examples]


def place_name(con: sqlite3.Connection, row: Mapping[str, Any]) -> str | None:
    """The name of the plek a change belongs to, as the store behind ``con`` shows it (for the
    person reading a refusal; the record itself, or the plek its ``place_id`` names)."""
    try:
        found = con.execute(
            "SELECT json_extract(f.value, '$') FROM field_state f WHERE f.entity = 'place' AND "
            "f.field = 'name' AND f.record_id = COALESCE((SELECT json_extract(p.value, '$') "
            "FROM field_state p WHERE p.entity = ? AND p.record_id = ? AND "
            "p.field = 'place_id'), ?)",
            (row.get("entity"), row.get("record_id"), row.get("record_id")),
        ).fetchone()
    except sqlite3.Error:
        return None
    return str(found[0])[:80] if found and isinstance(found[0], str) else None


def refusal_message(name: str, count: int, examples: list[Rejected]) -> str:
    """The Dutch message for a team file refused whole."""
    lines = "\n".join(f"  - {r.dutch()}" for r in examples)
    return (
        f"{name} bevat {count} ongeldige wijziging(en) en is daarom helemaal geweigerd; er "
        f"is niets samengevoegd en uw gegevens zijn niet veranderd. Vraag de afzender om "
        f"een nieuw teambestand. De eerste:\n{lines}"
    )


# --------------------------------------------------------------------------- provenance


def record_origin(
    conn: Connection, after_seq: int, origin: str, received_at: str | None = None
) -> None:
    """Note ``origin`` for the changes stored after local seq ``after_seq`` (first arrival
    only: a change that was already here keeps the origin it had)."""
    received = received_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO main.change_origin (change_id, origin, received_at) "
        "SELECT id, ?, ? FROM main.change NOT INDEXED WHERE seq > ?",
        (origin, received, after_seq),
    )


def record_origins(
    conn: Connection, after_seq: int, origins: Mapping[str, str], received_at: str | None = None
) -> None:
    """Like :func:`record_origin`, one origin per change id (a server pull: who pushed each)."""
    if not origins:
        return
    received = received_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO main.change_origin (change_id, origin, received_at) "
        "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM main.change WHERE id = ? AND seq > ?)",
        [(cid, origin, received, cid, after_seq) for cid, origin in origins.items()],
    )
