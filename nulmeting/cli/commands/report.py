from __future__ import annotations

import argparse
import time
from pathlib import Path

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=Path, metavar="UIT.pdf", help="het PDF-bestand dat gemaakt wordt")
    p.add_argument(
        "--wijk",
        metavar="NAAM",
        help="rapport van één wijk, hoogstens twee pagina's (bijvoorbeeld 'spangen')",
    )
    p.add_argument(
        "--plek",
        metavar="ID",
        help="samenvatting van één plek op één pagina, om te controleren en te tekenen",
    )
    p.add_argument(
        "--meetmoment",
        metavar="NAAM",
        help="een ander meetmoment dan het ingestelde (bijvoorbeeld 'Nulmeting 2025-2026')",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.domain.errors import UserError

    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"{args.out.name}: het rapport is een PDF-bestand; gebruik .pdf.")
    if args.wijk and args.plek:
        raise UserError("--wijk en --plek gaan niet samen: een plek hoort al bij een wijk.")
    started = time.perf_counter()
    with store_from(args) as store:
        if args.meetmoment is not None:
            from nulmeting.report.figures import known_round

            known_round(store, args.meetmoment)
        if args.plek:
            from nulmeting.report.place import write_place_report

            path = write_place_report(store, args.out, args.plek, round_name=args.meetmoment)
        else:
            from nulmeting.exchange.export import resolve_district
            from nulmeting.report.area import write_report

            code = resolve_district(args.wijk) if args.wijk else None
            path = write_report(store, args.out, district=code, round_name=args.meetmoment)
    print(f"Geschreven: {path}")
    print(f"Klaar in {time.perf_counter() - started:.1f} s.")
    return 0
