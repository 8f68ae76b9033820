"""The form in English: field labels, section titles and value lists from the core's registries
are shown translated, and sections are found by id whatever their title reads."""

from __future__ import annotations

from form_helpers import editor, fill
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from nulmeting.domain import reference
from nulmeting.domain.fields import SECTIONS as DUTCH_TITLES
from nulmeting.domain.fields import fields
from nulmeting.store import meetmoment
from ui.form import IntakeForm
from ui.form.sections import SECTIONS, section_fields

PREV, CUR = "Nulmeting 2025-2026", "Vervolgmeting 2026-2027"


def _dutch_labels() -> set[str]:
    """The registry's Dutch labels and options that read differently in English."""
    out = set()
    for entity in ("place", "interview", "contact"):
        for fd in fields(entity).values():
            if QCoreApplication.translate("Veld", fd.label) != fd.label:
                out.add(fd.label)
    for key in reference.option_lists():
        for name in reference.options(key).values():
            if QCoreApplication.translate("Keuze", name) != name:
                out.add(name)
    return out


def _two_winters(store) -> str:
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
        },
    )
    meetmoment.start(store, CUR)
    return pid


def test_the_form_in_english_shows_no_dutch_from_the_registry(qtbot, store, english) -> None:
    dutch = _dutch_labels()
    assert {"Naam", "Vrijwilligers (regulier)", "Stichting", "Wekelijks"} <= dutch  # loaded
    pid = _two_winters(store)
    form = IntakeForm(store)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    form.load_place(pid)

    titles = [form.sections.item(i).text() for i in range(form.sections.count())]
    assert titles == [
        "General",
        "Contact",
        "Measurement",
        "Activities",
        "Volunteers and staff",
        "Finances",
        "Sustainability",
        "Network",
        "Needs",
        "Notes",
    ]
    seen: list[str] = []
    for section in SECTIONS:
        form.show_section(section)  # by id: the titles are English now
        assert form.current_section() == section
        page = form.pages.currentWidget()
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QCheckBox)]
        for combo in page.findChildren(QComboBox):
            texts += [combo.itemText(i) for i in range(combo.count())]
        assert titles[SECTIONS.index(section)] in texts  # the page's heading
        assert DUTCH_TITLES[section] not in texts or DUTCH_TITLES[section] == "Contact"
        for text in texts:
            assert text.removesuffix(" *") not in dutch, (section, text)
        seen += texts
    assert "Volunteers (regular) *" in seen and "Neighbourhood *" in seen
    assert "Foundation" in seen and "Neighbourhood living room" in seen
    assert len(section_fields("general")) > 10

    # last year's figures and the one-click confirm work by id in English
    form.show_section("volunteers")
    _, label = form.previous_labels["volunteers_regular"]
    assert label.text() == "last year: 17 · carried over"
    box, note, button = form.confirm_boxes["volunteers"]
    assert button.text() == "Unchanged since last year"
    assert note.text() == "3 values carried over from last year, still to confirm."
    button.click()
    assert not box.isVisibleTo(form)
    assert "not measured yet" not in form.subtitle.text()
    assert form.subtitle.text().endswith("measurement: planned")


def test_the_undo_step_and_status_read_in_english(qtbot, store, english) -> None:
    pid = store.create("place", {"name": "De Brug"})
    form = IntakeForm(store)
    qtbot.addWidget(form)
    statuses: list[str] = []
    form.savedStatus.connect(statuses.append)
    form.load_place(pid)
    fill(qtbot, form, "place", "postcode", "3021 AB")
    assert form.undo_stack.undoText() == "Fill in postcode and neighbourhood"
    assert statuses[-1].startswith("Saved ")
    assert form.district_hint.text().startswith("Filled in from postcode 3021")
    assert editor(form, "place", "district").widget.currentText() == "Middelland"
    fill(qtbot, form, "place", "legal_form", "stichting")
    assert editor(form, "place", "legal_form").widget.currentText() == "Foundation"
    assert form.undo_stack.undoText() == "Change Legal form"
