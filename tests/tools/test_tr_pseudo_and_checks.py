"""The pseudo locales keep what a program reads and change what a person reads; the checks on a
translation find what a translator broke."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.translations import catalogs, checks, pseudo, ts_file
from tools.translations.ts_file import Message

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def message(source: str, *forms: str, numerus: bool = False) -> Message:
    return Message("C", source, "", numerus, tuple(forms), "finished", ())


# -- checks -------------------------------------------------------------------------------------


def test_placeholders_are_counted_as_a_multiset() -> None:
    assert checks.placeholders("%1 of %n: %L2 {name} {{literal}} %1") == {
        "%1": 2,
        "%n": 1,
        "%L2": 1,
        "{name}": 1,
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [("&Open", 1), ("Open", 0), ("Rock && roll", 0), ("Tom &amp; Jerry", 0), ("Save && &quit", 1)],
)
def test_accelerators(text: str, count: int) -> None:
    assert checks.accelerators(text) == count


def test_a_faithful_translation_has_no_problems() -> None:
    source = "<b>%1</b> of {order}: &Keep %n photo(s)"
    assert checks.problems(message(source, "<b>%1</b> из {order}: &Оставить %n фото", numerus=True), 1) == []


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ("Заказ %2", "placeholders %2, the source %1"),
        ("Заказ %1 %1", "placeholders %1 %1, the source %1"),
        ("Заказ {order}", "placeholders {order}, the source %1"),
        ("<i>Заказ</i> %1", "HTML tags /i i, the source /b b"),
        ("Заказ %1", "0 & accelerators, the source 1"),
        ("&За&каз %1", "2 & accelerators, the source 1"),
    ],
)
def test_a_broken_translation_is_named(translation: str, problem: str) -> None:
    source = "&Order <b>%1</b>" if "<" in translation else "&Order %1"
    if "<" in translation:
        translation = "&" + translation
    found = checks.problems(message(source, translation), 1)
    assert any(problem in text for text in found), found


def test_a_plural_needs_the_language_s_number_of_forms_each_with_its_count() -> None:
    found = checks.problems(message("%n day(s)", "%n день", "дня", numerus=True), 3)
    assert "has 2 plural forms, the language has 3" in found
    assert any(text.startswith("form 2 has placeholders none") for text in found)
    assert checks.problems(message("%n day(s)", "%n день"), 3) == [
        "counts with %n but is not a plural (numerus) message"
    ]


def test_an_empty_form_is_unfinished_not_wrong() -> None:
    assert checks.problems(message("%1 and %n", "", "", "", numerus=True), 3) == []


# -- pseudo locales -----------------------------------------------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,.:'-…", min_size=1)
TOKENS = st.sampled_from(
    ["%1", "%2", "%L1", "%n", "{order}", "{date}", "<b>", "</b>", '<a href="{url}">', "\n", "&&", "(*.csv)"]
)


@given(st.lists(st.one_of(WORDS, TOKENS), min_size=1, max_size=12), st.booleans())
def test_pseudo_translations_keep_what_the_program_reads(parts: list[str], accelerator: bool) -> None:
    source = "".join(parts)
    if accelerator:
        source = "&Go " + source
    for translated in (pseudo.lengthen(source), pseudo.mirror(source)):
        assert checks.problems(message(source, translated, numerus="%n" in source), 1) == []
        assert translated.count("\n") == source.count("\n")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=8).filter(lambda s: s.strip()))
def test_the_long_locale_is_about_sixty_percent_longer(source: str) -> None:
    translated = pseudo.lengthen(source)
    assert 1.5 * len(source) <= len(translated) <= 1.7 * len(source) + 2
    assert translated.split(" ") != source.split(" ")  # every word changed (accented)
    assert len(translated.split()) == len(source.split())  # it wraps where the English does


def test_the_long_locale_reads_as_accented_english() -> None:
    assert pseudo.lengthen("&Open order %1") == "&Oþéñéñé óŕďéŕŕďéŕ %1"
    assert pseudo.lengthen("CSV files (*.csv)").endswith(" (*.csv)")
    assert pseudo.lengthen("Paste with Ctrl+V.").count("Ctrl+V") == 1


def test_the_right_to_left_locale_mirrors_only_the_words() -> None:
    assert pseudo.mirror("Open %1 now") == "\u202eOpen \u202c%1\u202e now\u202c"


@pytest.fixture(scope="module")
def pseudo_catalogs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    template = ts_file.parse(
        '<TS version="2.1"><context><name>Window</name>'
        "<message><source>&amp;Open</source><translation/></message>"
        '<message numerus="yes"><source>%n day(s)</source><translation/></message>'
        "</context></TS>"
    )
    folder = tmp_path_factory.mktemp("pseudo")
    try:
        built = catalogs.build_pseudo(template, folder)
    except catalogs.qt_tools.ToolError:
        pytest.skip("pyside6-lrelease is not installed")
    return {path.stem.removeprefix("dispute_desk_"): path for path in built}


def test_qt_loads_the_long_locale_with_its_plurals(pseudo_catalogs: dict[str, Path]) -> None:
    from PySide6.QtCore import QTranslator  # the reference is Qt itself

    translator = QTranslator()
    assert translator.load(str(pseudo_catalogs["en_XA"]))
    assert translator.translate("Window", "&Open") == pseudo.lengthen("&Open")
    assert translator.translate("Window", "%n day(s)", "", 5) == pseudo.lengthen("%n day(s)")


def test_the_right_to_left_locale_turns_the_layout_around(
    qapp: object, pseudo_catalogs: dict[str, Path]
) -> None:
    from PySide6.QtCore import QCoreApplication, Qt, QTranslator
    from PySide6.QtWidgets import QApplication

    translator = QTranslator()
    assert translator.load(str(pseudo_catalogs["ar_XB"]))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.processEvents()
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("Window", "%n day(s)", "", 11) == pseudo.mirror(
            "%n day(s)"
        ).replace("%n", "11")
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
