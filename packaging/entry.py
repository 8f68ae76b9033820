"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

It does what the ``nulmeting`` console script does (:func:`ui.launcher.run`), so the bundle
and the source install take the same arguments (``Nulmeting --smoke-test`` included).
"""

from __future__ import annotations

import multiprocessing

from ui.launcher import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when nothing spawns processes
    run()
