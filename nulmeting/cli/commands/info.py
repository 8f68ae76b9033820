from __future__ import annotations

import argparse

from nulmeting.cli.commands import store_from
from nulmeting.domain import reference
from nulmeting.domain.fields import ENTITY_LABELS


def register(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with store_from(args) as store:
        print(f"Gegevensbestand: {store.path}")
        print(f"Schemaversie:    {store.revision()}")
        print(f"Buurtverbinder:  {store.interviewer or '(nog niet ingesteld)'}")
        print(f"Meetmoment:      {store.current_round or '(nog niet ingesteld)'}")
        print(f"Uurwaarde:       € {store.hourly_value:g} per uur, {store.weeks_per_year:g} weken")
        print("Aantallen (niet gearchiveerd):")
        for entity, n in store.counts().items():
            print(f"  {ENTITY_LABELS[entity]:<22}{n:>8}")
        with store.read() as conn:
            rows = conn.execute(
                "SELECT district, COUNT(*) FROM place WHERE NOT archived GROUP BY district"
            ).fetchall()
        if rows:
            print("Plekken per wijk:")
            order = list(reference.districts())
            for code, n in sorted(rows, key=lambda r: order.index(r[0]) if r[0] in order else 999):
                print(f"  {reference.district_name(code) or '(geen wijk)':<22}{n:>8}")
        conflicts = store.conflict_count()
        print(f"Open conflicten: {conflicts}")
    return 0
