from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from
from nulmeting.domain.settings import SETTINGS

#: The CLI's order of the options (the registry's order is the dialog's).
ORDER = (
    "interviewer",
    "round",
    "hourly_value",
    "hourly_value_source",
    "minimum_wage",
    "weeks_per_year",
    "area",
    "language",
)


def register(p: argparse.ArgumentParser) -> None:
    for key in ORDER:
        s = SETTINGS[key]
        p.add_argument(s.option, dest=key, metavar=s.metavar, help=s.help)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    updates = {key: getattr(args, key) for key in ORDER}
    changing = any(v is not None for v in updates.values())
    with store_from(args, create=changing) as store:
        for key, value in updates.items():
            if value is not None:
                store.set_setting(key, value)
        for key in SETTINGS:
            print(f"{key} = {store.setting(key)}")
    return 0
