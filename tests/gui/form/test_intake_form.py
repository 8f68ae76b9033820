"""The intake form, driven through its real widgets: fill every section, reopen, find it back."""

from __future__ import annotations

from form_helpers import editor, fill, set_cell, sql_rows, sql_value
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from nulmeting.domain.fields import field
from nulmeting.reading import intake
from nulmeting.store.store import open_store
from ui.form import IntakeForm
from ui.form.sections import SECTIONS

# (entity, field, what the person types or picks, what must be stored)
FIELDS = [
    ("place", "name", "Buurthuiskamer De Pit", "Buurthuiskamer De Pit"),
    ("place", "types", ["buurthuiskamer", "speeltuin"], ["buurthuiskamer", "speeltuin"]),
    ("place", "address", "Snellinckstraat 12", "Snellinckstraat 12"),
    ("place", "postcode", "3021ab", "3021 AB"),
    ("place", "legal_form", "stichting", "stichting"),
    ("place", "anbi", "anbi", "anbi"),
    ("place", "founded", "1998", 1998),
    ("place", "premises", "huur-woonstad", "huur-woonstad"),
    ("place", "lease_until", "31-12-2027", "2027-12-31"),
    ("place", "wheelchair_accessible", True, True),
    ("place", "description", "Huiskamer voor de buurt.", "Huiskamer voor de buurt."),
    ("interview", "date", "02-12-2025", "2025-12-02"),
    ("interview", "duration_minutes", "55", 55),
    ("interview", "status", "afgenomen", "afgenomen"),
    ("interview", "spoke_with", "coördinator", "coördinator"),
    ("interview", "volunteers_core", "5", 5),
    ("interview", "volunteers_regular", "10", 10),
    ("interview", "volunteers_occasional", "3", 3),
    ("interview", "hours_per_week", "4,5", 4.5),
    ("interview", "board_members", "3", 3),
    ("interview", "paid_fte", "0,8", 0.8),
    ("interview", "interns", "1", 1),
    ("interview", "reintegration", "2", 2),
    ("interview", "volunteer_allowance", True, True),
    ("interview", "fiscal_year", "2024", 2024),
    ("interview", "total_costs", "12.500", 12500),
    ("interview", "free_reserve", "3000", 3000),
    ("interview", "overhead_costs", "800", 800),
    ("interview", "board_continuity", "redelijk", "redelijk"),
    ("interview", "succession_arranged", False, False),
    ("interview", "key_person_dependent", True, True),
    ("interview", "funding_secured_until", "30-06-2026", "2026-06-30"),
    (
        "interview",
        "sustainability_notes",
        "Bestuur zoekt een penningmeester.",
        "Bestuur zoekt een penningmeester.",
    ),
    (
        "place",
        "notes",
        "Volgende keer de penningmeester spreken.",
        "Volgende keer de penningmeester spreken.",
    ),
    ("interview", "notes", "Gesprek in de huiskamer.", "Gesprek in de huiskamer."),
]
CONTACT = [
    ("consent_date", "01-12-2025", "2025-12-01"),
    ("consent_purposes", ["meting", "wijkagenda"], ["meting", "wijkagenda"]),
    ("keep_until", "31-12-2027", "2027-12-31"),
    ("role", "coördinator", "coördinator"),
    ("name", "Anouk Jansen", "Anouk Jansen"),
    ("email", "anouk@example.org", "anouk@example.org"),
    ("phone", "06-12345678", "06-12345678"),
]
ACTIVITIES = [
    {
        "name": "Koffieochtend",
        "themes": "Ontmoeting / eenzaamheid",
        "target_groups": "Iedereen",
        "days": "maandag, woensdag",
        "start": "10:00",
        "end": "12:00",
        "frequency": "wekelijks",
        "participants": "15",
        "run_by": "vrijwilligers",
        "partners": "DOCK",
        "public": True,
    },
    {
        "name": "Taalcafé",
        "themes": "Taal",
        "target_groups": "Nieuwkomers",
        "days": "dinsdag",
        "start": "19:00",
        "end": "21:00",
        "frequency": "2-wekelijks",
        "participants": "8",
        "run_by": "gemengd",
        "partners": "",
        "public": True,
    },
    {
        "name": "Huiswerkklas",
        "themes": "Kinderen",
        "target_groups": "Kinderen 0-12",
        "days": "donderdag",
        "start": "15:30",
        "end": "17:00",
        "frequency": "wekelijks",
        "participants": "12",
        "run_by": "vrijwilligers",
        "partners": "Woonstad",
        "public": False,
    },
]
STORED_ACTIVITIES = [
    (
        "Koffieochtend",
        ["ontmoeting-eenzaamheid"],
        ["iedereen"],
        ["ma", "wo"],
        "10:00",
        "12:00",
        "wekelijks",
        15,
        "vrijwilligers",
        "DOCK",
        True,
    ),
    (
        "Taalcafé",
        ["taal"],
        ["nieuwkomers"],
        ["di"],
        "19:00",
        "21:00",
        "2-wekelijks",
        8,
        "gemengd",
        None,
        True,
    ),
    (
        "Huiswerkklas",
        ["kinderen"],
        ["kinderen-0-12"],
        ["do"],
        "15:30",
        "17:00",
        "wekelijks",
        12,
        "vrijwilligers",
        "Woonstad",
        False,
    ),
]
INCOME = [
    {
        "source": "gemeente-bewonersinitiatief",
        "amount": "7.500",
        "structural": False,
        "ends_on": "31-12-2026",
    },
    {"source": "zaalverhuur", "amount": "4000", "structural": True, "ends_on": ""},
]


def test_fill_every_section_reopen_and_find_everything_back(qtbot, store, form, tmp_path):
    other = intake.new_place(store, "Speeltuin Het Anker")
    place_id = intake.new_place(store)
    form.load_place(place_id)
    statuses: list[str] = []
    form.savedStatus.connect(statuses.append)

    for entity, name, typed, _ in FIELDS:
        ed = fill(qtbot, form, entity, name, typed)
        assert not ed.has_error, (name, ed.error.text())
        if name == "postcode":  # the empty wijk is filled in from the postcode
            assert editor(form, "place", "district").value() == "middelland"
            assert "3021" in form.district_hint.text()
    assert statuses[-1].startswith("Opgeslagen ")

    form.show_section("contact")
    for name, typed, _ in CONTACT:
        fill(qtbot, form, "contact", name, typed)

    for values in ACTIVITIES:
        form.new_activity()
        row = form.table("activity").model.rowCount() - 1
        for name, value in values.items():
            set_cell(form, "activity", row, name, value)
    for values in INCOME:
        form.table("income").add_button.click()
        for name, value in values.items():
            set_cell(form, "income", form.table("income").model.rowCount() - 1, name, value)
    form.table("costs").add_button.click()
    set_cell(form, "costs", 0, "category", "huur-en-energie")
    set_cell(form, "costs", 0, "amount", "6000")
    form.table("membership").add_button.click()
    set_cell(form, "membership", 0, "network", "huize-middelland")
    set_cell(form, "membership", 0, "role", "trekker")
    form.table("tie").add_button.click()
    set_cell(form, "tie", 0, "other_place_id", other)
    set_cell(form, "tie", 0, "kind", "samen-activiteit")
    set_cell(form, "tie", 0, "strength", "3")
    form.table("tie").add_button.click()
    set_cell(form, "tie", 1, "partner", "DOCK")
    set_cell(form, "tie", 1, "kind", "doorverwijzen")
    form.table("need").add_button.click()
    set_cell(form, "need", 0, "kind", "penningmeester-administratie")
    set_cell(form, "need", 0, "urgency", "hoog")
    set_cell(form, "need", 0, "notes", "Penningmeester stopt in juni")

    # live indicators follow the saves: 18 volunteers × 4,5 h × 50 weeks
    assert form.indicators_panel.hours.text() == "4.050 uur"
    assert form.indicators_panel.value.text() == "€ 93.150"
    assert form.indicators_panel.completeness.value() == 100

    # close everything, reopen the store in a new form
    path = store.path
    form.close()
    store.close()
    reopened = open_store(path)
    try:
        again = IntakeForm(reopened)
        qtbot.addWidget(again)
        again.load_place(place_id)
        for entity, name, _, stored in FIELDS:
            ed = editor(again, entity, name)
            assert ed.stored == stored, name
            shown = ed.value()
            if name not in {"types"} and isinstance(shown, str) and shown:
                from nulmeting.domain.validation import clean

                assert clean(ed.fd, shown) == stored, name
            elif isinstance(stored, bool | list):
                assert shown == stored, name
        assert editor(again, "place", "district").value() == "middelland"
        for name, _, stored in CONTACT:
            assert editor(again, "contact", name).stored == stored, name
            assert editor(again, "contact", name).widget.isEnabled()
        model = again.table("activity").model
        assert model.rowCount() == 3
        assert [r["name"] for r in model.rows] == ["Koffieochtend", "Taalcafé", "Huiswerkklas"]
        assert model.index(0, 3).data() == "ma, wo"
        assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "maandag, woensdag"
        assert again.table("income").model.rowCount() == 2
        assert again.table("costs").model.rowCount() == 1
        assert again.table("tie").model.index(0, 0).data() == "Speeltuin Het Anker"
        assert again.table("need").model.rowCount() == 1
    finally:
        reopened.close()

    # ... and in the SQLite tables themselves
    place = sql_rows(path, "SELECT * FROM place WHERE id = ?", place_id)[0]
    interview = sql_rows(path, "SELECT * FROM interview WHERE place_id = ?", place_id)
    assert len(interview) == 1
    for entity, name, _, stored in FIELDS:
        row = place if entity == "place" else interview[0]
        assert sql_value(row[name], field(entity, name).kind) == stored, name
    assert place["district"] == "middelland"
    contact = sql_rows(path, "SELECT * FROM contact WHERE place_id = ?", place_id)
    assert len(contact) == 1
    for name, _, stored in CONTACT:
        assert sql_value(contact[0][name], field("contact", name).kind) == stored, name
    columns = [
        "name",
        "themes",
        "target_groups",
        "days",
        "start",
        "end",
        "frequency",
        "participants",
        "run_by",
        "partners",
        "public",
    ]
    acts = sql_rows(
        path,
        "SELECT * FROM activity WHERE place_id = ? AND NOT archived ORDER BY created_at",
        place_id,
    )
    assert [
        tuple(sql_value(a[c], field("activity", c).kind) for c in columns) for a in acts
    ] == STORED_ACTIVITIES
    lines = sql_rows(
        path,
        "SELECT kind, source, category, amount, structural, ends_on "
        "FROM finance_line WHERE interview_id = ? ORDER BY created_at",
        interview[0]["id"],
    )
    assert [
        (
            r["kind"],
            r["source"],
            r["amount"],
            bool(r["structural"]) if r["structural"] is not None else None,
            r["ends_on"],
        )
        for r in lines
    ] == [
        ("inkomsten", "gemeente-bewonersinitiatief", 7500, False, "2026-12-31"),
        ("inkomsten", "zaalverhuur", 4000, True, None),
        ("kosten", None, 6000, None, None),
    ]
    ties = sql_rows(
        path,
        "SELECT other_place_id, partner, kind, strength FROM tie "
        "WHERE place_id = ? ORDER BY created_at",
        place_id,
    )
    assert ties == [
        {"other_place_id": other, "partner": None, "kind": "samen-activiteit", "strength": 3},
        {"other_place_id": None, "partner": "DOCK", "kind": "doorverwijzen", "strength": None},
    ]
    assert sql_rows(path, "SELECT network, role FROM membership WHERE place_id = ?", place_id) == [
        {"network": "huize-middelland", "role": "trekker"}
    ]
    assert sql_rows(
        path, "SELECT kind, urgency, notes FROM need WHERE interview_id = ?", interview[0]["id"]
    ) == [
        {
            "kind": "penningmeester-administratie",
            "urgency": "hoog",
            "notes": "Penningmeester stopt in juni",
        }
    ]


def test_pages_are_built_when_first_shown_with_the_plek_on_screen(qtbot, store, form):
    place_id = intake.new_place(store, "Buurthuis De Esch")
    for name in ("Koffieochtend", "Taalcafé"):
        store.create("activity", {"place_id": place_id, "name": name})
    interview_id = intake.ensure_interview(store, place_id)
    store.update("interview", interview_id, {"fiscal_year": 2024, "total_costs": 12500})
    store.create(
        "finance_line",
        {
            "interview_id": interview_id,
            "kind": "inkomsten",
            "source": "zaalverhuur",
            "amount": 4000,
        },
    )
    form.load_place(place_id)
    activities = SECTIONS.index("activities")
    assert not form.pages.widget(activities).findChildren(QTableView)  # a placeholder
    assert "activity" not in form.tables and "income" not in form.tables
    assert form.built_pages() == ["general"]

    form.sections.setCurrentRow(activities)  # as a click in the list of sections
    assert form.built_pages() == ["general", "activities"]
    assert form.pages.currentIndex() == activities
    assert form.pages.currentWidget().isAncestorOf(form.tables["activity"])
    assert [r["name"] for r in form.tables["activity"].model.rows] == ["Koffieochtend", "Taalcafé"]

    form.show_section("finances")
    assert form.built_pages() == ["general", "activities", "finances"]
    income = form.tables["income"].model
    assert [(r["source"], r["amount"]) for r in income.rows] == [("zaalverhuur", 4000)]
    assert form.tables["costs"].model.rowCount() == 0
    shown = {e.fd.name: e for e in form.editors if e.fd.entity == "interview"}
    assert shown["fiscal_year"].widget.text() == "2024"
    assert shown["total_costs"].stored == 12500
    fill(qtbot, form, "interview", "free_reserve", "3000")  # a lazily built editor saves
    assert store.values("interview", interview_id)["free_reserve"] == 3000
    assert form.built_pages() == ["general", "activities", "finances"]


def test_invalid_postcode_shows_dutch_message_and_stores_nothing(qtbot, store, form):
    place_id = intake.new_place(store, "De Brug")
    form.load_place(place_id)
    fill(qtbot, form, "place", "postcode", "3021 AB")
    before = sql_rows(store.path, "SELECT COUNT(*) AS n FROM change")[0]["n"]
    ed = fill(qtbot, form, "place", "postcode", "30211")
    assert ed.has_error and ed.error.isVisibleTo(form)
    assert "geen geldige postcode" in ed.error.text() and "1234 AB" in ed.error.text()
    assert ed.widget.text() == "30211"  # stays in the field for the person to fix
    assert sql_rows(store.path, "SELECT COUNT(*) AS n FROM change")[0]["n"] == before
    assert store.values("place", place_id)["postcode"] == "3021 AB"
    assert sql_rows(store.path, "SELECT postcode FROM place")[0]["postcode"] == "3021 AB"
    fill(qtbot, form, "place", "postcode", "3022 CD")  # fixed: message gone, stored
    assert not ed.has_error
    assert store.values("place", place_id)["postcode"] == "3022 CD"


def test_undo_and_redo_write_through_the_store(qtbot, store, form):
    place_id = intake.new_place(store, "Het Anker")
    form.load_place(place_id)
    ed = fill(qtbot, form, "place", "name", "Het Anker aan de Kade")
    fill(qtbot, form, "interview", "volunteers_core", "7")
    assert store.values("place", place_id)["name"] == "Het Anker aan de Kade"
    form.undo_stack.undo()  # volunteers
    form.undo_stack.undo()  # name
    assert ed.widget.text() == "Het Anker"
    assert store.values("place", place_id)["name"] == "Het Anker"
    assert sql_rows(store.path, "SELECT name FROM place")[0]["name"] == "Het Anker"
    assert editor(form, "interview", "volunteers_core").widget.text() == ""
    form.undo_stack.redo()
    assert ed.widget.text() == "Het Anker aan de Kade"
    assert store.values("place", place_id)["name"] == "Het Anker aan de Kade"


def test_undo_of_a_table_edit_and_of_a_deleted_row(qtbot, store, form):
    place_id = intake.new_place(store, "Atelier")
    form.load_place(place_id)
    form.new_activity()
    set_cell(form, "activity", 0, "name", "Naaiatelier")
    set_cell(form, "activity", 0, "name", "Naaicafé")
    form.undo_stack.undo()
    assert form.table("activity").model.rows[0]["name"] == "Naaiatelier"
    form.table("activity").view.setCurrentIndex(form.table("activity").model.index(0, 0))
    form.table("activity").delete_button.click()
    assert store.counts()["activity"] == 0
    form.undo_stack.undo()
    assert store.counts()["activity"] == 1
    assert form.table("activity").model.rowCount() == 1


def test_consent_rule_holds_in_the_form(qtbot, store, form):
    place_id = intake.new_place(store, "Inloophuis De Linde")
    form.load_place(place_id)
    form.show_section("contact")
    personal = [editor(form, "contact", n) for n in ("name", "email", "phone")]
    assert not any(e.widget.isEnabled() for e in personal)
    assert form.contacts.rule.isVisibleTo(form)
    fill(qtbot, form, "contact", "role", "voorzitter")  # not personal: allowed
    assert sql_rows(store.path, "SELECT name, role FROM contact") == [
        {"name": None, "role": "voorzitter"}
    ]
    fill(qtbot, form, "contact", "consent_date", "01-12-2025")
    assert not any(e.widget.isEnabled() for e in personal)  # a date alone is not enough
    fill(qtbot, form, "contact", "consent_purposes", ["meting"])
    assert all(e.widget.isEnabled() for e in personal)
    fill(qtbot, form, "contact", "name", "Gerda Visser")
    fill(qtbot, form, "contact", "email", "gerda@example.org")
    assert sql_rows(store.path, "SELECT name, email FROM contact") == [
        {"name": "Gerda Visser", "email": "gerda@example.org"}
    ]
    # consent withdrawn: the personal data goes with it, and the fields lock again
    ed = editor(form, "contact", "consent_date")
    ed.widget.clear()
    ed.widget.editingFinished.emit()
    assert sql_rows(store.path, "SELECT name, email, phone FROM contact") == [
        {"name": None, "email": None, "phone": None}
    ]
    assert personal[0].widget.text() == ""
    assert not any(e.widget.isEnabled() for e in personal)


def test_autosave_while_typing_and_on_switching_plek(qtbot, store, form):
    first = intake.new_place(store, "Eerste")
    second = intake.new_place(store, "Tweede")
    form.load_place(first)
    ed = editor(form, "place", "address")
    qtbot.keyClicks(ed.widget, "Beukelsdijk 1")  # no Enter, no focus change
    qtbot.waitUntil(
        lambda: store.values("place", first).get("address") == "Beukelsdijk 1", timeout=1500
    )
    qtbot.keyClicks(ed.widget, "0")
    form.load_place(second)  # switching saves what is being typed
    assert store.values("place", first)["address"] == "Beukelsdijk 10"
    assert ed.widget.text() == ""
    assert form.title.text() == "Tweede"


def test_interview_created_on_first_edit_with_status_gepland(qtbot, store, form):
    place_id = intake.new_place(store, "Moestuin")
    form.load_place(place_id)
    assert intake.load(store, place_id).interview is None
    fill(qtbot, form, "interview", "volunteers_core", "4")
    data = intake.load(store, place_id)
    assert data.interview["status"] == "gepland"
    assert data.interview["round"] == "Nulmeting 2025-2026"
    assert data.interview["interviewer"] == "Fatima"
    assert data.interview["volunteers_core"] == 4
    assert editor(form, "interview", "status").value() == "gepland"


def test_summary_pdf_is_one_page_with_the_plek(qtbot, store, form, tmp_path):
    from pypdf import PdfReader

    place_id = intake.new_place(store, "Buurthuiskamer Zonnebloem")
    form.load_place(place_id)
    fill(qtbot, form, "interview", "volunteers_core", "6")
    out = form.write_summary_pdf(tmp_path / "samenvatting.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Buurthuiskamer Zonnebloem" in text
    assert "Vrijwilligers (kern)" in text and "Handtekening" in text


def test_typing_a_contact_field_is_not_rewritten_at_the_pause(qtbot, store, form):
    place = intake.new_place(store, "De Pit")
    form.load_place(place)
    ed = editor(form, "contact", "role")
    qtbot.keyClicks(ed.widget, "Voorzitter ")  # the pause saves; the trailing space stays
    qtbot.waitUntil(
        lambda: any(
            store.values("contact", c).get("role") == "Voorzitter" for c in [form.contact_id] if c
        ),
        timeout=1500,
    )
    assert ed.widget.text() == "Voorzitter "
    qtbot.keyClicks(ed.widget, "bestuur")
    qtbot.keyClick(ed.widget, Qt.Key.Key_Return)
    assert store.values("contact", form.contact_id)["role"] == "Voorzitter bestuur"


def test_undo_stays_with_the_plek_on_screen(qtbot, store, form):
    first = intake.new_place(store, "Eerste")
    second = intake.new_place(store, "Tweede")
    form.load_place(first)
    fill(qtbot, form, "place", "address", "Beukelsdijk 1")
    assert form.undo_stack.canUndo()
    form.load_place(second)
    assert not form.undo_stack.canUndo()  # Ctrl+Z here must not change the plek out of sight
    form.undo_stack.undo()
    assert store.values("place", first)["address"] == "Beukelsdijk 1"


def test_a_change_from_outside_shows_and_undo_cannot_overwrite_it(qtbot, store, form):
    place = intake.new_place(store, "De Pit")
    form.load_place(place)
    fill(qtbot, form, "place", "address", "Beukelsdijk 1")
    store.update("place", place, {"address": "Snellinckstraat 2"})  # e.g. a merge
    form.reload_from_store()
    assert editor(form, "place", "address").widget.text() == "Snellinckstraat 2"
    assert not form.undo_stack.canUndo()


def test_a_busy_store_says_not_saved_and_keeps_the_typed_text(qtbot, store, form):
    import sqlite3

    place = intake.new_place(store, "De Pit")
    form.load_place(place)
    with store.engine.connect() as conn:  # wait 0.1 s for the lock, not 10 s
        conn.exec_driver_sql("PRAGMA busy_timeout=100")
    other = sqlite3.connect(store.path, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock (a merge, say)
    try:
        statuses = []
        form.savedStatus.connect(statuses.append)
        ed = fill(qtbot, form, "place", "address", "Beukelsdijk 1")
        assert statuses and statuses[-1].startswith("Nog niet opgeslagen")
        assert ed.widget.text() == "Beukelsdijk 1"  # nothing the person typed is thrown away
        assert "bezet" in ed.error.text()
        assert form.pending_count() == 1  # kept, and tried again
        assert store.values("place", place).get("address") is None
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: form.pending_count() == 0, timeout=5000)  # once free, it saves
    assert store.values("place", place)["address"] == "Beukelsdijk 1"
    assert statuses[-1].startswith("Opgeslagen")


def test_duplicating_a_row_read_back_from_the_store(qtbot, store, form):
    """Rows loaded from the store carry bookkeeping (updated_at): Dupliceren copies the fields."""
    place_id = intake.new_place(store, "De Pit")
    store.create("activity", {"place_id": place_id, "name": "Koffieochtend", "days": ["di"]})
    form.load_place(place_id)
    panel = form.table("activity")
    assert "updated_at" in panel.model.rows[0]
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.copy_button.click()
    assert panel.model.rowCount() == 2
    names = sql_rows(
        store.path, "SELECT name, days FROM activity WHERE place_id = ? AND NOT archived", place_id
    )
    assert [(r["name"], sql_value(r["days"], "multi")) for r in names] == [
        ("Koffieochtend", ["di"]),
        ("Koffieochtend", ["di"]),
    ]
