from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from nulmeting.cli.commands import store_from


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum (JJJJ-MM-DD)") from None


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "out",
        type=Path,
        metavar="MAP",
        help="de map die gemaakt wordt (leeg, nieuw of een eerdere wijkagenda)",
    )
    p.add_argument("--wijk", metavar="NAAM", help="alleen deze wijk (bijvoorbeeld 'spangen')")
    p.add_argument(
        "--peildatum",
        type=_date,
        metavar="JJJJ-MM-DD",
        help="publiceer zoals op deze datum (standaard vandaag): wat langer dan een "
        "jaar voor deze datum is nagevraagd, valt weg",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.exchange.wijkagenda.publish import publish

    with store_from(args) as store:
        result = publish(store, args.out, district=args.wijk, today=args.peildatum)
    print(result.dutch())
    return 0
