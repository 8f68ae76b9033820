"""The shared PostgreSQL server: its schema (:mod:`.models`) and Alembic migrations.

Nothing here imports psycopg; :mod:`nulmeting.team.sync` connects lazily.
"""

from pathlib import Path

#: The server's Alembic chain.
MIGRATIONS = Path(__file__).parent / "migrations"
