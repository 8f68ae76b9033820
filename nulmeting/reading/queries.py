"""Fast read-only rows for lists (the plekken list in the window): one set-wise query.

Each row holds what the list shows: name, address, wijk, the status of the current meetmoment's
interview and the completeness of that interview (:func:`nulmeting.domain.indicators.completeness`).
In a vervolgmeting a value carried over from last time and not yet confirmed is not an answer
(a planned meting is not "95 % volledig" on last winter's figures): carried-over fields of the
meting's figures, and activities and income lines still only carried over, do not count.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from nulmeting.domain import indicators, reference
from nulmeting.domain.fields import FieldDef, fields, from_column
from nulmeting.store.meetmoment import CARRY_FIELDS
from nulmeting.store.rounds import CARRY_AUTHOR
from nulmeting.store.store import Store

NO_INTERVIEW = ""  # status code of a plek without an interview in the current meetmoment


@dataclass(frozen=True)
class PlaceRow:
    id: str
    name: str
    address: str
    district: str  # wijk code ("" when unknown)
    district_name: str
    interview_id: str | None
    status: str  # metingstatus code, NO_INTERVIEW without an interview
    completeness: float  # 0..1

    @property
    def status_name(self) -> str:
        return reference.option_name("metingstatus", self.status) if self.status else "Geen meting"


@cache
def _asked(entity: str) -> tuple[FieldDef, ...]:
    """The always-asked fields of ``entity``."""
    return tuple(f for f in fields(entity).values() if f.asked)


def _select() -> str:
    place_cols = ", ".join(f'p."{fd.name}"' for fd in _asked("place"))
    interview_cols = ", ".join(f'i."{fd.name}"' for fd in _asked("interview"))
    figures = ", ".join(f"'{name}'" for name in CARRY_FIELDS)
    # a record someone answered for: its last change is not the carry-over (``updated_by``)
    answered = "COALESCE({alias}.updated_by, '') != '" + CARRY_AUTHOR + "'"
    return f"""
        SELECT p.id, p.name, p.address, p.district, d.name, i.id, i.status,
               (SELECT COUNT(*) FROM activity a WHERE a.place_id = p.id AND NOT a.archived
                       AND (? = '' OR a.round = ?)
                       AND {answered.format(alias="a")}),
               (SELECT COUNT(*) FROM finance_line f WHERE f.interview_id = i.id
                       AND NOT f.archived AND f.kind = 'inkomsten'  -- indicators.is_income
                       AND {answered.format(alias="f")}),
               (SELECT group_concat(s.field, ' ') FROM field_state s
                       WHERE s.entity = 'interview' AND s.record_id = i.id
                       AND s.author = '{CARRY_AUTHOR}' AND s.field IN ({figures})),
               {place_cols}, {interview_cols}
        FROM place p
        LEFT JOIN ref_district d ON d.code = p.district
        LEFT JOIN interview i ON i.id = (
            SELECT j.id FROM interview j
            WHERE j.place_id = p.id AND NOT j.archived AND (? = '' OR j.round = ?)
            -- the rule of records.choose_interview: latest date, then last changed, then id
            ORDER BY j.date IS NULL, j.date DESC, j.updated_at DESC, j.id DESC LIMIT 1)
        WHERE NOT p.archived"""


def _row(raw: tuple[Any, ...]) -> PlaceRow:
    (
        place_id,
        name,
        address,
        district,
        district_name,
        interview_id,
        status,
        activities,
        income_lines,
        carried,
    ) = raw[:10]
    place_fields = _asked("place")
    interview_fields = _asked("interview")
    rest = raw[10:]
    place = {fd.name: from_column(fd, v) for fd, v in zip(place_fields, rest, strict=False)}
    interview = None
    if interview_id is not None:
        tail = rest[len(place_fields) :]
        not_yet = set((carried or "").split())  # carried over, not yet confirmed
        interview = {
            fd.name: None if fd.name in not_yet else from_column(fd, v)
            for fd, v in zip(interview_fields, tail, strict=False)
        }
    score = indicators.completeness(place, interview, activities or 0, income_lines or 0)
    return PlaceRow(
        id=place_id,
        name=name or "",
        address=address or "",
        district=district or "",
        district_name=district_name or reference.district_name(district),
        interview_id=interview_id,
        status=(status or NO_INTERVIEW) if interview_id else NO_INTERVIEW,
        completeness=score,
    )


def place_rows(store: Store, round_name: str | None = None) -> list[PlaceRow]:
    """Every non-archived plek, sorted by name (case-insensitive).

    ``round_name``: the meetmoment whose interview counts (default: the store's current one;
    ``""``: the latest interview of any meetmoment).
    """
    round_name = store.current_round if round_name is None else round_name
    sql = _select() + " ORDER BY lower(p.name), p.id"
    with store.read() as conn:
        rows = conn.execute(sql, (round_name,) * 4).fetchall()
    return [_row(tuple(r)) for r in rows]


def place_row(store: Store, place_id: str, round_name: str | None = None) -> PlaceRow | None:
    """The row of one plek (``None`` when it does not exist or is archived)."""
    round_name = store.current_round if round_name is None else round_name
    sql = _select() + " AND p.id = ?"
    with store.read() as conn:
        row = conn.execute(sql, (*(round_name,) * 4, place_id)).fetchone()
    return _row(tuple(row)) if row is not None else None
