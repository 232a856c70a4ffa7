"""Reads and writes for the reminders: the orders that may have a deadline to remind (from the
list cache and two indexes made for it, never every order's events or every row) and the
reminders given so far.

Standard library and the domain's vocabulary only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from app.store.codec import cache_holds_sql
from app.store.list_rows import DEMO_SOURCE
from app.store.order_rows import chunks

if TYPE_CHECKING:
    from app.domain.reminders import Given


class ReminderOrder(NamedTuple):
    """What a reminder says about its order."""

    number: str
    store: str
    title: str
    status: str


class GivenReminder(NamedTuple):
    """A reminder to remember as given."""

    order_id: int
    kind: str
    due: int  # UTC epoch seconds
    lead: str
    lead_seconds: int


# The buyer's own orders, out of the trash: sample orders are never reminded.
_REMINDABLE = f"deleted_at IS NULL AND source IS NOT '{DEMO_SOURCE}'"


class ReminderRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def cached_deadline_texts(self, until: int) -> list[tuple[int, str]]:
        """(order id, cached deadlines as stored) of the orders whose next deadline falls by
        ``until`` (epoch seconds): only they can have a deadline by then, since an order's other
        deadlines come after its next one. Read from
        ``ix_orders_deleted_at_next_deadline_due_source_deadlines_json`` alone; decode them with
        :func:`app.store.codec.decode_deadline_lists`."""
        return self._conn.execute(
            "SELECT id, deadlines_json FROM orders "
            "INDEXED BY ix_orders_deleted_at_next_deadline_due_source_deadlines_json "
            f"WHERE {_REMINDABLE} AND next_deadline_due <= ?",
            (until,),
        ).fetchall()

    def reminder_stale_ids(self, at: int, *, thorough: bool = False) -> list[int]:
        """The orders whose cached deadlines ran out by ``at`` or were never worked out: derive
        them again before reminding. Two index ranges; ``thorough`` (for a moment other than
        now) also finds caches made for a later moment, reading every row."""
        if thorough:
            sql = f"SELECT id FROM orders WHERE {_REMINDABLE} AND NOT {cache_holds_sql('?')}"
            return [order_id for (order_id,) in self._conn.execute(sql, (at, at))]
        return [
            order_id
            for (order_id,) in self._conn.execute(
                f"SELECT id FROM orders WHERE {_REMINDABLE} AND cache_valid_until <= ? "
                f"UNION SELECT id FROM orders WHERE {_REMINDABLE} AND status = ''",
                (at,),
            )
        ]

    def reminder_orders(self, ids: Iterable[int]) -> dict[int, ReminderOrder]:
        """Number, store, title and cached status of these orders."""
        found: dict[int, ReminderOrder] = {}
        for chunk, marks in chunks(list(ids)):
            for order_id, *fields in self._conn.execute(
                f"SELECT id, number, store, title, status FROM orders WHERE id IN ({marks})", chunk
            ):
                found[order_id] = ReminderOrder(*fields)
        return found

    def reminders_given_after(self, row: int, since: int) -> tuple[list[tuple[int, str, int, int]], int]:
        """(order id, kind, due, lead seconds) of the reminders remembered after row ``row`` and
        given from epoch second ``since`` on, and the last row read (rows are only ever added:
        a reader can keep what it read and ask for the new ones)."""
        (last,) = self._conn.execute("SELECT max(id) FROM reminders").fetchone()
        if last is None or last <= row:
            return [], row
        rows = self._conn.execute(
            "SELECT order_id, kind, due, lead_seconds FROM reminders WHERE id > ? AND id <= ? AND given_at >= ?",
            (row, last, since),
        ).fetchall()
        return rows, int(last)

    def reminders_given_for(self, order_id: int, kind: str, since: int) -> list[Given]:
        """The reminders given from ``since`` on for this kind of deadline of this order, whatever
        its due time was then (a deadline that moved)."""
        from app.domain.reminders import Given  # deferred: the reminder rules cost start-up time

        return [
            Given(*row)
            for row in self._conn.execute(
                "SELECT due, lead_seconds, given_at FROM reminders WHERE order_id = ? AND kind = ? AND given_at >= ?",
                (order_id, kind, since),
            )
        ]

    def remember_reminders(self, reminders: Sequence[GivenReminder], given_at: int, given_by: str) -> None:
        """Remember these reminders as given at epoch second ``given_at`` (one already remembered
        stays as it was)."""
        self._conn.executemany(
            "INSERT OR IGNORE INTO reminders (order_id, kind, due, lead, lead_seconds, given_at, given_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*reminder, given_at, given_by) for reminder in reminders],
        )

    def count_reminders(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM reminders").fetchone()[0])
