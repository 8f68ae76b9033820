"""Dutch numbers, money and dates for what people read ("€ 5.520.000", "1 december 2026")."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def number(value: float | None, decimals: int = 0) -> str:
    """``1234.5`` → ``"1.234,5"`` (empty for ``None``)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def euro(amount: float | None, decimals: int = 0) -> str:
    """``5520000`` → ``"€ 5.520.000"``; ``23`` → ``"€ 23"``; ``14.4`` → ``"€ 14,40"``."""
    if amount is None:
        return ""
    if decimals == 0 and not float(amount).is_integer() and abs(amount) < 100:
        decimals = 2
    sign = "−" if amount < 0 else ""
    return f"{sign}€ {number(abs(amount), decimals)}"


def percent(share: float | None) -> str:
    """``0.45`` → ``"45%"``."""
    return "" if share is None else f"{round(share * 100):d}%"


def short(value: float) -> str:
    """A figure as short as a headline wants it: ``5520000`` → ``"5,5 miljoen"``."""
    if abs(value) >= 1_000_000:
        return f"{number(value / 1_000_000, 1)} miljoen"
    return number(value)


def long_date(day: dt.date) -> str:
    """``2026-12-01`` → ``"1 december 2026"``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def plural(n: float, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"
