"""Errors the domain raises when the buyer's input or action makes no sense.

Their message is a sentence a buyer understands, in the buyer's language (translated where it
is raised, ``app.i18n``); the CLI prints it on one line and exits 2, the GUI shows it next to the
field. A refusal about what the buyer typed names the input in the buyer's words and carries
``fields`` (the input's names, as the services take them: ``days``, ``line``) and, for a number,
its ``limits``: the GUI marks the field, the CLI names its own option (``--days``).

A moment in a message is written with :func:`moment`: ``str()`` shows it in the buyer's own
zone with its UTC offset ("2026-03-01 13:00:00 UTC+01:00", what the CLI prints; never a bare UTC
"…Z" a buyer would misread), and :meth:`Refused.render` lets the GUI write it its own way.
:func:`render_moments` does the same for any text with marked moments (the advice's sentences).
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


def offset_text(local: datetime) -> str:
    """The UTC offset of an aware time: ``UTC+01:00``, ``UTC-08:00``, ``UTC+05:30``; ``UTC``."""
    offset = local.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    if seconds == 0:
        return "UTC"
    sign = "+" if seconds > 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"UTC{sign}{hours:02d}:{rest // 60:02d}"


def local_stamp(when: datetime) -> str:
    """A moment in the computer's zone with its offset: ``2026-03-01 13:00:00 UTC+01:00``."""
    local = when.astimezone()
    return f"{local:%Y-%m-%d %H:%M:%S} {offset_text(local)}"


def render_moments(text: str, show: Callable[[datetime], str] = local_stamp) -> str:
    """``text`` with each moment marked by :func:`moment` written by ``show``."""
    return _MOMENT.sub(lambda m: show(datetime.fromisoformat(m.group(1))), text)


class Refused(ValueError):
    """An action or an input that is refused, with a reason for the buyer."""

    def __init__(
        self, message: str = "", *, fields: tuple[str, ...] = (), limits: tuple[int, int] | None = None
    ) -> None:
        super().__init__(message)
        self.fields = fields  # the inputs the refusal is about (see the module docstring)
        self.limits = limits  # the smallest and largest number accepted, for a number out of range

    def __str__(self) -> str:
        return self.render(local_stamp)

    def render(self, show: Callable[[datetime], str]) -> str:
        """The message with each moment written by ``show`` (given an aware UTC datetime)."""
        return render_moments(str(self.args[0]) if self.args else "", show)


class ParseError(Refused):
    """Text that could not be read as a time, a duration or an amount."""
