"""The sidebar's views: which orders each one shows. A rule of the domain, so it lives here.

An order belongs to one status view, plus "Needs attention" when its next deadline asks the
buyer to act and is overdue or within 48 hours (``attention``: a waiting period, such as the
payment check, never does). Orders in the trash belong to the Trash view only.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.attention import needs_attention
from app.domain.model import Status
from app.i18n import QT_TRANSLATE_NOOP

__all__ = ["STATUS_VIEW", "VIEW_LABELS", "View", "home_view", "in_view", "needs_attention"]


class View(StrEnum):
    NEEDS_ATTENTION = "needs_attention"
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_SHIPMENT = "awaiting_shipment"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    DISPUTES = "disputes"
    REFUNDS_PENDING = "refunds_pending"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    ALL = "all"
    TRASH = "trash"


# Context "views": the sidebar's names, translated where shown.
VIEW_LABELS: dict[View, str] = {
    View.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("views", "Needs attention"),
    View.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("views", "Awaiting payment"),
    View.AWAITING_SHIPMENT: QT_TRANSLATE_NOOP("views", "Awaiting shipment"),
    View.IN_TRANSIT: QT_TRANSLATE_NOOP("views", "In transit"),
    View.DELIVERED: QT_TRANSLATE_NOOP("views", "Delivered"),
    View.DISPUTES: QT_TRANSLATE_NOOP("views", "Disputes"),
    View.REFUNDS_PENDING: QT_TRANSLATE_NOOP("views", "Refunds pending"),
    View.COMPLETED: QT_TRANSLATE_NOOP("views", "Completed"),
    View.CANCELLED: QT_TRANSLATE_NOOP("views", "Cancelled"),
    View.ALL: QT_TRANSLATE_NOOP("views", "All orders"),
    View.TRASH: QT_TRANSLATE_NOOP("views", "Trash"),
}

STATUS_VIEW: dict[str, View] = {
    Status.AWAITING_PAYMENT: View.AWAITING_PAYMENT,
    Status.PAYMENT_CHECK: View.AWAITING_SHIPMENT,
    Status.AWAITING_SHIPMENT: View.AWAITING_SHIPMENT,
    Status.CANCEL_REQUESTED: View.AWAITING_SHIPMENT,
    Status.IN_TRANSIT: View.IN_TRANSIT,
    Status.DELIVERED: View.DELIVERED,
    Status.DISPUTE_OPEN: View.DISPUTES,
    Status.DISPUTE_ESCALATED: View.DISPUTES,
    Status.DISPUTE_DECIDED: View.DISPUTES,
    Status.REFUND_PENDING: View.REFUNDS_PENDING,
    Status.COMPLETED: View.COMPLETED,
    Status.REFUNDED: View.COMPLETED,
    Status.CANCELLED: View.CANCELLED,
    Status.CLOSED: View.CANCELLED,
}


def home_view(status: str, in_trash: bool) -> View:
    """The one status view an order belongs to (the Trash for an order in the trash)."""
    if in_trash:
        return View.TRASH
    return STATUS_VIEW.get(status, View.ALL)


def in_view(
    view: View, status: str, next_kind: str | None, next_due: int | None, in_trash: bool, now: int
) -> bool:
    if view is View.TRASH or in_trash:
        return view is View.TRASH and in_trash
    if view is View.ALL:
        return True
    if view is View.NEEDS_ATTENTION:
        return needs_attention(next_kind, next_due, now)
    return STATUS_VIEW.get(status) is view
