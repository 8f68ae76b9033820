"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

It does what the ``nulmeting`` console script does (:func:`ui.launcher.main`), so the bundle
and the source install take the same arguments. One addition: options of the default command
given without a command (``Nulmeting --smoke-test``) are handed to ``gui``, the command that
runs when none is named.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

from ui.launcher import GUI, main

#: top-level options that take a value (everything else before the command is a flag)
_VALUED = {"--db"}


def with_default_command(argv: Sequence[str], default: str = "gui") -> list[str]:
    """``["--db", "x", "--smoke-test"]`` → ``["--db", "x", "gui", "--smoke-test"]``.

    Left alone when a command is named, when asking for help or the version, or when there
    is nothing but top-level options (the CLI then appends the default itself).
    """
    from nulmeting.cli import COMMANDS

    argv = list(argv)
    commands = {**GUI, **COMMANDS}
    if any(a in {"-h", "--help", "--version"} for a in argv):
        return argv
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _VALUED:
            i += 2
            continue
        if arg.startswith("--db="):
            i += 1
            continue
        if not arg.startswith("-") or arg in commands:
            return argv  # a command (or a stray word the CLI will report)
        return [*argv[:i], default, *argv[i:]]
    return argv


def run() -> int:
    multiprocessing.freeze_support()  # harmless when nothing spawns processes
    return main(with_default_command(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(run())
