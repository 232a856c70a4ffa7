"""From an order's timeline to what has happened: the fold, its phase, and which events fit.

``fold`` replays the events (oldest first) into a :class:`History`: the facts so far and the
*phase*, i.e. the state the events alone put the order in. Time-based changes (the payment
check ending, protection running out, a silent seller) are not phases: ``deadlines.evaluate``
applies them on top for a given ``now``. Validation replays the timeline with the new event in
place, so an event recorded late, out of order, is checked against what came before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.domain.model import TIME_GUESSED, Basis, Event, EventKind, OrderFacts
from app.domain.profile import RuleProfile

K = EventKind


class Phase(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_SHIPMENT = "awaiting_shipment"
    CANCEL_REQUESTED = "cancel_requested"
    CANCELLED = "cancelled"
    IN_TRANSIT = "in_transit"
    RECEIVED = "received"
    DISPUTE_OPEN = "dispute_open"
    DISPUTE_ESCALATED = "dispute_escalated"
    DISPUTE_DECIDED = "dispute_decided"
    REFUND_PENDING = "refund_pending"
    REFUNDED = "refunded"


@dataclass(frozen=True)
class Dispute:
    opened_at: datetime
    reason: str
    refund: Decimal | None
    wants_return: bool
    responded_at: datetime | None = None
    offer: Decimal | None = None
    escalated_at: datetime | None = None
    decided_at: datetime | None = None
    outcome: str | None = None
    decided_amount: Decimal | None = None
    appealed_at: datetime | None = None


@dataclass(frozen=True)
class History:
    """The facts of an order's timeline up to some moment."""

    phase: Phase
    ordered_at: datetime
    processing_days: int | None = None
    ship_by: datetime | None = None
    ship_by_basis: Basis = Basis.ESTIMATED
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    protection_ends: datetime | None = None
    protection_basis: Basis = Basis.ESTIMATED
    delivered_at: datetime | None = None
    received_at: datetime | None = None
    cancel_requested_at: datetime | None = None
    extension_requested_at: datetime | None = None
    dispute: Dispute | None = None
    # The buyer cancelled a dispute (the last time); a new one may be opened only while buyer
    # protection still runs (``validation``).
    dispute_cancelled_at: datetime | None = None
    refund_from: datetime | None = None  # when the money started its way back
    refund_received: Decimal = Decimal(0)
    tracking: tuple[str, ...] = field(default_factory=tuple)
    last_event_at: datetime | None = None
    # The facts whose time is a guess ("paid_at", "shipped_at", "delivered_at", "received_at"):
    # the source said the step happened, not when (see ``model.TIME_GUESSED``).
    guessed: frozenset[str] = frozenset()


def fold(facts: OrderFacts, events: Iterable[Event], profile: RuleProfile) -> History:
    """Replay ``events`` (any order; sorted here by ``at``) without validating them."""
    history = History(phase=Phase.AWAITING_PAYMENT, ordered_at=facts.ordered_at)
    for event in sort_events(events):
        history = apply(history, event, facts, profile)
    return history


def sort_events(events: Iterable[Event]) -> list[Event]:
    # Stable: events with the same time keep the order in which they were recorded.
    return sorted(events, key=lambda e: e.at)


def effective_protection_end(history: History, profile: RuleProfile) -> datetime | None:
    """Protection end after the cut that applies once tracking says "delivered"."""
    ends = history.protection_ends
    if ends is None or history.delivered_at is None:
        return ends
    return min(ends, history.delivered_at + profile.days("protection_after_delivered_days"))


# The fact whose time each event sets, for the record of guessed times.
_TIMED_FACTS: dict[EventKind, tuple[str, ...]] = {
    K.PAID: ("paid_at",),
    K.SHIPPED: ("shipped_at",),
    K.DELIVERED: ("delivered_at",),
    K.RECEIVED: ("received_at", "delivered_at"),
}


def apply(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> History:
    """The history after ``event``. Assumes the event was checked."""
    kind, data, at = event.kind, event.data, event.at
    h = _with(history, last_event_at=at)
    timed = _TIMED_FACTS.get(kind)
    if timed is not None:
        if kind is K.RECEIVED and h.delivered_at is not None:
            timed = timed[:1]  # the delivery keeps its own time (and whether it was a guess)
        guessed = h.guessed | set(timed) if data.get(TIME_GUESSED) else h.guessed - set(timed)
        h = _with(h, guessed=frozenset(guessed))
    if kind is K.ORDERED:
        days = data.get("processing_days")
        ship_by = data.get("ship_by")
        return _with(
            h,
            processing_days=int(days) if days is not None else h.processing_days,
            ship_by=parse_stamp(ship_by) if ship_by else h.ship_by,
            ship_by_basis=Basis.ENTERED if ship_by else h.ship_by_basis,
        )
    if kind is K.PAID:
        # An entered ship-by time wins; processing days count from the payment.
        ship_by_text, days = data.get("ship_by"), data.get("processing_days")
        ship_by, basis = h.ship_by, h.ship_by_basis
        if ship_by_text:
            ship_by, basis = parse_stamp(ship_by_text), Basis.ENTERED
        elif days is not None or (ship_by is None and h.processing_days is not None):
            count = int(days) if days is not None else h.processing_days or 0
            ship_by, basis = at + timedelta(days=count), Basis.ESTIMATED
        return _with(h, phase=Phase.AWAITING_SHIPMENT, paid_at=at, ship_by=ship_by, ship_by_basis=basis)
    if kind is K.SHIPPED:
        ends_text = data.get("protection_ends")
        ends = parse_stamp(ends_text) if ends_text else at + profile.days("protection_days")
        return _with(
            h,
            phase=Phase.IN_TRANSIT,
            shipped_at=at,
            protection_ends=ends,
            protection_basis=Basis.ENTERED if ends_text else Basis.ESTIMATED,
            cancel_requested_at=None,
            tracking=_add_tracking(h.tracking, data.get("tracking")),
        )
    if kind is K.TRACKING_UPDATE:
        return _with(h, tracking=_add_tracking(h.tracking, data.get("tracking")))
    if kind is K.DELIVERED:
        return _with(h, delivered_at=at)
    if kind is K.RECEIVED:
        return _with(h, phase=Phase.RECEIVED, received_at=at, delivered_at=h.delivered_at or at)
    if kind is K.CANCEL_REQUESTED:
        return _with(h, phase=Phase.CANCEL_REQUESTED, cancel_requested_at=at)
    if kind is K.CANCEL_REJECTED:
        return _with(h, phase=Phase.AWAITING_SHIPMENT, cancel_requested_at=None)
    if kind in (K.CANCEL_APPROVED, K.CANCELLED):
        if h.paid_at is None:
            return _with(h, phase=Phase.CANCELLED)
        return _with(h, phase=Phase.REFUND_PENDING, refund_from=at)
    if kind is K.EXTENSION_REQUESTED:
        return _with(h, extension_requested_at=at)
    if kind is K.PROTECTION_EXTENDED:
        ends_text = data.get("protection_ends")
        if ends_text:
            return _with(
                h,
                protection_ends=parse_stamp(ends_text),
                protection_basis=Basis.ENTERED,
                extension_requested_at=None,
            )
        base = h.protection_ends or at
        return _with(
            h, protection_ends=base + timedelta(days=int(data.get("days", 0))), extension_requested_at=None
        )
    if kind is K.DISPUTE_OPENED:
        dispute = Dispute(
            opened_at=at,
            reason=str(data.get("reason", "")),
            refund=_amount(data.get("refund")),
            wants_return=bool(data.get("return", False)),
        )
        return _with(h, phase=Phase.DISPUTE_OPEN, dispute=dispute)
    if kind is K.DISPUTE_CANCELLED and h.dispute:
        # Back to where the order stood before the dispute; the cancelled one is remembered.
        phase = Phase.RECEIVED if h.received_at is not None else Phase.IN_TRANSIT
        return _with(h, phase=phase, dispute=None, dispute_cancelled_at=at)
    if kind is K.SELLER_RESPONDED and h.dispute:
        return _with(h, dispute=replace(h.dispute, responded_at=at, offer=_amount(data.get("offer"))))
    if kind is K.ESCALATED and h.dispute:
        return _with(h, phase=Phase.DISPUTE_ESCALATED, dispute=replace(h.dispute, escalated_at=at))
    if kind is K.DECIDED and h.dispute:
        outcome = str(data.get("outcome"))
        dispute = replace(
            h.dispute, decided_at=at, outcome=outcome, decided_amount=_amount(data.get("amount"))
        )
        if outcome == "rejected" or dispute.wants_return:
            return _with(h, phase=Phase.DISPUTE_DECIDED, dispute=dispute)
        return _with(h, phase=Phase.REFUND_PENDING, dispute=dispute, refund_from=at)
    if kind is K.APPEALED and h.dispute:
        return _with(h, phase=Phase.DISPUTE_ESCALATED, dispute=replace(h.dispute, appealed_at=at))
    if kind is K.REFUND_ISSUED:
        return _with(h, phase=Phase.REFUND_PENDING, refund_from=at)
    if kind is K.REFUND_RECEIVED:
        received = h.refund_received + (_amount(data.get("amount")) or Decimal(0))
        return _with(h, phase=Phase.REFUNDED, refund_received=received)
    if kind is K.EDITED:
        # A ship-by time entered after payment (the countdown on the order page) beats estimates.
        changes = data.get("changes")
        pair = changes.get("ship_by") if isinstance(changes, Mapping) else None
        if isinstance(pair, list | tuple) and len(pair) == 2 and pair[1]:
            return _with(h, ship_by=parse_stamp(pair[1]), ship_by_basis=Basis.ENTERED)
    return h


def _with(history: History, **changes: Any) -> History:
    """``dataclasses.replace`` without its per-call overhead (it dominated folding 50,000
    timelines). History stays immutable to its users; only this helper builds new ones."""
    new = object.__new__(History)
    object.__setattr__(new, "__dict__", {**history.__dict__, **changes})
    return new


def parse_stamp(value: Any) -> datetime:
    """A time as stored in an event payload (ISO 8601 with an offset)."""
    stamp = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        raise ValueError(f"stored time without an offset: {value!r}")
    return stamp


def _amount(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _add_tracking(existing: tuple[str, ...], number: Any) -> tuple[str, ...]:
    if not number or str(number) in existing:
        return existing
    return (*existing, str(number))


def _name(kind: EventKind) -> str:
    return kind.value
