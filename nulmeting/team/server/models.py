"""The server schema (PostgreSQL), as typed SQLAlchemy models.

The server keeps only the change log: the same columns as the laptop's ``change`` table (see
:class:`nulmeting.store.models.Change`), plus a server sequence ``seq`` (commit order, so a laptop can
ask for "everything after what I last pulled") and who uploaded each change. Current state is
computed on each laptop by the same engine (:mod:`nulmeting.store.changes`); the server never merges.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, Identity, MetaData, String, Text, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nulmeting.store.models import NAMING

#: Alembic's version table on the server (its own name: the database may hold other things).
VERSION_TABLE = "nulmeting_server_version"
#: The group role every interviewer login is a member of (created by the first migration).
INTERVIEWER_ROLE = "nulmeting_interviewer"


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ServerChange(ServerBase):
    """One immutable change as uploaded by a laptop; never updated or deleted (a trigger)."""

    __tablename__ = "change"
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    parents: Mapped[str] = mapped_column(Text)
    covers: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(120))
    laptop: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    # Filled by the server, not by the client (interviewers may not insert these columns):
    pushed_by: Mapped[str] = mapped_column(String(120), server_default=text("session_user"))
    pushed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class ServerMeta(ServerBase):
    """Facts about this server database; ``server_id`` changes when the database is recreated."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
