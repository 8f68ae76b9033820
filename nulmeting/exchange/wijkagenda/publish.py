"""Write the wijkagenda folder: the site, the feeds and the open data, all or nothing.

The folder is built next to the target and swapped in when complete, so a failure leaves the
previous publication as it was. A target that exists must be empty or an earlier wijkagenda
(it holds :data:`MARKER`): another folder is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nulmeting.domain import reference
from nulmeting.domain.errors import UserError
from nulmeting.domain.progress import Progress, report
from nulmeting.exchange.wijkagenda import feeds, opendata, site
from nulmeting.exchange.wijkagenda.entries import Agenda, load_agenda
from nulmeting.store.store import Store

MARKER = ".wijkagenda"


@dataclass
class Publication:
    folder: Path
    agenda: Agenda
    files: list[str]

    def dutch(self) -> str:
        a = self.agenda
        lines = [
            f"Wijkagenda geschreven in {self.folder}:",
            f"{len(a.entries)} activiteiten op {len(a.venues)} plekken in "
            f"{len(a.districts())} wijk(en); {len(self.files)} bestanden.",
            f"Open in een browser: {self.folder / 'index.html'}",
        ]
        if a.not_public:
            lines.append(f"{a.not_public} activiteit(en) niet openbaar: niet gepubliceerd.")
        if a.expired:
            lines.append(
                f"{a.expired} openbare activiteit(en) langer dan een jaar geleden "
                "nagevraagd: niet gepubliceerd (vraag ze opnieuw na)."
            )
        return "\n".join(lines)


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is een bestand, geen map. Kies een (lege) map.")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise UserError(
            f"De map {out} is niet leeg en bevat geen eerdere wijkagenda. Kies een "
            "lege of nieuwe map, zodat er niets anders wordt overschreven."
        )


def build(agenda: Agenda, *, single_district: bool) -> dict[str, bytes]:
    """Relative path → content of every file of the folder."""
    files = site.pages(agenda, single_district=single_district)
    area = site.area_name(agenda)
    events: dict[str, Any] = {}
    if not single_district:
        files["wijkagenda.ics"] = feeds.calendar_bytes(
            agenda.entries, f"Wijkagenda {area}", agenda.today, events
        )
    for code, name in agenda.districts():
        part = agenda.for_district(code)
        files[site.page_name(code)[:-5] + ".ics"] = feeds.calendar_bytes(
            part.entries, f"Wijkagenda {name}", agenda.today, events
        )
    data = opendata.files(agenda)
    files.update(data)
    counts = [
        (p.split("/")[1][:-4], max(0, v.count(b"\n") - 1))
        for p, v in data.items()
        if p.endswith(".csv")
    ]
    files["open-data/index.html"] = (
        site.environment()
        .get_template("open-data.html")
        .render(
            area=area,
            version=opendata.VERSION,
            published=site.dutch_date(agenda.today),
            counts=counts,
        )
        .encode("utf-8")
    )
    files[MARKER] = (
        b"Door Nulmeting geschreven wijkagenda; deze map wordt bij opnieuw publiceren vervangen.\n"
    )
    return files


def publish(
    store: Store,
    out: Path,
    *,
    district: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Publication:
    """Write the wijkagenda of the store (or of one wijk: a name, matched forgivingly) to
    ``out``. ``progress`` may raise ``Cancelled``: nothing is changed then."""
    from nulmeting.exchange.export import resolve_district

    out = Path(out)
    code = resolve_district(district) if district else None
    _check_target(out)
    report(progress, 0, 3, "Activiteiten lezen")
    agenda = load_agenda(store, district=code, today=today)
    if code and not agenda.entries:
        raise UserError(
            f"{reference.district_name(code)} heeft geen openbare activiteiten: "
            "er is niets gepubliceerd."
        )
    report(progress, 1, 3, "Pagina's, agenda's en open data maken")
    files = build(agenda, single_district=code is not None)
    report(progress, 2, 3, "Map schrijven")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".wijkagenda-", dir=out.parent))
    except OSError as exc:
        raise UserError(
            f"In de map {out.parent} kan niet geschreven worden "
            f"({exc.strerror}). Kies een andere map."
        ) from None
    old: Path | None = None
    try:
        for rel, content in sorted(files.items()):
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        report(progress, 3, 3, "Klaar")  # the last chance to cancel
        os.chmod(tmp, 0o755)
        if out.exists():
            old = out.with_name(f".{out.name}.oud-{os.getpid()}")
            os.replace(out, old)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not out.exists():
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return Publication(out, agenda, sorted(files))
