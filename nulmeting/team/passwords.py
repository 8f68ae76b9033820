"""Passwords: from an environment variable, else asked, never from the command line.

The one rule for the team password (team files) and the server password (sync), whatever asks:
the CLI passes a ``getpass`` prompt, the GUI a dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Literal, TypeVar

TEAM_PASSWORD_ENV = "NULMETING_TEAMWACHTWOORD"
SERVER_PASSWORD_ENV = "NULMETING_SERVERWACHTWOORD"

PasswordKind = Literal["team", "server"]

#: Where each password may come from; the first variable that is set (and not empty) wins.
#: PGPASSWORD is libpq's own variable (libpq reads it anyway when no password is given).
ENV_NAMES: dict[PasswordKind, tuple[str, ...]] = {
    "team": (TEAM_PASSWORD_ENV,),
    "server": (SERVER_PASSWORD_ENV, "PGPASSWORD"),
}

_Asked = TypeVar("_Asked")


def from_environment(kind: PasswordKind) -> str | None:
    """The ``kind`` password from the environment (``None``: not set there)."""
    for name in ENV_NAMES[kind]:
        value = os.environ.get(name)
        if value:
            return value
    return None


def get_password(kind: PasswordKind, ask: Callable[[], _Asked]) -> str | _Asked:
    """The ``kind`` password from the environment, else what ``ask()`` returns (called once,
    only then; it may return ``None`` for "cancelled" or raise)."""
    password = from_environment(kind)
    return password if password is not None else ask()
