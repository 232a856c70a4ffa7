"""One dispute of an order: about one item (``line``) or the whole order, and where it stands
by its events alone. ``lifecycle`` keeps an order's disputes in its ``History``; time is applied
by ``deadlines``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.domain.model import Event, EventKind, OrderFacts

K = EventKind


class CaseStage(StrEnum):
    """Where one dispute stands by its events alone (time is applied by ``deadlines``)."""

    OPEN = "open"
    ESCALATED = "escalated"  # escalated, or appealed
    DECIDED = "decided"  # decided against the buyer (an appeal is possible for a while)
    RETURN = "return"  # decided (or agreed) with a return of the item
    REFUND_PENDING = "refund_pending"
    REFUNDED = "refunded"
    CANCELLED = "cancelled"  # by the buyer


# A case in these stages keeps the order "in dispute"; in these it may still bring money back.
IN_DISPUTE = frozenset({CaseStage.OPEN, CaseStage.ESCALATED, CaseStage.DECIDED, CaseStage.RETURN})
LIVE = IN_DISPUTE | {CaseStage.REFUND_PENDING}


@dataclass(frozen=True)
class Dispute:
    """One dispute: about one item of the order (``line``) or, with ``line`` None, the whole
    order (the same case for every item, e.g. a parcel that never came)."""

    opened_at: datetime
    reason: str
    refund: Decimal | None
    wants_return: bool
    line: int | None = None
    responded_at: datetime | None = None
    offer: Decimal | None = None
    escalated_at: datetime | None = None
    decided_at: datetime | None = None
    outcome: str | None = None
    decided_amount: Decimal | None = None
    decided_return: bool = False  # the decision (or the accepted proposal) includes a return
    appealed_at: datetime | None = None
    stage: CaseStage = CaseStage.OPEN
    cancelled_at: datetime | None = None
    refund_from: datetime | None = None  # a refund was issued (the money is on its way)
    issued_amount: Decimal | None = None
    refund_received: Decimal = Decimal(0)

    def overlaps(self, line: int | None) -> bool:
        """Whether this case is about ``line`` (None: about any item, i.e. the whole order)."""
        return self.line is None or line is None or self.line == line

    @property
    def in_dispute(self) -> bool:
        return self.stage in IN_DISPUTE


def scope_amount(facts: OrderFacts, line: int | None) -> Decimal:
    """What an item (or, with None, the whole order) cost."""
    item = facts.line(line) if line is not None else None
    return item.amount if item is not None else facts.total


def expected_refund(dispute: Dispute, facts: OrderFacts) -> Decimal:
    """What a dispute's refund comes to: the decided amount, the amount issued, the refund asked
    for, or else everything the dispute is about."""
    scope = scope_amount(facts, dispute.line)
    if dispute.outcome == "partial" and dispute.decided_amount is not None:
        return dispute.decided_amount
    if dispute.outcome == "full":
        return scope
    if dispute.issued_amount is not None:
        return dispute.issued_amount
    if dispute.refund is not None:
        return dispute.refund
    return scope


def case_event(d: Dispute, event: Event) -> Dispute:
    kind, data, at = event.kind, event.data, event.at
    if kind is K.DISPUTE_CANCELLED:
        return replace(d, stage=CaseStage.CANCELLED, cancelled_at=at)
    if kind is K.SELLER_RESPONDED:
        return replace(d, responded_at=at, offer=_amount(data.get("offer")))
    if kind is K.ESCALATED:
        return replace(d, stage=CaseStage.ESCALATED, escalated_at=at)
    if kind is K.DECIDED:
        outcome = str(data.get("outcome"))
        # Only a full refund comes with a return; a partial one means the buyer keeps the item.
        with_return = outcome == "full" and (bool(data.get("return")) or d.wants_return)
        if outcome == "rejected":
            stage = CaseStage.DECIDED
        elif with_return:
            stage = CaseStage.RETURN
        else:
            stage = CaseStage.REFUND_PENDING
        return replace(
            d,
            decided_at=at,
            outcome=outcome,
            decided_amount=_amount(data.get("amount")),
            decided_return=with_return,
            stage=stage,
            refund_from=at if stage is CaseStage.REFUND_PENDING else None,
        )
    # appealed: the platform looks at the case again
    return replace(d, stage=CaseStage.ESCALATED, appealed_at=at, refund_from=None)


def _amount(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))
