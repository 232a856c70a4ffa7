"""How times, countdowns and money look on screen. One place, so every widget agrees.

Strings that reach the user go through Qt's translation (context "format"); the names of
statuses and deadlines are the domain's (``app.domain.words``), shared with the case pack.
Numbers, money and times follow the default locale (``ui.common.locale_format``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.model import Urgency
from app.domain.words import DEADLINE_WORDS, STATUS_WORDS
from ui.common import locale_format

DAY = 86400


def countdown(left_seconds: int) -> str:
    """Time left as buyers read it on the order page: seconds only when under a day."""
    overdue = left_seconds < 0
    s = abs(left_seconds)
    days, rest = divmod(s, DAY)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    zero = QLocale().zeroDigit()
    if days:
        text = (
            QCoreApplication.translate("format", "%1d %2h")
            .replace("%1", locale_format.digits(str(days), zero))
            .replace("%2", locale_format.digits(f"{hours:02d}", zero))
        )
    else:
        text = locale_format.digits(f"{hours:02d}:{minutes:02d}:{seconds:02d}", zero)
    if overdue:
        return QCoreApplication.translate("format", "overdue %1").replace("%1", text)
    return text


def local_time(epoch_or_dt: int | datetime, with_seconds: bool = False) -> str:
    """A moment in the computer's zone, as the locale writes it ("03.12.2026 15:41" in Russian,
    "12/3/2026 3:41 PM" in American English). An int is seconds since the epoch."""
    return locale_format.date_time_text(epoch_or_dt, with_seconds)


def editable_time(when: datetime) -> str:
    """A moment in a field the buyer may edit, read back by ``app.domain.datetext``: local time
    as ISO 8601 ("2026-02-21 10:25"), the one form no language reads as another day (a locale's
    "2/12/2026" is December 2nd to the parser, which reads numbers day first)."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def local_date(day: date) -> str:
    """A day as the locale writes it ("03.12.2026", "12/3/2026")."""
    return locale_format.date_text(day)


def local_moment(when: datetime, with_seconds: bool = False) -> str:
    """A moment in a sentence (a refusal, the advice): local time with its UTC offset, so it can't
    be misread as another zone's ("01.03.2026 13:00 UTC+01:00")."""
    return locale_format.moment_text(when, with_seconds)


def money(amount: str | Decimal, currency: str) -> str:
    """An amount and its currency as the locale writes prices ("1 382,11 €", "R$ 1.382,11")."""
    return locale_format.money(amount, currency)


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
    return QCoreApplication.translate("format", text) if text is not None else str(status)


def deadline_text(kind: str | None) -> str:
    if not kind:
        return ""
    text = DEADLINE_WORDS.get(str(kind))
    return QCoreApplication.translate("format", text) if text is not None else str(kind)
