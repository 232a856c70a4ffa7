"""The core's own reader of translation files agrees with Qt's, form by form."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from app.i18n import Catalog, CatalogError, best_language, language_from_environ, read_qm, translate

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>advice</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>{plural}</translation>
    </message>
    <message>
        <source>Open a dispute for {{order}}</source>
        <translation>{plain}</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a dispute's state</comment>
        <translation>{state}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""

RU = {
    "lang": "ru_RU",
    "plural": "<numerusform>остался %n день</numerusform><numerusform>осталось %n дня</numerusform>"
    "<numerusform>осталось %n дней</numerusform>",
    "plain": "Открыть спор по {order}",
    "state": "Открыт",
}
PL = {
    "lang": "pl_PL",
    "plural": "<numerusform>został %n dzień</numerusform><numerusform>zostały %n dni</numerusform>"
    "<numerusform>zostało %n dni</numerusform>",
    "plain": "Otwórz spór dla {order}",
    "state": "Otwarty",
}
FR = {
    "lang": "fr_FR",
    "plural": "<numerusform>%n jour restant</numerusform><numerusform>%n jours restants</numerusform>",
    "plain": "Ouvrir un litige pour {order}",
    "state": "Ouvert",
}


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


def build(tmp_path: Path, code: str, values: dict[str, str]) -> Path:
    ts = tmp_path / f"dispute_desk_{code}.ts"
    ts.write_text(TS.format(**values), "utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.mark.parametrize(("code", "values"), [("ru", RU), ("pl", PL), ("fr", FR)])
def test_every_count_picks_the_form_qt_picks(tmp_path: Path, code: str, values: dict[str, str]) -> None:
    from PySide6.QtCore import QTranslator  # the reference: tests may load Qt, the core may not

    qm = build(tmp_path, code, values)
    qt = QTranslator()
    assert qt.load(str(qm))
    ours = Catalog.load(code, tmp_path)
    for n in [*range(0, 130), 1001, 1011, 1021, 2022, 12345]:
        expected = qt.translate("advice", "%n day(s) left", None, n)
        assert ours.lookup("advice", "%n day(s) left", None, n) == expected, n


def test_translate_fills_the_count_and_leaves_named_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(tmp_path, "ru", RU)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.reset_catalogs()
    try:
        assert translate("advice", "%n day(s) left", None, 22, language="ru") == "осталось 22 дня"
        assert translate("advice", "Open a dispute for {order}", language="ru").format(order="81") == (
            "Открыть спор по 81"
        )
        assert translate("advice", "Open", "a dispute's state", language="ru") == "Открыт"
        # Unfinished: the English source, with the count filled in and its English plural (as the
        # window's English plurals give it: "1 day", "3 days").
        assert translate("advice", "Not yet", language="ru") == "Not yet"
        assert translate("advice", "%n day(s) left", None, 3, language="en") == "3 days left"
        assert translate("advice", "%n day(s) left", None, 1, language="en") == "1 day left"
        assert translate("other", "%n day(s) left", None, 21, language="ru") == "21 days left"
        assert translate("other", "Open", language="ru") == "Open"  # contexts never mix
    finally:
        i18n.reset_catalogs()


def test_a_language_without_a_file_shows_the_sources(tmp_path: Path) -> None:
    assert len(Catalog.load("pl", tmp_path)) == 0
    assert Catalog.load("pl", tmp_path).lookup("advice", "Open") is None


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    qm = build(tmp_path, "ru", RU)
    with pytest.raises(CatalogError):
        read_qm(b"not a qm file")
    with pytest.raises(CatalogError):
        read_qm(qm.read_bytes()[:-7] + b"\x69\xff\xff\xff\xff")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("pt_PT.UTF-8", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("fr_CA", "fr"),
        ("es_MX.utf8", "es"),
        ("pl", "pl"),
        ("de_DE.UTF-8", "en"),
        ("sr_RS@latin", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_locale_names_map_to_an_offered_language(name: str | None, code: str) -> None:
    assert best_language(name) == code


def test_the_environment_chooses_as_posix_says() -> None:
    assert language_from_environ({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert language_from_environ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "pl_PL"}) == "pl"
    assert language_from_environ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "pl_PL", "LC_ALL": "fr_FR"}) == "fr"
    assert language_from_environ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "en"
    assert language_from_environ({"LANG": "C.UTF-8"}) == "en"
    assert language_from_environ({"LANG": "es_ES.UTF-8", "LANGUAGE": "pt_BR:es"}) == "pt_BR"
    assert language_from_environ({"LANGUAGE": "ru"}) == "en"  # no locale at all: LANGUAGE is ignored
    assert language_from_environ({}) == "en"


def test_drafts_are_offered_in_the_buyers_language_english_and_russian() -> None:
    assert i18n.draft_languages("pl") == ["pl", "en", "ru"]
    assert i18n.draft_languages("ru_RU.UTF-8") == ["ru", "en"]
    assert i18n.draft_languages("en") == ["en", "ru"]


def test_the_neutral_formats_are_the_files_forms() -> None:
    from datetime import UTC, date, datetime, timedelta, timezone
    from decimal import Decimal

    neutral = i18n.NeutralFormats()
    assert neutral.amount(Decimal("1382.1"), "EUR") == "1382.10 EUR"
    assert neutral.amount(Decimal("0.125"), "USD") == "0.125 USD"
    assert neutral.date(date(2026, 12, 3)) == "2026-12-03"
    moscow = timezone(timedelta(hours=3))
    assert neutral.datetime(datetime(2026, 12, 3, 18, 5, tzinfo=moscow)) == "2026-12-03 15:05 UTC"
    assert neutral.datetime(datetime(2026, 12, 3, 15, 5, tzinfo=UTC)) == "2026-12-03 15:05 UTC"
