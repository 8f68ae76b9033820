"""trust boundary: where each arriving change came from, and server rows set aside

Revision ID: 0002_trust_boundary
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_trust_boundary"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_origin",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_change_origin")),
    )
    op.create_table(
        "set_aside_change",
        sa.Column("server", sa.String(length=200), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        *(
            sa.Column(name, sa.Text(), nullable=True)
            for name in (
                "id",
                "entity",
                "record_id",
                "field",
                "value",
                "parents",
                "covers",
                "author",
                "laptop",
                "at",
                "pushed_by",
            )
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("server", "server_seq", name=op.f("pk_set_aside_change")),
    )


def downgrade() -> None:
    op.drop_table("set_aside_change")
    op.drop_table("change_origin")
