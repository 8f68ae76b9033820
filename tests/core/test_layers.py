"""The core never imports Qt or the GUI package (the rule import-linter also checks)."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "nulmeting"


def test_core_sources_import_no_qt_or_ui():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names
                          if n.split(".")[0] in {"PySide6", "ui", "shiboken6"}]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    code = ("import importlib, pkgutil, sys, nulmeting\n"
            "for m in pkgutil.walk_packages(nulmeting.__path__, 'nulmeting.'):\n"
            "    if '.migrations' not in m.name and not m.name.endswith('__main__'):\n"
            "        importlib.import_module(m.name)\n"
            "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'ui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_linter_contract_is_kept():
    """The same rule as declared in pyproject.toml, checked by import-linter itself."""
    import shutil

    import pytest

    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    out = subprocess.run([exe], capture_output=True, text=True, cwd=CORE.parent)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 kept, 0 broken" in out.stdout
