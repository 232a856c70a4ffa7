"""Which language the window speaks, and that Qt's translators, the core and the locale all
speak it: the environment's override, the choice saved in Settings, the system's languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n
from tests.ui.catalogs import build_catalog, speaking
from ui.common.language import (
    ENVIRONMENT_KEY,
    LANGUAGE_KEY,
    choose_language,
    current_catalog,
    locale_for,
    save_language,
    saved_language,
    system_language,
)
from ui.common.locale_format import LocaleFormats
from ui.shell.application import load_translations

RUSSIAN = {
    ("MainWindow", "Dispute Desk"): "Диспут-деск",
    ("format", "Delivered"): "Доставлен",
    ("StatusLine", "%n order(s)"): ("%n заказ", "%n заказа", "%n заказов"),
}


def test_the_system_languages_decide_in_their_order() -> None:
    assert system_language(["ru-RU", "en-US"]) == "ru"
    assert system_language(["de-DE", "pl-PL"]) == "pl"  # German isn't spoken: the next one is
    assert system_language(["de-DE", "en-GB", "ru-RU"]) == "en"  # English is asked before Russian
    assert system_language(["pt-PT"]) == "pt_BR"
    assert system_language(["de-DE", "ja-JP"]) == "en"
    assert system_language([]) == "en"


def test_the_environment_beats_the_saved_choice_which_beats_the_system() -> None:
    system = ["fr-FR"]
    assert choose_language("", {}, system) == "fr"
    assert choose_language("es", {}, system) == "es"
    assert choose_language("es", {ENVIRONMENT_KEY: "ru"}, system) == "ru"
    assert choose_language("", {ENVIRONMENT_KEY: "pt_PT.UTF-8"}, system) == "pt_BR"
    assert choose_language("xx", {}, system) == "fr"  # a value no language has: the system's


def test_the_pseudo_languages_load_only_when_asked_for_by_name() -> None:
    assert choose_language("", {ENVIRONMENT_KEY: "en_XA"}, ["ru-RU"]) == "en_XA"
    assert choose_language("", {ENVIRONMENT_KEY: "ar_XB"}, ["ru-RU"]) == "ar_XB"
    assert choose_language("ar_XB", {}, ["ru-RU"]) == "ru"  # never saved, never offered
    assert "en_XA" not in i18n.LANGUAGES and "ar_XB" not in i18n.LANGUAGES


def test_the_choice_is_saved_in_the_window_settings(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == ""
    save_language(settings, "pl")
    settings.sync()
    again = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert again.value(LANGUAGE_KEY) == "pl" and saved_language(again) == "pl"
    save_language(again, "")
    assert saved_language(again) == "" and not again.contains(LANGUAGE_KEY)


def test_formats_follow_the_system_when_it_speaks_the_same_language() -> None:
    assert locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert locale_for("pt_BR", QLocale("pt_PT")).name() == "pt_PT"
    assert locale_for("ru", QLocale("en_GB")).name() == "ru_RU"
    assert locale_for("ar_XB", QLocale("ar_EG")).textDirection().name == "RightToLeft"


def test_qt_the_core_and_the_locale_speak_the_language_installed(qapp: QApplication, tmp_path: Path) -> None:
    build_catalog(tmp_path, "ru", RUSSIAN)
    with speaking("ru", tmp_path) as installed:
        assert installed.language == "ru" and installed.missing == []
        assert QCoreApplication.translate("MainWindow", "Dispute Desk") == "Диспут-деск"
        assert QCoreApplication.translate("StatusLine", "%n order(s)", "", 5) == "5 заказов"
        assert QCoreApplication.translate("StatusLine", "%n order(s)", "", 22) == "22 заказа"
        assert current_catalog(qapp) is not None
        # The core reads the same file the same way, in the same language.
        assert i18n.current_language() == "ru"
        core = i18n.Catalog.load("ru", tmp_path)
        assert core.lookup("format", "Delivered") == "Доставлен"
        assert QLocale().name() == "ru_RU"
        assert isinstance(i18n.formats(), LocaleFormats)
        assert i18n.formats().amount(Decimal("1382.11"), "EUR") == "1\xa0382,11\xa0€"
        # Qt's own texts (the standard buttons) come from its catalog.
        qt_catalogs = [t for t in qapp.findChildren(QTranslator) if t.objectName() == "qtbase-catalog"]
        assert qt_catalogs and not qt_catalogs[0].isEmpty()
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert QCoreApplication.translate("MainWindow", "Dispute Desk") == "Dispute Desk"
    assert QCoreApplication.translate("StatusLine", "%n order(s)", "", 5) == "5 orders"
    assert i18n.current_language() == "en" and QLocale().name() == "en_US"


def test_a_missing_catalog_means_english_and_is_reported(qapp: QApplication, tmp_path: Path) -> None:
    with speaking("pl", tmp_path) as installed:
        assert installed.missing and installed.missing[0].endswith("dispute_desk_pl.qm")
        assert current_catalog(qapp) is None
        assert QCoreApplication.translate("MainWindow", "Dispute Desk") == "Dispute Desk"
        assert QLocale().name() == "pl_PL"  # the formats are the language's all the same


@pytest.mark.parametrize(
    ("saved", "env", "spoken"),
    [("pt_BR", {}, "pt_BR"), ("pt_BR", {ENVIRONMENT_KEY: "es"}, "es"), ("", {ENVIRONMENT_KEY: "fr"}, "fr")],
)
def test_start_up_reads_the_saved_choice_before_the_window(
    qapp: QApplication, tmp_path: Path, saved: str, env: dict[str, str], spoken: str
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    save_language(settings, saved)
    try:
        installed = load_translations(qapp, settings, env)
        assert installed.language == spoken
        assert i18n.current_language() == spoken
        assert QLocale().language() == QLocale(spoken).language()
    finally:
        with speaking("en"):
            pass


def test_a_right_to_left_catalog_turns_the_layout_around_before_any_widget(
    qapp: QApplication, tmp_path: Path
) -> None:
    build_catalog(tmp_path, "ar_XB", {("QGuiApplication", "QT_LAYOUT_DIRECTION"): "RTL"})
    with speaking("ar_XB", tmp_path):
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft  # no event loop ran
        assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    QCoreApplication.sendPostedEvents(qapp, QEvent.Type.LanguageChange)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
