"""One module per CLI command; each defines ``register(parser)`` and sets ``run``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nulmeting.domain.errors import UserError
from nulmeting.store.files import default_store_path
from nulmeting.store.store import Store, open_store


def store_path(args: argparse.Namespace) -> Path:
    """The store named by ``--db`` (default: the user's data folder)."""
    return Path(args.db) if args.db is not None else default_store_path()


def store_from(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The store named by ``--db`` (default: the user's data folder).

    Commands that only read (``create=False``) refuse a store that does not exist, creating
    nothing (no folders either): a mistyped ``--db`` is an error, not a new empty store.
    Commands that may start a store say in one line (stderr) that they made one.
    """
    path = store_path(args)
    existed = path.exists() and not (path.is_file() and path.stat().st_size == 0)
    if not existed and not create:
        raise UserError(
            f"Het gegevensbestand {path} bestaat niet; er is niets aangemaakt. Controleer het "
            "pad achter --db (of begin een gegevensbestand met 'nulmeting import', "
            "'nulmeting demo' of in het venster)."
        )
    store = open_store(path)
    if not existed:
        print(f"Nieuw gegevensbestand gemaakt: {path}", file=sys.stderr)
    elif store.became_copy:
        print(
            "Dit gegevensbestand is een kopie van dat van een andere laptop; het telt vanaf nu "
            "als een eigen laptop (teambestanden van beide kunnen samengevoegd worden).",
            file=sys.stderr,
        )
    return store
