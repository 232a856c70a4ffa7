"""Which events make sense when: the checks behind every refusal a buyer sees.

An event is checked against the order's phase (what the recorded events say) and against what
happened by time alone by the moment it happened (``deadlines.evaluate``): a cancel request
after the ship-by time ran out, or a seller's answer after the seller's deadline passed, are
refused with the reason. Validation replays the timeline with the new event in place, so an
event recorded late, out of order, is checked against what came before and after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain.deadlines import evaluate
from app.domain.errors import Refused, moment
from app.domain.lifecycle import (
    History,
    Phase,
    apply,
    effective_protection_end,
    fold,
    parse_stamp,
    sort_events,
)
from app.domain.model import Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile

K = EventKind

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
    K.DISPUTE_CANCELLED: frozenset({Phase.DISPUTE_OPEN}),
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
    (K.DISPUTE_CANCELLED, Phase.IN_TRANSIT): "there is no open dispute to cancel",
    (K.DISPUTE_CANCELLED, Phase.RECEIVED): "there is no open dispute to cancel",
}


def describe_phase(phase: Phase) -> str:
    return _PHASE_WORDS[phase]


def check(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    """Raise :class:`Refused` if ``event`` makes no sense after ``history``."""
    if event.at < facts.ordered_at:
        raise Refused(f"{_name(event.kind)} can't happen before the order was placed")
    if event.kind in _NEUTRAL:
        return
    phase = history.phase
    if phase not in _ALLOWED[event.kind] and not _refund_due_by_time(history, event, facts, profile):
        hint = _HINTS.get((event.kind, phase), describe_phase(phase))
        raise Refused(f"can't record {_name(event.kind)}: {hint}")
    _check_timing(history, event, facts, profile)
    _check_specific(history, event, facts, profile)


def _refund_due_by_time(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> bool:
    """A refund may arrive when time alone made one due: the ship-by time ran out, a silent
    seller let a cancellation be approved."""
    if event.kind not in (K.REFUND_ISSUED, K.REFUND_RECEIVED) or history.paid_at is None:
        return False
    return evaluate(history, facts, profile, event.at).status is Status.REFUND_PENDING


# Events that contradict what had already happened by time alone when they happened.
_TOO_LATE: dict[tuple[Phase, Status, EventKind], str] = {
    (Phase.AWAITING_SHIPMENT, Status.REFUND_PENDING, K.CANCEL_REQUESTED): (
        "the ship-by time had run out, so the order closes by itself and the money comes back"
    ),
    (Phase.CANCEL_REQUESTED, Status.REFUND_PENDING, K.CANCEL_REJECTED): (
        "the seller didn't answer in time, so the cancellation was approved automatically"
    ),
    (Phase.DISPUTE_OPEN, Status.REFUND_PENDING, K.SELLER_RESPONDED): (
        "the seller's time to respond had run out, so the refund you asked for goes through"
    ),
}


_TIMED = {(phase, kind) for phase, _, kind in _TOO_LATE}


def _check_timing(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    if (history.phase, event.kind) not in _TIMED:
        return
    status = evaluate(history, facts, profile, event.at).status
    reason = _TOO_LATE.get((history.phase, status, event.kind))
    if reason is not None:
        raise Refused(f"can't record {_name(event.kind)} at {_ts(event.at)}: {reason}")


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
        if history.dispute_cancelled_at is not None:
            # A cancelled dispute may be followed by a new one only while protection still runs.
            ends = effective_protection_end(history, profile)
            if history.received_at is not None or ends is None or event.at >= ends:
                raise Refused(
                    "can't record dispute-opened: this order already had a dispute; after a "
                    "cancelled one, a new dispute can be opened only while buyer protection runs"
                )
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
                f"of {_ts(later.at)} would no longer fit ({exc.args[0] if exc.args else exc})"
            ) from None
        history = apply(history, later, facts, profile)
    return history


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


def _name(kind: EventKind) -> str:
    return kind.value


def _ts(when: datetime) -> str:
    return moment(when)
