"""Plain results the services hand to the CLI and the GUI (no ORM objects leave a service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from app.domain.model import Basis, DeadlineKind, Status, Urgency


@dataclass(frozen=True)
class NewOrder:
    number: str
    store: str
    title: str
    total: Decimal
    currency: str
    ordered_at: datetime | None = None
    paid_at: datetime | None = None
    payment_method: str | None = None
    processing_days: int | None = None
    ship_by: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class NewEvent:
    """An event as the buyer describes it; the service turns it into a timeline entry."""

    kind: str
    at: datetime | None = None
    note: str = ""
    tracking: str | None = None
    carrier: str | None = None
    protection_ends: datetime | None = None
    protection_left: timedelta | None = None
    reason: str | None = None
    refund: Decimal | None = None
    wants_return: bool = False
    offer: Decimal | None = None
    outcome: str | None = None
    amount: Decimal | None = None
    days: int | None = None
    processing_days: int | None = None
    ship_by: datetime | None = None
    line: int | None = None  # the item a dispute or refund is about (None: the whole order)


@dataclass(frozen=True)
class DeadlineView:
    order: str
    kind: DeadlineKind
    due: datetime
    basis: Basis
    left: timedelta
    urgency: Urgency
    action: str
    missing: str | None = None  # an estimate for want of this fact ("processing_time"): enter it


@dataclass(frozen=True)
class OrderListItem:
    order: str
    store: str
    title: str
    total: Decimal
    currency: str
    status: Status
    next_deadline: DeadlineView | None


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    at: datetime
    recorded_at: datetime
    data: dict[str, Any]


@dataclass(frozen=True)
class LineDispute:
    """The dispute an item is in (its own, or the whole order's): its reason and stage
    (``app.domain.case.STAGES``)."""

    reason: str
    state: str
    whole_order: bool = False


@dataclass(frozen=True)
class OrderLineView:
    title: str
    quantity: int
    unit_price: Decimal | None
    options: str
    line: int = 0  # the item's stable number (1, 2, …)
    refunded: Decimal = Decimal(0)  # refunds recorded for this item
    dispute: LineDispute | None = None


@dataclass(frozen=True)
class OrderDetail:
    order: str
    store: str
    title: str
    total: Decimal
    currency: str
    payment_method: str | None
    ordered_at: datetime
    note: str
    status: Status
    in_trash: bool
    lines: tuple[OrderLineView, ...]
    tracking: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    deadlines: tuple[DeadlineView, ...] = field(default_factory=tuple)
    refunded: Decimal = Decimal(0)  # every refund received, for items or the whole order
