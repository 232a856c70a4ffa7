"""Orders, their lines and tracking numbers: finding, inserting in bulk, changing fields, the
list cache and the search text.

The search text is never written by a caller: whatever changes what it is made of (the store,
the title, the lines, the tracking numbers) marks the order, and the transaction rebuilds the
search text of every marked order right before it commits (see :mod:`app.store.transaction`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.domain.model import LineFacts
from app.store.codec import (
    CACHE_COLUMNS,
    cache_columns,
    db_money,
    db_time,
    event_values,
    from_db_time,
    optional_db_time,
    optional_from_db_time,
    search_text,
)
from app.store.records import LineRecord, NewOrderRecord, OrderRecord

if TYPE_CHECKING:
    from app.domain.deadlines import Evaluation

CHUNK = 500  # ids per "IN (...)" query: well under SQLite's limit of bound parameters

ORDER_COLUMNS = (
    "id, number, marketplace, store, title, currency, total, payment_method, ordered_at, note, "
    "created_at, updated_at, deleted_at, source, source_raw"
)
_INSERT_ORDER = (
    "INSERT INTO orders (id, number, marketplace, store, title, currency, total, payment_method, ordered_at, "
    "note, created_at, updated_at, deleted_at, source, source_raw, items_count, search_text, "
    f"{', '.join(CACHE_COLUMNS)}) VALUES (?, ?, 'aliexpress', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?)"
)
_INSERT_LINE = (
    "INSERT INTO order_lines (order_id, position, title, options, quantity, unit_price, product_id, sku_id, "
    "source_line_id, line_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
LINE_COLUMNS = "position, title, quantity, unit_price, options, product_id, sku_id, source_line_id, line_no"
INSERT_EVENT = "INSERT INTO events (order_id, kind, at, recorded_at, data) VALUES (?, ?, ?, ?, ?)"
_INSERT_TRACKING = "INSERT INTO tracking_numbers (order_id, number, carrier, added_at) VALUES (?, ?, ?, ?)"
_STORE_CACHE = f"UPDATE orders SET {', '.join(f'{c} = ?' for c in CACHE_COLUMNS)} WHERE id = ?"

# The order's own fields a use case may change, and how each is stored.
_TEXT_FIELDS = frozenset(
    {"number", "store", "title", "note", "payment_method", "currency", "source", "source_raw"}
)
_TIME_FIELDS = frozenset({"updated_at", "deleted_at"})
_SEARCHED_FIELDS = frozenset({"number", "store", "title"})


def order_record(row: Sequence[Any], items: Sequence[LineFacts] = ()) -> OrderRecord:
    """An :class:`OrderRecord` from a row of :data:`ORDER_COLUMNS` and the order's items."""
    return OrderRecord(
        row[0], row[1], row[2], row[3], row[4], row[5], Decimal(row[6]), row[7], from_db_time(row[8]),
        row[9], from_db_time(row[10]), from_db_time(row[11]), optional_from_db_time(row[12]), row[13],
        row[14], tuple(items),
    )  # fmt: skip


def line_record(row: Sequence[Any]) -> LineRecord:
    """A :class:`LineRecord` from a row of :data:`LINE_COLUMNS`."""
    return LineRecord(row[0], row[1], row[2], Decimal(row[3]), row[4], row[5], row[6], row[7], row[8])


def line_values(order_id: int, line: LineRecord, line_no: int | None = None) -> tuple[Any, ...]:
    """The stored columns of a line; ``line_no``: its number when not the line's own."""
    return (
        order_id, line.position, line.title, line.options, line.quantity, db_money(line.unit_price),
        line.product_id, line.sku_id, line.source_line_id, line.line_no if line_no is None else line_no,
    )  # fmt: skip


def line_numbers(lines: Sequence[LineRecord]) -> list[int]:
    """The number of each of ``lines``: its own, or for a new one (0) the next free one, in the
    order given."""
    next_no = max((line.line_no for line in lines), default=0) + 1
    result = []
    for line in lines:
        if line.line_no <= 0:
            result.append(next_no)
            next_no += 1
        else:
            result.append(line.line_no)
    return result


def renumbered(old: Sequence[LineRecord], new: Sequence[LineRecord], used: int = 0) -> list[LineRecord]:
    """``new`` lines replacing ``old`` ones keep their numbers: a line matches an old one by its
    source line id, else its product and SKU, else its title and options (each old line once).
    A line that matches none gets the next number after every one in use (``used``: the highest
    number anything else names)."""
    free = list(old)
    keys = (
        lambda ln: ln.source_line_id,
        lambda ln: (ln.product_id, ln.sku_id) if ln.product_id else None,
        lambda ln: (ln.title, ln.options),
    )
    result: list[LineRecord] = []
    for line in new:
        match = None
        for key in keys:
            wanted = key(line)
            if wanted is None:
                continue
            match = next((o for o in free if key(o) == wanted), None)
            if match is not None:
                break
        if match is not None:
            free.remove(match)
            line = replace(line, line_no=match.line_no)
        else:
            line = replace(line, line_no=0)
        result.append(line)
    next_no = max([used, *(ln.line_no for ln in old), *(ln.line_no for ln in result)]) + 1
    final = []
    for line in result:
        if line.line_no <= 0:
            line = replace(line, line_no=next_no)
            next_no += 1
        final.append(line)
    return final


def item_facts(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, list[LineFacts]]:
    """The items of the orders ``ids`` as the rules see them, by order id, in line order."""
    found: dict[int, list[LineFacts]] = {}
    for chunk, marks in chunks(list(ids)):
        for order_id, line_no, title, quantity, unit_price in conn.execute(
            "SELECT order_id, line_no, title, quantity, unit_price FROM order_lines "
            f"WHERE order_id IN ({marks}) ORDER BY order_id, position, id",
            chunk,
        ):
            found.setdefault(order_id, []).append(LineFacts(line_no, title, Decimal(unit_price) * quantity))
    return found


def chunks(ids: Sequence[Any]) -> Iterable[tuple[Sequence[Any], str]]:
    """``ids`` in slices of :data:`CHUNK`, each with its ``?, ?, …`` placeholders."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        yield chunk, ",".join("?" * len(chunk))


@dataclass(frozen=True)
class PreparedOrders:
    """New orders' rows in their stored form, with ids ``after + 1``, ``after + 2``, … (``after``:
    the highest order id as the caller saw it; :meth:`OrderRows.insert_prepared` shifts them past
    orders stored since)."""

    after: int
    count: int
    orders: list[tuple[Any, ...]]
    lines: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]
    tracking: list[tuple[Any, ...]]


def prepare_orders(orders: Sequence[NewOrderRecord], now: datetime, after: int = 0) -> PreparedOrders:
    """The rows :meth:`OrderRows.insert_orders` writes, made without touching the database, with
    ids from ``after + 1`` on."""
    stamp = db_time(now)
    order_rows: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    event_rows: list[tuple[Any, ...]] = []
    tracking_rows: list[tuple[Any, ...]] = []
    # List comprehensions, not generators, feed the row lists: an order has a few rows of each,
    # and a generator per order and table costs more than the list it fills.
    for order_id, order in enumerate(orders, after + 1):
        lines = order.lines
        numbers = [t.number for t in order.tracking]
        order_rows.append(
            (
                order_id, order.number, order.store, order.title, order.currency, db_money(order.total),
                order.payment_method, db_time(order.ordered_at), order.note, stamp, stamp, order.source,
                order.source_raw, sum([line.quantity for line in lines]),
                search_text(order.number, order.store, order.title, [line.title for line in lines], numbers),
                *cache_columns(order.evaluation),
            )
        )  # fmt: skip
        line_rows += [
            line_values(order_id, line, number)
            for line, number in zip(lines, line_numbers(lines), strict=True)
        ]
        recorded = stamp if order.recorded_now else None
        event_rows += [event_values(order_id, event, recorded) for event in order.events]
        if order.tracking:
            tracking_rows += [(order_id, t.number, t.carrier, stamp) for t in order.tracking]
    return PreparedOrders(after, len(orders), order_rows, line_rows, event_rows, tracking_rows)


class OrderRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection
    _search_dirty: set[int]

    # -- finding ----------------------------------------------------------------------------------

    def order(self, number: str) -> OrderRecord | None:
        """The order with this number, in the trash or not."""
        row = self._conn.execute(f"SELECT {ORDER_COLUMNS} FROM orders WHERE number = ?", (number,)).fetchone()
        return None if row is None else order_record(row, item_facts(self._conn, [row[0]]).get(row[0], ()))

    def order_ids(self, numbers: Sequence[str]) -> dict[str, int]:
        """The ids of the orders with these numbers (those that exist)."""
        found: dict[str, int] = {}
        for chunk, marks in chunks(list(dict.fromkeys(numbers))):
            found.update(
                (number, order_id)
                for order_id, number in self._conn.execute(
                    f"SELECT id, number FROM orders WHERE number IN ({marks})", chunk
                )
            )
        return found

    def order_ids_by_tracking(self, numbers: Sequence[str]) -> dict[str, int]:
        """The order each tracking number belongs to (the first one, if several share it)."""
        found: dict[str, int] = {}
        for chunk, marks in chunks(list(dict.fromkeys(numbers))):
            for order_id, number in self._conn.execute(
                f"SELECT order_id, number FROM tracking_numbers WHERE number IN ({marks}) ORDER BY id", chunk
            ):
                found.setdefault(number, order_id)
        return found

    def order_numbers(self) -> set[str]:
        return {number for (number,) in self._conn.execute("SELECT number FROM orders")}

    def lines(self, order_id: int) -> list[LineRecord]:
        return [
            line_record(r)
            for r in self._conn.execute(
                f"SELECT {LINE_COLUMNS} FROM order_lines WHERE order_id = ? ORDER BY position, id",
                (order_id,),
            )
        ]

    def tracking_numbers(self, order_id: int) -> list[str]:
        return [
            number
            for (number,) in self._conn.execute(
                "SELECT number FROM tracking_numbers WHERE order_id = ? ORDER BY id", (order_id,)
            )
        ]

    # -- writing ----------------------------------------------------------------------------------

    def last_order_id(self) -> int:
        """The highest order id in use (0 without orders): new orders' ids follow it."""
        (last,) = self._conn.execute("SELECT max(id) FROM orders").fetchone()
        return int(last or 0)

    def insert_orders(self, orders: Sequence[NewOrderRecord], now: datetime) -> list[int]:
        """Insert new orders with their lines, events, tracking numbers, list cache and search
        text, in bulk (one ``executemany`` per table, values already in their stored form).
        Returns their ids, in the order given."""
        return self.insert_prepared(prepare_orders(orders, now, self.last_order_id()))

    def insert_prepared(self, prepared: PreparedOrders) -> list[int]:
        """:meth:`insert_orders` of rows made beforehand by :func:`prepare_orders` (an import
        makes them before it takes the write lock: the conversion is most of the work)."""
        shift = self.last_order_id() - prepared.after
        for sql, rows in (
            (_INSERT_ORDER, prepared.orders),
            (_INSERT_LINE, prepared.lines),
            (INSERT_EVENT, prepared.events),
            (_INSERT_TRACKING, prepared.tracking),
        ):
            if rows:
                # Orders stored since the rows were made took their ids: shifted past them.
                shifted = rows if shift == 0 else (((row[0] + shift), *row[1:]) for row in rows)
                self._conn.executemany(sql, shifted)
        first = prepared.after + shift + 1
        return list(range(first, first + prepared.count))

    def update_fields(self, order_id: int, fields: Mapping[str, Any]) -> None:
        """Change the order's own fields (``number``, ``store``, ``title``, ``note``,
        ``payment_method``, ``currency``, ``total``, ``source``, ``source_raw``, ``updated_at``,
        ``deleted_at``). A new number must be free: the column is unique."""
        names: list[str] = []
        values: list[Any] = []
        for name, value in fields.items():
            if name in _TEXT_FIELDS:
                values.append(value)
            elif name in _TIME_FIELDS:
                values.append(optional_db_time(value))
            elif name == "total":
                values.append(db_money(value))
            else:
                raise ValueError(f"orders.{name} is not a field a use case changes")
            names.append(name)
        if not names:
            return
        self._conn.execute(
            f"UPDATE orders SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", (*values, order_id)
        )
        if _SEARCHED_FIELDS & fields.keys():
            self._search_dirty.add(order_id)

    def store_cache(self, order_id: int, evaluation: Evaluation) -> None:
        """Write the list cache of one order (its status, deadlines and their span)."""
        self._conn.execute(_STORE_CACHE, (*cache_columns(evaluation), order_id))

    def store_caches(self, evaluations: Mapping[int, Evaluation]) -> None:
        """Write the list cache of many orders at once."""
        self._conn.executemany(
            _STORE_CACHE, [(*cache_columns(evaluation), oid) for oid, evaluation in evaluations.items()]
        )

    def replace_lines(self, order_id: int, lines: Sequence[LineRecord]) -> None:
        """The order's lines become ``lines`` (and its item count their quantities). A line that
        was there before keeps its number (see :func:`renumbered`)."""
        old = self.lines(order_id)
        # A number an event names stays taken even when its line is gone, so it is never reused.
        (named,) = self._conn.execute(
            "SELECT coalesce(max(CAST(json_extract(data, '$.line') AS INTEGER)), 0) FROM events "
            "WHERE order_id = ?",
            (order_id,),
        ).fetchone()
        new = renumbered(old, lines, int(named))
        self._conn.execute("DELETE FROM order_lines WHERE order_id = ?", (order_id,))
        self._conn.executemany(_INSERT_LINE, [line_values(order_id, line) for line in new])
        self._conn.execute(
            "UPDATE orders SET items_count = ? WHERE id = ?", (sum(ln.quantity for ln in lines), order_id)
        )
        self._search_dirty.add(order_id)

    def add_tracking(self, order_id: int, number: str, carrier: str | None, now: datetime) -> bool:
        """Add a tracking number to the order unless it has it already; True when added."""
        known = self._conn.execute(
            "SELECT 1 FROM tracking_numbers WHERE order_id = ? AND number = ?", (order_id, number)
        ).fetchone()
        if known is not None:
            return False
        self._conn.execute(_INSERT_TRACKING, (order_id, number, carrier, db_time(now)))
        self._search_dirty.add(order_id)
        return True

    def has_orders_from(self, source: str) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM orders WHERE source = ? LIMIT 1", (source,)).fetchone()
            is not None
        )

    def remove_orders_from(self, source: str) -> int:
        """Delete (for good, with everything they hold) the orders of one source; the count."""
        return self._conn.execute("DELETE FROM orders WHERE source = ?", (source,)).rowcount

    def _refresh_search_texts(self) -> None:
        """Rebuild the search text of every order marked since the last time."""
        dirty, self._search_dirty = sorted(self._search_dirty), set()
        updates: list[tuple[str, int]] = []
        for chunk, marks in chunks(dirty):
            lines: dict[int, list[str]] = {}
            tracking: dict[int, list[str]] = {}
            for order_id, title in self._conn.execute(
                f"SELECT order_id, title FROM order_lines WHERE order_id IN ({marks}) ORDER BY order_id, position",
                chunk,
            ):
                lines.setdefault(order_id, []).append(title)
            for order_id, number in self._conn.execute(
                f"SELECT order_id, number FROM tracking_numbers WHERE order_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                tracking.setdefault(order_id, []).append(number)
            for order_id, number, store, title in self._conn.execute(
                f"SELECT id, number, store, title FROM orders WHERE id IN ({marks})", chunk
            ):
                text = search_text(number, store, title, lines.get(order_id, []), tracking.get(order_id, []))
                updates.append((text, order_id))
        self._conn.executemany("UPDATE orders SET search_text = ? WHERE id = ?", updates)
