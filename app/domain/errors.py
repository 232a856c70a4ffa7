"""Errors the domain raises when the buyer's input or action makes no sense.

Their message is a sentence a buyer understands; the CLI prints it on one line and exits 2,
the GUI shows it next to the field.

A moment in a message is written with :func:`moment`: ``str()`` shows it in UTC ("2026-03-01
12:00:00Z", what the CLI prints), and :meth:`Refused.render` lets the GUI show it in the buyer's
local time instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: never in a buyer's text
_MOMENT = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")


def moment(when: datetime) -> str:
    """``when`` marked inside a refusal message (see the module docstring)."""
    return f"{_OPEN}{when.astimezone(UTC).isoformat()}{_CLOSE}"


def _utc(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%SZ")


class Refused(ValueError):
    """An action or an input that is refused, with a reason for the buyer."""

    def __str__(self) -> str:
        return self.render(_utc)

    def render(self, show: Callable[[datetime], str]) -> str:
        """The message with each moment written by ``show`` (given an aware UTC datetime)."""
        text = str(self.args[0]) if self.args else ""
        return _MOMENT.sub(lambda m: show(datetime.fromisoformat(m.group(1))), text)


class ParseError(Refused):
    """Text that could not be read as a time, a duration or an amount."""
