"""The team password: from ``NULMETING_TEAMWACHTWOORD`` or a prompt, never from argv."""

from __future__ import annotations

import os
import sys

from nulmeting.errors import UserError


def team_password(*, confirm: bool = False) -> str:
    from nulmeting.teamfile import PASSWORD_ENV

    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise UserError(f"Geen teamwachtwoord: zet de omgevingsvariabele {PASSWORD_ENV} of "
                        "start de opdracht in een terminal om het te typen.")
    import getpass

    password = getpass.getpass("Teamwachtwoord: ")
    if not password:
        raise UserError("Geen teamwachtwoord gegeven.")
    if confirm and getpass.getpass("Nog een keer: ") != password:
        raise UserError("De twee wachtwoorden verschillen; er is niets geschreven.")
    return password
