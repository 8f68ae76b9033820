"""What the menu actions may use of the main window.

:class:`~ui.window.actions.WindowActions` is typed against this base, and
:class:`~ui.window.main_window.MainWindow` implements it, so the two modules do not import each
other: the window builds its actions, the actions only know this interface.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QTableView

if TYPE_CHECKING:
    from nulmeting.store.store import Store
    from ui.form import IntakeForm
    from ui.tasks import TaskRunner
    from ui.window.place_list import PlaceTableModel


class WindowBase(QMainWindow):
    """The main window's public interface for its menus (implemented by ``MainWindow``)."""

    store: Store
    tasks: TaskRunner
    form: IntakeForm
    model: PlaceTableModel
    view: QTableView
    search: QLineEdit
    district_filter: QComboBox
    listLoaded = Signal(int)  # number of plekken in the list
    #: the plek the form shows, ``None`` for none
    current_place: str | None

    def select_place(self, place_id: str) -> bool:
        """Select a plek in the list; False when it is not shown (filtered out or absent)."""
        raise NotImplementedError

    def select_proxy_row(self, row: int) -> None:
        """Select the plek shown on this row of the (filtered) list, or the last one."""
        raise NotImplementedError

    def refresh_place(self, place_id: str) -> None:
        """Read one plek's row again (after a save, a planned interview ...)."""
        raise NotImplementedError

    def remove_place(self, place_id: str) -> None:
        """Take a plek off the list (archived) and show the plek that takes its row."""
        raise NotImplementedError

    def store_changed(self) -> None:
        """The store changed outside the form: read the list again."""
        raise NotImplementedError

    def clear_filters(self) -> None:
        """Show every plek: empty the search and the filters."""
        raise NotImplementedError

    def update_conflicts(self) -> int:
        """Show the number of open conflicts (status bar, Team menu); returns it."""
        raise NotImplementedError

    def network_shown(self) -> bool:
        """Whether the network map is shown in place of the form."""
        raise NotImplementedError

    def show_network_map(self) -> None:
        """Team → Netwerkkaart: the map in place of the form, beside the list."""
        raise NotImplementedError

    def show_form(self, section: str | None = None) -> None:
        """The form again in place of the map (on ``section`` when given)."""
        raise NotImplementedError

    def change_language(self, language: str) -> None:
        """Instellingen changed the window's language: install it and retranslate."""
        raise NotImplementedError
