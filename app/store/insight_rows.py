"""Reads for the statistics and the stores ledger, and the buyer's store notes and exchange
rates.

The reads hand out stored text (times as stored, money as decimal text): the statistics add
tens of thousands of amounts, and parsing each into a datetime costs more than the query. A
stored time's text sorts as its instant does, so periods and months are compared as text.
Money is summed in Python as ``Decimal`` by the caller; SQLite would sum it as floats.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from app.domain.rates import Rate
from app.domain.stores import StoreMark
from app.store.codec import db_time

# Kinds the statistics read from the timelines.
ARRIVED_KINDS = ("delivered", "received")
CASE_KINDS = ("dispute-opened", "dispute-cancelled", "decided", "refund-received")


class OrderFactsRow(NamedTuple):
    """An order (not in the trash) with the times the statistics need, as stored text."""

    id: int
    store: str
    currency: str
    total: str
    ordered_at: str
    paid_at: str | None  # the first payment
    shipped_at: str | None  # the first shipment
    arrived_at: str | None  # the first of delivered / received
    delivery_days: float | None  # arrived - shipped, in days (a duration, not money)


class CaseEventRow(NamedTuple):
    """A dispute or refund event of an order not in the trash, as stored."""

    order_id: int
    kind: str
    at: str
    data: str


_FACTS = f"""
SELECT o.id, o.store, o.currency, o.total, o.ordered_at, e.paid, e.shipped, e.arrived,
       CASE WHEN e.arrived >= e.shipped THEN julianday(e.arrived) - julianday(e.shipped) END
FROM orders AS o LEFT JOIN (
    SELECT order_id,
           min(CASE WHEN kind = 'paid' THEN at END) AS paid,
           min(CASE WHEN kind = 'shipped' THEN at END) AS shipped,
           min(CASE WHEN kind IN {ARRIVED_KINDS!r} THEN at END) AS arrived
    FROM events WHERE kind IN ('paid', 'shipped', {", ".join(repr(k) for k in ARRIVED_KINDS)})
    GROUP BY order_id
) AS e ON e.order_id = o.id
WHERE o.deleted_at IS NULL
"""

_CASE_EVENTS = f"""
SELECT e.order_id, e.kind, e.at, e.data FROM events AS e JOIN orders AS o ON o.id = e.order_id
WHERE o.deleted_at IS NULL AND e.kind IN {CASE_KINDS!r}
ORDER BY e.order_id, e.at, e.id
"""


class InsightRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def order_facts(self) -> list[OrderFactsRow]:
        """Every order not in the trash with its first payment, shipment and arrival."""
        return [OrderFactsRow._make(row) for row in self._conn.execute(_FACTS)]

    def case_events(self) -> list[CaseEventRow]:
        """The dispute and refund events of the orders not in the trash, by order, oldest first."""
        return [CaseEventRow._make(row) for row in self._conn.execute(_CASE_EVENTS)]

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
