"""server change log, interviewer role, append-only triggers

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

ROLE = "nulmeting_interviewer"
CLIENT_COLUMNS = "id, entity, record_id, field, value, parents, covers, author, laptop, at"


def upgrade() -> None:
    op.create_table(
        "change",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("parents", sa.Text(), nullable=False),
        sa.Column("covers", sa.Text(), nullable=True),
        sa.Column("author", sa.String(120), nullable=False),
        sa.Column("laptop", sa.String(36), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column(
            "pushed_by", sa.String(120), server_default=sa.text("session_user"), nullable=False
        ),
        sa.Column(
            "pushed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("seq", name="pk_change"),
        sa.UniqueConstraint("id", name="uq_change_id"),
    )
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_server_meta"),
    )
    op.execute("INSERT INTO server_meta (key, value) VALUES ('server_id', gen_random_uuid()::text)")
    # History is append-only for everyone, the owner included: no UPDATE, DELETE or TRUNCATE.
    op.execute("""
        CREATE FUNCTION nulmeting_change_is_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'Wijzigingen op de server zijn onveranderlijk: % is niet toegestaan.',
                TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$""")
    op.execute(
        "CREATE TRIGGER change_no_update_delete BEFORE UPDATE OR DELETE ON change "
        "FOR EACH ROW EXECUTE FUNCTION nulmeting_change_is_append_only()"
    )
    op.execute(
        "CREATE TRIGGER change_no_truncate BEFORE TRUNCATE ON change "
        "FOR EACH STATEMENT EXECUTE FUNCTION nulmeting_change_is_append_only()"
    )
    # Uploads are serialised (an advisory lock held until commit), so server seq order is commit
    # order: a laptop that pulled up to seq N can never miss a change committed later below N.
    op.execute("""
        CREATE FUNCTION nulmeting_change_serialise() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(7277001);
            RETURN NULL;
        END $$""")
    op.execute(
        "CREATE TRIGGER change_serialise BEFORE INSERT ON change "
        "FOR EACH STATEMENT EXECUTE FUNCTION nulmeting_change_serialise()"
    )
    # The interviewer group: read everything, add changes (not the server-filled columns).
    op.execute(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') THEN
                CREATE ROLE {ROLE} NOLOGIN;
            END IF;
        END $$""")
    op.execute("REVOKE ALL ON change, server_meta FROM PUBLIC")
    op.execute(f"GRANT SELECT ON change, server_meta, nulmeting_server_version TO {ROLE}")
    op.execute(f"GRANT INSERT ({CLIENT_COLUMNS}) ON change TO {ROLE}")


def downgrade() -> None:
    op.drop_table("change")
    op.drop_table("server_meta")
    op.execute("DROP FUNCTION nulmeting_change_is_append_only()")
    op.execute("DROP FUNCTION nulmeting_change_serialise()")
