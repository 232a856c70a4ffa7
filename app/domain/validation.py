"""Which events make sense when: the checks behind every refusal a buyer sees.

The refusals come in the buyer's language (``app.i18n``, context "refusal"); an event is named
by its command-line name, which a translator may render in words (context "event").

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
from app.domain.eligibility import NOT_RECEIVED_SAMPLE, RECEIVED_SAMPLE, dispute_window, no_such_item
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
    initial_history,
    parse_stamp,
    scope_amount,
    sort_events,
)
from app.domain.model import LINE_EVENTS, NOT_RECEIVED_REASONS, Basis, Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked

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
    Phase.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("refusal", "the order is not paid yet"),
    Phase.AWAITING_SHIPMENT: QT_TRANSLATE_NOOP("refusal", "the order is paid and waiting to be shipped"),
    Phase.CANCEL_REQUESTED: QT_TRANSLATE_NOOP("refusal", "a cancellation request is pending"),
    Phase.CANCELLED: QT_TRANSLATE_NOOP("refusal", "the order is cancelled"),
    Phase.IN_TRANSIT: QT_TRANSLATE_NOOP("refusal", "the order has shipped"),
    Phase.RECEIVED: QT_TRANSLATE_NOOP("refusal", "receipt is already confirmed"),
    Phase.DISPUTE_OPEN: QT_TRANSLATE_NOOP("refusal", "a dispute is open"),
    Phase.DISPUTE_ESCALATED: QT_TRANSLATE_NOOP(
        "refusal", "the dispute is escalated and waits for the platform's decision"
    ),
    Phase.DISPUTE_DECIDED: QT_TRANSLATE_NOOP("refusal", "the dispute has been decided"),
    Phase.REFUND_PENDING: QT_TRANSLATE_NOOP("refusal", "a refund is on its way"),
    Phase.REFUNDED: QT_TRANSLATE_NOOP("refusal", "the order is refunded"),
    Phase.SETTLED: QT_TRANSLATE_NOOP("refusal", "the platform decided the dispute about the order"),
}

# A more useful sentence than "not allowed now" for the mistakes buyers actually make.
_HINTS: dict[tuple[EventKind, Phase], str] = {
    (K.RECEIVED, Phase.AWAITING_SHIPMENT): QT_TRANSLATE_NOOP("refusal", "it hasn't shipped yet"),
    (K.RECEIVED, Phase.AWAITING_PAYMENT): QT_TRANSLATE_NOOP("refusal", "it isn't paid yet"),
    (K.DELIVERED, Phase.AWAITING_SHIPMENT): QT_TRANSLATE_NOOP("refusal", "it hasn't shipped yet"),
    (
        K.RECEIVED,
        Phase.DISPUTE_OPEN,
    ): QT_TRANSLATE_NOOP(
        "refusal", "a dispute is open: confirming receipt would end it in the seller's favour"
    ),
    (K.ESCALATED, Phase.IN_TRANSIT): QT_TRANSLATE_NOOP("refusal", "there is no open dispute to escalate"),
    (K.ESCALATED, Phase.RECEIVED): QT_TRANSLATE_NOOP("refusal", "there is no open dispute to escalate"),
    (K.CANCEL_REQUESTED, Phase.AWAITING_PAYMENT): QT_TRANSLATE_NOOP(
        "refusal", "an unpaid order needs no request: it closes by itself, or record it as cancelled"
    ),
    (K.CANCEL_REQUESTED, Phase.IN_TRANSIT): QT_TRANSLATE_NOOP(
        "refusal", "it has shipped, so it can't be cancelled any more: wait for the parcel or open a dispute"
    ),
    (K.SHIPPED, Phase.AWAITING_PAYMENT): QT_TRANSLATE_NOOP("refusal", "it isn't paid yet"),
    (K.DISPUTE_OPENED, Phase.AWAITING_SHIPMENT): QT_TRANSLATE_NOOP(
        "refusal", "it hasn't shipped yet: ask to cancel instead"
    ),
    (K.DISPUTE_OPENED, Phase.AWAITING_PAYMENT): QT_TRANSLATE_NOOP("refusal", "it isn't paid yet"),
    (K.DISPUTE_CANCELLED, Phase.IN_TRANSIT): QT_TRANSLATE_NOOP(
        "refusal", "there is no open dispute to cancel"
    ),
    (K.DISPUTE_CANCELLED, Phase.RECEIVED): QT_TRANSLATE_NOOP("refusal", "there is no open dispute to cancel"),
}


# Events as a refusal names them: the command line's names, which a translation may put in words.
EVENT_NAMES: dict[EventKind, str] = {
    K.PAID: QT_TRANSLATE_NOOP("event", "paid"),
    K.SHIPPED: QT_TRANSLATE_NOOP("event", "shipped"),
    K.TRACKING_UPDATE: QT_TRANSLATE_NOOP("event", "tracking-update"),
    K.DELIVERED: QT_TRANSLATE_NOOP("event", "delivered"),
    K.RECEIVED: QT_TRANSLATE_NOOP("event", "received"),
    K.CANCEL_REQUESTED: QT_TRANSLATE_NOOP("event", "cancel-requested"),
    K.CANCEL_APPROVED: QT_TRANSLATE_NOOP("event", "cancel-approved"),
    K.CANCEL_REJECTED: QT_TRANSLATE_NOOP("event", "cancel-rejected"),
    K.CANCELLED: QT_TRANSLATE_NOOP("event", "cancelled"),
    K.EXTENSION_REQUESTED: QT_TRANSLATE_NOOP("event", "extension-requested"),
    K.PROTECTION_EXTENDED: QT_TRANSLATE_NOOP("event", "protection-extended"),
    K.DISPUTE_OPENED: QT_TRANSLATE_NOOP("event", "dispute-opened"),
    K.DISPUTE_CANCELLED: QT_TRANSLATE_NOOP("event", "dispute-cancelled"),
    K.SELLER_RESPONDED: QT_TRANSLATE_NOOP("event", "seller-responded"),
    K.ESCALATED: QT_TRANSLATE_NOOP("event", "escalated"),
    K.DECIDED: QT_TRANSLATE_NOOP("event", "decided"),
    K.APPEALED: QT_TRANSLATE_NOOP("event", "appealed"),
    K.REFUND_ISSUED: QT_TRANSLATE_NOOP("event", "refund-issued"),
    K.REFUND_RECEIVED: QT_TRANSLATE_NOOP("event", "refund-received"),
    K.NOTE: QT_TRANSLATE_NOOP("event", "note"),
    K.ORDERED: QT_TRANSLATE_NOOP("event", "ordered"),
    K.EDITED: QT_TRANSLATE_NOOP("event", "edited"),
    K.TRASHED: QT_TRANSLATE_NOOP("event", "trashed"),
    K.RESTORED: QT_TRANSLATE_NOOP("event", "restored"),
}


def event_name(kind: EventKind) -> str:
    """An event as a refusal names it, in the buyer's language."""
    return translate_marked("event", EVENT_NAMES[kind])


def describe_phase(phase: Phase) -> str:
    return translate_marked("refusal", _PHASE_WORDS[phase])


def _cant_record(kind: EventKind, why: str) -> Refused:
    """``can't record <event>: <why>`` (``why`` a whole clause in the buyer's language)."""
    return Refused(
        translate("refusal", "can't record {event}: {reason}").format(event=event_name(kind), reason=why)
    )


def check(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    """Raise :class:`Refused` if ``event`` makes no sense after ``history``."""
    if event.at < facts.ordered_at:
        raise Refused(
            translate("refusal", "{event} can't happen before the order was placed").format(
                event=_name(event.kind)
            ),
        )
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
            raise _cant_record(event.kind, hint)
        if event.kind is K.RECEIVED and history.active_disputes:
            hint = _HINTS[(K.RECEIVED, Phase.DISPUTE_OPEN)]
            raise _cant_record(event.kind, hint)
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
        raise Refused(
            translate("refusal", "an item can't be named for {event}: it is about the whole order").format(
                event=_name(event.kind)
            ),
            fields=("line",),
        )
    if facts.line(line) is None:
        raise _cant_record(event.kind, no_such_item(facts, line).rstrip("."))


def _check_opening(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    reason, line = event.data.get("reason"), event_line(event)
    if event.data.get("return") and reason in NOT_RECEIVED_REASONS:
        raise _cant_record(
            K.DISPUTE_OPENED,
            translate(
                "refusal",
                'a "not received" dispute can\'t ask for a return, since there is nothing to send back',
            ),
        )
    reasons = [str(reason)] if reason else [NOT_RECEIVED_SAMPLE, RECEIVED_SAMPLE]
    answers = [dispute_window(history, facts, profile, r, line).at(event.at) for r in reasons]
    refused = [a for a in answers if a.refuses_event]
    if len(refused) == len(answers):
        # Without a reason, the answer for what arrived says more (its window, once received).
        raise _cant_record(K.DISPUTE_OPENED, refused[-1].refusal)


# The events about one dispute, and the stages of the dispute in which each makes sense.
_CASE_STAGES: dict[EventKind, frozenset[CaseStage]] = {
    K.DISPUTE_CANCELLED: frozenset({CaseStage.OPEN}),
    K.SELLER_RESPONDED: frozenset({CaseStage.OPEN}),
    K.ESCALATED: frozenset({CaseStage.OPEN}),
    K.DECIDED: frozenset({CaseStage.OPEN, CaseStage.ESCALATED}),
    K.APPEALED: frozenset({CaseStage.DECIDED, CaseStage.RETURN, CaseStage.REFUND_PENDING}),
}
_STAGE_WORDS: dict[CaseStage, str] = {
    CaseStage.OPEN: QT_TRANSLATE_NOOP(
        "refusal", "the dispute is open and waits for the seller or the platform"
    ),
    CaseStage.ESCALATED: QT_TRANSLATE_NOOP(
        "refusal", "the dispute is escalated and waits for the platform's decision"
    ),
    CaseStage.DECIDED: QT_TRANSLATE_NOOP("refusal", "the dispute has been decided"),
    CaseStage.RETURN: QT_TRANSLATE_NOOP("refusal", "the dispute has been decided with a return of the item"),
    CaseStage.REFUND_PENDING: QT_TRANSLATE_NOOP("refusal", "the dispute's refund is on its way"),
    CaseStage.REFUNDED: QT_TRANSLATE_NOOP("refusal", "the dispute's refund arrived"),
    CaseStage.CANCELLED: QT_TRANSLATE_NOOP("refusal", "the dispute was cancelled"),
}


def _check_case_event(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    kind, line = event.kind, event_line(event)
    index = case_index(history, line)
    if index is None:
        live = [d for d in history.disputes if d.stage in LIVE]
        if line is None and len(live) > 1:
            items = ", ".join(str(d.line) for d in live if d.line is not None)
            raise Refused(
                translate(
                    "refusal",
                    "can't record {event}: several items have a dispute (items {items}); say which item",
                ).format(event=_name(kind), items=items),
                fields=("line",),
            )
        phase = history.phase
        hint = _HINTS.get((kind, phase)) or _CASE_HINTS.get(kind) or describe_phase(phase)
        raise _cant_record(kind, hint)
    dispute = history.disputes[index]
    if dispute.stage not in _CASE_STAGES[kind]:
        raise _cant_record(kind, translate_marked("refusal", _STAGE_WORDS[dispute.stage]))
    if kind is K.APPEALED:
        if dispute.appealed_at is not None:
            raise _cant_record(
                kind, translate("refusal", "a dispute can be appealed only once, and this one was")
            )
        if dispute.decided_at is None or (dispute.outcome == "full" and not dispute.decided_return):
            raise _cant_record(kind, translate("refusal", "there is no decision against you to appeal"))
        closes = dispute.decided_at + profile.days("appeal_days")
        if event.at >= closes:
            raise _cant_record(
                kind, translate("refusal", "the appeal window closed at {time}").format(time=_ts(closes))
            )
    if kind is K.SELLER_RESPONDED and dispute.responded_at is None:
        return
    if kind is K.DECIDED:
        scope = scope_amount(facts, dispute.line)
        amount = event.data.get("amount")
        if amount is not None and Decimal(str(amount)) > scope:
            raise Refused(
                translate("refusal", "{event}: {amount} is more than the dispute is about ({scope})").format(
                    event=_name(kind),
                    amount=_money(amount, facts.currency),
                    scope=_money(scope, facts.currency),
                ),
            )


_CASE_HINTS: dict[EventKind, str] = {
    K.DISPUTE_CANCELLED: QT_TRANSLATE_NOOP("refusal", "there is no open dispute to cancel"),
    K.SELLER_RESPONDED: QT_TRANSLATE_NOOP("refusal", "there is no open dispute to answer"),
    K.ESCALATED: QT_TRANSLATE_NOOP("refusal", "there is no open dispute to escalate"),
    K.DECIDED: QT_TRANSLATE_NOOP("refusal", "there is no open dispute to decide"),
    K.APPEALED: QT_TRANSLATE_NOOP("refusal", "there is no decided dispute to appeal"),
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
        translate(
            "refusal",
            "can't record {event} at {time}: the ship-by time had run out ({ship_by}), so the order closes "
            "by itself and the money comes back",
        ).format(event=_name(event.kind), time=_ts(event.at), ship_by=_ts(ship_by))
    )


def _check_specific(history: History, event: Event, facts: OrderFacts, profile: RuleProfile) -> None:
    kind, data = event.kind, event.data
    if kind is K.EXTENSION_REQUESTED:
        ends = effective_protection_end(history, profile)
        firm = history.protection_basis is Basis.ENTERED and ends == history.protection_ends
        if ends is not None and firm and event.at >= ends:
            raise _cant_record(
                kind, translate("refusal", "protection already ended at {time}").format(time=_ts(ends))
            )
        if history.delivered_at is not None:
            raise _cant_record(kind, translate("refusal", "tracking already shows the parcel delivered"))
    if kind is K.PROTECTION_EXTENDED:
        new_end = data.get("protection_ends")
        if new_end is not None and history.protection_ends is not None:
            if parse_stamp(new_end) <= history.protection_ends:
                raise Refused(
                    translate(
                        "refusal", "can't record {event}: the new end is not later than the old one"
                    ).format(event=_name(kind)),
                )
    line = event_line(event)
    for key in ("refund", "offer", "amount"):
        if key in data and data[key] is not None:
            amount = Decimal(str(data[key]))
            if amount <= 0:
                raise Refused(
                    translate("refusal", "{event}: the amount must be more than zero").format(
                        event=_name(kind)
                    ),
                )
            if amount > facts.total:
                raise Refused(
                    translate("refusal", "{event}: {amount} is more than the order total {total}").format(
                        event=_name(kind),
                        amount=_money(amount, facts.currency),
                        total=_money(facts.total, facts.currency),
                    ),
                )
            item = facts.line(line) if line is not None else None
            if item is not None and key != "amount" and amount > item.amount:
                raise Refused(
                    translate("refusal", "{event}: {amount} is more than item {line} cost ({cost})").format(
                        event=_name(kind),
                        amount=_money(amount, facts.currency),
                        line=line,
                        cost=_money(item.amount, facts.currency),
                    ),
                )
    if kind in (K.REFUND_ISSUED, K.REFUND_RECEIVED) and data.get("amount") is not None:
        _check_refund_left(history, event, facts)
    if kind is K.DECIDED and data.get("outcome") not in ("full", "partial", "rejected"):
        raise Refused(
            translate("refusal", "{event}: the outcome must be full, partial or rejected").format(
                event=_name(kind)
            ),
            fields=("outcome",),
        )
    if kind is K.DECIDED and data.get("outcome") == "partial" and data.get("amount") is None:
        raise Refused(
            translate("refusal", "{event}: a partial refund needs its amount").format(event=_name(kind)),
            fields=("amount",),
        )
    if kind is K.DECIDED and data.get("return") and data.get("outcome") != "full":
        raise Refused(
            translate(
                "refusal",
                "{event}: only a full refund comes with a return; with a partial one you keep the item",
            ).format(event=_name(kind)),
            fields=("wants_return",),
        )


def _check_refund_left(history: History, event: Event, facts: OrderFacts) -> None:
    """A refund can't be more than what is left to refund, of the item and of the order."""
    amount = Decimal(str(event.data["amount"]))
    kind, line, currency = _name(event.kind), event_line(event), facts.currency
    left = facts.total - history.refund_received
    if amount > left:
        raise Refused(
            translate(
                "refusal", "{event}: {amount} is more than is left to refund of the order ({left} of {total})"
            ).format(
                event=kind,
                amount=_money(amount, currency),
                left=_money(max(left, Decimal(0)), currency),
                total=_money(facts.total, currency),
            ),
        )
    index = case_index(history, line)
    scope_line = line if line is not None else (history.disputes[index].line if index is not None else None)
    item = facts.line(scope_line) if scope_line is not None else None
    if item is not None:
        item_left = item.amount - history.refunded_on(item.number)
        if amount > item_left:
            raise Refused(
                translate(
                    "refusal",
                    "{event}: {amount} is more than is left to refund of item {line} ({left} of {cost})",
                ).format(
                    event=kind,
                    amount=_money(amount, currency),
                    line=scope_line,
                    left=_money(max(item_left, Decimal(0)), currency),
                    cost=_money(item.amount, currency),
                ),
            )


def validate_timeline(facts: OrderFacts, events: Sequence[Event], profile: RuleProfile) -> History:
    """Replay every event with its checks; the refusal names the event that doesn't fit."""
    history = initial_history(facts)
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
                translate(
                    "refusal",
                    "can't record {event} at {time}: the later {later} of {later_time} would no longer fit ({reason})",
                ).format(
                    event=_name(new.kind),
                    time=_ts(new.at),
                    later=_name(later.kind),
                    later_time=_ts(later.at),
                    reason=exc.args[0] if exc.args else exc,
                ),
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
    return event_name(kind)


def _money(amount: Any, currency: str) -> str:
    """An amount in a refusal, as the buyer's language writes it (``12.50 USD`` on the command line)."""
    return formats().amount(Decimal(str(amount)), currency)


def _ts(when: datetime) -> str:
    return moment(when)
