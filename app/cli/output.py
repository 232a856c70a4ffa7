"""How the command line writes times for people (``--json`` writes UTC, see ``format_utc``): the
neutral forms (ISO dates, the computer's zone), whatever the language of the sentences."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.parsing import format_duration
from app.i18n import translate


def local_text(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def time_left(left: timedelta) -> str:
    """A countdown: ``2d 03:00:00``, or ``2d 03:00:00 ago`` once it has passed."""
    if left < timedelta(0):
        return translate("cli", "{countdown} ago").format(countdown=format_duration(-left))
    return format_duration(left)


def in_or_ago(left: timedelta) -> str:
    """``in 2d 03:00:00`` ahead, ``2d 03:00:00 ago`` once passed (an instant, not a column)."""
    if left > timedelta(0):
        return translate("cli", "in {countdown}").format(countdown=format_duration(left))
    return translate("cli", "{countdown} ago").format(countdown=format_duration(-left))
