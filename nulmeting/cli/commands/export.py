from __future__ import annotations

import argparse
import time
from pathlib import Path

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "out", nargs="?", type=Path, metavar="UIT.xlsx", help="het Excel-bestand dat gemaakt wordt"
    )
    p.add_argument(
        "--wijk", metavar="NAAM", help="alleen deze wijk (bijvoorbeeld 'oud mathenesse')"
    )
    p.add_argument(
        "--per-wijk",
        type=Path,
        metavar="MAP",
        help="schrijf in MAP één bestand per wijk, genoemd naar de wijk",
    )
    p.add_argument(
        "--met-persoonsgegevens",
        action="store_true",
        help="neem contactpersonen op (namen, telefoon, e-mail); alleen als het nodig is",
    )
    p.add_argument(
        "--meetmoment",
        metavar="NAAM",
        help="exporteer dit meetmoment zoals het stond (standaard: het huidige)",
    )
    p.add_argument(
        "--vergelijk",
        metavar="NAAM",
        help="het blad Groei vergelijkt met dit meetmoment (standaard: het vorige)",
    )
    p.add_argument(
        "--reden",
        metavar="TEKST",
        default="",
        help="waarom de persoonsgegevens mee moeten (komt op het blad Toelichting)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.domain.errors import UserError
    from nulmeting.exchange import export

    if args.per_wijk is None and args.out is None:
        raise UserError("Geef een bestandsnaam (UIT.xlsx) of --per-wijk MAP.")
    if args.per_wijk is not None and (args.out is not None or args.wijk):
        raise UserError("--per-wijk gaat niet samen met een bestandsnaam of --wijk.")
    if args.out is not None and args.out.suffix.lower() != ".xlsx":
        raise UserError(f"{args.out.name}: het overzicht is een Excel-bestand; gebruik .xlsx.")
    started = time.perf_counter()
    with store_from(args) as store:
        if args.per_wijk is not None:
            paths = export.write_per_district(
                store,
                args.per_wijk,
                personal=args.met_persoonsgegevens,
                round_name=args.meetmoment,
                compare=args.vergelijk,
                reason=args.reden,
            )
            for path in paths:
                print(f"Geschreven: {path}")
            if not paths:
                print("Geen plekken met een wijk: er is niets geschreven.")
        else:
            path = export.write_overview(
                store,
                args.out,
                district=args.wijk,
                personal=args.met_persoonsgegevens,
                round_name=args.meetmoment,
                compare=args.vergelijk,
                reason=args.reden,
            )
            print(f"Geschreven: {path}")
    if args.met_persoonsgegevens:
        print("Let op: het bestand bevat persoonsgegevens (AVG). Deel het zorgvuldig.")
    print(f"Klaar in {time.perf_counter() - started:.1f} s.")
    return 0
