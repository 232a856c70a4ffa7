"""Timelines: appending events and reading them back, one order or many at a time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from app.domain.model import Event, EventKind
from app.store.codec import decode_event, event_values
from app.store.order_rows import (
    INSERT_EVENT,
    LINE_COLUMNS,
    ORDER_COLUMNS,
    chunks,
    item_facts,
    line_record,
    order_record,
)
from app.store.records import OrderRecord, StoredOrder


class EventRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def append_events(self, order_id: int, events: Sequence[Event]) -> None:
        """Add events to the order's timeline (the caller validated them and refreshes the
        order's list cache in the same transaction)."""
        self._conn.executemany(INSERT_EVENT, [event_values(order_id, event) for event in events])

    def last_event_ids(self, order_ids: Sequence[int]) -> dict[int, int]:
        """The newest event id of each order (what changes whenever anything about it does)."""
        found: dict[int, int] = {}
        for chunk, marks in chunks(list(order_ids)):
            found.update(
                (int(oid), int(eid))
                for oid, eid in self._conn.execute(
                    f"SELECT order_id, max(id) FROM events WHERE order_id IN ({marks}) GROUP BY order_id",
                    tuple(chunk),
                )
            )
        return found

    def max_event_id(self) -> int:
        """The newest event's id (0 with none): grows with every event anyone records."""
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])

    def events(self, order_id: int) -> list[Event]:
        """The order's events in the order they were recorded."""
        return [
            decode_event(*row)
            for row in self._conn.execute(
                "SELECT kind, at, recorded_at, data FROM events WHERE order_id = ? ORDER BY id", (order_id,)
            )
        ]

    def latest_event_id(self, order_id: int, kind: EventKind) -> int | None:
        """The id of the order's latest event of this kind (latest ``at``, then latest recorded)."""
        row = self._conn.execute(
            "SELECT id FROM events WHERE order_id = ? AND kind = ? ORDER BY at DESC, id DESC LIMIT 1",
            (order_id, kind.value),
        ).fetchone()
        return None if row is None else int(row[0])

    def timelines(self, ids: Sequence[int]) -> Iterator[tuple[OrderRecord, list[Event]]]:
        """Each existing order of ``ids`` with its events, ordered by id; 500 orders a query."""
        for chunk, marks in chunks(list(ids)):
            events: dict[int, list[Event]] = {order_id: [] for order_id in chunk}
            for order_id, *row in self._conn.execute(
                f"SELECT order_id, kind, at, recorded_at, data FROM events WHERE order_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                events[order_id].append(decode_event(*row))
            items = item_facts(self._conn, chunk)
            for row in self._conn.execute(
                f"SELECT {ORDER_COLUMNS} FROM orders WHERE id IN ({marks}) ORDER BY id", chunk
            ).fetchall():
                yield order_record(row, items.get(row[0], ())), events[row[0]]

    def stored_orders(self, ids: Sequence[int]) -> dict[int, StoredOrder]:
        """The orders ``ids`` with their lines, events and tracking numbers."""
        result: dict[int, StoredOrder] = {}
        for chunk, marks in chunks(list(ids)):
            rows = self._conn.execute(f"SELECT {ORDER_COLUMNS} FROM orders WHERE id IN ({marks})", chunk)
            orders = {row[0]: row for row in rows}
            for order_id, *r in self._conn.execute(
                f"SELECT order_id, {LINE_COLUMNS} FROM order_lines WHERE order_id IN ({marks}) "
                "ORDER BY order_id, position, id",
                chunk,
            ):
                result.setdefault(order_id, StoredOrder(order_record(orders[order_id]))).lines.append(
                    line_record(r)
                )
            for order_id, row in orders.items():
                stored = result.setdefault(order_id, StoredOrder(order_record(row)))
                stored.order = order_record(row, tuple(line.facts for line in stored.lines))
            for order_id, *r in self._conn.execute(
                f"SELECT order_id, kind, at, recorded_at, data FROM events WHERE order_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                result[order_id].events.append(decode_event(*r))
            for order_id, number in self._conn.execute(
                f"SELECT order_id, number FROM tracking_numbers WHERE order_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                result[order_id].tracking.append(number)
        return result
