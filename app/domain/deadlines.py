"""The deadline engine: an order's status and open deadlines at a given moment.

``evaluate`` takes the folded history (see ``lifecycle``), the rule profile and ``now`` and
applies the changes that happen by time alone: the payment check ends, the ship-by time runs
out, a silent seller's deadline passes, protection ends, an appeal window closes. Each dispute
(about one item or the whole order) is evaluated on its own, and the order's status sums them
up. When a dispute can still be opened comes from ``eligibility``, like the advice's answer. Every comparison with ``now`` goes
through :class:`_Moment`, which remembers the instants it compared against; so the result also
says for which span of time it holds (``valid_from``/``valid_until``). The store caches the
result for fast lists and recomputes it only when ``now`` leaves that span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.eligibility import NOT_RECEIVED_SAMPLE, RECEIVED_SAMPLE, free_windows
from app.domain.lifecycle import LIVE, CaseStage, Dispute, History, Phase, effective_protection_end, fold
from app.domain.model import NOT_RECEIVED_REASONS, Basis, DeadlineKind, Event, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.timeutil import add_business_days

D = DeadlineKind


# ``Deadline.missing``: the fact whose absence made a deadline an estimate from the rules alone.
MISSING_PROCESSING_TIME = "processing_time"


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: datetime
    basis: Basis
    missing: str | None = None  # e.g. MISSING_PROCESSING_TIME: enter it for the real deadline

    def left(self, now: datetime) -> timedelta:
        return self.due - now


@dataclass(frozen=True)
class Evaluation:
    status: Status
    deadlines: tuple[Deadline, ...]
    valid_from: datetime | None  # None: since forever
    valid_until: datetime | None  # None: until something is recorded

    @property
    def next_deadline(self) -> Deadline | None:
        return self.deadlines[0] if self.deadlines else None


def derive(facts: OrderFacts, events: Iterable[Event], profile: RuleProfile, now: datetime) -> Evaluation:
    """Status and deadlines of an order as of ``now``, from the events that happened by then."""
    past: list[Event] = []
    upcoming: datetime | None = None
    for event in events:
        if event.at <= now:
            past.append(event)
        elif upcoming is None or event.at < upcoming:
            upcoming = event.at
    evaluation = evaluate(fold(facts, past, profile), facts, profile, now)
    if upcoming is not None and (evaluation.valid_until is None or upcoming < evaluation.valid_until):
        evaluation = Evaluation(evaluation.status, evaluation.deadlines, evaluation.valid_from, upcoming)
    return evaluation


@dataclass
class _Moment:
    now: datetime
    since: datetime | None = None
    until: datetime | None = None
    deadlines: list[Deadline] = field(default_factory=list)

    def passed(self, when: datetime) -> bool:
        if self.now >= when:
            self.since = when if self.since is None else max(self.since, when)
            return True
        self.until = when if self.until is None else min(self.until, when)
        return False

    def add(
        self, kind: DeadlineKind, due: datetime, basis: Basis = Basis.ESTIMATED, missing: str | None = None
    ) -> None:
        self.deadlines.append(Deadline(kind, due, basis, missing))

    def add_if_ahead(self, kind: DeadlineKind, due: datetime, basis: Basis = Basis.ESTIMATED) -> None:
        if not self.passed(due):
            self.add(kind, due, basis)


def evaluate(history: History, facts: OrderFacts, profile: RuleProfile, now: datetime) -> Evaluation:
    m = _Moment(now)
    status = _status_and_deadlines(history, facts, profile, m)
    since = m.since
    if history.last_event_at is not None and (since is None or history.last_event_at > since):
        since = history.last_event_at
    deadlines = tuple(sorted(m.deadlines, key=lambda d: (d.due, d.kind.value)))
    return Evaluation(status, deadlines, since, m.until)


_IN_DISPUTE = (Status.DISPUTE_OPEN, Status.DISPUTE_ESCALATED, Status.DISPUTE_DECIDED)


def _status_and_deadlines(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    """Each dispute's status and deadlines, then the order's own course: frozen while a dispute
    about the whole order runs, going on beside disputes about single items. The order is in
    dispute while any item is (the earliest stage first), refunded when the refunds cover it."""
    statuses: list[Status] = []
    whole_order_live = False
    for dispute in h.disputes:
        if dispute.stage not in LIVE:
            continue
        status = _dispute(h, dispute, facts, p, m)
        if status is None:
            continue
        statuses.append(status)
        whole_order_live = whole_order_live or dispute.line is None
    base = None if whole_order_live else _base(h, facts, p, m)
    for status in _IN_DISPUTE:
        if status in statuses:
            return status
    if h.phase is Phase.REFUNDED:
        return Status.REFUNDED
    if Status.REFUND_PENDING in statuses or base is Status.REFUND_PENDING:
        return Status.REFUND_PENDING
    return base or Status.COMPLETED


def _base(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    """The order's own course: payment, shipping, protection, receipt (no dispute)."""
    phase = h.base
    if phase is Phase.AWAITING_PAYMENT:
        closes = h.ordered_at + p.days("unpaid_autoclose_days")
        if m.passed(closes):
            return Status.CLOSED
        m.add(D.UNPAID_AUTOCLOSE, closes)
        return Status.AWAITING_PAYMENT
    if phase is Phase.AWAITING_SHIPMENT:
        return _awaiting_shipment(h, facts, p, m)
    if phase is Phase.CANCEL_REQUESTED:
        assert h.cancel_requested_at is not None
        approves = h.cancel_requested_at + p.hours("cancel_auto_approve_hours")
        if m.passed(approves):
            _refund_expected(approves, facts, p, m)
            return Status.REFUND_PENDING
        m.add(D.CANCEL_AUTO_APPROVE, approves)
        if h.ship_by is not None:
            m.add_if_ahead(D.SHIP_BY, h.ship_by, h.ship_by_basis)
        return Status.CANCEL_REQUESTED
    if phase is Phase.CANCELLED:
        return Status.CANCELLED
    if phase is Phase.IN_TRANSIT:
        return _in_transit(h, facts, p, m)
    if phase is Phase.RECEIVED:
        _dispute_window_ends(h, facts, p, m)
        return Status.COMPLETED
    if phase is Phase.REFUND_PENDING:
        assert h.refund_from is not None
        _refund_expected(h.refund_from, facts, p, m)
        return Status.REFUND_PENDING
    if phase is Phase.SETTLED:
        return Status.COMPLETED  # a dispute about the whole order settled it
    return Status.REFUNDED


def _awaiting_shipment(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    assert h.paid_at is not None
    if h.ship_by is not None and m.passed(h.ship_by):
        # Not shipped in time: the order closes by itself and the money comes back.
        _refund_expected(h.ship_by, facts, p, m)
        return Status.REFUND_PENDING
    status = Status.AWAITING_SHIPMENT
    check_ends = h.paid_at + p.hours("payment_check_hours")
    if not m.passed(check_ends):
        m.add(D.PAYMENT_CHECK_ENDS, check_ends)
        status = Status.PAYMENT_CHECK
    if h.ship_by is not None:
        m.add(D.SHIP_BY, h.ship_by, h.ship_by_basis)
    else:
        # The processing time isn't known: an estimate from the usual time, which says what to
        # enter for the real one. It moves nothing by itself (the order may have shipped).
        estimate = check_ends + p.days("processing_days_estimate")
        m.add(D.SHIP_BY, estimate, Basis.ESTIMATED, missing=MISSING_PROCESSING_TIME)
    return status


def _in_transit(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    assert h.shipped_at is not None
    ends = effective_protection_end(h, p)
    assert ends is not None
    if m.passed(ends):
        # Protection ran out with no dispute: the order completes and the seller is paid. Like
        # every completed order it can still be disputed for a while (the last chance).
        _dispute_window_ends(h, facts, p, m)
        if h.delivered_at is None:
            _fallbacks(h, facts, p, m)  # completed without ever arriving
        return Status.COMPLETED
    basis = h.protection_basis
    if h.delivered_at is not None and ends != h.protection_ends:
        basis = Basis.ESTIMATED
    m.add(D.PROTECTION_ENDS, ends, basis)
    if h.delivered_at is None:
        opens = [w.opens for w in free_windows(h, facts, p, NOT_RECEIVED_SAMPLE) if w.opens is not None]
        if opens:
            m.add_if_ahead(D.NOT_RECEIVED_DISPUTE_OPENS, min(opens))
        if h.extension_requested_at is None:
            m.add_if_ahead(D.REQUEST_EXTENSION_BY, ends - p.days("extension_warning_days"))
        return Status.IN_TRANSIT
    return Status.DELIVERED


def _dispute_window_ends(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> None:
    """The end of the window in which some item can still be disputed (see ``eligibility``)."""
    ends: list[datetime] = []
    # After "Confirm receipt" only what arrived can be disputed.
    samples = (RECEIVED_SAMPLE,) if h.received_at is not None else (NOT_RECEIVED_SAMPLE, RECEIVED_SAMPLE)
    for reason in samples:
        ends += [w.closes for w in free_windows(h, facts, p, reason) if w.closes is not None]
    if ends:
        m.add_if_ahead(D.DISPUTE_WINDOW_ENDS, max(ends))


def _dispute(h: History, d: Dispute, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status | None:
    """One dispute's status and deadlines; None once it is over by time alone (a rejection
    whose appeal window has passed)."""
    stage = d.stage
    if stage is CaseStage.OPEN:
        response_due = d.opened_at + p.days("seller_response_days")
        escalation = d.opened_at + p.days("escalation_days")
        if d.responded_at is None:
            if m.passed(response_due):
                # A silent seller: what the buyer asked for goes through. With a return, that
                # is the return step first, then the refund.
                if d.wants_return:
                    m.add(D.RETURN_SHIP_BY, response_due + p.days("return_ship_days"))
                    return Status.DISPUTE_OPEN
                _refund_expected(response_due, facts, p, m)
                return Status.REFUND_PENDING
            m.add(D.SELLER_RESPONSE_DUE, response_due)
        if m.passed(escalation):
            _escalated(h, d, escalation, p, m)
            return Status.DISPUTE_ESCALATED
        m.add(D.ESCALATION, escalation)
        return Status.DISPUTE_OPEN
    if stage is CaseStage.ESCALATED:
        since = d.appealed_at or d.escalated_at
        assert since is not None
        _escalated(h, d, since, p, m)
        return Status.DISPUTE_ESCALATED
    if stage is CaseStage.DECIDED:
        assert d.decided_at is not None
        _fallbacks(h, facts, p, m)
        if d.appealed_at is None:
            appeal_ends = d.decided_at + p.days("appeal_days")
            if not m.passed(appeal_ends):
                m.add(D.APPEAL_WINDOW_ENDS, appeal_ends)
                return Status.DISPUTE_DECIDED
        return None
    if stage is CaseStage.RETURN:
        assert d.decided_at is not None
        m.add(D.RETURN_SHIP_BY, d.decided_at + p.days("return_ship_days"))
        return Status.DISPUTE_DECIDED
    start = d.refund_from or d.decided_at or d.opened_at
    _refund_expected(start, facts, p, m)
    return Status.REFUND_PENDING


def _escalated(h: History, d: Dispute, since: datetime, p: RuleProfile, m: _Moment) -> None:
    """While the platform decides: when its answer is expected, and for a parcel that hasn't
    come, the end of buyer protection when it is later."""
    expected = since + p.days("platform_decision_days")
    m.add_if_ahead(D.DECISION_EXPECTED_BY, expected)
    if d.reason in NOT_RECEIVED_REASONS and h.received_at is None:
        ends = effective_protection_end(h, p)
        if ends is not None and ends > expected:
            m.add_if_ahead(D.PROTECTION_ENDS, ends, h.protection_basis)


def _refund_expected(start: datetime, facts: OrderFacts, p: RuleProfile, m: _Moment) -> None:
    """Refunds go back to where the money came from: business days by payment method, counted
    on the buyer's own calendar."""
    days = p.refund_business_days(facts.payment_method).max
    m.add(D.REFUND_EXPECTED_BY, add_business_days(start, days, p.buyer_zone))


def _fallbacks(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> None:
    """Outside the platform: a PayPal dispute or a card chargeback, when those still run."""
    if facts.payment_method == "paypal" and h.paid_at is not None:
        m.add_if_ahead(D.PAYPAL_DISPUTE_ENDS, h.paid_at + p.days("paypal_dispute_days"))
    if facts.payment_method == "card":
        expected = h.delivered_at or h.received_at or effective_protection_end(h, p) or h.paid_at
        if expected is not None:
            m.add_if_ahead(D.CHARGEBACK_WINDOW_ENDS, expected + p.days("chargeback_days"))


def dispute_status(
    history: History, dispute: Dispute, facts: OrderFacts, profile: RuleProfile, now: datetime
) -> tuple[Status | None, tuple[Deadline, ...]]:
    """One dispute's status and deadlines at ``now`` (None: over by time alone)."""
    m = _Moment(now)
    status = _dispute(history, dispute, facts, profile, m) if dispute.stage in LIVE else None
    return status, tuple(sorted(m.deadlines, key=lambda d: (d.due, d.kind.value)))
