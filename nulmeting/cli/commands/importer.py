from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file",
        type=Path,
        metavar="BESTAND",
        help="Excel-bestand (.xlsx, blad Plekken of Activiteiten) of CSV-bestand (.csv)",
    )
    p.add_argument(
        "--blad",
        metavar="Plekken|Activiteiten",
        help="wat er ingelezen wordt (standaard: Plekken als het bestand dat blad "
        "heeft, anders Activiteiten als het bestand activiteiten bevat)",
    )
    p.add_argument(
        "--interviewer",
        metavar="NAAM",
        help="leg de wijzigingen vast als werk van deze buurtverbinder "
        "(standaard: de ingestelde buurtverbinder)",
    )
    p.add_argument(
        "--alleen-geldige",
        action="store_true",
        help="lees de geldige rijen in en sla rijen met fouten over",
    )
    p.add_argument(
        "--altijd-nieuw",
        action="store_true",
        help="rijen zonder ID met de naam en postcode van een bestaande plek worden "
        "nieuwe plekken (standaard: die werken de bestaande plek bij)",
    )
    p.add_argument(
        "--proef", action="store_true", help="toon alleen wat er zou veranderen; schrijf niets"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.exchange.activity_import import (
        SHEET,
        apply_activity_import,
        plan_activity_import,
        sheet_kind,
    )
    from nulmeting.exchange.importer import apply_import, plan_import

    with store_from(args, create=True) as store:
        plan: Any
        if sheet_kind(args.file, args.blad) == SHEET:
            plan = plan_activity_import(store, args.file, interviewer=args.interviewer)
            apply: Any = apply_activity_import
        else:
            plan = plan_import(
                store, args.file, interviewer=args.interviewer, match_existing=not args.altijd_nieuw
            )
            apply = apply_import
        refused = plan.file_errors or (plan.errors and not args.alleen_geldige)
        if refused and not args.proef:
            apply(store, plan)  # raises the Dutch message with every error (stderr)
        print(plan.summary())
        if plan.errors and not plan.file_errors:
            print("\n".join(plan.errors))
        if args.proef:
            return 0
        print(apply(store, plan, only_valid=args.alleen_geldige))
    return 0
