"""Alembic chain: linear, equal to the revisions the app knows, and creates the model's schema."""

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from nulmeting.store.files import backup_copy
from nulmeting.store.models import Base
from nulmeting.store.schema import HEAD, LOCAL_MIGRATIONS, REVISIONS, alembic_config
from nulmeting.store.store import open_store


def script_directory():
    return ScriptDirectory.from_config(alembic_config(LOCAL_MIGRATIONS))


def test_revision_chain_is_linear_and_known():
    scripts = script_directory()
    assert len(scripts.get_heads()) == 1
    chain = [r.revision for r in scripts.walk_revisions()][::-1]
    assert tuple(chain) == REVISIONS
    assert scripts.get_current_head() == HEAD


def test_migration_from_empty_file_matches_the_model(tmp_path):
    with open_store(tmp_path / "m.sqlite") as store:
        insp = inspect(store.engine)
        tables = set(insp.get_table_names()) - {"alembic_version"}
        assert tables == set(Base.metadata.tables)
        for name, table in Base.metadata.tables.items():
            assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}


def test_backup_copy_is_a_consistent_store(tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        pid = store.create("place", {"name": "De Pit"})
        copy = backup_copy(store.path, tmp_path / "copy.sqlite")
    with open_store(copy) as other:
        assert other.values("place", pid)["name"] == "De Pit"
