"""The static site of the wijkagenda, rendered with Jinja2 from ``templates/`` (package data).

Pages: ``index.html`` (the area, or the one wijk published), ``<wijk>.html`` per wijk with its
plekken, ``<wijk>-week.html`` (an A4 week overview to print). Each page carries schema.org
``Event``/``Schedule`` JSON-LD of its activities. Static files (``style.css``, ``week.css``,
``filter.js``) are copied from ``static/``; nothing is loaded from the internet.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from nulmeting.domain import reference
from nulmeting.exchange.wijkagenda import feeds
from nulmeting.exchange.wijkagenda.entries import Agenda, Entry, Venue, slug
from nulmeting.report.dutch import MONTHS

HERE = Path(__file__).parent
STATIC = ("style.css", "week.css", "filter.js")
SCHEMA_DAYS = {
    "ma": "Monday",
    "di": "Tuesday",
    "wo": "Wednesday",
    "do": "Thursday",
    "vr": "Friday",
    "za": "Saturday",
    "zo": "Sunday",
}
#: above this many list items (activities × days) the area's index links to the wijk pages
#: instead of listing everything (a page of megabytes is no use on a phone)
INDEX_LIST_LIMIT = 1500
REPEAT = {"wekelijks": "P1W", "2-wekelijks": "P2W", "maandelijks": "P1M", "seizoen": "P1W"}


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def frequency_text(e: Entry) -> str:
    return {
        "2-wekelijks": "Om de week",
        "maandelijks": "Eén keer per maand",
        "seizoen": "Wekelijks, in het seizoen",
        "eenmalig": "Eenmalig (datum: vraag de plek)",
    }.get(e.frequency or "", "Elke week")


def freshness(e: Entry) -> str:
    if e.venue.interview_date:
        return f"Nagevraagd op {dutch_date(e.venue.interview_date)}"
    return "Nog niet nagevraagd in een gesprek met de plek"


@cache
def environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(frequency_text=frequency_text, freshness=freshness)
    return env


@dataclass
class Day:
    code: str
    name: str
    items: list[Entry]


def days_of(agenda: Agenda, keep: tuple[str, ...] = ()) -> list[Day]:
    """The days of the week that have entries (and those in ``keep``), with the entries on
    them (an entry on two days is on both)."""
    names = reference.options("dag")
    out = [Day(code, name, []) for code, name in names.items()]
    index = {d.code: d for d in out}
    for e in agenda.entries:
        for code in e.days:
            index[code].items.append(e)
    for d in out:
        d.items.sort(key=lambda e: (e.start or "99", e.name.lower(), e.id))
    return [d for d in out if d.items or d.code in keep]


def area_name(agenda: Agenda) -> str:
    areas = {
        reference.districts()[v.district].area
        for v in agenda.venues
        if v.district in reference.districts()
    }
    if len(areas) == 1:
        return reference.areas().get(areas.pop(), "Rotterdam")
    return "Rotterdam"


def page_name(code: str | None) -> str:
    return f"{slug(reference.district_name(code) or 'zonder-wijk')}.html"


def jsonld(entries: list[Entry]) -> Any:
    """schema.org Event + Schedule of ``entries``, safe inside a ``<script>`` element (as
    markup: ``<`` is escaped the JSON way, so the template must not HTML-escape it)."""
    from markupsafe import Markup

    graph = []
    for e in entries:
        v = e.venue
        schedule: dict[str, Any] = {
            "@type": "Schedule",
            "byDay": [f"https://schema.org/{SCHEMA_DAYS[d]}" for d in e.days],
            "scheduleTimezone": "Europe/Amsterdam",
            "startDate": e.valid_from.isoformat(),
            "endDate": e.valid_until.isoformat(),
        }
        if e.frequency in REPEAT:
            schedule["repeatFrequency"] = REPEAT[e.frequency or ""]
        if e.frequency == "maandelijks":
            schedule["byMonthWeek"] = int(feeds.rule(e)["byday"][0][:-2])
        if e.start:
            schedule["startTime"] = f"{e.start}:00"
        if e.end:
            schedule["endTime"] = f"{e.end}:00"
        event: dict[str, Any] = {
            "@type": "Event",
            "@id": f"#activiteit-{e.id}",
            "identifier": e.id,
            "name": e.name,
            "description": feeds.description(e),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {
                "@type": "Place",
                "name": v.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": v.address,
                    "postalCode": v.postcode,
                    "addressLocality": "Rotterdam",
                    "addressCountry": "NL",
                },
            },
            "organizer": {"@type": "Organization", "name": v.name},
            "eventSchedule": schedule,
        }
        if feeds.in_feed(e) and e.start:
            first = dt.datetime.combine(
                feeds.first_date(e), dt.time.fromisoformat(e.start), feeds.TZ
            )
            event["startDate"] = first.isoformat()
        if e.group_names:
            event["audience"] = {"@type": "Audience", "audienceType": ", ".join(e.group_names)}
        if e.theme_names:
            event["keywords"] = ", ".join(e.theme_names)
        graph.append(event)
    text = json.dumps(
        {"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, indent=1
    )
    return Markup(text.replace("<", "\\u003c"))


def pages(agenda: Agenda, *, single_district: bool) -> dict[str, bytes]:
    """Relative path → content of every page and static file."""
    env = environment()
    published = dutch_date(agenda.today)
    area = area_name(agenda)
    district_list: list[dict[str, Any]] = []
    for code, name in agenda.districts():
        part = agenda.for_district(code)
        base = page_name(code)[:-5]
        district_list.append(
            {
                "code": code,
                "name": name,
                "page": f"{base}.html",
                "week": f"{base}-week.html",
                "feed": f"{base}.ics",
                "count": len(part.entries),
                "places": len(part.venues),
            }
        )
    pages_of_venue = {v.id: page_name(v.district) for v in agenda.venues}

    def venue_link(v: Venue) -> str:
        return f"{pages_of_venue[v.id]}#{v.anchor}"

    def common(part: Agenda) -> dict[str, Any]:
        used_groups = {c for e in part.entries for c in e.target_groups}
        used_themes = {c for e in part.entries for c in e.themes}
        return {
            "area": area,
            "published": published,
            "districts": district_list,
            "entries": part.entries,
            "venues": part.venues,
            "days": days_of(part),
            "day_options": [
                (c, n)
                for c, n in reference.options("dag").items()
                if any(c in e.days for e in part.entries)
            ],
            "group_options": [
                (c, n) for c, n in reference.options("doelgroep").items() if c in used_groups
            ],
            "theme_options": [
                (c, n) for c, n in reference.options("thema").items() if c in used_themes
            ],
            "venue_link": venue_link,
            "jsonld": jsonld(part.entries),
            "by_venue": part.by_venue,
        }

    out: dict[str, bytes] = {}
    if single_district and agenda.district:
        name = reference.district_name(agenda.district)
        index_feed, feed_label, index_week = (
            page_name(agenda.district)[:-5] + ".ics",
            f"de agenda van {name}",
            page_name(agenda.district)[:-5] + "-week.html",
        )
    else:
        index_feed, feed_label, index_week = "wijkagenda.ics", f"de hele wijkagenda {area}", None
    index = common(agenda)
    index["full_list"] = sum(len(e.days) for e in agenda.entries) <= INDEX_LIST_LIMIT
    if not index["full_list"]:
        index["jsonld"] = None  # the events are on the wijk pages
    out["index.html"] = (
        env.get_template("index.html")
        .render(
            title=f"Wijkagenda {area}",
            heading=f"Wijkagenda {area}"
            if not single_district
            else f"Wijkagenda {reference.district_name(agenda.district)}",
            description=f"Activiteiten in {area}: wat, waar, wanneer en voor wie.",
            current=None,
            feed=index_feed,
            feed_label=feed_label,
            week=index_week,
            **index,
        )
        .encode("utf-8")
    )
    for d in district_list:
        part = agenda.for_district(d["code"])
        ctx = common(part)
        out[d["page"]] = (
            env.get_template("wijk.html")
            .render(
                title=f"Wijkagenda {d['name']} ({area})",
                heading=f"Activiteiten in {d['name']}",
                description=f"Activiteiten in {d['name']}: wat, waar, wanneer en voor wie.",
                current=d["code"],
                district_name=d["name"],
                feed=d["feed"],
                feed_label=f"de agenda van {d['name']}",
                week=d["week"],
                **ctx,
            )
            .encode("utf-8")
        )
        out[d["week"]] = (
            env.get_template("week.html")
            .render(
                title=f"Weekoverzicht {d['name']}",
                district_name=d["name"],
                days=days_of(part, keep=("ma", "di", "wo", "do", "vr")),
                published=published,
                venues=part.venues,
                site_hint="Meer over elke activiteit, en de agenda voor uw telefoon: zie de "
                "wijkagenda.",
            )
            .encode("utf-8")
        )
    for name in STATIC:
        out[name] = (HERE / "static" / name).read_bytes()
    return out
