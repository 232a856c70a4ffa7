"""How times, countdowns and money look on screen. One place, so every widget agrees.

Strings that reach the user go through Qt's translation (context "format"); the names of
statuses and deadlines are the domain's (``app.domain.words``), shared with the case pack.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.currencies import format_amount
from app.domain.errors import offset_text
from app.domain.model import Urgency
from app.domain.words import DEADLINE_WORDS, STATUS_WORDS

DAY = 86400


def tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def countdown(left_seconds: int) -> str:
    """Time left as buyers read it on the order page: seconds only when under a day."""
    overdue = left_seconds < 0
    s = abs(left_seconds)
    days, rest = divmod(s, DAY)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        text = tr("%1d %2h").replace("%1", str(days)).replace("%2", f"{hours:02d}")
    else:
        text = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    if overdue:
        return tr("overdue %1").replace("%1", text)
    return text


def local_time(epoch_or_dt: int | datetime, with_seconds: bool = False) -> str:
    when = epoch_or_dt if isinstance(epoch_or_dt, datetime) else datetime.fromtimestamp(epoch_or_dt, tz=UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")


def local_moment(when: datetime, with_seconds: bool = False) -> str:
    """A moment in a sentence (a refusal, the advice): local time with its UTC offset, so it can't
    be misread as another zone's ("2026-03-01 13:00 UTC+01:00")."""
    return f"{local_time(when, with_seconds)} {offset_text(when.astimezone())}"


def money(amount: str | Decimal, currency: str) -> str:
    value = amount if isinstance(amount, Decimal) else Decimal(amount)
    return f"{format_amount(value, currency)} {currency}"


_URGENCY_MARK = {
    Urgency.OVERDUE: "✖",
    Urgency.CRITICAL: "▲",
    Urgency.SOON: "●",
    Urgency.WATCH: "○",
    Urgency.LATER: "",
}


def urgency_mark(urgency: Urgency) -> str:
    """A shape per urgency so the list reads without colour too."""
    return _URGENCY_MARK[urgency]


def status_text(status: str) -> str:
    text = STATUS_WORDS.get(str(status))
    return tr(text) if text is not None else str(status)


def deadline_text(kind: str | None) -> str:
    if not kind:
        return ""
    text = DEADLINE_WORDS.get(str(kind))
    return tr(text) if text is not None else str(kind)


def action_text(text: str) -> str:
    """Advice strings come from app/domain/actions.py in English; translated here."""
    return QCoreApplication.translate("actions", text)
