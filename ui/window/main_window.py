"""The main window: the plekken list (left) and the selected plek's intake form (right).

The list is loaded on the worker thread (:mod:`ui.tasks`); after a save the form emits
``placeChanged`` and only that row is read again (:func:`nulmeting.reading.queries.place_row`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nulmeting.domain import reference
from nulmeting.reading import queries
from nulmeting.store.store import Store
from ui.common import MUTED, fill, focus_highlight, tint
from ui.form import IntakeForm
from ui.tasks import TaskRunner
from ui.window.base import WindowBase
from ui.window.place_list import (
    ANY,
    COL_COMPLETENESS,
    COL_DISTRICT,
    COL_NAME,
    COL_STATUS,
    PlaceFilterProxy,
    PlaceListView,
    PlaceTableModel,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QChildEvent

    from nulmeting.network.position import PositionCache
    from ui.network.view import NetworkPanel

DEFAULT_SIZE = (1280, 720)  # fits a 1366×768 laptop screen with its task bar
#: The list's first width: what the form leaves of the window (FORM_ROOM, or the form's minimum
#: width when that is more), within these bounds (about 430 px in a 1280 px window, 515 px on
#: a 1366 px laptop screen); once the person moves the splitter, their width is kept (and
#: remembered)
LIST_WIDTH = (340, 560)
FORM_ROOM = 845  # the form's width in a 1280 px window: every section fits without scrolling
#: QSettings keys of the layout a person leaves (splitter, the list's columns)
SETTINGS_GEOMETRY = "venster/geometrie"
SETTINGS_SPLITTER = "venster/splitter"
SETTINGS_LIST_COLUMNS = "venster/plekkenlijst"
SETTINGS_LIST_WIDTH = "venster/plekkenlijst-breedte"
HEADER_PADDING = 8  # px each side of a column title (Fusion's header margins)


class MainWindow(WindowBase):
    listLoaded = Signal(int)  # number of plekken in the list
    listFailed = Signal(str)  # Dutch message
    placeLoaded = Signal(str)  # the form shows this plek ("" for none)
    view: PlaceListView

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.tasks = TaskRunner(self)
        self.current_place: str | None = None
        self._filtering = False
        self._conflicts = 0
        self._widened: dict[int, tuple[int, int]] = {}  # column → (its width, widened to)
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(900, 560)

        self.model = PlaceTableModel(self)
        self.proxy = PlaceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.form = IntakeForm(store, self)
        self._build_list_panel()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_panel)
        self.right = QStackedWidget()  # the form, or the network map (Team → Netwerkkaart)
        self.right.addWidget(self.form)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._list_follows_window = True  # until the person moves the splitter
        splitter.splitterMoved.connect(self._splitter_moved)
        self._fit_list(DEFAULT_SIZE[0])
        self.restore_layout()

        self.saved_label = QLabel("")
        self.who_label = QLabel("")
        self.conflict_label = QLabel("")
        self.conflict_label.hide()
        self.statusBar().addPermanentWidget(self.conflict_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.who_label)

        self.form.placeChanged.connect(self.refresh_place)
        self.form.savedStatus.connect(self.saved_label.setText)
        self.form.networkPositionWanted.connect(self._network_position)
        self._network_cache: PositionCache | None = None
        self.network_panel: NetworkPanel | None = None  # made when first shown

        from ui.window.actions import WindowActions

        self.menu_actions = WindowActions(self)
        self._retranslate()
        focus_highlight(self.view)  # where the keyboard is: plain to see in both lists
        focus_highlight(self.form.sections)
        QWidget.setTabOrder(self.search, self.district_filter)
        QWidget.setTabOrder(self.district_filter, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.view)
        QWidget.setTabOrder(self.view, self.form)

    # ---------------------------------------------------------------- list panel

    def _build_list_panel(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(self.proxy.set_search, text))

        self.district_filter = QComboBox()
        self.district_filter.addItem("", ANY)  # "Alle wijken": see _retranslate
        area = self.store.setting("area")
        districts = [d for d in reference.districts().values() if d.area == area] or list(
            reference.districts().values()
        )
        for d in districts:
            self.district_filter.addItem(d.name, d.code)
        self.district_filter.currentIndexChanged.connect(
            lambda _i: self._filter(self.proxy.set_district, self.district_filter.currentData())
        )

        self.status_filter = QComboBox()
        self.status_filter.addItem("", ANY)  # "Alle statussen", "Geen meting": _retranslate
        self.status_filter.addItem("", queries.NO_INTERVIEW)
        for code in reference.options("metingstatus"):
            self.status_filter.addItem("", code)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(self.proxy.set_status, self.status_filter.currentData())
        )

        self.view = PlaceListView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # arrows move in the list, Tab goes on to the form
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.view.set_first_widths(self._first_column_widths(districts))
        self.view.setShowGrid(False)  # alternating rows; colours from the app's palette
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.count_label = QLabel("")
        tint(self.count_label, MUTED)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.district_filter, 1)
        filters.addWidget(self.status_filter, 1)

        panel = QWidget()
        panel.setObjectName("listPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        panel.setMinimumWidth(340)
        self.list_panel = panel

    def _first_column_widths(self, districts: list[reference.District]) -> dict[int, int]:
        """Wijk, Meting and Volledig as wide as their longest value or title (the name column
        gets the rest): "Oud-Mathenesse" and "Gecontroleerd" whole at 1366×768."""
        cell = self.view.fontMetrics()
        title = self.view.horizontalHeader().fontMetrics()
        style = self.view.style()
        # the delegate's text margins, and the header's (Qt's own metrics), plus a little air
        cell_pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        title_pad = 2 * HEADER_PADDING  # as _fit_headers measures a title
        texts = {
            COL_DISTRICT: [d.name for d in districts],
            COL_STATUS: [
                self.model.status_text(queries.NO_INTERVIEW),
                *(self.model.status_text(c) for c in reference.options("metingstatus")),
            ],
            COL_COMPLETENESS: ["100%"],
        }
        return {
            col: max(
                max(cell.horizontalAdvance(t) for t in values) + cell_pad,
                title.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
                + title_pad,
            )
            for col, values in texts.items()
        }

    # ---------------------------------------------------------------- layout kept across restarts

    def _splitter_moved(self, *_args) -> None:
        self._list_follows_window = False

    def _fit_list(self, window_width: int) -> None:
        """The list's first width for a window this wide (see ``LIST_WIDTH``)."""
        low, high = LIST_WIDTH
        handle = self.splitter.handleWidth()
        room = max(FORM_ROOM, self.right.minimumSizeHint().width())  # the form's own minimum
        width = max(low, min(high, window_width - room - handle))
        rest = max(1, window_width - width - handle)
        self.splitter.setSizes([width, rest])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._list_follows_window:
            self._fit_list(event.size().width())

    def restore_layout(self, settings: QSettings | None = None) -> bool:
        """The window's size, the splitter and the list's columns as the person left them
        (QSettings: per user and per computer, not in the store — it is about this screen, not
        the data). Without a saved size, a laptop screen (up to 1440 px wide) gets the window
        maximized: the names in the list need every pixel."""
        settings = settings or QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if not (geometry and self.restoreGeometry(geometry)):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and 1024 <= screen.width() <= 1440:
                self.setWindowState(Qt.WindowState.WindowMaximized)
        splitter = settings.value(SETTINGS_SPLITTER)
        restored = bool(splitter) and self.splitter.restoreState(splitter)
        if restored:
            self._list_follows_window = False
        width = settings.value(SETTINGS_LIST_WIDTH)
        restored_list = self.view.restore_state(
            settings.value(SETTINGS_LIST_COLUMNS), int(width) if width else None
        )
        return restored or restored_list

    def save_layout(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        columns, width = self.view.save_state()
        values = {
            SETTINGS_GEOMETRY: self.saveGeometry(),
            SETTINGS_SPLITTER: self.splitter.saveState(),
            SETTINGS_LIST_COLUMNS: columns,
            SETTINGS_LIST_WIDTH: width,
        }
        changed = {k: v for k, v in values.items() if settings.value(k) != v}
        if not changed:  # as it was: no write (~90 ms of closing a window nobody rearranged)
            return
        for key, value in changed.items():
            settings.setValue(key, value)
        settings.sync()

    def _filter(self, setter, value) -> None:
        """Change a filter. The form keeps showing the current plek, even when the filter hides
        it (typing a search must not open other plekken on the way)."""
        self._keeping_form(lambda: setter(value))

    def _keeping_form(self, change) -> None:
        """Run ``change`` (a filter or a row update) without the form leaving its plek: the
        list may hide the row, but what the person is typing stays on the plek it belongs to."""
        self._filtering = True
        try:
            change()
            self._update_count()
            if self.current_place is None:
                return
            source_row = self.model.row_of(self.current_place)
            index = self.proxy.mapFromSource(self.model.index(source_row, COL_NAME))
            selection = self.view.selectionModel()
            if not index.isValid():
                selection.clear()
            elif selection.currentIndex().row() != index.row():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._filtering = False

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        # Dutch is the source text, without plural forms of its own: singular and plural apart
        if shown != total:
            text = self.tr("%1 van %n plekken", "", total).replace("%1", str(shown))
        elif total == 1:
            text = self.tr("%n plek", "", total)
        else:
            text = self.tr("%n plekken", "", total)
        self.count_label.setText(text)

    # ---------------------------------------------------------------- language

    def _retranslate(self) -> None:
        """The window's own texts in the current language (at start, and again after a change
        of language: :meth:`changeEvent`)."""
        self.update_who()  # and the window title
        self.search.setPlaceholderText(self.tr("Zoek op naam of adres (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.district_filter.setAccessibleName(self.tr("Filter op wijk"))
        self.district_filter.setItemText(0, self.tr("Alle wijken"))
        self.status_filter.setAccessibleName(self.tr("Filter op status van de meting"))
        self.status_filter.setItemText(0, self.tr("Alle statussen"))
        self.status_filter.setItemText(1, self.tr("Geen meting"))
        names = reference.options("metingstatus")
        for i in range(2, self.status_filter.count()):
            name = names.get(self.status_filter.itemData(i), "")
            self.status_filter.setItemText(i, QCoreApplication.translate("Keuze", name))
        self.view.setAccessibleName(self.tr("Plekken"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.view.viewport().update()  # the status column's names
        self._fit_headers()
        self.conflict_label.setAccessibleName(self.tr("Open conflicten"))
        self._show_conflicts(self._conflicts)
        self._update_count()
        self.menu_actions.retranslate()

    def _fit_headers(self) -> None:
        """A column at least as wide as its title ("Neighbourhood" is longer than "Wijk"); the
        name column gives the room."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for col in (COL_DISTRICT, COL_STATUS, COL_COMPLETENESS):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            need = metrics.horizontalAdvance(title) + 2 * HEADER_PADDING
            width = header.sectionSize(col)
            before, widened = self._widened.pop(col, (width, -1))
            if width == widened:  # widened for another language's title: back, if it fits
                width = before
            if width < need:
                self._widened[col] = (width, need)
                width = need
            if width != header.sectionSize(col):
                self.view.resize_column(col, width)

    def childEvent(self, event: QChildEvent) -> None:
        """A dialog of the window, when first shown, is as wide as its title needs (a password
        or a name asked with QInputDialog cut its title to "Team… meting")."""
        # the type first: handing every new child (actions, workers) to Python builds their
        # wrapper types and enums, ~40 ms of start-up
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QDialog):
                from ui.dialogs.fit import fit_title

                fit_title(child)
        super().childEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def change_language(self, language: str) -> None:
        """Instellingen changed the window's language: the menus, the list, the status bar, the
        network map and every dialog opened from now on follow at once (Qt sends LanguageChange
        to every widget; ours retranslate, the map is built again); the form is built once, so
        it follows at the next start. Said in the new language."""
        from PySide6.QtWidgets import QApplication

        from ui import i18n

        app = QApplication.instance()
        if app is None:
            return
        i18n.install(app, language)  # our catalogue and Qt's own; Qt sends LanguageChange
        self._retranslate()  # now, not only when the event arrives
        if self.network_panel is not None:  # built again, in the new language, when shown
            shown = self.network_shown()
            self.right.removeWidget(self.network_panel)
            self.network_panel.deleteLater()
            self.network_panel = None
            if shown:
                self.show_network_map()
        QMessageBox.information(
            self,
            "Nulmeting",
            self.tr(
                "Menu's en vensters zijn nu in het Nederlands; het formulier volgt bij de "
                "volgende start van Nulmeting."
            ),
        )

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read the list again on the worker; keeps the selected plek selected."""
        store = self.store
        self.tasks.run(
            lambda progress: queries.place_rows(store),
            self._on_rows,
            on_error=self._on_rows_failed,
            label=self.tr("Plekken laden…"),
            cancellable=False,
        )

    def _on_rows_failed(self, exc: BaseException) -> None:
        import traceback

        traceback.print_exception(exc)
        message = self.tr("De lijst met plekken kon niet gelezen worden: %1").replace(
            "%1", str(exc)
        )
        self.statusBar().showMessage(message)
        self.listFailed.emit(message)

    def _on_rows(self, rows: list[queries.PlaceRow]) -> None:
        keep = self.current_place
        self.model.set_rows(rows)
        self._update_count()
        self.update_conflicts()
        if not (keep and self.select_place(keep)):
            self.select_proxy_row(0)
        self.listLoaded.emit(len(rows))

    def select_proxy_row(self, row: int) -> None:
        if self.proxy.rowCount() == 0:
            self._show_place(None)
            return
        row = max(0, min(row, self.proxy.rowCount() - 1))
        self.view.selectionModel().setCurrentIndex(
            self.proxy.index(row, COL_NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_place(self, place_id: str) -> bool:
        """Select a plek in the list; False when it is not shown (filtered out or absent)."""
        source_row = self.model.row_of(place_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, COL_NAME))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if self.current_place != place_id:
            self._show_place(place_id)
        return True

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filtering:
            return
        place_id = self.proxy.place_id(current.row()) if current.isValid() else None
        if place_id != self.current_place:
            self._show_place(place_id)

    def _show_place(self, place_id: str | None) -> None:
        self.current_place = place_id
        self.form.load_place(place_id)
        if self.network_panel is not None and self.network_shown():
            self.network_panel.view.select(place_id)
        self.menu_actions.update_enabled()
        self.placeLoaded.emit(place_id or "")

    def remove_place(self, place_id: str) -> None:
        proxy_row = self.view.currentIndex().row()
        self.model.remove(place_id)
        self._update_count()
        self.current_place = None
        self.select_proxy_row(proxy_row)
        if self.current_place is None:  # the same row number: select it explicitly
            self._on_current_row(self.view.currentIndex(), self.view.currentIndex())

    def refresh_place(self, place_id: str) -> None:
        """Read one plek's row again (after a save, a planned interview ...)."""
        row = queries.place_row(self.store, place_id)
        if row is None:  # gone (archived elsewhere): the list moves on to another plek
            self.model.remove(place_id)
            self._update_count()
        else:
            self._keeping_form(lambda: self.model.upsert(row))

    def store_changed(self) -> None:
        """The store changed outside the form (merge, sync, import, conflicts, settings):
        read the list again and show the current plek as stored."""
        self.update_who()
        self.reload()
        self.form.reload_from_store()
        if self.network_panel is not None and self.network_shown():
            self.network_panel.reload()

    # ---------------------------------------------------------------- network

    @property
    def network_cache(self) -> PositionCache:
        """The network model of the store's current state, shared by the form's Netwerk
        section and the Netwerkkaart (computed on the worker, again only after a change)."""
        if self._network_cache is None:
            from nulmeting.network.position import PositionCache

            self._network_cache = PositionCache()
        return self._network_cache

    def _network_position(self, place_id: str) -> None:
        store, cache = self.store, self.network_cache
        unknown = self.tr("Positie in het netwerk onbekend: %1")
        self.tasks.run(
            lambda _progress: cache.sentence(store, place_id),
            lambda text: self.form.show_network_position(place_id, text),
            on_error=lambda exc: self.form.show_network_position(
                place_id, unknown.replace("%1", str(exc))
            ),
            label=self.tr("Netwerk berekenen…"),
            cancellable=False,
        )

    def network_shown(self) -> bool:
        return self.network_panel is not None and self.right.currentWidget() is self.network_panel

    def show_network_map(self) -> None:
        """Team → Netwerkkaart: the map in place of the form, beside the list."""
        if self.network_panel is None:
            from ui.network.view import NetworkPanel

            self.network_panel = NetworkPanel(self, self)
            self.right.addWidget(self.network_panel)
        self.right.setCurrentWidget(self.network_panel)
        self.menu_actions.network_map.setChecked(True)
        self.network_panel.view.setFocus()
        self.network_panel.reload()

    def show_form(self, section: str | None = None) -> None:
        """The form again in place of the map (on ``section`` when given)."""
        self.right.setCurrentWidget(self.form)
        self.menu_actions.network_map.setChecked(False)
        if section and self.form.place_id:
            self.form.show_section(section)

    def update_conflicts(self) -> int:
        """Open conflicts in the status bar and in Team → Conflicten (after every load of the
        list: start, merge, sync, import, resolving). A plain SQLite count: a few ms."""
        from nulmeting.domain.errors import UserError

        try:
            n = self.store.open_conflict_count()
        except UserError:  # the store is busy: the next reload counts again
            return -1
        self._show_conflicts(n)
        return n

    def _show_conflicts(self, n: int) -> None:
        self._conflicts = n
        # Dutch is the source text, without plural forms of its own: singular and plural apart
        text = (
            self.tr("%n open conflict", "", n) if n == 1 else self.tr("%n open conflicten", "", n)
        )
        self.conflict_label.setText(f"⚠ {text}" if n else "")
        self.conflict_label.setToolTip(
            self.tr("Team → Conflicten… om ze op te lossen") if n else ""
        )
        self.conflict_label.setVisible(bool(n))
        self.menu_actions.set_conflict_count(n)

    def clear_filters(self) -> None:
        self.search.clear()
        self.district_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)

    def update_who(self) -> None:
        """The buurtverbinder and meetmoment in the status bar; the gebied and meetmoment in the
        title (Qt adds the application's name: "Delfshaven · Nulmeting 2025 — Nulmeting")."""
        who = self.store.interviewer or self.tr("geen naam")
        round_name = self.store.current_round or self.tr("geen meetmoment")
        self.who_label.setText(f"{who} · {round_name}")
        area = reference.areas().get(self.store.setting("area"), "")
        title = fill(self.tr("%1 · %2"), area, round_name) if area else round_name
        self.setWindowTitle(title)

    # ---------------------------------------------------------------- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        running = self.tasks.running_labels()
        if running and not self._stop_running_work(running):
            event.ignore()
            return
        self.tasks.shutdown()
        self.save_layout()
        super().closeEvent(event)

    def _stop_running_work(self, labels: list[str]) -> bool:
        """Closing stops the person's running work (an import, a merge ...): ask first. No: the
        window stays, with the work's progress in sight."""
        what = ", ".join(label.rstrip("…").lower() for label in labels)
        answer = QMessageBox.question(
            self,
            "Nulmeting",
            self.tr(
                "Er loopt nog iets: %1.\nSluiten breekt dit af; wat nog niet klaar is, wordt "
                "niet opgeslagen.\n\nToch sluiten?"
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return True
        self.tasks.show_progress()
        return False
