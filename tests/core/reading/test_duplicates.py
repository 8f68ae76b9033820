"""Probable duplicate plekken: flagged for a person, joined only on request, joins merge on."""

from __future__ import annotations

import pytest

from nulmeting.cli.main import main
from nulmeting.domain.errors import ValidationError
from nulmeting.reading import duplicates
from nulmeting.store.store import open_store
from nulmeting.team.merge import merge_sqlite_file
from tests.conftest import Clock


def test_similar_name_and_same_postcode_or_address_are_flagged(store):
    a = store.create(
        "place", {"name": "Buurthuis De Pit", "postcode": "3024 AB", "address": "Schiedamseweg 12"}
    )
    b = store.create("place", {"name": "Buurthuis de Pit", "postcode": "3024AB"})
    c = store.create(
        "place", {"name": "Stichting Buurthuis De Pit Spangen", "address": "schiedamseweg 12"}
    )
    store.create("place", {"name": "Speeltuin Het Anker", "postcode": "3024 AB"})  # other name
    store.create("place", {"name": "Buurthuis De Pit", "postcode": "3011 XX"})  # elsewhere
    found = duplicates.find(store)
    pairs = {frozenset((d.first.id, d.second.id)): d for d in found}
    assert set(pairs) == {frozenset((a, b)), frozenset((a, c))}
    assert pairs[frozenset((a, b))].reason == "zelfde postcode"
    assert pairs[frozenset((a, c))].reason == "zelfde adres"
    assert store.counts()["place"] == 5  # nothing joined automatically


def test_join_moves_everything_fills_gaps_archives_and_merges_onward(store, tmp_path):
    keep = store.create("place", {"name": "Buurthuis De Pit", "postcode": "3024 AB"})
    dup = store.create("place", {"name": "Buurthuis de Pit", "postcode": "3024AB", "founded": 1998})
    act = store.create("activity", {"place_id": dup, "name": "Koffieochtend"})
    tie = store.create("tie", {"place_id": keep, "other_place_id": dup, "kind": "samen-activiteit"})
    other = open_store(tmp_path / "b.sqlite", clock=Clock("2025-12-03T10:00:00"))
    merge_sqlite_file(other, store.path)

    n = duplicates.join(store, keep, dup)
    assert n >= 3
    assert store.values("activity", act)["place_id"] == keep
    assert store.values("place", keep)["founded"] == 1998
    assert store.values("place", dup)["archived"] is True
    assert store.values("tie", tie)["archived"] is True  # a tie of the plek with itself
    assert duplicates.find(store) == []
    assert store.conflicts() == []

    merge_sqlite_file(other, store.path)
    assert other.values("activity", act)["place_id"] == keep
    assert other.values("place", dup)["archived"] is True
    assert other.conflicts() == []
    other.close()
    with pytest.raises(ValidationError):
        duplicates.join(store, keep, keep)


def test_join_archives_ties_between_the_two_in_either_direction(store):
    keep = store.create("place", {"name": "De Pit", "postcode": "3024 AB"})
    dup = store.create("place", {"name": "De Pit", "postcode": "3024 AB"})
    third = store.create("place", {"name": "Het Anker"})
    back = store.create("tie", {"place_id": dup, "other_place_id": keep, "kind": "kennis"})
    to_self = store.create("tie", {"place_id": dup, "other_place_id": dup, "kind": "kennis"})
    onward = store.create("tie", {"place_id": dup, "other_place_id": third, "kind": "kennis"})
    duplicates.join(store, keep, dup)
    assert store.values("tie", back)["archived"] is True
    assert store.values("tie", to_self)["archived"] is True
    assert store.values("tie", onward)["place_id"] == keep
    assert store.values("tie", onward)["archived"] is False
    assert store.conflicts() == []


def test_cli_lists_and_joins(store, capsys):
    a = store.create("place", {"name": "Huiskamer Samen", "address": "Voorhaven 3"})
    b = store.create("place", {"name": "Huiskamer Samen!", "address": "Voorhaven 3"})
    path = store.path
    store.close()
    assert main(["--db", str(path), "duplicates"]) == 0
    out = capsys.readouterr().out
    assert "1 waarschijnlijk dubbele" in out and a in out and b in out
    assert main(["--db", str(path), "duplicates", "--samenvoegen", a, b]) == 0
    assert main(["--db", str(path), "duplicates"]) == 0
    assert "Geen waarschijnlijk dubbele" in capsys.readouterr().out
    assert main(["--db", str(path), "duplicates", "--samenvoegen", a, "bestaat-niet"]) == 2
