from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("place", metavar="PLEK", help="naam of ID van de plek")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.store.archive import archive_place, find_place

    with store_from(args) as store:
        place_id, name = find_place(store, args.place, archived=False)
        archive_place(store, place_id)
    print(f"Plek '{name}' gearchiveerd ({place_id}). Terugzetten: nulmeting restore {place_id}")
    return 0
