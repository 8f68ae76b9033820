"""``nulmeting meetmoment``: list, start, freeze and reopen meetmomenten."""

from __future__ import annotations

import argparse
import time

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="actie", metavar="ACTIE")
    new = sub.add_parser(
        "nieuw",
        help="start een vervolgmeting en maak hem het huidige "
        "meetmoment (waarden van vorig jaar overgenomen)",
    )
    new.add_argument("naam", metavar="NAAM")
    new.add_argument(
        "--van", metavar="NAAM", help="neem over uit dit meetmoment (standaard: het huidige)"
    )
    freeze = sub.add_parser(
        "vaststellen", help="zet een meetmoment vast: de cijfers blijven zoals ze nu zijn"
    )
    freeze.add_argument("naam", metavar="NAAM")
    reopen = sub.add_parser("heropenen", help="heropen een vastgesteld meetmoment (met reden)")
    reopen.add_argument("naam", metavar="NAAM")
    reopen.add_argument(
        "--reden",
        metavar="TEKST",
        required=True,
        help="waarom het wordt heropend (blijft bewaard in de geschiedenis)",
    )
    use = sub.add_parser("gebruik", help="maak een bestaand meetmoment het huidige")
    use.add_argument("naam", metavar="NAAM")
    hist = sub.add_parser(
        "geschiedenis",
        help="wanneer een meetmoment is gestart, vastgesteld en heropend (met de reden)",
    )
    hist.add_argument("naam", metavar="NAAM")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.store import meetmoment

    with store_from(args) as store:
        action = getattr(args, "actie", None)
        if action == "nieuw":
            started = time.perf_counter()
            result = meetmoment.start(store, args.naam, source=args.van)
            r = result.records
            print(
                f"Meetmoment '{result.name}' gestart"
                + (f" vanuit '{result.source}'" if result.source else "")
                + ": "
                f"{result.places} plekken met een geplande meting, {r.get('activity', 0)} "
                f"activiteiten, {r.get('membership', 0)} netwerklidmaatschappen en "
                f"{r.get('tie', 0)} relaties overgenomen (nog te bevestigen) in "
                f"{time.perf_counter() - started:.1f} s."
            )
            print(f"Het huidige meetmoment is nu '{result.name}'.")
        elif action == "vaststellen":
            meetmoment.freeze(store, args.naam)
            print(f"Meetmoment '{args.naam}' is vastgesteld. Wijzigen kan alleen na heropenen.")
        elif action == "heropenen":
            meetmoment.reopen(store, args.naam, args.reden)
            print(f"Meetmoment '{args.naam}' is heropend. Reden: {args.reden}")
        elif action == "gebruik":
            meetmoment.use(store, args.naam)
            print(f"Het huidige meetmoment is nu '{args.naam}'.")
        elif action == "geschiedenis":
            lines = meetmoment.history(store, args.naam)
            if not lines:
                print(f"Van meetmoment '{args.naam}' is geen geschiedenis bekend.")
            for line in lines:
                print(f"{line.at[:16].replace('T', ' ')}  {line.author:<20} {line.text}")
        else:
            items = meetmoment.list_meetmomenten(store)
            if not items:
                print("Nog geen meetmomenten.")
                return 0
            width = max(len(i.name) for i in items)
            print(f"  {'Meetmoment':<{width}}  {'Gemeten':>13}  Status")
            for i in items:
                mark = "*" if i.current else " "
                frozen = f" (op {i.frozen_at[:10]})" if i.frozen_at else ""
                print(
                    f"{mark} {i.name:<{width}}  {i.measured:>5} van {i.places:<5}  "
                    f"{i.status_name}{frozen}"
                )
            print("* = huidig meetmoment")
    return 0
