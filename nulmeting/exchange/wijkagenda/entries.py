"""What the wijkagenda may publish, read once from the store.

Rules (also printed on the site's colophon):

* an activity is published only when it is marked *Openbaar in wijkagenda*, has a plek, a name
  and at least one day;
* it is valid from the date of its plek's interview (the latest meting with status afgenomen or
  gecontroleerd; in a vervolgmeting, until the plek is interviewed again, the interview of an
  earlier meetmoment its carried-over activities were checked in) until one year later;
  without any such interview, from the publication date.
  Past that year it is left out everywhere (the Open Referral advice: check schedules yearly);
* a contact person is published only when the consent includes *Wijkagenda* and the keep-until
  date has not passed; only name, role, e-mail and phone;
* of a plek only its name, address, postcode, wijk, description and wheelchair access.

Activities are read through :func:`read_activities` only, so where they come from (the plek, or
the meting of a meetmoment) is decided in one place.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from nulmeting.domain import reference
from nulmeting.reading.overview import read
from nulmeting.store.store import Store

DONE = {"afgenomen", "gecontroleerd"}
CONSENT = "wijkagenda"
CITY = "Rotterdam"


@dataclass(frozen=True)
class Contact:
    name: str | None
    role: str | None
    email: str | None
    phone: str | None


@dataclass
class Venue:
    """A plek as the wijkagenda shows it."""

    id: str
    name: str
    address: str | None
    postcode: str | None
    district: str | None  # wijk code
    description: str | None
    wheelchair_accessible: bool | None
    interview_date: dt.date | None  # of the checked meting the entries come from
    contacts: list[Contact] = field(default_factory=list)

    @property
    def district_name(self) -> str:
        return reference.district_name(self.district) or "Zonder wijk"

    @property
    def full_address(self) -> str:
        """``Straat 1, 3021 AB Rotterdam`` (what a calendar shows as location)."""
        parts = [p for p in (self.address, " ".join(x for x in (self.postcode, CITY) if x)) if p]
        return ", ".join(parts)

    @property
    def anchor(self) -> str:
        return "plek-" + self.id


@dataclass
class Entry:
    """One public activity."""

    id: str
    name: str
    venue: Venue
    themes: list[str]
    target_groups: list[str]
    days: list[str]  # day codes in week order (ma … zo)
    start: str | None  # HH:MM
    end: str | None
    frequency: str | None
    run_by: str | None
    partners: str | None
    updated_at: str | None
    valid_from: dt.date
    valid_until: dt.date

    @property
    def theme_names(self) -> list[str]:
        return [reference.option_name("thema", c) for c in self.themes]

    @property
    def group_names(self) -> list[str]:
        return [reference.option_name("doelgroep", c) for c in self.target_groups]

    @property
    def day_names(self) -> list[str]:
        return [reference.option_name("dag", c) for c in self.days]

    @property
    def frequency_name(self) -> str:
        return reference.option_name("frequentie", self.frequency) if self.frequency else ""

    @property
    def run_by_name(self) -> str:
        return reference.option_name("uitvoering", self.run_by) if self.run_by else ""

    @property
    def time_text(self) -> str:
        if self.start and self.end:
            return f"{self.start}–{self.end}"
        return self.start or ""


@dataclass
class Agenda:
    today: dt.date
    district: str | None
    venues: list[Venue]  # plekken with at least one entry, by wijk then name
    entries: list[Entry]  # by wijk, first day, start, name
    expired: int = 0  # public activities past their year
    not_public: int = 0

    def districts(self) -> list[tuple[str, str]]:
        """(code, name) of the wijken with entries, in reference order."""
        seen: dict[str, str] = {}
        for v in self.venues:
            if v.district and v.district not in seen:
                seen[v.district] = v.district_name
        return list(seen.items())

    def for_district(self, code: str) -> Agenda:
        venues = [v for v in self.venues if v.district == code]
        entries = [e for e in self.entries if e.venue.district == code]
        return replace(self, district=code, venues=venues, entries=entries)

    def by_venue(self, venue: Venue) -> list[Entry]:
        return [e for e in self.entries if e.venue is venue]


def read_activities(
    store: Store, tables: dict[str, list[dict[str, Any]]] | None = None
) -> list[dict[str, Any]]:
    """Every non-archived activity the wijkagenda is made from (decoded rows, ``place_id``
    included). The one place that decides which activities count."""
    tables = tables if tables is not None else read(store)
    return list(tables["activity"])


def district_choices(store: Store) -> list[tuple[str, str]]:
    """(code, name) of the wijken that have plekken in the store, in reference order: what a
    person can publish one wijk of."""
    with store.read() as conn:
        codes = {
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT district FROM place WHERE NOT archived AND district IS NOT NULL"
            )
        }
    return [(code, d.name) for code, d in reference.districts().items() if code in codes]


def slug(text: str) -> str:
    """File-name part of a wijk name: ``Oud-Mathenesse`` → ``oud-mathenesse``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "wijk"


def _interview_date(interviews: Iterable[dict[str, Any]], today: dt.date) -> dt.date | None:
    dates = [
        i["date"]
        for i in interviews
        if i.get("status") in DONE and isinstance(i.get("date"), dt.date) and i["date"] <= today
    ]
    return max(dates) if dates else None


def _earlier_interview_dates(
    store: Store, round_name: str | None, today: dt.date
) -> dict[str, dt.date]:
    """Per plek, the date of its latest interview held (up to ``today``) in another meetmoment
    than ``round_name``: when its activities were last checked, until it is interviewed again."""
    if not round_name:
        return {}
    marks = ", ".join("?" * len(DONE))
    with store.read() as conn:
        rows = conn.execute(
            f"SELECT place_id, MAX(date) FROM interview WHERE NOT archived AND round != ? "
            f"AND status IN ({marks}) AND date <= ? GROUP BY place_id",
            (round_name, *sorted(DONE), today.isoformat()),
        ).fetchall()
    return {pid: dt.date.fromisoformat(day) for pid, day in rows if pid and day}


def one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _consenting(contact: dict[str, Any], today: dt.date) -> bool:
    keep = contact.get("keep_until")
    return (
        CONSENT in (contact.get("consent_purposes") or [])
        and not (isinstance(keep, dt.date) and keep < today)
        and bool(contact.get("name") or contact.get("email") or contact.get("phone"))
    )


def load_agenda(
    store: Store, *, district: str | None = None, today: dt.date | None = None
) -> Agenda:
    """The publishable agenda of the store, or of one wijk (code)."""
    today = today or dt.date.today()
    tables = read(store)
    places = {p["id"]: p for p in tables["place"]}
    interviews: dict[str, list[dict[str, Any]]] = {}
    for i in tables["interview"]:
        interviews.setdefault(i.get("place_id") or "", []).append(i)
    earlier = _earlier_interview_dates(store, tables.get("round"), today)
    contacts: dict[str, list[Contact]] = {}
    for c in sorted(tables["contact"], key=lambda c: ((c.get("name") or "").lower(), c["id"])):
        if _consenting(c, today):
            contacts.setdefault(c.get("place_id") or "", []).append(
                Contact(c.get("name"), c.get("role"), c.get("email"), c.get("phone"))
            )

    day_order = {code: i for i, code in enumerate(reference.options("dag"))}
    venues: dict[str, Venue] = {}
    entries: list[Entry] = []
    expired = not_public = 0
    for a in read_activities(store, tables):
        place = places.get(a.get("place_id") or "")
        if place is None or (district is not None and place.get("district") != district):
            continue
        days = sorted(
            (d for d in a.get("days") or () if d in day_order), key=lambda d: day_order[d]
        )
        if not a.get("public"):
            not_public += 1
            continue
        if not a.get("name") or not days:
            continue
        venue = venues.get(place["id"])
        if venue is None:
            venue = Venue(
                place["id"],
                place.get("name") or "(naamloos)",
                place.get("address"),
                place.get("postcode"),
                place.get("district"),
                place.get("description"),
                place.get("wheelchair_accessible"),
                _interview_date(interviews.get(place["id"], ()), today) or earlier.get(place["id"]),
                contacts.get(place["id"], []),
            )
        valid_from = venue.interview_date or today
        valid_until = one_year_after(valid_from)
        if valid_until < today:
            expired += 1
            continue
        venues[place["id"]] = venue
        entries.append(
            Entry(
                a["id"],
                a["name"],
                venue,
                list(a.get("themes") or []),
                list(a.get("target_groups") or []),
                days,
                a.get("start"),
                a.get("end"),
                a.get("frequency"),
                a.get("run_by"),
                a.get("partners") or None,
                a.get("updated_at"),
                valid_from,
                valid_until,
            )
        )

    positions = {code: d.position for code, d in reference.districts().items()}

    def venue_key(v: Venue) -> tuple[int, str, str]:
        return positions.get(v.district or "", 10_000), v.name.lower(), v.id

    entries.sort(
        key=lambda e: (
            venue_key(e.venue)[0],
            day_order[e.days[0]],
            e.start or "",
            e.name.lower(),
            e.id,
        )
    )
    return Agenda(
        today, district, sorted(venues.values(), key=venue_key), entries, expired, not_public
    )
