"""The field registry and the model describe the same tables."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text

from nulmeting.domain.fields import ENTITY_LABELS, SECTIONS, fields
from nulmeting.store.models import ENTITIES

BOOKKEEPING = ["id", "created_at", "updated_at", "updated_by"]
TYPE_OF_KIND = {
    "snapshot": Text,
    "text": String,
    "longtext": Text,
    "int": Integer,
    "year": Integer,
    "float": Float,
    "hours": Float,
    "money": Float,
    "bool": Boolean,
    "date": Date,
    "time": String,
    "choice": String,
    "multi": JSON,
    "district": String,
    "place": String,
    "interview": String,
    "postcode": String,
    "email": String,
    "phone": String,
}


def test_every_entity_has_a_table_and_a_dutch_name() -> None:
    assert list(ENTITIES) == list(ENTITY_LABELS)


def test_every_field_names_a_known_section_by_its_id() -> None:
    used = {fd.section for e in ENTITY_LABELS for fd in fields(e).values() if fd.section}
    assert used <= set(SECTIONS)
    assert {"general", "volunteers", "finances", "sustainability", "notes"} <= used
    # ids are code (lower-case ASCII); titles are the Dutch words people read
    assert all(key.isascii() and key.islower() for key in SECTIONS)
    assert SECTIONS["volunteers"] == "Vrijwilligers en personeel"


def test_registered_fields_are_the_columns_in_order() -> None:
    for entity, model in ENTITIES.items():
        columns = [c.name for c in model.__table__.columns]
        tracked = [c for c in columns if c not in BOOKKEEPING]
        assert tracked == list(fields(entity)), entity
        assert [c for c in columns if c in BOOKKEEPING] == BOOKKEEPING


def test_column_types_fit_the_kind_of_field() -> None:
    for entity, model in ENTITIES.items():
        for fd in fields(entity).values():
            column = model.__table__.columns[fd.name]
            expected = TYPE_OF_KIND[fd.kind]
            # Text is a String in SQLAlchemy; a longtext must be Text, a plain text not.
            assert isinstance(column.type, expected), (entity, fd.name, column.type, fd.kind)
            if fd.kind == "text":
                assert not isinstance(column.type, Text), (entity, fd.name)
