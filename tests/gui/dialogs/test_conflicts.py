"""The conflict dialog over two real laptop stores and real team files."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nulmeting.store.store import open_store
from nulmeting.team import teamfile
from tests.conftest import Clock
from ui.dialogs.conflicts import ConflictDialog


def _laptops(store, tmp_path):
    """Fatima (``store``) and Yusuf share a plek, then both change it differently."""
    other = open_store(tmp_path / "yusuf.sqlite", clock=Clock("2025-12-02T09:00:00"))
    other.set_setting("interviewer", "Yusuf")
    place = store.create("place", {"name": "Buurthuis De Pit", "postcode": "3024 AB"})
    teamfile.merge_files(
        other, [teamfile.write_teamfile(store, tmp_path / "f0.nulmeting", None)], None
    )
    return other, place


def _exchange(src, dst, tmp_path, name):
    out = teamfile.write_teamfile(src, tmp_path / name, None)
    return teamfile.merge_files(dst, [out], None)[0]


def test_pick_the_other_laptops_value_and_it_survives_further_merges(qtbot, store, tmp_path):
    other, place = _laptops(store, tmp_path)
    store.set("place", place, "name", "Buurthuis De Pit (Fatima)")
    other.set("place", place, "name", "Huiskamer De Pit")
    assert _exchange(other, store, tmp_path, "y1.nulmeting").conflicts == 1

    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    # one value is shown (largest time: Yusuf's laptop clock is a day ahead) until resolved
    assert dialog.table.item(0, 0).text() == "Huiskamer De Pit"
    assert dialog.table.item(0, 2).text() == "Naam"
    texts = [b.text() for b in dialog.choices]
    assert any("Huiskamer De Pit — Yusuf" in t for t in texts)
    assert any("Buurthuis De Pit (Fatima) — Fatima" in t for t in texts)
    yusuf = next(b for b in dialog.choices if "Yusuf" in b.text())
    qtbot.mouseClick(yusuf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert "Geen open conflicten" in dialog.summary.text()
    assert store.conflicts() == []
    assert store.values("place", place)["name"] == "Huiskamer De Pit"

    # the other laptop's old file again: the resolution already descends from its value
    assert _exchange(other, store, tmp_path, "y2.nulmeting").conflicts == 0
    assert store.conflicts() == []
    # and the resolution travels to the other laptop without a conflict there either
    summary = _exchange(store, other, tmp_path, "f1.nulmeting")
    assert summary.conflicts == 0 and summary.places_updated == 1
    assert other.conflicts() == []
    assert other.values("place", place)["name"] == "Huiskamer De Pit"
    other.close()


def test_type_a_new_value(qtbot, store, tmp_path):
    other, place = _laptops(store, tmp_path)
    store.set("place", place, "founded", 1990)
    other.set("place", place, "founded", 1999)
    _exchange(other, store, tmp_path, "y1.nulmeting")
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.own_value, "abc")
    assert dialog.own_radio.isChecked()
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert "Niet opgeslagen" in dialog.message.text()  # not a year: nothing stored
    assert len(store.conflicts()) == 1
    dialog.own_value.clear()
    qtbot.keyClicks(dialog.own_value, "1995")
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert store.conflicts() == []
    assert store.values("place", place)["founded"] == 1995
    other.close()


def test_delete_versus_edit_restore(qtbot, store, tmp_path):
    other, place = _laptops(store, tmp_path)
    store.archive("place", place)
    other.set("place", place, "name", "Buurthuis De Pit, nieuwe naam")
    _exchange(other, store, tmp_path, "y1.nulmeting")
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.restore_button.isVisibleTo(dialog) and not dialog.resolve_button.isVisibleTo(
        dialog
    )
    assert dialog.choices == []  # what each laptop did is told, the buttons below decide
    texts = " | ".join(label.text() for label in dialog.choice_labels)
    assert "Fatima" in texts and "heeft dit verwijderd" in texts
    assert "Yusuf" in texts and "nieuwe naam" in texts
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.conflicts() == []
    assert store.values("place", place)["archived"] is False
    assert store.values("place", place)["name"] == "Buurthuis De Pit, nieuwe naam"
    assert _exchange(other, store, tmp_path, "y2.nulmeting").conflicts == 0
    assert store.conflicts() == []
    other.close()


def test_values_are_shown_as_a_person_reads_them():
    from nulmeting.domain.fields import field
    from ui.dialogs.conflicts import show_value

    assert show_value("gecontroleerd", field("interview", "status")) == "Gecontroleerd"
    assert show_value("2025-12-03", field("interview", "date")) == "03-12-2025"
    assert show_value(["ma", "wo"], field("activity", "days")) == "maandag, woensdag"
    assert show_value(None, field("place", "name")) == "(leeg)"


def _three_conflicts(store, tmp_path):
    """Three open conflicts on one plek (name, founded, postcode) between Fatima and Yusuf."""
    other, place = _laptops(store, tmp_path)
    store.update("place", place, {"name": "De Pit (F)", "founded": 1990, "postcode": "3024 AA"})
    other.update("place", place, {"name": "De Pit (Y)", "founded": 1999, "postcode": "3024 BB"})
    assert _exchange(other, store, tmp_path, "y1.nulmeting").conflicts == 3
    return other, place


def _visible_radios(dialog):
    from PySide6.QtWidgets import QRadioButton

    return [b for b in dialog.findChildren(QRadioButton) if b.isVisible()]


def test_second_conflict_resolved_as_opened_from_the_window(qtbot, store, tmp_path, open_window):
    """As a person meets it: Team → Conflicten… in the window (the dialog's own event loop),
    the second conflict selected, the value that is not preselected clicked, then saved."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    other, place = _three_conflicts(store, tmp_path)
    window = open_window(store, places=3)
    seen: dict = {}

    def act():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        # row 0 is selected: two values + "Andere waarde", nothing doubled
        seen["first"] = [b.text() for b in _visible_radios(dialog)]
        dialog.table.selectRow(1)
        QApplication.processEvents()
        radios = _visible_radios(dialog)
        seen["second"] = [b.text() for b in radios]
        seen["checked"] = sum(b.isChecked() for b in radios)
        field_label = dialog.table.item(1, 2).text()
        seen["label"] = field_label
        seen["default"] = next(b.text() for b in radios if b.isChecked())
        not_default = next(b for b in radios if not b.isChecked() and "—" in b.text())
        seen["picked"] = not_default.text()
        # on the text, where a person clicks (a radio button ignores clicks right of its text)
        qtbot.mouseClick(
            not_default, Qt.MouseButton.LeftButton, pos=QPoint(30, not_default.height() // 2)
        )
        seen["checked_after"] = sum(b.isChecked() for b in _visible_radios(dialog))
        seen["now_checked"] = [b.text() for b in _visible_radios(dialog) if b.isChecked()]
        qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        seen["after"] = [b.text() for b in _visible_radios(dialog)]
        seen["rows_after"] = dialog.table.rowCount()
        seen["msg"] = dialog.message.text()
        dialog.reject()

    QTimer.singleShot(0, act)
    window.menu_actions.conflicts.trigger()

    assert seen["dialog"] == "ConflictDialog"
    assert len(seen["first"]) == 3, seen["first"]
    assert len(seen["second"]) == 3, seen["second"]
    assert seen["checked"] == 1 and seen["checked_after"] == 1
    assert seen["rows_after"] == 2
    assert len(seen["after"]) == 3, seen["after"]
    # what was clicked is what is stored, and that field's conflict is gone
    from nulmeting.domain.fields import field

    label_to_name = {field("place", n).label: n for n in ("name", "founded", "postcode")}
    name = label_to_name[seen["label"]]
    stored = store.values("place", place)[name]
    assert seen["now_checked"] == [seen["picked"]]
    assert seen["picked"].startswith(f"{stored} —"), (seen["picked"], stored)
    assert seen["msg"].endswith(f"= {stored}.")
    assert not seen["default"].startswith(f"{stored} —")  # not the preselected value
    assert name not in {c.field for c in store.conflicts()}
    assert len(store.conflicts()) == 2
    other.close()


def test_two_metingen_of_one_meetmoment_after_a_join(qtbot, store):
    from nulmeting.reading import duplicates

    keep = store.create("place", {"name": "Buurthuis De Pit", "postcode": "3024 AB"})
    gone = store.create("place", {"name": "Buurthuis de Pit", "postcode": "3024AB"})
    store.create(
        "interview", {"place_id": keep, "round": "Nulmeting 2025-2026", "volunteers_core": 7}
    )
    three = store.create(
        "interview", {"place_id": gone, "round": "Nulmeting 2025-2026", "volunteers_core": 3}
    )
    duplicates.join(store, keep, gone)

    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Twee metingen in meetmoment Nulmeting 2025-2026"
    # exactly the two metingen to choose from, nothing to type
    shown = [
        b
        for b in dialog.values_box.findChildren(type(dialog.choices[0]))
        if b.isVisible() and b is not dialog.own_radio
    ]
    assert sorted(b.text().split(" — ")[0] for b in shown) == [
        "Meting: 3 vrijwilligers",
        "Meting: 7 vrijwilligers",
    ]
    assert not dialog.own_row.isVisible()
    assert dialog.resolve_button.text() == "Deze meting bewaren"
    pick = next(b for b in dialog.choices if b.text().startswith("Meting: 3 vrijwilligers"))
    pick.click()
    assert pick.isChecked()
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Opgelost: Buurthuis De Pit")
    assert dialog.table.rowCount() == 0
    assert store.conflicts() == []
    with store.read() as conn:
        rows = conn.execute(
            "SELECT id, volunteers_core FROM interview WHERE place_id = ? AND NOT archived", (keep,)
        ).fetchall()
    assert rows == [(three, 3)]


def test_a_long_value_wraps_below_its_choice_and_a_click_on_it_chooses_it(qtbot, store, tmp_path):
    other, place = _laptops(store, tmp_path)
    mine = "Open op dinsdag en donderdag van tien tot vier; " * 3
    theirs = "Open op woensdag van tien tot vier, met koffie en hulp bij formulieren; " * 3
    store.set("place", place, "notes", mine.strip())
    other.set("place", place, "notes", theirs.strip())
    _exchange(other, store, tmp_path, "y1.nulmeting")
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.text().split(",")[0] for b in dialog.choices] == ["Yusuf", "Fatima"]
    assert all(b.text().endswith(":") for b in dialog.choices)  # who and when; the value below
    values = {label.radio: label for label in dialog.choice_labels}
    assert values[dialog.choices[1]].text() == mine.strip() and values[dialog.choices[1]].wordWrap()
    assert dialog.choices[0].isChecked()
    qtbot.mouseClick(values[dialog.choices[1]], Qt.MouseButton.LeftButton)
    assert dialog.choices[1].isChecked()
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert store.values("place", place)["notes"] == mine.strip()
    assert store.conflicts() == []
    other.close()
