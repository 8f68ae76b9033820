"""The published wijkagenda: feeds against the workbook's Wijkagenda sheet, nothing private,
stable UIDs, HSDS columns, a complete page without script."""

import collections
import csv
import datetime as dt
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import icalendar
import openpyxl
import pytest
import recurring_ical_events

from nulmeting.domain.errors import UserError
from nulmeting.exchange import demo, export
from nulmeting.exchange.wijkagenda.entries import load_agenda
from nulmeting.exchange.wijkagenda.opendata import REQUIRED
from nulmeting.exchange.wijkagenda.publish import publish

TODAY = dt.date(2026, 3, 2)  # the demo's interviews are of December 2025 and January 2026
DAY_CODES = ["ma", "di", "wo", "do", "vr", "za", "zo"]
DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


@pytest.fixture
def filled(store):
    # an interviewer's name no demo contact has (a contact may well be called Fatima)
    demo.generate(store, 25, seed=11, interviewer="Interviewer Onbekend")
    return store


def _sheet(path, name):
    ws = openpyxl.load_workbook(path, read_only=True)[name]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


def _hm(value):
    return value.strftime("%H:%M") if value is not None else None


def _occurrences(ics, start, end):
    cal = icalendar.Calendar.from_ical(ics)
    return recurring_ical_events.of(cal).between(start, end)


def test_feed_recurrences_match_the_wijkagenda_sheet(filled, tmp_path):
    out = publish(filled, tmp_path / "site", today=TODAY).folder
    book = export.write_overview(filled, tmp_path / "o.xlsx", today=TODAY)
    activities = {r["Activiteit ID"]: r for r in _sheet(book, "Activiteiten")}
    expected = collections.Counter(
        (r["Plek ID"], r["Activiteit"], DAY_NAMES.index(r["Dag"]), _hm(r["Begin"]), _hm(r["Eind"]))
        for r in _sheet(book, "Wijkagenda")
    )
    assert sum(expected.values()) > 50
    ics = (out / "wijkagenda.ics").read_bytes()
    frequency = {r["Activiteit ID"]: r["Frequentie"] for r in activities.values()}
    # next week for weekly activities, two weeks for 2-wekelijks, a calendar month (after the
    # change to summer time) for maandelijks: each (activity, day) exactly once
    windows = {
        "Wekelijks": (dt.date(2026, 3, 9), dt.date(2026, 3, 16)),
        "2-wekelijks": (dt.date(2026, 3, 9), dt.date(2026, 3, 23)),
        "Maandelijks": (dt.date(2026, 4, 1), dt.date(2026, 5, 1)),
    }
    seen = collections.Counter()
    for freq, (start, end) in windows.items():
        for ev in _occurrences(ics, start, end):
            activity_id = re.fullmatch(
                r"activiteit-(.+)@wijkagenda\.nulmeting", str(ev["UID"])
            ).group(1)
            if frequency[activity_id] != freq:
                continue
            begin, finish = ev["DTSTART"].dt, ev["DTEND"].dt
            assert str(begin.tzinfo) == "Europe/Amsterdam"
            row = activities[activity_id]
            seen[
                (
                    row["Plek ID"],
                    row["Activiteit"],
                    begin.weekday(),
                    begin.strftime("%H:%M"),
                    finish.strftime("%H:%M"),
                )
            ] += 1
    assert seen == expected
    # the wijk feeds together hold the area's events
    area = {str(c["UID"]) for c in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    parts = set()
    for path in out.glob("*.ics"):
        if path.name != "wijkagenda.ics":
            parts |= {
                str(c["UID"])
                for c in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
            }
    assert parts == area and len(area) == len(
        {k for k, f in frequency.items() if activities[k]["Openbaar in wijkagenda"] == "ja"}
    )


def test_rules_location_description_and_validity(filled, tmp_path):
    out = publish(filled, tmp_path / "site", today=TODAY).folder
    cal = icalendar.Calendar.from_ical((out / "wijkagenda.ics").read_bytes())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    agenda = load_agenda(filled, today=TODAY)
    by_id = {e.id: e for e in agenda.entries}
    kinds = collections.Counter()
    for ev in cal.walk("VEVENT"):
        e = by_id[str(ev["UID"]).split("@")[0].removeprefix("activiteit-")]
        rule = ev["RRULE"]
        days = [
            {"ma": "MO", "di": "TU", "wo": "WE", "do": "TH", "vr": "FR", "za": "SA", "zo": "SU"}[d]
            for d in e.days
        ]
        if e.frequency == "maandelijks":
            assert rule["FREQ"] == ["MONTHLY"] and [d[-2:] for d in rule["BYDAY"]] == days
            assert all(1 <= int(d[:-2]) <= 4 for d in rule["BYDAY"])
        else:
            assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == days
            assert rule.get("INTERVAL", [1]) == ([2] if e.frequency == "2-wekelijks" else [1])
        kinds[e.frequency] += 1
        until = rule["UNTIL"][0].astimezone(dt.UTC)
        assert until.date() in (e.valid_until, e.valid_until + dt.timedelta(days=1))
        assert e.venue.address in str(ev["LOCATION"]) and e.venue.postcode in str(ev["LOCATION"])
        text = str(ev["DESCRIPTION"])
        assert "Voor wie: " + ", ".join(e.group_names) in text
        assert "Thema: " + ", ".join(e.theme_names) in text
        assert "Uitgevoerd door: " + e.run_by_name.lower() in text
    assert kinds["wekelijks"] and kinds["2-wekelijks"] and kinds["maandelijks"]


def test_stale_activities_fade_out_a_year_after_the_interview(filled):
    now = load_agenda(filled, today=TODAY)
    later = load_agenda(filled, today=dt.date(2027, 2, 1))
    assert now.entries and not now.expired
    assert later.expired == len([e for e in now.entries if e.venue.interview_date])
    assert all(e.venue.interview_date is None for e in later.entries)


def _all_bytes(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_no_private_activity_and_no_contact_without_consent_in_any_file(filled, tmp_path):
    place = _query(filled, "SELECT id FROM place ORDER BY name LIMIT 1")[0][0]
    secret = filled.create(
        "activity",
        {
            "place_id": place,
            "name": "Geheim praatgroepje",
            "days": ["di"],
            "start": "10:00",
            "end": "11:00",
            "frequency": "wekelijks",
            "public": False,
        },
    )
    unset = filled.create(
        "activity",
        {
            "place_id": place,
            "name": "Nog niet besloten",
            "days": ["wo"],
            "start": "10:00",
            "end": "11:00",
        },
    )
    filled.create(
        "contact",
        {
            "place_id": place,
            "name": "Zonder Toestemming",
            "role": "kok",
            "email": "zonder@voorbeeld.nl",
            "phone": "06-99887766",
            "consent_date": "2025-12-10",
            "consent_purposes": ["meting"],
        },
    )
    filled.create(
        "contact",
        {
            "place_id": place,
            "name": "Verlopen Bewaartermijn",
            "email": "verlopen@voorbeeld.nl",
            "consent_date": "2025-12-10",
            "consent_purposes": ["wijkagenda"],
            "keep_until": "2026-01-31",
        },
    )
    filled.create(
        "contact",
        {
            "place_id": place,
            "name": "Wel Toestemming",
            "email": "wel@voorbeeld.nl",
            "phone": "06-11223344",
            "consent_date": "2025-12-10",
            "consent_purposes": ["meting", "wijkagenda"],
        },
    )
    out = publish(filled, tmp_path / "site", today=TODAY).folder
    files = _all_bytes(out)
    assert len(files) > 30
    forbidden = [
        secret,
        unset,
        "Geheim praatgroepje",
        "Nog niet besloten",
        "Zonder Toestemming",
        "zonder@voorbeeld.nl",
        "06-99887766",
        "Verlopen Bewaartermijn",
        "verlopen@voorbeeld.nl",
    ]
    private = [n for n, ds in demo_private_fields(filled)]
    for name, content in files.items():
        text = content.decode("utf-8")
        for word in forbidden + private:
            assert word not in text, (word, name)
    joined = b"".join(files.values()).decode()
    assert "wel@voorbeeld.nl" in joined and "06-11223344" in joined  # the test can fail


def demo_private_fields(store):
    """Values of a plek that are not for the public: notes, finance and interview figures."""
    out = []
    for (notes,) in _query(store, "SELECT notes FROM interview WHERE notes IS NOT NULL"):
        out.append((notes, "interview"))
    for (name,) in _query(store, "SELECT DISTINCT interviewer FROM interview"):
        out.append((name, "interviewer"))
    return out


def _query(store, sql):
    with store.read() as conn:
        return conn.execute(sql).fetchall()


def test_uids_are_the_same_across_two_runs(filled, tmp_path):
    first = publish(filled, tmp_path / "a", today=TODAY).folder
    place = _query(filled, "SELECT id FROM place ORDER BY name LIMIT 1")[0][0]
    filled.update("place", place, {"notes": "alleen intern"})  # an unrelated edit
    second = publish(filled, tmp_path / "a", today=TODAY).folder  # over the first: allowed

    def uids(folder):
        return {
            p.name: sorted(
                str(e["UID"]) for e in icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")
            )
            for p in folder.glob("*.ics")
        }

    third = publish(filled, tmp_path / "b", today=TODAY).folder
    assert uids(second) == uids(third)
    ids = {r[0] for r in _query(filled, "SELECT id FROM activity WHERE public")}
    area = uids(third)["wijkagenda.ics"]
    assert {u.removeprefix("activiteit-").split("@")[0] for u in area} == ids
    assert (second / "wijkagenda.ics").read_bytes() == (third / "wijkagenda.ics").read_bytes()
    assert first == second


def test_hsds_files_have_the_required_columns(filled, tmp_path):
    out = publish(filled, tmp_path / "site", today=TODAY).folder / "open-data"
    tables = {}
    for name, required in REQUIRED.items():
        with (out / f"{name}.csv").open(encoding="utf-8") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
        assert set(required) <= set(reader.fieldnames), name
        for row in rows:
            assert all(row[c] for c in required), (name, row)
        assert len({r["id"] for r in rows}) == len(rows)
        tables[name] = rows
    assert len(tables["services"]) > 50 and len(tables["schedules"]) == len(tables["services"])
    orgs = {o["id"] for o in tables["organizations"]}
    locations = {loc["id"] for loc in tables["locations"]}
    assert all(s["organization_id"] in orgs for s in tables["services"])
    for s in tables["schedules"]:
        assert s["freq"] in {"WEEKLY", "MONTHLY"} and s["byday"]
        assert re.fullmatch(r"\d\d:\d\d\+0[12]:00", s["opens_at"])
        assert re.fullmatch(r"\d\d:\d\d\+0[12]:00", s["closes_at"])
        assert s["location_id"] in locations and s["valid_to"] > s["valid_from"]
    services = json.loads((out / "services.json").read_text(encoding="utf-8"))
    assert len(services) == len(tables["services"])
    first = services[0]
    assert {"id", "name", "status", "organization", "service_at_locations", "schedules"} <= set(
        first
    )
    assert first["service_at_locations"][0]["location"]["addresses"][0]["postal_code"]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == {f"{n}.csv" for n in REQUIRED}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = collections.Counter()
        self.items = []
        self.resources = []
        self.lang = None
        self.jsonld = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "li" and "activiteit" in (a.get("class") or "").split():
            self.items.append(a)
        if tag in {"script", "img", "iframe"} and a.get("src"):
            self.resources.append(a["src"])
        if tag == "link" and a.get("rel") == "stylesheet":
            self.resources.append(a["href"])
        self._in_jsonld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld.append(json.loads(data))
            self._in_jsonld = False


def _parse(path):
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_pages_are_complete_without_script_dutch_and_self_contained(filled, tmp_path):
    out = publish(filled, tmp_path / "site", today=TODAY).folder
    book = export.write_overview(filled, tmp_path / "o.xlsx", today=TODAY)
    sheet = _sheet(book, "Wijkagenda")
    index = _parse(out / "index.html")
    assert index.lang == "nl" and index.tags["main"] == 1 and index.tags["h1"] == 1
    assert len(index.items) == len(sheet)
    for wijk in {r["Wijk"] for r in sheet}:
        slug = wijk.lower().replace(" ", "-")
        page = _parse(out / f"{slug}.html")
        rows = [r for r in sheet if r["Wijk"] == wijk]
        assert len(page.items) == len(rows), wijk
        assert collections.Counter(
            (i["data-day"], i["data-plek"]) for i in page.items
        ) == collections.Counter((DAY_CODES[DAY_NAMES.index(r["Dag"])], r["Plek ID"]) for r in rows)
        events = page.jsonld[0]["@graph"]
        assert {e["@type"] for e in events} == {"Event"}
        assert len(events) == len({i["data-id"] for i in page.items})
        assert all(e["eventSchedule"]["@type"] == "Schedule" for e in events)
        for res in page.resources:
            assert not re.match(r"(https?:)?//", res) and (out / res).is_file(), res
        week = (out / f"{slug}-week.html").read_text(encoding="utf-8")
        assert week.count('class="item"') == len(rows)
    assert index.resources == ["style.css", "filter.js"]


def test_one_wijk_and_refusals(filled, tmp_path):
    result = publish(filled, tmp_path / "spangen", district="spangen", today=TODAY)
    assert not (result.folder / "wijkagenda.ics").exists()
    assert [p.name for p in result.folder.glob("*.ics")] == ["spangen.ics"]
    assert {e.venue.district for e in result.agenda.entries} == {"spangen"}
    other = tmp_path / "mijn-map"
    other.mkdir()
    (other / "brief.txt").write_text("niet weggooien")
    with pytest.raises(UserError, match="niet leeg"):
        publish(filled, other, today=TODAY)
    assert (other / "brief.txt").read_text() == "niet weggooien"
    with pytest.raises(UserError, match="geen bekende wijk"):
        publish(filled, tmp_path / "x", district="Atlantis", today=TODAY)
    cli = subprocess.run(
        [sys.executable, "-m", "nulmeting", "--db", str(filled.path), "wijkagenda", str(other)],
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 2 and "niet leeg" in cli.stderr


def test_chromium_renders_the_wijk_page_and_the_filter_runs(filled, tmp_path):
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is niet geïnstalleerd (.ci/run installeert het)")
    out = publish(filled, tmp_path / "site", today=TODAY).folder
    page = out / "spangen.html"
    base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    for width in (1280, 390):
        png = tmp_path / f"spangen-{width}.png"
        subprocess.run(
            [*base, f"--window-size={width},1400", f"--screenshot={png}", page.as_uri()],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri() + "?dag=di"],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    items = re.findall(r'<li class="activiteit"[^>]*>', dom)
    shown = [i for i in items if " hidden" not in i]
    assert items and shown and all('data-day="di"' in i for i in shown)
    assert len(shown) == sum('data-day="di"' in i for i in items) < len(items)
    assert '<form class="filters" id="filters" aria' in dom  # the script showed the filters


def test_a_big_area_index_links_to_the_wijk_pages_instead_of_listing_everything(
    filled, tmp_path, monkeypatch
):
    from nulmeting.exchange.wijkagenda import site

    monkeypatch.setattr(site, "INDEX_LIST_LIMIT", 10)
    out = publish(filled, tmp_path / "site", today=TODAY).folder
    index = _parse(out / "index.html")
    assert not index.items and index.resources == ["style.css"] and not index.jsonld
    assert "kies hierboven een wijk" in (out / "index.html").read_text(encoding="utf-8")
    listed = sum(
        len(_parse(p).items)
        for p in out.glob("*.html")
        if p.name != "index.html" and not p.name.endswith("-week.html")
    )
    book = export.write_overview(filled, tmp_path / "o.xlsx", today=TODAY)
    assert listed == len(_sheet(book, "Wijkagenda"))


def test_a_vervolgmeting_dates_carried_activities_by_the_interview_they_were_checked_in(store):
    """Until a plek is interviewed again, its carried-over activities were last checked in last
    winter's interview: "Nagevraagd op" that date (and valid a year after it), not "Nog niet
    nagevraagd"; a plek interviewed this winter shows this winter's date."""
    today = dt.date(2026, 12, 1)
    two = demo.generate_two(store, 40, seed=6, today=today)
    agenda = load_agenda(store, today=today)
    assert agenda.entries and all(e.venue.interview_date for e in agenda.entries)
    latest = dict(
        _query(
            store,
            "SELECT place_id, MAX(date) FROM interview WHERE status IN ('afgenomen', "
            "'gecontroleerd') GROUP BY place_id",
        )
    )
    this_winter = dict(
        _query(
            store,
            "SELECT place_id, date FROM interview WHERE round = '"
            + two.current
            + "' AND status IN ('afgenomen', 'gecontroleerd')",
        )
    )
    for e in agenda.entries:
        assert e.venue.interview_date.isoformat() == latest[e.venue.id] <= today.isoformat()
    assert {e.venue.id for e in agenda.entries if e.venue.interview_date.year == 2025} - set(
        this_winter
    )  # some only checked last winter
    assert any(e.venue.id in this_winter for e in agenda.entries)
