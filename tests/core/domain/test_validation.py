"""Validation with Dutch messages, and the canonical forms values are stored in."""

import pytest

from nulmeting.domain.errors import ValidationError
from nulmeting.domain.fields import field
from nulmeting.domain.validation import check_record, clean, parse_number


@pytest.mark.parametrize(
    "entity, name, raw, stored",
    [
        ("place", "postcode", "3021ab", "3021 AB"),
        ("place", "postcode", " 3021  AB ", "3021 AB"),
        ("place", "district", "oud mathenesse", "oud-mathenesse"),
        ("place", "district", "BU05990325", "middelland"),
        ("place", "types", "Speeltuin; buurthuiskamer", ["buurthuiskamer", "speeltuin"]),
        ("place", "founded", "1998", 1998),
        ("place", "lease_until", "31-12-2026", "2026-12-31"),
        ("place", "wheelchair_accessible", "ja", True),
        ("place", "name", "   ", None),
        ("interview", "hours_per_week", "4,5", 4.5),
        ("interview", "total_costs", "€ 12.345,67", 12345.67),
        ("interview", "total_costs", "1.234.567", 1234567.0),
        ("activity", "start", "9.30", "09:30"),
        ("activity", "days", ["wo", "ma"], ["ma", "wo"]),
    ],
)
def test_clean_canonical_forms(entity, name, raw, stored):
    assert clean(field(entity, name), raw) == stored


@pytest.mark.parametrize(
    "entity, name, raw, message",
    [
        ("place", "postcode", "30211", "geen geldige postcode; schrijf die als 1234 AB"),
        ("place", "postcode", "0123 AB", "geen geldige postcode"),
        ("place", "district", "Atlantis", "geen bekende wijk"),
        ("interview", "hours_per_week", "200", "onmogelijk; het kan hoogstens 168"),
        ("interview", "hours_per_week", "-1", "niet negatief"),
        ("interview", "total_costs", "-5", "een bedrag kan niet negatief zijn"),
        ("interview", "volunteers_core", "veel", "'veel' is geen getal"),
        ("interview", "volunteers_core", "2,5", "heel getal"),
        ("interview", "date", "31-02-2025", "geen datum"),
        ("activity", "start", "25:00", "geen tijd"),
        ("activity", "frequency", "dagelijks", "niet in de keuzelijst"),
        ("contact", "email", "anna(at)example", "geen geldig e-mailadres"),
        ("tie", "strength", "7", "hoogstens 4"),
    ],
)
def test_dutch_messages(entity, name, raw, message):
    with pytest.raises(ValidationError, match=message) as err:
        clean(field(entity, name), raw)
    assert err.value.field == name


def test_end_after_start():
    with pytest.raises(ValidationError, match="eindtijd moet na de begintijd"):
        check_record("activity", {"start": "10:00", "end": "09:00"})
    check_record("activity", {"start": "10:00", "end": "11:00"})


def test_numbers_as_people_write_them():
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("12.5") == 12.5
    with pytest.raises(ValueError):
        parse_number("nan")
