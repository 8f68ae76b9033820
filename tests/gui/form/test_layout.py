"""The window fits a laptop screen: no page of the form is cut off or scrolls sideways, also
not the tables with their record editor (at 1280×720, 1366×768, and at a display scale of 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from nulmeting.store.store import open_store
from ui.form.sections import SECTIONS
from ui.form.table_panel import TablePanel

SIZES = [(1280, 720), (1366, 768)]


def visible(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page)


@pytest.mark.parametrize("size", SIZES)
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


@pytest.mark.parametrize("size", SIZES)
def test_the_tables_and_their_record_editors_fit(tmp_path, open_window, size) -> None:
    """Every table shows its overview columns within its width (the name column keeps at
    least 40 % of it), and every field of the record editor is as wide as it needs."""
    store = open_store(tmp_path / "maat.sqlite")
    window = open_window(store, places=5)
    window.resize(*size)
    if os.environ.get("QT_SCALE_FACTOR") == "2":
        assert window.devicePixelRatio() == 2
    form = window.form
    seen = set()
    for title in ("Activiteiten", "Financiën", "Netwerk", "Behoeften"):
        form.show_section(title)
        QApplication.processEvents()
        page = form.pages.currentWidget()
        assert not page.horizontalScrollBar().isVisible(), title
        for panel in page.findChildren(TablePanel):
            seen.add(panel.model.table)
            view, editor = panel.view, panel.editor
            header = view.horizontalHeader()
            shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
            width = view.viewport().width()
            assert sum(header.sectionSize(c) for c in shown) <= width, panel.model.table
            assert header.sectionSize(panel.overview[0]) >= 0.4 * width - 1, panel.model.table
            assert editor.isVisibleTo(page)
            assert editor.mapTo(page.widget(), editor.rect().topRight()).x() <= (
                page.viewport().width()
            )
            for ed in editor.editors:
                assert ed.widget.isVisibleTo(page), ed.fd.name
                needed = min(ed.widget.minimumSizeHint().width(), ed.widget.maximumWidth())
                assert ed.widget.width() >= needed, ed.fd.name
    assert seen == {"activity", "income", "costs", "membership", "tie", "need"}
    store.close()


def test_activity_names_end_in_an_ellipsis_and_show_whole_in_the_tooltip(store, form) -> None:
    from PySide6.QtCore import Qt

    from nulmeting.domain import reference
    from nulmeting.reading import intake

    place_id = intake.new_place(store, "De Pit")
    long_name = "Koffieochtend voor buurtbewoners met taalcafé en een spreekuur van de wijkteams"
    themes = list(reference.options("thema"))[:6]
    store.create(
        "activity", {"place_id": place_id, "name": long_name, "days": ["ma"], "themes": themes}
    )
    form.load_place(place_id)
    form.show_section("Activiteiten")
    panel = form.table("activity")
    index = panel.model.index(0, panel.overview[0])
    assert panel.view.textElideMode() == Qt.TextElideMode.ElideRight
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert panel.editor.editor("name").widget.text() == long_name
    line = panel.editor.editor("themes").widget  # six themes do not fit on the line
    whole = ", ".join(reference.options("thema")[t] for t in themes)
    assert line.text == whole and whole in line.toolTip()
    assert line.currentText().endswith("…") and len(line.currentText()) < len(whole)


@pytest.mark.skipif(bool(os.environ.get("QT_SCALE_FACTOR")), reason="this is the scaled run")
def test_the_same_at_a_display_scale_of_2() -> None:
    """The tests above in a fresh Qt with QT_SCALE_FACTOR=2 (a laptop at 200 %)."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
        env=env,
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
