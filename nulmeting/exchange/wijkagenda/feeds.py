"""iCalendar feeds (RFC 5545) of the wijkagenda, written with the ``icalendar`` library.

One ``VEVENT`` per activity, recurring:

* wekelijks → ``FREQ=WEEKLY;BYDAY=TU,TH``; 2-wekelijks → the same with ``INTERVAL=2`` (the
  interview does not record which week: the weeks are counted from the interview's week);
  maandelijks → ``FREQ=MONTHLY;BYDAY=2TU`` (the *n*-th weekday of the first day after the
  interview; the interview does not record which one either); seizoen → weekly (the season's
  dates are not recorded; the description says so). Eenmalig activities have no date and are
  not in the feeds (they are on the site).
* times in Europe/Amsterdam with a ``VTIMEZONE``; ``UNTIL`` one year after the interview;
* ``UID`` = ``activiteit-<activity id>@wijkagenda.nulmeting``, ``DTSTAMP`` and ``LAST-MODIFIED``
  the activity's last change: a re-published unchanged agenda gives the same bytes (for a plek
  without a checked interview the year counts from the publication date, so its dates move with
  it), and a subscribed calendar updates an event instead of adding it twice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from nulmeting.exchange.wijkagenda.entries import Entry

TZ = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC
RRULE_DAYS = {"ma": "MO", "di": "TU", "wo": "WE", "do": "TH", "vr": "FR", "za": "SA", "zo": "SU"}
IN_FEED = {"wekelijks", "2-wekelijks", "maandelijks", "seizoen", None}
PRODID = "-//Nulmeting//Wijkagenda//NL"


def uid(entry: Entry) -> str:
    return f"activiteit-{entry.id}@wijkagenda.nulmeting"


def in_feed(entry: Entry) -> bool:
    return entry.frequency in IN_FEED


def _time(text: str | None) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def rule(entry: Entry) -> dict[str, Any]:
    """The recurrence as ``icalendar`` takes it (without ``UNTIL``) and as HSDS stores it."""
    days = [RRULE_DAYS[d] for d in entry.days]
    if entry.frequency == "maandelijks":
        first = _first_weekly(entry)
        n = min((first.day - 1) // 7 + 1, 4)
        return {"freq": "MONTHLY", "byday": [f"{n}{d}" for d in days], "interval": 1}
    return {
        "freq": "WEEKLY",
        "byday": days,
        "interval": 2 if entry.frequency == "2-wekelijks" else 1,
    }


def _first_weekly(entry: Entry) -> dt.date:
    wanted = {list(RRULE_DAYS).index(d) for d in entry.days}
    day = entry.valid_from
    while day.weekday() not in wanted:
        day += dt.timedelta(days=1)
    return day


def first_date(entry: Entry) -> dt.date:
    """The date of the first occurrence on or after ``valid_from`` (the event's DTSTART)."""
    key = (entry.id, entry.valid_from, entry.frequency, tuple(entry.days))
    if key not in _FIRST:
        if len(_FIRST) > 200_000:  # a long session publishing again and again
            _FIRST.clear()
        _FIRST[key] = _first_date(entry)
    return _FIRST[key]


_FIRST: dict[tuple[Any, ...], dt.date] = {}


def _first_date(entry: Entry) -> dt.date:
    from dateutil import rrule as du

    r = rule(entry)
    weekdays = {
        "MO": du.MO,
        "TU": du.TU,
        "WE": du.WE,
        "TH": du.TH,
        "FR": du.FR,
        "SA": du.SA,
        "SU": du.SU,
    }
    byweekday = [weekdays[d[-2:]](int(d[:-2])) if len(d) > 2 else weekdays[d] for d in r["byday"]]
    start = dt.datetime.combine(entry.valid_from, dt.time())
    freq = du.MONTHLY if r["freq"] == "MONTHLY" else du.WEEKLY
    first = du.rrule(
        freq, dtstart=start, interval=r["interval"], byweekday=byweekday, wkst=du.MO
    ).after(start, inc=True)
    return first.date() if first else entry.valid_from


def _stamp(entry: Entry, today: dt.date) -> dt.datetime:
    text = entry.updated_at or ""
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.combine(today, dt.time(), UTC)
    stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).replace(microsecond=0)


def description(entry: Entry) -> str:
    lines = []
    if entry.group_names:
        lines.append("Voor wie: " + ", ".join(entry.group_names))
    if entry.theme_names:
        lines.append("Thema: " + ", ".join(entry.theme_names))
    if entry.run_by_name:
        lines.append("Uitgevoerd door: " + entry.run_by_name.lower())
    if entry.partners:
        lines.append("Samen met: " + entry.partners)
    freq = entry.frequency_name or "Wekelijks"
    note = {
        "2-wekelijks": " (vraag de plek in welke week)",
        "maandelijks": " (vraag de plek welke week van de maand)",
        "seizoen": " (alleen in het seizoen; vraag de plek naar de data)",
    }
    lines.append(f"Hoe vaak: {freq.lower()}{note.get(entry.frequency or '', '')}")
    lines.append(f"Plek: {entry.venue.name}")
    for c in entry.venue.contacts:
        lines.append("Contact: " + contact_text(c))
    checked = entry.venue.interview_date
    lines.append(
        f"Nagevraagd bij de plek op {checked:%d-%m-%Y}"
        if checked
        else "Nog niet nagevraagd in een interview"
    )
    lines.append(f"Geldig tot {entry.valid_until:%d-%m-%Y}")
    return "\n".join(lines)


def contact_text(c: Any) -> str:
    who = c.name or ""
    if c.role:
        who = f"{who} ({c.role})" if who else c.role
    return ", ".join(x for x in (who, c.phone, c.email) if x)


def event(entry: Entry, today: dt.date) -> Any:
    from icalendar import Event, vRecur

    ev = Event()
    ev.add("uid", uid(entry))
    stamp = _stamp(entry, today)
    ev.add("dtstamp", stamp)
    ev.add("last-modified", stamp)
    ev.add("summary", entry.name)
    day = first_date(entry)
    start, end = _time(entry.start), _time(entry.end)
    if start is None:
        ev.add("dtstart", day)  # all day: the time was not given
    else:
        begin = dt.datetime.combine(day, start, TZ)
        ev.add("dtstart", begin)
        if end is not None and end > start:
            ev.add("dtend", dt.datetime.combine(day, end, TZ))
        else:
            ev.add("duration", dt.timedelta(hours=1))
    until = dt.datetime.combine(entry.valid_until, dt.time(23, 59, 59), TZ).astimezone(UTC)
    r = rule(entry)
    recur: dict[str, Any] = {"freq": r["freq"], "byday": r["byday"]}
    if r["interval"] != 1:
        recur["interval"] = r["interval"]
    recur["until"] = until if start is not None else entry.valid_until
    ev.add("rrule", vRecur(recur))
    ev.add("location", ", ".join(x for x in (entry.venue.name, entry.venue.full_address) if x))
    ev.add("description", description(entry))
    if entry.theme_names:
        ev.add("categories", entry.theme_names)
    for c in entry.venue.contacts:
        ev.add("contact", contact_text(c))
    ev.add("class", "PUBLIC")
    ev.add("status", "CONFIRMED")
    return ev


def calendar_bytes(
    entries: list[Entry], name: str, today: dt.date, events: dict[str, Any] | None = None
) -> bytes:
    """The ``.ics`` feed of ``entries`` (those with a recurrence). ``events`` caches the
    ``VEVENT`` of each entry id, for the area's feed and the wijk feeds together."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    cal.add("description", "Activiteiten in de wijk, uit de nulmeting van de buurtverbinders.")
    cal.add("refresh-interval", dt.timedelta(days=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "P1D")
    shown = [e for e in entries if in_feed(e)]
    for entry in shown:
        ev = events.get(entry.id) if events is not None else None
        if ev is None:
            ev = event(entry, today)
            if events is not None:
                events[entry.id] = ev
        cal.add_component(ev)
    # the VTIMEZONE covers the feed's dates (not 1970-2038: a shorter file)
    first = min((e.valid_from for e in shown), default=today).replace(month=1, day=1)
    last = max((e.valid_until for e in shown), default=today).replace(month=12, day=31)
    cal.add_missing_timezones(first_date=first, last_date=last + dt.timedelta(days=1))
    return cal.to_ical()  # type: ignore[no-any-return]
