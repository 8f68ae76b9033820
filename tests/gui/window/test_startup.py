"""Start-up loads only what showing the window needs (issue 3: at most 2× a bare Qt window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nulmeting.exchange import demo
from nulmeting.store.store import open_store

HEAVY = ("sqlalchemy", "alembic", "pandas", "openpyxl", "xlsxwriter", "cryptography")
SMOKE = """
import sys
from pathlib import Path
from ui.app import run_gui
code = run_gui(Path(sys.argv[1]), smoke_test=True)
print("geladen:", sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])))
sys.exit(code)
"""


def test_smoke_test_shows_a_plek_without_loading_sqlalchemy(tmp_path: Path) -> None:
    db = tmp_path / "start.sqlite"
    with open_store(db) as store:
        store.set_settings({"interviewer": "Fatima", "round": "Nulmeting 2025-2026"})
        demo.generate(store, 20, seed=3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SMOKE, str(db), *HEAVY],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.returncode == 0, done.stderr
    assert "Rooktest geslaagd: 20 plekken, eerste plek geladen." in done.stdout
    assert "geladen: []" in done.stdout


def test_the_quick_exit_works_without_a_console(monkeypatch) -> None:
    """pythonw and the windowed bundle have no sys.stdout/sys.stderr: closing must still end
    the process with the window's exit code, not with an error about flushing None."""
    import types

    from ui import launcher

    exits: list[int] = []

    def quick_exit(code: int) -> None:
        exits.append(code)
        raise SystemExit(code)  # os._exit never returns

    monkeypatch.setattr(launcher, "main", lambda argv=None: 0)
    monkeypatch.setitem(sys.modules, "ui.app", types.SimpleNamespace(closed_cleanly=lambda: True))
    monkeypatch.setattr(os, "_exit", quick_exit)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with pytest.raises(SystemExit):
        launcher.run([])
    assert exits == [0]
