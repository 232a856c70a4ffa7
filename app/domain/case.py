"""Where an order's dispute stands and what comes next: the detail panel's case section.

``case_summaries`` is a pure function of the order's facts, its events, the rule profile and
``now`` (the dispute wizard's "follow-up"): one summary per dispute, since a dispute may be about
one item of the order or the whole order. It folds the timeline for the disputes' facts, asks
``deadlines.dispute_status`` for each one's status and deadlines (a silent seller, the escalation
day or the appeal window passing by time alone) and ``validation.sensible_events`` for what can
be recorded now about that item.

Sentences in ``what_next`` come in the buyer's language (``app.i18n``, context "case": the English
sources are marked in this module, :data:`WHAT_NEXT_TEXTS`); the times and amounts they refer to
are fields of the summary (``next_due``, the amounts), so the reader shows them in its own way. A sentence
speaks of "the time shown", never of a place on the page: the detail panel and the case pack
each show ``next_due`` beside the sentences in their own layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.deadlines import Deadline, derive, dispute_status, evaluate
from app.domain.lifecycle import CaseStage, Dispute, History, fold, sort_events
from app.domain.model import DeadlineKind, Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.validation import sensible_events
from app.i18n import QT_TRANSLATE_NOOP, translate_marked

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

# A cancelled dispute shows the order's deadlines that say whether a new one can be opened.
_CANCELLED_DEADLINES = frozenset({D.PROTECTION_ENDS, D.DISPUTE_WINDOW_ENDS})


@dataclass(frozen=True)
class CaseSummary:
    stage: str  # one of STAGES
    status: Status  # the dispute's status now (deadlines.dispute_status; the order's while cancelled)
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
    line: int | None = None  # the item it is about (None: the whole order)
    item: str | None = None  # that item's title
    decided_return: bool = False  # the decision (or the seller's silence) asks for a return


def case_summaries(
    facts: OrderFacts,
    events: Sequence[Event],
    profile: RuleProfile,
    now: datetime,
    *,
    with_next_events: bool = True,
) -> tuple[CaseSummary, ...]:
    """Every dispute of the order as of ``now`` (one per item disputed, or one for the whole
    order), oldest first, the cancelled ones too. Without ``with_next_events`` (an export of many
    orders) ``next_events`` stays empty, which saves trying every event."""
    past = sort_events(e for e in events if e.at <= now)
    history = fold(facts, past, profile)
    if not history.disputes:
        return ()
    evaluation = derive(facts, events, profile, now)
    possible = {
        line: {k.value for k in sensible_events(facts, events, profile, now, line=line)}
        if with_next_events
        else set()
        for line in {d.line for d in history.disputes}
    }
    return tuple(
        _summary(history, d, facts, profile, now, evaluation.deadlines, possible[d.line])
        for d in history.disputes
    )


def case_summary(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime
) -> CaseSummary | None:
    """The order's latest dispute as of ``now`` (see :func:`case_summaries`); None when the order
    never had one."""
    cases = case_summaries(facts, events, profile, now)
    return cases[-1] if cases else None


def _summary(
    history: History,
    dispute: Dispute,
    facts: OrderFacts,
    profile: RuleProfile,
    now: datetime,
    order_deadlines: tuple[Deadline, ...],
    possible: set[str],
) -> CaseSummary:
    status, deadlines = dispute_status(history, dispute, facts, profile, now)
    cancelled = dispute.stage is CaseStage.CANCELLED
    if cancelled:
        shown = tuple(d for d in order_deadlines if d.kind in _CANCELLED_DEADLINES)
    else:
        shown = deadlines
    next_due = tuple((d.kind.value, d.due) for d in shown)
    escalated_at = dispute.escalated_at
    escalated_by_time = (
        escalated_at is None and dispute.stage is CaseStage.OPEN and status is Status.DISPUTE_ESCALATED
    )
    if escalated_by_time:
        escalated_at = dispute.opened_at + profile.days("escalation_days")
    silent_seller = (
        dispute.stage is CaseStage.OPEN
        and dispute.responded_at is None
        and (now >= dispute.opened_at + profile.days("seller_response_days"))
    )
    stage = _stage(dispute, status, silent_seller, {d.kind for d in shown})
    refund_days = None
    if stage == "refund_pending":
        days = profile.refund_business_days(facts.payment_method)
        refund_days = (days.min, days.max)
    item = facts.line(dispute.line) if dispute.line is not None else None
    if cancelled or status is None:
        status_now = derive_status(history, facts, profile, now)  # the order's, the case being over
    else:
        status_now = status
    return CaseSummary(
        stage=stage,
        status=Status.REFUNDED if stage == "refunded" else status_now,
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
        refund_received=dispute.refund_received or None,
        cancelled_at=dispute.cancelled_at,
        payment_method=facts.payment_method,
        refund_business_days=refund_days,
        what_next=tuple(
            translate_marked("case", text)
            for text in _what_next(stage, dispute, escalated_by_time, silent_seller, next_due)
        ),
        next_due=next_due,
        next_events=() if cancelled or status is None else tuple(k for k in CASE_EVENTS if k in possible),
        line=dispute.line,
        item=item.title if item is not None else None,
        decided_return=dispute.decided_return or (silent_seller and dispute.wants_return),
    )


def derive_status(history: History, facts: OrderFacts, profile: RuleProfile, now: datetime) -> Status:
    return evaluate(history, facts, profile, now).status


def _stage(dispute: Dispute, status: Status | None, silent_seller: bool, kinds: set[DeadlineKind]) -> str:
    stage = dispute.stage
    if stage is CaseStage.CANCELLED:
        return "cancelled"
    if stage is CaseStage.REFUNDED:
        return "refunded"
    if stage is CaseStage.REFUND_PENDING or status is Status.REFUND_PENDING:
        return "refund_pending"
    if stage is CaseStage.RETURN or (silent_seller and dispute.wants_return and stage is CaseStage.OPEN):
        return "return_pending"
    if stage is CaseStage.DECIDED:
        return "decided" if status is Status.DISPUTE_DECIDED else "closed_without_refund"
    if stage is CaseStage.ESCALATED:
        return "appealed" if dispute.appealed_at is not None else "escalated"
    if status is Status.DISPUTE_ESCALATED:
        return "escalated"  # the escalation day passed by time alone
    return "seller_responded" if dispute.responded_at is not None else "open"


# -- what next ----------------------------------------------------------------------------------

_OPEN_SELLER = QT_TRANSLATE_NOOP(
    "case", "The seller must answer by the time shown; if silent, the refund you asked for goes through."
)
_OPEN_ESCALATION = QT_TRANSLATE_NOOP(
    "case",
    "If it isn't settled, it goes to the platform on the escalation day shown; you can escalate earlier.",
)
_NO_PROMISE = QT_TRANSLATE_NOOP(
    "case", "Don't cancel the dispute or accept an offer on the seller's promise alone."
)
_OFFER_ACCEPT = QT_TRANSLATE_NOOP(
    "case",
    "Accepting the seller's offer closes the case with that partial refund: accept only when the "
    "amount is agreed on the platform, not on a promise.",
)
_OFFER_RETURN = QT_TRANSLATE_NOOP(
    "case", "If the offer includes a return, ship the item only after the return is agreed on the platform."
)
_OFFER_DECLINE = QT_TRANSLATE_NOOP(
    "case",
    "Declining keeps the dispute open: escalate it to the platform now, or it goes there on the "
    "escalation day shown.",
)
_ANSWER_NO_OFFER = QT_TRANSLATE_NOOP(
    "case",
    "The seller answered without an offer. If you don't agree, escalate it to the platform now, "
    "or it goes there on the escalation day shown.",
)
_ESCALATED = QT_TRANSLATE_NOOP(
    "case", "The platform is deciding: answer its questions quickly and add evidence if it asks."
)
_DECISION_EXPECTED = QT_TRANSLATE_NOOP(
    "case", "Its decision is expected by the date below; if nothing comes, ask support."
)
_ESCALATED_BY_TIME = QT_TRANSLATE_NOOP(
    "case",
    "The escalation day has passed, so the dispute is now with the platform; record the escalation "
    "when the order page shows it.",
)
_RECORD_DECISION = QT_TRANSLATE_NOOP("case", "Record the platform's decision here when it comes.")
_APPEALED = QT_TRANSLATE_NOOP(
    "case",
    "You appealed: the platform looks at the case again. Add new evidence if you have it, and "
    "record the new decision here.",
)
_REJECTED = QT_TRANSLATE_NOOP(
    "case",
    "The platform decided against you: you can appeal once, before the appeal window below closes, "
    "with more evidence.",
)
_PAYPAL = QT_TRANSLATE_NOOP(
    "case",
    "Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a "
    "claim within 20 days).",
)
_CARD = QT_TRANSLATE_NOOP(
    "case",
    "Paid by card: you can still ask your bank for a chargeback until the date shown, but not "
    "while an appeal is open on the platform.",
)
_CLOSED = QT_TRANSLATE_NOOP(
    "case",
    "The platform decided against you, and neither an appeal nor a payment-method fallback is "
    "possible any more: the case is closed without a refund.",
)
_CLOSED_FALLBACK = QT_TRANSLATE_NOOP(
    "case", "The platform decided against you and the time to appeal has passed."
)
_RETURN = QT_TRANSLATE_NOOP(
    "case",
    "Ship the return by the time shown and record its tracking number, or the refund is lost; the "
    "refund follows once the seller has the item back.",
)
_SILENT_SELLER = QT_TRANSLATE_NOOP(
    "case", "The seller didn't answer in time, so the refund you asked for goes through."
)
_SILENT_RETURN = QT_TRANSLATE_NOOP(
    "case",
    "The seller didn't answer in time, so your return is accepted: ship the item back by the time "
    "below and record its tracking number; the refund follows once the seller has it.",
)
_DECIDED_FULL = QT_TRANSLATE_NOOP("case", "The platform decided a full refund.")
_DECIDED_PARTIAL = QT_TRANSLATE_NOOP("case", "The platform decided a partial refund: you keep the item.")
_REFUND_ISSUED = QT_TRANSLATE_NOOP("case", "The refund is on its way.")
_REFUND_WAIT = QT_TRANSLATE_NOOP(
    "case",
    "It should arrive by the date shown. Record it here when the money arrives; if it doesn't, "
    "contact support or your bank.",
)
_REFUNDED = QT_TRANSLATE_NOOP("case", "The refund arrived: the case is closed.")
_CANCELLED_AGAIN = QT_TRANSLATE_NOOP(
    "case",
    "You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline).",
)
_CANCELLED_OVER = QT_TRANSLATE_NOOP(
    "case", "You cancelled the dispute, and no new dispute can be opened for this order."
)


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
    expected = (_DECISION_EXPECTED,) if D.DECISION_EXPECTED_BY.value in due else ()
    if stage == "escalated":
        return (_ESCALATED_BY_TIME if escalated_by_time else _ESCALATED, *expected, _RECORD_DECISION)
    if stage == "appealed":
        return (_APPEALED, *expected)
    fallbacks = [
        text
        for kind, text in ((D.PAYPAL_DISPUTE_ENDS, _PAYPAL), (D.CHARGEBACK_WINDOW_ENDS, _CARD))
        if kind.value in due
    ]
    if stage == "decided":
        return (_REJECTED, *fallbacks)
    if stage == "closed_without_refund":
        return (_CLOSED_FALLBACK, *fallbacks) if fallbacks else (_CLOSED,)
    if stage == "return_pending":
        return (_SILENT_RETURN,) if silent_seller and dispute.outcome is None else (_RETURN,)
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
    _DECISION_EXPECTED,
    _ESCALATED_BY_TIME,
    _RECORD_DECISION,
    _APPEALED,
    _REJECTED,
    _PAYPAL,
    _CARD,
    _CLOSED,
    _CLOSED_FALLBACK,
    _RETURN,
    _SILENT_SELLER,
    _SILENT_RETURN,
    _DECIDED_FULL,
    _DECIDED_PARTIAL,
    _REFUND_ISSUED,
    _REFUND_WAIT,
    _REFUNDED,
    _CANCELLED_AGAIN,
    _CANCELLED_OVER,
)
