from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "place",
        metavar="PLEK",
        nargs="?",
        help="naam of ID van de gearchiveerde plek (zonder: toon de lijst)",
    )
    p.add_argument("--lijst", action="store_true", help="toon de gearchiveerde plekken")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.store.archive import archived_places, find_place, local_time, restore_place

    with store_from(args) as store:
        if args.lijst or not args.place:
            places = archived_places(store)
            if not places:
                print("Geen gearchiveerde plekken.")
            else:
                print(f"{len(places)} gearchiveerde plek(ken):")
                for p in places:
                    when = local_time(p.archived_at)
                    print(
                        f"- {p.name} ({p.district or 'geen wijk'}), gearchiveerd {when} door "
                        f"{p.archived_by}\n    {p.id}"
                    )
            return 0
        place_id, name = find_place(store, args.place, archived=True)
        restore_place(store, place_id)
    print(f"Plek '{name}' is teruggezet ({place_id}).")
    return 0
