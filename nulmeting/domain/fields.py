"""The field registry: every field of every record that is edited through changes.

This is the data dictionary in code, the one place it is written down: the Dutch label, the kind of
value, the value list, whether the interview always asks it, whether it is personal data, its
range and its form section. The validation, the change engine, the forms, the list, the exports
and the model (:mod:`nulmeting.store.models`, checked by a test) all follow it.

Plain Python on purpose: the window shows a plek before SQLAlchemy is loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class FieldDef:
    entity: str
    name: str
    label: str
    kind: str  # text longtext int float hours money year bool date time choice multi snapshot
    # district place interview postcode email phone
    options: str | None = None
    asked: bool = False
    personal: bool = False
    low: float | None = None
    high: float | None = None
    section: str | None = None  # the id of its form section (a key of SECTIONS)
    parent: bool = False  # the reference to the record this one belongs to (kind: its entity)

    @property
    def is_list(self) -> bool:
        return self.kind == "multi"

    @property
    def is_number(self) -> bool:
        return self.kind in {"int", "float", "hours", "money", "year"}


#: Dutch names of the entities, for messages and the conflict list; in materialisation order
#: (parents before children).
ENTITY_LABELS: dict[str, str] = {
    "place": "Plek",
    "interview": "Meting",
    "contact": "Contactpersoon",
    "activity": "Activiteit",
    "finance_line": "Financiële regel",
    "membership": "Netwerklidmaatschap",
    "tie": "Relatie",
    "need": "Behoefte",
    "meetmoment": "Meetmoment",
}


#: The interview form's sections in interview order: a stable id (what code, tests and settings
#: use) → the Dutch title people see (the one place it is written; the window translates it in
#: the context "Onderdeel"). ``FieldDef.section`` names the id.
SECTIONS: dict[str, str] = {
    "general": "Algemeen",
    "contact": "Contact",
    "meting": "Meting",
    "activities": "Activiteiten",
    "volunteers": "Vrijwilligers en personeel",
    "finances": "Financiën",
    "sustainability": "Duurzaamheid",
    "network": "Netwerk",
    "needs": "Behoeften",
    "notes": "Notities",
}


def _f(name: str, label: str, kind: str, **details: object) -> tuple[str, str, str, dict]:
    return name, label, kind, details


#: The place field a join writes (see :mod:`nulmeting.joins`): bookkeeping like ``archived``,
#: never asked, shown or exported as a column.
JOIN_FIELD = "joined_into"
#: Fields that are not survey content (skipped by forms, exports, copies and joins' filling).
BOOKKEEPING_FIELDS = frozenset({"archived", JOIN_FIELD})

#: Every record ends with these.
_COMMON = (_f("archived", "Gearchiveerd", "bool"),)

#: Activities, memberships and ties belong to a meetmoment (its name, as ``interview.round``);
#: a record carried over into a vervolgmeting names the record it continues.
_PER_ROUND = (
    _f("round", "Meetmoment", "text"),
    _f("predecessor_id", "Voortzetting van", "text"),
)

_FIELDS = {
    "place": (
        _f("name", "Naam", "text", asked=True, section="general"),
        _f("types", "Type", "multi", options="plektype", asked=True, section="general"),
        _f("address", "Adres", "text", asked=True, section="general"),
        _f("postcode", "Postcode", "postcode", asked=True, section="general"),
        _f("district", "Wijk", "district", asked=True, section="general"),
        _f(
            "legal_form",
            "Rechtsvorm",
            "choice",
            options="rechtsvorm",
            asked=True,
            section="general",
        ),
        _f("anbi", "ANBI-status", "choice", options="anbi", section="general"),
        _f("founded", "Opgericht (jaar)", "year", low=1800, high=2100, section="general"),
        _f("premises", "Pand", "choice", options="pand", asked=True, section="general"),
        _f("lease_until", "Huur tot", "date", section="general"),
        _f("wheelchair_accessible", "Rolstoeltoegankelijk", "bool", section="general"),
        _f("description", "Missie / omschrijving", "longtext", asked=True, section="general"),
        _f("notes", "Notities", "longtext", section="notes"),
        # Set by joining duplicate plekken (nulmeting.joins): the plek this one was joined into.
        _f(JOIN_FIELD, "Samengevoegd met", "place"),
    ),
    "interview": (
        _f("place_id", "Plek", "place", parent=True),
        _f("round", "Meetmoment", "text", asked=True, section="meting"),
        _f("interviewer", "Buurtverbinder", "text", asked=True, section="meting"),
        _f("date", "Datum", "date", asked=True, section="meting"),
        _f("duration_minutes", "Duur (minuten)", "int", low=0, high=600, section="meting"),
        _f("status", "Status", "choice", options="metingstatus", asked=True, section="meting"),
        _f("spoke_with", "Gesproken met (rol)", "text", section="meting"),
        _f(
            "volunteers_core",
            "Vrijwilligers (kern)",
            "int",
            asked=True,
            low=0,
            high=10000,
            section="volunteers",
        ),
        _f(
            "volunteers_regular",
            "Vrijwilligers (regulier)",
            "int",
            asked=True,
            low=0,
            high=10000,
            section="volunteers",
        ),
        _f(
            "volunteers_occasional",
            "Vrijwilligers (incidenteel)",
            "int",
            low=0,
            high=10000,
            section="volunteers",
        ),
        _f(
            "hours_per_week",
            "Uren per week per vrijwilliger (gemiddeld)",
            "hours",
            asked=True,
            low=0,
            high=168,
            section="volunteers",
        ),
        _f("board_members", "Bestuursleden", "int", low=0, high=100, section="volunteers"),
        _f(
            "paid_fte",
            "Betaalde krachten (fte)",
            "float",
            asked=True,
            low=0,
            high=1000,
            section="volunteers",
        ),
        _f("interns", "Stagiairs", "int", low=0, high=1000, section="volunteers"),
        _f(
            "reintegration",
            "Re-integratie / dagbesteding (personen)",
            "int",
            low=0,
            high=1000,
            section="volunteers",
        ),
        _f("volunteer_allowance", "Vrijwilligersvergoeding", "bool", section="volunteers"),
        _f("fiscal_year", "Boekjaar", "year", low=2000, high=2100, section="finances"),
        _f("total_costs", "Totale lasten (€)", "money", asked=True, low=0, section="finances"),
        _f("free_reserve", "Vrije reserve (€)", "money", asked=True, low=0, section="finances"),
        _f("overhead_costs", "Organisatiekosten (€)", "money", low=0, section="finances"),
        _f(
            "board_continuity",
            "Continuïteit bestuur en trekkers",
            "choice",
            options="continuiteit",
            asked=True,
            section="sustainability",
        ),
        _f("succession_arranged", "Opvolging geregeld", "bool", section="sustainability"),
        _f(
            "key_person_dependent",
            "Afhankelijk van één sleutelpersoon",
            "bool",
            section="sustainability",
        ),
        _f(
            "funding_secured_until",
            "Financiering zeker tot",
            "date",
            asked=True,
            section="sustainability",
        ),
        _f(
            "sustainability_notes", "Toelichting duurzaamheid", "longtext", section="sustainability"
        ),
        _f("notes", "Notities bij de meting", "longtext", section="notes"),
    ),
    "contact": (
        _f("place_id", "Plek", "place", parent=True),
        _f("name", "Naam", "text", personal=True),
        _f("role", "Rol", "text"),
        _f("email", "E-mail", "email", personal=True),
        _f("phone", "Telefoon", "phone", personal=True),
        _f("consent_date", "Toestemming gegeven op", "date"),
        _f("consent_purposes", "Toestemming voor", "multi", options="toestemmingsdoel"),
        _f("keep_until", "Bewaren tot", "date"),
    ),
    "activity": (
        _f("place_id", "Plek", "place", parent=True),
        _f("name", "Naam", "text", asked=True),
        _f("themes", "Thema", "multi", options="thema", asked=True),
        _f("target_groups", "Doelgroep", "multi", options="doelgroep", asked=True),
        _f("days", "Dagen", "multi", options="dag", asked=True),
        _f("start", "Begin", "time", asked=True),
        _f("end", "Eind", "time", asked=True),
        _f("frequency", "Frequentie", "choice", options="frequentie", asked=True),
        _f("participants", "Gemiddeld aantal deelnemers", "int", asked=True, low=0, high=100000),
        _f("run_by", "Uitgevoerd door", "choice", options="uitvoering", asked=True),
        _f("partners", "Partners", "text"),
        _f("public", "Openbaar in wijkagenda", "bool", asked=True),
        *_PER_ROUND,
    ),
    "finance_line": (
        _f("interview_id", "Meting", "interview", parent=True),
        _f("kind", "Soort", "choice", options="financiesoort", asked=True),
        _f("source", "Bron", "choice", options="inkomstenbron"),
        _f("category", "Kostencategorie", "choice", options="kostencategorie"),
        _f("description", "Omschrijving", "text"),
        _f("amount", "Bedrag (€)", "money", asked=True, low=0),
        _f("structural", "Structureel", "bool"),
        _f("ends_on", "Loopt tot", "date"),
    ),
    "membership": (
        _f("place_id", "Plek", "place", parent=True),
        _f("network", "Netwerk", "choice", options="netwerk", asked=True),
        _f("role", "Rol", "choice", options="netwerkrol"),
        *_PER_ROUND,
    ),
    "tie": (
        _f("place_id", "Plek", "place", parent=True),
        _f("other_place_id", "Andere plek", "place"),
        _f("partner", "Partnerorganisatie", "text"),
        _f("kind", "Soort relatie", "choice", options="relatietype", asked=True),
        _f("strength", "Sterkte (1-4)", "int", low=1, high=4),
        _f("notes", "Toelichting", "text"),
        *_PER_ROUND,
    ),
    "need": (
        _f("interview_id", "Meting", "interview", parent=True),
        _f("kind", "Behoefte", "choice", options="behoeftetype", asked=True),
        _f("urgency", "Urgentie", "choice", options="urgentie"),
        _f("notes", "Toelichting", "text"),
    ),
    "meetmoment": (
        _f("name", "Naam", "text"),
        _f("status", "Status", "text"),
        _f("frozen_at", "Vastgesteld op", "text"),
        _f("reason", "Reden van heropenen", "text"),
        _f("snapshot", "Vastgestelde stand", "snapshot"),
    ),
}


@cache
def fields(entity: str) -> dict[str, FieldDef]:
    """Tracked fields of ``entity`` in model order, keyed by name."""
    try:
        specs = _FIELDS[entity] + _COMMON
    except KeyError:
        raise KeyError(f"{entity} is geen bekende soort gegeven") from None
    return {
        name: FieldDef(entity, name, label, kind, **details)  # type: ignore[arg-type]
        for name, label, kind, details in specs
    }


#: The fields that tie an activity, membership or tie to its meetmoment (not typed by a person).
ROUND_FIELDS = frozenset(name for name, *_ in _PER_ROUND)


def content_fields(entity: str) -> list[str]:
    """The fields a person fills in for ``entity``, in registry order: not the reference to
    its parent, not the meetmoment's bookkeeping, not archiving or joining."""
    return [
        name
        for name, fd in fields(entity).items()
        if not fd.parent and name not in ROUND_FIELDS and name not in BOOKKEEPING_FIELDS
    ]


def field(entity: str, name: str) -> FieldDef:
    try:
        return fields(entity)[name]
    except KeyError:
        raise KeyError(f"{entity}.{name} is geen bekend veld") from None


@cache
def parent_field(entity: str) -> FieldDef | None:
    """The field that says which record ``entity`` belongs to (its ``kind`` is the parent
    entity, e.g. ``interview.place_id``); ``None`` for a plek, which belongs to nothing."""
    found = [fd for fd in fields(entity).values() if fd.parent]
    if len(found) > 1:
        raise ValueError(f"{entity} heeft meer dan één ouder: {[fd.name for fd in found]}")
    return found[0] if found else None


def children(parent: str) -> dict[str, FieldDef]:
    """The entities that belong directly to ``parent``, with their reference field, in
    :data:`ENTITY_LABELS` order."""
    out = {}
    for entity in ENTITY_LABELS:
        fd = parent_field(entity)
        if fd is not None and fd.kind == parent:
            out[entity] = fd
    return out


def personal_fields(entity: str) -> list[str]:
    return [f.name for f in fields(entity).values() if f.personal]


def from_column(fd: FieldDef, value: object) -> object:
    """A value as read from a survey table with plain SQLite, in canonical form: JSON lists
    decoded, 0/1 as a bool; dates stay ``YYYY-MM-DD`` text."""
    if value is None:
        return None
    if fd.kind == "multi" and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    if fd.kind == "bool":
        return bool(value)
    return value
