"""The form in a vervolgmeting: last year's value beside each figure, one action to confirm a
section unchanged, big jumps flagged without blocking; the Meetmoment choice in the settings."""

from __future__ import annotations

from form_helpers import editor, fill
from PySide6.QtCore import Qt

from nulmeting.reading import overview
from nulmeting.store import meetmoment
from ui.dialogs.settings_dialog import SettingsDialog

PREV, CUR = "Nulmeting 2025-2026", "Vervolgmeting 2026-2027"


def sql_value(store, sql: str, *params: object) -> object:
    with store.read() as conn:
        return conn.execute(sql, params).fetchone()[0]


def _two_winters(store) -> tuple[str, str]:
    pid = store.create("place", {"name": "Huiskamer De Pit", "district": "middelland"})
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": PREV,
            "status": "afgenomen",
            "interviewer": "Fatima",
            "date": "2025-12-04",
            "volunteers_core": 5,
            "volunteers_regular": 17,
            "hours_per_week": 4,
            "total_costs": 10000,
        },
    )
    store.create(
        "activity",
        {
            "place_id": pid,
            "name": "Koffieochtend",
            "days": ["ma"],
            "frequency": "wekelijks",
            "participants": 12,
        },
    )
    meetmoment.start(store, CUR)
    iid = sql_value(store, "SELECT id FROM interview WHERE round = ?", CUR)
    return pid, iid


def test_form_shows_last_years_value_and_flags_jumps(qtbot, form, store):
    pid, iid = _two_winters(store)
    form.load_place(pid)
    form.show_section("volunteers")
    regular = editor(form, "interview", "volunteers_regular")
    _, label = form.previous_labels["volunteers_regular"]
    assert regular.widget.text() == "17"  # carried over ...
    assert label.isVisibleTo(form) and label.text().startswith("vorig jaar: 17")
    assert label.text() == "vorig jaar: 17 · overgenomen"
    box, note, button = form.confirm_boxes["volunteers"]
    assert box.isVisibleTo(form) and "nog te bevestigen" in note.text()
    assert pid not in {v.id for v in overview.load(store).places if v.counted}
    assert "nog niet gemeten" in form.subtitle.text()
    assert "Nog niet gemeten" in form.indicators_panel.note.text()

    fill(qtbot, form, "interview", "volunteers_regular", "40")  # more than doubled: flagged,
    assert (
        sql_value(store, "SELECT volunteers_regular FROM interview WHERE id = ?", iid) == 40
    )  # ... but stored
    assert "klopt dit?" in label.text() and label.property("jump") is True
    assert "nog niet gemeten" not in form.subtitle.text()  # an entered figure: measured
    assert "Nog niet gemeten" not in form.indicators_panel.note.text()
    assert "overgenomen" not in label.text()
    fill(qtbot, form, "interview", "volunteers_regular", "18")
    assert "klopt dit?" not in label.text() and label.property("jump") is False

    # the rest of the section: confirmed unchanged with one click
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not box.isVisibleTo(form)
    _, core_label = form.previous_labels["volunteers_core"]
    assert core_label.text() == "vorig jaar: 5"
    with store.read() as conn:
        carried = meetmoment.carried_fields(conn, "interview", iid)
    assert carried.isdisjoint(meetmoment.SECTIONS["volunteers"])
    view = next(v for v in overview.load(store).places if v.id == pid)
    assert view.counted and view.figures.volunteers == 5 + 18

    form.show_section("finances")
    _, costs = form.previous_labels["total_costs"]
    fill(qtbot, form, "interview", "total_costs", "16000")  # +60 %
    assert "+60% t.o.v. vorig jaar" in costs.text()

    form.show_section("activities")
    abox, anote, abutton = form.confirm_boxes["activities"]
    assert abox.isVisibleTo(form) and anote.text().startswith("1 activiteit overgenomen")
    qtbot.mouseClick(abutton, Qt.MouseButton.LeftButton)
    assert not abox.isVisibleTo(form)


def test_first_meetmoment_shows_no_previous_values(qtbot, form, store):
    pid = store.create("place", {"name": "Nieuw"})
    store.create(
        "interview",
        {
            "place_id": pid,
            "round": PREV,
            "interviewer": "Fatima",
            "status": "gepland",
            "volunteers_regular": 3,
        },
    )
    form.load_place(pid)
    form.show_section("volunteers")
    _, label = form.previous_labels["volunteers_regular"]
    assert not label.isVisibleTo(form)
    assert not form.confirm_boxes["volunteers"][0].isVisibleTo(form)


def test_settings_pick_an_existing_meetmoment_or_start_a_new_one(qtbot, store):
    _two_winters(store)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    chooser = dialog.edits["round"]
    assert [chooser.itemText(i) for i in range(chooser.count())] == [PREV, CUR]
    assert chooser.text() == CUR
    chooser.setText(PREV)
    dialog.accept()
    assert store.current_round == PREV
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.edits["round"].setText("Vervolgmeting 2027-2028")  # new: a vervolgmeting starts
    dialog.accept()
    assert store.current_round == "Vervolgmeting 2027-2028"
    assert (
        sql_value(store, "SELECT COUNT(*) FROM activity WHERE round = ?", "Vervolgmeting 2027-2028")
        == 1
    )


def test_a_stopped_plek_asks_for_no_confirmation(qtbot, form, store):
    pid, iid = _two_winters(store)
    store.set("interview", iid, "status", "gestopt")
    form.load_place(pid)
    form.show_section("volunteers")
    assert not form.confirm_boxes["volunteers"][0].isVisibleTo(form)
    assert form.previous_labels["volunteers_regular"][1].text() == "vorig jaar: 17"
    assert "Gestopt: deze plek telt" in form.indicators_panel.note.text()


def test_a_carried_activity_is_marked_until_it_is_edited_in_the_record_editor(qtbot, form, store):
    pid, _ = _two_winters(store)
    form.load_place(pid)
    form.show_section("activities")
    panel = form.table("activity")
    editor = panel.editor
    index = panel.model.index(0, 0)
    assert editor.record_id == panel.model.record_id(0)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert editor.note.isVisibleTo(form) and "Overgenomen van vorig jaar" in editor.note.text()

    participants = editor.editor("participants").widget
    assert participants.text() == "12"  # last year's figure, carried over
    participants.setFocus()
    participants.selectAll()
    qtbot.keyClicks(participants, "15")
    qtbot.keyClick(participants, Qt.Key.Key_Return)
    record = panel.model.record_id(0)
    assert sql_value(store, "SELECT participants FROM activity WHERE id = ?", record) == 15
    assert not editor.note.isVisibleTo(form)
    assert index.data(Qt.ItemDataRole.FontRole) is None
    abox, _, _ = form.confirm_boxes["activities"]
    assert not abox.isVisibleTo(form)  # nothing left to confirm


def test_only_a_plek_holding_last_years_figures_says_they_are_carried_over(qtbot, form, store):
    """Seen in a real window: a plek added this winter, with an empty planned meting, was told
    its figures were 'de overgenomen cijfers van vorig jaar'."""
    pid, _ = _two_winters(store)
    new = store.create("place", {"name": "Buurtkamer Nieuw", "district": "middelland"})
    store.create(
        "interview", {"place_id": new, "round": CUR, "status": "gepland", "interviewer": "Bas"}
    )
    form.load_place(pid)
    assert "Nog niet gemeten" in form.indicators_panel.note.text()
    form.load_place(new)
    assert "Nog niet gemeten" not in form.indicators_panel.note.text()
    assert "Gestopt" not in form.indicators_panel.note.text()
