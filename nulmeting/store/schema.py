"""Schema revisions this version of the app knows (kept equal to the Alembic chain by a test),
and the one Alembic set-up both chains use: the local store's (``nulmeting/store/migrations``) and the
shared server's (``nulmeting/team/server/migrations``).

Revisions are checked without importing Alembic, so opening a current store stays fast; Alembic
is imported only when a chain runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002_trust_boundary",
    "0003_samenvoegen",
    "0004_vervolgmeting",
)
HEAD = REVISIONS[-1]

LOCAL_MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(scripts: Path, connection: Connection | None = None) -> Config:
    """Alembic's configuration for the chain in ``scripts``; each chain's ``env.py`` runs on the
    open ``connection`` it is given (no URL, no ini file)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade_to_head(connection: Connection, scripts: Path) -> None:
    """Run the chain in ``scripts`` up to its head, in ``connection``'s open transaction."""
    from alembic import command

    command.upgrade(alembic_config(scripts, connection), "head")
