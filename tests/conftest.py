import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from nulmeting.store.store import Store, open_store  # noqa: E402


class Clock:
    """A deterministic clock for changes: every call is one millisecond later."""

    def __init__(self, start: str = "2025-12-01T10:00:00") -> None:
        import datetime as dt

        self.now = dt.datetime.fromisoformat(start)

    def __call__(self) -> str:
        import datetime as dt

        self.now += dt.timedelta(milliseconds=1)
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def store(tmp_path) -> Store:
    s = open_store(tmp_path / "laptop.sqlite", clock=Clock())
    s.set_setting("interviewer", "Fatima")
    s.set_setting("round", "Nulmeting 2025-2026")
    yield s
    s.close()
