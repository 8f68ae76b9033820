"""One module per CLI command; each defines ``register(parser)`` and sets ``run``."""

from __future__ import annotations

import argparse

from nulmeting.store.store import Store, open_store


def store_from(args: argparse.Namespace) -> Store:
    """The store named by ``--db`` (default: the user's data folder)."""
    return open_store(args.db)
