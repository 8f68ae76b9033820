from __future__ import annotations

import argparse
from pathlib import Path

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="BESTAND",
                   help="Excel-bestand (.xlsx, blad Plekken) of CSV-bestand (.csv)")
    p.add_argument("--interviewer", metavar="NAAM",
                   help="leg de wijzigingen vast als werk van deze buurtverbinder "
                        "(standaard: de ingestelde buurtverbinder)")
    p.add_argument("--alleen-geldige", action="store_true",
                   help="lees de geldige rijen in en sla rijen met fouten over")
    p.add_argument("--proef", action="store_true",
                   help="toon alleen wat er zou veranderen; schrijf niets")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.exchange.importer import apply_import, plan_import

    with store_from(args) as store:
        plan = plan_import(store, args.file, interviewer=args.interviewer)
        refused = plan.file_errors or (plan.errors and not args.alleen_geldige)
        if refused and not args.proef:
            apply_import(store, plan)  # raises the Dutch message with every error (stderr)
        print(plan.summary())
        if plan.errors and not plan.file_errors:
            print("\n".join(plan.errors))
        if args.proef:
            return 0
        print(apply_import(store, plan, only_valid=args.alleen_geldige))
    return 0
