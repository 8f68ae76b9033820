"""A sheet of the Excel overview before it is written: its columns and lazily produced rows
(shared by :mod:`nulmeting.exchange.export` and the Groei sheets; the columns are the
workbook contract of :mod:`nulmeting.exchange.xlsx_layout`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from nulmeting.exchange.xlsx_layout import Column


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: Iterable[Sequence[Any]]
    freeze_cols: int = 0
    print_columns: int | None = None  # print area: the first N columns (None: all)
    portrait: bool = False
