"""The dialogs in English (the shipped nulmeting_en.qm), the merge outcome from its numbers, and
the Dutch that stays when no translation is installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from nulmeting.team.merge import MergeSummary
from nulmeting.team.sync import SyncSummary
from ui import i18n


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "nl")


SUMMARY = MergeSummary(
    "yusuf.nulmeting",
    places_added=3,
    places_updated=1,
    records_added=3,
    unchanged=3677,
    added={"place": 3, "activity": 2, "contact": 1},
    updated={"place": 1},
    conflicts=2,
    deletion_conflicts=1,
    new_changes=40,
)


def test_merge_outcome_in_dutch_is_the_cores_sentence() -> None:
    from ui.dialogs.results import merge_details, merge_heading

    assert merge_details([SUMMARY]) == SUMMARY.dutch()
    assert merge_details([SUMMARY]) == (
        "yusuf.nulmeting: 3 plekken nieuw, 1 plek bijgewerkt; 2 activiteiten en "
        "1 contactpersoon nieuw. 2 conflicten om te bekijken (bij 1 is iets verwijderd dat "
        "elders gewijzigd is)."
    )
    assert merge_heading([SUMMARY, SUMMARY], 4) == (
        "6 plekken nieuw, 2 plekken bijgewerkt; 4 activiteiten en 2 contactpersonen nieuw. "
        "4 conflicten om te bekijken."
    )
    assert merge_heading([MergeSummary("a", unchanged=9)], 0) == "Niets nieuws. Geen conflicten."


def test_sync_outcome_in_dutch_is_the_cores_sentence() -> None:
    from ui.dialogs.results import sync_text

    for summary in (
        SyncSummary("srv", pushed=1, pulled=5, added={("place", "a"), ("need", "b")}),
        SyncSummary("srv", pushed=2, updated={("interview", "i")}, conflicts=1),
        SyncSummary("srv", pulled=1),
        SyncSummary("srv"),
    ):
        assert sync_text(summary) == summary.dutch()


def test_merge_and_sync_outcome_in_english(english) -> None:
    from ui.dialogs.results import ResultDialog, merge_details, merge_heading, sync_text

    assert merge_details([SUMMARY]) == (
        "yusuf.nulmeting: 3 places added, 1 place updated; 2 activities and 1 contact person "
        "added. 2 conflicts to review (in 1, something was deleted that was changed elsewhere)."
    )
    assert merge_heading([SUMMARY], 1) == (
        "3 places added, 1 place updated; 2 activities and 1 contact person added. "
        "1 conflict to review."
    )
    assert sync_text(SyncSummary("srv", pushed=1, pulled=12)) == (
        "Synchronised with srv: 1 change sent and 12 received."
    )
    dialog = ResultDialog("Merge", merge_heading([SUMMARY], 2), "", conflicts=2)
    assert [b.text() for b in dialog.buttons.values()] == ["Review conflicts (2)", "Close"]
    dialog.deleteLater()


def test_every_dialog_speaks_english(english, qtbot, store, tmp_path) -> None:
    from nulmeting.exchange import demo
    from nulmeting.exchange.importer import plan_import
    from ui.dialogs.archived import ArchivedDialog
    from ui.dialogs.conflicts import ConflictDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.first_start import FirstStartDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.report_dialog import ReportDialog
    from ui.dialogs.settings_dialog import SettingsDialog

    demo.generate(store, 4, seed=3)
    with store.read() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM place LIMIT 2")]
    for pid in ids:
        store.archive("place", pid)
    csv = tmp_path / "p.csv"
    csv.write_text("Naam;Wijk\nGoed;Spangen\nFout;Atlantis\n", encoding="utf-8-sig")
    titles = {}
    for dialog in (
        ArchivedDialog(store),
        ConflictDialog(store),
        ExportDialog("delfshaven", tmp_path),
        FirstStartDialog(store),
        ImportDialog(plan_import(store, csv)),
        ReportDialog(store),
        SettingsDialog(store),
    ):
        qtbot.addWidget(dialog)
        titles[type(dialog).__name__] = dialog.windowTitle()
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        if isinstance(dialog, ArchivedDialog):
            assert dialog.summary.text().startswith("2 archived places.")
            assert dialog.restore_button.text() == "Restore"
        if isinstance(dialog, ConflictDialog):
            assert dialog.summary.text() == "No open conflicts."
        if isinstance(dialog, ImportDialog):
            assert dialog.apply_button.text() == "Read in"
            assert dialog.why_not.text().startswith("1 row has errors: correct the file")
        if isinstance(dialog, SettingsDialog):
            assert "applies after Nulmeting is restarted" in texts
    assert titles == {
        "ArchivedDialog": "Archived places",
        "ConflictDialog": "Conflicts after merging",
        "ExportDialog": "Export to Excel",
        "FirstStartDialog": "Welcome to Nulmeting",
        "ImportDialog": "Import: p.csv",
        "ReportDialog": "Make a report",
        "SettingsDialog": "Settings",
    }
    QApplication.processEvents()


def test_import_summary_is_the_cores_in_dutch_and_english_in_english(qtbot, store, tmp_path):
    from nulmeting.exchange import demo, export
    from nulmeting.exchange.activity_import import plan_activity_import
    from nulmeting.exchange.importer import plan_import
    from ui.dialogs.import_dialog import ImportDialog

    demo.generate(store, 3, seed=2)
    book = export.write_overview(store, tmp_path / "o.xlsx")
    csv = tmp_path / "p.csv"
    csv.write_text("Naam;Wijk;Kleur\nGoed;Spangen;rood\nFout;Atlantis;blauw\n", "utf-8-sig")
    bad = tmp_path / "x.csv"
    bad.write_text("Adres\nStraat 1\n", "utf-8-sig")
    plans = [
        plan_import(store, csv),
        plan_import(store, bad),
        plan_import(store, book),
        plan_activity_import(store, book),
    ]
    for plan in plans:
        dialog = ImportDialog(plan)
        qtbot.addWidget(dialog)
        assert dialog.summary.text() == plan.summary()
    i18n.install(QApplication.instance(), "en")
    try:
        dialog = ImportDialog(plans[0])
        qtbot.addWidget(dialog)
        assert dialog.summary.text().splitlines()[:2] == ["p.csv: 2 rows.", "New places: 1."]
        assert "Unknown columns (ignored): Kleur." in dialog.summary.text()
    finally:
        i18n.install(QApplication.instance(), "nl")


def test_what_a_conflict_is_about_in_english(english) -> None:
    from nulmeting.store.store import Conflict
    from ui.dialogs.conflicts import conflict_label

    def conflict(field: str, label: str, kind: str) -> Conflict:
        return Conflict("place", "p", field, label, "p", "De Pit", [], kind)

    assert conflict_label(conflict("archived", "Verwijderd of gewijzigd", "deletion")) == (
        "Deleted or changed"
    )
    double = conflict("round", "Twee metingen in meetmoment Nulmeting 2025-2026", "meting")
    assert conflict_label(double) == "Two measurements in measurement round Nulmeting 2025-2026"
    assert conflict_label(conflict("notes", "Notities", "field")) == "Notes"


def test_values_in_english(english) -> None:
    from nulmeting.domain.fields import field
    from ui.dialogs.conflicts import show_value

    assert show_value("gecontroleerd", field("interview", "status")) == "Checked"
    assert show_value(True, field("place", "wheelchair_accessible")) == "yes"
    assert show_value(None, field("place", "name")) == "(empty)"
    assert show_value("2025-12-03", field("interview", "date")) == "03-12-2025"
