"""A disabled button looks disabled, and Inlezen says why it cannot read a file in."""

from __future__ import annotations

import openpyxl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from nulmeting.exchange import demo, export
from nulmeting.exchange.importer import plan_import
from ui.app import _palette
from ui.dialogs.import_dialog import ImportDialog


def _darkest(button: QPushButton) -> QColor:
    """The darkest pixel of the button as drawn: its text."""
    image = button.grab().toImage()
    darkest = QColor("white")
    for x in range(0, image.width()):
        for y in range(4, image.height() - 4):
            colour = image.pixelColor(x, y)
            if colour.lightness() < darkest.lightness():
                darkest = colour
    return darkest


def test_a_disabled_button_is_drawn_lighter_than_an_enabled_one(qtbot, qapp) -> None:
    palette = _palette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    for r in (role.ButtonText, role.WindowText, role.Text):
        assert palette.color(group.Disabled, r) != palette.color(group.Active, r)
    before = qapp.palette()
    qapp.setPalette(palette)
    try:
        enabled, disabled = QPushButton("Inlezen"), QPushButton("Inlezen")
        disabled.setEnabled(False)
        for b in (enabled, disabled):
            qtbot.addWidget(b)
            b.resize(120, 32)
            b.show()
        QApplication.processEvents()
        on, off = _darkest(enabled), _darkest(disabled)
        assert on.lightness() < 90  # dark text
        assert off.lightness() - on.lightness() > 60, (on.name(), off.name())  # clearly grey
    finally:
        qapp.setPalette(before)


def _csv(path, text):
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_inlezen_says_why_a_row_with_errors_blocks_it(qtbot, store, tmp_path) -> None:
    path = _csv(tmp_path / "p.csv", "Naam;Wijk\nGoed;Spangen\nFout;Atlantis\n")
    dialog = ImportDialog(plan_import(store, path))
    qtbot.addWidget(dialog)
    dialog.show()
    reason = "1 rij heeft fouten: verbeter het bestand, of kies hierboven om alleen de geldige"
    assert not dialog.apply_button.isEnabled()
    assert dialog.why_not.isVisible() and dialog.why_not.text().startswith(reason)
    assert dialog.apply_button.toolTip() == dialog.why_not.text()
    dialog.only_valid.setChecked(True)
    assert dialog.apply_button.isEnabled()
    assert not dialog.why_not.isVisible() and dialog.apply_button.toolTip() == ""


def test_inlezen_says_why_an_unusable_file_or_nothing_new_blocks_it(qtbot, store, tmp_path):
    unusable = ImportDialog(plan_import(store, _csv(tmp_path / "x.csv", "Adres\nStraat 1\n")))
    qtbot.addWidget(unusable)
    assert not unusable.apply_button.isEnabled()
    assert unusable.why_not.text().startswith("Inlezen kan niet: dit bestand is niet bruikbaar")

    bad = ImportDialog(plan_import(store, _csv(tmp_path / "f.csv", "Naam;Wijk\nFout;Atlantis\n")))
    qtbot.addWidget(bad)
    assert bad.why_not.text().startswith("Inlezen kan niet: geen enkele rij is goed")

    demo.generate(store, 3, seed=2)
    book = export.write_overview(store, tmp_path / "o.xlsx")  # exactly what the store has
    same = ImportDialog(plan_import(store, book))
    qtbot.addWidget(same)
    assert not same.apply_button.isEnabled()
    assert same.why_not.text().startswith("Er is niets in te lezen")

    wb = openpyxl.load_workbook(book)
    ws = wb["Plekken"]
    for row in range(2, ws.max_row + 1):
        for col in range(1, ws.max_column + 1):
            ws.cell(row=row, column=col).value = None
    wb.save(tmp_path / "leeg.xlsx")
    empty = ImportDialog(plan_import(store, tmp_path / "leeg.xlsx"))
    qtbot.addWidget(empty)
    assert not empty.apply_button.isEnabled() and empty.why_not.text()
