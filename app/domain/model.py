"""Plain data of the domain: an order's facts and its timeline of events.

Events are the source of truth. Each has the time it happened (``at``) and the time it was
recorded (``recorded_at``); status and deadlines are derived from them (see ``lifecycle``).
Event payloads are JSON-friendly (amounts and times as strings) because they are stored as is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    # Facts the buyer records (names are the CLI's, see docs/CLI.md).
    PAID = "paid"
    SHIPPED = "shipped"
    TRACKING_UPDATE = "tracking-update"
    DELIVERED = "delivered"
    RECEIVED = "received"
    CANCEL_REQUESTED = "cancel-requested"
    CANCEL_APPROVED = "cancel-approved"
    CANCEL_REJECTED = "cancel-rejected"
    CANCELLED = "cancelled"
    EXTENSION_REQUESTED = "extension-requested"
    PROTECTION_EXTENDED = "protection-extended"
    DISPUTE_OPENED = "dispute-opened"
    DISPUTE_CANCELLED = "dispute-cancelled"  # the buyer cancelled the open dispute
    SELLER_RESPONDED = "seller-responded"
    ESCALATED = "escalated"
    DECIDED = "decided"
    APPEALED = "appealed"
    REFUND_ISSUED = "refund-issued"
    REFUND_RECEIVED = "refund-received"
    NOTE = "note"
    # Facts the application records on the buyer's behalf.
    ORDERED = "ordered"
    EDITED = "edited"
    TRASHED = "trashed"
    RESTORED = "restored"


RECORDABLE_KINDS: tuple[EventKind, ...] = tuple(
    kind
    for kind in EventKind
    if kind not in (EventKind.ORDERED, EventKind.EDITED, EventKind.TRASHED, EventKind.RESTORED)
)


class Status(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    PAYMENT_CHECK = "payment_check"
    AWAITING_SHIPMENT = "awaiting_shipment"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCEL_REQUESTED = "cancel_requested"
    CANCELLED = "cancelled"
    DISPUTE_OPEN = "dispute_open"
    DISPUTE_ESCALATED = "dispute_escalated"
    DISPUTE_DECIDED = "dispute_decided"
    REFUND_PENDING = "refund_pending"
    REFUNDED = "refunded"
    CLOSED = "closed"


class DeadlineKind(StrEnum):
    UNPAID_AUTOCLOSE = "unpaid_autoclose"
    PAYMENT_CHECK_ENDS = "payment_check_ends"
    SHIP_BY = "ship_by"
    CANCEL_AUTO_APPROVE = "cancel_auto_approve"
    REQUEST_EXTENSION_BY = "request_extension_by"
    PROTECTION_ENDS = "protection_ends"
    NOT_RECEIVED_DISPUTE_OPENS = "not_received_dispute_opens"
    DISPUTE_WINDOW_ENDS = "dispute_window_ends"
    SELLER_RESPONSE_DUE = "seller_response_due"
    ESCALATION = "escalation"
    RETURN_SHIP_BY = "return_ship_by"
    REFUND_EXPECTED_BY = "refund_expected_by"
    PAYPAL_DISPUTE_ENDS = "paypal_dispute_ends"
    CHARGEBACK_WINDOW_ENDS = "chargeback_window_ends"
    DECISION_EXPECTED_BY = "decision_expected_by"  # an escalated dispute: the platform's answer
    APPEAL_WINDOW_ENDS = "appeal_window_ends"  # after a rejection: the one appeal, until then


class Basis(StrEnum):
    ENTERED = "entered"  # the buyer typed it from the order page: it beats any estimate
    ESTIMATED = "estimated"  # computed from the rule profile


# Urgency thresholds: how far ahead a deadline is "critical", "soon", "watch".
CRITICAL = timedelta(hours=48)
SOON = timedelta(days=7)
WATCH = timedelta(days=14)


class Urgency(StrEnum):
    OVERDUE = "overdue"
    CRITICAL = "critical"  # ≤ 48 h
    SOON = "soon"  # ≤ 7 days
    WATCH = "watch"  # ≤ 14 days
    LATER = "later"


@dataclass(frozen=True)
class LineFacts:
    """One item of an order as the rules see it: its stable number (1, 2, … in the order's own
    order, never reused), its title and what it cost (quantity × unit price)."""

    number: int
    title: str
    amount: Decimal


@dataclass(frozen=True)
class OrderFacts:
    """What the derivation needs to know about the order itself (not its events)."""

    number: str
    currency: str
    total: Decimal
    ordered_at: datetime
    payment_method: str | None = None
    lines: tuple[LineFacts, ...] = ()

    def line(self, number: int) -> LineFacts | None:
        return next((line for line in self.lines if line.number == number), None)


# Payload key of an event whose time is a guess: an import or a pasted page said the step happened
# (the order shipped) but not when, and the earliest possible time (the step before) stands in.
# The time is shown as a guess and never stated as a fact in what the buyer sends.
TIME_GUESSED = "time_guessed"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at: datetime
    recorded_at: datetime
    data: Mapping[str, Any] = field(default_factory=dict)


NOT_RECEIVED_REASONS = (
    "tracking_stalled",
    "wrong_destination",
    "delivery_period_ending",
    "returned_to_sender",
    "customs",
)
RECEIVED_REASONS = (
    "not_as_described",
    "defective",
    "damaged",
    "wrong_item",
    "quantity_short",
    "counterfeit",
    "empty_parcel",
)
DISPUTE_REASONS = NOT_RECEIVED_REASONS + RECEIVED_REASONS
CANCEL_REASONS = ("changed_mind", "found_cheaper", "out_of_stock", "price_raised", "seller_asked", "other")
OUTCOMES = ("full", "partial", "rejected")
# Events about a dispute or a refund, which may name one item of the order (``line`` in their data).
LINE_EVENTS = (
    EventKind.DISPUTE_OPENED,
    EventKind.DISPUTE_CANCELLED,
    EventKind.SELLER_RESPONDED,
    EventKind.ESCALATED,
    EventKind.DECIDED,
    EventKind.APPEALED,
    EventKind.REFUND_ISSUED,
    EventKind.REFUND_RECEIVED,
)


# Urgency lives beside its thresholds: the order list needs it at start-up without importing the
# deadline engine.
def urgency(left: timedelta) -> Urgency:
    if left < timedelta(0):
        return Urgency.OVERDUE
    if left <= CRITICAL:
        return Urgency.CRITICAL
    if left <= SOON:
        return Urgency.SOON
    if left <= WATCH:
        return Urgency.WATCH
    return Urgency.LATER


def urgency_for_seconds(left_seconds: int) -> Urgency:
    return urgency(timedelta(seconds=left_seconds))
