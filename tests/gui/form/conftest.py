"""Fixtures of the form's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def english(qapp):
    """The window in English (``resources/i18n/nulmeting_en.qm``) for widgets made in the
    test; Dutch again afterwards."""
    from ui import i18n

    installed = i18n.install(qapp, "en")
    assert any(not t.isEmpty() for t in installed), "nulmeting_en.qm did not load"
    yield
    i18n.install(qapp, "nl")
