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
    teamfile.merge_files(other, [teamfile.write_teamfile(store, tmp_path / "f0.nulmeting", None)],
                         None)
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
        dialog)
    texts = " | ".join(b.text() for b in dialog.choices)
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
