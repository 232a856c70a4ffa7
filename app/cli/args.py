"""Reading the command line: a parser that refuses with a sentence instead of exiting, the
global options every command takes, and argument types that parse early."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import NoReturn

from app.domain.errors import Refused
from app.domain.parsing import parse_duration, parse_time

PROG = "dispute-desk"


class UsageError(Exception):
    """Bad command-line syntax (exit 2)."""


class CliParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# ``command(name, help)`` adds a command (with the global options) and returns its parser.
CommandFactory = Callable[[str, str], CliParser]


def global_options() -> CliParser:
    """A parent parser with ``--data-dir`` and ``--json``, accepted before or after a command."""
    common = CliParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="where the data lives")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    return common


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
        raise Refused(f'"{text}" is not a whole number') from None
