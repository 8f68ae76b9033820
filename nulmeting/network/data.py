"""What the network map is made of, read from the store in one place.

:func:`read_network` is the only reader of ties and memberships for the map, its figures and its
files. A tie or membership belongs to a meetmoment when its table has a ``round`` column (the
vervolgmeting work adds one); until then, or when the column is empty, it counts for every
meetmoment. Notes (free text, which may name people) and contacts are never read.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field

from nulmeting.domain import reference
from nulmeting.domain.fields import fields, from_column
from nulmeting.store.store import Store

PLACE = "plek"
NETWORK = "netwerk"
PARTNER = "partner"


@dataclass(frozen=True)
class NetPlace:
    id: str
    name: str
    district: str  # wijk code, "" when unknown
    types: tuple[str, ...]  # plektype codes

    @property
    def district_name(self) -> str:
        return reference.district_name(self.district) if self.district else ""


@dataclass(frozen=True)
class NetMembership:
    id: str
    place_id: str
    network: str  # netwerk code
    role: str  # netwerkrol code, "" when unknown
    round: str  # meetmoment, "" = every meetmoment


@dataclass(frozen=True)
class NetTie:
    id: str
    place_id: str
    other_place_id: str | None  # a plek in the store ...
    partner: str | None  # ... or a partner organisation (as typed)
    kind: str  # relatietype code, "" when unknown
    strength: int | None  # 1..4
    round: str  # meetmoment, "" = every meetmoment


@dataclass
class NetworkData:
    places: dict[str, NetPlace]
    memberships: list[NetMembership]
    ties: list[NetTie]
    #: meetmomenten in time order (by their first interview date, then by name)
    rounds: list[str] = field(default_factory=list)
    #: meetmoment → the date it starts (first interview, else 1 December of the year in its name)
    round_dates: dict[str, dt.date] = field(default_factory=dict)
    current_round: str = ""

    @property
    def dated(self) -> bool:
        """Whether ties or memberships carry meetmomenten (then the map can show growth)."""
        return any(t.round for t in self.ties) or any(m.round for m in self.memberships)


def partner_key(name: str) -> str:
    """One node per partner organisation, however it was typed ('Woonstad', 'woonstad ')."""
    return re.sub(r"\s+", " ", reference.fold(name)).strip()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _round_date(name: str, first_interview: str | None) -> dt.date:
    if first_interview:
        try:
            return dt.date.fromisoformat(first_interview[:10])
        except ValueError:
            pass
    years = re.findall(r"(?:19|20)\d\d", name)
    return dt.date(int(years[0]), 12, 1) if years else dt.date(1970, 1, 1)


def read_network(store: Store) -> NetworkData:
    """Every non-archived plek, membership and tie (of a non-archived plek), and the
    meetmomenten known to the store."""
    types_field = fields("place")["types"]
    with store.read() as conn:
        places = {
            pid: NetPlace(
                pid,
                name or "(naamloos)",
                district or "",
                tuple(from_column(types_field, types) or ()),  # type: ignore[arg-type]
            )
            for pid, name, district, types in conn.execute(
                "SELECT id, name, district, types FROM place WHERE NOT archived"
            )
        }
        round_of = {
            t: ("round" if "round" in _columns(conn, t) else "''") for t in ("membership", "tie")
        }
        memberships = [
            NetMembership(mid, pid, network, role or "", rnd or "")
            for mid, pid, network, role, rnd in conn.execute(
                f"SELECT id, place_id, network, role, {round_of['membership']} FROM membership "
                "WHERE NOT archived AND network IS NOT NULL AND network != '' ORDER BY id"
            )
            if pid in places
        ]
        ties = []
        for tid, pid, other, partner, kind, strength, rnd in conn.execute(
            f"SELECT id, place_id, other_place_id, partner, kind, strength, "
            f"{round_of['tie']} FROM tie WHERE NOT archived ORDER BY id"
        ):
            if pid not in places:
                continue
            partner = (partner or "").strip() or None
            if other is not None and other not in places:
                continue  # a tie to an archived plek is not on the map
            if other is None and (partner is None or not partner_key(partner)):
                continue  # a tie to nobody (a row being filled in)
            if other == pid:
                continue
            ties.append(
                NetTie(
                    tid,
                    pid,
                    other,
                    None if other else partner,
                    kind or "",
                    int(strength) if strength is not None else None,
                    rnd or "",
                )
            )
        first = dict(
            conn.execute(
                "SELECT round, MIN(date) FROM interview WHERE NOT archived AND round IS NOT NULL "
                "AND round != '' GROUP BY round"
            ).fetchall()
        )
    names = (
        set(first) | {t.round for t in ties if t.round} | {m.round for m in memberships if m.round}
    )
    current = store.current_round
    if current:
        names.add(current)
    dates = {name: _round_date(name, first.get(name)) for name in names}
    rounds = sorted(names, key=lambda n: (dates[n], n))
    return NetworkData(places, memberships, ties, rounds, dates, current)
