"""Imports with limits (issue 19): a sheet's declared size is not trusted, rows and columns
have a named maximum, formulas without a result are refused with their rows, a sheet imported
twice updates what exists instead of doubling it, and odd CSVs are Dutch messages (exit 2)."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from nulmeting.domain.errors import UserError
from nulmeting.exchange import importer
from nulmeting.exchange.importer import apply_import, plan_import


def sheet_file(path, rows, *, dimension: str | None = None, formulas=()):
    """An xlsx with a Plekken sheet; ``dimension`` overrides the declared size, ``formulas``
    are (cell, formula) written without a cached result (as a program that does not calculate
    saves them)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plekken"
    for r in rows:
        ws.append(r)
    for cell, formula in formulas:
        ws[cell] = formula
    tmp = path.with_name("tmp-" + path.name)
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet") and dimension:
                data = re.sub(
                    rb"<dimension ref=\"[^\"]*\"\s*/>",
                    f'<dimension ref="{dimension}"/>'.encode(),
                    data,
                )
            zout.writestr(item, data)
    tmp.unlink()
    return path


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "nulmeting", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_sheet_declaring_the_whole_grid_is_read_by_its_real_cells(store, tmp_path):
    path = sheet_file(
        tmp_path / "klein.xlsx",
        [["Naam", "Wijk"], ["De Pit", "Spangen"]],
        dimension="A1:XFD1048576",
    )
    assert path.stat().st_size < 10_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    plan = plan_import(store, path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert plan.errors == [] and plan.counts()["nieuw"] == 1
    assert grown_mb < 100
    header, data = importer.read_table(path)
    assert header == ["Naam", "Wijk"] and [len(r) for _, r in data] == [2]


def test_content_beyond_the_maximum_is_refused_with_the_maximum_named(store, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 11)
    rows = [["Naam", "Wijk"]] + [[f"Plek {i}", "Spangen"] for i in range(11)]
    path = sheet_file(tmp_path / "lang.xlsx", rows)
    with pytest.raises(UserError, match="meer dan 10 rijen"):
        plan_import(store, path)
    wide = sheet_file(
        tmp_path / "breed.xlsx", [["Naam", "Wijk"], ["De Pit", "Spangen"]], formulas=[("XFD2", "x")]
    )
    with pytest.raises(UserError, match=r"voorbij kolom 1\.000"):
        plan_import(store, wide)
    assert store.counts()["place"] == 0


def test_a_few_bytes_declaring_a_full_grid_with_a_far_cell_is_exit_2(store, tmp_path):
    """The file of the issue: a few KB, A1:XFD1048576 declared, one cell in the last row. Read
    trusting the declaration it needs 1,048,576 rows x 16,384 columns (MemoryError, exit 1); the
    command runs with 1.5 GB of address space so that it cannot take the machine down."""
    path = sheet_file(
        tmp_path / "ver.xlsx",
        [["Naam", "Wijk"], ["De Pit", "Spangen"]],
        dimension="A1:XFD1048576",
        formulas=[("A1048576", "x")],
    )
    assert path.stat().st_size < 10_000
    store.close()

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))

    done = subprocess.run(
        [sys.executable, "-m", "nulmeting", "--db", str(store.path), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=limit,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "meer dan 99.999 rijen" in done.stderr and "Traceback" not in done.stderr


def test_formulas_without_a_result_are_refused_with_their_rows(store, tmp_path):
    path = sheet_file(
        tmp_path / "formules.xlsx",
        [
            ["Naam", "Wijk", "Vrijwilligers"],
            ["De Pit", "Spangen", 3],
            ["Het Anker", "Spangen", 4],
            ["De Brug", "Spangen", 5],
        ],
        formulas=[("C2", "=1+2"), ("C4", "=SUM(1,4)")],
    )
    with pytest.raises(UserError) as caught:
        plan_import(store, path)
    assert "formules zonder berekende waarde (rij 2, 4)" in str(caught.value)
    assert store.counts()["place"] == 0


def test_importing_the_same_sheet_twice_updates_instead_of_doubling(store, tmp_path):
    rows = [
        ["Naam", "Wijk", "Postcode", "Adres"],
        ["Buurthuis De Pit", "Spangen", "3024 AB", "Schiedamseweg 12"],
        ["Speeltuin Het Anker", "Spangen", "3024 CD", "Ankerstraat 1"],
    ]
    path = sheet_file(tmp_path / "plekken.xlsx", rows)
    apply_import(store, plan_import(store, path))
    assert store.counts()["place"] == 2
    rows[1][3] = "Schiedamseweg 14"  # the second time, one address is corrected
    rows[2][2] = "3024cd"  # and a postcode written differently: still the same plek
    path = sheet_file(tmp_path / "plekken2.xlsx", rows)
    plan = plan_import(store, path)
    assert plan.counts()["bestaat al"] == 2 and plan.counts()["nieuw"] == 0
    assert [r.describe() for r in plan.rows] == [
        "bestaat al: wijzigt Adres",
        "bestaat al (ongewijzigd)",
    ]
    assert "Bestaat al" in plan.summary()
    apply_import(store, plan)
    with store.read() as conn:
        places = conn.execute("SELECT name, address FROM place ORDER BY name").fetchall()
    assert places == [
        ("Buurthuis De Pit", "Schiedamseweg 14"),
        ("Speeltuin Het Anker", "Ankerstraat 1"),
    ]
    # unless the person chooses otherwise
    plan = plan_import(store, path)
    assert plan.as_new_places() == 2
    apply_import(store, plan)
    assert store.counts()["place"] == 4
    plan = plan_import(store, path, match_existing=False)
    assert plan.counts()["nieuw"] == 2


def test_a_utf16_csv_is_read(store, tmp_path):
    text = "Naam\tWijk\tPostcode\r\nBuurthuis Één\tSpangen\t3024 AB\r\n"
    path = tmp_path / "unicode.csv"
    path.write_bytes(text.encode("utf-16"))  # Excel's "Unicode-tekst": BOM, tabs
    plan = plan_import(store, path)
    assert plan.errors == [] and [r.name for r in plan.rows] == ["Buurthuis Één"]
    store.close()
    done = cli("--db", store.path, "import", path)
    assert done.returncode == 0, done.stderr


def test_a_csv_field_over_the_limit_is_exit_2(store, tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text('Naam;Wijk\n"De Pit;Spangen\n' + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"langer dan 131\.072 tekens"):
        plan_import(store, path)
    store.close()
    done = cli("--db", store.path, "import", path)
    assert done.returncode == 2 and "131.072" in done.stderr, done.stderr
