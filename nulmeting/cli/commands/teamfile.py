from __future__ import annotations

import argparse
from pathlib import Path

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "out", type=Path, metavar="BESTAND.nulmeting", help="het teambestand dat u maakt"
    )
    p.add_argument(
        "--onversleuteld",
        action="store_true",
        help="schrijf een onversleuteld SQLite-bestand (alleen als u dat echt wilt: "
        "het bevat persoonsgegevens)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.cli.commands.password import team_password
    from nulmeting.team.teamfile import write_teamfile

    password = None if args.onversleuteld else team_password(confirm=True)
    with store_from(args) as store:
        out = write_teamfile(store, args.out, password)
    kind = "onversleuteld" if password is None else "versleuteld"
    print(f"Teambestand geschreven ({kind}): {out}")
    return 0
