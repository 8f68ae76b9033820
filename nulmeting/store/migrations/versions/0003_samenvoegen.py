"""joins of duplicate plekken merge like every other change: place.joined_into and place_join

Revision ID: 0003_samenvoegen
Revises: 0002_trust_boundary
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_samenvoegen"
down_revision = "0002_trust_boundary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.add_column(sa.Column("joined_into", sa.String(length=36), nullable=True))
    op.create_table(
        "place_join",
        sa.Column("place_id", sa.String(length=36), nullable=False),
        sa.Column("target", sa.String(length=36), nullable=False),
        sa.Column("survivor", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("place_id", name=op.f("pk_place_join")),
    )
    with op.batch_alter_table("place_join", schema=None) as batch_op:
        batch_op.create_index("ix_place_join_survivor", ["survivor"], unique=False)


def downgrade() -> None:
    op.drop_table("place_join")
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_column("joined_into")
