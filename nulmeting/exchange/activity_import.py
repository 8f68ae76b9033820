"""Import activities from a spreadsheet: the export's ``Activiteiten`` sheet, or a plain list.

Same two steps, preview and all-or-nothing as the Plekken import (:mod:`nulmeting.exchange.importer`):
:func:`plan_activity_import` reads and checks, writes nothing, and gives every problem with its
row number; :func:`apply_activity_import` writes the plan in one transaction, as changes by the
importing buurtverbinder, and nothing at all when a row is wrong (unless ``only_valid``).

Columns (headers matched forgivingly: case, accents, spaces): ``Activiteit`` (the name) and the
plek (``Plek ID``, or ``Plek`` by name, with ``Wijk`` when two plekken share a name) are needed;
``Dagen``, ``Begin``, ``Eind``, ``Frequentie``, ``Voor wie`` (or ``Doelgroep``), ``Thema``,
``Gemiddeld aantal deelnemers``, ``Uitgevoerd door``, ``Partners``, ``Openbaar in wijkagenda``
are read when present; ``Activiteit ID`` names an existing activity. Without an ID a row is
the plek's activity with the same name and days, else the plek's only activity of that name,
else a new one — so importing the same list twice changes nothing. Only fields that differ are
written: importing an unchanged export writes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nulmeting.domain import reference
from nulmeting.domain.errors import UserError, ValidationError
from nulmeting.domain.fields import content_fields, fields
from nulmeting.domain.progress import Progress, report
from nulmeting.domain.validation import UUID, check_record, clean
from nulmeting.exchange.importer import read_table, refuse_unusable
from nulmeting.exchange.xlsx_layout import ACTIVITIES_SHEET, PLACES_SHEET
from nulmeting.store import changes
from nulmeting.store.connection import sqlite_of
from nulmeting.store.rounds import check_open_round
from nulmeting.store.store import DEFAULT_ROUND, Store

SHEET = ACTIVITIES_SHEET

#: folded header → activity field (or a special key starting with "_")
HEADERS: dict[str, str] = {
    "activiteitid": "_id",
    "id": "_id",
    "plekid": "_place_id",
    "plek": "_place",
    "wijk": "_district",
    "activiteit": "name",
    "naam": "name",
    "thema": "themes",
    "themas": "themes",
    "doelgroep": "target_groups",
    "doelgroepen": "target_groups",
    "voorwie": "target_groups",
    "dagen": "days",
    "dag": "days",
    "begin": "start",
    "begintijd": "start",
    "van": "start",
    "eind": "end",
    "eindtijd": "end",
    "tot": "end",
    "frequentie": "frequency",
    "hoevaak": "frequency",
    "gemiddeldaantaldeelnemers": "participants",
    "deelnemers": "participants",
    "uitgevoerddoor": "run_by",
    "door": "run_by",
    "partners": "partners",
    "openbaarinwijkagenda": "public",
    "openbaar": "public",
}
#: derived columns of the export, ignored silently
DERIVED = {"keerperweek", "deelnemersperweek"}
VALUE_FIELDS = tuple(content_fields("activity"))


@dataclass
class ActivityRow:
    row: int
    activity_id: str | None = None  # None: a new activity
    place_id: str | None = None
    activity_name: str = ""
    place_name: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    field_changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    is_new: bool = False

    @property
    def name(self) -> str:  # what the preview shows in its "Plek" column
        return (
            f"{self.activity_name} ({self.place_name})" if self.place_name else self.activity_name
        )

    @property
    def changed(self) -> int:
        return len(self.field_changes)

    def describe(self) -> str:
        if self.errors:
            return "; ".join(self.errors)
        labels = [fields("activity")[f].label for f in self.field_changes if f != "place_id"]
        if "place_id" in self.field_changes and not self.is_new:
            labels.insert(0, "Plek")
        if self.is_new:
            return "nieuwe activiteit"
        return "wijzigt: " + ", ".join(labels) if labels else "ongewijzigd"


@dataclass
class ActivityImportPlan:
    path: Path
    author: str
    rows: list[ActivityRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    kind: str = SHEET

    @property
    def errors(self) -> list[str]:
        return self.file_errors + [f"Rij {r.row}: {e}" for r in self.rows for e in r.errors]

    @property
    def valid_rows(self) -> list[ActivityRow]:
        return [r for r in self.rows if not r.errors]

    @property
    def invalid_rows(self) -> list[ActivityRow]:
        return [r for r in self.rows if r.errors]

    def counts(self) -> dict[str, int]:
        valid = self.valid_rows
        return {
            "nieuw": sum(1 for r in valid if r.is_new),
            "gewijzigd": sum(1 for r in valid if not r.is_new and r.changed),
            "ongewijzigd": sum(1 for r in valid if not r.is_new and not r.changed),
            "ongeldig": len(self.invalid_rows),
        }

    def summary(self) -> str:
        if self.file_errors:
            return f"{self.path.name} kan niet ingelezen worden:\n" + "\n".join(self.file_errors)
        c = self.counts()
        lines = [
            f"{self.path.name} (activiteiten): {len(self.rows)} rijen.",
            f"Nieuwe activiteiten: {c['nieuw']}.",
            f"Activiteiten met wijzigingen: {c['gewijzigd']}.",
            f"Ongewijzigd: {c['ongewijzigd']}.",
        ]
        if c["ongeldig"]:
            lines.append(f"Rijen met fouten: {c['ongeldig']} (zie hieronder).")
        if self.unknown_columns:
            lines.append("Onbekende kolommen (genegeerd): " + ", ".join(self.unknown_columns) + ".")
        if not any(HEADERS.get(reference.fold(h)) == "public" for h in self._headers):
            lines.append(
                "Er is geen kolom 'Openbaar in wijkagenda': nieuwe activiteiten komen "
                "niet in de wijkagenda tot iemand ze openbaar maakt."
            )
        lines.append(f"Wijzigingen worden vastgelegd als werk van {self.author}.")
        return "\n".join(lines)

    _headers: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- detection


def sheet_kind(path: Path, sheet: str | None = None) -> str:
    """``"Plekken"`` or ``"Activiteiten"``: what ``import`` reads from ``path``. An explicit
    ``sheet`` wins; a workbook with a Plekken sheet is read as plekken (the export holds both);
    otherwise a sheet called Activiteiten, or a first row with an ``Activiteit`` column and no
    ``Naam`` column, means activities."""
    if sheet:
        folded = reference.fold(sheet)
        if folded in {"plekken", "plek"}:
            return PLACES_SHEET
        if folded in {"activiteiten", "activiteit"}:
            return SHEET
        raise UserError(f"Blad '{sheet}': kies Plekken of Activiteiten.")
    path = Path(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"} and path.exists():
        names = sheet_names(path)
        if PLACES_SHEET in names:
            return PLACES_SHEET
        if SHEET in names:
            return SHEET
    try:
        header, _rows = read_table(path, sheet=None, max_rows=1)
    except UserError:
        return PLACES_SHEET  # the Plekken import gives the message
    headers = {reference.fold(h) for h in header}
    return SHEET if "activiteit" in headers and "naam" not in headers else PLACES_SHEET


def sheet_names(path: Path) -> list[str]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return []
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


# --------------------------------------------------------------------------- planning


def _time_text(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, str):
        m = re.match(r"^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:uur)?\s*$", value)
        if m:
            return f"{m.group(1)}:{m.group(2)}"
    return value


def _days_text(value: Any) -> Any:
    """``maandag en donderdag``, ``ma/do``, ``ma, do`` → ``ma;do`` for the multi cleaner."""
    if isinstance(value, str):
        return ";".join(p for p in re.split(r"\s*(?:[;,/&+]|\ben\b)\s*", value.strip()) if p)
    return value


def _fold_name(text: Any) -> str:
    return reference.fold(str(text or ""))


def _states(conn: sqlite3.Connection, entity: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for record_id, name, value in conn.execute(
        "SELECT record_id, field, value FROM field_state WHERE entity = ?", (entity,)
    ):
        out.setdefault(record_id, {})[name] = json.loads(value)
    return out


def _columns(header: list[str], plan: ActivityImportPlan) -> dict[int, str]:
    mapped: dict[int, str] = {}
    seen: dict[str, str] = {}
    for i, h in enumerate(header):
        folded = reference.fold(h)
        if not folded:
            continue
        key = HEADERS.get(folded)
        if key is None:
            (plan.ignored_columns if folded in DERIVED else plan.unknown_columns).append(h)
        elif key in seen:
            plan.file_errors.append(
                f"Kolom '{h}' staat twee keer in het bestand (ook als '{seen[key]}')."
            )
        else:
            seen[key] = h
            mapped[i] = key
    if "name" not in seen:
        plan.file_errors.append(
            "Kolom 'Activiteit' ontbreekt; de eerste rij moet de kolomkoppen "
            "bevatten (Plek, Activiteit, Dagen, Begin, Eind, Frequentie, "
            "Voor wie, Thema)."
        )
    if "_place_id" not in seen and "_place" not in seen:
        plan.file_errors.append(
            "Kolom 'Plek' (of 'Plek ID') ontbreekt: bij elke activiteit hoort een plek."
        )
    return mapped


@dataclass
class _Context:
    places: dict[str, dict[str, Any]]
    activities: dict[str, dict[str, Any]]
    round: str = DEFAULT_ROUND  # the meetmoment whose activities the list is matched with

    @classmethod
    def load(cls, conn: sqlite3.Connection, round_name: str = "") -> _Context:
        return cls(_states(conn, "place"), _states(conn, "activity"), round_name or DEFAULT_ROUND)

    def live_places(self) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.places.items() if not v.get("archived")}

    def live_activities(self) -> dict[str, dict[str, Any]]:
        """The activities of this meetmoment (last year's belong to last year's)."""
        return {
            k: v
            for k, v in self.activities.items()
            if not v.get("archived") and v.get("round") in (self.round, None)
        }


def _find_place(rp: ActivityRow, raw: dict[str, Any], ctx: _Context) -> None:
    places = ctx.live_places()
    raw_id = raw.get("_place_id")
    if raw_id not in (None, ""):
        pid = str(raw_id).strip().lower()
        if not UUID.match(pid):
            rp.errors.append(f"Plek ID '{raw_id}' is geen geldige plek-ID.")
        elif pid not in places:
            rp.errors.append(
                f"er is geen plek met ID {pid} in deze opslag"
                + (" (gearchiveerd)" if pid in ctx.places else "")
                + "."
            )
        else:
            rp.place_id = pid
            rp.place_name = places[pid].get("name") or ""
        return
    name = raw.get("_place")
    if name in (None, ""):
        rp.errors.append("Plek ontbreekt.")
        return
    matches = [pid for pid, p in places.items() if _fold_name(p.get("name")) == _fold_name(name)]
    district = raw.get("_district")
    if len(matches) > 1 and district not in (None, ""):
        code = reference.match_district(str(district))
        matches = [pid for pid in matches if places[pid].get("district") == code]
    if not matches:
        rp.errors.append(
            f"plek '{name}' staat niet in deze opslag; voeg de plek eerst toe "
            "(of importeer de plekken) en lees dan de activiteiten in."
        )
    elif len(matches) > 1:
        rp.errors.append(
            f"er zijn {len(matches)} plekken met de naam '{name}'; vul de kolom Wijk of Plek ID in."
        )
    else:
        rp.place_id = matches[0]
        rp.place_name = places[matches[0]].get("name") or str(name)


def plan_activity_import(
    store: Store, path: Path, interviewer: str | None = None, progress: Progress | None = None
) -> ActivityImportPlan:
    """Read and check ``path`` (its Activiteiten sheet, or its only sheet, or a CSV); nothing
    is written."""
    path = Path(path)
    plan = ActivityImportPlan(path, (interviewer or store.interviewer or "onbekend").strip())
    report(progress, 0, 0, f"{path.name} lezen")
    header, data = read_table(path, progress, sheet=SHEET)
    plan._headers = header
    columns = _columns(header, plan)
    if plan.file_errors:
        return plan
    defs = fields("activity")
    with store.read(snapshot=True) as conn:
        ctx = _Context.load(conn, store.current_round)
    activities = ctx.live_activities()
    first_row: dict[str, int] = {}
    for n, (row_no, values) in enumerate(data):
        if n % 1000 == 0:
            report(progress, n, len(data), "Rijen controleren")
        values = values + [None] * (len(header) - len(values))
        raw = {key: values[i] for i, key in columns.items()}
        rp = ActivityRow(row_no, activity_name=str(raw.get("name") or "").strip())
        _find_place(rp, raw, ctx)
        for key in VALUE_FIELDS:
            if key not in raw:
                continue
            value = raw[key]
            if key in {"start", "end"}:
                value = _time_text(value)
            elif key == "days":
                value = _days_text(value)
            try:
                rp.values[key] = clean(defs[key], value)
            except ValidationError as exc:
                rp.errors.append(str(exc))
        if not rp.values.get("name") and not any(e.startswith("Naam") for e in rp.errors):
            rp.errors.append("Activiteit: de naam ontbreekt.")
        raw_id = raw.get("_id")
        if raw_id not in (None, ""):
            aid = str(raw_id).strip().lower()
            if not UUID.match(aid):
                rp.errors.append(f"Activiteit ID '{raw_id}' is geen geldige ID.")
            elif aid not in activities:
                rp.errors.append(
                    f"er is geen activiteit met ID {aid} in deze opslag"
                    + (" (gearchiveerd)" if aid in ctx.activities else "")
                    + "."
                )
            else:
                rp.activity_id = aid
        plan.rows.append(rp)
    _match_without_id(plan, activities)
    for rp in plan.rows:
        if rp.activity_id:
            if rp.activity_id in first_row:
                rp.errors.append(
                    f"dezelfde activiteit staat ook in rij {first_row[rp.activity_id]}."
                )
            else:
                first_row[rp.activity_id] = rp.row
    for rp in plan.valid_rows:
        try:
            _resolve(rp, ctx)
        except ValidationError as exc:
            rp.errors.append(str(exc))
    report(progress, len(data), len(data), "Gecontroleerd")
    return plan


def _match_without_id(plan: ActivityImportPlan, activities: dict[str, dict[str, Any]]) -> None:
    """Rows without an ID: the plek's activity with the same name and days, else the plek's
    only activity with that name (not claimed by another row), else new."""
    by_place: dict[str, list[str]] = {}
    for aid, a in activities.items():
        by_place.setdefault(a.get("place_id") or "", []).append(aid)
    claimed = {rp.activity_id for rp in plan.rows if rp.activity_id}
    pending = [rp for rp in plan.rows if not rp.errors and not rp.activity_id and rp.place_id]
    for exact in (True, False):
        for rp in pending:
            if rp.activity_id:
                continue
            name = _fold_name(rp.values.get("name"))
            candidates = [
                aid
                for aid in by_place.get(rp.place_id or "", [])
                if aid not in claimed and _fold_name(activities[aid].get("name")) == name
            ]
            if exact:
                days = rp.values.get("days")
                candidates = [aid for aid in candidates if activities[aid].get("days") == days]
            if len(candidates) == 1:
                rp.activity_id = candidates[0]
                claimed.add(candidates[0])


def _resolve(rp: ActivityRow, ctx: _Context) -> None:
    """Fill in what ``rp`` changes against the current state (raises ValidationError)."""
    if rp.activity_id:
        current = ctx.activities.get(rp.activity_id, {})
        if not current or current.get("archived"):
            raise ValidationError(
                "de activiteit is intussen gearchiveerd of verdwenen; lees het bestand opnieuw in."
            )
        if rp.place_id and not ctx.live_places().get(rp.place_id):
            raise ValidationError("de plek is intussen gearchiveerd of verdwenen.")
        target = {**rp.values, "place_id": rp.place_id}
        rp.is_new = False
        rp.field_changes = {
            k: (current.get(k), v) for k, v in target.items() if current.get(k) != v
        }
        check_record("activity", {**current, **target})
    else:
        rp.is_new = True
        target = {
            "place_id": rp.place_id,
            **{k: v for k, v in rp.values.items() if v is not None},
            "round": ctx.round,
        }
        check_record("activity", target)
        rp.field_changes = {k: (None, v) for k, v in target.items()}


# --------------------------------------------------------------------------- applying


def apply_activity_import(
    store: Store,
    plan: ActivityImportPlan,
    *,
    only_valid: bool = False,
    progress: Progress | None = None,
) -> str:
    """Write ``plan`` in one transaction; returns a Dutch summary. Raises :class:`UserError`
    (nothing written) when the file cannot be used or rows are invalid and not ``only_valid``;
    ``Cancelled`` from ``progress`` (called before the commit) also leaves the store as it was.
    """
    refuse_unusable(plan, only_valid)
    rows = plan.valid_rows
    author, laptop = plan.author, store.laptop_id
    created = updated = written = 0
    with store.write() as conn:
        check_open_round(conn, store.current_round)  # a vastgesteld meetmoment: nothing read
        reader = sqlite_of(conn)  # reads inside the write see its own state
        ctx = _Context.load(reader, store.current_round)
        batch: list[dict[str, Any]] = []
        for n, rp in enumerate(rows):
            if n % 500 == 0:
                report(progress, n, len(rows), "Inlezen")
            try:  # again, against the state inside this transaction
                _resolve(rp, ctx)
            except ValidationError as exc:
                raise UserError(f"Rij {rp.row}: {exc} Er is niets ingelezen.") from None
            if not rp.field_changes:
                continue
            at = store.clock()
            values = {k: v for k, (_old, v) in rp.field_changes.items()}
            if rp.is_new:
                record_id = str(uuid.uuid4())
                values = {"archived": False, **values}
                parents: dict[str, list[str]] = {}
                created += 1
            else:
                record_id = rp.activity_id or ""
                parents = changes.heads(reader, "activity", record_id)
                updated += 1
            for name, value in values.items():
                batch.append(
                    changes.make_change(
                        "activity",
                        record_id,
                        name,
                        value,
                        parents=parents.get(name, []),
                        author=author,
                        laptop=laptop,
                        at=at,
                    )
                )
        report(progress, len(rows), len(rows), "Opslaan")  # the last chance to cancel
        if batch:
            written = changes.ingest_rows(conn, batch).new_changes
    text = (
        f"Ingelezen uit {plan.path.name}: {created} nieuwe "
        f"{'activiteit' if created == 1 else 'activiteiten'}, {updated} "
        f"{'activiteit' if updated == 1 else 'activiteiten'} gewijzigd ({written} "
        f"{'wijziging' if written == 1 else 'wijzigingen'}, als werk van {author})."
    )
    if plan.invalid_rows:
        text += f" {len(plan.invalid_rows)} rij(en) met fouten overgeslagen."
    if plan.unknown_columns:
        text += " Onbekende kolommen genegeerd: " + ", ".join(plan.unknown_columns) + "."
    return text
