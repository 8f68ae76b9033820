"""The live indicators beside the form: volunteer hours, societal value, traffic light, completeness."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from nulmeting.reading.intake import Indicators, euro, number
from ui.common import MUTED, tint

LIGHT_COLOURS = {"groen": "#2e7d32", "oranje": "#ef6c00", "rood": "#c62828", "onbekend": "#9e9e9e"}
LIGHT_NAMES = {"groen": "Groen", "oranje": "Oranje", "rood": "Rood", "onbekend": "Onbekend"}


class IndicatorsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        self.setMaximumWidth(240)
        layout = QVBoxLayout(self)
        title = QLabel("<b>Indicatoren</b>")
        layout.addWidget(title)
        self.hours = self._figure(layout, "Vrijwilligersuren per jaar")
        self.value = self._figure(layout, "Maatschappelijke waarde")
        self.light = self._figure(layout, "Financieel stoplicht")
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        tint(self.signals, MUTED)
        layout.addWidget(self.signals)
        layout.addWidget(QLabel("Volledigheid"))
        self.completeness = QProgressBar()
        self.completeness.setRange(0, 100)
        self.completeness.setFormat("%p%")
        layout.addWidget(self.completeness)
        layout.addWidget(QLabel("Bereik"))
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
        self.hours.setText(f"{number(ind.volunteer_hours)} uur")
        self.value.setText(euro(ind.societal_value))
        s = ind.sustainability
        colour = LIGHT_COLOURS[s.light]
        self.light.setText(f"<span style='color:{colour}'>●</span> {LIGHT_NAMES[s.light]}")
        self.signals.setText(
            ", ".join(s.signals).capitalize()
            if s.signals
            else ("Geen signalen" if s.light != "onbekend" else "Nog geen financiële gegevens")
        )
        self.completeness.setValue(round(ind.completeness * 100))
        self.reach.setText(
            f"{number(ind.activities_per_week, 1)} activiteiten, "
            f"{number(ind.participants_per_week)} deelnemers per week"
        )
        self.note.setText(
            f"{ind.volunteers} vrijwilligers; {number(ind.weeks_per_year)} weken "
            f"per jaar; uurwaarde {euro(ind.hourly_value)}."
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
