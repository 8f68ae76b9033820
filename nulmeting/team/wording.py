"""What a merge or a sync changed, in plain Dutch for a coordinator.

"3 plekken nieuw, 1 plek bijgewerkt; 2 activiteiten en 1 contactpersoon nieuw": counts that are
0 are left out, singular and plural right, plekken first and then the rest in the registry's
order. The window builds the same sentence with its translations (``ui/dialogs/results.py``);
the command line prints this one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

#: entity → (one, many). ``""``: records of a kind not known here ("ander gegeven").
NOUNS: dict[str, tuple[str, str]] = {
    "place": ("plek", "plekken"),
    "interview": ("meting", "metingen"),
    "activity": ("activiteit", "activiteiten"),
    "contact": ("contactpersoon", "contactpersonen"),
    "finance_line": ("financiële regel", "financiële regels"),
    "membership": ("netwerklidmaatschap", "netwerklidmaatschappen"),
    "tie": ("relatie", "relaties"),
    "need": ("behoefte", "behoeften"),
    "meetmoment": ("meetmoment", "meetmomenten"),
    "": ("ander gegeven", "andere gegevens"),
}
ORDER = tuple(NOUNS)


def count(n: int, one: str, many: str) -> str:
    """``1 plek``, ``3 plekken``."""
    return f"{n} {one if n == 1 else many}"


def per_entity(keys: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Record keys ``(entity, record_id)`` → how many per entity."""
    return dict(Counter(entity for entity, _ in keys))


def ordered(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """The non-zero counts, plekken first, then in :data:`ORDER` (unknown kinds last)."""
    known = [(e, counts[e]) for e in ORDER if counts.get(e)]
    return known + [(e, n) for e, n in sorted(counts.items()) if n and e not in NOUNS]


def listing(parts: list[str], conjunction: str = "en") -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {conjunction} " + parts[-1]


def noun(entity: str, n: int) -> str:
    one, many = NOUNS.get(entity, NOUNS[""])
    return count(n, one, many)


def changes(added: Mapping[str, int], updated: Mapping[str, int]) -> str:
    """``3 plekken nieuw, 1 plek bijgewerkt; 2 activiteiten en 1 contactpersoon nieuw`` — or
    ``""`` when nothing was added or updated."""
    groups = []
    for keep in (lambda e: e == "place", lambda e: e != "place"):
        phrases = []
        for counts, what in ((added, "nieuw"), (updated, "bijgewerkt")):
            nouns = [noun(e, n) for e, n in ordered(counts) if keep(e)]
            if nouns:
                phrases.append(f"{listing(nouns)} {what}")
        if phrases:
            groups.append(", ".join(phrases))
    return "; ".join(groups)


def conflicts(n: int, deletions: int = 0) -> str:
    """``2 conflicten om te bekijken (bij 1 is iets verwijderd dat elders gewijzigd is)``."""
    if not n:
        return ""
    text = count(n, "conflict", "conflicten") + " om te bekijken"
    if deletions:
        text += f" (bij {deletions} is iets verwijderd dat elders gewijzigd is)"
    return text
