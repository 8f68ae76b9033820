"""One way to find shipped files, from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (e.g. ``resource_path("icons", "app.svg")``)."""
    ref = files("resources").joinpath(*parts)
    with as_file(ref) as path:  # a real file in every layout we ship
        return Path(path)


@cache
def read_json(*parts: str) -> Any:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
