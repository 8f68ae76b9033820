"""Random offline work on three laptops with random sync moments: all converge, any order."""

from __future__ import annotations

import random

import pytest
from helpers import change_ids, state

from nulmeting.domain.errors import ValidationError
from nulmeting.team import sync
from nulmeting.team.merge import merge_sqlite_file

DISTRICTS = ["spangen", "bospolder", "middelland", "tussendijken"]


@pytest.mark.parametrize("seed", [1, 3, 4, 5])
def test_random_work_and_sync_moments_converge(server, laptops, seed):
    rng = random.Random(seed)
    stores = laptops("Fatima", "Piet", "Ayse")
    oracle = laptops("Oracle")[0]
    for step in range(60):
        store = rng.choice(stores)
        with store.engine.connect() as conn:
            places = [r[0] for r in conn.exec_driver_sql("SELECT id FROM place ORDER BY id")]
        op = rng.random()
        try:
            if op < 0.25 or not places:
                store.create(
                    "place", {"name": f"Plek {seed}-{step}", "district": rng.choice(DISTRICTS)}
                )
            elif op < 0.75:
                values = (
                    {"name": f"Naam {step}"}
                    if rng.random() < 0.6
                    else {"district": rng.choice(DISTRICTS)}
                )
                store.update("place", rng.choice(places), values)
            elif op < 0.85:
                store.archive("place", rng.choice(places))
            else:
                store.restore("place", rng.choice(places))
        except ValidationError:
            pass  # e.g. editing a plek that is archived on this laptop
        if rng.random() < 0.3:
            sync.sync(rng.choice(stores), server.url, server.password)
    order = stores[:]
    rng.shuffle(order)
    for _round in range(2):
        for store in order:
            sync.sync(store, server.url, server.password)
    first = state(stores[0])
    assert all(state(s) == first for s in stores[1:])
    assert change_ids(stores[0]) == server.change_ids()
    for store in stores:
        merge_sqlite_file(oracle, store.path)
    assert state(oracle) == first
