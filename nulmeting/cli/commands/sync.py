from __future__ import annotations

import argparse
import sys

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "server",
        metavar="ADRES",
        help="postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE (zonder wachtwoord; "
        "Nulmeting meldt zich aan zoals libpq dat doet — trust, ~/.pgpass, "
        "PGPASSFILE, certificaat — en vraagt alleen om een wachtwoord als de "
        "server dat wil: uit NULMETING_SERVERWACHTWOORD of PGPASSWORD, of getypt)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.cli.commands.password import ask_server_password
    from nulmeting.domain.errors import PasswordNeeded
    from nulmeting.team import sync

    url = sync.parse_url(args.server)  # refuses a password in the address before connecting
    with store_from(args, create=True) as store:

        def progress(done: int, total: int, message: str) -> None:
            if total:
                print(f"\r{message} {done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            summary = sync.sync(store, args.server, None, progress=progress)
        except PasswordNeeded as needed:
            print("", file=sys.stderr)
            password = ask_server_password(sync.display_url(url), str(needed))
            summary = sync.sync(store, args.server, password, progress=progress)
        print("", file=sys.stderr)
        print(f"{summary.dutch()} ({summary.seconds:.1f} s)")
    return 0
