"""Guard against the PySide6 6.12.0 + Python 3.11 bug that drops a reference to ``None`` on
every void Qt call (the app then aborts with "deallocating None" after minutes of use).
pyproject.toml pins PySide6 below 6.12 for it; this test fails if a bad build comes back."""

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None and bools are immortal from Python 3.12 on: nothing to count",
)
def test_void_qt_calls_keep_none_and_bools_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        label.hide()
        label.setEnabled(True)
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
