"""The typed data model (SQLAlchemy 2.x).

Two kinds of tables:

* the **change log** (:class:`Change`, :class:`ChangeParent`, :class:`FieldState`): every edit is an
  immutable change of one field of one record. This is what travels between laptops; see
  :mod:`nulmeting.changes` for how the current state follows from it.
* the **survey tables** (:class:`Place`, :class:`Interview`, ...): a materialised view of the
  changes, rebuilt in the same transaction as every change. The GUI and exports read these; nobody
  writes them except :mod:`nulmeting.changes`.

Each tracked column carries its metadata in ``info`` (Dutch label, kind, value list, whether the
interview always asks it, whether it is personal data). :mod:`nulmeting.fields` reads it, so the
validation, the change engine, the forms and the exports share one definition.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def tracked(
    label: str,
    kind: str,
    *,
    options: str | None = None,
    asked: bool = False,
    personal: bool = False,
    low: float | None = None,
    high: float | None = None,
    section: str | None = None,
) -> dict[str, Any]:
    """``info`` for a column that is edited through changes (see :mod:`nulmeting.fields`)."""
    return {
        "tracked": True,
        "label": label,
        "kind": kind,
        "options": options,
        "asked": asked,
        "personal": personal,
        "low": low,
        "high": high,
        "section": section,
    }


def _ref(target: str) -> ForeignKey:
    # Deferred: a merge materialises a batch of records in one transaction.
    return ForeignKey(f"{target}.id", deferrable=True, initially="DEFERRED")


# --------------------------------------------------------------------------- change log


class Change(Base):
    """One immutable edit of one field. ``id`` is a content hash (see ``changes.change_id``)."""

    __tablename__ = "change"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)  # JSON
    parents: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of change ids
    covers: Mapped[str | None] = mapped_column(Text)  # JSON list, tombstones only
    author: Mapped[str] = mapped_column(String(120))
    laptop: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, for display and tie-break only

    __table_args__ = (Index("ix_change_key", "entity", "record_id", "field"),)


class ChangeParent(Base):
    """Edge child → parent of the change graph (parents of a change are of the same field)."""

    __tablename__ = "change_parent"
    child: Mapped[str] = mapped_column(String(36), primary_key=True)
    parent: Mapped[str] = mapped_column(String(36), primary_key=True)

    __table_args__ = (Index("ix_change_parent_parent", "parent"),)


class FieldState(Base):
    """Current state of one field: the shown value, its heads, and whether they conflict."""

    __tablename__ = "field_state"
    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON of the shown head
    change_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    author: Mapped[str] = mapped_column(String(120))
    heads: Mapped[str] = mapped_column(Text)  # JSON list of head change ids
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_field_state_conflict", "conflict"),)


class Meta(Base):
    """Settings of this store (laptop id, interviewer, current round, hourly value ...)."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --------------------------------------------------------------------------- reference data


class RefArea(Base):
    __tablename__ = "ref_area"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    cbs_code: Mapped[str | None] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)


class RefDistrict(Base):
    __tablename__ = "ref_district"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    area: Mapped[str] = mapped_column(String(64))
    cbs_code: Mapped[str | None] = mapped_column(String(16))
    inhabitants: Mapped[int | None] = mapped_column(Integer)
    pc4: Mapped[str | None] = mapped_column(String(4))
    position: Mapped[int] = mapped_column(Integer)


class RefOption(Base):
    """Value lists (place types, themes, networks ...): ``(list, code) → name``."""

    __tablename__ = "ref_option"
    list: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    position: Mapped[int] = mapped_column(Integer)


# --------------------------------------------------------------------------- survey records


class Record(Base):
    """Columns every travelling record has; written only by the change engine."""

    __abstract__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[str | None] = mapped_column(String(32))
    updated_by: Mapped[str | None] = mapped_column(String(120))
    archived: Mapped[bool] = mapped_column(
        Boolean, default=False, info=tracked("Gearchiveerd", "bool")
    )


class Place(Record):
    """A buurtplek or wijkorganisatie (with or without a place of its own)."""

    __tablename__ = "place"
    name: Mapped[str | None] = mapped_column(
        String(200), info=tracked("Naam", "text", asked=True, section="Algemeen")
    )
    types: Mapped[list[str] | None] = mapped_column(
        JSON, info=tracked("Type", "multi", options="plektype", asked=True, section="Algemeen")
    )
    address: Mapped[str | None] = mapped_column(
        String(200), info=tracked("Adres", "text", asked=True, section="Algemeen")
    )
    postcode: Mapped[str | None] = mapped_column(
        String(7), info=tracked("Postcode", "postcode", asked=True, section="Algemeen")
    )
    district: Mapped[str | None] = mapped_column(
        String(64), info=tracked("Wijk", "district", asked=True, section="Algemeen")
    )
    legal_form: Mapped[str | None] = mapped_column(
        String(64),
        info=tracked("Rechtsvorm", "choice", options="rechtsvorm", asked=True, section="Algemeen"),
    )
    anbi: Mapped[str | None] = mapped_column(
        String(16), info=tracked("ANBI-status", "choice", options="anbi", section="Algemeen")
    )
    founded: Mapped[int | None] = mapped_column(
        Integer, info=tracked("Opgericht (jaar)", "year", low=1800, high=2100, section="Algemeen")
    )
    premises: Mapped[str | None] = mapped_column(
        String(64), info=tracked("Pand", "choice", options="pand", asked=True, section="Algemeen")
    )
    lease_until: Mapped[dt.date | None] = mapped_column(
        Date, info=tracked("Huur tot", "date", section="Algemeen")
    )
    wheelchair_accessible: Mapped[bool | None] = mapped_column(
        Boolean, info=tracked("Rolstoeltoegankelijk", "bool", section="Algemeen")
    )
    description: Mapped[str | None] = mapped_column(
        Text, info=tracked("Missie / omschrijving", "longtext", asked=True, section="Algemeen")
    )
    notes: Mapped[str | None] = mapped_column(
        Text, info=tracked("Notities", "longtext", section="Notities")
    )


class Contact(Record):
    """A contact person. Personal fields are stored only with recorded AVG consent."""

    __tablename__ = "contact"
    place_id: Mapped[str | None] = mapped_column(
        String(36), _ref("place"), index=True, info=tracked("Plek", "place")
    )
    name: Mapped[str | None] = mapped_column(
        String(200), info=tracked("Naam", "text", personal=True)
    )
    role: Mapped[str | None] = mapped_column(String(120), info=tracked("Rol", "text"))
    email: Mapped[str | None] = mapped_column(
        String(200), info=tracked("E-mail", "email", personal=True)
    )
    phone: Mapped[str | None] = mapped_column(
        String(40), info=tracked("Telefoon", "phone", personal=True)
    )
    consent_date: Mapped[dt.date | None] = mapped_column(
        Date, info=tracked("Toestemming gegeven op", "date")
    )
    consent_purposes: Mapped[list[str] | None] = mapped_column(
        JSON, info=tracked("Toestemming voor", "multi", options="toestemmingsdoel")
    )
    keep_until: Mapped[dt.date | None] = mapped_column(
        Date, info=tracked("Bewaren tot", "date")
    )


class Interview(Record):
    """One interview (meting) of one place at one round (meetmoment)."""

    __tablename__ = "interview"
    place_id: Mapped[str | None] = mapped_column(
        String(36), _ref("place"), index=True, info=tracked("Plek", "place")
    )
    round: Mapped[str | None] = mapped_column(
        String(80), info=tracked("Meetmoment", "text", asked=True, section="Meting")
    )
    interviewer: Mapped[str | None] = mapped_column(
        String(120), info=tracked("Buurtverbinder", "text", asked=True, section="Meting")
    )
    date: Mapped[dt.date | None] = mapped_column(
        Date, info=tracked("Datum", "date", asked=True, section="Meting")
    )
    duration_minutes: Mapped[int | None] = mapped_column(
        Integer, info=tracked("Duur (minuten)", "int", low=0, high=600, section="Meting")
    )
    status: Mapped[str | None] = mapped_column(
        String(32),
        info=tracked("Status", "choice", options="metingstatus", asked=True, section="Meting"),
    )
    spoke_with: Mapped[str | None] = mapped_column(
        String(200), info=tracked("Gesproken met (rol)", "text", section="Meting")
    )
    # Vrijwilligers en personeel
    volunteers_core: Mapped[int | None] = mapped_column(
        Integer,
        info=tracked("Vrijwilligers (kern)", "int", asked=True, low=0, high=10000,
                     section="Vrijwilligers"),
    )
    volunteers_regular: Mapped[int | None] = mapped_column(
        Integer,
        info=tracked("Vrijwilligers (regulier)", "int", asked=True, low=0, high=10000,
                     section="Vrijwilligers"),
    )
    volunteers_occasional: Mapped[int | None] = mapped_column(
        Integer,
        info=tracked("Vrijwilligers (incidenteel)", "int", low=0, high=10000,
                     section="Vrijwilligers"),
    )
    hours_per_week: Mapped[float | None] = mapped_column(
        Float,
        info=tracked("Uren per week per vrijwilliger (gemiddeld)", "hours", asked=True, low=0,
                     high=168, section="Vrijwilligers"),
    )
    board_members: Mapped[int | None] = mapped_column(
        Integer, info=tracked("Bestuursleden", "int", low=0, high=100, section="Vrijwilligers")
    )
    paid_fte: Mapped[float | None] = mapped_column(
        Float,
        info=tracked("Betaalde krachten (fte)", "float", asked=True, low=0, high=1000,
                     section="Vrijwilligers"),
    )
    interns: Mapped[int | None] = mapped_column(
        Integer, info=tracked("Stagiairs", "int", low=0, high=1000, section="Vrijwilligers")
    )
    reintegration: Mapped[int | None] = mapped_column(
        Integer,
        info=tracked("Re-integratie / dagbesteding (personen)", "int", low=0, high=1000,
                     section="Vrijwilligers"),
    )
    volunteer_allowance: Mapped[bool | None] = mapped_column(
        Boolean, info=tracked("Vrijwilligersvergoeding", "bool", section="Vrijwilligers")
    )
    # Financiën (laatste volledige jaar)
    fiscal_year: Mapped[int | None] = mapped_column(
        Integer, info=tracked("Boekjaar", "year", low=2000, high=2100, section="Financiën")
    )
    total_costs: Mapped[float | None] = mapped_column(
        Float, info=tracked("Totale lasten (€)", "money", asked=True, low=0, section="Financiën")
    )
    free_reserve: Mapped[float | None] = mapped_column(
        Float, info=tracked("Vrije reserve (€)", "money", asked=True, low=0, section="Financiën")
    )
    overhead_costs: Mapped[float | None] = mapped_column(
        Float, info=tracked("Organisatiekosten (€)", "money", low=0, section="Financiën")
    )
    # Duurzaamheid
    board_continuity: Mapped[str | None] = mapped_column(
        String(32),
        info=tracked("Continuïteit bestuur en trekkers", "choice", options="continuiteit",
                     asked=True, section="Duurzaamheid"),
    )
    succession_arranged: Mapped[bool | None] = mapped_column(
        Boolean, info=tracked("Opvolging geregeld", "bool", section="Duurzaamheid")
    )
    key_person_dependent: Mapped[bool | None] = mapped_column(
        Boolean,
        info=tracked("Afhankelijk van één sleutelpersoon", "bool", section="Duurzaamheid"),
    )
    funding_secured_until: Mapped[dt.date | None] = mapped_column(
        Date, info=tracked("Financiering zeker tot", "date", asked=True, section="Duurzaamheid")
    )
    sustainability_notes: Mapped[str | None] = mapped_column(
        Text, info=tracked("Toelichting duurzaamheid", "longtext", section="Duurzaamheid")
    )
    notes: Mapped[str | None] = mapped_column(
        Text, info=tracked("Notities bij de meting", "longtext", section="Notities")
    )


class Activity(Record):
    """An activity of a place; public ones feed the wijkagenda."""

    __tablename__ = "activity"
    place_id: Mapped[str | None] = mapped_column(
        String(36), _ref("place"), index=True, info=tracked("Plek", "place")
    )
    name: Mapped[str | None] = mapped_column(
        String(200), info=tracked("Naam", "text", asked=True)
    )
    themes: Mapped[list[str] | None] = mapped_column(
        JSON, info=tracked("Thema", "multi", options="thema", asked=True)
    )
    target_groups: Mapped[list[str] | None] = mapped_column(
        JSON, info=tracked("Doelgroep", "multi", options="doelgroep", asked=True)
    )
    days: Mapped[list[str] | None] = mapped_column(
        JSON, info=tracked("Dagen", "multi", options="dag", asked=True)
    )
    start: Mapped[str | None] = mapped_column(String(5), info=tracked("Begin", "time", asked=True))
    end: Mapped[str | None] = mapped_column(String(5), info=tracked("Eind", "time", asked=True))
    frequency: Mapped[str | None] = mapped_column(
        String(32), info=tracked("Frequentie", "choice", options="frequentie", asked=True)
    )
    participants: Mapped[int | None] = mapped_column(
        Integer,
        info=tracked("Gemiddeld aantal deelnemers", "int", asked=True, low=0, high=100000),
    )
    run_by: Mapped[str | None] = mapped_column(
        String(32), info=tracked("Uitgevoerd door", "choice", options="uitvoering", asked=True)
    )
    partners: Mapped[str | None] = mapped_column(String(400), info=tracked("Partners", "text"))
    public: Mapped[bool | None] = mapped_column(
        Boolean, info=tracked("Openbaar in wijkagenda", "bool", asked=True)
    )


class FinanceLine(Record):
    """An income line (by source) or a cost line of one interview's financial year."""

    __tablename__ = "finance_line"
    interview_id: Mapped[str | None] = mapped_column(
        String(36), _ref("interview"), index=True, info=tracked("Meting", "interview")
    )
    kind: Mapped[str | None] = mapped_column(
        String(16), info=tracked("Soort", "choice", options="financiesoort", asked=True)
    )
    source: Mapped[str | None] = mapped_column(
        String(80), info=tracked("Bron", "choice", options="inkomstenbron")
    )
    category: Mapped[str | None] = mapped_column(
        String(80), info=tracked("Kostencategorie", "choice", options="kostencategorie")
    )
    description: Mapped[str | None] = mapped_column(
        String(400), info=tracked("Omschrijving", "text")
    )
    amount: Mapped[float | None] = mapped_column(
        Float, info=tracked("Bedrag (€)", "money", asked=True, low=0)
    )
    structural: Mapped[bool | None] = mapped_column(
        Boolean, info=tracked("Structureel", "bool")
    )
    ends_on: Mapped[dt.date | None] = mapped_column(Date, info=tracked("Loopt tot", "date"))


class Membership(Record):
    """A place's membership of one of the coalition's networks."""

    __tablename__ = "membership"
    place_id: Mapped[str | None] = mapped_column(
        String(36), _ref("place"), index=True, info=tracked("Plek", "place")
    )
    network: Mapped[str | None] = mapped_column(
        String(80), info=tracked("Netwerk", "choice", options="netwerk", asked=True)
    )
    role: Mapped[str | None] = mapped_column(
        String(32), info=tracked("Rol", "choice", options="netwerkrol")
    )


class Tie(Record):
    """A tie from a place to another place in the store or to a partner organisation."""

    __tablename__ = "tie"
    place_id: Mapped[str | None] = mapped_column(
        String(36), _ref("place"), index=True, info=tracked("Plek", "place")
    )
    other_place_id: Mapped[str | None] = mapped_column(
        String(36), _ref("place"), info=tracked("Andere plek", "place")
    )
    partner: Mapped[str | None] = mapped_column(
        String(200), info=tracked("Partnerorganisatie", "text")
    )
    kind: Mapped[str | None] = mapped_column(
        String(32), info=tracked("Soort relatie", "choice", options="relatietype", asked=True)
    )
    strength: Mapped[int | None] = mapped_column(
        Integer, info=tracked("Sterkte (1-4)", "int", low=1, high=4)
    )
    notes: Mapped[str | None] = mapped_column(String(400), info=tracked("Toelichting", "text"))


class Need(Record):
    """A need (behoefte) a place mentioned in an interview."""

    __tablename__ = "need"
    interview_id: Mapped[str | None] = mapped_column(
        String(36), _ref("interview"), index=True, info=tracked("Meting", "interview")
    )
    kind: Mapped[str | None] = mapped_column(
        String(64), info=tracked("Behoefte", "choice", options="behoeftetype", asked=True)
    )
    urgency: Mapped[str | None] = mapped_column(
        String(16), info=tracked("Urgentie", "choice", options="urgentie")
    )
    notes: Mapped[str | None] = mapped_column(String(400), info=tracked("Toelichting", "text"))


#: Entities in materialisation order (parents before children).
ENTITIES: dict[str, type[Record]] = {
    "place": Place,
    "interview": Interview,
    "contact": Contact,
    "activity": Activity,
    "finance_line": FinanceLine,
    "membership": Membership,
    "tie": Tie,
    "need": Need,
}

#: Dutch names of the entities, for messages and the conflict list.
ENTITY_LABELS: dict[str, str] = {
    "place": "Plek",
    "interview": "Meting",
    "contact": "Contactpersoon",
    "activity": "Activiteit",
    "finance_line": "Financiële regel",
    "membership": "Netwerklidmaatschap",
    "tie": "Relatie",
    "need": "Behoefte",
}
