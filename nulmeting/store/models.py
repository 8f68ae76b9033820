"""The typed data model (SQLAlchemy 2.x).

Two kinds of tables:

* the **change log** (:class:`Change`, :class:`ChangeParent`, :class:`FieldState`): every edit is an
  immutable change of one field of one record. This is what travels between laptops; see
  :mod:`nulmeting.store.changes` for how the current state follows from it.
* the **survey tables** (:class:`Place`, :class:`Interview`, ...): a materialised view of the
  changes, rebuilt in the same transaction as every change. The GUI and exports read these; nobody
  writes them except :mod:`nulmeting.store.changes`.

The columns of the survey tables follow the field registry (:mod:`nulmeting.domain.fields`: Dutch label,
kind, value list ...); a test checks that every registered field is a column here, in the same
order, and that every other column is bookkeeping.
"""

from __future__ import annotations

import datetime as dt

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


class ChangeOrigin(Base):
    """Where a change that arrived from elsewhere came from, as this laptop saw it (the team file
    or the server login that delivered it first). Local to the laptop: it never travels, and it
    is no signature (see :mod:`nulmeting.team.ingest`). No row: the change was made on this laptop."""

    __tablename__ = "change_origin"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))


class SetAsideChange(Base):
    """A server row that failed the checks of :mod:`nulmeting.team.ingest`: kept as received, never
    applied, checked again at every sync. Columns are untyped text, as the row may be anything."""

    __tablename__ = "set_aside_change"
    server: Mapped[str] = mapped_column(String(200), primary_key=True)  # host:port/db
    server_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str | None] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(Text)
    record_id: Mapped[str | None] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)
    parents: Mapped[str | None] = mapped_column(Text)
    covers: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    laptop: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str | None] = mapped_column(Text)
    pushed_by: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[str] = mapped_column(String(32))


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
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Place(Record):
    """A buurtplek or wijkorganisatie (with or without a place of its own)."""

    __tablename__ = "place"
    name: Mapped[str | None] = mapped_column(String(200))
    types: Mapped[list[str] | None] = mapped_column(JSON)
    address: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(7))
    district: Mapped[str | None] = mapped_column(String(64))
    legal_form: Mapped[str | None] = mapped_column(String(64))
    anbi: Mapped[str | None] = mapped_column(String(16))
    founded: Mapped[int | None] = mapped_column(Integer)
    premises: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[dt.date | None] = mapped_column(Date)
    wheelchair_accessible: Mapped[bool | None] = mapped_column(Boolean)
    description: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    joined_into: Mapped[str | None] = mapped_column(String(36))


class PlaceJoin(Base):
    """Derived from the ``joined_into`` changes (:mod:`nulmeting.joins`): every plek that names
    another as the one it was joined into, and the survivor its references lead to (itself for
    the survivor of a ring of opposite joins)."""

    __tablename__ = "place_join"
    place_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    target: Mapped[str] = mapped_column(String(36))
    survivor: Mapped[str] = mapped_column(String(36), index=True)


class Contact(Record):
    """A contact person. Personal fields are stored only with recorded AVG consent."""

    __tablename__ = "contact"
    place_id: Mapped[str | None] = mapped_column(String(36), _ref("place"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_purposes: Mapped[list[str] | None] = mapped_column(JSON)
    keep_until: Mapped[dt.date | None] = mapped_column(Date)


class Interview(Record):
    """One interview (meting) of one place at one round (meetmoment)."""

    __tablename__ = "interview"
    place_id: Mapped[str | None] = mapped_column(String(36), _ref("place"), index=True)
    round: Mapped[str | None] = mapped_column(String(80))
    interviewer: Mapped[str | None] = mapped_column(String(120))
    date: Mapped[dt.date | None] = mapped_column(Date)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(32))
    spoke_with: Mapped[str | None] = mapped_column(String(200))
    # Vrijwilligers en personeel
    volunteers_core: Mapped[int | None] = mapped_column(Integer)
    volunteers_regular: Mapped[int | None] = mapped_column(Integer)
    volunteers_occasional: Mapped[int | None] = mapped_column(Integer)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    board_members: Mapped[int | None] = mapped_column(Integer)
    paid_fte: Mapped[float | None] = mapped_column(Float)
    interns: Mapped[int | None] = mapped_column(Integer)
    reintegration: Mapped[int | None] = mapped_column(Integer)
    volunteer_allowance: Mapped[bool | None] = mapped_column(Boolean)
    # Financiën (laatste volledige jaar)
    fiscal_year: Mapped[int | None] = mapped_column(Integer)
    total_costs: Mapped[float | None] = mapped_column(Float)
    free_reserve: Mapped[float | None] = mapped_column(Float)
    overhead_costs: Mapped[float | None] = mapped_column(Float)
    # Duurzaamheid
    board_continuity: Mapped[str | None] = mapped_column(String(32))
    succession_arranged: Mapped[bool | None] = mapped_column(Boolean)
    key_person_dependent: Mapped[bool | None] = mapped_column(Boolean)
    funding_secured_until: Mapped[dt.date | None] = mapped_column(Date)
    sustainability_notes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Activity(Record):
    """An activity of a place; public ones feed the wijkagenda."""

    __tablename__ = "activity"
    place_id: Mapped[str | None] = mapped_column(String(36), _ref("place"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    themes: Mapped[list[str] | None] = mapped_column(JSON)
    target_groups: Mapped[list[str] | None] = mapped_column(JSON)
    days: Mapped[list[str] | None] = mapped_column(JSON)
    start: Mapped[str | None] = mapped_column(String(5))
    end: Mapped[str | None] = mapped_column(String(5))
    frequency: Mapped[str | None] = mapped_column(String(32))
    participants: Mapped[int | None] = mapped_column(Integer)
    run_by: Mapped[str | None] = mapped_column(String(32))
    partners: Mapped[str | None] = mapped_column(String(400))
    public: Mapped[bool | None] = mapped_column(Boolean)
    round: Mapped[str | None] = mapped_column(String(80), index=True)
    predecessor_id: Mapped[str | None] = mapped_column(String(36))


class FinanceLine(Record):
    """An income line (by source) or a cost line of one interview's financial year."""

    __tablename__ = "finance_line"
    interview_id: Mapped[str | None] = mapped_column(String(36), _ref("interview"), index=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(String(80))
    category: Mapped[str | None] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(String(400))
    amount: Mapped[float | None] = mapped_column(Float)
    structural: Mapped[bool | None] = mapped_column(Boolean)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)


class Membership(Record):
    """A place's membership of one of the coalition's networks."""

    __tablename__ = "membership"
    place_id: Mapped[str | None] = mapped_column(String(36), _ref("place"), index=True)
    network: Mapped[str | None] = mapped_column(String(80))
    role: Mapped[str | None] = mapped_column(String(32))
    round: Mapped[str | None] = mapped_column(String(80), index=True)
    predecessor_id: Mapped[str | None] = mapped_column(String(36))


class Tie(Record):
    """A tie from a place to another place in the store or to a partner organisation."""

    __tablename__ = "tie"
    place_id: Mapped[str | None] = mapped_column(String(36), _ref("place"), index=True)
    other_place_id: Mapped[str | None] = mapped_column(String(36), _ref("place"))
    partner: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(32))
    strength: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(String(400))
    round: Mapped[str | None] = mapped_column(String(80), index=True)
    predecessor_id: Mapped[str | None] = mapped_column(String(36))


class Need(Record):
    """A need (behoefte) a place mentioned in an interview."""

    __tablename__ = "need"
    interview_id: Mapped[str | None] = mapped_column(String(36), _ref("interview"), index=True)
    kind: Mapped[str | None] = mapped_column(String(64))
    urgency: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(String(400))


class Meetmoment(Record):
    """A meetmoment (the nulmeting, a vervolgmeting): open or vastgesteld (frozen).

    The record id is derived from the name (:func:`nulmeting.meetmoment.meetmoment_id`), so two
    laptops that start the same meetmoment make the same record. ``snapshot`` holds, once
    vastgesteld, the meetmoment's survey rows as they stood (compressed JSON): what its export
    reproduces, whatever is edited or merged later."""

    __tablename__ = "meetmoment"
    name: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str | None] = mapped_column(String(16))
    frozen_at: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(400))
    snapshot: Mapped[str | None] = mapped_column(Text)


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
    "meetmoment": Meetmoment,
}
