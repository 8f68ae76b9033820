"""The core never imports Qt or the GUI package (the rule import-linter also checks)."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
            offenders += [
                f"{path.name}: {n}"
                for n in names
                if n.split(".")[0] in {"PySide6", "ui", "shiboken6"}
            ]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys, nulmeting\n"
        "for m in pkgutil.walk_packages(nulmeting.__path__, 'nulmeting.'):\n"
        "    if '.migrations' not in m.name and not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_linter_contract_is_kept():
    """The same rule as declared in pyproject.toml, checked by import-linter itself."""
    import shutil

    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    out = subprocess.run([exe], capture_output=True, text=True, cwd=CORE.parent)
    assert out.returncode == 0, out.stdout + out.stderr
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", out.stdout)
    assert kept and int(kept.group(1)) >= 3, out.stdout  # Qt-free core, core layers, GUI layers


def test_no_import_cycle_between_modules():
    """No module of the core or the GUI imports itself through others (a cycle makes the layers
    meaningless and the import order fragile); imports inside functions count too."""
    grimp = pytest.importorskip("grimp", reason="grimp comes with import-linter (.[dev])")
    graph = grimp.build_graph("nulmeting", "ui")
    modules = sorted(graph.modules)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if state.get(imported) == 1:
                cycles.append(path[path.index(imported) :] + [imported])
            elif imported not in state:
                visit(imported, [*path, imported])
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module, [module])
    assert cycles == []
