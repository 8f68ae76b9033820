"""The PyInstaller bundle: built from this checkout, run like a buurtverbinder would.

The slow tests build ``dist/Nulmeting/`` into a temporary folder with ``packaging/build.py``
(once per run, ~30–60 s), then run the frozen program from an empty temporary working folder
and check its output files against the source install's (``python -m ui``).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PASSWORD = "geheim-teamwachtwoord"
EXE = "Nulmeting.exe" if sys.platform == "win32" else "Nulmeting"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- quick checks


def test_windows_version_resource_carries_the_app_version():
    winversion = load("winversion")
    text = winversion.version_text("1.4.2rc1")
    ast.parse(text)  # PyInstaller evaluates it as a Python expression
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2rc1')" in text
    assert "StringStruct('OriginalFilename', 'Nulmeting.exe')" in text


def test_icons_exist_in_every_format_the_spec_names():
    icons = ROOT / "resources" / "icons"
    assert (icons / "app.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ico = (icons / "app.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 5
    assert (icons / "app.icns").read_bytes()[:4] == b"icns"
    assert "<svg" in (icons / "app.svg").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller ontbreekt: installeer de dev-extra (pip install -e '.[dev]').")
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--quiet",
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    print(done.stdout)  # build time and size, shown with -s
    folder = out / "dist" / "Nulmeting"
    assert (folder / EXE).is_file()
    return folder


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """A user with an empty home and data folder; no Python settings leaking in."""
    home = tmp_path / "home"
    home.mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return {
        **base,
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "NULMETING_TEAMWACHTWOORD": PASSWORD,
    }


@pytest.fixture
def workdir(tmp_path) -> Path:
    """An empty working folder: nothing may be looked up relative to it."""
    folder = tmp_path / "werkmap"
    folder.mkdir()
    return folder


def frozen(
    bundle: Path, *args: str, cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(bundle / EXE), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args}: code {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def source(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    run_env = {**env, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "ui", *args],
        cwd=cwd,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{args}: code {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_bundle_holds_resources_and_migrations_and_leaves_unused_parts_out(bundle):
    internal = bundle / "_internal"
    for path in [
        ("resources", "reference", "rotterdam.json"),
        ("resources", "icons", "app.png"),
        ("nulmeting", "store", "migrations", "env.py"),
        ("nulmeting", "store", "migrations", "script.py.mako"),
        ("nulmeting", "store", "migrations", "versions", "0001_initial.py"),
    ]:
        assert internal.joinpath(*path).is_file(), path
    # every file Alembic needs, for every Alembic script directory in the source tree
    for env_py in (ROOT / "nulmeting").rglob("env.py"):
        for script in env_py.parent.rglob("*.py"):
            assert (internal / script.relative_to(ROOT)).is_file(), script
    for style in (ROOT / "resources").rglob("*.qss"):
        assert (internal / style.relative_to(ROOT)).is_file(), style
    names = {p.name for p in internal.rglob("*")}
    for unused in (
        "tkinter",
        "_tkinter",
        "pytest",
        "_pytest",
        "hypothesis",
        "matplotlib",
        "QtNetwork.abi3.so",
        "QtQml.abi3.so",
        "QtQuick.abi3.so",
        "QtTest.abi3.so",
    ):
        assert not any(n == unused or n.startswith(unused + ".") for n in names), unused
    qt_languages = [p.name for p in internal.rglob("qtbase_*.qm")]
    assert "qtbase_nl.qm" in qt_languages and "qtbase_de.qm" not in qt_languages
    # the window's English and the supplement that makes Qt's file dialog Dutch (ui/i18n.py)
    ours = {p.name for p in internal.rglob("*.qm") if p.parent.name == "i18n"}
    assert {"nulmeting_en.qm", "qtbase_extra_nl.qm"} <= ours, ours


@pytest.mark.slow
def test_version_is_the_source_version(bundle, env, workdir):
    from nulmeting import __version__

    out = frozen(bundle, "--version", cwd=workdir, env=env).stdout.strip()
    assert out == f"Nulmeting {__version__}"
    assert out == source("--version", cwd=workdir, env=env).stdout.strip()
    assert list(workdir.iterdir()) == []


def user_store(env: dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "Nulmeting" / "nulmeting.sqlite"


def laptop_id(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT value FROM store_meta WHERE key = 'laptop_id'").fetchone()[0]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the data folder path below is Linux's")
def test_first_start_creates_the_store_in_the_user_data_folder_and_a_second_finds_it(
    bundle, env, workdir
):
    store = user_store(env)
    assert not store.exists()
    # a reading command on a store that does not exist yet makes nothing (exit 2)
    refused = subprocess.run(
        [str(bundle / EXE), "info"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert refused.returncode == 2 and "bestaat niet" in refused.stderr
    assert not store.exists()
    first = frozen(bundle, "demo", "--plekken", "3", "--seed", "5", cwd=workdir, env=env)
    assert f"Nieuw gegevensbestand gemaakt: {store}" in first.stderr
    assert store.is_file()
    laptop = laptop_id(store)
    frozen(bundle, "demo", "--plekken", "3", "--seed", "6", cwd=workdir, env=env)
    second = frozen(bundle, "info", cwd=workdir, env=env)
    assert f"Gegevensbestand: {store}" in second.stdout
    assert laptop_id(store) == laptop  # the same store, not a new one
    assert [p.name for p in store.parent.glob("*.sqlite")] == ["nulmeting.sqlite"]
    assert list(workdir.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the data folder path below is Linux's")
def test_gui_smoke_test_first_and_second_start(bundle, env, workdir):
    store = user_store(env)
    first = frozen(bundle, "--smoke-test", cwd=workdir, env=env)  # no command: the GUI
    assert "Rooktest geslaagd" in first.stdout
    assert store.is_file()
    laptop = laptop_id(store)
    frozen(bundle, "--db", str(store), "demo", "--plekken", "4", cwd=workdir, env=env)
    second = frozen(bundle, "gui", "--smoke-test", cwd=workdir, env=env)
    assert "Rooktest geslaagd: 4 plekken" in second.stdout
    assert laptop_id(store) == laptop
    assert list(workdir.iterdir()) == []


def read_summary(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        assert "Samenvatting" in wb.sheetnames, wb.sheetnames
        return [tuple(row) for row in wb["Samenvatting"].iter_rows(values_only=True)]
    finally:
        wb.close()


def demo_teamfile_merge_export(run, cwd: Path) -> tuple[Path, str]:
    """Two laptops' demo data, one team file (encrypted), merged, exported, the export read
    back (a dry run: openpyxl in the bundle); the store path and the import's report."""
    run(
        "--db",
        "laptop-a.sqlite",
        "demo",
        "--plekken",
        "12",
        "--seed",
        "1",
        "--interviewer",
        "Fatima",
        cwd=cwd,
    )
    run(
        "--db",
        "laptop-b.sqlite",
        "demo",
        "--plekken",
        "8",
        "--seed",
        "2",
        "--interviewer",
        "Sander",
        cwd=cwd,
    )
    run("--db", "laptop-b.sqlite", "teamfile", "sander.nulmeting", cwd=cwd)
    merged = run("--db", "laptop-a.sqlite", "merge", "sander.nulmeting", cwd=cwd)
    assert merged.stdout.strip()
    run("--db", "laptop-a.sqlite", "export", "overzicht.xlsx", cwd=cwd)
    run("--db", "laptop-a.sqlite", "export", "--per-wijk", "per-wijk", cwd=cwd)
    run("--db", "laptop-a.sqlite", "rapport", "rapport.pdf", cwd=cwd)  # reportlab, its fonts
    read_back = run("--db", "laptop-a.sqlite", "import", "overzicht.xlsx", "--proef", cwd=cwd)
    return cwd / "laptop-a.sqlite", read_back.stdout


@pytest.mark.slow
def test_demo_teamfile_merge_and_export_work_frozen_exactly_as_from_source(
    bundle, env, tmp_path, workdir
):
    from nulmeting.store.store import open_store

    frozen_dir, source_dir = workdir, tmp_path / "bron"
    source_dir.mkdir()
    frozen_store, frozen_read_back = demo_teamfile_merge_export(
        lambda *a, cwd: frozen(bundle, *a, cwd=cwd, env=env), frozen_dir
    )
    source_store, source_read_back = demo_teamfile_merge_export(
        lambda *a, cwd: source(*a, cwd=cwd, env=env), source_dir
    )

    # the team file is encrypted (cryptography works frozen), not a readable SQLite file
    assert not (frozen_dir / "sander.nulmeting").read_bytes().startswith(b"SQLite format 3")
    with open_store(frozen_store) as store:
        counts = store.counts()
    # 12 + 8 plekken, and the plekken the demo's second winter adds
    assert counts["place"] >= 12 + 8
    with open_store(source_store) as store:
        assert store.counts() == counts

    summary = read_summary(frozen_dir / "overzicht.xlsx")
    total = next(row for row in summary if row[0] == "Totaal")  # the measured plekken of
    assert 0 < total[1] <= counts["place"], summary  # this winter's meetmoment, all wijken
    assert summary == read_summary(source_dir / "overzicht.xlsx")
    per_district = sorted(p.name for p in (frozen_dir / "per-wijk").glob("*.xlsx"))
    assert per_district
    assert per_district == sorted(p.name for p in (source_dir / "per-wijk").glob("*.xlsx"))
    # the report: the same PDF text frozen as from source, its font embedded
    from pypdf import PdfReader

    frozen_pdf = PdfReader(str(frozen_dir / "rapport.pdf"))
    source_pdf = PdfReader(str(source_dir / "rapport.pdf"))
    assert [p.extract_text() for p in frozen_pdf.pages] == [
        p.extract_text() for p in source_pdf.pages
    ]
    assert "Maatschappelijke waarde per wijk" in frozen_pdf.pages[0].extract_text()
    for font in frozen_pdf.pages[0]["/Resources"]["/Font"].values():  # all embedded
        assert "/FontFile2" in font.get_object()["/FontDescriptor"].get_object()
    # the overview reads back unchanged (xlsx → import plan), frozen as from source
    assert "Ongewijzigd: 20." in frozen_read_back, frozen_read_back
    assert frozen_read_back == source_read_back
    # nothing was written to the user's data folder by commands given --db
    assert not user_store(env).exists()


@pytest.mark.slow
def test_network_map_is_drawn_frozen_without_a_screen_and_numpy_stays_out(bundle, env, workdir):
    """``netwerk`` paints offscreen in the bundle (no display, no QT_QPA_PLATFORM), writes the
    same GraphML as from source, and the bundle carries no numpy (the layout is pure Python)."""
    import networkx as nx

    bare = {
        k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    frozen(
        bundle,
        "--db",
        "net.sqlite",
        "demo",
        "--plekken",
        "25",
        "--seed",
        "4",
        cwd=workdir,
        env=bare,
    )
    for name in ("kaart.png", "kaart.svg", "kaart.gexf", "frozen.graphml"):
        frozen(bundle, "--db", "net.sqlite", "netwerk", name, cwd=workdir, env=bare)
    source("--db", "net.sqlite", "netwerk", "source.graphml", cwd=workdir, env=env)
    assert (workdir / "kaart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (workdir / "kaart.svg").read_text(encoding="utf-8")
    a = nx.read_graphml(workdir / "frozen.graphml", force_multigraph=True)
    b = nx.read_graphml(workdir / "source.graphml", force_multigraph=True)
    assert sorted(a.edges(data="id")) == sorted(b.edges(data="id"))
    assert dict(a.nodes(data="tussenpositie")) == dict(b.nodes(data="tussenpositie"))
    names = {p.name for p in (bundle / "_internal").rglob("*")}
    assert "numpy" not in names and "numpy.libs" not in names


def test_wijkagenda_is_published_frozen_exactly_as_from_source(bundle, env, tmp_path, workdir):
    """The Jinja2 templates, static files, icalendar and the Europe/Amsterdam zone are in the
    bundle: the frozen program writes the same folder, byte for byte."""
    source_dir = tmp_path / "bron"
    source_dir.mkdir()
    for run, cwd in (
        (lambda *a, cwd: frozen(bundle, *a, cwd=cwd, env=env), workdir),
        (lambda *a, cwd: source(*a, cwd=cwd, env=env), source_dir),
    ):
        run("--db", "agenda.sqlite", "demo", "--plekken", "10", cwd=cwd)
        run("--db", "agenda.sqlite", "wijkagenda", "site", "--peildatum", "2026-03-02", cwd=cwd)

    def files(folder):
        return {
            p.relative_to(folder / "site").as_posix(): p.read_bytes()
            for p in (folder / "site").rglob("*")
            if p.is_file()
        }

    frozen_files = files(workdir)
    assert "index.html" in frozen_files and "wijkagenda.ics" in frozen_files
    assert b"BEGIN:VTIMEZONE" in frozen_files["wijkagenda.ics"]
    assert frozen_files == files(source_dir)
