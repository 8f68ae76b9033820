"""Import plekken from a spreadsheet: a ``Plekken`` sheet (xlsx) or a Dutch CSV.

Two steps, so a person sees what will change before anything is written:

* :func:`plan_import` reads and checks the file against the store and returns an
  :class:`ImportPlan` (errors with row numbers, what would change). Writes nothing.
* :func:`apply_import` writes the plan in ONE transaction, as changes by the importing
  interviewer (so they merge like any edit). Nothing is written if any row is invalid, unless
  ``only_valid``.

Headers are those of the export's ``Plekken`` sheet (see ``docs/excel-layout.md``): ``ID``
identifies an existing plek (empty: a new plek), plek columns update the plek, interview columns
(volunteers, hours, status …) the meting of the current meetmoment. When the plek has none yet,
a new one (status gepland, the importer as interviewer) gets only the values that differ from
the meting the sheet shows (an earlier meetmoment's), never a copy of that earlier meting.
Derived columns (indicators) are ignored silently, unknown columns are reported and ignored. Only
fields that differ are written, so importing an unchanged export writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nulmeting.domain import reference
from nulmeting.domain.errors import UserError, ValidationError
from nulmeting.domain.fields import FieldDef, fields
from nulmeting.domain.progress import Progress, report
from nulmeting.domain.validation import UUID, check_record, clean
from nulmeting.exchange.xlsx_layout import PLACES_SHEET, Column, place_columns
from nulmeting.reading.records import choose_interview, entity_rows
from nulmeting.store import changes, meetmoment
from nulmeting.store.connection import sqlite_of
from nulmeting.store.meta import write_meta
from nulmeting.store.rounds import check_open_round
from nulmeting.store.store import Store

REQUIRED = ("Naam", "Wijk")
TOTAL_VOLUNTEERS = FieldDef(
    "interview", "volunteers_total", "Vrijwilligers", "int", low=0, high=30000
)


@dataclass
class RowPlan:
    """One data row of the file and what it would do."""

    row: int  # row number as the spreadsheet shows it (header = 1)
    place_id: str | None  # None: a new plek
    name: str
    place_values: dict[str, Any] = field(default_factory=dict)  # cleaned, columns present
    interview_values: dict[str, Any] = field(default_factory=dict)
    volunteers_total: int | None = None
    has_total: bool = False
    errors: list[str] = field(default_factory=list)
    # filled by _resolve (preview): field → (old, new)
    place_changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    interview_changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    interview_id: str | None = None  # meting that gets the changes (None: a new meting)
    #: a row without ID whose name and postcode are those of a plek in the store ("bestaat
    #: al"): it updates that plek, unless the person chose to import such rows as new plekken
    existing: bool = False

    @property
    def is_new(self) -> bool:
        return self.place_id is None

    @property
    def changed(self) -> int:
        return len(self.place_changes) + len(self.interview_changes)

    def describe(self) -> str:
        """Dutch one-liner for the preview."""
        if self.errors:
            return "; ".join(self.errors)
        labels = [fields("place")[f].label for f in self.place_changes] + [
            fields("interview")[f].label for f in self.interview_changes
        ]
        if self.is_new:
            return "nieuwe plek" + (f" ({len(labels)} velden)" if labels else "")
        if self.existing:
            return "bestaat al" + (": wijzigt " + ", ".join(labels) if labels else " (ongewijzigd)")
        if not labels:
            return "ongewijzigd"
        extra = " (nieuwe meting)" if self.interview_changes and not self.interview_id else ""
        return "wijzigt: " + ", ".join(labels) + extra


@dataclass
class ImportPlan:
    path: Path
    author: str
    rows: list[RowPlan] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)  # the file itself cannot be used
    unknown_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # derived, ignored silently
    #: a store without a meetmoment gets this winter's on the import's write (first start)
    new_round: str = ""

    @property
    def errors(self) -> list[str]:
        """Every problem, in Dutch, with row numbers."""
        return self.file_errors + [f"Rij {r.row}: {e}" for r in self.rows for e in r.errors]

    @property
    def valid_rows(self) -> list[RowPlan]:
        return [r for r in self.rows if not r.errors]

    @property
    def invalid_rows(self) -> list[RowPlan]:
        return [r for r in self.rows if r.errors]

    def as_new_places(self) -> int:
        """The person's choice: rows that matched an existing plek by name and postcode become
        new plekken after all. Returns how many rows changed (``apply_import`` re-resolves)."""
        rows = [r for r in self.rows if r.existing]
        for r in rows:
            r.place_id, r.existing, r.interview_id = None, False, None
            r.place_changes = {k: (None, v) for k, v in r.place_values.items() if v is not None}
            r.interview_changes = {}
        return len(rows)

    def counts(self) -> dict[str, int]:
        valid = self.valid_rows
        return {
            "nieuw": sum(1 for r in valid if r.is_new),
            "gewijzigd": sum(1 for r in valid if not r.is_new and r.changed),
            "velden": sum(r.changed for r in valid if not r.is_new),
            "ongewijzigd": sum(1 for r in valid if not r.is_new and not r.changed),
            "ongeldig": len(self.invalid_rows),
            "bestaat al": sum(1 for r in valid if r.existing),
        }

    def summary(self) -> str:
        if self.file_errors:
            return f"{self.path.name} kan niet ingelezen worden:\n" + "\n".join(self.file_errors)
        c = self.counts()
        lines = [
            f"{self.path.name}: {len(self.rows)} rijen.",
            f"Nieuwe plekken: {c['nieuw']}.",
            f"Plekken met wijzigingen: {c['gewijzigd']} ({c['velden']} velden).",
            f"Ongewijzigd: {c['ongewijzigd']}.",
        ]
        if c["bestaat al"]:
            lines.append(
                f"Bestaat al (zelfde naam en postcode, zonder ID): {c['bestaat al']}; "
                "die rijen werken de bestaande plek bij."
            )
        if c["ongeldig"]:
            lines.append(f"Rijen met fouten: {c['ongeldig']} (zie hieronder).")
        if self.unknown_columns:
            lines.append("Onbekende kolommen (genegeerd): " + ", ".join(self.unknown_columns) + ".")
        lines.append(f"Wijzigingen worden vastgelegd als werk van {self.author}.")
        if self.new_round:
            lines.append(
                f"Dit gegevensbestand heeft nog geen meetmoment: bij het inlezen wordt "
                f"het “{self.new_round}”."
            )
        return "\n".join(lines)


# --------------------------------------------------------------------------- reading files


def read_table(
    path: Path,
    progress: Progress | None = None,
    *,
    sheet: str | None = PLACES_SHEET,
    max_rows: int | None = None,
) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Header and data rows (with their spreadsheet row numbers) of an xlsx or csv file: of the
    workbook's ``sheet``, or its only sheet (``sheet=None``: the first); at most ``max_rows``
    data rows."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path} bestaat niet.")
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        rows = _read_xlsx(path, progress, sheet, max_rows)
    elif suffix in {".csv", ".txt"}:
        rows = _read_csv(path, progress, max_rows)
    else:
        raise UserError(f"{path.name}: kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).")
    if not rows:
        raise UserError(f"{path.name} is leeg.")
    header = ["" if h is None else str(h).strip() for h in rows[0]]
    data = [
        (i, list(r))
        for i, r in enumerate(rows[1:], start=2)
        if any(v is not None and str(v).strip() for v in r)
    ]
    return header, data


#: The most a workbook may unpack to (an xlsx is a zip): a sheet of 10,000 plekken is ~50 MB;
#: a small file that unpacks to gigabytes (one 300 MB name) is refused before it is read.
MAX_UNPACKED = 256 << 20


#: The largest sheet an import reads (rows including the header, and columns). A store holds
#: some thousands of plekken and the export ~80 columns; a file that declares or holds more is
#: refused with these numbers in the message, before it can exhaust memory.
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
#: The largest CSV file read (bytes).
MAX_CSV_BYTES = 200 * 1024 * 1024


def _limit_rows(
    path: Path,
    rows: Iterator[Sequence[Any]],
    progress: Progress | None,
    max_rows: int | None = None,
) -> list[list[Any]]:
    """Rows as lists, refusing content beyond :data:`MAX_ROWS` / :data:`MAX_COLUMNS`; empty
    cells beyond them (a sheet formatted to the end) are dropped. ``max_rows``: stop after the
    header and that many rows (a look at the header)."""
    out: list[list[Any]] = []
    for number, row in enumerate(rows, start=1):
        if max_rows is not None and number > max_rows + 1:
            break
        if number % 1000 == 0:  # openpyxl reads a big sheet for seconds
            report(progress, 0, 0, f"{path.name} lezen: {number} rijen")
        if len(row) > MAX_COLUMNS:
            if any(v is not None and str(v).strip() for v in row[MAX_COLUMNS:]):
                raise UserError(
                    f"{path.name}: rij {number} heeft gegevens voorbij kolom "
                    f"{MAX_COLUMNS:,}; meer dan {MAX_COLUMNS:,} kolommen kan niet "
                    "ingelezen worden.".replace(",", ".")
                )
            row = row[:MAX_COLUMNS]
        if number > MAX_ROWS:
            if any(v is not None and str(v).strip() for v in row):
                raise UserError(
                    f"{path.name} heeft meer dan {MAX_ROWS - 1:,} rijen met "
                    f"gegevens; lees het in delen in (het maximum is "
                    f"{MAX_ROWS - 1:,} rijen per bestand).".replace(",", ".")
                )
            continue
        out.append(list(row))
    return out


def open_sheet(path: Path, wanted: str | None = PLACES_SHEET) -> tuple[Any, Any]:
    """``(workbook, sheet)`` of an xlsx, read-only and streaming, its declared size ignored:
    the sheet named ``wanted`` (or the only one; ``None``: the first). Close the workbook after
    use. The shared reading path of every import (plekken, activiteiten)."""
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise UserError(f"{path.name} is geen leesbaar Excel-bestand.") from None
    if unpacked > MAX_UNPACKED:
        raise UserError(
            f"{path.name} pakt uit tot {unpacked / 2**20:,.0f} MB, meer dan de "
            f"{MAX_UNPACKED >> 20} MB die een overzicht van plekken kan zijn; het is "
            "niet gelezen. Uw gegevens zijn niet veranderd.".replace(",", ".")
        )
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise UserError(f"{path.name} is geen leesbaar Excel-bestand.") from None
    if wanted in wb.sheetnames:
        ws = wb[wanted]
    elif len(wb.sheetnames) == 1 or wanted is None:
        ws = wb[wb.sheetnames[0]]
    else:
        wb.close()
        raise UserError(
            f"{path.name} heeft geen blad '{wanted}' (bladen: {', '.join(wb.sheetnames)})."
        )
    # A sheet may declare A1:XFD1048576 in a few bytes: openpyxl would pad every row to that
    # size. Without the declaration it streams the cells the file really holds.
    ws.reset_dimensions()
    return wb, ws


def formula_rows(path: Path, sheet: Any) -> list[int]:
    """Rows (numbers as the spreadsheet shows them) with a formula whose result is not in the
    file: saved by a program that does not calculate, so its value is unknown."""
    import re
    import zipfile
    from xml.etree.ElementTree import iterparse

    member = getattr(sheet, "_worksheet_path", None)
    if not member:
        return []
    pattern = re.compile(rb"<(\w+:)?f[ >/]")
    with zipfile.ZipFile(path) as archive, archive.open(member) as f:
        tail, found = b"", False
        while chunk := f.read(1 << 20):
            if pattern.search(tail + chunk):
                found = True
                break
            tail = chunk[-16:]
    if not found:
        return []  # no formulas at all: the usual case, one quick pass
    rows: set[int] = set()
    with zipfile.ZipFile(path) as archive, archive.open(member) as f:
        for _event, elem in iterparse(f):
            if elem.tag.rsplit("}", 1)[-1] != "c":
                continue
            parts = {child.tag.rsplit("}", 1)[-1]: child for child in elem}
            value = parts.get("v")
            if "f" in parts and (value is None or not (value.text or "").strip()):
                ref = elem.get("r") or ""
                digits = "".join(ch for ch in ref if ch.isdigit())
                rows.add(int(digits) if digits else 0)
            elem.clear()
    return sorted(rows)


def refuse_formulas(path: Path, rows: list[int]) -> None:
    if rows:
        shown = ", ".join(str(r) for r in rows[:20]) + (" …" if len(rows) > 20 else "")
        raise UserError(
            f"{path.name} bevat formules zonder berekende waarde (rij {shown}): het bestand is "
            "opgeslagen door een programma dat niet rekent, dus de uitkomst is onbekend. Open "
            "het in Excel of LibreOffice Calc, sla het op en lees het opnieuw in. Er is niets "
            "ingelezen."
        )


def _read_xlsx(
    path: Path,
    progress: Progress | None = None,
    sheet: str | None = PLACES_SHEET,
    max_rows: int | None = None,
) -> list[list[Any]]:
    wb, ws = open_sheet(path, sheet)
    try:
        refuse_formulas(path, formula_rows(path, ws))
        return _limit_rows(path, ws.iter_rows(values_only=True), progress, max_rows)
    finally:
        wb.close()


def decode_csv(path: Path) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 (Excel's 'Unicode text'),
    else Windows-1252."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise UserError(
                f"{path.name} is groter dan {MAX_CSV_BYTES // 2**20} MB; lees het in delen in."
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path.name} kan niet gelezen worden: {exc.strerror}.") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif raw[:200].count(b"\x00") > len(raw[:200]) // 4:  # UTF-16 without a BOM
        encodings = ["utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be"]
    else:
        encodings = ["utf-8-sig"]
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    if encodings != ["utf-8-sig"]:
        raise UserError(f"{path.name} lijkt UTF-16-tekst maar is onleesbaar (afgebroken?).")
    return raw.decode("cp1252", errors="replace")


def read_csv_rows(
    path: Path, progress: Progress | None = None, max_rows: int | None = None
) -> list[list[Any]]:
    """Rows of a Dutch CSV (; or , or tab), within the import's limits."""
    text = decode_csv(path)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    if first.count("\t") > max(first.count(";"), first.count(",")):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return _limit_rows(path, reader, progress, max_rows)
    except csv.Error as exc:
        limit = csv.field_size_limit()
        if "field larger" in str(exc):
            raise UserError(
                f"{path.name}, rij {reader.line_num}: een veld is langer dan "
                f"{limit:,} tekens (een vergeten aanhalingsteken?). Er is niets "
                "ingelezen.".replace(",", ".")
            ) from None
        raise UserError(
            f"{path.name}, rij {reader.line_num}: geen geldige CSV ({exc}). Er is niets ingelezen."
        ) from None


def _read_csv(
    path: Path, progress: Progress | None = None, max_rows: int | None = None
) -> list[list[Any]]:
    return read_csv_rows(path, progress, max_rows)


# --------------------------------------------------------------------------- planning


def _states(conn: sqlite3.Connection, entity: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for record_id, name, value in conn.execute(
        "SELECT record_id, field, value FROM field_state WHERE entity = ?", (entity,)
    ):
        out.setdefault(record_id, {})[name] = json.loads(value)
    return out


def _fold(text: str) -> str:
    return reference.fold(text)


def _columns_of(header: list[str], plan: ImportPlan) -> dict[int, Column]:
    known = {_fold(c.header): c for c in place_columns()}
    mapped: dict[int, Column] = {}
    seen: dict[str, int] = {}
    for i, h in enumerate(header):
        if not h:
            continue
        col = known.get(_fold(h))
        if col is None:
            plan.unknown_columns.append(h)
        elif col.header in seen:
            plan.file_errors.append(f"Kolom '{h}' staat twee keer in het bestand.")
        elif col.entity is None or col.field is None:
            plan.ignored_columns.append(h)
        else:
            seen[col.header] = i
            mapped[i] = col
    for name in REQUIRED:
        if name not in seen:
            plan.file_errors.append(
                f"Kolom '{name}' ontbreekt; de eerste rij moet de kolomkoppen van het blad "
                "Plekken bevatten (zie de handleiding)."
            )
    return mapped


def plan_import(
    store: Store,
    path: Path,
    interviewer: str | None = None,
    progress: Progress | None = None,
    *,
    match_existing: bool = True,
) -> ImportPlan:
    """Read and check ``path``; nothing is written. See the module docstring. ``progress``
    is called while reading and checking and may raise :class:`~nulmeting.domain.errors.Cancelled`.

    ``match_existing``: a row without ID whose name and postcode match one plek in the store
    (the duplicate rule) updates that plek ("bestaat al"); off, such rows become new plekken."""
    path = Path(path)
    plan = ImportPlan(path, (interviewer or store.interviewer or "onbekend").strip())
    if not store.current_round.strip():
        from nulmeting.reading.intake import suggested_round

        plan.new_round = suggested_round()
    report(progress, 0, 0, f"{path.name} lezen")
    header, data = read_table(path, progress)
    columns = _columns_of(header, plan)
    if plan.file_errors:
        return plan
    id_col = next((i for i, c in columns.items() if c.field == "id"), None)
    with store.read() as conn:
        places = _states(conn, "place")
        gone = {r[0] for r in conn.execute("SELECT id FROM place WHERE archived")}
    existing = _existing_by_name(places, gone) if match_existing else {}
    first_row: dict[str, int] = {}
    for n, (row_no, values) in enumerate(data):
        if n % 1000 == 0:
            report(progress, n, len(data), "Rijen controleren")
        values = values + [None] * (len(header) - len(values))
        rp = RowPlan(row_no, None, "")
        if id_col is not None and values[id_col] not in (None, ""):
            raw_id = str(values[id_col]).strip().lower()
            if not UUID.match(raw_id):
                rp.errors.append(f"ID '{values[id_col]}' is geen geldige plek-ID.")
            elif raw_id in first_row:
                rp.errors.append(f"ID {raw_id} staat ook in rij {first_row[raw_id]}.")
                for other in plan.rows:
                    if other.place_id == raw_id and not any("dubbel" in e for e in other.errors):
                        other.errors.append(
                            f"ID {raw_id} staat dubbel in het bestand (ook in rij {row_no})."
                        )
            elif raw_id not in places:
                rp.errors.append(f"er is geen plek met ID {raw_id} in deze opslag.")
            elif places[raw_id].get("archived"):
                rp.errors.append(f"de plek met ID {raw_id} is gearchiveerd; zet die eerst terug.")
            else:
                first_row[raw_id] = row_no
            rp.place_id = raw_id
        for i, col in columns.items():
            if col.field == "id":
                continue
            value = values[i]
            try:
                if col.field == "volunteers_total":
                    rp.volunteers_total = clean(TOTAL_VOLUNTEERS, value)
                    rp.has_total = True
                    continue
                cleaned = clean(fields(col.entity or "")[col.field or ""], value)
            except ValidationError as exc:
                rp.errors.append(str(exc))
                continue
            target = rp.place_values if col.entity == "place" else rp.interview_values
            target[col.field or ""] = cleaned
        rp.name = str(rp.place_values.get("name") or "")
        if rp.is_new and match_existing and not rp.errors:
            key = _match_key(rp.place_values.get("name"), rp.place_values.get("postcode"))
            found = existing.get(key) if key else None
            if found and found not in first_row:
                rp.place_id, rp.existing = found, True
                first_row[found] = row_no
        if rp.is_new:
            for name in ("name", "district"):
                if rp.place_values.get(name) is None and not any(
                    e.startswith(fields("place")[name].label) for e in rp.errors
                ):
                    rp.errors.append(f"{fields('place')[name].label} ontbreekt.")
        plan.rows.append(rp)
    with store.read(snapshot=True) as conn:
        context = _Context.load(store, conn, plan.new_round)
        valid = plan.valid_rows
        for n, rp in enumerate(valid):
            if n % 1000 == 0:
                report(progress, n, len(valid), "Wijzigingen bepalen")
            try:
                _resolve(rp, context, plan.author)
            except ValidationError as exc:
                rp.errors.append(str(exc))
    report(progress, len(data), len(data), "Gecontroleerd")
    return plan


def _match_key(name: Any, postcode: Any) -> tuple[str, str] | None:
    from nulmeting.reading.duplicates import name_key, postcode_key

    if not name or not postcode:
        return None
    return name_key(str(name)), postcode_key(str(postcode))


def _existing_by_name(
    places: dict[str, dict[str, Any]], gone: set[str]
) -> dict[tuple[str, str], str]:
    """(name, postcode) key → the one live plek with it (keys held by several are left out:
    which one to update is for a person to say, with an ID)."""
    out: dict[tuple[str, str], str] = {}
    taken: set[tuple[str, str]] = set()
    for pid, values in places.items():
        if pid in gone:  # archived, or joined into another plek
            continue
        key = _match_key(values.get("name"), values.get("postcode"))
        if key is None:
            continue
        if key in out:
            taken.add(key)
        out[key] = pid
    return {k: v for k, v in out.items() if k not in taken}


@dataclass
class _Context:
    round: str
    places: dict[str, dict[str, Any]]
    interviews: dict[str, dict[str, Any]]  # id → canonical values
    by_place: dict[str, list[dict[str, Any]]]  # place id → decoded interview rows
    measured: set[str] = field(default_factory=set)  # plekken measured in ``round``

    @classmethod
    def load(cls, store: Store, conn: sqlite3.Connection, new_round: str = "") -> _Context:
        by_place: dict[str, list[dict[str, Any]]] = {}
        for i in entity_rows(conn, "interview"):
            if i.get("place_id"):
                by_place.setdefault(i["place_id"], []).append(i)
        round_name = store.current_round.strip() or new_round
        measured = meetmoment.measured_places(conn, round_name)
        return cls(
            round_name, _states(conn, "place"), _states(conn, "interview"), by_place, measured
        )


VOLUNTEER_COUNTS = ("volunteers_core", "volunteers_regular", "volunteers_occasional")


def _resolve(rp: RowPlan, ctx: _Context, author: str) -> None:
    """Fill in what ``rp`` changes against the current state (raises ValidationError)."""
    current = ctx.places.get(rp.place_id or "", {}) if not rp.is_new else {}
    if not rp.is_new and (not current or current.get("archived")):
        raise ValidationError(
            "de plek is intussen gearchiveerd of verdwenen; lees het bestand opnieuw in."
        )
    rp.place_changes = {
        k: (current.get(k), v)
        for k, v in rp.place_values.items()
        if current.get(k) != v and not (rp.is_new and v is None)
    }
    shown = choose_interview(ctx.by_place.get(rp.place_id or "", []), ctx.round)
    shown_values = ctx.interviews.get(shown["id"], {}) if shown else {}
    target = {**rp.interview_values}
    if rp.has_total and rp.volunteers_total is not None:
        core = target.get("volunteers_core", shown_values.get("volunteers_core")) or 0
        occasional = (
            target.get("volunteers_occasional", shown_values.get("volunteers_occasional")) or 0
        )
        regular = target.get("volunteers_regular", shown_values.get("volunteers_regular")) or 0
        if core + regular + occasional != rp.volunteers_total:
            rest = rp.volunteers_total - core - occasional
            if rest < 0:
                raise ValidationError(
                    f"Vrijwilligers: {rp.volunteers_total} is minder dan kern ({core}) + "
                    f"incidenteel ({occasional})."
                )
            target["volunteers_regular"] = rest
    # the export leaves the figures of a plek not (yet) measured in this meetmoment empty: an
    # empty cell there clears nothing (see overview: never last year's figures)
    unmeasured = bool(ctx.round) and rp.place_id not in ctx.measured
    diffs = {
        k: v
        for k, v in target.items()
        if shown_values.get(k) != v and not (v is None and unmeasured)
    }
    if not diffs:
        rp.interview_changes, rp.interview_id = {}, shown["id"] if shown else None
        return
    same_round = shown is not None and (not ctx.round or shown.get("round") == ctx.round)
    if same_round:
        assert shown is not None
        check_record("interview", {**shown_values, **diffs})
        rp.interview_id = shown["id"]
        rp.interview_changes = {k: (shown_values.get(k), v) for k, v in diffs.items()}
    else:
        # A new meting for the current meetmoment holds what the sheet changed, not the row's
        # copy of an earlier meting: that one's status, date, interviewer and figures were
        # measured then, not now.
        new = {k: v for k, v in diffs.items() if v is not None}
        if rp.has_total and any(name in diffs for name in VOLUNTEER_COUNTS):
            # the total was split using the earlier core and occasional counts: keep the split
            # whole, so the new meting's volunteers add up to the total in the sheet
            for name in VOLUNTEER_COUNTS:
                value = target.get(name, shown_values.get(name))
                if value is not None:
                    new[name] = value
        new["round"] = ctx.round or None
        new.setdefault("interviewer", author)
        new.setdefault("status", "gepland")
        new = {k: v for k, v in new.items() if v is not None}
        check_record("interview", new)
        rp.interview_id = None
        rp.interview_changes = {k: (None, v) for k, v in new.items()}


# --------------------------------------------------------------------------- applying


def refuse_unusable(plan: ImportPlan | Any, only_valid: bool) -> None:
    """A Dutch :class:`UserError` (so nothing is written) for a plan whose file cannot be used,
    or that has invalid rows and the person did not choose to read only the valid ones. One rule
    for the Plekken and the Activiteiten import."""
    if plan.file_errors:
        raise UserError(plan.summary())
    if plan.invalid_rows and not only_valid:
        errors = plan.errors
        shown = "\n".join(errors[:50]) + (
            f"\n… en nog {len(errors) - 50} fouten" if len(errors) > 50 else ""
        )
        raise UserError(
            f"Er is niets ingelezen: {len(plan.invalid_rows)} rij(en) bevatten fouten. Verbeter "
            f"het bestand, of kies ervoor alleen de geldige rijen in te lezen.\n{shown}"
        )


def apply_import(
    store: Store, plan: ImportPlan, *, only_valid: bool = False, progress: Progress | None = None
) -> str:
    """Write ``plan`` in one transaction; returns a Dutch summary. Raises :class:`UserError`
    (nothing written) when the file cannot be used, or when rows are invalid and not
    ``only_valid``. Every ``progress`` call is made inside the transaction, before the commit:
    :class:`~nulmeting.domain.errors.Cancelled` from it leaves the store as it was."""
    refuse_unusable(plan, only_valid)
    rows = plan.valid_rows
    laptop, author = store.laptop_id, plan.author
    written = created = updated = 0
    new_round = plan.new_round if not store.current_round.strip() else ""
    with store.write() as conn:
        check_open_round(conn, store.current_round)  # a vastgesteld meetmoment: nothing read
        if new_round:  # the first write of a fresh store: the meetmoment first start offers
            write_meta(conn, {"round": new_round})
        reader = sqlite_of(conn)  # reads inside the write see its own state
        ctx = _Context.load(store, reader, new_round)
        heads: dict[tuple[str, str], dict[str, list[str]]] = {}
        batch: list[dict[str, Any]] = []

        def emit(entity: str, record_id: str, values: dict[str, Any], new: bool) -> None:
            at = store.clock()
            if new:
                values = {"archived": False, **values}
                parents: dict[str, list[str]] = {}
            else:
                parents = heads.setdefault(
                    (entity, record_id), changes.heads(reader, entity, record_id)
                )
            for name, value in values.items():
                batch.append(
                    changes.make_change(
                        entity,
                        record_id,
                        name,
                        value,
                        parents=parents.get(name, []),
                        author=author,
                        laptop=laptop,
                        at=at,
                    )
                )

        for n, rp in enumerate(rows):
            if n % 500 == 0:
                report(progress, n, len(rows), "Inlezen")
            try:  # again, against the state inside this transaction (it may have moved)
                _resolve(rp, ctx, author)
            except ValidationError as exc:
                raise UserError(f"Rij {rp.row}: {exc} Er is niets ingelezen.") from None
            place_id = rp.place_id
            if rp.is_new:
                place_id = str(uuid.uuid4())
                emit("place", place_id, {k: v for k, (_, v) in rp.place_changes.items()}, True)
                created += 1
            elif rp.place_changes:
                emit(
                    "place", place_id or "", {k: v for k, (_, v) in rp.place_changes.items()}, False
                )
            if rp.interview_changes:
                values = {k: v for k, (_, v) in rp.interview_changes.items()}
                if rp.interview_id:
                    emit("interview", rp.interview_id, values, False)
                else:
                    emit("interview", str(uuid.uuid4()), {"place_id": place_id, **values}, True)
            if not rp.is_new and rp.changed:
                updated += 1
        # The last chance to cancel: Cancelled here still rolls the transaction back. No
        # progress call after the commit, or "Annuleren" would report stored work as undone.
        report(progress, len(rows), len(rows), "Opslaan")
        if batch:
            written = changes.ingest_rows(conn, batch).new_changes
    skipped = len(plan.invalid_rows)
    text = (
        f"Ingelezen uit {plan.path.name}: {created} nieuwe plekken, {updated} plekken "
        f"gewijzigd ({written} wijzigingen, als werk van {author})."
    )
    if new_round:
        text += f" Meetmoment ingesteld op “{new_round}” (dit gegevensbestand had er nog geen)."
    if skipped:
        text += f" {skipped} rij(en) met fouten overgeslagen."
    if plan.unknown_columns:
        text += " Onbekende kolommen genegeerd: " + ", ".join(plan.unknown_columns) + "."
    return text
