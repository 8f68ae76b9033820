"""The per-plek read model behind the Excel overview: survey tables plus derived indicators.

:func:`load` reads every table once (set-wise, no query per plek) and computes, per plek, the
figures of :mod:`nulmeting.domain.indicators`. It is fast enough for 10,000 plekken with 80,000
activities (see ``benchmarks/export.py``).

**Which meting counts** (documented in ``docs/excel-layout.md`` and in the Toelichting sheet):
per plek the interview of the meetmoment shown (default: the store's current one, setting
``round``), with that meetmoment's activities, memberships and ties and the interview's finance
lines. A plek counts only once it is **measured** there (:func:`nulmeting.store.meetmoment.
measured_places`); until then it is "nog niet gemeten" — never zero, never last year's figures.
A plek that is archived, or whose meting has status gestopt, has stopped. Only when no
meetmoment is set does every plek's latest interview count. Archived records never count. A
vastgesteld meetmoment is read from the rows stored when it was vastgesteld.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from nulmeting.domain import indicators, reference
from nulmeting.domain.fields import FieldDef, fields, from_column
from nulmeting.reading.records import choose_interview
from nulmeting.store.store import Store

NO_DISTRICT = "(geen wijk)"
STOPPED = "gestopt"  # metingstatus of a plek that stopped
UNKNOWN_SOURCE = "onbekend"

#: Income sources grouped for the income-mix chart (source code → group name).
INCOME_GROUPS: dict[str, str] = {
    "gemeente-bewonersinitiatief": "Gemeente",
    "gemeente-couleur-locale-welzijn": "Gemeente",
    "gemeente-cultuur": "Gemeente",
    "gemeente-opdracht-right-to-challenge": "Gemeente",
    "woningcorporatie": "Woningcorporatie",
    "welzijnsorganisatie": "Welzijn en zorg",
    "zorg-verzekeraar": "Welzijn en zorg",
    "vermogensfonds": "Vermogensfondsen",
    "zaalverhuur": "Eigen inkomsten",
    "horeca-verkoop": "Eigen inkomsten",
    "deelnemersbijdragen": "Eigen inkomsten",
    "contributie": "Eigen inkomsten",
    "donaties-crowdfunding": "Giften en sponsoring",
    "sponsoring": "Giften en sponsoring",
}
GROUP_ORDER = [
    "Gemeente",
    "Woningcorporatie",
    "Welzijn en zorg",
    "Vermogensfondsen",
    "Eigen inkomsten",
    "Giften en sponsoring",
    "Onbekend",
]


@dataclass
class PlaceFigures:
    """Derived figures of one plek (``None``: not computable from what is known)."""

    volunteers: int = 0
    volunteer_hours: float = 0.0
    societal_value: float = 0.0
    activities: int = 0
    activities_per_week: float = 0.0
    participants_per_week: float = 0.0
    income: float = 0.0
    structural_income: float = 0.0
    income_by_group: dict[str, float] = field(default_factory=dict)
    sustainability: indicators.Sustainability | None = None
    completeness: float = 0.0
    networks: list[str] = field(default_factory=list)


STATE_MEASURED = "gemeten"
STATE_NOT_MEASURED = "nog niet gemeten"
STATE_STOPPED = "gestopt"


@dataclass
class PlaceView:
    place: dict[str, Any]  # field name → decoded value, plus "id"
    interview: dict[str, Any] | None  # the meting that counts (see module doc), plus "id"
    figures: PlaceFigures
    state: str = STATE_MEASURED  # only measured plekken count in the figures

    @property
    def counted(self) -> bool:
        return self.state == STATE_MEASURED

    @property
    def id(self) -> str:
        return str(self.place["id"])

    @property
    def name(self) -> str:
        return str(self.place.get("name") or "(naamloos)")

    @property
    def district_name(self) -> str:
        return reference.district_name(self.place.get("district")) or NO_DISTRICT


@dataclass
class DistrictSummary:
    name: str
    code: str | None
    places: int = 0
    activities_per_week: float = 0.0
    participants_per_week: float = 0.0
    volunteers: int = 0
    volunteer_hours: float = 0.0
    societal_value: float = 0.0
    income: float = 0.0
    structural_income: float = 0.0
    total_costs: float = 0.0
    paid_fte: float = 0.0
    interviewed: int = 0
    lights: dict[str, int] = field(default_factory=dict)
    income_by_group: dict[str, float] = field(default_factory=dict)
    inhabitants: int | None = None
    not_measured: int = 0
    stopped: int = 0

    @property
    def structural_share(self) -> float | None:
        return self.structural_income / self.income if self.income > 0 else None

    def add(self, view: PlaceView) -> None:
        if view.state == STATE_NOT_MEASURED:
            self.not_measured += 1
            return
        if view.state == STATE_STOPPED:
            self.stopped += 1
            return
        f = view.figures
        self.places += 1
        self.activities_per_week += f.activities_per_week
        self.participants_per_week += f.participants_per_week
        self.volunteers += f.volunteers
        self.volunteer_hours += f.volunteer_hours
        self.societal_value += f.societal_value
        self.income += f.income
        self.structural_income += f.structural_income
        interview = view.interview or {}
        self.total_costs += interview.get("total_costs") or 0.0
        self.paid_fte += interview.get("paid_fte") or 0.0
        if interview.get("status") in {"afgenomen", "gecontroleerd"}:
            self.interviewed += 1
        light = f.sustainability.light if f.sustainability else "onbekend"
        self.lights[light] = self.lights.get(light, 0) + 1
        for group, amount in f.income_by_group.items():
            self.income_by_group[group] = self.income_by_group.get(group, 0.0) + amount


@dataclass
class Overview:
    today: dt.date
    round: str
    hourly_value: float
    weeks_per_year: float
    district: str | None  # wijk code when limited to one wijk
    places: list[PlaceView]
    activities: list[dict[str, Any]]
    finance_lines: list[dict[str, Any]]
    memberships: list[dict[str, Any]]
    ties: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    interviewers: list[str]
    place_names: dict[str, str]  # every non-archived plek (also outside the wijk), for ties
    frozen: bool = False  # a vastgesteld meetmoment, read from its stored rows
    needs: list[dict[str, Any]] = field(default_factory=list)  # of the metingen that count
    minimum_wage: float = 14.4  # settings shown beside the value (lower bound, its source)
    hourly_value_source: str = ""

    def districts(self) -> list[DistrictSummary]:
        """One summary per wijk that has plekken, in reference order (no-wijk last)."""
        out: dict[str, DistrictSummary] = {}
        for view in self.places:
            key = view.district_name
            if key not in out:
                code = view.place.get("district")
                d = reference.districts().get(code or "")
                out[key] = DistrictSummary(key, code, inhabitants=d.inhabitants if d else None)
            out[key].add(view)
        return list(out.values())

    def total(self) -> DistrictSummary:
        total = DistrictSummary("Totaal", None)
        for view in self.places:
            total.add(view)
        known = [d.inhabitants for d in self.districts()]
        total.inhabitants = sum(known) if known and None not in known else None  # type: ignore
        return total


# --------------------------------------------------------------------------- reading


def decode(fd: FieldDef, value: Any) -> Any:
    """Canonical (:func:`nulmeting.domain.fields.from_column`), with dates as dates for the export."""
    value = from_column(fd, value)
    if fd.kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def _decode_rows(entity: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dates as dates, in place: the rows are the caller's own (just read, or just decoded from
    a vastgesteld meetmoment), never shared."""
    dates = [fd.name for fd in fields(entity).values() if fd.kind == "date"]
    if dates:
        fromisoformat = dt.date.fromisoformat
        for record in rows:
            for name in dates:
                value = record.get(name)
                if type(value) is str:
                    record[name] = fromisoformat(value)
    return rows


def _district_key(code: str | None) -> int:
    d = reference.districts().get(code or "")
    return d.position if d else 10_000


TABLES = ("place", "interview", "activity", "finance_line", "membership", "tie", "contact", "need")
#: What a vastgesteld meetmoment keeps (contacts are plek data, read live; never frozen).
FROZEN_TABLES = ("place", "interview", "activity", "finance_line", "membership", "tie", "need")


def read(store: Store, round_name: str | None = None) -> dict[str, Any]:
    """The survey tables of one meetmoment (default: the current one), read once: a vastgesteld
    meetmoment's stored rows, else the live ones (hand them to :func:`load` for several
    wijken). Contacts are always the live ones."""
    from nulmeting.store import meetmoment

    round_name = store.current_round if round_name is None else round_name
    frozen = meetmoment.snapshot(store, round_name) if round_name else None
    data = frozen if frozen is not None else meetmoment.live_tables(store, round_name)
    tables: dict[str, Any] = {t: _decode_rows(t, data.get(t, [])) for t in FROZEN_TABLES}
    # "place" holds the live plekken (what every reader expects); the archived ones that have a
    # meting in this meetmoment (they count where they were measured, else they stopped) apart
    places = tables["place"]
    tables["place"] = [p for p in places if not p.get("archived")]
    tables["place_archived"] = [p for p in places if p.get("archived")]
    with store.read() as conn:
        tables["contact"] = _decode_rows(
            "contact", meetmoment.fetch(conn, "contact", "NOT t.archived")
        )
    tables["measured"] = set(data["measured"])
    tables["settings"] = data["settings"]
    tables["round"] = round_name
    tables["frozen"] = frozen is not None
    return tables


def load(
    store: Store,
    *,
    district: str | None = None,
    today: dt.date | None = None,
    rows: dict[str, Any] | None = None,
    round_name: str | None = None,
) -> Overview:
    """Everything the overview shows of one meetmoment (default: the current one), for the
    whole store or one wijk (code); ``rows`` from :func:`read` saves reading the store again."""
    today = today or dt.date.today()
    tables = rows if rows is not None else read(store, round_name)
    current_round = tables["round"]
    weeks = float(tables["settings"]["weeks_per_year"])
    rate = float(tables["settings"]["hourly_value"])
    measured: set[str] = tables["measured"]
    all_places = [*tables["place"], *tables.get("place_archived", [])]
    interviews = tables["interview"]
    activities, finance = tables["activity"], tables["finance_line"]
    memberships, ties, contacts = tables["membership"], tables["tie"], tables["contact"]

    place_names = {
        p["id"]: p.get("name") or "(naamloos)" for p in all_places if not p.get("archived")
    }
    places = [p for p in all_places if district is None or p.get("district") == district]
    places.sort(
        key=lambda p: (_district_key(p.get("district")), (p.get("name") or "").lower(), p["id"])
    )
    keep = {p["id"] for p in places}

    by_place: dict[str, list[dict[str, Any]]] = {}
    for row in interviews:
        if row.get("place_id") in keep:
            by_place.setdefault(row["place_id"], []).append(row)
    chosen = {pid: choose_interview(items, current_round) for pid, items in by_place.items()}
    stopped = {pid for pid, i in chosen.items() if i and i.get("status") == STOPPED}
    # an archived plek still counts where it was measured (an earlier winter), else it stopped
    stopped |= {p["id"] for p in places if p.get("archived") and p["id"] not in measured}
    # only measured plekken count: never zero, never last year's (carried-over) figures
    counted = {pid for pid in keep if pid in measured and pid not in stopped}
    chosen_ids = {i["id"]: pid for pid, i in chosen.items() if i and pid in counted}

    activities = [a for a in activities if a.get("place_id") in counted]
    finance = [f for f in finance if f.get("interview_id") in chosen_ids]
    needs = [
        dict(n, place_id=chosen_ids[n["interview_id"]])
        for n in tables.get("need", ())
        if n.get("interview_id") in chosen_ids
    ]
    memberships = [m for m in memberships if m.get("place_id") in counted]
    ties = [t for t in ties if t.get("place_id") in counted]
    contacts = [c for c in contacts if c.get("place_id") in keep]

    figures = {pid: PlaceFigures() for pid in keep}
    for a in activities:
        f = figures[a["place_id"]]
        sessions = indicators.sessions_per_week(
            indicators.ActivityFigures(
                a.get("days") or (), a.get("frequency"), a.get("participants")
            )
        )
        a["sessions_per_week"] = sessions
        f.activities += 1
        f.activities_per_week += sessions
        f.participants_per_week += sessions * (a.get("participants") or 0)
    income_lines: dict[str, list[indicators.IncomeLine]] = {}
    for line in finance:
        line["place_id"] = chosen_ids[line["interview_id"]]
        if indicators.is_income(line.get("kind")):  # no amount yet: counts, adds nothing
            income_lines.setdefault(line["place_id"], []).append(
                indicators.IncomeLine(
                    line.get("source"),
                    float(line.get("amount") or 0),
                    bool(line.get("structural")),
                    line.get("ends_on"),
                )
            )
    network_names = reference.options("netwerk")
    for m in memberships:
        if m.get("network"):
            figures[m["place_id"]].networks.append(network_names.get(m["network"], m["network"]))

    views = []
    interviewers: set[str] = set()
    for p in places:
        pid = p["id"]
        interview = chosen.get(pid)
        f = figures[pid]
        state = (
            STATE_STOPPED
            if pid in stopped
            else STATE_MEASURED
            if pid in counted
            else STATE_NOT_MEASURED
        )
        if state != STATE_MEASURED:
            views.append(PlaceView(p, interview, f, state))
            continue
        lines = income_lines.get(pid, [])
        i = interview or {}
        if i.get("interviewer"):
            interviewers.add(i["interviewer"])
        f.volunteers = indicators.total_volunteers(
            i.get("volunteers_core"), i.get("volunteers_regular"), i.get("volunteers_occasional")
        )
        f.volunteer_hours = indicators.volunteer_hours_per_year(
            f.volunteers, i.get("hours_per_week"), weeks
        )
        f.societal_value = round(
            indicators.societal_value(f.volunteers, i.get("hours_per_week"), weeks, rate), 2
        )
        f.income = indicators.total_income(lines)
        f.structural_income = sum(x.amount for x in lines if x.structural)
        for source, amount in indicators.income_by_source(lines).items():
            group = INCOME_GROUPS.get(source, "Onbekend")
            f.income_by_group[group] = f.income_by_group.get(group, 0.0) + amount
        if interview is not None:
            f.sustainability = indicators.sustainability(
                lines,
                total_costs=i.get("total_costs"),
                free_reserve=i.get("free_reserve"),
                overhead_costs=i.get("overhead_costs"),
                today=today,
            )
        f.completeness = indicators.completeness(p, interview, f.activities, len(lines))
        f.networks.sort()
        views.append(PlaceView(p, interview, f, state))

    return Overview(
        today=today,
        round=current_round,
        hourly_value=rate,
        weeks_per_year=weeks,
        district=district,
        places=views,
        activities=activities,
        finance_lines=finance,
        memberships=memberships,
        ties=ties,
        contacts=contacts,
        interviewers=sorted(interviewers, key=str.lower),
        place_names=place_names,
        frozen=bool(tables.get("frozen")),
        needs=needs,
        minimum_wage=store.minimum_wage,
        hourly_value_source=store.setting("hourly_value_source"),
    )
