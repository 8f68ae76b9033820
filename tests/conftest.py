import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from nulmeting.store.store import Store, open_store


class Clock:
    """A deterministic clock for changes: every call is one millisecond later."""

    def __init__(self, start: str = "2025-12-01T10:00:00") -> None:
        import datetime as dt

        self.now = dt.datetime.fromisoformat(start)

    def __call__(self) -> str:
        import datetime as dt

        self.now += dt.timedelta(milliseconds=1)
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the tests marked slow (the bundle build); CI=true does too",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A local run skips the slow tests (they build the PyInstaller bundle, ~2 min) unless
    asked for with --slow or -m slow; CI (CI=true, as .ci/run runs) runs everything."""
    if config.getoption("--slow") or os.environ.get("CI") or "slow" in config.getoption("-m"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (CI runs it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def store(tmp_path) -> Store:
    s = open_store(tmp_path / "laptop.sqlite", clock=Clock())
    s.set_setting("interviewer", "Fatima")
    s.set_setting("round", "Nulmeting 2025-2026")
    yield s
    s.close()
