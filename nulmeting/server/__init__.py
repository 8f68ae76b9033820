"""The shared PostgreSQL server: its schema (:mod:`.models`) and Alembic migrations.

Nothing here imports psycopg; :mod:`nulmeting.sync` connects lazily.
"""
