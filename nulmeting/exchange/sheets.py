"""A sheet of the Excel overview before it is written: its columns and lazily produced rows
(shared by :mod:`nulmeting.exchange.export` and the Groei sheets)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    header: str
    fmt: str = "text"
    width: float = 14
    get: Callable[[Any], Any] | None = None
    entity: str | None = None  # importable column: field of this entity ...
    field: str | None = None  # ... with this name


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: Iterable[Sequence[Any]]
    freeze_cols: int = 0
    header_height: float = 45  # points: three lines of the header font
