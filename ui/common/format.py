"""How times, countdowns and money look on screen. One place, so every widget agrees.

Strings that reach the user go through Qt's translation (context "format").
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.currencies import format_amount
from app.domain.errors import offset_text
from app.domain.model import DeadlineKind, Status, Urgency

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


_STATUS_WORDS = {
    Status.AWAITING_PAYMENT: "Awaiting payment",
    Status.PAYMENT_CHECK: "Payment being checked",
    Status.AWAITING_SHIPMENT: "Awaiting shipment",
    Status.IN_TRANSIT: "In transit",
    Status.DELIVERED: "Delivered",
    Status.COMPLETED: "Completed",
    Status.CANCEL_REQUESTED: "Cancellation requested",
    Status.CANCELLED: "Cancelled",
    Status.DISPUTE_OPEN: "Dispute open",
    Status.DISPUTE_ESCALATED: "Dispute escalated",
    Status.DISPUTE_DECIDED: "Dispute decided",
    Status.REFUND_PENDING: "Refund pending",
    Status.REFUNDED: "Refunded",
    Status.CLOSED: "Closed",
}


def status_text(status: str) -> str:
    try:
        return tr(_STATUS_WORDS[Status(status)])
    except ValueError:
        return status


_DEADLINE_WORDS = {
    DeadlineKind.UNPAID_AUTOCLOSE: "Unpaid order closes",
    DeadlineKind.PAYMENT_CHECK_ENDS: "Payment check ends",
    DeadlineKind.SHIP_BY: "Seller must ship",
    DeadlineKind.CANCEL_AUTO_APPROVE: "Cancellation auto-approved",
    DeadlineKind.REQUEST_EXTENSION_BY: "Ask for extension",
    DeadlineKind.PROTECTION_ENDS: "Protection ends",
    DeadlineKind.NOT_RECEIVED_DISPUTE_OPENS: '"Not received" dispute possible',
    DeadlineKind.DISPUTE_WINDOW_ENDS: "Dispute window ends",
    DeadlineKind.SELLER_RESPONSE_DUE: "Seller must respond",
    DeadlineKind.ESCALATION: "Dispute escalates",
    DeadlineKind.RETURN_SHIP_BY: "Ship the return",
    DeadlineKind.REFUND_EXPECTED_BY: "Refund expected",
    DeadlineKind.PAYPAL_DISPUTE_ENDS: "PayPal dispute window ends",
    DeadlineKind.CHARGEBACK_WINDOW_ENDS: "Chargeback window ends",
    DeadlineKind.DECISION_EXPECTED_BY: "Platform's decision expected",
    DeadlineKind.APPEAL_WINDOW_ENDS: "Appeal window ends",
}


def deadline_text(kind: str | None) -> str:
    if not kind:
        return ""
    try:
        return tr(_DEADLINE_WORDS[DeadlineKind(kind)])
    except ValueError:
        return kind


def action_text(text: str) -> str:
    """Advice strings come from app/domain/actions.py in English; translated here."""
    return QCoreApplication.translate("actions", text)
