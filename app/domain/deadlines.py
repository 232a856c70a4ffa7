"""The deadline engine: an order's status and open deadlines at a given moment.

``evaluate`` takes the folded history (see ``lifecycle``), the rule profile and ``now`` and
applies the changes that happen by time alone: the payment check ends, the ship-by time runs
out, a silent seller's deadline passes, protection ends. Every comparison with ``now`` goes
through :class:`_Moment`, which remembers the instants it compared against; so the result also
says for which span of time it holds (``valid_from``/``valid_until``). The store caches the
result for fast lists and recomputes it only when ``now`` leaves that span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.lifecycle import History, Phase, effective_protection_end, fold
from app.domain.model import Basis, DeadlineKind, Event, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.timeutil import add_business_days

D = DeadlineKind


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: datetime
    basis: Basis

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

    def add(self, kind: DeadlineKind, due: datetime, basis: Basis = Basis.ESTIMATED) -> None:
        self.deadlines.append(Deadline(kind, due, basis))

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


def _status_and_deadlines(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    phase = h.phase
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
        assert h.received_at is not None
        if h.dispute_cancelled_at is None:  # after a cancelled dispute no second one is possible now
            m.add_if_ahead(D.DISPUTE_WINDOW_ENDS, h.received_at + p.days("dispute_after_confirm_days"))
        return Status.COMPLETED
    if phase is Phase.DISPUTE_OPEN:
        return _dispute_open(h, facts, p, m)
    if phase is Phase.DISPUTE_ESCALATED:
        return Status.DISPUTE_ESCALATED
    if phase is Phase.DISPUTE_DECIDED:
        assert h.dispute is not None and h.dispute.decided_at is not None
        if h.dispute.outcome == "rejected":
            _fallbacks(h, facts, p, m)
        else:
            m.add(D.RETURN_SHIP_BY, h.dispute.decided_at + p.days("return_ship_days"))
        return Status.DISPUTE_DECIDED
    if phase is Phase.REFUND_PENDING:
        assert h.refund_from is not None
        _refund_expected(h.refund_from, facts, p, m)
        return Status.REFUND_PENDING
    return Status.REFUNDED


def _awaiting_shipment(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    assert h.paid_at is not None
    if h.ship_by is not None and m.passed(h.ship_by):
        # Not shipped in time: the order closes by itself and the money comes back.
        m.add(D.REFUND_EXPECTED_BY, h.ship_by + timedelta(days=p.day_range("nonship_refund_days").max))
        return Status.REFUND_PENDING
    status = Status.AWAITING_SHIPMENT
    check_ends = h.paid_at + p.hours("payment_check_hours")
    if not m.passed(check_ends):
        m.add(D.PAYMENT_CHECK_ENDS, check_ends)
        status = Status.PAYMENT_CHECK
    if h.ship_by is not None:
        m.add(D.SHIP_BY, h.ship_by, h.ship_by_basis)
    return status


def _in_transit(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    assert h.shipped_at is not None
    ends = effective_protection_end(h, p)
    assert ends is not None
    if m.passed(ends):
        # Protection ran out with no dispute: the order completes and the seller is paid. (After a
        # cancelled dispute, a second one was possible only while protection ran.)
        if h.dispute_cancelled_at is None:
            m.add_if_ahead(D.DISPUTE_WINDOW_ENDS, ends + p.days("dispute_after_confirm_days"))
        if h.delivered_at is None:
            _fallbacks(h, facts, p, m)  # completed without ever arriving: the platform's window is gone
        return Status.COMPLETED
    basis = h.protection_basis
    if h.delivered_at is not None and ends != h.protection_ends:
        basis = Basis.ESTIMATED
    m.add(D.PROTECTION_ENDS, ends, basis)
    if h.delivered_at is None:
        m.add_if_ahead(D.NOT_RECEIVED_DISPUTE_OPENS, h.shipped_at + p.days("not_received_earliest_days"))
        if h.extension_requested_at is None:
            m.add_if_ahead(D.REQUEST_EXTENSION_BY, ends - p.days("extension_warning_days"))
        return Status.IN_TRANSIT
    return Status.DELIVERED


def _dispute_open(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> Status:
    dispute = h.dispute
    assert dispute is not None
    response_due = dispute.opened_at + p.days("seller_response_days")
    escalation = dispute.opened_at + p.days("escalation_days")
    if dispute.responded_at is None:
        if m.passed(response_due):
            # A silent seller: the refund the buyer asked for goes through.
            _refund_expected(response_due, facts, p, m)
            return Status.REFUND_PENDING
        m.add(D.SELLER_RESPONSE_DUE, response_due)
    if m.passed(escalation):
        return Status.DISPUTE_ESCALATED
    m.add(D.ESCALATION, escalation)
    return Status.DISPUTE_OPEN


def _refund_expected(start: datetime, facts: OrderFacts, p: RuleProfile, m: _Moment) -> None:
    days = p.refund_business_days(facts.payment_method).max
    m.add(D.REFUND_EXPECTED_BY, add_business_days(start, days))


def _fallbacks(h: History, facts: OrderFacts, p: RuleProfile, m: _Moment) -> None:
    """Outside the platform: a PayPal dispute or a card chargeback, when those still run."""
    if facts.payment_method == "paypal" and h.paid_at is not None:
        m.add_if_ahead(D.PAYPAL_DISPUTE_ENDS, h.paid_at + p.days("paypal_dispute_days"))
    if facts.payment_method == "card":
        expected = h.delivered_at or h.received_at or effective_protection_end(h, p) or h.paid_at
        if expected is not None:
            m.add_if_ahead(D.CHARGEBACK_WINDOW_ENDS, expected + p.days("chargeback_days"))
