"""Code health guarantees (issue 11): one read path, no private names across modules, and the
knowledge that is written once (parents, settings, the Excel contract) read from its registry."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from nulmeting.domain import settings as settings_registry
from nulmeting.domain.fields import ENTITY_LABELS, children, fields, parent_field
from nulmeting.reading import intake
from nulmeting.store.store import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    p
    for package in ("nulmeting", "ui")
    for p in (ROOT / package).rglob("*.py")
    if "migrations" not in p.parts
)


def _calls(path: Path, attribute: str) -> list[tuple[int, str]]:
    """(line, first argument's source) of every call of ``<something>.<attribute>(…)``."""
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == attribute
        ):
            first = ast.get_source_segment(source, node.args[0]) if node.args else ""
            found.append(
                (
                    node.lineno,
                    ast.get_source_segment(source, node.func) or ""
                    if attribute == "connect"
                    else first or "",
                )
            )
    return found


def test_no_read_through_sqlalchemy_outside_the_write_engine_and_postgresql():
    """Reads go through Store.read() (or sqlite_of(conn) inside a write): a SELECT on a
    SQLAlchemy connection is only allowed in the change engine's ingest (part of the write) and
    in the PostgreSQL sync."""
    allowed = {
        ROOT / "nulmeting/store/changes.py",
        ROOT / "nulmeting/store/joins.py",
        ROOT / "nulmeting/team/sync.py",
    }
    offenders = []
    for path in SOURCES:
        for line, sql in _calls(path, "exec_driver_sql"):
            text = sql.lstrip("f").strip("\"' \n").upper()
            if text.startswith(("SELECT", "WITH")) and path not in allowed:
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {sql[:50]}")
    assert offenders == []


def test_no_sqlalchemy_connection_opened_just_to_read():
    """The store's ``engine.connect()`` only where a write needs its own connection (merge:
    ATTACH first); the sync's PostgreSQL engine is not the store."""
    offenders = [
        f"{p.relative_to(ROOT)}:{line}"
        for p in SOURCES
        for line, func in _calls(p, "connect")
        if func.endswith(("store.engine.connect", "self.engine.connect"))
        and p != ROOT / "nulmeting/team/merge.py"
    ]
    assert offenders == []
    assert not any("Session(" in p.read_text(encoding="utf-8") for p in SOURCES)


def test_no_private_name_is_imported_across_modules():
    offenders = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offenders.append(f"{path.name}: from {node.module} import {alias.name}")
                    modules.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                modules |= {alias.asname or alias.name.split(".")[0] for alias in node.names}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules - {"os", "argparse", "sys"}
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                offenders.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
    assert offenders == []


def test_the_importer_does_not_depend_on_the_writer():
    code = (
        "import sys, nulmeting.exchange.importer\nprint('nulmeting.exchange.export' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- parents


def test_every_record_but_a_plek_has_one_parent_from_the_registry():
    assert parent_field("place") is None
    assert parent_field("meetmoment") is None  # a meetmoment belongs to no plek either
    order = list(ENTITY_LABELS)
    for entity in order[1:]:
        if entity == "meetmoment":
            continue
        parent = parent_field(entity)
        assert parent is not None, entity
        assert parent.kind in ENTITY_LABELS, entity
        assert order.index(parent.kind) < order.index(entity)  # materialised after its parent
        assert parent.name == f"{parent.kind}_id"
        assert [fd.name for fd in fields(entity).values() if fd.parent] == [parent.name]
    assert list(children("place")) == ["interview", "contact", "activity", "membership", "tie"]
    assert list(children("interview")) == ["finance_line", "need"]


def test_the_form_loads_every_child_under_the_parent_the_registry_names(store):
    pid = intake.new_place(store, "De Pit")
    iid = intake.ensure_interview(store, pid)
    made = {}
    for entity in list(ENTITY_LABELS)[2:]:
        parent = parent_field(entity)
        if entity == "meetmoment":
            continue  # no parent: not a record of the plek
        made[entity] = store.create(entity, {parent.name: pid if parent.kind == "place" else iid})
    data = intake.load(store, pid)
    assert data is not None and data.interview_id == iid
    assert {e: [r["id"] for r in data.rows(e)] for e in made} == {e: [r] for e, r in made.items()}


def test_a_conflict_names_the_plek_through_the_parents(store):
    """A finance line's plek is found through its meting (interview_id → place_id)."""
    from nulmeting.store.store import place_of

    pid = intake.new_place(store, "Huiskamer West")
    iid = intake.ensure_interview(store, pid)
    line = store.create("finance_line", {"interview_id": iid, "kind": "inkomsten"})
    with store.read() as conn:
        assert place_of(conn, "finance_line", line) == (pid, "Huiskamer West")
        assert place_of(conn, "interview", iid) == (pid, "Huiskamer West")
        assert place_of(conn, "place", pid) == (pid, "Huiskamer West")


# --------------------------------------------------------------------------- settings


def test_the_store_starts_with_the_registrys_defaults(store):
    assert DEFAULT_SETTINGS == {k: s.default for k, s in settings_registry.SETTINGS.items()}
    for key, setting in settings_registry.SETTINGS.items():
        if setting.default:
            assert store.setting(key) == setting.default


@pytest.mark.parametrize("key", [k for k, s in settings_registry.SETTINGS.items() if s.is_number])
def test_number_settings_are_checked_against_the_registrys_range(store, key):
    setting = settings_registry.SETTINGS[key]
    assert setting.low is not None and setting.high is not None
    store.set_setting(key, f"{setting.high:g}".replace(".", ","))
    assert store.setting(key) == f"{setting.high:g}"
    with pytest.raises(Exception, match=f"{setting.label}: kies een getal van "):
        store.set_setting(key, str(setting.high + 1))
    assert store.setting(key) == f"{setting.high:g}"  # nothing stored


def test_the_cli_offers_every_setting_of_the_registry(tmp_path):
    db = tmp_path / "s.sqlite"
    help_text = subprocess.run(
        [sys.executable, "-m", "nulmeting", "--db", str(db), "settings", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    for setting in settings_registry.SETTINGS.values():
        assert setting.option in help_text and setting.help in help_text
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "nulmeting",
            "--db",
            str(db),
            "settings",
            "--uurwaarde",
            "25,5",
            "--gebied",
            "delfshaven",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert out.splitlines() == [
        f"{k} = {v}" for k, v in {**DEFAULT_SETTINGS, "hourly_value": "25.5"}.items()
    ]
