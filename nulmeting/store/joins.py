"""Joins of duplicate plekken, as a change that merges like every other.

Joining duplicate D into survivor S (:func:`nulmeting.reading.duplicates.join`) writes ordinary changes:
the references of D's records are pointed to S, S's empty fields are filled from D, and D gets a
``joined_into`` change whose value is S and whose ``covers`` lists the heads of D's fields the
joiner saw (like a tombstone). Everything else follows from the change set, on every laptop the
same way, in any merge order:

* **Survivor.** Every plek with a ``joined_into`` is an edge D → S; following the edges ends in a
  plek that is not joined (the survivor), or in a ring when people joined the same plekken in
  opposite directions. In a ring the survivor is the plek entered first (its earliest change),
  then the smallest id. A target that does not exist in this store is no join (never hide data).
  The result is kept in ``place_join`` (derived, like ``field_state``).
* **Joined-away plekken** are archived in the survey table (they leave the list and the export)
  and every reference to them (interviews, activities, contacts, memberships, ties) is shown as a
  reference to the survivor — also records made later, offline, on a laptop that had not yet seen
  the join.
* **Late edits** of a joined-away plek (heads of its fields the join did not cover) follow it to
  the survivor: they become heads of the survivor's field. Equal values, or an empty survivor
  field, give a value; different values give an ordinary conflict that a person resolves (the
  resolution descends from all heads, the late edit included).

Two metingen of one meetmoment at one plek (after a join, or because two laptops each planned
one) are listed as a conflict by :func:`double_metingen`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nulmeting.domain.fields import BOOKKEEPING_FIELDS, ENTITY_LABELS, JOIN_FIELD, fields

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: (entity, field) of every reference to a plek (the join's own field excluded).
PLACE_REFS: tuple[tuple[str, str], ...] = tuple(
    (e, fd.name)
    for e in ENTITY_LABELS
    for fd in fields(e).values()
    if fd.kind == "place" and fd.name != JOIN_FIELD
)
_EMPTY = frozenset({"null", '""', "[]"})
_CONTENT = tuple(n for n in fields("place") if n not in BOOKKEEPING_FIELDS)


@dataclass
class Pass:
    """What :func:`before_materialise` found, for :func:`after_materialise`."""

    active: bool = False
    changed: bool = False
    nodes: set[str] = field(default_factory=set)  # plekken with a join, before and after
    values: set[str] = field(default_factory=set)  # reference values to re-check when changed
    conflicts: int = 0


def _scalar(conn: Connection, sql: str, params: Any = ()) -> Any:
    row = conn.exec_driver_sql(sql, params).first()
    return row[0] if row else None


def _touched_places(conn: Connection) -> set[str]:
    return {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT record_id FROM temp.aff_records WHERE entity = 'place'"
        )
    }


def survivors(targets: dict[str, str], created: dict[str, str]) -> dict[str, str]:
    """Survivor of every plek in ``targets`` (plek → the plek it was joined into).

    ``created``: sort key of each plek for the ring rule (earliest change). Pure: every laptop
    with the same joins computes the same survivors."""
    out: dict[str, str] = {}
    for start in targets:
        path: list[str] = []
        seen: set[str] = set()
        node = start
        while node in targets and node not in seen and node not in out:
            seen.add(node)
            path.append(node)
            node = targets[node]
        if node in out:
            end = out[node]
        elif node in seen:  # a ring: its members are the nodes from node onward
            ring = path[path.index(node) :]
            end = min(ring, key=lambda p: (created.get(p, ""), p))
        else:
            end = node
        for p in path:
            out[p] = end
    return out


def before_materialise(conn: Connection) -> Pass:
    """Update ``place_join`` and the survivors' fields; runs inside the ingest, before the
    touched records are materialised."""
    result = Pass()
    has_edges = _scalar(conn, "SELECT 1 FROM main.place_join LIMIT 1") is not None
    touched = (
        _touched_places(conn)
        if has_edges
        or _scalar(
            conn,
            (
                "SELECT 1 FROM temp.aff_records r JOIN main.field_state f ON f.entity = 'place' AND "
                f"f.record_id = r.record_id AND f.field = '{JOIN_FIELD}' WHERE r.entity = 'place' "
                "LIMIT 1"
            ),
        )
        else set()
    )
    if not has_edges and not touched:
        return result
    old: dict[str, str] = {
        p: s for p, s in conn.exec_driver_sql("SELECT place_id, survivor FROM main.place_join")
    }
    old_targets: dict[str, str] = {
        p: t for p, t in conn.exec_driver_sql("SELECT place_id, target FROM main.place_join")
    }
    raw_edges = dict(old_targets)  # every plek with a joined_into, also to a missing target
    for pid in touched:
        raw = _scalar(
            conn,
            "SELECT json_extract(value, '$') FROM main.field_state WHERE "
            "entity = 'place' AND record_id = ? AND field = ?",
            (pid, JOIN_FIELD),
        )
        if raw is not None and raw != pid:
            raw_edges[pid] = raw
        else:
            raw_edges.pop(pid, None)
    # An edge counts once its target exists here: a join that arrives before the plek it
    # points to (a server pull in another order) takes effect when that plek arrives.
    targets = {
        p: t
        for p, t in raw_edges.items()
        if _scalar(
            conn,
            "SELECT 1 FROM main.field_state WHERE entity = 'place' AND record_id = ? LIMIT 1",
            (t,),
        )
        is not None
    }
    created = {
        p: _scalar(
            conn, "SELECT MIN(at) FROM main.change WHERE entity = 'place' AND record_id = ?", (p,)
        )
        or ""
        for p in targets
    }
    new = {**{p: p for p in raw_edges}, **survivors(targets, created)}
    if raw_edges != old_targets or new != old:
        conn.exec_driver_sql("DELETE FROM main.place_join")
        if raw_edges:
            conn.exec_driver_sql(
                "INSERT INTO main.place_join (place_id, target, survivor) VALUES (?, ?, ?)",
                [(p, t, new[p]) for p, t in raw_edges.items()],
            )
    changed = {p for p in set(old) | set(new) if old.get(p, p) != new.get(p, p)}
    result.changed = bool(changed) or raw_edges != old_targets
    result.nodes = set(old) | set(new)
    result.values = result.nodes | set(old.values()) | set(new.values())
    members: dict[str, set[str]] = {}
    for p, s in new.items():
        if s != p:
            members.setdefault(s, set()).add(p)
    involved = touched & (result.nodes | set(members))
    result.active = (
        result.changed
        or bool(involved)
        or bool(_scalar(conn, "SELECT 1 FROM temp.aff_records WHERE entity != 'place' LIMIT 1"))
    )
    if not (changed or involved or raw_edges != old_targets):
        return result
    groups = {new.get(p, p) for p in changed | involved} | {old.get(p, p) for p in changed}
    recompute = set(groups) | {m for g in groups for m in members.get(g, ())} | changed
    for pid in sorted(recompute):
        result.conflicts += _recompute_place(
            conn, pid, members.get(pid, set()) if new.get(pid, pid) == pid else set()
        )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO temp.aff_records (entity, record_id, existed, first_at) "
        "SELECT 'place', j.value, 1, (SELECT MIN(c.at) FROM main.change c WHERE "
        "c.entity = 'place' AND c.record_id = j.value) FROM json_each(?) j",
        (json.dumps(sorted(recompute)),),
    )
    return result


def _childless(conn: Connection, place_id: str) -> list[tuple[str, str, str, str, str]]:
    """Heads of every field of one plek: (id, field, value, at, author)."""
    return [
        tuple(r)
        for r in conn.exec_driver_sql(  # type: ignore[misc]
            "SELECT c.id, c.field, c.value, c.at, c.author FROM main.change c WHERE "
            "c.entity = 'place' AND c.record_id = ? AND NOT EXISTS (SELECT 1 FROM "
            "main.change_parent p WHERE p.parent = c.id)",
            (place_id,),
        )
    ]


def _recompute_place(conn: Connection, place_id: str, joined: Iterable[str]) -> int:
    """Field state of a plek's content fields: its own heads plus the late heads of the plekken
    joined into it. Returns how many of its fields conflict."""
    heads: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for row in _childless(conn, place_id):
        if row[1] in _CONTENT:
            heads.setdefault(row[1], []).append(row)
    own = set(heads)
    for dup in joined:
        rows = _childless(conn, dup)
        covered: set[str] = set()
        for _cid, name, _v, _at, _a in rows:
            if name == JOIN_FIELD:
                for (covers,) in conn.exec_driver_sql(
                    "SELECT covers FROM main.change WHERE id = ?", (_cid,)
                ):
                    covered.update(json.loads(covers or "[]"))
        for row in rows:
            if row[1] in _CONTENT and row[0] not in covered:
                heads.setdefault(row[1], []).append(row)
    conflicts = 0
    existing = {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT field FROM main.field_state WHERE entity = 'place' AND record_id = ?",
            (place_id,),
        )
    }
    for name in _CONTENT:
        found = heads.get(name, [])
        if not found:
            if name in existing and name not in own:
                conn.exec_driver_sql(
                    "DELETE FROM main.field_state WHERE entity = 'place' AND "
                    "record_id = ? AND field = ?",
                    (place_id, name),
                )
            continue
        filled = [h for h in found if h[2] not in _EMPTY]
        if filled and len(filled) < len(found):
            found = filled  # an empty field takes the value that followed the joined plek
        shown = max(found, key=lambda h: (h[3], h[0]))
        differ = len({h[2] for h in found}) > 1
        conflicts += differ
        conn.exec_driver_sql(
            "INSERT INTO main.field_state (entity, record_id, field, value, change_id, at, "
            "author, heads, conflict) VALUES ('place', ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (entity, record_id, field) DO UPDATE SET value = excluded.value, "
            "change_id = excluded.change_id, at = excluded.at, author = excluded.author, "
            "heads = excluded.heads, conflict = excluded.conflict",
            (
                place_id,
                name,
                shown[2],
                shown[0],
                shown[3],
                shown[4],
                json.dumps(sorted(h[0] for h in found)),
                int(differ),
            ),
        )
    return conflicts


def after_materialise(conn: Connection, state: Pass) -> None:
    """Archive joined-away plekken in the survey table and point references to survivors."""
    if not state.active:
        return
    if state.changed:
        nodes = json.dumps(sorted(state.nodes))
        conn.exec_driver_sql(
            "UPDATE main.place SET archived = CASE WHEN EXISTS (SELECT 1 FROM main.place_join j "
            "WHERE j.place_id = place.id AND j.survivor != j.place_id) THEN 1 ELSE COALESCE(("
            "SELECT json_extract(f.value, '$') FROM main.field_state f WHERE f.entity = 'place' "
            "AND f.record_id = place.id AND f.field = 'archived'), 0) END "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (nodes,),
        )
    else:
        conn.exec_driver_sql(
            "UPDATE main.place SET archived = 1 WHERE id IN (SELECT r.record_id FROM "
            "temp.aff_records r JOIN main.place_join j ON j.place_id = r.record_id WHERE "
            "r.entity = 'place' AND j.survivor != j.place_id)"
        )
    values = json.dumps(sorted(state.values))
    for entity, column in PLACE_REFS:
        raw = (
            f"(SELECT json_extract(f.value, '$') FROM main.field_state f WHERE "
            f"f.entity = '{entity}' AND f.record_id = {entity}.id AND f.field = '{column}')"
        )
        mapped = (
            f"COALESCE((SELECT j.survivor FROM main.place_join j WHERE j.place_id = {raw}), {raw})"
        )
        if state.changed:
            conn.exec_driver_sql(
                f'UPDATE main.{entity} SET "{column}" = {mapped} WHERE "{column}" IN '
                "(SELECT value FROM json_each(?))",
                (values,),
            )
        else:
            conn.exec_driver_sql(
                f'UPDATE main.{entity} SET "{column}" = {mapped} WHERE id IN (SELECT record_id '
                f"FROM temp.aff_records WHERE entity = '{entity}') AND \"{column}\" IN "
                "(SELECT place_id FROM main.place_join)"
            )


def survivor_of(conn: sqlite3.Connection, place_id: str) -> str:
    """The plek that ``place_id`` leads to (itself when it was not joined away)."""
    row = conn.execute(
        "SELECT survivor FROM main.place_join WHERE place_id = ?", (place_id,)
    ).fetchone()
    return str(row[0]) if row else place_id


def effective(
    conn: sqlite3.Connection, entity: str, record_id: str, values: dict[str, Any]
) -> dict[str, Any]:
    """A record's values as the survey tables show them: references to a joined-away plek lead
    to its survivor, and a joined-away plek is archived."""
    if conn.execute("SELECT 1 FROM main.place_join LIMIT 1").fetchone() is None:
        return values
    for e, name in PLACE_REFS:
        if e == entity and isinstance(values.get(name), str):
            values[name] = survivor_of(conn, values[name])
    if entity == "place" and values and survivor_of(conn, record_id) != record_id:
        values["archived"] = True
    return values


@dataclass(frozen=True)
class DoubleMeting:
    """Several metingen of one plek in one meetmoment (a person keeps one)."""

    place_id: str
    round: str
    interviews: list[dict[str, Any]]


def double_metingen(conn: sqlite3.Connection) -> list[DoubleMeting]:
    """Plekken with more than one (non-archived) meting in the same meetmoment."""
    groups = conn.execute(
        "SELECT place_id, round FROM main.interview WHERE NOT archived AND round IS NOT NULL "
        "AND place_id IS NOT NULL GROUP BY place_id, round HAVING COUNT(*) > 1"
    ).fetchall()
    out = []
    for place_id, round_name in groups:
        rows = conn.execute(
            "SELECT id, created_at, updated_by, interviewer, date, status, "
            "COALESCE(volunteers_core, 0) + COALESCE(volunteers_regular, 0) + "
            "COALESCE(volunteers_occasional, 0) FROM main.interview WHERE place_id = ? AND "
            "round = ? AND NOT archived ORDER BY created_at, id",
            (place_id, round_name),
        ).fetchall()
        out.append(
            DoubleMeting(
                place_id,
                round_name,
                [
                    {
                        "id": r[0],
                        "created_at": r[1] or "",
                        "author": r[2] or "",
                        "interviewer": r[3],
                        "date": r[4],
                        "status": r[5],
                        "volunteers": r[6],
                    }
                    for r in rows
                ],
            )
        )
    return out
