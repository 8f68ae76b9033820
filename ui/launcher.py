"""The ``nulmeting`` program: the core CLI plus the ``gui`` command (the default).

Lives in ``ui`` so that the core never imports the GUI: the launcher hands the core CLI one more
command, which the core runs like its own.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from nulmeting import cli

GUI = {"gui": ("ui.command", "open het venster (dit gebeurt ook zonder opdracht)")}


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, extra=GUI, default="gui")


if __name__ == "__main__":
    sys.exit(main())
