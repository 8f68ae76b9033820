from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from
from nulmeting.store.store import DEFAULT_SETTINGS


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("--interviewer", metavar="NAAM", help="naam van de buurtverbinder")
    p.add_argument("--meetmoment", metavar="NAAM", help='bijvoorbeeld "Nulmeting 2025-2026"')
    p.add_argument("--uurwaarde", metavar="EURO", help="waarde van een vrijwilligersuur (23)")
    p.add_argument("--weken", metavar="N", help="actieve weken per jaar (50)")
    p.add_argument("--gebied", metavar="CODE", help="gebied van dit team (delfshaven)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    updates = {"interviewer": args.interviewer, "round": args.meetmoment,
               "hourly_value": args.uurwaarde, "weeks_per_year": args.weken, "area": args.gebied}
    with store_from(args) as store:
        for key, value in updates.items():
            if value is not None:
                store.set_setting(key, value)
        for key in DEFAULT_SETTINGS:
            print(f"{key} = {store.setting(key)}")
    return 0
