"""The window's language: which one, and Qt's translators for it.

Chosen once at start-up, before the window is built: ``DISPUTE_DESK_LANG`` in the environment
(tests and the pseudo-languages), else the buyer's choice in Settings → Language (kept in the
data folder's ``window.ini``, read before the window), else the first of the system's preferred
languages that Dispute Desk speaks, else English. A change in Settings applies at the next start.

:func:`install_language` installs, in this order: the English plural forms, the app's catalog
(``resources/translations/dispute_desk_<code>.qm``) and Qt's own (``qtbase_<code>.qm``, the
standard buttons and dialogs), then tells the core (``app.i18n``) the same language and sets
the default ``QLocale``, so numbers, money and times are written the language's way. A missing
catalog leaves the texts in English; the caller logs what was missing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

from app import i18n
from ui.common import plurals
from ui.common.locale_format import LocaleFormats
from ui.common.resources import resource_path

LANGUAGE_KEY = "ui/language"  # in the data folder's window.ini; "" or absent: the system's
ENVIRONMENT_KEY = "DISPUTE_DESK_LANG"  # overrides everything (tests, the pseudo-languages)
# Built by ``dev.py tr`` for tests and never offered: every text longer and accented (en_XA),
# and right to left (ar_XB).
PSEUDO_LANGUAGES = ("en_XA", "ar_XB")
CATALOG_OBJECT, QT_CATALOG_OBJECT = "dispute-desk-catalog", "qtbase-catalog"


def saved_language(settings: QSettings) -> str:
    """The language chosen in Settings ("" for the system's), as saved in ``settings``."""
    value = settings.value(LANGUAGE_KEY, "")
    code = value if isinstance(value, str) else ""
    return code if code in i18n.LANGUAGES else ""


def save_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` ("" for the system's) for the next start."""
    if code:
        settings.setValue(LANGUAGE_KEY, code)
    else:
        settings.remove(LANGUAGE_KEY)


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's preferred languages that the app speaks ("de-DE", "ru-RU":
    Russian), else English."""
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in preferred:
        code = i18n.best_language(name)
        if code != i18n.SOURCE_LANGUAGE or name.replace("-", "_").split("_")[0].lower() == "en":
            return code
    return i18n.SOURCE_LANGUAGE


def choose_language(saved: str, environ: Mapping[str, str], ui_languages: Sequence[str] | None = None) -> str:
    """The language to speak: the environment's override, else the saved choice, else the
    system's. The pseudo-languages only when the environment asks for them by name."""
    forced = environ.get(ENVIRONMENT_KEY, "").strip()
    if forced:
        return forced if forced in PSEUDO_LANGUAGES else i18n.best_language(forced)
    if saved in i18n.LANGUAGES:
        return saved
    return system_language(ui_languages)


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale whose formats go with ``code``: the system's own when it is of the same
    language (a British English, Portuguese or Canadian French system keeps its country's
    dates and money), else the language's main country ("ru" → ru_RU, "pt_BR" → pt_BR)."""
    wanted = QLocale(code)
    mine = QLocale.system() if system is None else system
    if code not in PSEUDO_LANGUAGES and mine.language() == wanted.language():
        return mine
    return wanted


@dataclass
class Installed:
    """What :func:`install_language` did: the language, and the catalogs it could not find
    (the texts they hold stay English)."""

    language: str
    missing: list[str] = field(default_factory=list)


def catalog_path(code: str, folder: Path | None = None) -> Path:
    return (folder or resource_path("translations")) / f"{i18n.CATALOG_PREFIX}{code}.qm"


def _replace(app: QCoreApplication, name: str) -> QTranslator:
    """A fresh translator named ``name`` in ``app``, the one installed before it removed."""
    for old in app.findChildren(QTranslator, name):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName(name)
    return translator


def install_language(
    app: QCoreApplication, code: str, *, folder: Path | None = None, system: QLocale | None = None
) -> Installed:
    """Speak ``code`` from now on (see the module's description); ``folder`` holds the app's
    catalogs (the resources' by default)."""
    plurals.install(app)  # first: the catalogs installed after it are asked first
    installed = Installed(code)
    catalog = _replace(app, CATALOG_OBJECT)
    if code != i18n.SOURCE_LANGUAGE:
        path = catalog_path(code, folder)
        if catalog.load(str(path)):
            app.installTranslator(catalog)
        else:
            installed.missing.append(str(path))
    qt_catalog = _replace(app, QT_CATALOG_OBJECT)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != i18n.SOURCE_LANGUAGE:
        if qt_catalog.load(QLocale(code), "qtbase", "_", qt_folder):
            app.installTranslator(qt_catalog)
        else:
            installed.missing.append(f"{qt_folder}/qtbase_{code}.qm")
    # The catalogs posted a LanguageChange: handled now, Qt reads the layout direction the catalog
    # names (right to left for Arabic and Hebrew) before the first widget is built, not after it.
    QCoreApplication.sendPostedEvents(app, QEvent.Type.LanguageChange)
    i18n.set_language(code)
    QLocale.setDefault(locale_for(code, system))
    i18n.set_formats(LocaleFormats())
    return installed


def current_catalog(app: QCoreApplication) -> QTranslator | None:
    """The app's catalog installed now (None: English, or none found)."""
    found = app.findChild(QTranslator, CATALOG_OBJECT)
    return found if isinstance(found, QTranslator) and not found.isEmpty() else None


def ensure_language(app: QCoreApplication, environ: Mapping[str, str]) -> None:
    """For a message shown before the window (a refusal to open, a crash at start): the
    environment's or the system's language, unless one is installed already. The saved choice
    is not read: the data folder may be what failed."""
    if app.findChild(QTranslator, CATALOG_OBJECT) is None:
        install_language(app, choose_language("", environ))
