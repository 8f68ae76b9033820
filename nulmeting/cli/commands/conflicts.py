from __future__ import annotations

import argparse
import json

from nulmeting.cli.commands import store_from


def register(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=run)


def _show(value: object) -> str:
    if value is None:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    from nulmeting.domain.fields import ENTITY_LABELS

    with store_from(args) as store:
        found = store.conflicts()
    if not found:
        print("Geen open conflicten.")
        return 0
    print(f"{len(found)} open conflict(en):")
    for c in found:
        what = ENTITY_LABELS[c.entity]
        print(f"- {c.place_name} — {what}: {c.label}")
        for v in c.values:
            shown = _show(v.value)
            if c.is_deletion:
                shown = "heeft dit verwijderd" if v.value is True else f"wijzigde intussen: {shown}"
            print(f"    {v.author} ({v.at[:16].replace('T', ' ')}): {shown}")
    return 0
