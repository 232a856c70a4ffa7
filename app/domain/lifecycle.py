"""From an order's timeline to what has happened: the fold, its phase, and which events fit.

``fold`` replays the events (oldest first) into a :class:`History`: the facts so far and the
*phase*, i.e. the state the events alone put the order in. Time-based changes (the payment
check ending, protection running out, a silent seller) are not phases: ``deadlines.evaluate``
applies them on top for a given ``now``. Validation replays the timeline with the new event in
place, so an event recorded late, out of order, is checked against what came before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.domain.errors import Refused
from app.domain.model import Basis, Event, EventKind, OrderFacts
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
    refund_from: datetime | None = None  # when the money started its way back
    refund_received: Decimal = Decimal(0)
    tracking: tuple[str, ...] = field(default_factory=tuple)
    last_event_at: datetime | None = None


# Which recorded events make sense in which phase. Anything else is refused with a reason.
_ALLOWED: dict[EventKind, frozenset[Phase]] = {
    K.PAID: frozenset({Phase.AWAITING_PAYMENT}),
    K.SHIPPED: frozenset({Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED}),
    K.TRACKING_UPDATE: frozenset(
        {Phase.IN_TRANSIT, Phase.RECEIVED, Phase.DISPUTE_OPEN, Phase.DISPUTE_ESCALATED, Phase.DISPUTE_DECIDED}
    ),
    K.DELIVERED: frozenset({Phase.IN_TRANSIT, Phase.DISPUTE_OPEN, Phase.DISPUTE_ESCALATED}),
    K.RECEIVED: frozenset({Phase.IN_TRANSIT}),
    K.CANCEL_REQUESTED: frozenset({Phase.AWAITING_SHIPMENT}),
    K.CANCEL_APPROVED: frozenset({Phase.CANCEL_REQUESTED}),
    K.CANCEL_REJECTED: frozenset({Phase.CANCEL_REQUESTED}),
    K.CANCELLED: frozenset({Phase.AWAITING_PAYMENT, Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED}),
    K.EXTENSION_REQUESTED: frozenset({Phase.IN_TRANSIT}),
    K.PROTECTION_EXTENDED: frozenset({Phase.IN_TRANSIT}),
    K.DISPUTE_OPENED: frozenset({Phase.IN_TRANSIT, Phase.RECEIVED}),
    K.SELLER_RESPONDED: frozenset({Phase.DISPUTE_OPEN}),
    K.ESCALATED: frozenset({Phase.DISPUTE_OPEN}),
    K.DECIDED: frozenset({Phase.DISPUTE_OPEN, Phase.DISPUTE_ESCALATED}),
    K.APPEALED: frozenset({Phase.DISPUTE_DECIDED}),
    K.REFUND_ISSUED: frozenset(
        {Phase.REFUND_PENDING, Phase.DISPUTE_OPEN, Phase.DISPUTE_ESCALATED, Phase.DISPUTE_DECIDED}
    ),
    K.REFUND_RECEIVED: frozenset(
        {Phase.REFUND_PENDING, Phase.DISPUTE_OPEN, Phase.DISPUTE_ESCALATED, Phase.DISPUTE_DECIDED}
    ),
}

# Events that never change the phase and are always allowed.
_NEUTRAL = frozenset({K.NOTE, K.EDITED, K.TRASHED, K.RESTORED, K.ORDERED})

_PHASE_WORDS: dict[Phase, str] = {
    Phase.AWAITING_PAYMENT: "the order is not paid yet",
    Phase.AWAITING_SHIPMENT: "the order is paid and waiting to be shipped",
    Phase.CANCEL_REQUESTED: "a cancellation request is pending",
    Phase.CANCELLED: "the order is cancelled",
    Phase.IN_TRANSIT: "the order has shipped",
    Phase.RECEIVED: "receipt is already confirmed",
    Phase.DISPUTE_OPEN: "a dispute is open",
    Phase.DISPUTE_ESCALATED: "the dispute is escalated and waits for the platform's decision",
    Phase.DISPUTE_DECIDED: "the dispute has been decided",
    Phase.REFUND_PENDING: "a refund is on its way",
    Phase.REFUNDED: "the order is refunded",
}

# A more useful sentence than "not allowed now" for the mistakes buyers actually make.
_HINTS: dict[tuple[EventKind, Phase], str] = {
    (K.RECEIVED, Phase.AWAITING_SHIPMENT): "it hasn't shipped yet",
    (K.RECEIVED, Phase.AWAITING_PAYMENT): "it isn't paid yet",
    (K.DELIVERED, Phase.AWAITING_SHIPMENT): "it hasn't shipped yet",
    (
        K.RECEIVED,
        Phase.DISPUTE_OPEN,
    ): "a dispute is open: confirming receipt would end it in the seller's favour",
    (K.ESCALATED, Phase.IN_TRANSIT): "there is no open dispute to escalate",
    (K.ESCALATED, Phase.RECEIVED): "there is no open dispute to escalate",
    (K.CANCEL_REQUESTED, Phase.AWAITING_PAYMENT): (
        "an unpaid order needs no request: it closes by itself, or record it as cancelled"
    ),
    (K.CANCEL_REQUESTED, Phase.IN_TRANSIT): (
        "it has shipped, so it can't be cancelled any more: wait for the parcel or open a dispute"
    ),
    (K.SHIPPED, Phase.AWAITING_PAYMENT): "it isn't paid yet",
    (K.DISPUTE_OPENED, Phase.AWAITING_SHIPMENT): "it hasn't shipped yet: ask to cancel instead",
    (K.DISPUTE_OPENED, Phase.AWAITING_PAYMENT): "it isn't paid yet",
}


def describe_phase(phase: Phase) -> str:
    return _PHASE_WORDS[phase]


def fold(facts: OrderFacts, events: Iterable[Event], profile: RuleProfile) -> History:
    """Replay ``events`` (any order; sorted here by ``at``) without validating them."""
    history = History(phase=Phase.AWAITING_PAYMENT, ordered_at=facts.ordered_at)
    for event in sort_events(events):
        history = apply(history, event, facts, profile)
    return history


def sort_events(events: Iterable[Event]) -> list[Event]:
    # Stable: events with the same time keep the order in which they were recorded.
    return sorted(events, key=lambda e: e.at)


def check(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    """Raise :class:`Refused` if ``event`` makes no sense after ``history``."""
    if event.at < facts.ordered_at:
        raise Refused(f"{_name(event.kind)} can't happen before the order was placed")
    if event.kind in _NEUTRAL:
        return
    phase = history.phase
    if phase not in _ALLOWED[event.kind]:
        hint = _HINTS.get((event.kind, phase), describe_phase(phase))
        raise Refused(f"can't record {_name(event.kind)}: {hint}")
    _check_specific(history, event, facts, profile)


def _check_specific(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    kind, data = event.kind, event.data
    if kind is K.CANCEL_REQUESTED and history.paid_at and not profile.flag("cancel_during_payment_check"):
        check_ends = history.paid_at + profile.hours("payment_check_hours")
        if event.at < check_ends:
            raise Refused(
                "can't record cancel-requested: cancelling becomes possible only when the payment "
                f"check ends ({_ts(check_ends)})"
            )
    if kind is K.DISPUTE_OPENED:
        if history.dispute is not None:
            raise Refused("can't record dispute-opened: this order already had a dispute")
        if history.phase is Phase.RECEIVED and history.received_at is not None:
            closes = history.received_at + profile.days("dispute_after_confirm_days")
            if event.at >= closes:
                raise Refused(f"can't record dispute-opened: the dispute window closed at {_ts(closes)}")
        else:
            # Protection running out completes the order; the window then stays open as after
            # a confirmation.
            ends = effective_protection_end(history, profile)
            if ends is not None and event.at >= ends + profile.days("dispute_after_confirm_days"):
                closed = ends + profile.days("dispute_after_confirm_days")
                raise Refused(f"can't record dispute-opened: the dispute window closed at {_ts(closed)}")
    if kind is K.EXTENSION_REQUESTED:
        ends = effective_protection_end(history, profile)
        if ends is not None and event.at >= ends:
            raise Refused(f"can't record extension-requested: protection already ended at {_ts(ends)}")
        if history.delivered_at is not None:
            raise Refused("can't record extension-requested: tracking already shows the parcel delivered")
    if kind is K.PROTECTION_EXTENDED:
        new_end = data.get("protection_ends")
        if new_end is not None and history.protection_ends is not None:
            if parse_stamp(new_end) <= history.protection_ends:
                raise Refused("can't record protection-extended: the new end is not later than the old one")
    for key in ("refund", "offer", "amount"):
        if key in data and data[key] is not None:
            amount = Decimal(str(data[key]))
            if amount <= 0:
                raise Refused(f"{_name(kind)}: the amount must be more than zero")
            if amount > facts.total:
                raise Refused(
                    f"{_name(kind)}: {amount} {facts.currency} is more than the order total "
                    f"{facts.total} {facts.currency}"
                )
    if kind is K.DECIDED and data.get("outcome") not in ("full", "partial", "rejected"):
        raise Refused("decided: the outcome must be full, partial or rejected")
    if kind is K.DECIDED and data.get("outcome") == "partial" and data.get("amount") is None:
        raise Refused("decided: a partial refund needs its amount")


def validate_timeline(facts: OrderFacts, events: Sequence[Event], profile: RuleProfile) -> History:
    """Replay every event with its checks; the refusal names the event that doesn't fit."""
    history = History(phase=Phase.AWAITING_PAYMENT, ordered_at=facts.ordered_at)
    for event in sort_events(events):
        check(history, event, facts, profile)
        history = apply(history, event, facts, profile)
    return history


def validate_new_event(
    facts: OrderFacts, events: Sequence[Event], new: Event, profile: RuleProfile
) -> History:
    """Check ``new`` against the timeline it joins, including the events recorded after it."""
    before = [e for e in events if e.at <= new.at]
    history = fold(facts, before, profile)
    check(history, new, facts, profile)
    history = apply(history, new, facts, profile)
    for later in sort_events(e for e in events if e.at > new.at):
        try:
            check(history, later, facts, profile)
        except Refused as exc:
            raise Refused(
                f"can't record {_name(new.kind)} at {_ts(new.at)}: the later {_name(later.kind)} "
                f"of {_ts(later.at)} would no longer fit ({exc})"
            ) from None
        history = apply(history, later, facts, profile)
    return history


def effective_protection_end(history: History, profile: RuleProfile) -> datetime | None:
    """Protection end after the cut that applies once tracking says "delivered"."""
    ends = history.protection_ends
    if ends is None or history.delivered_at is None:
        return ends
    return min(ends, history.delivered_at + profile.days("protection_after_delivered_days"))


def apply(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> History:
    """The history after ``event``. Assumes the event was checked."""
    kind, data, at = event.kind, event.data, event.at
    h = _with(history, last_event_at=at)
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


def _ts(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%SZ")


# Enough data for the checks that need some: "which events could be recorded now?" asks about
# the kind of event, not its amounts.
_PROBE_DATA: dict[EventKind, dict[str, Any]] = {K.DECIDED: {"outcome": "rejected"}}


def sensible_events(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime
) -> list[EventKind]:
    """The events that could be recorded at ``now``, in lifecycle order (the GUI's buttons)."""
    history = fold(facts, [e for e in events if e.at <= now], profile)
    possible = []
    for kind in _ALLOWED:
        try:
            check(history, Event(kind, now, now, _PROBE_DATA.get(kind, {})), facts, profile)
        except Refused:
            continue
        possible.append(kind)
    return possible
