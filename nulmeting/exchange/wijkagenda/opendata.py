"""Open data in the shape of the Open Referral Human Services Data Specification (HSDS 3).

Mapping: a plek is an ``organization`` and, with an address, a ``location`` (+ ``address``);
an activity is a ``service`` offered at the plek's location (``service_at_location``) with one
``schedule`` (RFC 5545 terms: ``freq``, ``interval``, ``byday``, ``opens_at``, ``closes_at``,
``valid_from``/``valid_to`` = the year after the interview). Consenting contacts are
``contact`` + ``phone`` rows of their organization. Identifiers are the store's UUIDs, and
UUIDv5s derived from them for the records the store does not have (location, address …), so
they are stable across publications.

Written as CSV (one file per table, HSDS's tabular form, with a ``datapackage.json``) and as JSON
(one ``services.json`` in HSDS 3's nested service shape).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from typing import Any

from nulmeting.exchange.wijkagenda import feeds
from nulmeting.exchange.wijkagenda.entries import Agenda, Entry, Venue

NAMESPACE = uuid.UUID("5b0f4c1e-6a57-4e0b-9d0e-2f3a6c1d7e90")
VERSION = "3.0"

#: table → columns, in file order; REQUIRED: the columns HSDS 3 requires of each table (its
#: schemas' ``required`` plus, for the tabular form, ``tabular_required``).
COLUMNS: dict[str, list[str]] = {
    "organizations": ["id", "name", "description", "email", "website"],
    "locations": [
        "id",
        "location_type",
        "organization_id",
        "name",
        "description",
        "latitude",
        "longitude",
    ],
    "addresses": [
        "id",
        "location_id",
        "attention",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
    "services": ["id", "organization_id", "name", "description", "status", "email"],
    "service_at_locations": ["id", "service_id", "location_id", "description"],
    "schedules": [
        "id",
        "service_id",
        "location_id",
        "service_at_location_id",
        "valid_from",
        "valid_to",
        "dtstart",
        "timezone",
        "until",
        "wkst",
        "freq",
        "interval",
        "byday",
        "description",
        "opens_at",
        "closes_at",
        "notes",
    ],
    "contacts": ["id", "organization_id", "name", "title", "email"],
    "phones": ["id", "contact_id", "number", "type"],
}
REQUIRED: dict[str, list[str]] = {
    "organizations": ["id", "name", "description"],
    "locations": ["id", "location_type"],
    "addresses": [
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
    "services": ["id", "name", "status", "organization_id"],
    "service_at_locations": ["id", "service_id", "location_id"],
    "schedules": ["id"],
    "contacts": ["id"],
    "phones": ["id", "number"],
}


def derived_id(kind: str, source: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{source}"))


def _location_id(v: Venue) -> str | None:
    return derived_id("location", v.id) if v.address else None


def _amsterdam_offset(entry: Entry) -> str:
    """``+01:00`` or ``+02:00``: the UTC offset on the first occurrence (HSDS wants times with
    an offset)."""
    import datetime as dt

    day = feeds.first_date(entry)
    offset = dt.datetime.combine(day, dt.time(12), feeds.TZ).utcoffset() or dt.timedelta()
    hours = int(offset.total_seconds() // 3600)
    return f"+{hours:02d}:00"


def service_description(entry: Entry) -> str:
    parts = []
    if entry.group_names:
        parts.append("Voor wie: " + ", ".join(entry.group_names) + ".")
    if entry.theme_names:
        parts.append("Thema: " + ", ".join(entry.theme_names) + ".")
    if entry.run_by_name:
        parts.append("Uitgevoerd door " + entry.run_by_name.lower() + ".")
    return " ".join(parts) or entry.name


def tables(agenda: Agenda) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for v in agenda.venues:
        out["organizations"].append(
            {
                "id": v.id,
                "name": v.name,
                "description": v.description or f"Buurtplek in {v.district_name}, {v.full_address}",
                "email": next((c.email for c in v.contacts if c.email), None),
                "website": None,
            }
        )
        loc = _location_id(v)
        if loc:
            out["locations"].append(
                {
                    "id": loc,
                    "location_type": "physical",
                    "organization_id": v.id,
                    "name": v.name,
                    "description": f"Wijk {v.district_name}",
                    "latitude": None,
                    "longitude": None,
                }
            )
            out["addresses"].append(
                {
                    "id": derived_id("address", v.id),
                    "location_id": loc,
                    "attention": None,
                    "address_1": v.address,
                    "address_2": None,
                    "city": "Rotterdam",
                    "region": v.district_name,
                    "state_province": "Zuid-Holland",
                    "postal_code": v.postcode,
                    "country": "NL",
                    "address_type": "physical",
                }
            )
        for i, c in enumerate(v.contacts):
            cid = derived_id("contact", f"{v.id}:{i}:{c.name}:{c.email}")
            out["contacts"].append(
                {
                    "id": cid,
                    "organization_id": v.id,
                    "name": c.name,
                    "title": c.role,
                    "email": c.email,
                }
            )
            if c.phone:
                out["phones"].append(
                    {
                        "id": derived_id("phone", cid),
                        "contact_id": cid,
                        "number": c.phone,
                        "type": "voice",
                    }
                )
    for e in agenda.entries:
        loc = _location_id(e.venue)
        out["services"].append(
            {
                "id": e.id,
                "organization_id": e.venue.id,
                "name": e.name,
                "description": service_description(e),
                "status": "active",
                "email": None,
            }
        )
        sal = derived_id("service_at_location", e.id) if loc else None
        if sal:
            out["service_at_locations"].append(
                {
                    "id": sal,
                    "service_id": e.id,
                    "location_id": loc,
                    "description": f"{e.name} bij {e.venue.name}",
                }
            )
        if not feeds.in_feed(e):
            continue
        r = feeds.rule(e)
        offset = _amsterdam_offset(e)
        out["schedules"].append(
            {
                "id": derived_id("schedule", e.id),
                "service_id": e.id,
                "location_id": loc,
                "service_at_location_id": sal,
                "valid_from": e.valid_from.isoformat(),
                "valid_to": e.valid_until.isoformat(),
                "dtstart": feeds.first_date(e).isoformat(),
                "timezone": int(offset[1:3]),
                "until": e.valid_until.isoformat(),
                "wkst": "MO",
                "freq": r["freq"],
                "interval": r["interval"],
                "byday": ",".join(r["byday"]),
                "description": f"{e.frequency_name or 'Wekelijks'} op "
                + " en ".join(e.day_names)
                + (f", {e.time_text}" if e.time_text else ""),
                "opens_at": f"{e.start}{offset}" if e.start else None,
                "closes_at": f"{e.end}{offset}" if e.end else None,
                "notes": "Tijden in Europe/Amsterdam.",
            }
        )
    return out


def csv_text(name: str, rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, COLUMNS[name], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue()


def services_json(agenda: Agenda, t: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """HSDS 3's nested service objects (organization, locations, schedules, contacts)."""
    orgs = {o["id"]: o for o in t["organizations"]}
    addresses: dict[str, list[dict[str, Any]]] = {}
    for a in t["addresses"]:
        addresses.setdefault(a["location_id"], []).append(a)
    locations = {
        loc["id"]: {**loc, "addresses": addresses.get(loc["id"], [])} for loc in t["locations"]
    }
    schedules = {s["service_id"]: s for s in t["schedules"]}
    phones: dict[str, list[dict[str, Any]]] = {}
    for p in t["phones"]:
        phones.setdefault(p["contact_id"], []).append(p)
    contacts: dict[str, list[dict[str, Any]]] = {}
    for c in t["contacts"]:
        contacts.setdefault(c["organization_id"], []).append(
            {**c, "phones": phones.get(c["id"], [])}
        )
    sals_of: dict[str, list[dict[str, Any]]] = {}
    for sal in t["service_at_locations"]:
        sals_of.setdefault(sal["service_id"], []).append(sal)
    out = []
    for s in t["services"]:
        sals = [
            {**sal, "location": locations.get(sal["location_id"])}
            for sal in sals_of.get(s["id"], [])
        ]
        out.append(
            {
                **s,
                "organization": orgs.get(s["organization_id"]),
                "service_at_locations": sals,
                "schedules": [schedules[s["id"]]] if s["id"] in schedules else [],
                "contacts": contacts.get(s["organization_id"], []),
            }
        )
    return out


def files(agenda: Agenda) -> dict[str, bytes]:
    """Relative path → content of the open-data files."""
    t = tables(agenda)
    out = {
        f"open-data/{name}.csv": csv_text(name, rows).encode("utf-8") for name, rows in t.items()
    }
    package = {
        "name": "wijkagenda",
        "title": "Wijkagenda (Open Referral HSDS 3)",
        "profile": "tabular-data-package",
        "hsds_version": VERSION,
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": c, "type": "string"} for c in cols],
                    "required": REQUIRED[name],
                },
            }
            for name, cols in COLUMNS.items()
        ],
    }
    out["open-data/datapackage.json"] = _json(package)
    out["open-data/services.json"] = _json(services_json(agenda, t), compact=True)
    out["open-data/tables.json"] = _json(t, compact=True)
    return out


def _json(value: Any, *, compact: bool = False) -> bytes:
    if compact:  # the data files: one record per line, no indentation (a tenth of the size)
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        text = text.replace("},{", "},\n{")
    else:
        text = json.dumps(value, ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")
