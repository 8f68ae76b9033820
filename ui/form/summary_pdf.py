"""A one-page PDF summary of a plek's interview, so the plek can check and sign off.

Qt's own QTextDocument + QPdfWriter; the text comes from :func:`nulmeting.reading.intake.summary`.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from nulmeting.reading import intake

CSS = """
body { font-family: sans-serif; font-size: 7.5pt; }
h1 { font-size: 14pt; margin: 0; }
h2 { font-size: 9.5pt; margin-top: 4px; margin-bottom: 1px; color: #1a4d7a; }
td { padding: 0 6px 0 0; vertical-align: top; }
td.label { color: #444; width: 32%; }
.small { color: #555; font-size: 7pt; }
"""
MAX_ROWS = 10  # rows per list (activities ...) so the summary stays one page


def summary_html(data: intake.PlaceData, ind: intake.Indicators,
                 places: dict[str, str] | None = None) -> str:
    def esc(text: str) -> str:
        return html.escape(str(text))

    parts = [f"<html><head><style>{CSS}</style></head><body>",
             f"<h1>{esc(data.place.get('name') or '(naamloos)')}</h1>",
             f"<p class='small'>Samenvatting van de meting '{esc(data.round)}', gemaakt op "
             f"{dt.date.today():%d-%m-%Y}. Klopt er iets niet? Laat het de buurtverbinder "
             "weten.</p>"]
    blocks = []
    for title, rows in intake.summary(data, ind, places):
        shown = rows[:MAX_ROWS]
        block = [f"<h2>{esc(title)}</h2><table width='100%'>"]
        block += [f"<tr><td class='label'>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in shown]
        if len(rows) > len(shown):
            block.append(f"<tr><td colspan='2' class='small'>… en nog {len(rows) - len(shown)}"
                         "</td></tr>")
        block.append("</table>")
        blocks.append((len(shown) + 2, "".join(block)))
    # two columns, balanced by rows, so a full interview fits on one page
    total, left, used = sum(n for n, _ in blocks), [], 0
    while blocks and used + blocks[0][0] <= total / 2 + 4:
        used += blocks[0][0]
        left.append(blocks.pop(0)[1])
    parts.append("<table width='100%'><tr><td width='50%'>" + "".join(left) +
                 "</td><td width='50%'>" + "".join(b for _, b in blocks) + "</td></tr></table>")
    parts.append("<br><table width='100%'><tr><td>Gezien en akkoord (naam, datum, "
                 "handtekening):<br><br>______________________________</td>"
                 "<td>Buurtverbinder:<br><br>______________________________</td></tr></table>")
    parts.append("</body></html>")
    return "".join(parts)


def write_summary_pdf(path: Path, data: intake.PlaceData, ind: intake.Indicators,
                      places: dict[str, str] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Samenvatting {data.place.get('name') or ''}")
    writer.setCreator("Nulmeting")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(14, 10, 14, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setDefaultFont(QFont("sans-serif", 8))
    doc.setHtml(summary_html(data, ind, places))
    doc.print_(writer)
    return path
