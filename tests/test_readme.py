"""The README's commands are the ones CI runs (a newcomer runs what CI checks)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^    (python3 -m venv .*)$", readme, flags=re.M)
    assert len(commands) == 2, commands  # one to run the app, one to run the tests
    run_app, run_tests = commands
    assert "pytest" in run_tests and "nulmeting" in run_app
    assert run_tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
