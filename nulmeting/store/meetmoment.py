"""Meetmomenten: the nulmeting and the vervolgmetingen that follow it.

Everything that can change from one winter to the next belongs to a meetmoment: the meting
(``interview.round``) with its finance lines and needs, and the plek's activities, network
memberships and ties (their ``round``). The plek itself stays one record with its history.

* :func:`start` ("meetmoment nieuw") prepares a vervolgmeting: every active plek gets a planned
  meting with last meetmoment's values, and its activities, memberships and ties are carried
  forward, each naming its predecessor. Carried-over records get ids derived from their
  predecessor and the meetmoment (:func:`carried_id`) and carried-over changes are written by
  :data:`CARRY_AUTHOR` with the predecessor's time, so two laptops that start the same
  vervolgmeting offline write *identical* changes and a merge finds them equal.
* A carried-over value is "overgenomen, nog te bevestigen" while its field's head is still the
  carried change; :func:`confirm` writes the person's confirmation (same value, new change).
* **Measured** (:func:`measured_places`): a plek counts as measured in a meetmoment once any of
  its figures there were entered, imported or confirmed by a person, or its meting is afgenomen
  or gecontroleerd. Until then it is "nog niet gemeten": never zero, never last year's figures.
* :func:`freeze` ("vaststellen") stores the meetmoment's rows as they stand in the meetmoment
  record (a change like any other, so it travels with team files): its export reproduces them
  exactly, whatever is edited or merged later. The store refuses edits of a vastgesteld
  meetmoment; :func:`reopen` ("heropenen") needs a reason, kept in the history.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import fields, from_column
from nulmeting.store import changes
from nulmeting.store.connection import sqlite_of
from nulmeting.store.meta import write_meta
from nulmeting.store.rounds import (
    CARRY_AUTHOR,
    CARRY_LAPTOP,
    FROZEN,
    OPEN,
    carried_id,
    carried_interview_id,
    check_open_round,
    meetmoment_id,
)
from nulmeting.store.store import Store, record_values

if TYPE_CHECKING:
    from sqlalchemy import Connection

STOPPED = "gestopt"  # metingstatus: the plek no longer exists / stopped
DONE_STATUSES = ("afgenomen", "gecontroleerd")

#: Records that belong to a meetmoment through their own ``round`` (the rest go via the meting).
PER_ROUND = ("activity", "membership", "tie")
#: Records of a meting carried over with it.
PER_INTERVIEW = ("finance_line", "need")

#: Fields of a meting carried into the next meetmoment (to be confirmed) - its figures.
CARRY_FIELDS: tuple[str, ...] = tuple(
    fd.name
    for fd in fields("interview").values()
    if fd.section in {"volunteers", "finances", "sustainability"}
)
#: Interview fields whose entry by a person makes the plek measured.
MEASURE_FIELDS = CARRY_FIELDS

#: Form sections (their ids, see ``fields.SECTIONS``) → the interview fields a one-click
#: "ongewijzigd" confirms.
SECTIONS: dict[str, tuple[str, ...]] = {
    section: tuple(fd.name for fd in fields("interview").values() if fd.section == section)
    for section in ("volunteers", "finances", "sustainability")
}


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UserError("Geef het meetmoment een naam, bijvoorbeeld 'Vervolgmeting 2026-2027'.")
    if len(name) > 80:
        raise UserError("De naam van een meetmoment is hoogstens 80 tekens.")
    return name


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class MeetmomentInfo:
    name: str
    places: int  # plekken with a meting in this meetmoment
    measured: int  # of which measured (see module doc)
    status: str  # OPEN or FROZEN
    frozen_at: str | None
    current: bool

    @property
    def status_name(self) -> str:
        return "vastgesteld" if self.status == FROZEN else "open"


def _records_sql() -> str:
    return (
        "SELECT name, status, frozen_at, created_at FROM meetmoment "
        "WHERE NOT archived AND name IS NOT NULL"
    )


def names(conn: sqlite3.Connection, current: str = "") -> list[str]:
    """Every meetmoment the store knows, oldest first (by its first meting or record)."""
    first: dict[str, str] = {}
    for name, at in conn.execute(
        "SELECT round, MIN(created_at) FROM interview WHERE round IS NOT NULL "
        "AND NOT archived GROUP BY round"
    ):
        first[name] = at or ""
    for name, _status, _frozen, at in conn.execute(_records_sql()):
        if name not in first or (at or "") < first[name]:
            first[name] = at or ""
    if current and current not in first:
        first[current] = "\uffff"
    return sorted(first, key=lambda n: (_winter(n, first[n]), first[n], n))


def name_year(name: str) -> int | None:
    """The winter a meetmoment's name starts in ("Vervolgmeting 2026-2027" → 2026), if any."""
    found = re.search(r"(?<!\d)(19|20)\d\d(?!\d)", name)
    return int(found.group(0)) if found else None


def _winter(name: str, first_at: str) -> str:
    """The year a meetmoment's name gives, else the year it was first used: names order the
    winters, so a laptop whose clock was wrong, or records carried over with their
    predecessor's time, cannot put next winter before this one."""
    year = name_year(name)
    if year is not None:
        return str(year)
    return first_at[:4] if first_at[:1].isdigit() else "9999"


def frozen_names(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Vastgestelde meetmomenten → when."""
    return {
        name: frozen for name, status, frozen, _ in conn.execute(_records_sql()) if status == FROZEN
    }


def is_frozen(store: Store, name: str) -> bool:
    with store.read() as conn:
        return name in frozen_names(conn)


def list_meetmomenten(store: Store) -> list[MeetmomentInfo]:
    current = store.current_round
    with store.read() as conn:
        order = names(conn, current)
        frozen = frozen_names(conn)
        counts = dict(
            conn.execute(
                "SELECT round, COUNT(DISTINCT place_id) FROM interview WHERE NOT archived "
                "GROUP BY round"
            ).fetchall()
        )
        measured = {name: len(measured_places(conn, name)) for name in order}
    return [
        MeetmomentInfo(
            n,
            counts.get(n, 0),
            measured[n],
            FROZEN if n in frozen else OPEN,
            frozen.get(n),
            n == current,
        )
        for n in order
    ]


def previous(store: Store, name: str) -> str | None:
    """The meetmoment before ``name`` (``None``: it is the first)."""
    with store.read() as conn:
        order = names(conn, store.current_round)
    if name not in order:
        return order[-1] if order else None
    i = order.index(name)
    return order[i - 1] if i > 0 else None


def measured_places(conn: sqlite3.Connection, name: str) -> set[str]:
    """Ids of the plekken measured in meetmoment ``name`` (see the module doc)."""
    measure = ", ".join(f"'{f}'" for f in MEASURE_FIELDS)
    done = ", ".join(f"'{s}'" for s in (*DONE_STATUSES, STOPPED))
    person = f"f.author != '{CARRY_AUTHOR}'"
    parts = [
        f"""
        SELECT i.place_id FROM interview i WHERE NOT i.archived AND i.round = :m AND (
            i.status IN ({done}) OR EXISTS (SELECT 1 FROM field_state f
            WHERE f.entity = 'interview' AND f.record_id = i.id AND f.field IN ({measure})
              AND {person} AND f.value != 'null'))"""
    ]
    for entity in PER_ROUND:
        parts.append(f"""
        SELECT t.place_id FROM {entity} t WHERE t.round = :m AND EXISTS (
            SELECT 1 FROM field_state f WHERE f.entity = '{entity}' AND f.record_id = t.id
              AND f.field NOT IN ('round', 'predecessor_id') AND {person})""")
    for entity in PER_INTERVIEW:
        parts.append(f"""
        SELECT i.place_id FROM {entity} t JOIN interview i ON i.id = t.interview_id
        WHERE NOT i.archived AND i.round = :m AND EXISTS (
            SELECT 1 FROM field_state f WHERE f.entity = '{entity}' AND f.record_id = t.id
              AND {person})""")
    rows = conn.execute(" UNION ".join(parts), {"m": name}).fetchall()
    return {r[0] for r in rows if r[0]}


def carried_fields(conn: sqlite3.Connection, entity: str, record_id: str) -> set[str]:
    """Fields of a record whose value is still the carried-over one (not yet confirmed)."""
    rows = conn.execute(
        "SELECT field FROM field_state WHERE entity = ? AND record_id = ? AND author = ? "
        "AND field NOT IN ('archived', 'round', 'predecessor_id', 'place_id', 'interview_id')",
        (entity, record_id, CARRY_AUTHOR),
    ).fetchall()
    return {r[0] for r in rows}


def carried_records(conn: sqlite3.Connection, entity: str, record_ids: Iterable[str]) -> set[str]:
    """Which of ``record_ids`` still hold only carried-over values (nothing confirmed)."""
    ids = list(record_ids)
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT record_id FROM field_state WHERE entity = ? AND record_id IN ({marks}) "
        f"GROUP BY record_id HAVING SUM(author != ? AND field NOT IN ('round', "
        f"'predecessor_id')) = 0",
        (entity, *ids, CARRY_AUTHOR),
    ).fetchall()
    return {r[0] for r in rows}


def records(
    store: Store, entity: str, name: str | None = None, *, place_id: str | None = None
) -> list[dict[str, Any]]:
    """The activities, memberships or ties (``entity``) of meetmoment ``name`` (default: the
    current one), not archived, canonical values, oldest first: the core API for the report,
    the wijkagenda and the network map."""
    if entity not in PER_ROUND:
        raise KeyError(entity)
    name = store.current_round if name is None else name
    defs = list(fields(entity).values())
    cols = ", ".join(f'"{fd.name}"' for fd in defs)
    where, params = "NOT archived AND round = ?", [name]
    if place_id is not None:  # by the plek's index, not the meetmoment's
        where = "NOT archived AND +round = ? AND place_id = ?"
        params.append(place_id)

    with store.read() as conn:
        rows = conn.execute(
            f'SELECT id, updated_at, {cols} FROM "{entity}" WHERE {where} ORDER BY created_at, id',
            params,
        ).fetchall()
    return [
        {
            "id": r[0],
            "updated_at": r[1],
            **{fd.name: from_column(fd, v) for fd, v in zip(defs, r[2:], strict=True)},
        }
        for r in rows
    ]


def activities(store: Store, name: str | None = None) -> list[dict[str, Any]]:
    return records(store, "activity", name)


def memberships(store: Store, name: str | None = None) -> list[dict[str, Any]]:
    return records(store, "membership", name)


def ties(store: Store, name: str | None = None) -> list[dict[str, Any]]:
    return records(store, "tie", name)


@dataclass(frozen=True)
class HistoryLine:
    at: str
    author: str
    text: str


def history(store: Store, name: str) -> list[HistoryLine]:
    """Started, vastgesteld, heropend (with the reason): oldest first."""
    rid = meetmoment_id(name)
    with store.read() as conn:
        rows = conn.execute(
            "SELECT at, author, field, value FROM change WHERE entity = 'meetmoment' AND "
            "record_id = ? AND field IN ('status', 'reason') ORDER BY at, seq",
            (rid,),
        ).fetchall()
    out: list[HistoryLine] = []
    reasons = {(at, author): json.loads(v) for at, author, f, v in rows if f == "reason"}
    for at, author, f, value in rows:
        if f != "status":
            continue
        status = json.loads(value)
        if status == FROZEN:
            text = "vastgesteld"
        elif any(a == at for a, _ in reasons) and reasons.get((at, author)):
            text = f"heropend: {reasons[(at, author)]}"
        else:
            text = "gestart"
        out.append(HistoryLine(at, author, text))
    return out


# --------------------------------------------------------------------------- rows of a meetmoment


def fetch(
    conn: sqlite3.Connection, entity: str, where: str = "", params: tuple[Any, ...] = ()
) -> list[dict[str, Any]]:
    """Canonical rows (JSON-able: dates as ISO text) of one survey table, plain SQLite."""
    defs = [fd for fd in fields(entity).values() if fd.name != "archived"]
    cols = ", ".join(f't."{fd.name}"' for fd in defs)
    sql = f"SELECT t.id, t.updated_at, t.archived, {cols} FROM {entity} t WHERE {where or 'true'}"
    names = [fd.name for fd in defs]
    # only list and yes/no columns change on reading (from_column): the rest go as they are;
    # a list's JSON text is decoded once per distinct text (a handful of choices), each record
    # getting its own copy
    convert = [(i, fd) for i, fd in enumerate(defs) if fd.kind in {"multi", "bool"}]
    decoded: dict[str, Any] = {}
    out = []
    for row in conn.execute(sql, params):
        values = row[3:]
        record: dict[str, Any] = {"id": row[0], "updated_at": row[1]}
        if row[2]:
            record["archived"] = True
        record.update(zip(names, values, strict=True))
        for i, fd in convert:
            value = values[i]
            if value is None:
                continue
            if fd.kind == "multi" and type(value) is str:
                if value not in decoded:
                    decoded[value] = from_column(fd, value)
                found = decoded[value]
                record[fd.name] = list(found) if type(found) is list else found
            else:
                record[fd.name] = from_column(fd, value)
        out.append(record)
    return out


def live_tables(store: Store, round_name: str) -> dict[str, Any]:
    """The rows of meetmoment ``round_name`` as they stand, JSON-able: the plekken (with the
    archived ones that have a meting in it), its metingen with their finance lines and needs,
    its activities, memberships and ties, which plekken are measured, and the settings the
    figures use. ``""``: every meting and record (no meetmoment set)."""
    with store.read(snapshot=True) as conn:  # the tables as one state
        if round_name:
            m = (round_name,)
            interviews = fetch(conn, "interview", "NOT t.archived AND t.round = ?", m)
            places = fetch(
                conn,
                "place",
                "NOT t.archived OR t.id IN (SELECT place_id FROM "
                "interview WHERE NOT archived AND round = ?)",
                m,
            )
            per_round = {e: fetch(conn, e, "NOT t.archived AND t.round = ?", m) for e in PER_ROUND}
            measured = sorted(measured_places(conn, round_name))
            of_interviews = (
                "NOT t.archived AND t.interview_id IN (SELECT id FROM interview "
                "WHERE NOT archived AND round = ?)"
            )
            lines = {e: fetch(conn, e, of_interviews, m) for e in PER_INTERVIEW}
        else:
            interviews = fetch(conn, "interview", "NOT t.archived")
            places = fetch(conn, "place", "NOT t.archived")
            per_round = {e: fetch(conn, e, "NOT t.archived") for e in PER_ROUND}
            # no meetmoment: as in a named one, a plek with a meting or with anything entered
            # (activities, memberships, ties) counts as measured
            measured = sorted(
                {
                    r["place_id"]
                    for rows in (interviews, *per_round.values())
                    for r in rows
                    if r.get("place_id")
                }
            )
            lines = {e: fetch(conn, e, "NOT t.archived") for e in PER_INTERVIEW}
    return {
        "round": round_name,
        "place": places,
        "interview": interviews,
        **per_round,
        **lines,
        "measured": measured,
        "settings": {"hourly_value": store.hourly_value, "weeks_per_year": store.weeks_per_year},
    }


# --------------------------------------------------------------------------- writing


def _meetmoment_rows(
    store: Store, conn: Connection, name: str, values: dict[str, Any]
) -> list[dict[str, Any]]:
    rid = meetmoment_id(name)
    head_ids = changes.heads(sqlite_of(conn), "meetmoment", rid)
    if not head_ids:
        values = {"archived": False, "name": name, **values}
    current = record_values(sqlite_of(conn), "meetmoment", rid)
    todo = {k: v for k, v in values.items() if current.get(k) != v or k == "status"}
    return store.change_rows("meetmoment", rid, todo, head_ids)


def ensure(store: Store, name: str) -> None:
    """Make sure meetmoment ``name`` has its record (open)."""
    name = check_name(name)
    with store.write() as conn:
        if not changes.heads(sqlite_of(conn), "meetmoment", meetmoment_id(name)):
            changes.ingest_rows(conn, _meetmoment_rows(store, conn, name, {"status": OPEN}))


def use(store: Store, name: str) -> None:
    """Make ``name`` the current meetmoment of this store (it must exist)."""
    with store.read() as conn:
        known = names(conn, "")
    if name not in known:
        raise UserError(
            f"Meetmoment '{name}' bestaat niet. Bestaande meetmomenten: "
            f"{', '.join(known) or 'geen'}."
        )
    store.set_setting("round", name)


@dataclass
class StartResult:
    name: str
    source: str | None
    places: int = 0
    records: dict[str, int] = field(default_factory=dict)
    new_changes: int = 0


def start(
    store: Store,
    name: str,
    *,
    source: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> StartResult:
    """Start meetmoment ``name`` from ``source`` (default: the current meetmoment, or the
    latest) and make it current. Starting it again adds only what is missing (same ids)."""
    name = check_name(name)
    with store.read() as conn:
        order = names(conn, store.current_round)
        if name in frozen_names(conn):
            raise UserError(f"Meetmoment '{name}' is vastgesteld; heropen het eerst.")
    if source is None:
        current = store.current_round
        candidates = [n for n in order if n != name]
        source = (
            current
            if current and current != name and current in candidates
            else (candidates[-1] if candidates else None)
        )
    elif source not in order:
        raise UserError(f"Meetmoment '{source}' bestaat niet.")
    result = StartResult(name, source)
    with store.write() as conn:
        if progress:
            progress(0, 0, "Plekken voorbereiden…")  # one step: a busy bar, no fraction
        if source:
            _carry_over(conn, name, source, result)
        if not changes.heads(sqlite_of(conn), "meetmoment", meetmoment_id(name)):
            changes.ingest_rows(conn, _meetmoment_rows(store, conn, name, {"status": OPEN}))
        write_meta(conn, {"round": name})
        if progress:
            progress(1, 1, f"{result.places} plekken voorbereid")
    return result


def _carry_change_id(entity: str, record_id: str, name: str, value: str, at: str) -> str:
    return changes.change_id(
        entity, record_id, name, value, "[]", None, CARRY_AUTHOR, CARRY_LAPTOP, at
    )


def _carry_over(conn: Connection, name: str, source: str, result: StartResult) -> None:
    """The carry-over as a few set-wise statements: which meting each active plek is prepared
    from, the records carried with it, and their changes (ids derived in SQL by the same
    name-based UUIDs, :func:`carried_id` and :func:`carried_interview_id`), ingested at once.

    Per active plek (not stopped at its latest meting): a planned meting prepared from its
    latest one (of ``source``, else its latest of another meetmoment), with last time's
    figures; the finance lines and needs of that meting; the plek's activities, memberships
    and ties of ``source``. Every carried change is written by :data:`CARRY_AUTHOR` at the
    predecessor's time, so two laptops write identical changes."""
    raw = sqlite_of(conn)
    raw.create_function("nm_carry_cid", 5, _carry_change_id, deterministic=True)
    raw.create_function("nm_carried_id", 2, carried_id, deterministic=True)
    raw.create_function("nm_meting_id", 2, carried_interview_id, deterministic=True)
    p = {"name": name, "source": source, "name_json": changes.dumps(name)}
    for table in ("carry_place", "carry_rec", "carry_rows"):
        raw.execute(f"DROP TABLE IF EXISTS temp.{table}")
    # each active plek and the meting it is prepared from: of ``source`` first, then the one
    # with the latest date, then the latest edited (the order the form reads them in)
    raw.execute(
        f"""CREATE TEMP TABLE carry_place AS
        WITH ranked AS (
            SELECT i.place_id AS pid, i.id AS pred, COALESCE(i.updated_at, '') AS at, i.status,
                   ROW_NUMBER() OVER (PARTITION BY i.place_id ORDER BY (i.round = :source) DESC,
                   i.date IS NULL, i.date DESC, i.updated_at DESC, i.id DESC) AS n
            FROM interview i WHERE NOT i.archived AND i.place_id IS NOT NULL
              AND (i.round IS NULL OR i.round != :name))
        SELECT p.id AS pid, r.pred, CASE WHEN r.pred IS NULL THEN COALESCE(p.updated_at, '')
               ELSE r.at END AS at, nm_meting_id(p.id, :name) AS iid
        FROM place p LEFT JOIN ranked r ON r.pid = p.id AND r.n = 1
        WHERE NOT p.archived AND (r.status IS NULL OR r.status != '{STOPPED}')""",
        p,
    )
    raw.execute(
        "CREATE TEMP TABLE carry_rec (entity TEXT, old TEXT, new TEXT, at TEXT, parent TEXT)"
    )
    for entity in PER_INTERVIEW:  # the meting's finance lines and needs, to the new meting
        raw.execute(
            f"INSERT INTO temp.carry_rec SELECT '{entity}', t.id, nm_carried_id(t.id, :name), "
            "COALESCE(NULLIF(t.updated_at, ''), c.at), c.iid FROM temp.carry_place c "
            f"JOIN main.{entity} t ON t.interview_id = c.pred WHERE NOT t.archived",
            p,
        )
    for entity in PER_ROUND:  # the plek's activities, memberships and ties of ``source``
        raw.execute(
            f"INSERT INTO temp.carry_rec SELECT '{entity}', t.id, nm_carried_id(t.id, :name), "
            "COALESCE(NULLIF(t.updated_at, ''), c.at), NULL FROM temp.carry_place c "
            f"JOIN main.{entity} t ON t.place_id = c.pid WHERE +t.round = :source "
            "AND NOT t.archived",
            p,
        )
    raw.execute(
        "CREATE TEMP TABLE carry_rows (entity TEXT, record_id TEXT, field TEXT, value TEXT, "
        "at TEXT)"
    )
    rows = "INSERT INTO temp.carry_rows "
    carry = ", ".join(f"'{f}'" for f in CARRY_FIELDS)
    raw.execute(
        rows + "SELECT 'interview', c.iid, v.field, CASE v.field WHEN 'place_id' THEN "
        "json_quote(c.pid) WHEN 'round' THEN :name_json WHEN 'interviewer' THEN "
        "COALESCE((SELECT f.value FROM main.field_state f WHERE f.entity = 'interview' AND "
        "f.record_id = c.pred AND f.field = 'interviewer'), '\"onbekend\"') ELSE v.value END, "
        "c.at FROM temp.carry_place c, (SELECT 'archived' AS field, 'false' AS value UNION ALL "
        "SELECT 'place_id', NULL UNION ALL SELECT 'round', NULL UNION ALL SELECT 'status', "
        "'\"gepland\"' UNION ALL SELECT 'interviewer', NULL) v",
        p,
    )
    raw.execute(
        rows + "SELECT 'interview', c.iid, f.field, f.value, c.at FROM temp.carry_place c "
        "CROSS JOIN main.field_state f ON f.entity = 'interview' AND f.record_id = c.pred "
        f"WHERE f.field IN ({carry}) AND f.value != 'null'"
    )
    raw.execute(  # a carried record's own fields
        rows + "SELECT r.entity, r.new, v.field, CASE v.field WHEN 'archived' THEN 'false' "
        "WHEN 'round' THEN :name_json WHEN 'predecessor_id' THEN json_quote(r.old) "
        "ELSE json_quote(r.parent) END, r.at FROM temp.carry_rec r, (SELECT 'archived' AS "
        "field UNION ALL SELECT 'round' UNION ALL SELECT 'predecessor_id' UNION ALL SELECT "
        "'interview_id') v WHERE CASE WHEN r.parent IS NULL THEN v.field != 'interview_id' "
        "ELSE v.field IN ('archived', 'interview_id') END",
        p,
    )
    raw.execute(  # and its predecessor's values
        rows + "SELECT r.entity, r.new, f.field, f.value, r.at FROM temp.carry_rec r "
        "CROSS JOIN main.field_state f ON f.entity = r.entity AND f.record_id = r.old "
        "WHERE f.value != 'null' AND f.field NOT IN ('archived', 'round', 'predecessor_id') "
        "AND (r.parent IS NULL OR f.field != 'interview_id')"
    )
    ingested = changes.ingest(
        conn,
        f"SELECT nm_carry_cid(entity, record_id, field, value, at) AS id, entity, record_id, "
        f"field, value, '[]' AS parents, NULL AS covers, '{CARRY_AUTHOR}' AS author, "
        f"'{CARRY_LAPTOP}' AS laptop, at FROM temp.carry_rows ORDER BY entity, record_id, field",
    )
    result.new_changes += ingested.new_changes
    result.places = raw.execute("SELECT COUNT(*) FROM temp.carry_place").fetchone()[0]
    if result.places:
        result.records["interview"] = result.places
    for entity, n in raw.execute("SELECT entity, COUNT(*) FROM temp.carry_rec GROUP BY entity"):
        result.records[entity] = n
    for table in ("carry_place", "carry_rec", "carry_rows"):
        raw.execute(f"DROP TABLE temp.{table}")


def confirm(store: Store, entity: str, record_id: str, names_: Iterable[str] | None = None) -> int:
    """Confirm carried-over values as unchanged (all of the record's, or ``names_``): each gets
    a change by the interviewer with the same value. Returns how many were confirmed."""
    with store.read() as conn:
        carried = carried_fields(conn, entity, record_id)
    todo = carried if names_ is None else carried & set(names_)
    if not todo:
        return 0
    store.check_open(entity, record_id)
    with store.write() as conn:
        current = record_values(sqlite_of(conn), entity, record_id)
        head_ids = changes.heads(sqlite_of(conn), entity, record_id)
        rows = store.change_rows(
            entity, record_id, {f: current.get(f) for f in sorted(todo)}, head_ids
        )
        changes.ingest_rows(conn, rows)
    return len(todo)


def confirm_section(store: Store, interview_id: str, section: str) -> int:
    """The form's one action "ongewijzigd": confirm the carried-over values of the section
    with id ``section`` (``volunteers``, ``finances``, ``sustainability``)."""
    return confirm(store, "interview", interview_id, SECTIONS.get(section, ()))


def confirm_records(store: Store, entity: str, record_ids: Iterable[str]) -> int:
    """Confirm carried-over records (activities, memberships, ties) as still running."""
    return sum(confirm(store, entity, rid) for rid in record_ids)


# --------------------------------------------------------------------------- freezing


def encode_snapshot(data: dict[str, Any]) -> str:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "zlib+b64:" + base64.b64encode(zlib.compress(raw.encode("utf-8"), 6)).decode("ascii")


def decode_snapshot(text: str) -> dict[str, Any]:
    if not text.startswith("zlib+b64:"):
        raise ValueError("onbekende vorm van een vastgestelde stand")
    result: dict[str, Any] = json.loads(zlib.decompress(base64.b64decode(text[9:])))
    return result


def snapshot(store: Store, name: str) -> dict[str, Any] | None:
    """The stored rows of a vastgesteld meetmoment (``None``: open, or none stored)."""
    with store.read() as conn:
        row = conn.execute(
            "SELECT status, snapshot FROM meetmoment WHERE id = ? AND NOT archived",
            (meetmoment_id(name),),
        ).fetchone()
    if not row or row[0] != FROZEN or not row[1]:
        return None
    return decode_snapshot(row[1])


def freeze(store: Store, name: str) -> None:
    """Vaststellen: store the meetmoment's rows as they stand now, and refuse edits after."""
    with store.read() as conn:
        known = names(conn, store.current_round)
        frozen = frozen_names(conn)
    if name not in known:
        raise UserError(f"Meetmoment '{name}' bestaat niet.")
    if name in frozen:
        raise UserError(f"Meetmoment '{name}' is al vastgesteld (op {frozen[name]}).")
    data = live_tables(store, name)
    text = encode_snapshot(data)
    with store.write() as conn:
        rows = _meetmoment_rows(
            store, conn, name, {"status": FROZEN, "frozen_at": store.clock(), "snapshot": text}
        )
        changes.ingest_rows(conn, rows)


def reopen(store: Store, name: str, reason: str) -> None:
    """Heropenen: edits are allowed again; the reason is kept in the history."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError("Geef een reden om het meetmoment te heropenen (--reden TEKST).")
    if len(reason) > 400:
        raise UserError("De reden is hoogstens 400 tekens.")
    if not is_frozen(store, name):
        raise UserError(f"Meetmoment '{name}' is niet vastgesteld.")
    with store.write() as conn:
        rows = _meetmoment_rows(
            store,
            conn,
            name,
            {"status": OPEN, "reason": reason, "snapshot": None, "frozen_at": None},
        )
        changes.ingest_rows(conn, rows)


# --------------------------------------------------------------------------- the form's help


def jump(kind: str, previous: Any, current: Any) -> str | None:
    """A big change against last meetmoment, for a second look (never blocks): volunteers and
    other counts doubled or halved, money ±50 %. ``None``: nothing to flag."""
    if not isinstance(previous, (int, float)) or not isinstance(current, (int, float)):
        return None
    if isinstance(previous, bool) or isinstance(current, bool) or previous <= 0:
        return None
    if kind == "money":
        if abs(current - previous) > 0.5 * previous:
            change = (current - previous) / previous * 100
            return f"{change:+.0f}% t.o.v. vorig jaar: klopt dit?"
        return None
    if kind in {"int", "float", "hours"}:
        if current >= 2 * previous:
            return "meer dan verdubbeld t.o.v. vorig jaar: klopt dit?"
        if current <= previous / 2:
            return "gehalveerd of minder t.o.v. vorig jaar: klopt dit?"
    return None


__all__ = [
    "CARRY_AUTHOR",
    "CARRY_LAPTOP",
    "FROZEN",
    "OPEN",
    "carried_id",
    "carried_interview_id",
    "check_open_round",
    "meetmoment_id",
]
