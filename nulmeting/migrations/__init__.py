"""Alembic migrations of the store schema (run by :mod:`nulmeting.store`, never by hand)."""
