"""Fixtures for every GUI test."""

import threading

import pytest


@pytest.fixture(autouse=True)
def no_dangling_threads():
    """Fail a test that leaves a thread running (work must finish or be cancelled)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not left, f"threads left running: {left}"
