"""What the store hands out and takes in: plain, immutable records of rows, in domain types
(aware UTC datetimes, ``Decimal`` money). No row object leaves the store with a connection
attached, so a record stays valid after its transaction ends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from app.domain.model import Event, LineFacts, OrderFacts

if TYPE_CHECKING:
    from app.domain.deadlines import Evaluation


@dataclass(frozen=True)
class OrderRecord:
    """An order's own fields (the list cache is read through the listing queries)."""

    id: int
    number: str
    marketplace: str
    store: str
    title: str
    currency: str
    total: Decimal
    payment_method: str | None
    ordered_at: datetime
    note: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None  # set: in the trash
    source: str | None
    source_raw: str | None
    # The items as the rules see them (number, title, cost), read with the order.
    items: tuple[LineFacts, ...] = ()

    @property
    def facts(self) -> OrderFacts:
        return OrderFacts(
            self.number, self.currency, self.total, self.ordered_at, self.payment_method, self.items
        )

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class LineRecord:
    """One line (product) of an order; ``position`` orders them. ``line_no`` is the item's
    stable number (1, 2, …); 0 on a new line: the store gives it the next free one."""

    position: int
    title: str
    quantity: int
    unit_price: Decimal
    options: str = ""
    product_id: str | None = None
    sku_id: str | None = None
    source_line_id: str | None = None
    line_no: int = 0

    @property
    def facts(self) -> LineFacts:
        return LineFacts(self.line_no, self.title, self.unit_price * self.quantity)


@dataclass(frozen=True)
class Tracking:
    number: str
    carrier: str | None = None


@dataclass
class StoredOrder:
    """An order with everything it holds: what an import compares a file's order with."""

    order: OrderRecord
    lines: list[LineRecord] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tracking: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class NewOrderRecord:
    """An order to insert with its lines, events, tracking numbers and list cache (derived from
    those events by the caller, who knows the rule profile)."""

    number: str
    store: str
    title: str
    currency: str
    total: Decimal
    payment_method: str | None
    ordered_at: datetime
    lines: Sequence[LineRecord]
    events: Sequence[Event]
    evaluation: Evaluation
    tracking: Sequence[Tracking] = ()
    note: str = ""
    source: str | None = None
    source_raw: str | None = None
    # Every event stored as recorded at the insert's time, whatever its ``recorded_at`` says:
    # an import's apply records the events its preview made and checked, without copying them.
    recorded_now: bool = False


@dataclass(frozen=True)
class EvidenceRecord:
    """A photo or video kept for an order (the file itself is under ``evidence/``)."""

    id: int
    order_id: int
    sha256: str
    ext: str
    kind: str  # "image" | "video"
    mime: str
    original_name: str
    size: int
    width: int | None
    height: int | None
    duration_ms: int | None
    captured_at: datetime | None
    caption: str
    dispute_event_id: int | None
    added_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class NewEvidence:
    """What attaching a file stores about it (see :class:`EvidenceRecord`)."""

    sha256: str
    ext: str
    kind: str
    mime: str
    original_name: str
    size: int
    width: int | None
    height: int | None
    duration_ms: int | None
    captured_at: datetime | None
