"""The rows of an import: reading the orders an import touches, and writing new ones fast.

New orders go in with plain ``executemany`` on the driver connection of the caller's
transaction, values already in the form the column types store (times as naive UTC text,
money as exact decimal text), so 10,000 rows cost little more than the storage itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from app.domain.model import Event
from app.importers.model import ImportedLine
from app.services import codec
from app.store.tables import EventRow, OrderLineRow, OrderRow, TrackingNumberRow

CHUNK = 500


@dataclass
class Existing:
    id: int
    row: dict[str, Any]
    lines: list[dict[str, Any]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tracking: list[str] = field(default_factory=list)


def ids_by_number(session: Session, numbers: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        for order_id, number in session.execute(
            select(col(OrderRow.id), col(OrderRow.number)).where(col(OrderRow.number).in_(chunk))
        ):
            found[number] = order_id
    return found


def ids_by_tracking(session: Session, numbers: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        for order_id, number in session.execute(
            select(col(TrackingNumberRow.order_id), col(TrackingNumberRow.number)).where(
                col(TrackingNumberRow.number).in_(chunk)
            )
        ):
            found.setdefault(number, order_id)
    return found


_ORDER_COLUMNS = (
    "id", "number", "store", "title", "currency", "total", "payment_method", "ordered_at", "source",
    "source_raw", "deleted_at",
)  # fmt: skip
_LINE_COLUMNS = (
    "order_id",
    "title",
    "quantity",
    "unit_price",
    "options",
    "product_id",
    "sku_id",
    "source_line_id",
)


def load(session: Session, ids: Sequence[int]) -> dict[int, Existing]:
    result: dict[int, Existing] = {}
    orders = OrderRow.__table__.c  # type: ignore[attr-defined]
    lines = OrderLineRow.__table__.c  # type: ignore[attr-defined]
    events = EventRow.__table__.c  # type: ignore[attr-defined]
    tracking = TrackingNumberRow.__table__.c  # type: ignore[attr-defined]
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        for values in session.execute(
            select(*(orders[c] for c in _ORDER_COLUMNS)).where(orders.id.in_(chunk))
        ):
            row = dict(zip(_ORDER_COLUMNS, values, strict=True))
            result[row["id"]] = Existing(row["id"], row)
        for values in session.execute(
            select(*(lines[c] for c in _LINE_COLUMNS))
            .where(lines.order_id.in_(chunk))
            .order_by(lines.order_id, lines.position)
        ):
            line = dict(zip(_LINE_COLUMNS, values, strict=True))
            result[line["order_id"]].lines.append(line)
        for order_id, kind, at, recorded_at, data in session.execute(
            select(events.order_id, events.kind, events.at, events.recorded_at, events.data)
            .where(events.order_id.in_(chunk))
            .order_by(events.id)
        ):
            result[order_id].events.append(codec.decode_event(kind, at, recorded_at, data))
        for order_id, number in session.execute(
            select(tracking.order_id, tracking.number)
            .where(tracking.order_id.in_(chunk))
            .order_by(tracking.id)
        ):
            result[order_id].tracking.append(number)
    return result


def line_row(order_id: int, position: int, line: ImportedLine) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "position": position,
        "title": line.title,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "options": line.options,
        "product_id": line.product_id,
        "sku_id": line.sku_id,
        "source_line_id": line.source_line_id,
    }


def event_row(order_id: int, event: Event) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "kind": event.kind.value,
        "at": event.at,
        "recorded_at": event.recorded_at,
        "data": codec.encode_data(dict(event.data)),
    }


def raw_json(parts: dict[str, Any]) -> str:
    return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))


def parts_of(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@lru_cache(maxsize=65536)
def db_time(when: datetime) -> str:
    """A time as ``UTCDateTime`` stores it in SQLite: naive UTC, microseconds (remembered:
    an import's events share their times)."""
    return when.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


_INSERT_ORDER = (
    "INSERT INTO orders (id, number, marketplace, store, title, currency, total, payment_method, ordered_at, "
    "note, created_at, updated_at, deleted_at, source, source_raw, items_count, search_text, status, "
    "next_deadline_kind, next_deadline_due, deadlines_json, cache_valid_from, cache_valid_until) "
    "VALUES (?, ?, 'aliexpress', ?, ?, ?, ?, ?, ?, '', ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_LINE = (
    "INSERT INTO order_lines (order_id, position, title, options, quantity, unit_price, product_id, sku_id, "
    "source_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_EVENT = "INSERT INTO events (order_id, kind, at, recorded_at, data) VALUES (?, ?, ?, ?, ?)"
_INSERT_TRACKING = "INSERT INTO tracking_numbers (order_id, number, carrier, added_at) VALUES (?, ?, ?, ?)"


@dataclass
class NewRows:
    """Rows of new orders, as tuples in the column order of the INSERTs above."""

    orders: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    tracking: list[tuple[Any, ...]] = field(default_factory=list)

    def add_order(self, order_id: int, values: dict[str, Any], now: datetime) -> None:
        stamp = db_time(now)
        self.orders.append(
            (
                order_id, values["number"], values["store"], values["title"], values["currency"],
                str(values["total"]), values["payment_method"], db_time(values["ordered_at"]), stamp, stamp,
                values["source"], values["source_raw"], values["items_count"], values["search_text"],
                values["status"], values["next_deadline_kind"], values["next_deadline_due"],
                values["deadlines_json"], values["cache_valid_from"], values["cache_valid_until"],
            )
        )  # fmt: skip

    def add_line(self, order_id: int, position: int, line: ImportedLine) -> None:
        self.lines.append(
            (
                order_id, position, line.title, line.options, line.quantity, str(line.unit_price),
                line.product_id, line.sku_id, line.source_line_id,
            )
        )  # fmt: skip

    def add_event(self, order_id: int, event: Event) -> None:
        self.events.append(
            (
                order_id,
                event.kind.value,
                db_time(event.at),
                db_time(event.recorded_at),
                codec.encode_data(dict(event.data)) if event.data else "{}",
            )
        )

    def add_tracking(self, order_id: int, number: str, now: datetime) -> None:
        self.tracking.append((order_id, number, None, db_time(now)))

    def write(self, session: Session) -> None:
        """Insert everything in the session's open transaction (nothing is committed here)."""
        connection = session.connection()
        for sql, rows in (
            (_INSERT_ORDER, self.orders),
            (_INSERT_LINE, self.lines),
            (_INSERT_EVENT, self.events),
            (_INSERT_TRACKING, self.tracking),
        ):
            if rows:
                connection.exec_driver_sql(sql, rows)  # one executemany
