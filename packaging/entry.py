"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

It does what the ``nulmeting`` console script does (:func:`ui.launcher.main`), so the bundle
and the source install take the same arguments (``Nulmeting --smoke-test`` included).
"""

from __future__ import annotations

import multiprocessing
import sys

from ui.launcher import main


def run() -> int:
    multiprocessing.freeze_support()  # harmless when nothing spawns processes
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
