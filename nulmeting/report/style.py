"""Fonts, colours, paragraph styles and small charts shared by the report and the plek summary.

Fonts are Bitstream Vera, shipped inside reportlab (``reportlab/fonts``): a TrueType font is
embedded in the PDF (the 14 standard PDF fonts are not), it has €, ×, ≥ and the Dutch accents,
and it needs no system font, so the PDF is the same on every laptop and from the bundle.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from nulmeting.domain.errors import UserError

FONT, BOLD = "NulmetingSans", "NulmetingSans-Bold"
INK = colors.HexColor("#1B1B1B")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1F5F8B")
VALUE = colors.HexColor("#2E7D5B")
RULE = colors.HexColor("#C8D3DC")
LIGHT_BG = colors.HexColor("#EEF3F7")
LIGHT_COLOURS = {
    "groen": colors.HexColor("#3C9A5F"),
    "oranje": colors.HexColor("#E8912D"),
    "rood": colors.HexColor("#C8423B"),
    "onbekend": colors.HexColor("#B4B4B4"),
}
GROUP_COLOURS = ["#1F5F8B", "#E07B39", "#7A5195", "#2E7D5B", "#F2C14E", "#C0504D", "#999999"]


@cache
def register_fonts() -> None:
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, BOLD)


def style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    colour: Any = INK,
    leading: float | None = None,
    space_after: float = 0,
    space_before: float = 0,
    align: int = 0,
) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else FONT,
        fontSize=size,
        leading=leading or size * 1.25,
        textColor=colour,
        spaceAfter=space_after,
        spaceBefore=space_before,
        alignment=align,
        bulletFontName=FONT,
    )


def table_style(commands: list[Any]) -> Any:
    """A TableStyle that names our font for every cell: reportlab sets a cell's font even when
    it holds a Paragraph, and its default (Helvetica) is a font the PDF would not embed."""
    from reportlab.platypus import TableStyle

    register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def esc(text: object) -> str:
    """Text for a Paragraph: markup escaped, and "€ 23" kept on one line."""
    from xml.sax.saxutils import escape

    return escape(str(text)).replace("€ ", "€\u00a0")


def fit_text(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` shortened with "…" to fit ``width`` points (chart labels)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def hbar_chart(
    rows: Sequence[tuple[str, float, str]],
    width: float,
    *,
    colour: Any = VALUE,
    label_width: float = 95,
    size: float = 8,
    bar_height: float = 11,
    gap: float = 5,
) -> Drawing:
    """Horizontal bars: (label, value, value text) per row, the text at the end of the bar."""
    register_fonts()
    height = len(rows) * (bar_height + gap) + gap
    d = Drawing(width, height, initialFontName=FONT)  # not Helvetica (not embedded)
    top = max((v for _, v, _ in rows), default=0) or 1
    room = width - label_width - 70
    for i, (label, value, text) in enumerate(rows):
        y = height - (i + 1) * (bar_height + gap)
        d.add(
            String(
                label_width - 4,
                y + 3,
                fit_text(label, label_width - 6, size),
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        w = max(0.5, room * value / top) if value else 0
        if w:
            d.add(Rect(label_width, y, w, bar_height, fillColor=colour, strokeColor=None))
        d.add(String(label_width + w + 4, y + 3, text, fontName=FONT, fontSize=size, fillColor=INK))
    return d


def stacked_chart(
    rows: Sequence[tuple[str, Sequence[float]]],
    names: Sequence[str],
    palette: Sequence[Any],
    width: float,
    *,
    share: bool,
    label_width: float = 95,
    size: float = 8,
    bar_height: float = 12,
    gap: float = 5,
    total_text: Callable[[float], str] | None = None,
) -> Drawing:
    """Stacked horizontal bars per row with a legend below; ``share``: every bar 100% wide."""
    register_fonts()
    # legend entries laid out in lines that fit the width
    lines: list[list[tuple[str, Any, float]]] = [[]]
    x = float(label_width)
    for name, colour in zip(names, palette, strict=False):
        w = 11 + stringWidth(name, FONT, size - 0.5) + 12
        if x + w > width and lines[-1]:
            lines.append([])
            x = float(label_width)
        lines[-1].append((name, colour, x))
        x += w
    legend_h = 14 * len(lines) + 2
    height = len(rows) * (bar_height + gap) + gap + legend_h
    d = Drawing(width, height, initialFontName=FONT)  # not Helvetica (not embedded)
    room = width - label_width - (40 if total_text else 8)
    top = max((sum(v) for _, v in rows), default=0) or 1
    for i, (label, values) in enumerate(rows):
        y = height - (i + 1) * (bar_height + gap)
        d.add(
            String(
                label_width - 4,
                y + 3,
                fit_text(label, label_width - 6, size),
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
                textAnchor="end",
            )
        )
        total = sum(values)
        x = float(label_width)
        for value, colour in zip(values, palette, strict=False):
            if not value or not total:
                continue
            w = room * (value / total if share else value / top)
            d.add(
                Rect(
                    x, y, w, bar_height, fillColor=colour, strokeColor=colors.white, strokeWidth=0.5
                )
            )
            x += w
        if total_text:
            d.add(
                String(x + 4, y + 3, total_text(total), fontName=FONT, fontSize=size, fillColor=INK)
            )
    for n, line in enumerate(lines):
        y = legend_h - 14 * (n + 1) + 2
        for name, colour, x in line:
            d.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
            d.add(String(x + 11, y + 1, name, fontName=FONT, fontSize=size - 0.5, fillColor=INK))
    return d


def write_atomically(out: Path, build: Callable[[str], None]) -> Path:
    """Call ``build(temporary path)`` and move the result to ``out`` only when it is complete."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=".pdf", prefix=".nulmeting-", dir=out.parent)
    except OSError as exc:
        raise UserError(
            f"In de map {out.parent} kan niet geschreven worden "
            f"({exc.strerror}). Kies een andere map."
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        build(str(tmp))
        try:
            os.replace(tmp, out)
        except PermissionError:  # Windows: the old PDF is still open in a reader
            raise UserError(
                f"{out.name} kan niet overschreven worden. Is het bestand nog "
                "open? Sluit het en probeer het opnieuw."
            ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
