"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 10:55:26.332564
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "change",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("parents", sa.Text(), nullable=False),
        sa.Column("covers", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("laptop", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change")),
        sa.UniqueConstraint("id", name=op.f("uq_change_id")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_key", ["entity", "record_id", "field"], unique=False)

    op.create_table(
        "change_parent",
        sa.Column("child", sa.String(length=36), nullable=False),
        sa.Column("parent", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("child", "parent", name=op.f("pk_change_parent")),
    )
    with op.batch_alter_table("change_parent", schema=None) as batch_op:
        batch_op.create_index("ix_change_parent_parent", ["parent"], unique=False)

    op.create_table(
        "field_state",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("heads", sa.Text(), nullable=False),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", "field", name=op.f("pk_field_state")),
    )
    with op.batch_alter_table("field_state", schema=None) as batch_op:
        batch_op.create_index("ix_field_state_conflict", ["conflict"], unique=False)

    op.create_table(
        "place",
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("types", sa.JSON(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("district", sa.String(length=64), nullable=True),
        sa.Column("legal_form", sa.String(length=64), nullable=True),
        sa.Column("anbi", sa.String(length=16), nullable=True),
        sa.Column("founded", sa.Integer(), nullable=True),
        sa.Column("premises", sa.String(length=64), nullable=True),
        sa.Column("lease_until", sa.Date(), nullable=True),
        sa.Column("wheelchair_accessible", sa.Boolean(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place")),
    )
    op.create_table(
        "ref_area",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("cbs_code", sa.String(length=16), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_area")),
    )
    op.create_table(
        "ref_district",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("area", sa.String(length=64), nullable=False),
        sa.Column("cbs_code", sa.String(length=16), nullable=True),
        sa.Column("inhabitants", sa.Integer(), nullable=True),
        sa.Column("pc4", sa.String(length=4), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_district")),
    )
    op.create_table(
        "ref_option",
        sa.Column("list", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("list", "code", name=op.f("pk_ref_option")),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_meta")),
    )
    op.create_table(
        "activity",
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=True),
        sa.Column("target_groups", sa.JSON(), nullable=True),
        sa.Column("days", sa.JSON(), nullable=True),
        sa.Column("start", sa.String(length=5), nullable=True),
        sa.Column("end", sa.String(length=5), nullable=True),
        sa.Column("frequency", sa.String(length=32), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("run_by", sa.String(length=32), nullable=True),
        sa.Column("partners", sa.String(length=400), nullable=True),
        sa.Column("public", sa.Boolean(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_activity_place_id_place"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_place_id"), ["place_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_purposes", sa.JSON(), nullable=True),
        sa.Column("keep_until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_contact_place_id_place"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_place_id"), ["place_id"], unique=False)

    op.create_table(
        "interview",
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("round", sa.String(length=80), nullable=True),
        sa.Column("interviewer", sa.String(length=120), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("spoke_with", sa.String(length=200), nullable=True),
        sa.Column("volunteers_core", sa.Integer(), nullable=True),
        sa.Column("volunteers_regular", sa.Integer(), nullable=True),
        sa.Column("volunteers_occasional", sa.Integer(), nullable=True),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("board_members", sa.Integer(), nullable=True),
        sa.Column("paid_fte", sa.Float(), nullable=True),
        sa.Column("interns", sa.Integer(), nullable=True),
        sa.Column("reintegration", sa.Integer(), nullable=True),
        sa.Column("volunteer_allowance", sa.Boolean(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("total_costs", sa.Float(), nullable=True),
        sa.Column("free_reserve", sa.Float(), nullable=True),
        sa.Column("overhead_costs", sa.Float(), nullable=True),
        sa.Column("board_continuity", sa.String(length=32), nullable=True),
        sa.Column("succession_arranged", sa.Boolean(), nullable=True),
        sa.Column("key_person_dependent", sa.Boolean(), nullable=True),
        sa.Column("funding_secured_until", sa.Date(), nullable=True),
        sa.Column("sustainability_notes", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_interview_place_id_place"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview")),
    )
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_place_id"), ["place_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("network", sa.String(length=80), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_membership_place_id_place"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_place_id"), ["place_id"], unique=False)

    op.create_table(
        "tie",
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("other_place_id", sa.String(length=36), nullable=True),
        sa.Column("partner", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("strength", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=400), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["other_place_id"],
            ["place.id"],
            name=op.f("fk_tie_other_place_id_place"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_tie_place_id_place"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tie")),
    )
    with op.batch_alter_table("tie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tie_place_id"), ["place_id"], unique=False)

    op.create_table(
        "finance_line",
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=80), nullable=True),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("description", sa.String(length=400), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("structural", sa.Boolean(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_finance_line_interview_id_interview"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_line")),
    )
    with op.batch_alter_table("finance_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finance_line_interview_id"), ["interview_id"], unique=False
        )

    op.create_table(
        "need",
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("urgency", sa.String(length=16), nullable=True),
        sa.Column("notes", sa.String(length=400), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interview.id"],
            name=op.f("fk_need_interview_id_interview"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_interview_id"), ["interview_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_interview_id"))

    op.drop_table("need")
    with op.batch_alter_table("finance_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finance_line_interview_id"))

    op.drop_table("finance_line")
    with op.batch_alter_table("tie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tie_place_id"))

    op.drop_table("tie")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_place_id"))

    op.drop_table("membership")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_place_id"))

    op.drop_table("interview")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_place_id"))

    op.drop_table("contact")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_place_id"))

    op.drop_table("activity")
    op.drop_table("store_meta")
    op.drop_table("ref_option")
    op.drop_table("ref_district")
    op.drop_table("ref_area")
    op.drop_table("place")
    with op.batch_alter_table("field_state", schema=None) as batch_op:
        batch_op.drop_index("ix_field_state_conflict")

    op.drop_table("field_state")
    with op.batch_alter_table("change_parent", schema=None) as batch_op:
        batch_op.drop_index("ix_change_parent_parent")

    op.drop_table("change_parent")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_key")

    op.drop_table("change")
