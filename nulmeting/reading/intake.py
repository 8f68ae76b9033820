"""Everything the intake form needs of one plek, read fast, plus its live indicators.

Qt-free: the form (``ui/form``) reads through :func:`load` and writes through ``Store`` methods.
Values come back in the canonical form of :mod:`nulmeting.domain.validation` (dates ``YYYY-MM-DD``,
lists of codes, numbers as numbers), so what the form shows is what a change would store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from nulmeting.domain import indicators, reference
from nulmeting.domain.fields import SECTIONS, FieldDef, children, fields
from nulmeting.reading.records import choose_interview, entity_rows
from nulmeting.store import meetmoment
from nulmeting.store.meetmoment import CARRY_FIELDS
from nulmeting.store.store import DEFAULT_ROUND, Store

FALLBACK_ROUND = DEFAULT_ROUND


@dataclass
class PlaceData:
    """One plek as the form shows it; every record is a dict with ``id`` and its fields."""

    place: dict[str, Any]
    interview: dict[str, Any] | None
    round: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: the plek's meting of the meetmoment before (``None``: none), for "vorig jaar: 17"
    previous: dict[str, Any] | None = None
    #: interview fields whose value is still carried over, not yet confirmed
    carried: set[str] = field(default_factory=set)
    #: per entity: ids of records carried over and not yet confirmed
    carried_records: dict[str, set[str]] = field(default_factory=dict)
    frozen: bool = False

    @property
    def stopped(self) -> bool:
        """The plek stopped (its meting of this meetmoment has status gestopt)."""
        return (self.interview or {}).get("status") == meetmoment.STOPPED

    @property
    def only_carried(self) -> bool:
        """Not measured yet in this meetmoment, but holding last year's figures, carried over
        (a new plek with an empty planned meting holds nothing of last year)."""
        return (
            bool(self.interview)
            and not self.measured
            and bool(self.carried or any(self.carried_records.values()))
        )

    @property
    def measured(self) -> bool:
        """Whether the plek counts in this meetmoment (the rule of
        :func:`nulmeting.store.meetmoment.measured_places`, for one plek)."""
        iv = self.interview or {}
        if iv.get("status") in (*meetmoment.DONE_STATUSES, meetmoment.STOPPED):
            return True
        if any(iv.get(f) is not None and f not in self.carried for f in meetmoment.MEASURE_FIELDS):
            return True
        return any(
            r["id"] not in self.carried_records.get(e, set())
            for e in (*meetmoment.PER_ROUND, *meetmoment.PER_INTERVIEW)
            for r in self.rows(e)
        )

    @property
    def previous_round(self) -> str | None:
        return str(self.previous.get("round")) if self.previous else None

    @property
    def place_id(self) -> str:
        return str(self.place["id"])

    @property
    def interview_id(self) -> str | None:
        return str(self.interview["id"]) if self.interview else None

    def rows(self, entity: str) -> list[dict[str, Any]]:
        return self.records.get(entity, [])

    def income_lines(self) -> list[dict[str, Any]]:
        return [r for r in self.rows("finance_line") if r.get("kind") != "kosten"]

    def cost_lines(self) -> list[dict[str, Any]]:
        return [r for r in self.rows("finance_line") if r.get("kind") == "kosten"]


@dataclass(frozen=True)
class Indicators:
    volunteers: int
    volunteer_hours: float
    societal_value: float
    hourly_value: float
    weeks_per_year: float
    sustainability: indicators.Sustainability
    completeness: float
    activities_per_week: float
    participants_per_week: float


def current_round(store: Store) -> str:
    return store.current_round or FALLBACK_ROUND


def winter_start(today: dt.date | None = None) -> int:
    """The year this winter's interviews start: they run in December and January, so from
    July on it is this year (in November 2026: 2026), before July the year before."""
    today = today or dt.date.today()
    return today.year if today.month >= 7 else today.year - 1


def suggested_round(today: dt.date | None = None, *, existing: bool = False) -> str:
    """The meetmoment to offer for this winter (in November 2026: 'Nulmeting 2026-2027'; when
    earlier meetmomenten exist: 'Vervolgmeting 2026-2027')."""
    start = winter_start(today)
    return f"{'Vervolgmeting' if existing else 'Nulmeting'} {start}-{start + 1}"


def suggested_follow_up(known: Sequence[str], today: dt.date | None = None) -> str:
    """The name to offer for a new vervolgmeting: this winter's, unless a meetmoment of this
    winter (or a later one) exists already -- then the winter after the latest one named."""
    start = winter_start(today)
    years = [y for y in map(meetmoment.name_year, known) if y is not None]
    taken = set(known)
    if years and max(years) >= start:
        start = max(years) + 1
    name = f"Vervolgmeting {start}-{start + 1}"
    while name in taken:  # a name without years that happens to match
        start += 1
        name = f"Vervolgmeting {start}-{start + 1}"
    return name


def load(store: Store, place_id: str, round_name: str | None = None) -> PlaceData | None:
    """The plek, its interview of the current meetmoment (or of ``round_name``) and all its
    records (``None``: gone).

    Plain SQLite (:meth:`Store.read`): the window shows a plek before SQLAlchemy is loaded."""
    round_name = round_name or current_round(store)
    with store.read() as conn:
        found = entity_rows(conn, "place", "id = ?", (place_id,))
        if not found or found[0]["archived"]:
            return None
        interviews = [
            r
            for r in entity_rows(conn, "interview", "place_id = ? AND NOT archived", (place_id,))
            if r.get("round") == round_name
        ]
        # the same rule as the list and the export when one round holds several metingen
        # (two laptops each planned one): see records.choose_interview
        data = PlaceData(found[0], choose_interview(interviews, round_name), round_name)
        # the record lists of the plek and of its meting, as the field registry relates them;
        # activities, memberships and ties: those of this meetmoment
        for parent, parent_id in (("place", place_id), ("interview", data.interview_id)):
            for entity, ref in children(parent).items():
                if entity == "interview":
                    continue  # the meting of the current meetmoment is data.interview
                if not parent_id:
                    data.records[entity] = []
                elif entity in meetmoment.PER_ROUND:
                    data.records[entity] = entity_rows(
                        # +round: look up by the plek, not through the meetmoment's index
                        conn,
                        entity,
                        f'"{ref.name}" = ? AND +round = ? AND NOT archived',
                        (parent_id, round_name),
                    )
                else:
                    data.records[entity] = entity_rows(
                        conn, entity, f'"{ref.name}" = ? AND NOT archived', (parent_id,)
                    )
        earlier = [
            r
            for r in entity_rows(conn, "interview", "place_id = ? AND NOT archived", (place_id,))
            if r.get("round") != round_name
        ]
        data.previous = choose_interview(earlier, "")
        if data.interview_id:
            data.carried = meetmoment.carried_fields(conn, "interview", data.interview_id)
        for entity in (*meetmoment.PER_ROUND, *meetmoment.PER_INTERVIEW):
            data.carried_records[entity] = meetmoment.carried_records(
                conn, entity, [r["id"] for r in data.records.get(entity, [])]
            )
        data.frozen = round_name in meetmoment.frozen_names(conn)
    return data


def place_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every plek in the store, by name: for ties to other plekken."""
    with store.read() as conn:
        rows = conn.execute("SELECT id, name FROM place WHERE NOT archived").fetchall()
    return sorted(((r[0], r[1] or "(naamloos)") for r in rows), key=lambda r: r[1].lower())


def current_interview_id(store: Store, place_id: str) -> str | None:
    """The id of the plek's interview of the current meetmoment (``None``: none yet)."""
    data = load(store, place_id)
    return data.interview_id if data is not None else None


def ensure_interview(store: Store, place_id: str) -> str:
    """The id of the plek's interview of the current meetmoment, created (gepland) if missing."""
    existing = current_interview_id(store, place_id)
    if existing:
        return existing
    return store.create(
        "interview",
        {
            "place_id": place_id,
            "round": current_round(store),
            "interviewer": store.interviewer or "onbekend",
            "status": "gepland",
        },
    )


def new_place(store: Store, name: str = "Nieuwe plek") -> str:
    return store.create("place", {"name": name})


# --------------------------------------------------------------------------- indicators


def income(data: PlaceData) -> list[indicators.IncomeLine]:
    out = []
    for r in data.income_lines():
        if not indicators.is_income(r.get("kind")):
            continue  # shown in the income table until classified, but not counted
        ends = r.get("ends_on")
        out.append(
            indicators.IncomeLine(
                r.get("source"),
                float(r.get("amount") or 0),
                bool(r.get("structural")),
                dt.date.fromisoformat(ends) if ends else None,
            )
        )
    return out


def compute(
    data: PlaceData, *, hourly_value: float, weeks_per_year: float, today: dt.date | None = None
) -> Indicators:
    iv = data.interview or {}
    volunteers = indicators.total_volunteers(
        iv.get("volunteers_core"), iv.get("volunteers_regular"), iv.get("volunteers_occasional")
    )
    hours = indicators.volunteer_hours_per_year(
        volunteers, iv.get("hours_per_week"), weeks_per_year
    )
    lines = income(data)
    sust = indicators.sustainability(
        lines,
        total_costs=iv.get("total_costs"),
        free_reserve=iv.get("free_reserve"),
        overhead_costs=iv.get("overhead_costs"),
        today=today or dt.date.today(),
    )
    acts = [
        indicators.ActivityFigures(a.get("days") or [], a.get("frequency"), a.get("participants"))
        for a in data.rows("activity")
    ]
    # carried over from last time and not yet confirmed is not an answer (the list's rule,
    # :mod:`nulmeting.reading.queries`): such figures, activities and income lines do not count
    answered = {k: v for k, v in iv.items() if k not in data.carried or k not in CARRY_FIELDS}
    not_yet = data.carried_records  # records nobody confirmed yet
    done = indicators.completeness(
        data.place,
        answered if data.interview else None,
        sum(r["id"] not in not_yet.get("activity", set()) for r in data.rows("activity")),
        sum(
            indicators.is_income(r.get("kind"))
            and r["id"] not in not_yet.get("finance_line", set())
            for r in data.income_lines()
        ),
    )
    return Indicators(
        volunteers,
        hours,
        hours * hourly_value,
        hourly_value,
        weeks_per_year,
        sust,
        done,
        indicators.activities_per_week(acts),
        indicators.participants_per_week(acts),
    )


def compute_for(store: Store, data: PlaceData) -> Indicators:
    return compute(data, hourly_value=store.hourly_value, weeks_per_year=store.weeks_per_year)


# --------------------------------------------------------------------------- display


def euro(amount: float | None) -> str:
    if amount is None:
        return ""
    text = f"{amount:,.0f}".replace(",", ".")
    return f"€ {text}"


def number(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def display(fd: FieldDef, value: Any, places: dict[str, str] | None = None) -> str:
    """A stored value as a Dutch reader expects it (option names, dd-mm-jjjj, ja/nee)."""
    if value is None or value == [] or value == "":
        return ""
    if fd.kind == "bool":
        return "ja" if value else "nee"
    if fd.kind == "date":
        return dt.date.fromisoformat(value).strftime("%d-%m-%Y")
    if fd.kind == "choice":
        return reference.option_name(fd.options or "", value)
    if fd.kind == "multi":
        return ", ".join(reference.option_name(fd.options or "", v) for v in value)
    if fd.kind == "district":
        return reference.district_name(value)
    if fd.kind == "money":
        return euro(value)
    if fd.kind in {"float", "hours"}:
        return number(value, 0 if float(value).is_integer() else 1)
    if fd.kind == "place":
        return (places or {}).get(value, "")
    return str(value)


#: The form sections (ids) whose fields the summary lists, under the section's title.
SUMMARY_SECTIONS = ["general", "meting", "volunteers", "finances", "sustainability", "notes"]


def summary(
    data: PlaceData, ind: Indicators, places: dict[str, str] | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The text of the one-page summary: (heading, [(label, value)]) per section."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for section in SUMMARY_SECTIONS:
        rows: list[tuple[str, str]] = []
        for entity, record in (("place", data.place), ("interview", data.interview or {})):
            for fd in fields(entity).values():
                if fd.section == section:
                    text = display(fd, record.get(fd.name))
                    if text:
                        rows.append((fd.label, text))
        if rows:
            out.append((SECTIONS[section], rows))
    acts = [(a.get("name") or "(zonder naam)", _activity_line(a)) for a in data.rows("activity")]
    if acts:
        out.append((f"Activiteiten ({len(acts)})", acts))
    fl = fields("finance_line")
    lines = [
        (
            display(fl["source"], r.get("source")) or "Inkomsten",
            " · ".join(
                x
                for x in (
                    euro(r.get("amount")),
                    "structureel" if r.get("structural") else "tijdelijk",
                    f"tot {display(fl['ends_on'], r.get('ends_on'))}" if r.get("ends_on") else "",
                )
                if x
            ),
        )
        for r in data.income_lines()
    ]
    if lines:
        out.append(("Inkomsten", lines))
    ms = fields("membership")
    net = [
        (display(ms["network"], m.get("network")), display(ms["role"], m.get("role")))
        for m in data.rows("membership")
    ]
    tf = fields("tie")
    for t in data.rows("tie"):
        other = (places or {}).get(t.get("other_place_id") or "", "") or t.get("partner") or ""
        net.append((other, display(tf["kind"], t.get("kind")) or "relatie"))
    net = [(a, b) for a, b in net if a]
    if net:
        out.append((SECTIONS["network"], net))
    nf = fields("need")
    needs = [
        (
            display(nf["kind"], n.get("kind")),
            " · ".join(x for x in (display(nf["urgency"], n.get("urgency")), n.get("notes")) if x),
        )
        for n in data.rows("need")
    ]
    if needs:
        out.append((SECTIONS["needs"], needs))
    s = ind.sustainability
    out.append(
        (
            "Indicatoren",
            [
                ("Vrijwilligers", str(ind.volunteers)),
                ("Vrijwilligersuren per jaar", number(ind.volunteer_hours)),
                (
                    "Maatschappelijke waarde",
                    f"{euro(ind.societal_value)} per jaar "
                    f"({euro(ind.hourly_value)}/uur, "
                    f"{number(ind.weeks_per_year)} weken)",
                ),
                (
                    "Financieel stoplicht",
                    s.light + (f" ({', '.join(s.signals)})" if s.signals else ""),
                ),
                ("Volledigheid", f"{round(ind.completeness * 100)}%"),
            ],
        )
    )
    return out


def _activity_line(a: dict[str, Any]) -> str:
    af = fields("activity")
    when = display(af["days"], a.get("days"))
    if a.get("start"):
        when += f" {a['start']}" + (f"-{a['end']}" if a.get("end") else "")
    parts = [
        when.strip(),
        display(af["frequency"], a.get("frequency")),
        f"{a['participants']} deelnemers" if a.get("participants") else "",
        display(af["run_by"], a.get("run_by")),
    ]
    return " · ".join(p for p in parts if p)
