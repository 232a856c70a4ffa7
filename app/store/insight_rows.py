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
from typing import NamedTuple, cast

from app.domain.rates import Rate
from app.domain.stores import StoreMark
from app.store.codec import db_time

# Kinds the statistics read from the timelines (names of the model's event kinds).
ARRIVED_KINDS = ("delivered", "received")
CASE_KINDS = ("dispute-opened", "dispute-cancelled", "decided", "refund-received")


# Plain tuples for the rows read by the ten thousand (a named tuple per row costs more than
# the query's own work at that size).

StoreGroupRow = tuple[str, str, int, str, str | None]
"""The orders (not in the trash) of one store text in one currency: ``(store, currency, orders,
latest ordered_at, the paid orders' totals joined by spaces or None)``."""


PaidRow = tuple[int, str, str, str]
"""An order not in the trash and its first payment: ``(order_id, currency, total, paid_at)``."""

ArrivalRow = tuple[int, str, float, str]
"""A parcel that arrived: ``(order_id, arrived_at, days, store)``: the first of delivered /
received, and the days since the first shipment (a duration, not money: a float is fine)."""


class CaseEventRow(NamedTuple):
    """A dispute or refund event of an order not in the trash, with the order's money and the
    payload fields the statistics read (taken out of the JSON by SQLite)."""

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
    """Each order's first event of ``kinds``: one range of ix_events_kind_order_id_at per kind,
    read in order_id order (no sort)."""
    marks = ", ".join(f"'{kind}'" for kind in kinds)
    return f"SELECT order_id, min(at) AS at FROM events WHERE kind IN ({marks}) GROUP BY order_id"


def _span(column: str, low: str | None, high: str | None) -> tuple[str, tuple[str, ...]]:
    where, params = "", cast("tuple[str, ...]", ())
    if low is not None:
        where, params = f" AND {column} >= ?", (low,)
    if high is not None:
        where, params = f"{where} AND {column} < ?", (*params, high)
    return where, params


_PAID = f"""
SELECT p.order_id, o.currency, o.total, p.at FROM ({_first(("paid",))}) AS p
JOIN orders AS o ON o.id = p.order_id WHERE o.deleted_at IS NULL"""

_ARRIVALS = f"""
SELECT a.order_id, a.at, julianday(a.at) - julianday(s.at), o.store FROM ({_first(ARRIVED_KINDS)}) AS a
JOIN orders AS o ON o.id = a.order_id
JOIN ({_first(("shipped",))}) AS s ON s.order_id = a.order_id
WHERE o.deleted_at IS NULL AND a.at >= s.at"""

# Grouped by SQLite: handing 50,000 rows to Python costs more than grouping them there. The
# totals travel as text joined by spaces and are added up as Decimal by the caller.
_STORE_GROUPS = """
SELECT o.store, o.currency, count(*), max(o.ordered_at),
       group_concat(CASE WHEN o.id IN (SELECT order_id FROM events WHERE kind = 'paid') THEN o.total END, ' ')
FROM orders AS o WHERE o.deleted_at IS NULL GROUP BY o.store, o.currency"""

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


class InsightRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def insight_fingerprint(self) -> tuple[object, ...]:
        """Changes whenever what the statistics read may have: every change to an order records
        an event (edits, trash and restore included), and orders only come and go with theirs."""
        return tuple(self._conn.execute(_FINGERPRINT).fetchone())

    def store_groups(self) -> list[StoreGroupRow]:
        """The orders not in the trash, grouped by store text and currency."""
        return cast("list[StoreGroupRow]", self._conn.execute(_STORE_GROUPS).fetchall())

    def paid_rows(self, low: str | None = None, high: str | None = None) -> list[PaidRow]:
        """The orders (not in the trash) first paid from stored time ``low`` until ``high``."""
        where, params = _span("p.at", low, high)
        return cast("list[PaidRow]", self._conn.execute(_PAID + where, params).fetchall())

    def arrival_rows(self, low: str | None = None, high: str | None = None) -> list[ArrivalRow]:
        """The parcels (orders not in the trash) that arrived from ``low`` until ``high``."""
        where, params = _span("a.at", low, high)
        return cast("list[ArrivalRow]", self._conn.execute(_ARRIVALS + where, params).fetchall())

    def case_events(self) -> list[CaseEventRow]:
        """The dispute and refund events of the orders not in the trash, by order, oldest first."""
        return [CaseEventRow(*row) for row in self._conn.execute(_CASE_EVENTS)]

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
