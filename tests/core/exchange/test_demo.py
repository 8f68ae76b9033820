"""The demo is plausible, checked on the stored rows: what a buurtverbinder would notice first
(the same activity twice at a plek, a planned meting shown complete, costs that do not add up,
an informal collective with ANBI status, interviews held in the future) does not happen, on
any day the demo is made."""

import datetime as dt
import sqlite3

import pytest

from nulmeting.exchange import demo
from nulmeting.reading import intake, queries
from nulmeting.store import meetmoment
from nulmeting.store.store import open_store

#: the days the demo is made on: the first day of a winter's interviews (the day the wrong
#: dates were found), in the middle of one, just after one, and in summer
DAYS = [dt.date(2026, 12, 1), dt.date(2027, 1, 12), dt.date(2027, 3, 2), dt.date(2026, 7, 15)]


@pytest.fixture(scope="module", params=DAYS, ids=str)
def made(request, tmp_path_factory):
    """A store with the two-winter demo made on ``today``: (path, today, result)."""
    today = request.param
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_store(path) as store:
        store.set_setting("interviewer", "Demo")
        two = demo.generate_two(store, 80, seed=3, today=today)
    return path, today, two


def rows(path, sql, *args):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()


def test_no_activity_twice_at_a_plek_in_a_meetmoment(made):
    path, _, _ = made
    twice = rows(
        path,
        "SELECT place_id, round, name, COUNT(*) FROM activity WHERE NOT archived "
        "GROUP BY place_id, round, name HAVING COUNT(*) > 1",
    )
    assert twice == []
    per_round = dict(rows(path, "SELECT round, COUNT(*) FROM activity GROUP BY round"))
    assert len(per_round) == 2 and min(per_round.values()) > 100  # there are activities


def test_a_planned_meting_is_not_complete(made):
    path, _, two = made
    with open_store(path) as store:
        for name in (two.previous, two.current):
            listed = queries.place_rows(store, name)
            planned = [r for r in listed if r.status == "gepland"]
            if name == two.current:
                assert len(planned) >= 10  # still to do this winter (carried over and new)
            assert all(r.completeness < 0.75 for r in planned), [
                (r.name, r.completeness) for r in planned if r.completeness >= 0.75
            ]
            held = [r for r in listed if r.status in demo.DONE]
            assert held and max(r.completeness for r in held) == 1.0
            for row in planned[:5]:  # the form's indicators count the same way
                data = intake.load(store, row.id, name)
                assert intake.compute_for(store, data).completeness == pytest.approx(
                    row.completeness
                )
    # a planned meting of its own (a new plek) has no figures at all
    figures = ", ".join(f"i.{f} IS NULL" for f in meetmoment.CARRY_FIELDS)
    fresh = rows(
        path,
        f"SELECT ({' AND '.join(figures.split(', '))}), "
        "(SELECT COUNT(*) FROM finance_line l WHERE l.interview_id = i.id) "
        "FROM interview i WHERE i.status = 'gepland' AND i.id NOT IN "
        "(SELECT record_id FROM field_state WHERE author = 'overgenomen')",
    )
    assert all(row == (1, 0) for row in fresh)


def test_cost_lines_add_up_to_the_total_costs(made):
    path, _, _ = made
    found = rows(
        path,
        "SELECT i.id, i.status, i.total_costs, i.overhead_costs, "
        "  (SELECT SUM(amount) FROM finance_line l WHERE l.interview_id = i.id "
        "   AND l.kind = 'kosten' AND NOT l.archived), "
        "  (SELECT SUM(amount) FROM finance_line l WHERE l.interview_id = i.id "
        "   AND l.category = 'organisatie-en-administratie' AND NOT l.archived) "
        "FROM interview i WHERE NOT i.archived AND i.total_costs IS NOT NULL",
    )
    assert len(found) > 100
    for _iid, _status, total, overhead, lines, overhead_line in found:
        assert lines == pytest.approx(total)
        assert overhead == pytest.approx(overhead_line)
    # this winter's figures are not a copy of last winter's, and still add up (above)
    changed = rows(
        path,
        "SELECT SUM(c.total_costs != p.total_costs), COUNT(*) FROM interview c "
        "JOIN interview p ON p.place_id = c.place_id AND p.round != c.round "
        "WHERE c.status IN ('afgenomen', 'gecontroleerd') AND p.status IN "
        "('afgenomen', 'gecontroleerd') AND c.round > p.round",
    )[0]
    assert changed[1] > 20 and changed[0] > changed[1] // 2


def test_only_a_stichting_or_vereniging_has_anbi_status(made):
    path, _, _ = made
    forms = rows(path, "SELECT legal_form, anbi, COUNT(*) FROM place GROUP BY 1, 2")
    assert {(f, a) for f, a, _ in forms if a in ("anbi", "sbbi")} <= {
        ("stichting", "anbi"),
        ("vereniging", "anbi"),
        ("vereniging", "sbbi"),
    }
    assert {f for f, _, _ in forms} >= {"stichting", "informeel-collectief-met-penvoerder"}
    assert any(a == "anbi" for _, a, _ in forms)


def test_held_interviews_lie_in_the_past_and_planned_ones_in_the_future(made):
    path, today, two = made
    dated = rows(
        path, "SELECT round, status, date FROM interview WHERE NOT archived AND date IS NOT NULL"
    )
    held = [dt.date.fromisoformat(d) for _, s, d in dated if s in demo.DONE]
    planned = [dt.date.fromisoformat(d) for _, s, d in dated if s == "gepland"]
    assert held and max(held) <= today
    assert all(d > today for d in planned)
    this_winter = [(s, d) for r, s, d in dated if r == two.current]
    if today.month in (12, 1, 2, 3):  # during and just after a winter: both kinds this winter
        assert {s for s, _ in this_winter} >= {"afgenomen", "gepland"}
    # no change to a plek was made after today (its history shows no edits from the future;
    # the meetmoment itself is started by the store's own clock)
    latest = rows(path, "SELECT MAX(at) FROM change WHERE entity != 'meetmoment'")[0][0]
    assert latest[:10] <= today.isoformat()


def test_two_winters_with_growth_on_the_meetmoment_the_first_start_offers(made):
    path, today, two = made
    assert two.current == intake.suggested_round(today, existing=True)
    assert (
        two.previous == f"Nulmeting {intake.winter_start(today) - 1}-{intake.winter_start(today)}"
    )
    with open_store(path) as store:
        assert store.current_round == two.current
        with store.read() as conn:
            assert meetmoment.names(conn, store.current_round)[-2:] == [two.previous, two.current]
    assert two.stopped >= 1 and two.new >= 1 and 0 < two.measured < 80
    stopped_activities = rows(
        path, "SELECT COUNT(*) FROM activity WHERE round = ? AND archived", two.current
    )[0][0]
    new_activities = rows(
        path,
        "SELECT COUNT(*) FROM activity WHERE round = ? AND NOT archived AND predecessor_id IS NULL",
        two.current,
    )[0][0]
    assert stopped_activities > 0 and new_activities > 0
    # more volunteers at the plekken interviewed again
    before, after = rows(
        path,
        "SELECT SUM(p.volunteers_regular), SUM(c.volunteers_regular) FROM interview c "
        "JOIN interview p ON p.place_id = c.place_id AND p.round = ? "
        "WHERE c.round = ? AND c.status IN ('afgenomen', 'gecontroleerd')",
        two.previous,
        two.current,
    )[0]
    assert after > before


def test_the_demo_is_the_same_for_the_same_seed_and_day(tmp_path):
    def made_on(name):
        with open_store(tmp_path / name) as store:
            store.set_setting("interviewer", "Demo")
            demo.generate_two(store, 15, seed=4, today=DAYS[0])
        return rows(
            tmp_path / name,
            "SELECT entity, record_id, field, value, at FROM change "
            "WHERE entity != 'meetmoment' ORDER BY 1, 2, 3, 5",  # (started at the clock's now)
        )

    assert made_on("a.sqlite") == made_on("b.sqlite")


@pytest.mark.parametrize("seed", range(1, 5))
def test_a_demo_is_made_again_on_a_store_that_holds_one(tmp_path, seed):
    """A second `demo --plekken 3 --seed 6` on the same store ended in a KeyError (the other
    demo's activities, without a name among this run's records). The same seed makes the same
    plekken again (nothing doubles); another seed adds its own."""

    def places() -> int:
        return rows(tmp_path / "d.sqlite", "SELECT COUNT(*) FROM place WHERE NOT archived")[0][0]

    with open_store(tmp_path / "d.sqlite") as store:
        store.set_setting("interviewer", "Demo")
        demo.generate_two(store, 3, seed=seed, today=DAYS[0])
        first = places()
        demo.generate_two(store, 3, seed=seed, today=DAYS[0])
        assert places() == first
        demo.generate_two(store, 3, seed=seed + 10, today=DAYS[0])
        assert places() > first
