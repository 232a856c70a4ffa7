"""Disputes as cases, read from the timelines: what each one asked for, how it ended and how
long it took.

A dispute is one ``dispute-opened`` event. Its outcome is its last decision: ``full`` or
``partial`` is won, ``rejected`` is lost; no decision yet is open; a dispute the buyer cancelled
is cancelled (and counts as none of the other three). Disputes about one item carry the item's
``line`` in their events; a decision or cancellation without a line is about the whole order
and applies to every dispute of the order still running.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.store.codec import from_db_time
from app.store.insight_rows import CaseEvent, DisputeEvent

WON, LOST, OPEN, CANCELLED = "won", "lost", "open", "cancelled"
OUTCOMES = (WON, LOST, OPEN, CANCELLED)
_OUTCOME_OF_DECISION = {"full": WON, "partial": WON, "rejected": LOST}
_ZERO = Decimal(0)


@dataclass(slots=True)
class Case:
    """One dispute of one order."""

    order_id: int
    opened_at: str  # stored time text
    reason: str
    claimed: Decimal | None  # the refund asked for, when the buyer said
    line: Any = None
    decision: str | None = None  # the last one: full | partial | rejected
    awarded: Decimal | None = None  # the amount of the last decision, when it named one
    decided_at: str | None = None
    cancelled_at: str | None = None

    @property
    def outcome(self) -> str:
        if self.cancelled_at is not None:
            return CANCELLED
        if self.decision is None:
            return OPEN
        return _OUTCOME_OF_DECISION.get(self.decision, OPEN)

    @property
    def days(self) -> float | None:
        """How long it took, in days: opened to the last decision or the cancellation."""
        closed = self.cancelled_at or self.decided_at
        if closed is None:
            return None
        start, end = datetime.fromisoformat(self.opened_at), datetime.fromisoformat(closed)
        if start.tzinfo is not None or end.tzinfo is not None:  # stored times are naive UTC
            start, end = from_db_time(self.opened_at), from_db_time(closed)
        return (end - start).total_seconds() / 86400


@dataclass(slots=True)
class OrderCases:
    """An order's disputes and the refunds received for it (regardless of item)."""

    order_id: int
    store: str
    currency: str
    total: str
    cases: list[Case] = field(default_factory=list)
    refunds: list[tuple[str, Decimal]] = field(default_factory=list)  # (stored time, amount)


def amount(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        parsed = Decimal(str(value))
    except InvalidOperation:
        return None
    return parsed if parsed.is_finite() else None


def read_cases(rows: Iterable[CaseEvent]) -> Iterator[OrderCases]:
    """The cases of each order, from its dispute and refund events (by order, oldest first).
    Tens of thousands of events: one loop, fields by position."""
    order: OrderCases | None = None
    running: dict[Any, Case] = {}  # the disputes still running, by item (None: the whole order)
    for order_id, store, currency, total, kind, at, line, money, reason, refund, outcome in rows:
        if order is None or order_id != order.order_id:
            if order is not None:
                yield order
            order, running = OrderCases(order_id, store, currency, total), {}
        if kind == "refund-received":
            given = amount(money)
            order.refunds.append((at, given if given is not None else _unnamed_refund(order, line)))
        elif kind == "dispute-opened":
            case = Case(order_id, at, str(reason or ""), amount(refund), line)
            order.cases.append(case)
            running[line] = case
        elif kind == "decided":
            decision, awarded = str(outcome or "") or None, amount(money)
            for case in _targets(running, line):
                case.decision, case.awarded, case.decided_at = decision, awarded, at
        else:  # dispute-cancelled: the case ends
            for case in _targets(running, line):
                case.cancelled_at = at
                running = {key: value for key, value in running.items() if value is not case}
    if order is not None:
        yield order


def dispute_outcomes(rows: Iterable[DisputeEvent]) -> Iterator[tuple[str, str]]:
    """The store and the outcome of every dispute, from the events that open, decide or cancel
    one (by order, oldest first): what :func:`read_cases` says of them, without the money and
    the objects the ledger has no use for."""
    current: int | None = None
    store = ""
    cases: list[Case] = []
    running: dict[Any, Case] = {}
    for order_id, text, kind, at, line, outcome in rows:
        if order_id != current:
            for case in cases:
                yield store, case.outcome
            current, store, cases, running = order_id, text, [], {}
        if kind == "dispute-opened":
            case = Case(order_id, at, "", None, line)
            cases.append(case)
            running[line] = case
        elif kind == "decided":
            decision = str(outcome or "") or None
            for case in _targets(running, line):
                case.decision = decision
        else:  # dispute-cancelled
            for case in _targets(running, line):
                case.cancelled_at = at
                running = {key: value for key, value in running.items() if value is not case}
    for case in cases:
        yield store, case.outcome


def _unnamed_refund(order: OrderCases, line: Any) -> Decimal:
    """A refund recorded without its amount is taken as what the order was waiting for: the
    latest dispute's award (or its claim) for that item, else the whole order; less what came
    back already, never below zero."""
    expected: Decimal | None = None
    for case in reversed(order.cases):
        if line is not None and case.line != line:
            continue
        outcome = case.outcome
        if outcome == LOST or outcome == CANCELLED:
            continue
        expected = case.awarded if case.awarded is not None else case.claimed
        break
    received = _ZERO
    for _stamp, value in order.refunds:
        received += value
    left = (Decimal(order.total) if expected is None else expected) - received
    return left if left >= _ZERO else _ZERO


def _targets(running: dict[Any, Case], line: Any) -> list[Case]:
    if line is None:
        return list(running.values())
    if line in running:
        return [running[line]]
    return [running[None]] if None in running else []
