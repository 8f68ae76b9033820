"""The settings registry: every setting a person chooses, once, beside the field registry.

Each :class:`Setting` holds its key in ``store_meta``, its Dutch label, its default and, for a
number, its range. The store (defaults on first start, :func:`check` before storing), the
settings dialog (which settings it shows, their labels), the CLI (``nulmeting instellingen``:
options and help) and the export (the Toelichting sheet) all read it from here.

Plain Python: the window reads settings before SQLAlchemy is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from nulmeting.domain.errors import ValidationError
from nulmeting.domain.indicators import DEFAULT_HOURLY_VALUE, DEFAULT_WEEKS_PER_YEAR


@dataclass(frozen=True)
class Setting:
    key: str  # the key in store_meta
    label: str  # Dutch, as a person reads it
    default: str
    option: str  # the CLI option of `nulmeting instellingen`
    metavar: str
    help: str  # Dutch help of the CLI option
    unit: str = ""  # shown after the label: "€", "€ per uur"
    low: float | None = None  # a number when low and high are set
    high: float | None = None
    in_dialog: bool = True  # shown in the window's Instellingen dialog
    required: bool = False  # the dialog does not accept it empty
    explanation: str = ""  # the Toelichting sheet of the export (empty: not listed there)
    choices: tuple[tuple[str, str], ...] = ()  # (value, label): one of these, nothing else

    @property
    def is_number(self) -> bool:
        return self.low is not None and self.high is not None

    def label_with(self, unit: str | None = None) -> str:
        """The label with its unit: "Uurwaarde vrijwilligerswerk (€)"."""
        unit = self.unit if unit is None else unit
        return f"{self.label} ({unit})" if unit else self.label


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "interviewer",
            "Buurtverbinder",
            "",
            "--interviewer",
            "NAAM",
            "naam van de buurtverbinder",
            required=True,
        ),
        Setting(
            "round",
            "Meetmoment",
            "",
            "--meetmoment",
            "NAAM",
            'bijvoorbeeld "Nulmeting 2025-2026"',
            required=True,
        ),
        Setting(
            "area",
            "Gebied",
            "delfshaven",
            "--gebied",
            "CODE",
            "gebied van dit team (delfshaven)",
            in_dialog=False,
        ),
        Setting(
            "hourly_value",
            "Uurwaarde vrijwilligerswerk",
            f"{DEFAULT_HOURLY_VALUE:g}",
            "--uurwaarde",
            "EURO",
            f"waarde van een vrijwilligersuur ({DEFAULT_HOURLY_VALUE:g})",
            unit="€",
            low=0,
            high=1000,
            explanation="Waarde van een uur vrijwilligerswerk (instelling; de coalitie gebruikt "
            f"€ {DEFAULT_HOURLY_VALUE:g}).",
        ),
        # no cited Dutch norm for the hour value: its source is shown beside it in every report
        Setting(
            "hourly_value_source",
            "Bron van de uurwaarde",
            "Eigen uurwaarde van de welzijnscoalitie (2023); er is geen landelijke norm. De "
            "waarde ligt tussen het minimumloon en schattingen van de marktwaarde van "
            "vergelijkbaar betaald werk.",
            "--uurwaarde-bron",
            "TEKST",
            "bron van de uurwaarde (staat in elk rapport)",
        ),
        # the lower bound shown beside the value: the statutory minimum hourly wage (July 2025)
        Setting(
            "minimum_wage",
            "Minimumuurloon",
            "14.4",
            "--minimumloon",
            "EURO",
            "minimumuurloon, voor de ondergrens (14,40)",
            unit="€",
            low=0,
            high=1000,
            explanation="Ondergrens van de waarde: vrijwilligersuren × het wettelijk "
            "minimumuurloon (instelling; € 14,40 vanaf 1 juli 2025). Staat op het "
            "blad Overzicht en in het rapport.",
        ),
        Setting(
            "weeks_per_year",
            "Weken per jaar",
            f"{DEFAULT_WEEKS_PER_YEAR:g}",
            "--weken",
            "N",
            f"actieve weken per jaar ({DEFAULT_WEEKS_PER_YEAR:g})",
            low=1,
            high=53,
            explanation="Aantal weken per jaar waarin vrijwilligers actief zijn (instelling).",
        ),
        # the window's language on this laptop (the core, the CLI and the exports stay Dutch)
        Setting(
            "language",
            "Taal van het venster",
            "nl",
            "--taal",
            "TAAL",
            "taal van het venster: nl (Nederlands) of en (English)",
            choices=(("nl", "Nederlands"), ("en", "English")),
        ),
    )
}

#: What a new store starts with.
DEFAULTS: dict[str, str] = {key: s.default for key, s in SETTINGS.items()}


def check(key: str, value: str) -> str:
    """The value as stored, or a Dutch :class:`ValidationError` (a number out of its range).
    Keys outside the registry (bookmarks, ids) are stored as they are."""
    setting = SETTINGS.get(key)
    if setting is not None and setting.choices:
        allowed = [v for v, _ in setting.choices]
        if str(value) not in allowed:
            raise ValidationError(
                f"{setting.label}: kies uit {', '.join(allowed)} (niet '{value}').", key
            )
        return str(value)
    low, high = (setting.low, setting.high) if setting else (None, None)
    if setting is None or low is None or high is None:
        return str(value)
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise ValidationError(f"{setting.label}: '{value}' is geen getal.", key) from None
    if not low <= number <= high:
        raise ValidationError(f"{setting.label}: kies een getal van {low:g} tot {high:g}.", key)
    return f"{number:g}"
