"""``nulmeting gui [--smoke-test]``: registered with the core CLI by :mod:`ui.launcher`."""

from __future__ import annotations

import argparse


def register(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="open het venster, laad de lijst en de eerste plek, en stop (controle)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ui.app import run_gui

    return run_gui(db=args.db, smoke_test=args.smoke_test)
