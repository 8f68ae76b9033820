"""One way to find shipped files, from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (e.g. ``resource_path("icons", "app.svg")``).

    The ``resources`` package is a real folder in every layout we ship (checkout, wheel,
    PyInstaller bundle), so its ``__file__`` is enough (``importlib.resources`` costs ~5 ms of
    start-up)."""
    import resources

    return Path(resources.__file__).parent.joinpath(*parts)


@cache
def read_json(*parts: str) -> Any:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
