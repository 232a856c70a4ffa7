"""Where an order's dispute stands and what comes next: the detail panel's case section.

``case_summary`` is a pure function of the order's facts, its events, the rule profile and
``now`` (the dispute wizard's "follow-up"). It folds the timeline for the dispute's facts, asks
``deadlines.derive`` for the status and deadlines (a silent seller, the escalation day passing
by time alone) and ``validation.sensible_events`` for what can be recorded now.

Sentences in ``what_next`` are constant English source strings (the GUI translates them, context
"case"); the times and amounts they refer to are fields of the summary (``next_due``, the
amounts), so the GUI shows them in local time and the sentences stay translatable. A sentence
speaks of "the time shown", never of a place on the page: the detail panel and the case pack
each show ``next_due`` beside the sentences in their own layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.deadlines import derive
from app.domain.lifecycle import Dispute, History, Phase, fold, sort_events
from app.domain.model import DeadlineKind, Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.validation import sensible_events

D = DeadlineKind
K = EventKind

STAGES = (
    "open",
    "seller_responded",
    "escalated",
    "decided",
    "appealed",
    "return_pending",
    "refund_pending",
    "refunded",
    "closed_without_refund",
    "cancelled",
)

# The events the case section offers, in lifecycle order.
CASE_EVENTS: tuple[str, ...] = (
    K.SELLER_RESPONDED.value,
    K.ESCALATED.value,
    K.DECIDED.value,
    K.APPEALED.value,
    K.REFUND_ISSUED.value,
    K.REFUND_RECEIVED.value,
    K.DISPUTE_CANCELLED.value,
)

# The deadlines that belong to the case, per stage family; others (protection, …) stay in the
# panel's deadline list only.
_CASE_DEADLINES = frozenset(
    {
        D.SELLER_RESPONSE_DUE,
        D.ESCALATION,
        D.RETURN_SHIP_BY,
        D.REFUND_EXPECTED_BY,
        D.PAYPAL_DISPUTE_ENDS,
        D.CHARGEBACK_WINDOW_ENDS,
    }
)
_CANCELLED_DEADLINES = frozenset({D.PROTECTION_ENDS, D.DISPUTE_WINDOW_ENDS})


@dataclass(frozen=True)
class CaseSummary:
    stage: str  # one of STAGES
    status: Status  # the order's status now (deadlines.derive)
    reason: str
    opened_at: datetime
    refund_asked: Decimal | None
    wants_return: bool
    responded_at: datetime | None
    seller_offer: Decimal | None
    escalated_at: datetime | None  # recorded, or the escalation day once it passed by time
    decided_at: datetime | None
    outcome: str | None  # "full", "partial", "rejected"
    decided_amount: Decimal | None
    appealed_at: datetime | None
    refund_received: Decimal | None
    cancelled_at: datetime | None
    payment_method: str | None
    refund_business_days: tuple[int, int] | None  # (min, max) while a refund is on its way
    what_next: tuple[str, ...]
    next_due: tuple[tuple[str, datetime], ...]  # (deadline kind, due), soonest first
    next_events: tuple[str, ...]  # event kinds (CLI names) that make sense now


def case_summary(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime
) -> CaseSummary | None:
    """The dispute of the order as of ``now``; None when the order never had one."""
    past = sort_events(e for e in events if e.at <= now)
    history = fold(facts, past, profile)
    evaluation = derive(facts, events, profile, now)
    status = evaluation.status
    dispute, cancelled_at = history.dispute, None
    if dispute is None:
        if history.dispute_cancelled_at is None:
            return None
        cancelled_at = history.dispute_cancelled_at
        dispute = _cancelled_dispute(facts, past, profile, cancelled_at)
        if dispute is None:
            return None
    stage = _stage(history, dispute, status, cancelled_at, {d.kind for d in evaluation.deadlines})
    kinds = _CANCELLED_DEADLINES if stage == "cancelled" else _CASE_DEADLINES
    next_due = tuple((d.kind.value, d.due) for d in evaluation.deadlines if d.kind in kinds)
    escalated_at = dispute.escalated_at
    escalated_by_time = (
        escalated_at is None and history.phase is Phase.DISPUTE_OPEN and status is Status.DISPUTE_ESCALATED
    )
    if escalated_by_time:
        escalated_at = dispute.opened_at + profile.days("escalation_days")
    # A silent seller: the refund goes through by time alone, nothing recorded yet.
    silent_seller = history.phase is Phase.DISPUTE_OPEN and status is Status.REFUND_PENDING
    refund_days = None
    if stage == "refund_pending":
        days = profile.refund_business_days(facts.payment_method)
        refund_days = (days.min, days.max)
    possible = {k.value for k in sensible_events(facts, events, profile, now)}
    return CaseSummary(
        stage=stage,
        status=status,
        reason=dispute.reason,
        opened_at=dispute.opened_at,
        refund_asked=dispute.refund,
        wants_return=dispute.wants_return,
        responded_at=dispute.responded_at,
        seller_offer=dispute.offer,
        escalated_at=escalated_at,
        decided_at=dispute.decided_at,
        outcome=dispute.outcome,
        decided_amount=dispute.decided_amount,
        appealed_at=dispute.appealed_at,
        refund_received=history.refund_received if history.phase is Phase.REFUNDED else None,
        cancelled_at=cancelled_at,
        payment_method=facts.payment_method,
        refund_business_days=refund_days,
        what_next=_what_next(stage, dispute, escalated_by_time, silent_seller, next_due),
        next_due=next_due,
        next_events=tuple(kind for kind in CASE_EVENTS if kind in possible),
    )


def _cancelled_dispute(
    facts: OrderFacts, past: Sequence[Event], profile: RuleProfile, cancelled_at: datetime
) -> Dispute | None:
    """The dispute the buyer cancelled: the timeline folded up to (not including) the cancel."""
    index = max(i for i, e in enumerate(past) if e.kind is K.DISPUTE_CANCELLED and e.at == cancelled_at)
    return fold(facts, past[:index], profile).dispute


def _stage(
    history: History,
    dispute: Dispute,
    status: Status,
    cancelled_at: datetime | None,
    deadline_kinds: set[DeadlineKind],
) -> str:
    if cancelled_at is not None:
        return "cancelled"
    phase = history.phase
    if phase is Phase.REFUNDED:
        return "refunded"
    if phase is Phase.REFUND_PENDING or status is Status.REFUND_PENDING:
        return "refund_pending"
    if phase is Phase.DISPUTE_DECIDED:
        if dispute.outcome != "rejected":
            return "return_pending"
        fallbacks = {D.PAYPAL_DISPUTE_ENDS, D.CHARGEBACK_WINDOW_ENDS}
        return "decided" if deadline_kinds & fallbacks else "closed_without_refund"
    if phase is Phase.DISPUTE_ESCALATED:
        return "appealed" if dispute.appealed_at is not None else "escalated"
    if status is Status.DISPUTE_ESCALATED:
        return "escalated"  # the escalation day passed by time alone
    return "seller_responded" if dispute.responded_at is not None else "open"


# -- what next ----------------------------------------------------------------------------------

_OPEN_SELLER = "The seller must answer by the time shown; if silent, the refund you asked for goes through."
_OPEN_ESCALATION = (
    "If it isn't settled, it goes to the platform on the escalation day shown; you can escalate earlier."
)
_NO_PROMISE = "Don't cancel the dispute or accept an offer on the seller's promise alone."
_OFFER_ACCEPT = (
    "Accepting the seller's offer closes the case with that partial refund: accept only when the "
    "amount is agreed on the platform, not on a promise."
)
_OFFER_RETURN = (
    "If the offer includes a return, ship the item only after the return is agreed on the platform."
)
_OFFER_DECLINE = (
    "Declining keeps the dispute open: escalate it to the platform now, or it goes there on the "
    "escalation day shown."
)
_ANSWER_NO_OFFER = (
    "The seller answered without an offer. If you don't agree, escalate it to the platform now, "
    "or it goes there on the escalation day shown."
)
_ESCALATED = "The platform is deciding: answer its questions quickly and add evidence if it asks."
_ESCALATED_BY_TIME = (
    "The escalation day has passed, so the dispute is now with the platform; record the escalation "
    "when the order page shows it."
)
_RECORD_DECISION = "Record the platform's decision here when it comes."
_APPEALED = (
    "You appealed: the platform looks at the case again. Add new evidence if you have it, and "
    "record the new decision here."
)
_REJECTED = "The platform decided against you: you can appeal the decision, with more evidence."
_PAYPAL = (
    "Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a "
    "claim within 20 days)."
)
_CARD = (
    "Paid by card: you can still ask your bank for a chargeback until the date shown, but not "
    "while an appeal is open on the platform."
)
_CLOSED = (
    "The platform decided against you and no payment-method fallback applies any more: the case "
    "is closed without a refund unless an appeal succeeds."
)
_RETURN = (
    "Ship the return by the time shown and record its tracking number, or the refund is lost; the "
    "refund follows once the seller has the item back."
)
_SILENT_SELLER = "The seller didn't answer in time, so the refund you asked for goes through."
_DECIDED_FULL = "The platform decided a full refund."
_DECIDED_PARTIAL = "The platform decided a partial refund: you keep the item."
_REFUND_ISSUED = "The refund is on its way."
_REFUND_WAIT = (
    "It should arrive by the date shown. Record it here when the money arrives; if it doesn't, "
    "contact support or your bank."
)
_REFUNDED = "The refund arrived: the case is closed."
_CANCELLED_AGAIN = (
    "You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline)."
)
_CANCELLED_OVER = "You cancelled the dispute, and no new dispute can be opened for this order."


def _what_next(
    stage: str,
    dispute: Dispute,
    escalated_by_time: bool,
    silent_seller: bool,
    next_due: tuple[tuple[str, datetime], ...],
) -> tuple[str, ...]:
    due = {kind for kind, _ in next_due}
    if stage == "open":
        return (_OPEN_SELLER, _OPEN_ESCALATION, _NO_PROMISE)
    if stage == "seller_responded":
        if dispute.offer is None:
            return (_ANSWER_NO_OFFER, _NO_PROMISE)
        accept = (_OFFER_ACCEPT, _OFFER_RETURN) if dispute.wants_return else (_OFFER_ACCEPT,)
        return (*accept, _OFFER_DECLINE)
    if stage == "escalated":
        return (_ESCALATED_BY_TIME if escalated_by_time else _ESCALATED, _RECORD_DECISION)
    if stage == "appealed":
        return (_APPEALED,)
    if stage == "decided":
        texts = [_REJECTED]
        if D.PAYPAL_DISPUTE_ENDS.value in due:
            texts.append(_PAYPAL)
        if D.CHARGEBACK_WINDOW_ENDS.value in due:
            texts.append(_CARD)
        return tuple(texts)
    if stage == "closed_without_refund":
        return (_CLOSED,)
    if stage == "return_pending":
        return (_RETURN,)
    if stage == "refund_pending":
        if dispute.outcome == "full":
            first = _DECIDED_FULL
        elif dispute.outcome == "partial":
            first = _DECIDED_PARTIAL
        elif silent_seller:
            first = _SILENT_SELLER
        else:
            first = _REFUND_ISSUED
        return (first, _REFUND_WAIT)
    if stage == "refunded":
        return (_REFUNDED,)
    # cancelled
    return (_CANCELLED_AGAIN,) if D.PROTECTION_ENDS.value in due else (_CANCELLED_OVER,)


WHAT_NEXT_TEXTS: tuple[str, ...] = (
    _OPEN_SELLER,
    _OPEN_ESCALATION,
    _NO_PROMISE,
    _OFFER_ACCEPT,
    _OFFER_RETURN,
    _OFFER_DECLINE,
    _ANSWER_NO_OFFER,
    _ESCALATED,
    _ESCALATED_BY_TIME,
    _RECORD_DECISION,
    _APPEALED,
    _REJECTED,
    _PAYPAL,
    _CARD,
    _CLOSED,
    _RETURN,
    _SILENT_SELLER,
    _DECIDED_FULL,
    _DECIDED_PARTIAL,
    _REFUND_ISSUED,
    _REFUND_WAIT,
    _REFUNDED,
    _CANCELLED_AGAIN,
    _CANCELLED_OVER,
)
