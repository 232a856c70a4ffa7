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
from decimal import Decimal, InvalidOperation
from itertools import groupby
from typing import Any

from app.store.codec import from_db_time
from app.store.insight_rows import CaseEventRow

WON, LOST, OPEN, CANCELLED = "won", "lost", "open", "cancelled"
OUTCOMES = (WON, LOST, OPEN, CANCELLED)
_OUTCOME_OF_DECISION = {"full": WON, "partial": WON, "rejected": LOST}


@dataclass
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
        return (from_db_time(closed) - from_db_time(self.opened_at)).total_seconds() / 86400


@dataclass
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


def read_cases(rows: Iterable[CaseEventRow]) -> Iterator[OrderCases]:
    """The cases of each order, from its dispute and refund events (by order, oldest first)."""
    for _order_id, events in groupby(rows, key=lambda row: row.order_id):
        yield _order_cases(events)


def _order_cases(events: Iterable[CaseEventRow]) -> OrderCases:
    result: OrderCases | None = None
    running: dict[Any, Case] = {}
    for event in events:
        if result is None:
            result = OrderCases(event.order_id, event.store, event.currency, event.total)
        order_id, line = event.order_id, event.line
        if event.kind == "refund-received":
            given = amount(event.amount)
            value = given if given is not None else _unnamed_refund(result, line)
            result.refunds.append((event.at, value))
        elif event.kind == "dispute-opened":
            case = Case(order_id, event.at, str(event.reason or ""), amount(event.refund), line)
            result.cases.append(case)
            running[line] = case
        else:
            targets = _targets(running, line)
            for case in targets:
                if event.kind == "decided":
                    case.decision = str(event.outcome or "") or None
                    case.awarded = amount(event.amount)
                    case.decided_at = event.at
                else:  # dispute-cancelled: the case ends
                    case.cancelled_at = event.at
                    running = {key: value for key, value in running.items() if value is not case}
    assert result is not None  # groupby never yields an empty group
    return result


def _unnamed_refund(order: OrderCases, line: Any) -> Decimal:
    """A refund recorded without its amount is taken as what the order was waiting for: the
    latest dispute's award (or its claim) for that item, else the whole order; less what came
    back already, never below zero."""
    cases = [case for case in order.cases if line is None or case.line == line]
    expected = Decimal(order.total)
    for case in reversed(cases):
        if case.outcome == LOST or case.outcome == CANCELLED:
            continue
        named = case.awarded if case.awarded is not None else case.claimed
        if named is not None:
            expected = named
        break
    received = sum((value for _stamp, value in order.refunds), Decimal(0))
    return max(expected - received, Decimal(0))


def _targets(running: dict[Any, Case], line: Any) -> list[Case]:
    if line is None:
        return list(running.values())
    if line in running:
        return [running[line]]
    return [running[None]] if None in running else []
