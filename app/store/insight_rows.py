"""Reads for the statistics and the stores ledger, and the buyer's store notes and exchange
rates.

The reads hand out stored text (times as stored, money as decimal text): the statistics add
tens of thousands of amounts, and parsing each into a datetime costs more than the query. A
stored time's text sorts as its instant does, so periods and months are compared as text.
Money is summed in Python as ``Decimal`` by the caller; SQLite would sum it as floats.

What costs most at that size is not SQLite but handing rows to Python: a tuple and an object
per value. So the reads group in SQLite where the sums allow it (the payments come as a few
texts per currency, the orders as one row per store), leave out what a caller does not use
(the ledger's disputes carry no money), and hand out plain tuples rather than named ones.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from app.domain.stores import StoreMark
from app.store.codec import db_time

if TYPE_CHECKING:
    from app.domain.rates import Rate

# Kinds the statistics read from the timelines (names of the model's event kinds).
ARRIVED_KINDS = ("delivered", "received")
CASE_KINDS = ("dispute-opened", "dispute-cancelled", "decided", "refund-received")
DISPUTE_KINDS = CASE_KINDS[:3]  # what decides a dispute's outcome


# Plain tuples for the rows read by the ten thousand (a named tuple per row costs more than
# the query's own work at that size).

StoreRow = tuple[str, int, str, str | None]
"""The orders (not in the trash) of one store text: ``(store, orders, latest ordered_at, the
paid orders' currencies and totals as one text, "USD 18.10 EUR 9.99 USD 3.00", or None)``."""

StoreGroupRow = tuple[str, str, int, str, str | None]
"""The same for one store text in one currency: ``(store, currency, orders, latest ordered_at,
the paid orders' totals joined by spaces or None)``."""


PaidRow = tuple[int, str, str, str]
"""An order not in the trash and its first payment: ``(order_id, currency, total, paid_at)``."""

Payments = dict[str, tuple[list[str], list[str], list[str]]]
"""The first payments of the orders not in the trash, by currency: their times, the orders'
totals and the orders' ids, as texts in three lists in the same order (in no order of time)."""

ArrivalRow = tuple[int, str, float, str]
"""A parcel that arrived: ``(order_id, arrived_at, days, store)``: the first of delivered /
received, and the days since the first shipment (a duration, not money: a float is fine)."""

CaseEvent = tuple[int, str, str, str, str, str, Any, Any, Any, Any, Any]
"""A dispute or refund event as the store hands it: a plain tuple in the order of
:class:`CaseEventRow`'s fields."""

DisputeEvent = tuple[int, str, str, str, Any, Any]
"""An event that opens, decides or cancels a dispute: ``(order_id, store, kind, at, line,
outcome)``; the outcome of decisions only."""


class CaseEventRow(NamedTuple):
    """A dispute or refund event of an order not in the trash, with the order's money and the
    payload fields the statistics read (taken out of the JSON by SQLite). The store hands out
    plain tuples in this order (:data:`CaseEvent`)."""

    order_id: int
    store: str
    currency: str
    total: str
    kind: str
    at: str
    line: object  # the item (``--line``), None for the whole order
    amount: object  # refund-received, decided
    reason: object  # dispute-opened
    refund: object  # dispute-opened: the refund asked for
    outcome: object  # decided


def _first(kinds: tuple[str, ...]) -> str:
    """Each order's first event of ``kinds``: one range of ix_events_kind_order_id_at per kind."""
    marks = ", ".join(f"'{kind}'" for kind in kinds)
    return f"SELECT order_id, min(at) AS at FROM events WHERE kind IN ({marks}) GROUP BY order_id"


def _span(column: str, low: str | None, high: str | None) -> tuple[str, tuple[str, ...]]:
    where, params = "", cast("tuple[str, ...]", ())
    if low is not None:
        where, params = f" AND {column} >= ?", (low,)
    if high is not None:
        where, params = f"{where} AND {column} < ?", (*params, high)
    return where, params


# The payments with their orders' money, one row per currency: texts joined in the same
# aggregate step, so their items pair up. Every payment: an order paid twice is rare, and
# grouping the payments by order to find each one's first costs as much as the rest of the
# query, so :meth:`InsightRows.payments` keeps the first in Python.
_PAID = """
SELECT o.currency, group_concat(p.at, ','), group_concat(o.total, ','), group_concat(o.id, ',')
FROM events AS p JOIN orders AS o ON o.id = p.order_id
WHERE p.kind = 'paid' AND o.deleted_at IS NULL GROUP BY o.currency"""

# The days from the first shipment to the first arrival: the first of the shipments up to the
# arrival, so an arrival before any shipment gives NULL (left out). One index entry per parcel
# costs less than grouping every shipment by order and joining.
_ARRIVALS = f"""
SELECT a.order_id, a.at, julianday(a.at) - julianday((
    SELECT s.at FROM events AS s
    WHERE s.kind = 'shipped' AND s.order_id = a.order_id AND s.at <= a.at ORDER BY s.at LIMIT 1
)), o.store
FROM ({_first(ARRIVED_KINDS)}) AS a JOIN orders AS o ON o.id = a.order_id
WHERE o.deleted_at IS NULL"""

# Grouped by SQLite: handing 50,000 rows to Python costs more than grouping them there. By store
# text only (a few groups per store by currency would cost a third more); the paid orders'
# currencies and totals travel as one text, split and added up as Decimal by the caller.
_STORES = """
SELECT o.store, count(*), max(o.ordered_at), group_concat(
    CASE WHEN o.id IN (SELECT order_id FROM events WHERE kind = 'paid') THEN o.currency || ' ' || o.total END, ' ')
FROM orders AS o WHERE o.deleted_at IS NULL GROUP BY o.store"""

_FINGERPRINT = """
SELECT (SELECT max(id) FROM events), (SELECT count(*) FROM events),
       (SELECT max(id) FROM orders), (SELECT count(*) FROM orders WHERE deleted_at IS NULL)"""

_CASE_EVENTS = f"""
SELECT e.order_id, o.store, o.currency, o.total, e.kind, e.at, json_extract(e.data, '$.line'),
       json_extract(e.data, '$.amount'), json_extract(e.data, '$.reason'), json_extract(e.data, '$.refund'),
       json_extract(e.data, '$.outcome')
FROM events AS e
JOIN orders AS o ON o.id = e.order_id
WHERE o.deleted_at IS NULL AND e.kind IN ({", ".join(f"'{kind}'" for kind in CASE_KINDS)})
ORDER BY e.order_id, e.at, e.id"""

_DISPUTE_EVENTS = f"""
SELECT e.order_id, o.store, e.kind, e.at, json_extract(e.data, '$.line'),
       CASE e.kind WHEN 'decided' THEN json_extract(e.data, '$.outcome') END
FROM events AS e
JOIN orders AS o ON o.id = e.order_id
WHERE o.deleted_at IS NULL AND e.kind IN ({", ".join(f"'{kind}'" for kind in DISPUTE_KINDS)})
ORDER BY e.order_id, e.at, e.id"""


def _first_payments(
    times: list[str], totals: list[str], ids: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """Each order's first payment only, when some order was paid more than once."""
    if len(set(ids)) == len(ids):
        return times, totals, ids
    first: dict[str, int] = {}  # an order's id -> the index of its first payment
    for index, (stamp, order_id) in enumerate(zip(times, ids, strict=True)):
        earlier = first.get(order_id)
        if earlier is None or stamp < times[earlier]:
            first[order_id] = index
    kept = sorted(first.values())
    return [times[i] for i in kept], [totals[i] for i in kept], [ids[i] for i in kept]


class InsightRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def insight_fingerprint(self) -> tuple[object, ...]:
        """Changes whenever what the statistics read may have: every change to an order records
        an event (edits, trash and restore included), and orders only come and go with theirs."""
        return tuple(self._conn.execute(_FINGERPRINT).fetchone())

    def store_rows(self) -> list[StoreRow]:
        """The orders not in the trash, grouped by store text."""
        return cast("list[StoreRow]", self._conn.execute(_STORES).fetchall())

    def payments(self) -> Payments:
        """The first payment of every order not in the trash, by currency."""
        return {
            currency: _first_payments(times.split(","), totals.split(","), ids.split(","))
            for currency, times, totals, ids in self._conn.execute(_PAID)
        }

    def arrival_rows(self, low: str | None = None, high: str | None = None) -> list[ArrivalRow]:
        """The parcels (orders not in the trash) that arrived from ``low`` until ``high``, after a
        shipment."""
        where, params = _span("a.at", low, high)
        return [row for row in self._conn.execute(_ARRIVALS + where, params) if row[2] is not None]

    def case_events(self) -> list[CaseEvent]:
        """The dispute and refund events of the orders not in the trash, by order, oldest first."""
        return self._conn.execute(_CASE_EVENTS).fetchall()

    def dispute_events(self) -> list[DisputeEvent]:
        """What the ledger counts: the events that open, decide or cancel a dispute, of the
        orders not in the trash, by order, oldest first (no refunds, no money)."""
        return self._conn.execute(_DISPUTE_EVENTS).fetchall()

    # -- the buyer's notes on stores -------------------------------------------------------------

    def store_marks(self) -> dict[str, StoreMark]:
        """Every store the buyer wrote about, by store key."""
        return {
            key: StoreMark(name, note, bool(avoid))
            for key, name, note, avoid in self._conn.execute("SELECT key, name, note, avoid FROM store_notes")
        }

    def set_store_mark(self, key: str, mark: StoreMark, now: datetime) -> None:
        """Keep the note and flag of the store ``key``; an empty note without the flag removes it."""
        if not mark.note and not mark.avoid:
            self._conn.execute("DELETE FROM store_notes WHERE key = ?", (key,))
            return
        self._conn.execute(
            "INSERT INTO store_notes (key, name, note, avoid, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, note = excluded.note, "
            "avoid = excluded.avoid, updated_at = excluded.updated_at",
            (key, mark.name, mark.note, int(mark.avoid), db_time(now)),
        )

    # -- exchange rates ---------------------------------------------------------------------------

    def exchange_rates(self) -> list[Rate]:
        # Deferred: the store opens before the window's first paint, the rates are read later.
        from app.domain.rates import Rate

        return [
            Rate(currency, home, date.fromisoformat(day), Decimal(rate))
            for currency, home, day, rate in self._conn.execute(
                "SELECT currency, home, valid_from, rate FROM exchange_rates ORDER BY home, currency, valid_from"
            )
        ]

    def set_exchange_rate(self, rate: Rate, now: datetime) -> None:
        self._conn.execute(
            "INSERT INTO exchange_rates (currency, home, valid_from, rate, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(currency, home, valid_from) DO UPDATE SET rate = excluded.rate, "
            "updated_at = excluded.updated_at",
            (rate.currency, rate.home, rate.valid_from.isoformat(), str(rate.rate), db_time(now)),
        )

    def remove_exchange_rate(self, currency: str, home: str, valid_from: date) -> bool:
        cursor = self._conn.execute(
            "DELETE FROM exchange_rates WHERE currency = ? AND home = ? AND valid_from = ?",
            (currency, home, valid_from.isoformat()),
        )
        return cursor.rowcount > 0
