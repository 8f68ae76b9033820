from __future__ import annotations

import argparse
import os
import sys

from nulmeting.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument("server", metavar="ADRES",
                   help="postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE (zonder wachtwoord; "
                        "dat komt uit NULMETING_SERVERWACHTWOORD of PGPASSWORD, of Nulmeting "
                        "vraagt erom)")
    p.set_defaults(run=run)


def password_for(address: str) -> str:
    """From the environment, else asked without echo (never from the command line)."""
    from nulmeting.sync import PASSWORD_ENV

    for name in (PASSWORD_ENV, "PGPASSWORD"):
        if os.environ.get(name):
            return os.environ[name]
    import getpass

    from nulmeting.errors import UserError

    try:
        return getpass.getpass(f"Wachtwoord voor {address}: ")
    except EOFError:
        raise UserError(f"Geen wachtwoord gekregen. Typ het als erom gevraagd wordt, of zet het "
                        f"in de omgevingsvariabele {PASSWORD_ENV}.") from None


def run(args: argparse.Namespace) -> int:
    from nulmeting import sync

    url = sync.parse_url(args.server)  # refuses a password in the address before asking one
    password = password_for(sync.display_url(url))
    with store_from(args) as store:
        def progress(done: int, total: int, message: str) -> None:
            if total:
                print(f"\r{message} {done}/{total}", end="", file=sys.stderr, flush=True)

        summary = sync.sync(store, args.server, password, progress=progress)
        print("", file=sys.stderr)
        print(f"{summary.dutch()} ({summary.seconds:.1f} s)")
    return 0
