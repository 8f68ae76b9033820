"""The window fits a laptop screen: no page of the form is cut off or scrolls sideways, and no
text in it is cut (a label too narrow for a word, a wrapped label too low for its lines, a
button or tick box narrower than its text) -- at 1366×768 and 1280×720, in Dutch and in
English, and on a high-DPI screen (``QT_SCALE_FACTOR=2``, the window the same size in logical
pixels). The tables show their overview within their width and the record editor under each
has every field as wide as it needs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.reading import intake
from nulmeting.store.store import open_store
from ui.form.sections import SECTIONS
from ui.form.table_panel import TablePanel

SIZES = [(1366, 768), (1280, 720)]
ROOT = Path(__file__).resolve().parents[3]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")


def cut_texts(form: QWidget, page: QScrollArea) -> list[str]:
    """What a person would see cut on the form with ``page`` shown (empty: nothing)."""
    problems = []
    if page.horizontalScrollBar().isVisible():
        problems.append("a sideways scroll bar")
    viewport = page.viewport()
    if page.widget().width() > viewport.width():
        problems.append(f"page {page.widget().width()} px wide in {viewport.width()} px")
    for w in form.findChildren(QWidget):
        if not w.isVisibleTo(form) or w.width() <= 0:
            continue
        if page.widget().isAncestorOf(w):  # sticks out to the right of the page
            right = w.mapTo(viewport, QPoint(w.width(), 0)).x()
            if right > viewport.width() + 1 and isinstance(w, (QLabel, QAbstractButton)):
                problems.append(
                    f"{type(w).__name__} {w.objectName() or _plain(w.text())!r} "
                    f"ends at {right} px, the page at {viewport.width()} px"
                )
        if isinstance(w, QLabel) and _plain(w.text()).strip():
            text = _plain(w.text())
            room = w.contentsRect().width() - 2 * w.margin() - 2 * w.indent() * (w.indent() > 0)
            if w.wordWrap():
                if w.height() < w.heightForWidth(w.width()):
                    problems.append(
                        f"label {text!r}: {w.height()} px high, its lines need "
                        f"{w.heightForWidth(w.width())} px"
                    )
                metrics = w.fontMetrics()
                for word in text.split():
                    if metrics.horizontalAdvance(word) > room:
                        problems.append(f"label {text!r}: the word {word!r} does not fit")
                        break
            elif w.width() < w.minimumSizeHint().width():
                problems.append(f"label {text!r}: {w.width()} px of {w.minimumSizeHint().width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.sizeHint().width():
                problems.append(
                    f"{type(w).__name__} {w.text()!r}: {w.width()} px of {w.sizeHint().width()}"
                )
    return problems


def check_every_section(window) -> dict[str, list[str]]:
    """Every section of the form, each checked as shown: section id → what is cut."""
    form = window.form
    found = {}
    for section in SECTIONS:
        form.show_section(section)
        page = form.pages.currentWidget()
        assert isinstance(page, QScrollArea), section
        for _ in range(10):  # the layouts settle in a few passes (a text set by the worker)
            QApplication.processEvents()
            problems = cut_texts(form, page)
            if not problems:
                break
            QTest.qWait(30)
        if problems:
            found[section] = problems
    return found


def _window(tmp_path, open_window, size):
    store = open_store(tmp_path / "maat.sqlite")
    window = open_window(store, places=5)
    place_id = intake.new_place(store, "Buurthuiskamer Het Klooster van de Lange Hilleweg")
    store.update("place", place_id, {"postcode": "3021 AB"})  # the wijk hint shows
    window.resize(*size)
    window.form.load_place(place_id)
    QApplication.processEvents()
    return store, window


@pytest.mark.parametrize("size", SIZES)
def test_every_section_fits_without_cutting_text(tmp_path, open_window, size) -> None:
    store, window = _window(tmp_path, open_window, size)
    assert check_every_section(window) == {}
    store.close()


@pytest.mark.parametrize("size", SIZES)
def test_every_section_fits_in_english(tmp_path, english, open_window, size) -> None:
    store, window = _window(tmp_path, open_window, size)
    assert window.form.sections.item(SECTIONS.index("volunteers")).text() == "Volunteers and staff"
    assert check_every_section(window) == {}
    store.close()


def test_every_section_fits_on_a_high_dpi_screen() -> None:
    """The same checks with ``QT_SCALE_FACTOR=2`` (set before Qt starts: another process)."""
    if os.environ.get("QT_SCALE_FACTOR") == "2":
        pytest.skip("already the high-DPI run")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            __file__,
            "-k",
            "not on_a_high_dpi_screen",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "8 passed" in run.stdout, run.stdout[-2000:]


@pytest.mark.parametrize("size", SIZES)
def test_the_tables_and_their_record_editors_fit(tmp_path, open_window, size) -> None:
    """Every table shows its overview columns within its width (the name column keeps at
    least 40 % of it), and every field of the record editor is as wide as it needs."""
    store = open_store(tmp_path / "maat.sqlite")
    window = open_window(store, places=5)
    window.resize(*size)
    form = window.form
    seen = set()
    for section in ("activities", "finances", "network", "needs"):
        form.show_section(section)
        QApplication.processEvents()
        page = form.pages.currentWidget()
        assert not page.horizontalScrollBar().isVisible(), section
        for panel in page.findChildren(TablePanel):
            seen.add(panel.model.table)
            view, editor = panel.view, panel.editor
            header = view.horizontalHeader()
            shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
            width = view.viewport().width()
            assert sum(header.sectionSize(c) for c in shown) <= width, panel.model.table
            assert header.sectionSize(panel.overview[0]) >= 0.4 * width - 1, panel.model.table
            assert editor.isVisibleTo(page)
            right = editor.mapTo(page.viewport(), QPoint(editor.width(), 0)).x()
            assert right <= page.viewport().width(), panel.model.table
            for ed in editor.editors:
                assert ed.widget.isVisibleTo(page), ed.fd.name
                needed = min(ed.widget.minimumSizeHint().width(), ed.widget.maximumWidth())
                assert ed.widget.width() >= needed, ed.fd.name
    assert seen == {"activity", "income", "costs", "membership", "tie", "need"}
    store.close()


def test_activity_names_end_in_an_ellipsis_and_show_whole_in_the_tooltip(store, form) -> None:
    from PySide6.QtCore import Qt

    place_id = intake.new_place(store, "De Pit")
    long_name = "Koffieochtend voor buurtbewoners met taalcafé en een spreekuur van de wijkteams"
    themes = list(reference.options("thema"))[:6]
    store.create(
        "activity", {"place_id": place_id, "name": long_name, "days": ["ma"], "themes": themes}
    )
    form.load_place(place_id)
    form.show_section("activities")
    panel = form.table("activity")
    index = panel.model.index(0, panel.overview[0])
    assert panel.view.textElideMode() == Qt.TextElideMode.ElideRight
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_name
    assert panel.editor.editor("name").widget.text() == long_name
    line = panel.editor.editor("themes").widget  # six themes do not fit on the line
    whole = ", ".join(reference.options("thema")[t] for t in themes)
    assert line.text == whole and whole in line.toolTip()
    assert line.currentText().endswith("…") and len(line.currentText()) < len(whole)


def test_the_scale_factor_applies(qapp) -> None:
    if os.environ.get("QT_SCALE_FACTOR") != "2":
        pytest.skip("only in the high-DPI run")
    assert qapp.primaryScreen().devicePixelRatio() == 2
