"""Command line: ``nulmeting [--db PATH] COMMAND ...`` (Dutch help, English command names).

Each command lives in :mod:`nulmeting.cli.commands` as a module with ``register(subparsers)``; the
module is imported only when its command runs, so ``nulmeting --version`` stays fast.
Exit codes: 0 ok, 2 bad input (a Dutch message on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from nulmeting import __version__
from nulmeting.domain.errors import UserError

#: command name → (module in nulmeting.cli.commands, Dutch one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "info": ("info", "aantallen per soort en per wijk, schemaversie, buurtverbinder"),
    "demo": ("demo", "vul de opslag met verzonnen, realistische Delfshavense gegevens"),
    "meetmoment": (
        "meetmoment",
        "meetmomenten: tonen, nieuw (vervolgmeting), vaststellen, heropenen",
    ),
    "settings": (
        "settings",
        "bekijk of wijzig instellingen (buurtverbinder, meetmoment, uurwaarde)",
    ),
    "teamfile": ("teamfile", "maak een teambestand van deze laptop (versleuteld)"),
    "merge": ("merge", "voeg teambestanden van andere laptops samen in deze opslag"),
    "conflicts": ("conflicts", "toon open conflicten na samenvoegen"),
    "archive": ("archive", "archiveer een plek (hij verdwijnt uit de lijst; terug te zetten)"),
    "restore": ("restore", "zet een gearchiveerde plek terug (zonder plek: toon de lijst)"),
    "duplicates": ("duplicates", "toon plekken die waarschijnlijk dubbel zijn ingevoerd"),
    "export": ("export", "schrijf het Excel-overzicht (gebied of per wijk)"),
    "rapport": ("report", "maak het rapport als PDF: gebied, één wijk of één plek"),
    "import": ("importer", "lees plekken of activiteiten uit een Excel- of CSV-bestand"),
    "wijkagenda": ("wijkagenda", "publiceer de wijkagenda: website, agenda's (.ics) en open data"),
    "sync": ("sync", "synchroniseer met een gedeelde PostgreSQL-server"),
    "set-aside": ("set_aside", "toon ongeldige wijzigingen van de server die apart zijn gezet"),
    "history": ("history", "geschiedenis van een plek: wie wat wijzigde, en de herkomst"),
}


_DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "opdrachten",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "verwacht één waarde",
}
argparse._ = lambda text: _DUTCH.get(text, text)  # type: ignore[attr-defined]


class DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Fout: {message}", file=sys.stderr)
        sys.exit(2)


def build_parser(
    command: str | None, commands: dict[str, tuple[str, str]]
) -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="nulmeting",
        description="Nulmeting van de sociale basis: interviews, teambestanden, Excel-overzicht.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    parser.add_argument(
        "--version",
        action="version",
        version=f"Nulmeting {__version__}",
        help="toon de versie en stop",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PAD",
        help="gegevensbestand (standaard: nulmeting.sqlite in uw gebruikersmap)",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchParser)
    for name, (module, help_text) in commands.items():
        if command is None or name != command:
            sub.add_parser(name, help=help_text, add_help=False)
        else:
            mod = importlib.import_module(
                module if "." in module else f"nulmeting.cli.commands.{module}"
            )
            p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
            p.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
            mod.register(p)
    return parser


def _command_in(argv: Sequence[str], commands: dict[str, tuple[str, str]]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg if arg in commands else None
    return None


def with_default_command(
    argv: Sequence[str], default: str, commands: dict[str, tuple[str, str]]
) -> list[str]:
    """Name the default command where none is given, before its own options:
    ``["--db", "x", "--smoke-test"]`` → ``["--db", "x", "gui", "--smoke-test"]``.

    Left alone when a command is named or help or the version is asked for.
    """
    argv = list(argv)
    if any(a in {"-h", "--help", "--version"} for a in argv):
        return argv
    i = 0
    while i < len(argv):
        if argv[i] == "--db":
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        elif argv[i].startswith("-") and argv[i] not in commands:
            break  # an option of the default command
        else:
            return argv  # a command, or a stray word the parser will report
    return [*argv[:i], default, *argv[i:]]


def _store_damage(exc: BaseException) -> str | None:
    """SQLite's words when ``exc`` says a database file is damaged (flipped bytes in a page)."""
    import sqlite3

    original = getattr(exc, "orig", None) or exc
    text = str(original)
    if isinstance(original, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    ):
        return text.splitlines()[0][:200]
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    extra: dict[str, tuple[str, str]] | None = None,
    default: str | None = None,
) -> int:
    """Run the CLI. ``extra`` adds commands from outside the core (the GUI launcher adds
    ``gui`` this way, so the core never imports the GUI); ``default`` runs when none is given."""
    commands = {**(extra or {}), **COMMANDS}
    argv = list(sys.argv[1:] if argv is None else argv)
    if default:
        argv = with_default_command(argv, default, commands)
    command = _command_in(argv, commands)
    args = build_parser(command, commands).parse_args(argv)
    if not hasattr(args, "run"):
        build_parser(None, commands).print_help()
        return 0
    try:
        result = args.run(args)
        return int(result or 0)
    except UserError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error
        return 0
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 2
    except Exception as exc:
        damage = _store_damage(exc)
        if damage:
            print(
                f"Fout: het gegevensbestand is beschadigd ({damage}). Zet een reservekopie "
                "terug of vraag de coördinator om hulp (uw laatste teambestand bevat uw "
                "gegevens tot dat moment); er is niets veranderd.",
                file=sys.stderr,
            )
            return 2
        traceback.print_exc()
        print("Interne fout in Nulmeting; meld dit met de tekst hierboven.", file=sys.stderr)
        return 1
