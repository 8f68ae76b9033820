from __future__ import annotations

import argparse
import sys

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("server", metavar="ADRES",
                   help="postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE (zonder wachtwoord; "
                        "dat komt uit NULMETING_SERVERWACHTWOORD of PGPASSWORD, of Nulmeting "
                        "vraagt erom)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.cli.commands.password import server_password
    from nulmeting.team import sync

    url = sync.parse_url(args.server)  # refuses a password in the address before asking one
    password = server_password(sync.display_url(url))
    with store_from(args) as store:
        def progress(done: int, total: int, message: str) -> None:
            if total:
                print(f"\r{message} {done}/{total}", end="", file=sys.stderr, flush=True)

        summary = sync.sync(store, args.server, password, progress=progress)
        print("", file=sys.stderr)
        print(f"{summary.dutch()} ({summary.seconds:.1f} s)")
    return 0
