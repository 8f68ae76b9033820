"""The local store: creation, refusals (file untouched), editing rules, history."""

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from nulmeting.domain import reference
from nulmeting.domain.errors import StoreError, ValidationError
from nulmeting.store.meta import read_meta
from nulmeting.store.models import Place
from nulmeting.store.schema import HEAD
from nulmeting.store.store import open_store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_created_migrated_and_loaded(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    with open_store(path) as store:
        assert store.revision() == HEAD
        assert store.setting("hourly_value") == "23"
        assert store.setting("weeks_per_year") == "50"
        assert len(store.laptop_id) == 36
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in con.execute("SELECT name FROM ref_district ORDER BY position")]
    assert names[:3] == ["Delfshaven", "Bospolder", "Tussendijken"]
    assert con.execute("SELECT COUNT(*) FROM ref_option WHERE list='netwerk'").fetchone()[0] == 11
    assert con.execute("SELECT COUNT(*) FROM ref_area").fetchone()[0] == 14


def test_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "leeg.sqlite"
    path.write_bytes(b"")
    with open_store(path) as store:
        assert store.revision() == HEAD


def test_second_open_keeps_laptop_id_and_data(tmp_path):
    path = tmp_path / "s.sqlite"
    with open_store(path) as store:
        laptop = store.laptop_id
        pid = store.create("place", {"name": "De Pit"})
    with open_store(path) as store:
        assert store.laptop_id == laptop
        assert store.values("place", pid)["name"] == "De Pit"


def test_a_start_that_writes_keeps_ids_and_settings_and_restores_what_is_missing(tmp_path):
    path = tmp_path / "s.sqlite"
    with open_store(path) as store:
        laptop, created = store.laptop_id, store.setting("created_at")
        store.set_settings({"hourly_value": "30", "round": "Nulmeting 2025-2026"})
    con = sqlite3.connect(path)
    with con:  # an old reference version and a lost default: the next start writes
        con.execute("UPDATE store_meta SET value = '0' WHERE key = 'reference_version'")
        con.execute("DELETE FROM store_meta WHERE key = 'weeks_per_year'")
    con.close()
    with open_store(path) as store:
        assert (store.laptop_id, store.setting("created_at")) == (laptop, created)
        assert store.setting("hourly_value") == "30"
        assert store.setting("round") == "Nulmeting 2025-2026"
        with store.read() as conn:
            meta = read_meta(conn, "weeks_per_year", "reference_version", "no_such_key")
    assert meta == {"weeks_per_year": "50", "reference_version": str(reference.version())}


@pytest.mark.parametrize(
    "content, words",
    [
        (b"PK\x03\x04 this is really a zip/xlsx file" * 10, "geen SQLite-database"),
        (b"hello", "geen SQLite-database"),
    ],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path, content, words):
    path = tmp_path / "plekken.xlsx"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(StoreError, match=words):
        open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plekken.xlsx"]


def test_damaged_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    before = digest(path)
    with pytest.raises(StoreError, match="beschadigd|geen Nulmeting"):
        open_store(path)
    assert digest(path) == before


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "ander.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recepten (naam TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StoreError, match="geen Nulmeting-bestand"):
        open_store(path)
    assert digest(path) == before


def test_store_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "nieuw.sqlite"
    with open_store(path):
        pass
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in so the file is all there is
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StoreError, match="nieuwere versie"):
        open_store(path)
    assert digest(path) == before


def test_create_update_and_read_through_orm(store):
    pid = store.create(
        "place",
        {
            "name": " De Pit ",
            "postcode": "3021ab",
            "district": "Middelland",
            "types": ["Buurthuiskamer"],
        },
    )
    assert store.update("place", pid, {"name": "De Pit", "address": "Snellinckstraat 1"}) == 1
    from sqlalchemy.orm import Session

    with Session(store.engine) as s:  # the ORM models map the tables the changes fill
        place = s.get(Place, pid)
        assert (place.name, place.postcode, place.district) == ("De Pit", "3021 AB", "middelland")
        assert place.types == ["buurthuiskamer"]
        assert place.address == "Snellinckstraat 1"
        assert place.updated_by == "Fatima"
        assert place.created_at < place.updated_at
        assert place.archived is False


def test_invalid_value_stores_nothing(store):
    pid = store.create("place", {"name": "De Pit", "postcode": "3021 AB"})
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT COUNT(*) FROM change").scalar_one()
    with pytest.raises(ValidationError) as err:
        store.update("place", pid, {"name": "Nieuwe naam", "postcode": "30211"})
    assert err.value.field == "postcode"
    assert "1234 AB" in str(err.value)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM change").scalar_one() == before
    assert store.values("place", pid)["name"] == "De Pit"


def test_unchanged_value_writes_no_change(store):
    pid = store.create("place", {"name": "De Pit"})
    assert store.update("place", pid, {"name": "De Pit"}) == 0


def test_consent_rule(store):
    pid = store.create("place", {"name": "De Pit"})
    with pytest.raises(ValidationError, match="toestemming"):
        store.create("contact", {"place_id": pid, "name": "Anna", "email": "a@example.org"})
    cid = store.create("contact", {"place_id": pid, "role": "voorzitter"})
    with pytest.raises(ValidationError, match="toestemming"):
        store.update("contact", cid, {"phone": "06-12345678"})
    assert "phone" not in store.values("contact", cid)
    store.update("contact", cid, {"consent_date": "2025-12-03", "consent_purposes": ["Meting"]})
    store.update("contact", cid, {"name": "Anna", "phone": "06-12345678"})
    assert store.values("contact", cid)["name"] == "Anna"
    # withdrawing consent removes the personal data with it
    store.update("contact", cid, {"consent_purposes": []})
    values = store.values("contact", cid)
    assert values["name"] is None and values["phone"] is None
    assert values["role"] == "voorzitter"


def test_reference_must_exist(store):
    with pytest.raises(ValidationError, match="niet bestaat"):
        store.create("activity", {"place_id": "0b7c6b0e-1111-4aaa-8bbb-123456789abc"})


def test_archive_restore_and_archived_is_read_only(store):
    pid = store.create("place", {"name": "De Pit"})
    store.archive("place", pid)
    assert store.counts()["place"] == 0
    with pytest.raises(ValidationError, match="gearchiveerd"):
        store.update("place", pid, {"name": "X"})
    store.restore("place", pid)
    assert store.counts()["place"] == 1


def test_history_shows_who_changed_what_from_what(store):
    pid = store.create("place", {"name": "De Pit"})
    store.set_setting("interviewer", "Bert")
    store.update("place", pid, {"name": "Buurthuiskamer De Pit"})
    entries = [h for h in store.history("place", pid) if h.field == "name"]
    assert [(h.author, h.old, h.new) for h in entries] == [
        ("Fatima", [], "De Pit"),
        ("Bert", ["De Pit"], "Buurthuiskamer De Pit"),
    ]
    assert entries[0].label == "Naam"


def test_status_requires_fields(store):
    pid = store.create("place", {"name": "De Pit"})
    with pytest.raises(ValidationError, match="Datum"):
        store.create(
            "interview", {"place_id": pid, "round": "N", "interviewer": "F", "status": "Afgenomen"}
        )
    iid = store.create(
        "interview", {"place_id": pid, "round": "N", "interviewer": "F", "status": "gepland"}
    )
    store.update("interview", iid, {"date": "12-12-2025", "status": "afgenomen"})
    assert store.values("interview", iid)["date"] == "2025-12-12"


def test_settings_are_validated(store):
    store.set_setting("hourly_value", "25,50")
    assert store.hourly_value == 25.5
    with pytest.raises(ValidationError):
        store.set_setting("weeks_per_year", "60")
    assert store.weeks_per_year == 50


@pytest.mark.parametrize(
    "action",
    [
        lambda s, rid: s.restore("place", rid),
        lambda s, rid: s.resolve("place", rid, "name", "X"),
        lambda s, rid: s.archive("place", rid),
    ],
)
def test_archive_restore_resolve_never_create_a_record(store, action):
    missing = "0b7c6b0e-1111-4aaa-8bbb-123456789abc"
    with pytest.raises(ValidationError, match="bestaat niet"):
        action(store, missing)
    assert not store.exists("place", missing)


def test_conflict_count_matches_the_list_including_deletions(store, tmp_path):
    from nulmeting.store.files import backup_copy
    from nulmeting.team.merge import merge_sqlite_file

    pid = store.create("place", {"name": "De Pit"})
    aid = store.create("activity", {"place_id": pid, "name": "Koffie"})
    other = open_store(tmp_path / "b.sqlite")
    other.set_setting("interviewer", "Bert")
    merge_sqlite_file(other, backup_copy(store.path, tmp_path / "a.team"))
    store.update("place", pid, {"name": "De Pit (A)"})
    store.archive("activity", aid)
    other.update("place", pid, {"name": "De Pit (B)"})
    other.update("activity", aid, {"name": "Koffieochtend"})
    merge_sqlite_file(store, backup_copy(other.path, tmp_path / "b.team"))
    other.close()
    assert {c.field for c in store.conflicts()} == {"name", "archived"}
    assert store.conflict_count() == len(store.conflicts()) == 2


def test_reading_needs_no_sqlalchemy_and_the_first_write_loads_it(tmp_path):
    """The window reads the list and a plek through plain sqlite3; writing still works after."""
    db = tmp_path / "lees.sqlite"
    with open_store(db) as store:
        store.set_setting("round", "Nulmeting 2025-2026")
        place = store.create("place", {"name": "Buurthuiskamer De Tuin"})
    code = (
        "import sys\n"
        "from nulmeting.reading import intake, queries\n"
        "from nulmeting.store.store import open_store\n"
        f"store = open_store({str(db)!r})\n"
        "rows = queries.place_rows(store)\n"
        "data = intake.load(store, rows[0].id)\n"
        "print(rows[0].name, data.place['name'], 'sqlalchemy' in sys.modules)\n"
        "store.set('place', rows[0].id, 'address', 'Schiedamseweg 1')\n"
        "print('sqlalchemy' in sys.modules, intake.load(store, rows[0].id).place['address'])\n"
        "store.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["Buurthuiskamer De Tuin Buurthuiskamer De Tuin False", "True Schiedamseweg 1"]
    with open_store(db) as store:
        assert store.values("place", place)["address"] == "Schiedamseweg 1"


def test_a_write_waits_for_another_writer_instead_of_failing(store):
    """BEGIN IMMEDIATE: a write that reads first waits for the other writer's commit (a
    deferred transaction fails with SQLITE_BUSY as soon as the other one commits)."""
    import threading
    import time

    pid = store.create("place", {"name": "De Pit"})
    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO store_meta (key, value) VALUES ('x', 'y')")

    def commit_later() -> None:
        time.sleep(1.0)
        other.execute("COMMIT")

    thread = threading.Thread(target=commit_later)
    started = time.monotonic()
    thread.start()
    try:
        store.update("place", pid, {"notes": "gewacht"})
    finally:
        thread.join()
        other.close()
    assert time.monotonic() - started >= 0.9
    assert store.values("place", pid)["notes"] == "gewacht"


def test_a_busy_store_is_said_once_and_truthfully(store):
    from nulmeting.domain.errors import StoreBusy

    pid = store.create("place", {"name": "De Pit"})
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with store.waiting(100), pytest.raises(StoreBusy) as caught:
            store.update("place", pid, {"notes": "x"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(caught.value)
    assert message.count("Niet opgeslagen") == 1 and "bezet" in message
