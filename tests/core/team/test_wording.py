"""The merge and sync summaries in plain Dutch: no zero counts, singular and plural right."""

from __future__ import annotations

from nulmeting.team import wording
from nulmeting.team.merge import MergeSummary
from nulmeting.team.sync import SyncSummary


def test_changes_leave_zero_out_and_count_right() -> None:
    assert wording.changes({"place": 3}, {"place": 1}) == "3 plekken nieuw, 1 plek bijgewerkt"
    assert (
        wording.changes({"activity": 2, "contact": 1, "place": 0}, {})
        == "2 activiteiten en 1 contactpersoon nieuw"
    )
    assert (
        wording.changes({"place": 1, "need": 2, "interview": 1}, {"interview": 4, "tie": 1})
        == "1 plek nieuw; 1 meting en 2 behoeften nieuw, 4 metingen en 1 relatie bijgewerkt"
    )
    assert wording.changes({}, {"place": 0}) == ""


def test_merge_summary_reads_as_a_coordinator_would() -> None:
    summary = MergeSummary(
        "fatima.nulmeting",
        places_added=0,
        places_updated=2,
        records_added=3,
        unchanged=3677,
        added={"activity": 2, "contact": 1},
        updated={"place": 2},
        conflicts=1,
        new_changes=9,
    )
    text = summary.dutch()
    assert text == (
        "fatima.nulmeting: 2 plekken bijgewerkt; 2 activiteiten en 1 contactpersoon nieuw. "
        "1 conflict om te bekijken."
    )
    assert "3677" not in text and " 0 " not in text
    assert MergeSummary("x.nulmeting", unchanged=40).dutch() == "x.nulmeting: niets nieuws."


def test_sync_summary_names_what_came_and_went() -> None:
    summary = SyncSummary(
        "db.example.org",
        pushed=1,
        pulled=12,
        added={("place", "p1"), ("activity", "a1"), ("activity", "a2")},
        updated={("interview", "i1")},
    )
    assert summary.dutch() == (
        "Gesynchroniseerd met db.example.org: 1 wijziging verstuurd en 12 ontvangen; "
        "1 plek nieuw; 2 activiteiten nieuw, 1 meting bijgewerkt."
    )
    assert SyncSummary("s", pulled=1).dutch() == "Gesynchroniseerd met s: 1 wijziging ontvangen."
