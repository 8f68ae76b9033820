"""The window's language: Dutch (the app's own language, in the source) or English.

Every user-visible string of the window goes through Qt's translation system (``self.tr`` or
``QCoreApplication.translate(context, text)``). The English texts live in ``resources/i18n/*.ts``
(one catalogue per GUI package, edited with Qt Linguist or by hand) and are compiled into
``resources/i18n/nulmeting_en.qm`` by ``python packaging/i18n.py release``; the bundle ships the
``.qm``. Qt's own dialogs (file dialogs, standard buttons) follow the same choice through Qt's
``qtbase_*.qm``.

The choice is the store's ``language`` setting (Instellingen, or ``nulmeting instellingen
--taal en``), read once at start: a changed language shows after a restart.
"""

from __future__ import annotations

from pathlib import Path

#: The languages the window speaks: code → its own name.
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULT = "nl"

#: The compiled catalogue of a language other than Dutch (Dutch is the source text).
CATALOGUE = "nulmeting_{language}.qm"
#: Our supplement to Qt's own catalogue: texts ``qtbase_<language>.qm`` lacks.
QT_EXTRA = "qtbase_extra_{language}.qm"


def catalogue_path(language: str) -> Path:
    from nulmeting.domain.resources import resource_path

    return resource_path("i18n", CATALOGUE.format(language=language))


def install(app, language: str) -> list:
    """Install the translators for ``language`` on ``app`` and set the default locale (numbers,
    dates, Qt's own dialogs). Returns the installed translators (the caller keeps them)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    language = language if language in LANGUAGES else DEFAULT
    for old in getattr(app, "_nulmeting_translators", []):
        app.removeTranslator(old)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    # what Qt's catalogue lacks ("&Look in:" in Dutch): installed later, so looked in first
    extra = catalogue_path(language).with_name(QT_EXTRA.format(language=language))
    if extra.exists():
        qt_extra = QTranslator(app)
        if qt_extra.load(str(extra)):
            app.installTranslator(qt_extra)
            installed.append(qt_extra)
    if language != DEFAULT:
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(language))):
            app.installTranslator(ours)
            installed.append(ours)
    app._nulmeting_translators = installed
    return installed
