"""The area report (all wijken) and the wijk report (one wijk, at most two A4 pages).

Page 1: the headline in large type with the maatschappelijke waarde written out; then the wijken
side by side, charts (value per wijk, income mix, financial traffic lights), the network, growth
since the previous meetmoment, the top behoeften and a method page. The wijk report has the same
parts, compact, and only that wijk's figures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from nulmeting.report import figures as fig
from nulmeting.report.dutch import euro, long_date, number, percent, plural
from nulmeting.report.style import (
    ACCENT,
    BOLD,
    FONT,
    GROUP_COLOURS,
    LIGHT_BG,
    LIGHT_COLOURS,
    MUTED,
    RULE,
    VALUE,
    esc,
    hbar_chart,
    stacked_chart,
    style,
    table_style,
    write_atomically,
)
from nulmeting.store.store import Store

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
LIGHTS = ("groen", "oranje", "rood", "onbekend")


def _styles() -> dict[str, Any]:
    return {
        "title": style("title", 22, bold=True, colour=ACCENT, leading=26),
        "sub": style("sub", 10.5, colour=MUTED, space_after=10),
        "big": style("big", 38, bold=True, colour=VALUE, leading=42),
        "bigcap": style("bigcap", 12, colour=MUTED, space_after=6),
        "calc": style("calc", 11, leading=15),
        "lower": style("lower", 9.5, colour=MUTED, leading=13, space_before=2),
        "h2": style("h2", 14, bold=True, colour=ACCENT, space_before=12, space_after=5),
        "h3": style("h3", 10.5, bold=True, space_before=6, space_after=3),
        "body": style("body", 9.5, leading=13),
        "small": style("small", 8, colour=MUTED, leading=10.5),
        "tile_n": style("tile_n", 19, bold=True, colour=ACCENT, leading=23, align=1),
        "tile_l": style("tile_l", 8.5, colour=MUTED, leading=10.5, align=1),
        "cell": style("cell", 8),
        "cellb": style("cellb", 8, bold=True),
    }


def _tiles(data: fig.ReportData, s: dict[str, Any]) -> Table:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    h = data.headline
    items = [
        (number(h.places), "plekken"),
        (number(h.activities_per_week), "activiteiten per week"),
        (number(h.participants_per_week), "deelnemers per week"),
        (number(h.volunteers), "vrijwilligers"),
        (number(h.volunteer_hours), "vrijwilligersuren per jaar"),
    ]
    # the largest type at which every figure fits its tile on one line
    room = WIDTH / len(items) - 14
    widest = max(stringWidth(n, BOLD, 19) for n, _ in items)
    size = min(19.0, 19 * room / widest)
    number_style = style("tile_n", size, bold=True, colour=ACCENT, leading=23, align=1)
    cells = [
        [Paragraph(n, number_style) for n, _ in items],
        [Paragraph(label, s["tile_l"]) for _, label in items],
    ]
    t = Table(cells, colWidths=[WIDTH / len(items)] * len(items))
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT_BG),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 9),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _headline(data: fig.ReportData, s: dict[str, Any]) -> list[Any]:
    h, m = data.headline, data.method
    sub = (
        f"{esc(m.round or 'Meetmoment niet ingesteld')} · stand op {long_date(m.today)} · "
        f"{esc(data.scope.lower() if data.district is None else 'wijk ' + data.scope)}"
    )
    parts: list[Any] = [
        Paragraph(esc(data.title), s["title"]),
        Paragraph(sub, s["sub"]),
        Paragraph(euro(h.societal_value), s["big"]),
        Paragraph("maatschappelijke waarde van het vrijwilligerswerk per jaar", s["bigcap"]),
    ]
    parts += [Paragraph(esc(line), s["calc"]) for line in h.calculation()]
    parts.append(
        Paragraph(
            esc(h.lower_bound()) + ". De uurwaarde van "
            f"{esc(euro(h.hourly_value))} is een keuze van de coalitie, geen norm: "
            "zie de verantwoording.",
            s["lower"],
        )
    )
    parts += [Spacer(1, 12), _tiles(data, s), Spacer(1, 4)]
    return parts


def _table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header: bool = True,
    total: bool = False,
    align_from: int = 1,
    size: float = 8,
) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds: list[Any] = [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("ALIGN", (align_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        cmds += [
            ("FONT", (0, 0), (-1, 0), BOLD, size - 0.5),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if total:
        cmds += [
            ("FONT", (0, -1), (-1, -1), BOLD, size),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    t.setStyle(table_style(cmds))
    return t


def _district_table(data: fig.ReportData, s: dict[str, Any]) -> Table:
    head = [
        "Wijk",
        "Plekken",
        "Activi-\nteiten\nper week",
        "Deel-\nnemers\nper week",
        "Vrijwil-\nligers",
        "Uren per\njaar",
        "Maatschappe-\nlijke waarde",
        "Struc-\ntureel\nbekostigd",
        "Groen",
        "Oranje",
        "Rood",
        "Onbe-\nkend",
    ]
    rows: list[list[Any]] = [head]
    for d in [*data.districts, data.total]:
        rows.append(
            [
                d.name,
                number(d.places),
                number(d.activities_per_week),
                number(d.participants_per_week),
                number(d.volunteers),
                number(d.volunteer_hours),
                euro(d.societal_value),
                percent(d.structural_share) or "–",
                *[number(d.lights.get(light, 0)) for light in LIGHTS],
            ]
        )
    for size in (8.0, 7.5, 7.0, 6.5, 6.0):  # large figures: smaller type rather than overlap
        widths = fitted_widths(rows, size)
        if sum(widths) <= WIDTH + 0.5:
            break
    return _table(rows, widths, total=True, size=size)


def fitted_widths(rows: list[list[Any]], size: float = 8) -> list[float]:
    """Column widths that hold the widest cell of each column (bold, as the Totaal row), the
    room left over going to the first column (the natural widths if the page is too narrow)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = []
    for c in range(len(rows[0])):
        need = max(
            stringWidth(line, BOLD, size) for row in rows for line in str(row[c]).split("\n")
        )
        widths.append(need + 12)
    spare = WIDTH - sum(widths)
    if spare > 0:
        widths[0] += spare
    return widths


def _income_chart(data: fig.ReportData, rows: list[Any], width: float) -> Any:
    groups = data.income_groups
    return stacked_chart(
        [(d.name, [d.income_by_group.get(g, 0.0) for g in groups]) for d in rows],
        groups,
        [colors.HexColor(c) for c in GROUP_COLOURS],
        width,
        share=True,
    )


def _lights_chart(rows: list[Any], width: float) -> Any:
    names = ["groen", "oranje", "rood", "onbekend (geen financiële gegevens)"]
    return stacked_chart(
        [(d.name, [d.lights.get(light, 0) for light in LIGHTS]) for d in rows],
        names,
        [LIGHT_COLOURS[light] for light in LIGHTS],
        width,
        share=False,
        total_text=lambda n: f"{number(n)} plekken",
    )


def _network(data: fig.ReportData, s: dict[str, Any]) -> list[Any]:
    items = [(label, number(n)) for label, n in data.network.items()]
    half = (len(items) + 1) // 2
    rows = [
        [*items[i], *(items[i + half] if i + half < len(items) else ("", ""))] for i in range(half)
    ]
    col = (WIDTH - 8 * mm) / 2
    t = _table(rows, [col - 16 * mm, 16 * mm, col - 8 * mm, 16 * mm], header=False)
    t.setStyle(
        table_style([("LEFTPADDING", (2, 0), (2, -1), 8 * mm), ("ALIGN", (2, 0), (2, -1), "LEFT")])
    )
    return [
        KeepTogether([Paragraph("Het netwerk", s["h3"]), t]),
        *(
            [
                Paragraph(
                    f"<b>Bruggen</b> (plekken die anders losse groepen verbinden): "
                    f"{esc(data.network_central)}.",
                    s["small"],
                )
            ]
            if data.network_central
            else []
        ),
        Paragraph(
            "Relaties zoals de plekken ze noemden (delen ruimte, doorverwijzen, samen "
            "activiteiten, geld, vrijwilligers, kennis); dezelfde cijfers als het blad "
            "Netwerkcijfers van het Excel-overzicht.",
            s["small"],
        ),
    ]


def _growth(data: fig.ReportData, s: dict[str, Any]) -> list[Any]:
    g = data.growth
    out: list[Any] = [Paragraph("Groei sinds het vorige meetmoment", s["h3"])]
    if not g:
        out.append(
            Paragraph(
                f"Er is nog geen eerder meetmoment dan "
                f"'{esc(data.method.round or 'deze meting')}': dit is de nulmeting. "
                "Bij een vervolgmeting staat hier de groei.",
                s["body"],
            )
        )
        return [KeepTogether(out)]
    rows: list[list[Any]] = [
        ["", esc(g["previous"]), esc(g["current"]), "Verschil", "Index gelijke plekken"]
    ]
    like = g.get("like_for_like") or [None] * len(g["rows"])
    for (label, before, now, kind), both in zip(g["rows"], like, strict=True):
        decimals = 1 if kind == "dec1" else 0
        fmt = euro if kind == "euro" else (lambda v, d=decimals: number(v, d))
        diff = now - before
        change = f"{'+' if diff >= 0 else ''}{fmt(diff)}"
        if before:
            change += f" ({'+' if diff >= 0 else ''}{percent(diff / before)})"
        rows.append([label, fmt(before), fmt(now), change, "" if both is None else number(both)])
    para = [  # the header wraps (meetmoment names are long), the first column too
        [
            Paragraph(f"<b>{c}</b>" if r is rows[0] else str(c), s["cell"])
            if r is rows[0] or i == 0
            else c
            for i, c in enumerate(r)
        ]
        for r in rows
    ]
    out.append(_table(para, [50 * mm, 32 * mm, 32 * mm, 36 * mm, 22 * mm]))
    for note in g.get("notes", []):
        out.append(Paragraph(esc(note), s["small"]))
    out.append(
        Paragraph(
            "Een plek telt als gemeten zodra er in het meetmoment cijfers zijn ingevuld, "
            "ingelezen of bevestigd; dezelfde regel en cijfers als het blad Groei.",
            s["small"],
        )
    )
    return [KeepTogether(out)]


def _needs(data: fig.ReportData, s: dict[str, Any], width: float) -> list[Any]:
    out: list[Any] = [Paragraph("Wat plekken nodig hebben", s["h3"])]
    if not data.needs:
        out.append(Paragraph("Er zijn (nog) geen behoeften genoemd.", s["body"]))
        return [KeepTogether(out)]
    rows = [
        (
            n.name,
            float(n.places),
            plural(n.places, "plek", "plekken")
            + (f", {number(n.urgent)} dringend" if n.urgent else ""),
        )
        for n in data.needs
    ]
    out.append(hbar_chart(rows, width, colour=ACCENT, label_width=150))
    out.append(
        Paragraph(
            "Aantal plekken dat deze behoefte noemt (dringend: urgentie hoog). "
            "Dit is wat de coalitie als eerste kan organiseren.",
            s["small"],
        )
    )
    return [KeepTogether(out)]


def _method(data: fig.ReportData, s: dict[str, Any], compact: bool) -> list[Any]:
    m = data.method
    rows = [
        ["Meetmoment", m.round or "(niet ingesteld)"],
        ["Stand op", long_date(m.today)],
        [
            "Welke meting telt",
            "Per plek de meting van dit meetmoment; heeft een plek die niet, "
            "dan haar laatste meting.",
        ],
        ["Uurwaarde", f"{euro(m.hourly_value)} per uur. Bron: {m.hourly_value_source}"],
        [
            "Ondergrens",
            f"{euro(m.minimum_wage)} per uur (wettelijk minimumuurloon, instelling): "
            f"{euro(data.headline.value_at_minimum_wage)} per jaar.",
        ],
        ["Weken per jaar", f"{number(m.weeks_per_year)} (actieve weken van vrijwilligers)"],
        ["Vrijwilligers", "Kern + regulier + incidenteel, uit de meting die telt."],
        [
            "Activiteiten per week",
            "Per gekozen dag: wekelijks 1, 2-wekelijks ½, maandelijks "
            "12/52, seizoen 6/52, eenmalig 1/52 keer per week.",
        ],
        ["Stoplicht", m.light_rule],
    ]
    body = [[Paragraph(esc(a), s["cellb"]), Paragraph(esc(b), s["cell"])] for a, b in rows]
    out: list[Any] = [
        Paragraph("Verantwoording", s["h2"] if not compact else s["h3"]),
        _table(body, [34 * mm, WIDTH - 34 * mm], header=False, align_from=9),
    ]
    th = [
        [
            Paragraph("Drempel", s["cellb"]),
            Paragraph("Waarde", s["cellb"]),
            Paragraph(
                "Betekenis (geen Nederlandse norm; eigen keuze, naar Tuckman & Chang 1991)",
                s["cellb"],
            ),
        ]
    ]
    th += [
        [Paragraph(esc(n), s["cell"]), Paragraph(esc(v), s["cell"]), Paragraph(esc(t), s["cell"])]
        for n, v, t in m.thresholds
    ]
    out += [Spacer(1, 6), _table(th, [46 * mm, 24 * mm, WIDTH - 70 * mm], align_from=9)]
    return out


def _footer(data: fig.ReportData) -> Any:
    text = " · ".join(
        x
        for x in (
            "Nulmeting sociale basis",
            data.scope,
            data.method.round,
            long_date(data.method.today),
        )
        if x
    )

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 9 * mm, text)
        canvas.drawRightString(A4[0] - MARGIN, 9 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    return draw


def story(data: fig.ReportData) -> list[Any]:
    s = _styles()
    wijk = data.district is not None
    parts = _headline(data, s)
    rows = data.districts if not wijk else []
    if not wijk:
        parts += [
            Paragraph("Maatschappelijke waarde per wijk", s["h3"]),
            hbar_chart(
                [(d.name, d.societal_value, euro(d.societal_value)) for d in data.districts],
                WIDTH,
                label_width=100,
            ),
            Paragraph("De wijken naast elkaar", s["h3"]),
            _district_table(data, s),
            Paragraph(
                "Stoplicht: financiële gezondheid per plek (zie de verantwoording). "
                "Structureel bekostigd: deel van de inkomsten dat structureel is.",
                s["small"],
            ),
            PageBreak(),
            Paragraph("Financiën", s["h2"]),
        ]
    else:
        d = data.total
        facts = [
            ["Maatschappelijke waarde", euro(d.societal_value)],
            ["Totale inkomsten", euro(d.income)],
            ["Structureel bekostigd", percent(d.structural_share) or "–"],
            ["Totale lasten", euro(d.total_costs)],
            ["Betaalde krachten (fte)", number(d.paid_fte, 1)],
            ["Plekken met afgenomen meting", f"{number(d.interviewed)} van {number(d.places)}"],
            ["Inwoners (2018)", number(d.inhabitants) if d.inhabitants else "–"],
        ]
        parts += [
            Paragraph(f"{esc(data.scope)} in cijfers", s["h3"]),
            _table(facts, [70 * mm, 35 * mm], header=False),
        ]
        rows = [data.total]
        rows[0].name = data.scope
    chart_w = WIDTH
    parts += [
        KeepTogether(
            [
                Paragraph("Inkomstenmix (aandeel van de inkomsten)", s["h3"]),
                _income_chart(data, rows, chart_w),
            ]
        ),
        KeepTogether(
            [
                Paragraph("Financieel stoplicht (aantal plekken)", s["h3"]),
                _lights_chart(rows, chart_w),
            ]
        ),
    ]
    parts += [
        CondPageBreak(60 * mm),
        *_network(data, s),
        *_growth(data, s),
        *_needs(data, s, WIDTH * 0.85),
    ]
    if not wijk:
        parts.append(PageBreak())
    parts += _method(data, s, compact=wijk)
    return parts


def write_report(
    store: Store,
    out: Path,
    *,
    district: str | None = None,
    round_name: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """The area report (``district`` None) or the report of one wijk (code), as PDF."""
    data = fig.build(store, district=district, round_name=round_name, today=today)
    if not data.overview.places:
        from nulmeting.domain.errors import UserError
        from nulmeting.domain.reference import district_name

        where = f"In wijk {district_name(district)}" if district else "In deze opslag"
        raise UserError(
            f"{where} zijn (nog) geen plekken: er is geen rapport gemaakt. Maak of importeer "
            "eerst plekken (Bestand → Nieuwe plek of Importeren)."
        )
    return render(data, out)


def render(data: fig.ReportData, out: Path) -> Path:
    def build(path: str) -> None:
        doc = SimpleDocTemplate(
            path,
            pagesize=A4,
            initialFontName=FONT,  # else every page names Helvetica, a font not embedded
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=14 * mm,
            bottomMargin=16 * mm,
            title=data.title,
            author="Nulmeting",
            subject=data.method.round,
            creator="Nulmeting",
        )
        footer = _footer(data)
        doc.build(story(data), onFirstPage=footer, onLaterPages=footer)

    return write_atomically(out, build)
