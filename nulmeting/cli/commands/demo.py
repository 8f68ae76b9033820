from __future__ import annotations

import argparse
import time

from nulmeting.cli.commands import store_from
from nulmeting.exchange import demo


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plekken", type=int, default=60, metavar="N", help="aantal plekken (60)")
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="startgetal: dezelfde seed geeft dezelfde gegevens (1)",
    )
    p.add_argument("--interviewer", metavar="NAAM", help="opgeslagen als werk van deze persoon")
    p.add_argument(
        "--een-meetmoment",
        action="store_true",
        help="alleen één meetmoment (het huidige) in plaats van vorige en deze winter",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.domain.errors import UserError

    if args.plekken < 0 or args.plekken > 100_000:
        raise UserError("--plekken moet tussen 0 en 100.000 liggen.")
    with store_from(args, create=True) as store:
        started = time.perf_counter()
        if args.een_meetmoment:
            n = demo.generate(store, args.plekken, seed=args.seed, interviewer=args.interviewer)
            print(
                f"{args.plekken} demoplekken toegevoegd ({n} wijzigingen) in "
                f"{time.perf_counter() - started:.1f} s: {store.path}"
            )
            return 0
        two = demo.generate_two(store, args.plekken, seed=args.seed, interviewer=args.interviewer)
        print(
            f"{args.plekken} demoplekken toegevoegd ({two.changes} wijzigingen) in "
            f"{time.perf_counter() - started:.1f} s: {store.path}"
        )
        print(
            f"Meetmomenten: {two.previous} (gemeten) en {two.current} (huidig: "
            f"{two.measured} gemeten, waarvan {two.new} nieuw; {two.stopped} gestopt)."
        )
    return 0
