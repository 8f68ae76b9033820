"""Dialogs wide enough for their title, and never larger than the screen.

A window manager cuts a title that is wider than the dialog ("Teambestanden samen…"); Qt sizes a
dialog by its contents only. :func:`fit_title` gives a dialog a minimum width of its title's
width plus room for the title bar's icon and buttons (capped by the screen);
:func:`get_text` and :func:`get_item` are ``QInputDialog.getText``/``getItem`` with that fit.
The main window fits every dialog it opens (``QInputDialog.getText``, ``QMessageBox``…) when
the dialog is first shown (``MainWindow.childEvent``): this module is imported only then.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLayout, QLineEdit, QWidget

#: Room beside the title text in a title bar: the window icon, minimise/maximise/close and the
#: window manager's padding (openbox, GNOME, Windows 10/11 are all below this), in pixels.
TITLE_ALLOWANCE = 170


def shown_title(widget: QWidget) -> str:
    """The title as the title bar shows it: Qt adds " — Nulmeting" (the application's display
    name) on Linux and Windows."""
    title = widget.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    return f"{title} — {name}" if name and title and title != name else title


def title_width(widget: QWidget) -> int:
    """The width a title bar needs for ``widget``'s title: the text in a bold font (title
    bars often use one) plus :data:`TITLE_ALLOWANCE`."""
    font = QFont(widget.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(shown_title(widget)) + TITLE_ALLOWANCE


def fit_title(dialog: QWidget) -> None:
    """At least as wide as its title needs, but not wider than the screen it opens on."""
    need = title_width(dialog)
    screen = dialog.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().width() - 40)
    if dialog.minimumWidth() >= need:
        return
    layout = dialog.layout()
    fixed = (QLayout.SizeConstraint.SetMinAndMaxSize, QLayout.SizeConstraint.SetFixedSize)
    if layout is not None and layout.sizeConstraint() in fixed:
        # the layout sets the dialog's minimum itself (QInputDialog): widen what it holds
        margins = layout.contentsMargins()
        inner = need - margins.left() - margins.right()
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setMinimumWidth(max(widget.minimumWidth(), inner))
                break
        layout.activate()
    else:
        dialog.setMinimumWidth(need)


def get_text(
    parent: QWidget | None,
    title: str,
    label: str,
    echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
    text: str = "",
) -> tuple[str, bool]:
    """``QInputDialog.getText`` with the whole title visible."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    fit_title(dialog)
    try:
        ok = bool(dialog.exec())
        return dialog.textValue(), ok
    finally:
        dialog.deleteLater()


def item_dialog(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> QInputDialog:
    """The dialog of :func:`get_item` (not editable), built but not shown."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[min(max(current, 0), len(items) - 1)])
    fit_title(dialog)
    return dialog


def get_item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> tuple[str, bool]:
    """``QInputDialog.getItem`` (not editable) with the whole title visible."""
    dialog = item_dialog(parent, title, label, items, current)
    try:
        ok = bool(dialog.exec())
        return dialog.textValue(), ok
    finally:
        dialog.deleteLater()
