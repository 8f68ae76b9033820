"""Reference data shipped with the app: Rotterdam's gebieden and wijken, networks, value lists.

Versioned with the app, not edited per laptop. Read from ``resources/reference/rotterdam.json``;
the store keeps a copy (``ref_*`` tables) so SQL and team files are self-contained.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from nulmeting.domain.resources import read_json

REFERENCE_FILE = ("reference", "rotterdam.json")


@dataclass(frozen=True)
class District:
    code: str
    name: str
    area: str
    cbs_code: str | None
    inhabitants: int | None
    pc4: str | None
    position: int


def data() -> dict[str, Any]:
    return read_json(*REFERENCE_FILE)  # type: ignore[no-any-return]


def version() -> int:
    return int(data()["version"])


@cache
def areas() -> dict[str, str]:
    """Gebied code → name, Delfshaven first."""
    return {a["code"]: a["naam"] for a in data()["gebieden"]}


@cache
def districts() -> dict[str, District]:
    """Wijk code → :class:`District`, Delfshaven's wijken first."""
    out = {}
    for i, w in enumerate(data()["wijken"]):
        out[w["code"]] = District(
            w["code"], w["naam"], w["gebied"], w["cbs_code"], w["inwoners_2018"], w["pc4"], i
        )
    return out


@cache
def options(list_name: str) -> dict[str, str]:
    """Value list ``list_name`` (e.g. ``"thema"``): code → Dutch name, in display order."""
    if list_name == "netwerk":
        return {n["code"]: n["naam"] for n in data()["netwerken"]}
    return {o["code"]: o["naam"] for o in data()["lijsten"][list_name]}


def option_lists() -> list[str]:
    return [k for k, v in data()["lijsten"].items() if v and isinstance(v[0], dict)] + ["netwerk"]


def partners() -> list[str]:
    return list(data()["lijsten"]["partners"])


def fold(text: str) -> str:
    """Forgiving key for matching names: case, accents, hyphens and spaces don't matter."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", text)


@cache
def _district_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for d in districts().values():
        index.setdefault(fold(d.name), d.code)
        index.setdefault(fold(d.code), d.code)
        if d.cbs_code:
            index.setdefault(fold(d.cbs_code), d.code)
    return index


def match_district(text: str) -> str | None:
    """Wijk code for a name typed by a person (``oud mathenesse`` → ``oud-mathenesse``)."""
    return _district_index().get(fold(text or ""))


@cache
def _option_index(list_name: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for code, name in options(list_name).items():
        index.setdefault(fold(name), code)
        index.setdefault(fold(code), code)
    return index


def match_option(list_name: str, text: str) -> str | None:
    """Code in ``list_name`` for a name or code typed by a person, forgivingly."""
    return _option_index(list_name).get(fold(text or ""))


def district_for_postcode(postcode: str) -> str | None:
    """A *hint* (PC4 areas cross wijk borders): the first wijk whose main PC4 matches."""
    pc4 = (postcode or "")[:4]
    for d in districts().values():
        if d.pc4 == pc4:
            return d.code
    return None


def district_name(code: str | None) -> str:
    if not code:
        return ""
    d = districts().get(code)
    return d.name if d else code


def option_name(list_name: str, code: str | None) -> str:
    if code is None:
        return ""
    return options(list_name).get(code, code)
