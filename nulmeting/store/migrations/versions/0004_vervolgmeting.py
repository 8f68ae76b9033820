"""vervolgmeting: activities, memberships and ties belong to a meetmoment; meetmoment records

Revision ID: 0004_vervolgmeting
Revises: 0003_samenvoegen
Create Date: 2026-12-01 12:00:00

Adds ``round`` and ``predecessor_id`` to ``activity``, ``membership`` and ``tie`` and the table
``meetmoment``. Every existing activity, membership and tie is given the meetmoment of its plek's
latest meting (latest date, then last changed, then id: the rule of
``overview.choose_interview``), or the store's current meetmoment when the plek has none, as a
change written by the migration. That change is deterministic (author ``migratie``, a fixed laptop
id, the record's creation time), so two laptops that migrate the same record to the same
meetmoment write the *same* change and a merge finds them equal; two laptops whose plek's latest
meting differs get a real conflict, kept for a person.
"""

import sqlalchemy as sa
from alembic import op

from nulmeting.store.changes import change_id, dumps

revision = "0004_vervolgmeting"
down_revision = "0003_samenvoegen"
branch_labels = None
depends_on = None

MIGRATION_AUTHOR = "migratie"
MIGRATION_LAPTOP = "00000000-0000-0000-0000-000000000002"
PER_ROUND = ("activity", "membership", "tie")


def upgrade() -> None:
    for table in PER_ROUND:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("round", sa.String(length=80), nullable=True))
            batch_op.add_column(sa.Column("predecessor_id", sa.String(length=36), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_round"), ["round"], unique=False)
    op.create_table(
        "meetmoment",
        sa.Column("name", sa.String(length=80), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("frozen_at", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.String(length=400), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetmoment")),
    )
    assign_rounds(op.get_bind())


def assign_rounds(conn: sa.Connection) -> None:
    row = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key = 'round'").first()
    fallback = (row[0] if row and row[0] else "") or "Nulmeting"
    for table in PER_ROUND:
        records = conn.exec_driver_sql(f"""
            SELECT t.id, t.created_at, (
                SELECT j.round FROM interview j
                WHERE j.place_id = t.place_id AND NOT j.archived AND j.round IS NOT NULL
                ORDER BY j.date IS NULL, j.date DESC, j.updated_at DESC, j.id DESC LIMIT 1)
            FROM {table} t
            WHERE NOT EXISTS (SELECT 1 FROM field_state f WHERE f.entity = '{table}'
                              AND f.record_id = t.id AND f.field = 'round')""").all()
        rows = []
        for record_id, created_at, latest in records:
            value = dumps(latest or fallback)
            at = created_at or "2000-01-01T00:00:00.000000Z"
            cid = change_id(
                table, record_id, "round", value, "[]", None, MIGRATION_AUTHOR, MIGRATION_LAPTOP, at
            )
            rows.append((cid, table, record_id, value, at, latest or fallback))
        if not rows:
            continue
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO change (id, entity, record_id, field, value, parents, covers, "
            "author, laptop, at) VALUES (?, ?, ?, 'round', ?, '[]', NULL, ?, ?, ?)",
            [
                (cid, t, rid, v, MIGRATION_AUTHOR, MIGRATION_LAPTOP, at)
                for cid, t, rid, v, at, _ in rows
            ],
        )
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO field_state (entity, record_id, field, value, change_id, at, "
            "author, heads, conflict) VALUES (?, ?, 'round', ?, ?, ?, ?, json_array(?), 0)",
            [(t, rid, v, cid, at, MIGRATION_AUTHOR, cid) for cid, t, rid, v, at, _ in rows],
        )
        conn.exec_driver_sql(
            f"UPDATE {table} SET round = ? WHERE id = ?",
            [(name, rid) for _, _, rid, _, _, name in rows],
        )


def downgrade() -> None:
    op.drop_table("meetmoment")
    for table in PER_ROUND:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_round"))
            batch_op.drop_column("predecessor_id")
            batch_op.drop_column("round")
