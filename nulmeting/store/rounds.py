"""Ids and states of meetmomenten, shared by the store (which refuses edits of a vastgesteld
meetmoment) and :mod:`nulmeting.store.meetmoment` (which starts, freezes and reopens them)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from nulmeting.domain.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy import Connection

CARRY_AUTHOR = "overgenomen"
CARRY_LAPTOP = "00000000-0000-0000-0000-000000000001"
_NAMESPACE = uuid.UUID("0d6f6a55-3c2b-4f4e-9a0e-5b1f5a7c2e10")

OPEN = "open"
FROZEN = "vastgesteld"


def meetmoment_id(name: str) -> str:
    """The record id of the meetmoment ``name`` (the same on every laptop)."""
    return str(uuid.uuid5(_NAMESPACE, f"meetmoment\x1f{name}"))


def carried_id(predecessor_id: str, name: str) -> str:
    """The id of the record that carries ``predecessor_id`` into meetmoment ``name``."""
    return str(uuid.uuid5(_NAMESPACE, f"{predecessor_id}\x1f{name}"))


def carried_interview_id(place_id: str, name: str) -> str:
    """The id of the planned meting of a plek in meetmoment ``name`` made by a carry-over."""
    return str(uuid.uuid5(_NAMESPACE, f"meting\x1f{place_id}\x1f{name}"))


def check_open_round(conn: Connection, round_name: str | None) -> None:
    """Raise a Dutch :class:`ValidationError` when ``round_name`` is vastgesteld (``conn``: a
    SQLAlchemy connection inside a write)."""
    if not round_name:
        return
    from nulmeting.store.connection import sqlite_of

    row = (
        sqlite_of(conn)
        .execute(
            "SELECT status FROM meetmoment WHERE id = ? AND NOT archived",
            (meetmoment_id(round_name),),
        )
        .fetchone()
    )
    if row and row[0] == FROZEN:
        raise ValidationError(
            f"Meetmoment '{round_name}' is vastgesteld: het wordt niet meer "
            "gewijzigd. Heropen het eerst (Meetmoment → Heropenen, met een "
            "reden)."
        )
