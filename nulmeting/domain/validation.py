"""Validation and normalisation of field values, with Dutch messages.

:func:`clean` turns what a person typed (or a spreadsheet held) into the canonical JSON value
stored in a change, or raises :class:`~nulmeting.domain.errors.ValidationError`. Canonical forms:
text stripped (empty → ``None``), postcode ``1234 AB``, dates ``YYYY-MM-DD``, times ``HH:MM``,
numbers as numbers, choices as codes, lists sorted in the value list's order.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from nulmeting.domain import reference
from nulmeting.domain.errors import ValidationError
from nulmeting.domain.fields import FieldDef, field

POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
TIME = re.compile(r"^\s*([01]?[0-9]|2[0-3])[:.]([0-5][0-9])\s*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

#: The longest value a field of each kind may hold, in characters (checked wherever a value
#: enters: the form, the importer, a team file, a server pull). A name or an address fits in
#: 500, a long mission statement or interview notes in 20,000 (about ten pages).
#: A vastgesteld meetmoment's stored rows: compressed JSON in base64 (no size limit of its own:
#: it holds the meetmoment's rows, which are checked when they are entered).
SNAPSHOT = re.compile(r"zlib\+b64:[A-Za-z0-9+/]*={0,2}")
MAX_CHARS = {"text": 500, "longtext": 20_000, "email": 254, "phone": 20, "postcode": 7}
#: The largest number any field may hold (amounts in euro included): beyond it is a typo.
MAX_NUMBER = 1e12

TRUE_WORDS = {"ja", "j", "waar", "true", "1", "yes", "x", "✓"}
FALSE_WORDS = {"nee", "n", "onwaar", "false", "0", "no"}


def parse_number(value: Any) -> float:
    """A number as a person writes it: ``1234``, ``1.234,50``, ``€ 12,5``, ``12.5``."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            raise ValueError(value)
        return float(value)
    text = str(value).strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not text:
        raise ValueError(value)
    if "," in text:  # Dutch: dots group thousands, the comma is the decimal sign
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):  # 1.234.567 without decimals
        text = text.replace(".", "")
    if len(text) > 40:  # no real amount is this long; float() of a huge text is slow
        raise ValueError(value)
    number = float(text)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(value)
    return number


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return isinstance(value, list | tuple | set) and len(value) == 0


def clean(fd: FieldDef, value: Any) -> Any:
    """Canonical JSON value for ``fd`` or :class:`ValidationError` with a Dutch message."""
    if _is_empty(value):
        return None
    label = fd.label
    kind = fd.kind
    try:
        if kind in {"text", "longtext"}:
            text = str(value).strip()
            check_length(fd, text)
            return text
        if kind == "snapshot":  # a vastgesteld meetmoment's stored rows (compressed, base64)
            text = str(value)
            if not SNAPSHOT.fullmatch(text):
                raise ValidationError(f"{label}: geen geldige vastgestelde stand.", fd.name)
            return text
        if kind == "postcode":
            m = POSTCODE.match(str(value))
            if not m:
                raise ValidationError(
                    f"{label}: '{value}' is geen geldige postcode; schrijf die als 1234 AB.",
                    fd.name,
                )
            return f"{m.group(1)} {m.group(2).upper()}"
        if kind == "email":
            text = str(value).strip()
            check_length(fd, text)
            if not EMAIL.match(text):
                raise ValidationError(f"{label}: '{text}' is geen geldig e-mailadres.", fd.name)
            return text
        if kind == "phone":
            text = str(value).strip()
            if not PHONE.match(text) or sum(c.isdigit() for c in text) < 6:
                raise ValidationError(f"{label}: '{text}' is geen geldig telefoonnummer.", fd.name)
            return text
        if kind in {"int", "year"}:
            number = parse_number(value)
            if number != int(number):
                raise ValidationError(f"{label}: vul een heel getal in (niet '{value}').", fd.name)
            _check_range(fd, number)
            return int(number)
        if kind in {"float", "hours", "money"}:
            number = parse_number(value)
            if kind == "money" and number < 0:
                raise ValidationError(f"{label}: een bedrag kan niet negatief zijn.", fd.name)
            _check_range(fd, number)
            return round(number, 2)
        if kind == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, int | float) and value in (0, 1):
                return bool(value)
            word = str(value).strip().lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise ValidationError(f"{label}: vul 'ja' of 'nee' in (niet '{value}').", fd.name)
        if kind == "date":
            return parse_date(value).isoformat()
        if kind == "time":
            m = TIME.match(str(value))
            if not m:
                raise ValidationError(
                    f"{label}: '{value}' is geen tijd; schrijf die als 09:30.", fd.name
                )
            return f"{int(m.group(1)):02d}:{m.group(2)}"
        if kind == "choice":
            return _option(fd, value)
        if kind == "multi":
            items = (
                value if isinstance(value, list | tuple | set) else re.split(r"[;,]", str(value))
            )
            codes = {_option(fd, v) for v in items if not _is_empty(v)}
            order = list(reference.options(fd.options or ""))
            return sorted(codes, key=order.index) or None
        if kind == "district":
            code = reference.match_district(str(value))
            if code is None:
                raise ValidationError(f"{label}: '{value}' is geen bekende wijk.", fd.name)
            return code
        if kind in {"place", "interview"}:
            text = str(value).strip().lower()
            if not UUID.match(text):
                raise ValidationError(f"{label}: '{value}' is geen geldige verwijzing.", fd.name)
            return text
    except ValidationError:
        raise
    except (ValueError, TypeError):
        what = {"date": "geen datum (dd-mm-jjjj)"}.get(kind, "geen getal")
        raise ValidationError(f"{label}: '{value}' is {what}.", fd.name) from None
    raise AssertionError(f"onbekende soort veld {kind}")


def check_length(fd: FieldDef, text: str) -> None:
    """Refuse a text longer than its kind's :data:`MAX_CHARS`."""
    limit = MAX_CHARS.get(fd.kind)
    if limit is not None and len(text) > limit:
        raise ValidationError(
            f"{fd.label}: de tekst is te lang ({len(text):,} tekens; hoogstens {limit:,}).".replace(
                ",", "."
            ),
            fd.name,
        )


def _check_range(fd: FieldDef, number: float) -> None:
    if abs(number) > MAX_NUMBER:
        raise ValidationError(
            f"{fd.label}: {number:g} is onmogelijk groot; het kan hoogstens {MAX_NUMBER:g} zijn.",
            fd.name,
        )
    if fd.low is not None and number < fd.low:
        if fd.low == 0:
            raise ValidationError(f"{fd.label}: het getal kan niet negatief zijn.", fd.name)
        raise ValidationError(f"{fd.label}: kleiner dan {fd.low:g} kan niet.", fd.name)
    if fd.high is not None and number > fd.high:
        raise ValidationError(
            f"{fd.label}: {number:g} is onmogelijk; het kan hoogstens {fd.high:g} zijn.", fd.name
        )


def _option(fd: FieldDef, value: Any) -> str:
    code = reference.match_option(fd.options or "", str(value))
    if code is None:
        raise ValidationError(f"{fd.label}: '{value}' staat niet in de keuzelijst.", fd.name)
    return code


def clean_values(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean every value; raises the first :class:`ValidationError`."""
    return {name: clean(field(entity, name), value) for name, value in values.items()}


# --------------------------------------------------------------------------- whole records

STATUS_REQUIRES = {
    "gepland": ["round", "interviewer"],
    "afgenomen": ["round", "interviewer", "date"],
    "gecontroleerd": [
        "round",
        "interviewer",
        "date",
        "volunteers_core",
        "hours_per_week",
        "total_costs",
    ],
}
CONSENT_FIELDS = ("consent_date", "consent_purposes")


def check_record(entity: str, record: Mapping[str, Any]) -> None:
    """Rules across fields of one record (its values after the edit, canonical form)."""
    if entity == "activity":
        start, end = record.get("start"), record.get("end")
        if start and end and end <= start:
            raise ValidationError("Eind: de eindtijd moet na de begintijd liggen.", "end")
    if entity == "finance_line":
        if record.get("kind") == "kosten" and record.get("source"):
            raise ValidationError("Bron: alleen inkomsten hebben een bron.", "source")
    if entity == "contact":
        has_consent = all(record.get(f) for f in CONSENT_FIELDS)
        personal = [f for f in ("name", "email", "phone") if record.get(f)]
        if personal and not has_consent:
            raise ValidationError(
                "Persoonsgegevens worden alleen opgeslagen met toestemming (AVG): vul eerst de "
                "datum en het doel van de toestemming in.",
                personal[0],
            )
    if entity == "interview":
        status = record.get("status")
        missing = [
            field("interview", f).label
            for f in STATUS_REQUIRES.get(status or "", [])
            if record.get(f) is None
        ]
        if missing:
            raise ValidationError(
                f"Status '{reference.option_name('metingstatus', status)}' kan pas als ingevuld "
                f"is: {', '.join(missing)}.",
                "status",
            )
