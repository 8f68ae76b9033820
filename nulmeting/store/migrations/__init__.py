"""Alembic migrations of the store schema (run by :mod:`nulmeting.store.store`, never by hand)."""
