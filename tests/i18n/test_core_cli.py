"""The command line speaks the language ``LC_ALL``/``LC_MESSAGES``/``LANG`` ask for, or the one
``--lang`` names; ``--json`` writes the same bytes whatever the language. The translations come
from a small fixture catalog built with ``pyside6-lrelease`` (``tests/fixtures/i18n/``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app import i18n
from tests.i18n.fixture_catalogs import RUSSIAN_CLI, RUSSIAN_DRAFTS, build, install

if TYPE_CHECKING:
    from tests.conftest import Cli

NUMBER = "8100000000000001"
RUSSIAN = {"LANG": "ru_RU.UTF-8"}
HEADLINE_RU = (
    "Попросите отменить: сначала напишите продавцу, затем нажмите «Отменить заказ» на странице заказа."
)
HEADLINE_EN = 'Ask to cancel: write to the seller first, then press "Cancel order" on the order page.'


@pytest.fixture(autouse=True)
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "catalogs"
    build([RUSSIAN_CLI, RUSSIAN_DRAFTS], folder, "ru")
    install(monkeypatch, folder)


@pytest.fixture
def paid(cli: Cli) -> Cli:
    cli.ok(
        "add", "--order", NUMBER, "--store", "Gadget Store", "--title", "USB-C cable", "--total", "12.34",
        "--currency", "USD", "--ordered-at", "2026-03-09T10:00:00Z", "--paid-at", "2026-03-09T10:05:00Z",
        "--processing-days", "7",
    )  # fmt: skip
    return cli


def test_the_locale_makes_advise_cancel_speak_russian(paid: Cli) -> None:
    result = paid("advise", "cancel", NUMBER, "--reason", "changed_mind", env=RUSSIAN)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == f"Заказ {NUMBER}: request_cancellation"  # the verdict is a code of the contract
    assert lines[1] == HEADLINE_RU
    assert "Шаги:" in lines
    # A counted sentence takes the Russian form for 48.
    assert any("в течение 48 часов, запрос одобрится автоматически" in line for line in lines)
    # The message to the seller in Russian first, then in English.
    assert (
        lines[lines.index("Сообщение продавцу:") + 1]
        .strip()
        .startswith("Здравствуйте! Прошу отменить заказ №")
    )
    assert lines[lines.index("По-английски:") + 1].strip().startswith("Hello! I'd like to cancel order")


def test_lang_overrides_the_locale_both_ways(paid: Cli) -> None:
    asked = paid(
        "--lang", "ru", "advise", "cancel", NUMBER, "--reason", "changed_mind", env={"LANG": "C.UTF-8"}
    )
    assert asked.out.splitlines()[1] == HEADLINE_RU
    # After the command too, and as a locale name.
    after = paid("advise", "cancel", NUMBER, "--lang=ru_RU.UTF-8", env={"LC_ALL": "fr_FR.UTF-8"})
    assert "Шаги:" in after.out
    english = paid("advise", "cancel", NUMBER, "--reason", "changed_mind", "--lang", "en", env=RUSSIAN)
    assert english.out.splitlines()[1] == HEADLINE_EN
    assert "In Russian:" in english.out


def test_json_is_the_same_bytes_in_every_language(paid: Cli) -> None:
    argv = ("advise", "cancel", NUMBER, "--reason", "changed_mind", "--json")
    english = paid(*argv, env={"LANG": "en_US.UTF-8"})
    assert english.code == 0
    for env, extra in ((RUSSIAN, ()), ({}, ("--lang", "ru")), ({"LC_MESSAGES": "pl_PL"}, ("--lang", "ru"))):
        assert paid(*argv, *extra, env=env).out == english.out
    # Its sentences are English; the Russian draft is the one it names so.
    document = json.loads(english.out)
    assert document["headline"] == HEADLINE_EN and document["message_ru"].startswith("Здравствуйте!")
    for command in (("show", NUMBER), ("orders",), ("deadlines",), ("rules",)):
        assert paid(*command, "--json", env=RUSSIAN).out == paid(*command, "--json").out


def test_refusals_speak_the_language_and_stay_english_with_json(cli: Cli) -> None:
    russian = cli("advise", "cancel", "404", env=RUSSIAN)
    assert (russian.code, russian.err) == (2, "dispute-desk: нет заказа 404\n")
    scripted = cli("advise", "cancel", "404", "--json", env=RUSSIAN)
    assert (scripted.code, scripted.err, scripted.out) == (2, "dispute-desk: no order 404\n", "")


def test_an_unknown_language_is_a_usage_error_naming_the_offered_ones(cli: Cli) -> None:
    for value in ("de", "xx_YY", "klingon"):
        result = cli("--lang", value, "orders", env=RUSSIAN)
        assert result.code == 2 and result.out == ""
        codes = ", ".join(i18n.LANGUAGES)
        assert result.err == f"dispute-desk: аргумент --lang: неизвестный язык «{value}» (есть: {codes})\n"
    assert cli("--lang", "de", "orders").err.startswith(
        'dispute-desk: argument --lang: unknown language "de"'
    )
    # Locale names of an offered language are fine.
    for value in ("pt-PT", "es_MX.utf8", "C", "en_GB"):
        assert cli("--lang", value, "orders").code == 0


def test_help_speaks_the_language_asked_for(cli: Cli) -> None:
    assert "советы мастеров по заказу" in cli("--lang", "ru", "--help").out
    assert "советы мастеров по заказу" in cli("--help", env=RUSSIAN).out
    assert "the wizards' advice for an order" in cli("--help").out


def test_the_language_of_one_command_does_not_stay(paid: Cli) -> None:
    """``run`` sets the language for each command line afresh (the GUI and tests run several)."""
    paid("advise", "cancel", NUMBER, "--lang", "ru")
    assert paid("advise", "cancel", NUMBER, "--reason", "changed_mind").out.splitlines()[1] == HEADLINE_EN


def test_argparse_speaks_too(cli: Cli) -> None:
    """argparse's own sentences (usage, its errors) come from the catalog, their fields filled."""
    assert cli("--lang", "ru", "--help").out.startswith("использование: dispute-desk")
    missing = cli("advise", "cancel", env=RUSSIAN)
    assert missing.code == 2
    assert missing.err == "dispute-desk: не хватает аргументов: order\n"
    wrong = cli("orders", "--status", "lost", env=RUSSIAN)
    assert wrong.err.startswith(
        "dispute-desk: аргумент --status: нет такого варианта: 'lost' (есть: 'awaiting_payment'"
    )
    assert wrong.err.endswith("; 100% точно)\n")  # a % in a translation is text, not a field
    assert cli("advise", "cancel").err == "dispute-desk: the following arguments are required: order\n"
