"""The live indicators beside the form: volunteer hours, societal value, traffic light, completeness."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from nulmeting.reading.intake import Indicators, euro, number
from ui.common import MUTED, tint

LIGHT_COLOURS = {"groen": "#2e7d32", "oranje": "#ef6c00", "rood": "#c62828", "onbekend": "#9e9e9e"}


def per_week(value: float) -> tuple[bool, str]:
    """(whole, text): a figure per week without a decimal when it is whole ("9"), else with
    one ("2,5"): an average over weeks, which the caption then says."""
    whole = abs(value - round(value)) < 0.05
    return whole, number(round(value) if whole else value, 0 if whole else 1)


class IndicatorsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        self.setMaximumWidth(240)
        layout = QVBoxLayout(self)
        title = QLabel("<b>" + self.tr("Indicatoren") + "</b>")
        layout.addWidget(title)
        self.hours = self._figure(layout, self.tr("Vrijwilligersuren per jaar"))
        self.value = self._figure(layout, self.tr("Maatschappelijke waarde"))
        self.light = self._figure(layout, self.tr("Financieel stoplicht"))
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        tint(self.signals, MUTED)
        layout.addWidget(self.signals)
        layout.addWidget(QLabel(self.tr("Volledigheid")))
        self.completeness = QProgressBar()
        self.completeness.setRange(0, 100)
        self.completeness.setFormat("%p%")
        layout.addWidget(self.completeness)
        layout.addWidget(QLabel(self.tr("Bereik")))
        self.reach = QLabel("–")
        self.reach.setWordWrap(True)
        layout.addWidget(self.reach)
        layout.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        tint(self.note, MUTED, 9)
        layout.addWidget(self.note)

    @staticmethod
    def _figure(layout: QVBoxLayout, caption: str) -> QLabel:
        layout.addWidget(QLabel(caption))
        label = QLabel("–")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        layout.addWidget(label)
        return label

    def light_name(self, light: str) -> str:
        return {
            "groen": self.tr("Groen"),
            "oranje": self.tr("Oranje"),
            "rood": self.tr("Rood"),
        }.get(light, self.tr("Onbekend"))

    def signal_text(self, signal: str) -> str:
        """A signal of the financial traffic light (the core's Dutch words) for the window."""
        return {
            "weinig structureel": self.tr("weinig structureel"),
            "afhankelijk van weinig bronnen": self.tr("afhankelijk van weinig bronnen"),
            "kleine reserve": self.tr("kleine reserve"),
            "financiering loopt af": self.tr("financiering loopt af"),
            "tekort": self.tr("tekort"),
        }.get(signal, signal)

    def reach_text(self, activities: float, participants: float) -> str:
        """Activities and participants per week: whole numbers as counts ("9 activiteiten
        per week"), a fraction (monthly activities) as an average ("gemiddeld 2,5")."""
        whole, count = per_week(activities)
        if whole:  # one or more: Dutch and English both have one plural form
            first = (
                self.tr("%1 activiteit per week")
                if count == "1"
                else self.tr("%1 activiteiten per week")
            ).replace("%1", count)
        else:
            first = self.tr("gemiddeld %1 activiteiten per week").replace("%1", count)
        people = round(participants)
        if abs(participants - people) < 0.05:
            second = (
                self.tr("%1 deelnemer per week")
                if people == 1
                else self.tr("%1 deelnemers per week")
            ).replace("%1", number(people))
        else:
            second = self.tr("gemiddeld %1 deelnemers per week").replace("%1", number(people))
        return first + "\n" + second

    def show_indicators(
        self, ind: Indicators | None, *, carried: bool = False, stopped: bool = False
    ) -> None:
        """``carried``: the plek is not measured yet in this meetmoment; the figures are last
        year's, carried over, and do not count yet."""
        if ind is None:
            for label in (self.hours, self.value, self.light, self.reach):
                label.setText("–")
            self.signals.clear()
            self.completeness.setValue(0)
            return
        self.hours.setText(self.tr("%1 uur").replace("%1", number(ind.volunteer_hours)))
        self.value.setText(euro(ind.societal_value))
        s = ind.sustainability
        colour = LIGHT_COLOURS.get(s.light, LIGHT_COLOURS["onbekend"])
        self.light.setText(f"<span style='color:{colour}'>●</span> {self.light_name(s.light)}")
        signals = ", ".join(self.signal_text(x) for x in s.signals)
        self.signals.setText(
            signals[:1].upper() + signals[1:]
            if s.signals
            else (
                self.tr("Geen signalen")
                if s.light != "onbekend"
                else self.tr("Nog geen financiële gegevens")
            )
        )
        self.completeness.setValue(round(ind.completeness * 100))
        self.reach.setText(self.reach_text(ind.activities_per_week, ind.participants_per_week))
        weeks = ind.weeks_per_year
        self.note.setText(
            (
                self.tr("%1 vrijwilliger") if ind.volunteers == 1 else self.tr("%1 vrijwilligers")
            ).replace("%1", str(ind.volunteers))
            + "; "
            + self.tr("%1 weken per jaar; uurwaarde %2.")
            .replace("%1", number(weeks, 0 if float(weeks).is_integer() else 1))
            .replace("%2", euro(ind.hourly_value))
            + (
                self.tr(
                    "\n\nNog niet gemeten: dit zijn de overgenomen cijfers van "
                    "vorig jaar; ze tellen pas mee als ze zijn bevestigd of "
                    "ingevuld."
                )
                if carried and not stopped
                else ""
            )
            + (
                self.tr("\n\nGestopt: deze plek telt in dit meetmoment niet mee.")
                if stopped
                else ""
            )
        )
