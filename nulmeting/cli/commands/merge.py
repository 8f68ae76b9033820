from __future__ import annotations

import argparse
from pathlib import Path

from nulmeting.cli.commands import store_from
from nulmeting.domain.errors import UserError


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        type=Path,
        nargs="*",
        metavar="BESTAND",
        help="teambestanden van andere laptops (versleuteld of niet)",
    )
    p.add_argument(
        "--ongedaan-maken",
        action="store_true",
        help="maak de laatste samenvoeging ongedaan (wat andere laptops sindsdien "
        "brachten gaat eruit; uw eigen wijzigingen blijven)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from nulmeting.cli.commands.password import team_password
    from nulmeting.team.teamfile import is_encrypted, merge_files

    if args.ongedaan_maken:
        from nulmeting.team.merge import undo_last_merge

        if args.files:
            raise UserError("Geef geen bestanden bij --ongedaan-maken.")
        with store_from(args) as store:
            print(undo_last_merge(store))
        return 0
    encrypted = any(f.is_file() and is_encrypted(f) for f in args.files)
    password = team_password() if encrypted else None
    with store_from(args, create=True) as store:
        summaries = merge_files(store, list(args.files), password)
        for summary in summaries:
            print(summary.dutch())
        open_conflicts = store.conflict_count()
    if open_conflicts:
        print(f"Open conflicten in totaal: {open_conflicts} (bekijk ze met 'nulmeting conflicts').")
    return 0
