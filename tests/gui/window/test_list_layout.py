"""The plekken list as a person reads and arranges it: long text cut at the end with the whole
row in the tooltip, every column resizable, and the columns and the splitter as the person left
them when the window opens again."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView

from nulmeting.reading.queries import NO_INTERVIEW, PlaceRow
from ui.window.main_window import MainWindow
from ui.window.place_list import (
    COL_COMPLETENESS,
    COL_DISTRICT,
    COL_NAME,
    COL_STATUS,
    PlaceListView,
    PlaceTableModel,
)

LONG = "Buurtcoöperatie Het Nest aan de Schiedamseweg 144"


def test_text_is_cut_at_the_end_and_every_column_can_be_resized(open_window, store):
    window = open_window(store, 12)
    view = window.view
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    header = view.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert [header.sectionResizeMode(c) for c in range(4)] == [
        QHeaderView.ResizeMode.Interactive
    ] * 4
    # the first widths at 1366×768: the longest wijk and status whole, names get the rest
    window.resize(1280, 720)
    fm = view.fontMetrics()
    assert header.sectionSize(COL_DISTRICT) > fm.horizontalAdvance("Oud-Mathenesse")
    assert header.sectionSize(COL_STATUS) > fm.horizontalAdvance("Gecontroleerd")
    total = sum(header.sectionSize(c) for c in range(4))
    assert total == view.viewport().width()  # no gap, no sideways scrolling
    assert header.sectionSize(COL_NAME) >= 130  # ~20 characters; more when maximized


def test_the_tooltip_holds_the_whole_row():
    model = PlaceTableModel()
    row = PlaceRow("p1", LONG, "Schiedamseweg 144", "oud-mathenesse", "Oud-Mathenesse", "i1",
                   "afgenomen", 0.75)  # fmt: skip
    model.set_rows([row, PlaceRow("p2", "", "", "", "", None, NO_INTERVIEW, 0.0)])
    expected = f"{LONG}\nSchiedamseweg 144\nWijk: Oud-Mathenesse\nMeting: Afgenomen · 75% volledig"
    for col in (COL_NAME, COL_DISTRICT, COL_STATUS, COL_COMPLETENESS):
        tip = model.data(model.index(model.row_of("p1"), col), Qt.ItemDataRole.ToolTipRole)
        assert tip == expected
    assert model.data(model.index(model.row_of("p2"), COL_NAME), Qt.ItemDataRole.ToolTipRole) == (
        "(naamloos)\nMeting: Geen meting · 0% volledig"
    )


def test_columns_and_splitter_are_restored_by_a_new_window(
    open_window, store, qtbot, user_settings
):
    window = open_window(store, 12)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 200)
    header = window.view.horizontalHeader()
    header.resizeSection(COL_DISTRICT, 150)  # as a drag on the column's edge does
    first = window.splitter.sizes()[0]
    window.splitter.moveSplitter(first - 60, 1)  # as a drag on the splitter does
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] < first)
    moved = window.splitter.sizes()[0]
    name = header.sectionSize(COL_NAME)
    window.close()  # saves the layout
    assert any(user_settings.rglob("*.conf"))  # in the person's own settings, not the store
    assert QSettings().value("venster/splitter")

    again = MainWindow(store)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] == moved
    header = again.view.horizontalHeader()
    assert header.sectionSize(COL_DISTRICT) == 150
    assert header.sectionSize(COL_NAME) == name
    # and the name column still follows the splitter
    again.splitter.moveSplitter(moved - 30, 1)
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] < moved)
    assert header.sectionSize(COL_NAME) == name - (moved - again.splitter.sizes()[0])
    again.close()


def test_a_broken_saved_layout_is_ignored(open_window, store, qtbot):
    QSettings().setValue("venster/plekkenlijst", b"rommel")
    QSettings().setValue("venster/plekkenlijst-breedte", 400)
    QSettings().setValue("venster/splitter", b"rommel")
    window = open_window(store, 5)
    header = window.view.horizontalHeader()
    assert header.count() == 4
    assert header.sectionSize(COL_NAME) >= PlaceListView.MIN_NAME
    assert window.splitter.sizes()[0] > 300


def test_the_list_gets_what_the_form_leaves_until_the_splitter_is_moved(open_window, store, qtbot):
    window = open_window(store, 5)
    from ui.window.main_window import FORM_ROOM

    handle = window.splitter.handleWidth()
    room = max(FORM_ROOM, window.right.minimumSizeHint().width())
    for width in (1280, 1366, 1600):
        window.resize(width, 720)
        qtbot.waitUntil(lambda w=width: window.splitter.width() == w)
        assert window.splitter.sizes()[0] == min(560, width - room - handle)
        assert window.splitter.sizes()[1] >= room  # the form keeps its room
    assert window.splitter.sizes()[0] == 560  # at 1600: no wider than that
    window.splitter.moveSplitter(380, 1)  # the person's choice stays
    kept = window.splitter.sizes()[0]
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.splitter.width() == 1280)
    assert window.splitter.sizes()[0] == kept


def colour_at(view, x, y):
    return view.viewport().grab().toImage().pixelColor(x, y).name()


def test_focus_is_easy_to_see_in_the_list_and_the_section_list(open_window, store, qtbot):
    from ui.common import FOCUS_FRAME, FOCUS_HIGHLIGHT, QUIET_HIGHLIGHT

    strong, quiet = FOCUS_HIGHLIGHT[0], QUIET_HIGHLIGHT[0]

    window = open_window(store, 8)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for view in (window.view, window.form.sections):
        view.setCurrentIndex(view.model().index(2, 0))
        rect = view.visualRect(view.currentIndex())
        middle = (rect.left() + 40, rect.top() + 4)  # above the text, inside the frame
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        assert colour_at(view, *middle) == strong  # selected, with the keyboard: strong
        assert colour_at(view, rect.left() + 40, rect.top() + 1) == FOCUS_FRAME  # framed
        window.search.setFocus()
        qtbot.waitUntil(lambda v=view: not v.hasFocus())
        assert colour_at(view, *middle) == quiet  # selected only: quiet, no frame
        assert colour_at(view, rect.left() + 40, rect.top() + 1) == quiet
