"""Which deadlines ask the buyer to act: the one table behind urgency colours, "Needs attention",
the money "at risk" and the urgency the command line shows.

Some deadlines are the buyer's: protection ends, the dispute window closes, the return must
ship. Others are waiting periods that run out by themselves while the buyer has nothing to do:
the payment check, a cancellation the seller may still approve, the seller's time to ship or to
answer a dispute. Colouring those red and counting them "at risk" would cry wolf, so they get a
neutral look. A refund that should have arrived is a waiting period until its date passes;
after that the buyer has to chase it (support, the bank), so an overdue one asks to act.

Standard library and the domain's vocabulary only: the order list reads this before its first
paint.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.model import CRITICAL, DeadlineKind, Urgency, urgency_for_seconds

D = DeadlineKind


class Asks(StrEnum):
    ACT = "act"  # the buyer must do something by then, or lose money or a right
    WAIT = "wait"  # a waiting period: it runs out by itself, nothing for the buyer to do
    CHASE_WHEN_OVERDUE = "chase"  # waiting until then; once it has passed, the buyer chases it


DEADLINE_ASKS: dict[DeadlineKind, Asks] = {
    D.UNPAID_AUTOCLOSE: Asks.WAIT,  # an unpaid order closes by itself, with no penalty
    D.PAYMENT_CHECK_ENDS: Asks.WAIT,
    D.SHIP_BY: Asks.WAIT,  # the seller's deadline: if missed, the money comes back by itself
    D.CANCEL_AUTO_APPROVE: Asks.WAIT,  # the seller's silence approves the request
    D.REQUEST_EXTENSION_BY: Asks.ACT,
    D.PROTECTION_ENDS: Asks.ACT,
    D.NOT_RECEIVED_DISPUTE_OPENS: Asks.WAIT,  # a possibility opening, nothing to miss
    D.DISPUTE_WINDOW_ENDS: Asks.ACT,
    D.SELLER_RESPONSE_DUE: Asks.WAIT,  # the seller's deadline: silence lets the refund through
    D.ESCALATION: Asks.WAIT,  # the platform steps in by itself
    D.RETURN_SHIP_BY: Asks.ACT,
    D.REFUND_EXPECTED_BY: Asks.CHASE_WHEN_OVERDUE,
    D.PAYPAL_DISPUTE_ENDS: Asks.ACT,
    D.CHARGEBACK_WINDOW_ENDS: Asks.ACT,
    D.DECISION_EXPECTED_BY: Asks.CHASE_WHEN_OVERDUE,  # the platform's answer; late, ask support
    D.APPEAL_WINDOW_ENDS: Asks.ACT,  # the one appeal after a rejection
}

_ASKS_BY_NAME = {kind.value: asks for kind, asks in DEADLINE_ASKS.items()}
ACTING_KINDS: tuple[str, ...] = tuple(k for k, a in _ASKS_BY_NAME.items() if a is Asks.ACT)
CHASED_KINDS: tuple[str, ...] = tuple(k for k, a in _ASKS_BY_NAME.items() if a is Asks.CHASE_WHEN_OVERDUE)
_CRITICAL_SECONDS = int(CRITICAL.total_seconds())


def asks_to_act(kind: DeadlineKind | str | None, left_seconds: int) -> bool:
    """Whether a deadline of ``kind`` with ``left_seconds`` to go asks the buyer to do something.
    A kind this table doesn't know (a newer app's cache) counts as asking, so nothing is hidden."""
    asks = _ASKS_BY_NAME.get(str(kind) if kind is not None else "", Asks.ACT)
    if asks is Asks.CHASE_WHEN_OVERDUE:
        return left_seconds < 0
    return asks is Asks.ACT


def shown_urgency(kind: DeadlineKind | str | None, left_seconds: int) -> Urgency | None:
    """The urgency to show (colour, mark) for a deadline; None for a waiting period, which gets
    a neutral look whatever the time left."""
    return urgency_for_seconds(left_seconds) if asks_to_act(kind, left_seconds) else None


def needs_attention(kind: str | None, due: int | None, now: int) -> bool:
    """A deadline (epoch seconds) that asks the buyer to act and is overdue or within 48 hours:
    the "Needs attention" view, the status line's count and the money at risk."""
    if due is None:
        return False
    left = due - now
    return left <= _CRITICAL_SECONDS and asks_to_act(kind, left)


def needs_attention_sql(kind: str, due: str, now: str) -> str:
    """:func:`needs_attention` as an SQL condition over the columns (or parameters) named."""

    def listed(kinds: tuple[str, ...]) -> str:
        return ", ".join(f"'{k}'" for k in kinds)

    return (
        f"({due} <= {now} + {_CRITICAL_SECONDS} AND ({kind} IN ({listed(ACTING_KINDS)})"
        f" OR ({kind} IN ({listed(CHASED_KINDS)}) AND {due} < {now})"
        f" OR {kind} NOT IN ({listed(tuple(_ASKS_BY_NAME))})))"
    )
