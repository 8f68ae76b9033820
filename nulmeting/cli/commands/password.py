"""Passwords on the command line: from the environment or a prompt, never from argv.

The rule (which variables, in which order) is :func:`nulmeting.team.passwords.get_password`'s; this
module only does the asking.
"""

from __future__ import annotations

import sys

from nulmeting.domain.errors import UserError
from nulmeting.team.passwords import SERVER_PASSWORD_ENV, TEAM_PASSWORD_ENV, get_password


def team_password(*, confirm: bool = False) -> str:
    """``NULMETING_TEAMWACHTWOORD``, else typed (twice with ``confirm``) in a terminal."""

    def ask() -> str:
        if not sys.stdin.isatty():
            raise UserError(
                f"Geen teamwachtwoord: zet de omgevingsvariabele {TEAM_PASSWORD_ENV} "
                "of start de opdracht in een terminal om het te typen."
            )
        import getpass

        password = getpass.getpass("Teamwachtwoord: ")
        if not password:
            raise UserError("Geen teamwachtwoord gegeven.")
        if confirm and getpass.getpass("Nog een keer: ") != password:
            raise UserError("De twee wachtwoorden verschillen; er is niets geschreven.")
        return password

    return get_password("team", ask)


def server_password(address: str) -> str:
    """``NULMETING_SERVERWACHTWOORD`` or ``PGPASSWORD``, else asked without echo."""

    def ask() -> str:
        import getpass

        try:
            return getpass.getpass(f"Wachtwoord voor {address}: ")
        except EOFError:
            raise UserError(
                f"Geen wachtwoord gekregen. Typ het als erom gevraagd wordt, of zet "
                f"het in de omgevingsvariabele {SERVER_PASSWORD_ENV}."
            ) from None

    return get_password("server", ask)


def ask_server_password(address: str, reason: str) -> str:
    """Typed in a terminal, when the server asked for a password (:class:`PasswordNeeded`)
    and none came from the environment; without a terminal a Dutch error saying where to put
    it."""
    if not sys.stdin.isatty():
        raise UserError(
            f"{reason} Er is geen terminal om het te typen: zet het in de "
            f"omgevingsvariabele {SERVER_PASSWORD_ENV} of in ~/.pgpass (PGPASSFILE)."
        )
    import getpass

    try:
        password = getpass.getpass(f"Wachtwoord voor {address}: ")
    except EOFError:
        password = ""
    if not password:
        raise UserError("Geen wachtwoord gekregen; er is niets veranderd.")
    return password
