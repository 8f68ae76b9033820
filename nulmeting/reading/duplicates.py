"""Probable duplicate plekken: the same place entered twice under two ids.

Records are matched by id, never by name, so two laptops that each entered "Buurthuis De Pit"
keep two plekken after a merge. :func:`find` flags pairs with a similar name and the same
postcode or the same address for a person to look at; nothing is joined automatically.
:func:`join` is the human-confirmed step: it points everything of the duplicate (interviews,
contacts, activities, memberships, ties) to the survivor, fills the survivor's empty fields from
the duplicate and marks the duplicate as joined into the survivor — ordinary changes in one
transaction, so the join merges onward to the other laptops like any edit (how opposite joins,
late edits and records made offline on the duplicate follow: :mod:`nulmeting.joins`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from nulmeting.domain.errors import ValidationError
from nulmeting.domain.fields import BOOKKEEPING_FIELDS, JOIN_FIELD, fields
from nulmeting.domain.reference import fold
from nulmeting.store import changes, joins
from nulmeting.store.connection import sqlite_of
from nulmeting.store.store import Store, record_values

#: Name similarity (0-1, on folded names) from which two plekken are a probable duplicate.
THRESHOLD = 0.8
_COMMON = {"de", "het", "een", "stichting", "vereniging"}


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    postcode: str
    address: str
    created_at: str


@dataclass(frozen=True)
class Duplicate:
    """Two plekken that are probably one; ``reason`` is Dutch."""

    first: Place
    second: Place
    similarity: float
    reason: str

    def dutch(self) -> str:
        return (
            f"'{self.first.name}' en '{self.second.name}' ({self.reason}, naam "
            f"{self.similarity:.0%} gelijk)\n    {self.first.id}\n    {self.second.id}"
        )


def name_key(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.lower()) if w and w not in _COMMON]
    return fold(" ".join(words))


def postcode_key(postcode: str) -> str:
    return re.sub(r"\s+", "", postcode or "").upper()


def _address_key(address: str) -> str:
    return fold(address or "")


def similarity(a: str, b: str) -> float:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    ratio = SequenceMatcher(None, ka, kb).ratio()
    if min(len(ka), len(kb)) >= 5 and (ka in kb or kb in ka):
        ratio = max(ratio, 0.85)
    return ratio


def places(store: Store) -> list[Place]:
    with store.read() as conn:
        rows = conn.execute(
            "SELECT id, COALESCE(name, ''), COALESCE(postcode, ''), COALESCE(address, ''), "
            "COALESCE(created_at, '') FROM place WHERE NOT archived ORDER BY created_at, id"
        )
        return [Place(*r) for r in rows]


def find(store: Store, threshold: float = THRESHOLD) -> list[Duplicate]:
    """Pairs of plekken with a similar name and the same postcode or address."""
    groups: dict[tuple[str, str], list[Place]] = {}
    for p in places(store):
        if postcode_key(p.postcode):
            groups.setdefault(("postcode", postcode_key(p.postcode)), []).append(p)
        if _address_key(p.address):
            groups.setdefault(("adres", _address_key(p.address)), []).append(p)
    found: dict[tuple[str, str], Duplicate] = {}
    for (kind, _), members in groups.items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                key = (a.id, b.id)
                score = similarity(a.name, b.name)
                if score < threshold:
                    continue
                if key in found:
                    found[key] = Duplicate(a, b, score, "zelfde postcode en adres")
                else:
                    found[key] = Duplicate(a, b, score, f"zelfde {kind}")
    return sorted(found.values(), key=lambda d: (-d.similarity, d.first.name.lower()))


def join(store: Store, survivor: str, duplicate: str) -> int:
    """Join ``duplicate`` into ``survivor`` (a person confirmed it); returns changes written."""
    if survivor == duplicate:
        raise ValidationError("Kies twee verschillende plekken om samen te voegen.")
    at, author, laptop = store.clock(), store.interviewer or "onbekend", store.laptop_id
    with store.write() as conn:
        reader = sqlite_of(conn)  # reads inside the write see its own state
        kept = joins.effective(reader, "place", survivor, record_values(reader, "place", survivor))
        gone = joins.effective(
            reader, "place", duplicate, record_values(reader, "place", duplicate)
        )
        if not kept or not gone:
            raise ValidationError("Een van de twee plekken bestaat niet.")
        if kept.get("archived") or gone.get("archived"):
            raise ValidationError(
                "Een van de twee plekken is gearchiveerd of al samengevoegd; zet hem eerst terug."
            )
        rows = []
        refs = reader.execute(
            "SELECT entity, record_id, field FROM field_state WHERE field IN "
            "('place_id', 'other_place_id') AND json_extract(value, '$') = ?",
            (duplicate,),
        ).fetchall()
        archived: set[str] = set()
        for entity, record_id, name in refs:
            if record_id in archived:
                continue
            heads = changes.heads(reader, entity, record_id)
            other_end = {"place_id": "other_place_id", "other_place_id": "place_id"}
            if entity == "tie" and joins.effective(
                reader, entity, record_id, record_values(reader, entity, record_id)
            ).get(other_end[name]) in (survivor, duplicate):
                # a tie between the two (either way) would become a tie to itself: archive it
                archived.add(record_id)
                rows.append(
                    changes.make_change(
                        entity,
                        record_id,
                        "archived",
                        True,
                        parents=heads.get("archived", []),
                        covers=changes.tombstone_covers(heads),
                        author=author,
                        laptop=laptop,
                        at=at,
                    )
                )
            else:
                rows.append(
                    changes.make_change(
                        entity,
                        record_id,
                        name,
                        survivor,
                        parents=heads[name],
                        author=author,
                        laptop=laptop,
                        at=at,
                    )
                )
        kept_heads = changes.heads(reader, "place", survivor)
        for name in fields("place"):
            if (
                name not in BOOKKEEPING_FIELDS
                and kept.get(name) in (None, "", [])
                and gone.get(name) not in (None, "", [])
            ):
                rows.append(
                    changes.make_change(
                        "place",
                        survivor,
                        name,
                        gone[name],
                        parents=kept_heads.get(name, []),
                        author=author,
                        laptop=laptop,
                        at=at,
                    )
                )
        gone_heads = changes.heads(reader, "place", duplicate)
        # the join itself: covers what the joiner saw of the duplicate, so later edits of it
        # (on laptops that had not seen the join) follow it to the survivor
        rows.append(
            changes.make_change(
                "place",
                duplicate,
                JOIN_FIELD,
                survivor,
                parents=gone_heads.get(JOIN_FIELD, []),
                covers=sorted(
                    h
                    for name, hs in gone_heads.items()
                    if name not in BOOKKEEPING_FIELDS
                    for h in hs
                ),
                author=author,
                laptop=laptop,
                at=at,
            )
        )
        changes.ingest_rows(conn, rows)
    return len(rows)
