"""Which events make sense when: the checks behind every refusal a buyer sees.

An event is checked against the order's phase (what the recorded events say): the order's own
events against its own course, an event about a dispute against that dispute (of the item it
names, or of the whole order), and a ``dispute-opened`` against ``eligibility`` (the one answer
the advice and the deadline list give too). Amounts may not exceed what the item cost, what the
order cost, or what is left to refund. Only a deadline the buyer entered from the order page
refuses an event the buyer saw happen (a cancel request after the ship-by time ran out); an
estimated one gives way. Validation replays the timeline with the new event in place, so an
event recorded late, out of order, is checked against what came before and after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain.deadlines import evaluate
from app.domain.eligibility import NOT_RECEIVED_SAMPLE, RECEIVED_SAMPLE, dispute_window
from app.domain.errors import Refused, moment
from app.domain.lifecycle import (
    LIVE,
    CaseStage,
    History,
    Phase,
    apply,
    case_index,
    effective_protection_end,
    event_line,
    fold,
    parse_stamp,
    scope_amount,
    sort_events,
)
from app.domain.model import LINE_EVENTS, NOT_RECEIVED_REASONS, Basis, Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile

K = EventKind

# Which recorded events make sense in which phase. Anything else is refused with a reason.
_ALLOWED: dict[EventKind, frozenset[Phase]] = {
    K.PAID: frozenset({Phase.AWAITING_PAYMENT}),
    K.SHIPPED: frozenset({Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED}),
    K.TRACKING_UPDATE: frozenset(
        {
            Phase.IN_TRANSIT,
            Phase.RECEIVED,
            Phase.DISPUTE_OPEN,
            Phase.DISPUTE_ESCALATED,
            Phase.DISPUTE_DECIDED,
            Phase.SETTLED,
        }
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
    Phase.SETTLED: "the platform decided the dispute about the order",
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
    _check_line(event, facts)
    if event.kind is K.DISPUTE_OPENED:
        _check_opening(history, event, facts, profile)
    elif event.kind in _CASE_STAGES:
        _check_case_event(history, event, facts, profile)
    else:
        phase = _course_phase(history, event.kind)
        if phase not in _ALLOWED[event.kind] and not _refund_due_by_time(history, event, facts, profile):
            hint = _HINTS.get((event.kind, phase), describe_phase(phase))
            raise Refused(f"can't record {_name(event.kind)}: {hint}")
        if event.kind is K.RECEIVED and history.active_disputes:
            hint = _HINTS[(K.RECEIVED, Phase.DISPUTE_OPEN)]
            raise Refused(f"can't record {_name(event.kind)}: {hint}")
        _check_timing(history, event, facts, profile)
    _check_specific(history, event, facts, profile)


def _course_phase(history: History, kind: EventKind) -> Phase:
    """The phase an event is checked against: for a refund, the order's summary; for the order's
    own events, the dispute's while the whole order is in dispute, else the order's own course
    (a dispute about one item leaves it running)."""
    if kind in (K.REFUND_ISSUED, K.REFUND_RECEIVED) or history.whole_order_dispute is not None:
        return history.phase
    return history.base


def _check_line(event: Event, facts: OrderFacts) -> None:
    line = event_line(event)
    if line is None:
        return
    if event.kind not in LINE_EVENTS:
        raise Refused(f"--line doesn't apply to {_name(event.kind)}")
    if facts.line(line) is None:
        items = ", ".join(str(ln.number) for ln in facts.lines) or "none"
        raise Refused(f"can't record {_name(event.kind)}: the order has no item {line} (its items: {items})")


def _check_opening(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    reason, line = event.data.get("reason"), event_line(event)
    if event.data.get("return") and reason in NOT_RECEIVED_REASONS:
        raise Refused(
            "can't record dispute-opened: a \"not received\" dispute can't ask for a return, since "
            "there is nothing to send back"
        )
    reasons = [str(reason)] if reason else [NOT_RECEIVED_SAMPLE, RECEIVED_SAMPLE]
    answers = [dispute_window(history, facts, profile, r, line).at(event.at) for r in reasons]
    refused = [a for a in answers if a.refuses_event]
    if len(refused) == len(answers):
        # Without a reason, the answer for what arrived says more (its window, once received).
        raise Refused(f"can't record dispute-opened: {refused[-1].refusal}")


# The events about one dispute, and the stages of the dispute in which each makes sense.
_CASE_STAGES: dict[EventKind, frozenset[CaseStage]] = {
    K.DISPUTE_CANCELLED: frozenset({CaseStage.OPEN}),
    K.SELLER_RESPONDED: frozenset({CaseStage.OPEN}),
    K.ESCALATED: frozenset({CaseStage.OPEN}),
    K.DECIDED: frozenset({CaseStage.OPEN, CaseStage.ESCALATED}),
    K.APPEALED: frozenset({CaseStage.DECIDED, CaseStage.RETURN, CaseStage.REFUND_PENDING}),
}
_STAGE_WORDS: dict[CaseStage, str] = {
    CaseStage.OPEN: "the dispute is open and waits for the seller or the platform",
    CaseStage.ESCALATED: "the dispute is escalated and waits for the platform's decision",
    CaseStage.DECIDED: "the dispute has been decided",
    CaseStage.RETURN: "the dispute has been decided with a return of the item",
    CaseStage.REFUND_PENDING: "the dispute's refund is on its way",
    CaseStage.REFUNDED: "the dispute's refund arrived",
    CaseStage.CANCELLED: "the dispute was cancelled",
}


def _check_case_event(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    kind, line = event.kind, event_line(event)
    index = case_index(history, line)
    if index is None:
        live = [d for d in history.disputes if d.stage in LIVE]
        if line is None and len(live) > 1:
            items = ", ".join(str(d.line) for d in live if d.line is not None)
            raise Refused(
                f"can't record {_name(kind)}: several items have a dispute (items {items}); name the item (--line)"
            )
        phase = history.phase
        hint = _HINTS.get((kind, phase)) or _CASE_HINTS.get(kind) or describe_phase(phase)
        raise Refused(f"can't record {_name(kind)}: {hint}")
    dispute = history.disputes[index]
    if dispute.stage not in _CASE_STAGES[kind]:
        raise Refused(f"can't record {_name(kind)}: {_STAGE_WORDS[dispute.stage]}")
    if kind is K.APPEALED:
        if dispute.appealed_at is not None:
            raise Refused("can't record appealed: a dispute can be appealed only once, and this one was")
        if dispute.decided_at is None or (dispute.outcome == "full" and not dispute.decided_return):
            raise Refused("can't record appealed: there is no decision against you to appeal")
        closes = dispute.decided_at + profile.days("appeal_days")
        if event.at >= closes:
            raise Refused(f"can't record appealed: the appeal window closed at {_ts(closes)}")
    if kind is K.SELLER_RESPONDED and dispute.responded_at is None:
        return
    if kind is K.DECIDED:
        scope = scope_amount(facts, dispute.line)
        amount = event.data.get("amount")
        if amount is not None and Decimal(str(amount)) > scope:
            raise Refused(
                f"decided: {amount} {facts.currency} is more than the dispute is about ({scope} {facts.currency})"
            )


_CASE_HINTS: dict[EventKind, str] = {
    K.DISPUTE_CANCELLED: "there is no open dispute to cancel",
    K.SELLER_RESPONDED: "there is no open dispute to answer",
    K.ESCALATED: "there is no open dispute to escalate",
    K.DECIDED: "there is no open dispute to decide",
    K.APPEALED: "there is no decided dispute to appeal",
}


def _refund_due_by_time(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> bool:
    """A refund may arrive when time alone made one due: the ship-by time ran out, a silent
    seller let a cancellation be approved."""
    if event.kind not in (K.REFUND_ISSUED, K.REFUND_RECEIVED) or history.paid_at is None:
        return False
    return evaluate(history, facts, profile, event.at).status is Status.REFUND_PENDING


def _check_timing(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    """Only an entered deadline refuses an event the buyer saw happen: a cancel request after a
    ship-by time typed from the order page. An estimated one gives way (the event is recorded)."""
    if event.kind is not K.CANCEL_REQUESTED or history.base is not Phase.AWAITING_SHIPMENT:
        return
    ship_by = history.ship_by
    if ship_by is None or history.ship_by_basis is not Basis.ENTERED or event.at < ship_by:
        return
    raise Refused(
        f"can't record {_name(event.kind)} at {_ts(event.at)}: the ship-by time had run out "
        f"({_ts(ship_by)}), so the order closes by itself and the money comes back"
    )


def _check_specific(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    kind, data = event.kind, event.data
    if kind is K.EXTENSION_REQUESTED:
        ends = effective_protection_end(history, profile)
        firm = history.protection_basis is Basis.ENTERED and ends == history.protection_ends
        if ends is not None and firm and event.at >= ends:
            raise Refused(f"can't record extension-requested: protection already ended at {_ts(ends)}")
        if history.delivered_at is not None:
            raise Refused("can't record extension-requested: tracking already shows the parcel delivered")
    if kind is K.PROTECTION_EXTENDED:
        new_end = data.get("protection_ends")
        if new_end is not None and history.protection_ends is not None:
            if parse_stamp(new_end) <= history.protection_ends:
                raise Refused("can't record protection-extended: the new end is not later than the old one")
    line = event_line(event)
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
            item = facts.line(line) if line is not None else None
            if item is not None and key != "amount" and amount > item.amount:
                raise Refused(
                    f"{_name(kind)}: {amount} {facts.currency} is more than item {line} cost "
                    f"({item.amount} {facts.currency})"
                )
    if kind in (K.REFUND_ISSUED, K.REFUND_RECEIVED) and data.get("amount") is not None:
        _check_refund_left(history, event, facts)
    if kind is K.DECIDED and data.get("outcome") not in ("full", "partial", "rejected"):
        raise Refused("decided: the outcome must be full, partial or rejected")
    if kind is K.DECIDED and data.get("outcome") == "partial" and data.get("amount") is None:
        raise Refused("decided: a partial refund needs its amount")
    if kind is K.DECIDED and data.get("return") and data.get("outcome") != "full":
        raise Refused("decided: only a full refund comes with a return; with a partial one you keep the item")


def _check_refund_left(history: History, event: Event, facts: OrderFacts) -> None:
    """A refund can't be more than what is left to refund, of the item and of the order."""
    amount = Decimal(str(event.data["amount"]))
    kind, line, currency = _name(event.kind), event_line(event), facts.currency
    left = facts.total - history.refund_received
    if amount > left:
        raise Refused(
            f"{kind}: {amount} {currency} is more than is left to refund of the order ({max(left, Decimal(0))} "
            f"{currency} of {facts.total} {currency})"
        )
    index = case_index(history, line)
    scope_line = line if line is not None else (history.disputes[index].line if index is not None else None)
    item = facts.line(scope_line) if scope_line is not None else None
    if item is not None:
        item_left = item.amount - history.refunded_on(item.number)
        if amount > item_left:
            raise Refused(
                f"{kind}: {amount} {currency} is more than is left to refund of item {scope_line} "
                f"({max(item_left, Decimal(0))} {currency} of {item.amount} {currency})"
            )


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
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime, line: int | None = None
) -> list[EventKind]:
    """The events that could be recorded at ``now``, in lifecycle order (the GUI's buttons);
    with ``line``, the events about a dispute or a refund ask about that item."""
    history = fold(facts, [e for e in events if e.at <= now], profile)
    possible = []
    for kind in _ALLOWED:
        data = dict(_PROBE_DATA.get(kind, {}))
        if line is not None and kind in LINE_EVENTS:
            data["line"] = line
        # A dispute may be opened when the whole order, or any one of its items, is free.
        scopes = (
            [line]
            if line is not None or kind is not K.DISPUTE_OPENED
            else [None, *(ln.number for ln in facts.lines)]
        )
        if any(
            _fits(history, kind, now, {**data, "line": scope} if scope else data, facts, profile)
            for scope in scopes
        ):
            possible.append(kind)
    return possible


def _fits(
    history: History,
    kind: EventKind,
    now: datetime,
    data: dict[str, Any],
    facts: OrderFacts,
    profile: RuleProfile,
) -> bool:
    try:
        check(history, Event(kind, now, now, data), facts, profile)
    except Refused:
        return False
    return True


def _name(kind: EventKind) -> str:
    return kind.value


def _ts(when: datetime) -> str:
    return moment(when)
