"""The ``nulmeting`` program: the core CLI plus the ``gui`` command (the default).

Lives in ``ui`` so that the core never imports the GUI: the launcher hands the core CLI one more
command, which the core runs like its own.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from nulmeting.cli import main as cli

GUI = {
    "gui": ("ui.command", "open het venster (dit gebeurt ook zonder opdracht)"),
    # the picture is painted with Qt, so the command lives here (GraphML/GEXF come from the core)
    "netwerk": (
        "ui.network.command",
        "schrijf de netwerkkaart: .graphml/.gexf (gegevens) of .png/.svg (plaatje)",
    ),
}


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, extra=GUI, default="gui")


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The program: :func:`main`, then exit. After the window closed in order (store closed,
    background work joined, Qt deleted) Python's own clean-up at exit only frees memory, so it
    is skipped: the process ends ~40 ms sooner (``benchmarks/startup.py``)."""
    code = main(argv)
    gui = sys.modules.get("ui.app")
    if gui is not None and gui.closed_cleanly():
        for stream in (sys.stdout, sys.stderr):  # None without a console (pythonw, the bundle)
            with contextlib.suppress(Exception):
                stream.flush()  # type: ignore[union-attr]
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
