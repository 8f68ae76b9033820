from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--samenvoegen",
        nargs=2,
        metavar=("BLIJFT", "DUBBEL"),
        help="voeg plek DUBBEL samen in plek BLIJFT (ids uit de lijst); alles van "
        "DUBBEL gaat naar BLIJFT en DUBBEL wordt gearchiveerd",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.reading import duplicates

    with store_from(args) as store:
        if args.samenvoegen:
            survivor, duplicate = args.samenvoegen
            n = duplicates.join(store, survivor, duplicate)
            print(f"Samengevoegd ({n} wijzigingen): {duplicate} is nu onderdeel van {survivor}.")
            return 0
        found = duplicates.find(store)
    if not found:
        print("Geen waarschijnlijk dubbele plekken gevonden.")
        return 0
    print(
        f"{len(found)} waarschijnlijk dubbele plek(ken); niets is automatisch samengevoegd. "
        "Kijk ze na en voeg samen met --samenvoegen BLIJFT DUBBEL:"
    )
    for d in found:
        print(f"- {d.dutch()}")
    return 0
