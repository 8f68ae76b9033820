"""The window fits a laptop screen: no page of the form is cut off or scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from nulmeting.store.store import open_store
from ui.form.sections import SECTIONS


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_section_fits_without_cutting_fields_off(tmp_path, open_window, size) -> None:
    store = open_store(tmp_path / "maat.sqlite")
    window = open_window(store, places=5)
    window.resize(*size)
    form = window.form
    for title in SECTIONS:
        form.show_section(title)
        QApplication.processEvents()
        page = form.pages.currentWidget()
        assert not page.horizontalScrollBar().isVisible(), title
        viewport = page.viewport().width()
        assert page.widget().width() <= viewport, title
        for box in page.findChildren(QCheckBox):
            if box.isVisibleTo(page):
                assert box.width() >= box.sizeHint().width(), (title, box.text())
        for label in page.findChildren(QLabel):
            if label.isVisibleTo(page) and not label.wordWrap() and label.text():
                assert label.width() >= label.minimumSizeHint().width(), (title, label.text())
    store.close()
