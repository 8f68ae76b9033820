"""Comparing laptops: everything that must be identical after a sync."""

from __future__ import annotations

from nulmeting.store.models import ENTITIES
from nulmeting.store.store import Store


def change_ids(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT id FROM change")}


def state(store: Store) -> dict[str, list[tuple]]:
    """Change ids, field states (with heads and the conflict flag) and every survey table."""
    out: dict[str, list[tuple]] = {}
    with store.engine.connect() as conn:
        out["change"] = sorted(
            conn.exec_driver_sql(
                "SELECT id, entity, record_id, field, value, parents, covers, author, laptop, at "
                "FROM change"
            ).all()
        )
        out["field_state"] = sorted(
            conn.exec_driver_sql(
                "SELECT entity, record_id, field, value, change_id, at, author, heads, conflict "
                "FROM field_state"
            ).all()
        )
        for model in ENTITIES.values():
            table = model.__tablename__
            out[table] = sorted(
                (tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table}").all()), key=repr
            )
    return out


def local_snapshot(store: Store) -> list[str]:
    """The whole SQLite file as SQL text (to prove a failed sync changed nothing)."""
    raw = store.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())
    finally:
        raw.close()
