"""The network picture in the window's language.

The core draws the picture with Dutch texts (as ``nulmeting netwerk kaart.png`` and the report
show it) and hands the facts behind its title, subtitle and footnote along
(:class:`nulmeting.network.picture.PictureFacts`). In a window that speaks another language
:func:`localized` words those facts in that language and translates the legend's fixed labels;
in Dutch the picture is shown as the core drew it. Names (plekken, wijken, netwerken) and the
tooltips' sentences about a plek's position stay as they are.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from nulmeting.network.picture import LegendItem, Picture
from ui.common import fill

CONTEXT = "NetworkPicture"

#: The legend's fixed Dutch labels, as the core writes them (wijk names are not translated).
LEGEND = (
    QT_TRANSLATE_NOOP("NetworkPicture", "Wijk"),
    QT_TRANSLATE_NOOP("NetworkPicture", "(geen wijk)"),
    QT_TRANSLATE_NOOP("NetworkPicture", "Soort"),
    QT_TRANSLATE_NOOP("NetworkPicture", "plek (grootte: aantal verbindingen)"),
    QT_TRANSLATE_NOOP("NetworkPicture", "netwerk van de coalitie"),
    QT_TRANSLATE_NOOP("NetworkPicture", "partnerorganisatie"),
    QT_TRANSLATE_NOOP("NetworkPicture", "Relatie"),
    QT_TRANSLATE_NOOP("NetworkPicture", "sterkte 1 (kent elkaar)"),
    QT_TRANSLATE_NOOP("NetworkPicture", "sterkte 2"),
    QT_TRANSLATE_NOOP("NetworkPicture", "sterkte 3"),
    QT_TRANSLATE_NOOP("NetworkPicture", "sterkte 4 (structureel)"),
    QT_TRANSLATE_NOOP("NetworkPicture", "lid van een netwerk"),
)


def localized(pic: Picture, language: str) -> Picture:
    """``pic`` with its texts in ``language`` (a copy; Dutch, or no facts: ``pic`` itself)."""
    if language == "nl" or pic.facts is None:
        return pic
    return NetworkPicture().localized(pic)


class NetworkPicture(QObject):
    """The words (a QObject for ``self.tr``: lupdate reads plural forms only from ``tr``)."""

    def localized(self, pic: Picture) -> Picture:
        facts = pic.facts
        assert facts is not None
        title = self.tr("Netwerk van de sociale basis")
        if facts.where:
            title += f" · {facts.where}"
        if facts.elsewhere is None:
            counted = self.tr("%n plekken", "", facts.places)
        else:
            counted = self.tr(
                "%n plekken (en %1 elders waarmee ze verbonden zijn)", "", facts.places
            ).replace("%1", str(facts.elsewhere))
        parts = [
            facts.round or self.tr("alle meetmomenten"),
            counted,
            self.tr("%n relaties", "", facts.ties),
            self.tr("%n netwerken", "", facts.networks),
            self.tr("%n partners", "", facts.partners),
        ]
        footnote = (
            self.tr("Grootte: aantal verbindingen. Dikte: sterkte van de relatie (1–4).")
            + ("\n" if facts.wrap else " ")
            + fill(
                self.tr(
                    "Namen: de netwerken en de %1 plekken met de sterkste brugfunctie. Zonder "
                    "persoonsgegevens. Nulmeting, %2."
                ),
                facts.named,
                facts.day,
            )
        )
        legend = [
            LegendItem(
                item.kind,
                QCoreApplication.translate(CONTEXT, item.label)
                if item.label in LEGEND
                else item.label,
                item.colour,
                item.size,
            )
            for item in pic.legend
        ]
        return dataclasses.replace(
            pic, title=title, subtitle=" · ".join(parts), footnote=footnote, legend=legend
        )
