"""Growth between two meetmomenten: a pure function of their two overviews.

:func:`compare` takes the :class:`~nulmeting.overview.Overview` of an earlier meetmoment and of a
later one (``overview.load(store, round_name=...)``) and returns, per wijk, in total and per
plek, both values and the index (earlier = 100) of each measure. Only **measured** plekken count
on either side (see :mod:`nulmeting.meetmoment`): a plek that is "nog niet gemeten" in the later
meetmoment is counted apart — never as zero, never with last year's figures. While a vervolgmeting
is under way the totals therefore differ by the plekken still to do; each row also holds the
like-for-like figures over the plekken measured in both (``previous_both``, ``current_both``). A plek is **new**
when it counts in the later meetmoment but not in the earlier one, and **stopped** when it counted
in the earlier one and is archived or has the meting status gestopt in the later one. Activities
are kept, new or stopped by their predecessor links (a carried-over activity names the one it
continues): kept = a later activity continues an earlier one; new = it continues none; stopped =
an earlier activity of a plek measured (or stopped) in the later meetmoment that nothing continues.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from nulmeting.reading.overview import STATE_MEASURED, STATE_NOT_MEASURED, STATE_STOPPED, Overview

TOTAL = "Totaal"


@dataclass
class Measures:
    """The compared figures of one side (a wijk, the total, or a plek)."""

    places: int = 0
    activities: int = 0
    activities_per_week: float = 0.0
    participants_per_week: float = 0.0
    volunteers: int = 0
    volunteer_hours: float = 0.0
    societal_value: float = 0.0
    income: float = 0.0
    structural_income: float = 0.0
    ties: int = 0

    @property
    def structural_share(self) -> float | None:
        return self.structural_income / self.income if self.income > 0 else None

    def add(self, other: Measures) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


#: (attribute, Dutch label, number format) of each compared measure, in sheet order.
MEASURES: list[tuple[str, str, str]] = [
    ("activities_per_week", "Activiteiten per week", "dec1"),
    ("participants_per_week", "Deelnemers per week", "int"),
    ("volunteers", "Vrijwilligers", "int"),
    ("volunteer_hours", "Vrijwilligersuren per jaar", "int"),
    ("societal_value", "Maatschappelijke waarde (€)", "euro"),
    ("structural_share", "Structurele financiering (%)", "pct"),
    ("ties", "Relaties", "int"),
]


def index(previous: float | None, current: float | None) -> float | None:
    """``current`` as an index of ``previous`` (= 100); ``None`` when not computable."""
    if previous is None or current is None or previous == 0:
        return None
    return round(current / previous * 100, 1)


@dataclass
class GrowthRow:
    """One wijk (or the total): both sides and the plekken that came, went or are still to do."""

    name: str
    code: str | None
    previous: Measures = field(default_factory=Measures)
    current: Measures = field(default_factory=Measures)
    #: the same, only over the plekken that count on both sides (like for like)
    previous_both: Measures = field(default_factory=Measures)
    current_both: Measures = field(default_factory=Measures)
    new: int = 0
    stopped: int = 0
    not_measured: int = 0
    activities_kept: int = 0
    activities_new: int = 0
    activities_stopped: int = 0

    def value(self, side: str, attr: str) -> float | None:
        m = self.previous if side == "previous" else self.current
        result: float | None = getattr(m, attr)
        return result

    def index(self, attr: str) -> float | None:
        return index(self.value("previous", attr), self.value("current", attr))

    def index_both(self, attr: str) -> float | None:
        """The index over the plekken measured in both meetmomenten."""
        return index(getattr(self.previous_both, attr), getattr(self.current_both, attr))

    def add(self, other: GrowthRow) -> None:
        self.previous.add(other.previous)
        self.current.add(other.current)
        self.previous_both.add(other.previous_both)
        self.current_both.add(other.current_both)
        for name in (
            "new",
            "stopped",
            "not_measured",
            "activities_kept",
            "activities_new",
            "activities_stopped",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class PlaceGrowth:
    id: str
    name: str
    district_name: str
    previous_state: str  # gemeten / nog niet gemeten / gestopt / "" (not in it)
    current_state: str
    previous: Measures | None  # None: not counted on that side
    current: Measures | None

    def index(self, attr: str) -> float | None:
        if self.previous is None or self.current is None:
            return None
        return index(getattr(self.previous, attr), getattr(self.current, attr))


@dataclass
class Growth:
    previous_round: str
    current_round: str
    districts: list[GrowthRow]
    total: GrowthRow
    places: list[PlaceGrowth]


def _measures(ov: Overview) -> dict[str, Measures]:
    """Figures of each counted plek of one overview."""
    ties: dict[str, int] = {}
    for t in ov.ties:
        ties[t["place_id"]] = ties.get(t["place_id"], 0) + 1
    out = {}
    for v in ov.places:
        if v.state != STATE_MEASURED:
            continue
        f = v.figures
        out[v.id] = Measures(
            1,
            f.activities,
            f.activities_per_week,
            f.participants_per_week,
            f.volunteers,
            f.volunteer_hours,
            f.societal_value,
            f.income,
            f.structural_income,
            ties.get(v.id, 0),
        )
    return out


def _ids(rows: Iterable[dict[str, object]]) -> set[str]:
    return {str(r["id"]) for r in rows}


def compare(previous: Overview, current: Overview) -> Growth:
    """The growth from ``previous`` to ``current`` (see the module doc). Pure: no store."""
    prev_m, cur_m = _measures(previous), _measures(current)
    prev_views = {v.id: v for v in previous.places}
    cur_views = {v.id: v for v in current.places}
    order: dict[str, tuple[str, str | None]] = {}  # place id → (wijk name, code): latest wins
    for v in [*previous.places, *current.places]:
        order[v.id] = (v.district_name, v.place.get("district"))
    # activities: kept, new, stopped by predecessor links
    continued = {a.get("predecessor_id") for a in current.activities if a.get("predecessor_id")}
    prev_activity_ids = _ids(previous.activities)
    rows: dict[str, GrowthRow] = {}
    places: list[PlaceGrowth] = []

    def row_of(pid: str) -> GrowthRow:
        name, code = order[pid]
        if name not in rows:
            rows[name] = GrowthRow(name, code)
        return rows[name]

    for pid in order:
        prev_view, cur_view = prev_views.get(pid), cur_views.get(pid)
        prev_state = prev_view.state if prev_view else ""
        cur_state = cur_view.state if cur_view else ""
        if pid not in prev_m and pid not in cur_m and cur_state != STATE_NOT_MEASURED:
            continue  # counted nowhere and nothing to do
        row = row_of(pid)
        if pid in prev_m:
            row.previous.add(prev_m[pid])
        if pid in cur_m:
            row.current.add(cur_m[pid])
            if pid not in prev_m:
                row.new += 1
        if pid in prev_m and pid in cur_m:
            row.previous_both.add(prev_m[pid])
            row.current_both.add(cur_m[pid])
        if pid in prev_m and cur_state in {STATE_STOPPED, ""}:
            row.stopped += 1
        if cur_state == STATE_NOT_MEASURED:
            row.not_measured += 1
        view = cur_view or prev_view
        assert view is not None
        places.append(
            PlaceGrowth(
                pid,
                view.name,
                order[pid][0],
                prev_state,
                cur_state or "",
                prev_m.get(pid),
                cur_m.get(pid),
            )
        )
    for a in current.activities:
        if a.get("place_id") not in cur_m:
            continue
        row = row_of(a["place_id"])
        if a.get("predecessor_id") in prev_activity_ids:
            row.activities_kept += 1
        else:
            row.activities_new += 1
    for a in previous.activities:
        pid = str(a.get("place_id"))
        if pid not in prev_m or a["id"] in continued:
            continue
        if pid in cur_m or (cur_views.get(pid) is None or cur_views[pid].state == STATE_STOPPED):
            row_of(pid).activities_stopped += 1
    districts = sorted(rows.values(), key=lambda r: _district_position(r.code))
    total = GrowthRow(TOTAL, None)
    for r in districts:
        total.add(r)
    places.sort(key=lambda p: (_district_position(order[p.id][1]), p.name.lower(), p.id))
    return Growth(previous.round, current.round, districts, total, places)


def _district_position(code: str | None) -> int:
    from nulmeting.domain import reference

    d = reference.districts().get(code or "")
    return d.position if d else 10_000
