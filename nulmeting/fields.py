"""The field registry: which fields of which entity are edited through changes.

Derived from the ``info`` of the model's columns, so there is one definition of every field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nulmeting.models import ENTITIES


@dataclass(frozen=True)
class FieldDef:
    entity: str
    name: str
    label: str
    kind: str  # text longtext int float hours money year bool date time choice multi
    # district place interview postcode email phone
    options: str | None = None
    asked: bool = False
    personal: bool = False
    low: float | None = None
    high: float | None = None
    section: str | None = None

    @property
    def is_list(self) -> bool:
        return self.kind == "multi"

    @property
    def is_number(self) -> bool:
        return self.kind in {"int", "float", "hours", "money", "year"}


@cache
def fields(entity: str) -> dict[str, FieldDef]:
    """Tracked fields of ``entity`` in model order, keyed by name."""
    table = ENTITIES[entity].__table__
    out: dict[str, FieldDef] = {}
    for column in table.columns:
        info = column.info
        if not info.get("tracked"):
            continue
        out[column.name] = FieldDef(
            entity=entity,
            name=column.name,
            label=info["label"],
            kind=info["kind"],
            options=info["options"],
            asked=info["asked"],
            personal=info["personal"],
            low=info["low"],
            high=info["high"],
            section=info["section"],
        )
    return out


def field(entity: str, name: str) -> FieldDef:
    try:
        return fields(entity)[name]
    except KeyError:
        raise KeyError(f"{entity}.{name} is geen bekend veld") from None


def personal_fields(entity: str) -> list[str]:
    return [f.name for f in fields(entity).values() if f.personal]
