"""Reading the command line: a parser that refuses with a sentence instead of exiting, the
global options every command takes (``--lang`` among them, read before the parser is built so
that ``--help`` speaks the language asked for), and argument types that parse early."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import NoReturn

from app.domain.errors import Refused
from app.domain.parsing import parse_duration, parse_time
from app.i18n import LANGUAGES, SOURCE_LANGUAGE, best_language, translate

PROG = "dispute-desk"


class UsageError(Exception):
    """Bad command-line syntax (exit 2)."""


class CliParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# ``command(name, help)`` adds a command (with the global options) and returns its parser.
CommandFactory = Callable[[str, str], CliParser]


def global_options() -> CliParser:
    """A parent parser with ``--data-dir``, ``--json`` and ``--lang``, accepted before or after a
    command."""
    common = CliParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help=translate("cli help", "where the data lives")
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=translate("cli help", "print JSON")
    )
    common.add_argument(
        "--lang",
        metavar="CODE",
        type=checked_language,
        default=argparse.SUPPRESS,
        help=translate(
            "cli help", "the language of the sentences: en, ru, pt_BR, es, fr or pl (default: the locale's)"
        ),
    )
    return common


def option_flags() -> dict[str, str]:
    """The option of the command line for each input the services name in a refusal (its
    ``fields``): the services speak of "the number of days", the command line of ``--days``."""
    return {
        "processing_days": "--processing-days",
        "ship_by": "--ship-by",
        "tracking": "--tracking",
        "carrier": "--carrier",
        "protection_ends": "--protection-ends",
        "protection_left": "--protection-left",
        "reason": "--reason",
        "refund": "--refund",
        "wants_return": "--return",
        "offer": "--offer",
        "outcome": "--outcome",
        "amount": "--amount",
        "days": "--days",
        "line": "--line",
        "note": "--note",
    }


# -- the language: --lang, read before the parser is built -----------------------------------------

LANG_OPTION = "--lang"


def offered(name: str) -> str | None:
    """The offered language ``name`` means: a code of ``LANGUAGES`` ("pt_BR") or a locale name
    ("ru_RU.UTF-8", "pt-PT", "C"); None when it names a language that isn't offered ("de")."""
    if name.strip() in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    code = best_language(name.strip())
    base = name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code != SOURCE_LANGUAGE or base == SOURCE_LANGUAGE else None


def checked_language(name: str) -> str:
    """``--lang``'s value as an offered language; a usage error names the offered codes."""
    code = offered(name)
    if code is None:
        raise UsageError(
            translate("cli", 'argument --lang: unknown language "{name}" (offered: {codes})').format(
                name=name, codes=", ".join(LANGUAGES)
            )
        )
    return code


def language_asked(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` asks for in ``argv`` (the last one given), or None. Read before the
    parser is built, so that ``--help`` speaks it too; the parser checks the option again."""
    asked: str | None = None
    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == LANG_OPTION and index + 1 < len(args):
            asked = args[index + 1]
        elif arg.startswith(LANG_OPTION + "="):
            asked = arg.split("=", 1)[1]
    return checked_language(asked) if asked is not None else None


# -- argument types: parse early, refuse with a sentence ----------------------------------------


def time_arg(text: str, zone: tzinfo | None = None) -> datetime:
    """A time as given; without an offset, local time in ``zone`` (None: the computer's)."""
    return parse_time(text, tz=zone)


def duration_arg(text: str) -> timedelta:
    return parse_duration(text)


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise Refused(translate("input", '"{text}" is not a whole number').format(text=text)) from None
