"""The plek summary: exactly one A4 page for the plek to check and sign.

Everything the interview recorded is on it (nothing cut, no "… en nog 2"): activities as a
compact table, the rest in two columns, signature lines at the foot. When a plek has much to show,
the type gets smaller step by step until the page holds it all (down to 6 pt; long free texts are
shortened only if even that is not enough, and then say so).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from nulmeting.domain.errors import UserError
from nulmeting.domain.fields import fields
from nulmeting.reading import intake
from nulmeting.report.dutch import long_date
from nulmeting.report.style import (
    ACCENT,
    FONT,
    MUTED,
    RULE,
    esc,
    style,
    table_style,
    write_atomically,
)
from nulmeting.store.store import Store

MARGIN = 13 * mm
WIDTH = A4[0] - 2 * MARGIN
SIZES = (8.5, 8.0, 7.5, 7.0, 6.5, 6.0)


def _sections(
    data: intake.PlaceData, ind: intake.Indicators, places: dict[str, str] | None
) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (t, rows)
        for t, rows in intake.summary(data, ind, places)
        if not t.startswith("Activiteiten")
    ]


def _activity_rows(data: intake.PlaceData) -> list[list[str]]:
    af = fields("activity")
    rows = []
    for a in data.rows("activity"):
        when = intake.display(af["days"], a.get("days"))
        if a.get("start"):
            when += f" {a['start']}" + (f"–{a['end']}" if a.get("end") else "")
        rows.append(
            [
                a.get("name") or "(zonder naam)",
                when.strip(),
                intake.display(af["frequency"], a.get("frequency")),
                intake.display(af["themes"], a.get("themes")),
                str(a["participants"]) if a.get("participants") is not None else "",
                intake.display(af["run_by"], a.get("run_by")),
                "ja" if a.get("public") else "nee" if a.get("public") is False else "",
            ]
        )
    return rows


def _story(
    data: intake.PlaceData,
    ind: intake.Indicators,
    places: dict[str, str] | None,
    size: float,
    today: dt.date,
    limit: int | None,
) -> list[Any]:
    s = {
        "title": style("pt", size + 8, bold=True, colour=ACCENT),
        "sub": style("ps", size - 0.5, colour=MUTED, space_after=3),
        "h": style(
            "ph", size + 1.5, bold=True, colour=ACCENT, space_before=size * 0.6, space_after=1.5
        ),
        "label": style("pl", size, colour=MUTED, leading=size * 1.2),
        "cell": style("pc", size, leading=size * 1.2),
        "head": style("phd", size - 0.5, bold=True, colour=MUTED, leading=size * 1.15),
        "sign": style("psg", size + 0.5, leading=size * 1.4),
    }

    def text(value: str) -> str:
        if limit is not None and len(value) > limit:
            value = value[:limit].rstrip() + " … (ingekort; volledig in de app)"
        return esc(value)

    def block(title: str, rows: list[tuple[str, str]], width: float) -> list[Any]:
        body = [[Paragraph(esc(a), s["label"]), Paragraph(text(b), s["cell"])] for a, b in rows]
        t = Table(body, colWidths=[width * 0.38, width * 0.62], hAlign="LEFT")
        t.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        return [Paragraph(esc(title), s["h"]), t]

    name = data.place.get("name") or "(naamloos)"
    story: list[Any] = [
        Paragraph(esc(name), s["title"]),
        Paragraph(
            f"Samenvatting van de meting '{esc(data.round)}', gemaakt op "
            f"{long_date(today)}. Klopt er iets niet of ontbreekt er iets? Laat het de "
            "buurtverbinder weten; na controle tekenen beide hieronder.",
            s["sub"],
        ),
    ]
    col = (WIDTH - 6 * mm) / 2
    sections = _sections(data, ind, places)
    # two columns in reading order, balanced by lines (a section is never split)
    weights = [sum(1 + len(b) // 45 for _, b in rows) + 2 for _, rows in sections]
    cut, used = 0, 0
    while cut < len(sections) and used + weights[cut] / 2 <= sum(weights) / 2:
        used += weights[cut]
        cut += 1
    left = [b for t, rows in sections[:cut] for b in block(t, rows, col)]
    right = [b for t, rows in sections[cut:] for b in block(t, rows, col)]
    cols = Table([[left, right]], colWidths=[col + 6 * mm, col], hAlign="LEFT")
    cols.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    acts = _activity_rows(data)
    if acts:
        head = ["Activiteit", "Wanneer", "Frequentie", "Thema", "Deeln.", "Door", "Agenda"]
        widths = [0.22, 0.19, 0.1, 0.25, 0.06, 0.11, 0.07]
        body = [[Paragraph(esc(h), s["head"]) for h in head]]
        body += [[Paragraph(text(c), s["cell"]) for c in row] for row in acts]
        t = Table(body, colWidths=[WIDTH * w for w in widths], repeatRows=1, hAlign="LEFT")
        t.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ]
            )
        )
        story += [cols, Paragraph(f"Activiteiten ({len(acts)})", s["h"]), t]
    else:
        story.append(cols)
    story.append(Spacer(1, size * 1.5))
    line = "_" * 38
    sign = Table(
        [
            [
                Paragraph(
                    f"<b>Voor de plek</b><br/>Gezien en akkoord<br/><br/>Naam: {line}"
                    f"<br/><br/>Datum: {line}<br/><br/>Handtekening: {line}",
                    s["sign"],
                ),
                Paragraph(
                    f"<b>Buurtverbinder</b><br/>{esc(data.interview.get('interviewer') or '') if data.interview else ''}"
                    f"<br/><br/>Naam: {line}<br/><br/>Datum: {line}<br/><br/>"
                    f"Handtekening: {line}",
                    s["sign"],
                ),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
        hAlign="LEFT",
    )
    sign.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, MUTED),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(sign)
    return story


def _build(
    target: Any,
    data: intake.PlaceData,
    ind: intake.Indicators,
    places: dict[str, str] | None,
    size: float,
    today: dt.date,
    limit: int | None,
) -> int:
    name = data.place.get("name") or ""
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        initialFontName=FONT,  # else every page names Helvetica, a font not embedded
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=11 * mm,
        bottomMargin=12 * mm,
        title=f"Samenvatting {name}",
        author="Nulmeting",
        subject=data.round,
        creator="Nulmeting",
    )

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 7 * mm, f"Nulmeting sociale basis · {name} · {data.round}")
        canvas.drawRightString(A4[0] - MARGIN, 7 * mm, f"Plek-ID {data.place_id}")
        canvas.restoreState()

    doc.build(
        _story(data, ind, places, size, today, limit),
        onFirstPage=footer,
        onLaterPages=footer,
    )
    return int(doc.page)


def fitting_size(
    data: intake.PlaceData, ind: intake.Indicators, places: dict[str, str] | None, today: dt.date
) -> tuple[float, int | None]:
    """The largest type size (and text limit, if any) at which the summary is one page."""
    for limit in (None, 600, 300, 150):
        for size in SIZES:
            if _build(io.BytesIO(), data, ind, places, size, today, limit) == 1:
                return size, limit
    return SIZES[-1], 80


def write_place_summary(
    out: Path,
    data: intake.PlaceData,
    ind: intake.Indicators,
    places: dict[str, str] | None = None,
    today: dt.date | None = None,
) -> Path:
    """The one-page summary of a plek's meting as PDF."""
    today = today or dt.date.today()
    size, limit = fitting_size(data, ind, places, today)

    def build(path: str) -> None:
        _build(path, data, ind, places, size, today, limit)

    return write_atomically(out, build)


def find_place(store: Store, text: str) -> str:
    """The id of the plek named by ``text``: its ID, or the start of it (at least 6 characters)."""
    text = text.strip()
    with store.read() as conn:
        rows = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM place WHERE NOT archived AND id LIKE ?", (text + "%",)
            ).fetchall()
        ]
    if text in rows:
        return text
    if len(text) >= 6 and len(rows) == 1:
        return str(rows[0])
    if len(rows) > 1 and len(text) >= 6:
        raise UserError(f"'{text}' past bij {len(rows)} plekken; geef meer tekens van het ID.")
    raise UserError(
        f"Er is geen plek met ID '{text}'. Het ID staat in het Excel-overzicht "
        "(laatste kolom van het blad Plekken)."
    )


def write_place_report(
    store: Store,
    out: Path,
    place_id: str,
    *,
    round_name: str | None = None,
    today: dt.date | None = None,
) -> Path:
    pid = find_place(store, place_id)
    data = intake.load(store, pid, round_name=round_name)
    if data is None:
        raise UserError(f"Er is geen plek met ID '{place_id}'.")
    ind = intake.compute_for(store, data)
    return write_place_summary(out, data, ind, dict(intake.place_choices(store)), today)
