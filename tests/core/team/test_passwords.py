"""One rule for passwords: the environment wins, otherwise asked once (CLI: getpass)."""

from __future__ import annotations

import getpass

import pytest

from nulmeting.cli.commands.password import server_password, team_password
from nulmeting.domain.errors import UserError
from nulmeting.team import passwords, sync, teamfile

ALL_NAMES = ("NULMETING_TEAMWACHTWOORD", "NULMETING_SERVERWACHTWOORD", "PGPASSWORD")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ALL_NAMES:
        monkeypatch.delenv(name, raising=False)


def test_names_are_kept_and_shared():
    assert passwords.ENV_NAMES == {
        "team": ("NULMETING_TEAMWACHTWOORD",),
        "server": ("NULMETING_SERVERWACHTWOORD", "PGPASSWORD"),
    }
    assert teamfile.PASSWORD_ENV == passwords.TEAM_PASSWORD_ENV
    assert sync.PASSWORD_ENV == passwords.SERVER_PASSWORD_ENV


@pytest.mark.parametrize(
    "kind, name",
    [
        ("team", "NULMETING_TEAMWACHTWOORD"),
        ("server", "NULMETING_SERVERWACHTWOORD"),
        ("server", "PGPASSWORD"),
    ],
)
def test_the_environment_wins_and_nothing_is_asked(monkeypatch, kind, name):
    monkeypatch.setenv(name, "uit-de-omgeving")
    asked = []
    assert passwords.get_password(kind, lambda: asked.append(1)) == "uit-de-omgeving"
    assert asked == []


def test_otherwise_asked_exactly_once_and_its_answer_returned(monkeypatch):
    monkeypatch.setenv("NULMETING_SERVERWACHTWOORD", "")  # empty counts as not set
    monkeypatch.setenv("NULMETING_TEAMWACHTWOORD", "het-teamwachtwoord")  # another kind
    asked = []

    def ask():
        asked.append(1)
        return None  # the GUI's "cancelled"

    assert passwords.get_password("server", ask) is None
    assert asked == [1]


def test_the_servers_own_variable_goes_before_pgpassword(monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "libpq")
    monkeypatch.setenv("NULMETING_SERVERWACHTWOORD", "nulmeting")
    assert passwords.from_environment("server") == "nulmeting"
    assert passwords.from_environment("team") is None


def test_cli_asks_with_getpass_only_without_the_environment(monkeypatch):
    prompts = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or "getypt")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    assert server_password("postgresql://fatima@server/nulmeting") == "getypt"
    assert team_password(confirm=True) == "getypt"
    assert prompts == [
        "Wachtwoord voor postgresql://fatima@server/nulmeting: ",
        "Teamwachtwoord: ",
        "Nog een keer: ",
    ]
    monkeypatch.setenv("PGPASSWORD", "omgeving")
    monkeypatch.setenv("NULMETING_TEAMWACHTWOORD", "team-omgeving")
    assert server_password("x") == "omgeving" and team_password(confirm=True) == "team-omgeving"
    assert len(prompts) == 3


def test_cli_without_a_terminal_says_where_the_team_password_goes(monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    with pytest.raises(UserError, match="NULMETING_TEAMWACHTWOORD"):
        team_password()
