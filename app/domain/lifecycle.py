"""From an order's timeline to what has happened: the fold, its phase, and its disputes.

``fold`` replays the events (oldest first) into a :class:`History`: the facts so far and the
*phase*, i.e. the state the events alone put the order in. The order's own course (paid,
shipped, received: ``History.base``) and its disputes are kept apart, because AliExpress opens a
dispute per item: an event about a dispute or a refund may name an item (``line`` in its data),
and without one it is about the whole order. The phase sums them up: the order is in dispute
while any item is, and refunded only when the refunds cover it.

Time-based changes (the payment check ending, protection running out, a silent seller) are not
phases: ``deadlines.evaluate`` applies them on top for a given ``now``. Validation
(``validation``) replays the timeline with the new event in place, so an event recorded late,
out of order, is checked against what came before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.domain.dispute_case import (
    IN_DISPUTE,
    LIVE,
    CaseStage,
    Dispute,
    case_event,
    expected_refund,
    scope_amount,
)
from app.domain.model import TIME_GUESSED, Basis, Event, EventKind, OrderFacts
from app.domain.profile import RuleProfile

# The dispute's own vocabulary, here too: the fold and its users speak of both.
__all__ = [
    "IN_DISPUTE",
    "LIVE",
    "CaseStage",
    "Dispute",
    "History",
    "Phase",
    "apply",
    "case_index",
    "effective_protection_end",
    "event_line",
    "expected_refund",
    "fold",
    "initial_history",
    "parse_stamp",
    "refunds_cover",
    "scope_amount",
    "sort_events",
    "summary_phase",
]

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
    # The platform decided a dispute about the whole order: the order's own course is over.
    SETTLED = "settled"


@dataclass(frozen=True)
class History:
    """The facts of an order's timeline up to some moment.

    ``phase`` sums the order up (any item in dispute makes the order "in dispute"); ``base`` is
    the order's own course (paid, shipped, received…) that disputes about single items leave
    running. ``disputes`` holds every dispute, the cancelled and settled ones too, oldest first;
    ``refunds`` every refund received with the item it was for (None: the order as a whole).
    """

    phase: Phase
    ordered_at: datetime
    base: Phase = Phase.AWAITING_PAYMENT
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
    disputes: tuple[Dispute, ...] = ()
    refund_from: datetime | None = None  # when the money of a cancelled order started its way back
    refunds: tuple[tuple[int | None, Decimal], ...] = ()
    tracking: tuple[str, ...] = field(default_factory=tuple)
    last_event_at: datetime | None = None
    # The facts whose time is a guess ("paid_at", "shipped_at", "delivered_at", "received_at"):
    # the source said the step happened, not when (see ``model.TIME_GUESSED``).
    guessed: frozenset[str] = frozenset()

    @property
    def dispute(self) -> Dispute | None:
        """The latest dispute that wasn't cancelled (for an order with one dispute: its dispute)."""
        return next((d for d in reversed(self.disputes) if d.stage is not CaseStage.CANCELLED), None)

    @property
    def dispute_cancelled_at(self) -> datetime | None:
        """When the buyer last cancelled a dispute, if no dispute was opened after it."""
        latest = self.disputes[-1] if self.disputes else None
        return latest.cancelled_at if latest is not None else None

    @property
    def active_disputes(self) -> tuple[Dispute, ...]:
        return tuple(d for d in self.disputes if d.in_dispute)

    @property
    def whole_order_dispute(self) -> Dispute | None:
        """The dispute about the whole order that is still in dispute, if any."""
        if not self.disputes:  # most orders: checked for every event they get
            return None
        return next((d for d in self.disputes if d.line is None and d.in_dispute), None)

    @property
    def refund_received(self) -> Decimal:
        return sum((amount for _line, amount in self.refunds), Decimal(0))

    def refunded_on(self, line: int) -> Decimal:
        return sum((amount for at, amount in self.refunds if at == line), Decimal(0))


def initial_history(facts: OrderFacts) -> History:
    """The history before any event: the order placed, awaiting payment."""
    # A copy of one made once: History's own __init__ sets its 21 fields one by one, three times
    # the cost of the copy (an import checks tens of thousands of short timelines).
    return _with(_START, ordered_at=facts.ordered_at)


def fold(facts: OrderFacts, events: Iterable[Event], profile: RuleProfile) -> History:
    """Replay ``events`` (any order; sorted here by ``at``) without validating them."""
    history = initial_history(facts)
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


def event_line(event: Event) -> int | None:
    """The item an event names (``--line K``), None for the whole order."""
    value = event.data.get("line")
    return int(value) if value is not None else None


def case_index(history: History, line: int | None, stages: frozenset[CaseStage] = LIVE) -> int | None:
    """The dispute an event about ``line`` belongs to: that item's own, else the whole order's;
    without a line, the whole order's, else the only one there is. None when there is none (or,
    without a line, when several items have one: the event must name its item)."""
    found = [i for i, d in enumerate(history.disputes) if d.stage in stages]
    if line is not None:
        own = [i for i in found if history.disputes[i].line == line]
        whole = [i for i in found if history.disputes[i].line is None]
        chosen = own or whole
        return chosen[-1] if chosen else None
    whole = [i for i in found if history.disputes[i].line is None]
    if whole:
        return whole[-1]
    return found[0] if len(found) == 1 else None


def refunds_cover(history: History, facts: OrderFacts) -> bool:
    """The order is refunded: the refunds cover its total, or every item was refunded in full."""
    if not history.refunds:
        return False
    if history.refund_received >= facts.total:
        return True
    return bool(facts.lines) and all(history.refunded_on(ln.number) >= ln.amount for ln in facts.lines)


def apply(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> History:
    """The history after ``event``. Assumes the event was checked."""
    h = _apply(history, event, facts, profile)
    guessed = _guessed(history, event)
    if h is history:
        h = _with(h, last_event_at=event.at)
    else:
        # A history _apply has just built, seen by no one yet: finished in place (folding tens
        # of thousands of timelines makes every copy count).
        h.__dict__["last_event_at"] = event.at
    if guessed is not None:
        h.__dict__["guessed"] = guessed
    h.__dict__["phase"] = summary_phase(h, facts)
    return h


def _guessed(h: History, event: Event) -> frozenset[str] | None:
    """The facts whose time is a guess after ``event`` (see ``model.TIME_GUESSED``); None when
    they stay as they were."""
    timed = _TIMED_FACTS.get(event.kind)
    if timed is None:
        return None
    if event.kind is K.RECEIVED and h.delivered_at is not None:
        timed = timed[:1]  # the delivery keeps its own time (and whether it was a guess)
    guessed = h.guessed | set(timed) if event.data.get(TIME_GUESSED) else h.guessed - set(timed)
    return frozenset(guessed) if guessed != h.guessed else None


def summary_phase(h: History, facts: OrderFacts) -> Phase:
    """The order's phase from its own course and its disputes: in dispute while any item is."""
    if not h.disputes and not h.refunds:
        return h.base  # most orders: no dispute, no refund
    stages = {d.stage for d in h.disputes}
    if CaseStage.OPEN in stages:
        return Phase.DISPUTE_OPEN
    if CaseStage.ESCALATED in stages:
        return Phase.DISPUTE_ESCALATED
    if stages & {CaseStage.DECIDED, CaseStage.RETURN}:
        return Phase.DISPUTE_DECIDED
    if refunds_cover(h, facts):
        return Phase.REFUNDED
    if CaseStage.REFUND_PENDING in stages or h.base is Phase.REFUND_PENDING:
        return Phase.REFUND_PENDING
    return h.base


def _apply(h: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> History:
    # What it changes besides the facts whose time is a guess (see _guessed).
    kind, data, at = event.kind, event.data, event.at
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
        # An entered ship-by time wins; processing days count from the end of the payment check
        # (the seller sees the order only then).
        ship_by_text, days = data.get("ship_by"), data.get("processing_days")
        ship_by, basis = h.ship_by, h.ship_by_basis
        if ship_by_text:
            ship_by, basis = parse_stamp(ship_by_text), Basis.ENTERED
        elif days is not None or (ship_by is None and h.processing_days is not None):
            count = int(days) if days is not None else h.processing_days or 0
            checked = at + profile.hours("payment_check_hours")
            ship_by, basis = checked + timedelta(days=count), Basis.ESTIMATED
        processing = int(days) if days is not None else h.processing_days
        return _with(
            h,
            base=Phase.AWAITING_SHIPMENT,
            paid_at=at,
            ship_by=ship_by,
            ship_by_basis=basis,
            processing_days=processing,
        )
    if kind is K.SHIPPED:
        ends_text = data.get("protection_ends")
        ends = parse_stamp(ends_text) if ends_text else at + profile.days("protection_days")
        return _with(
            h,
            base=Phase.IN_TRANSIT,
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
        return _with(h, base=Phase.RECEIVED, received_at=at, delivered_at=h.delivered_at or at)
    if kind is K.CANCEL_REQUESTED:
        return _with(h, base=Phase.CANCEL_REQUESTED, cancel_requested_at=at)
    if kind is K.CANCEL_REJECTED:
        return _with(h, base=Phase.AWAITING_SHIPMENT, cancel_requested_at=None)
    if kind in (K.CANCEL_APPROVED, K.CANCELLED):
        if h.paid_at is None:
            return _with(h, base=Phase.CANCELLED)
        return _with(h, base=Phase.REFUND_PENDING, refund_from=at)
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
            line=event_line(event),
        )
        return _with(h, disputes=(*h.disputes, dispute))
    if kind in (K.REFUND_ISSUED, K.REFUND_RECEIVED):
        return _refund(h, event, facts)
    if kind in _CASE_EVENTS:
        index = case_index(h, event_line(event), _CASE_EVENTS[kind])
        if index is None:
            return h
        dispute = case_event(h.disputes[index], event)
        h = _replace_case(h, index, dispute)
        if kind is K.DECIDED and dispute.line is None:
            h = _with(h, base=Phase.SETTLED)
        return h
    if kind is K.EDITED:
        # A ship-by time entered after payment (the countdown on the order page) beats estimates.
        changes = data.get("changes")
        pair = changes.get("ship_by") if isinstance(changes, Mapping) else None
        if isinstance(pair, list | tuple) and len(pair) == 2 and pair[1]:
            return _with(h, ship_by=parse_stamp(pair[1]), ship_by_basis=Basis.ENTERED)
    return h


# The case events and the stages of the dispute each may concern.
_CASE_EVENTS: dict[EventKind, frozenset[CaseStage]] = {
    K.DISPUTE_CANCELLED: IN_DISPUTE,
    K.SELLER_RESPONDED: IN_DISPUTE,
    K.ESCALATED: IN_DISPUTE,
    K.DECIDED: IN_DISPUTE,
    K.APPEALED: LIVE,
}


def _refund(h: History, event: Event, facts: OrderFacts) -> History:
    line = event_line(event)
    amount = _amount(event.data.get("amount"))
    index = case_index(h, line)
    if event.kind is K.REFUND_ISSUED:
        if index is None:
            return _with(h, base=Phase.REFUND_PENDING, refund_from=event.at)
        dispute = replace(
            h.disputes[index],
            stage=CaseStage.REFUND_PENDING,
            refund_from=event.at,
            issued_amount=amount if amount is not None else h.disputes[index].issued_amount,
        )
        return _replace_case(h, index, dispute)
    if index is None:
        # Not about a dispute: the refund of a cancelled or unshipped order (or a seller's own).
        if amount is None:
            amount = _left(h, facts, line, facts.total)
        h = _with(h, refunds=(*h.refunds, (line, amount)))
        if refunds_cover(h, facts):
            return _with(h, base=Phase.REFUNDED)
        if h.base in _BEFORE_SHIPPING:
            # Part of the money came back; the rest still is on its way.
            return _with(h, base=Phase.REFUND_PENDING, refund_from=h.refund_from or event.at)
        return h
    dispute = h.disputes[index]
    expected = expected_refund(dispute, facts)
    item = line if line is not None else dispute.line
    if amount is None:
        # "The refund arrived": what the dispute still expects, within what is left to refund.
        amount = _left(h, facts, item, expected - dispute.refund_received)
    received = dispute.refund_received + amount
    stage = CaseStage.REFUNDED if received >= expected else CaseStage.REFUND_PENDING
    dispute = replace(
        dispute, refund_received=received, stage=stage, refund_from=dispute.refund_from or event.at
    )
    h = _with(h, refunds=(*h.refunds, (item, amount)))
    return _replace_case(h, index, dispute)


def _left(h: History, facts: OrderFacts, line: int | None, wanted: Decimal) -> Decimal:
    """``wanted``, but no more than is left to refund of the order and of item ``line``."""
    left = min(wanted, facts.total - h.refund_received)
    item = facts.line(line) if line is not None else None
    if item is not None:
        left = min(left, item.amount - h.refunded_on(item.number))
    return max(left, Decimal(0))


_BEFORE_SHIPPING = frozenset({Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED, Phase.REFUND_PENDING})


def _replace_case(h: History, index: int, dispute: Dispute) -> History:
    return _with(h, disputes=(*h.disputes[:index], dispute, *h.disputes[index + 1 :]))


def _with(history: History, **changes: Any) -> History:
    """``dataclasses.replace`` without its per-call overhead (it dominated folding 50,000
    timelines). History stays immutable to its users; only this helper builds new ones."""
    new = object.__new__(History)
    object.__setattr__(new, "__dict__", {**history.__dict__, **changes})
    return new


# The history before any event, made once (see initial_history); its time is set per order.
_START = History(phase=Phase.AWAITING_PAYMENT, ordered_at=datetime.min.replace(tzinfo=UTC))


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
