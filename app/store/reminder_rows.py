"""Reads and writes for the reminders: the orders that may have a deadline to remind (from the
list cache, never every order's events) and the reminders given so far.

Standard library and the domain's vocabulary only.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from app.domain.reminders import Given
from app.domain.timeutil import epoch
from app.store.codec import cache_holds_sql, db_time, from_db_time
from app.store.list_rows import DEMO_SOURCE
from app.store.order_rows import chunks


class ReminderCandidate(NamedTuple):
    """An order that may have a deadline to remind, with its cached deadlines."""

    id: int
    number: str
    store: str
    title: str
    status: str
    deadlines_json: str
    holds: bool  # whether the cached deadlines hold at the time asked; else derive them again


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

    def reminder_candidates(self, at: int, horizon: int) -> list[ReminderCandidate]:
        """The orders whose next deadline falls before ``horizon`` (epoch seconds; an order's
        other deadlines come after its next one), and those whose cache doesn't hold at ``at``
        (what they list may have changed since). Ordered by next deadline."""
        holds = cache_holds_sql("?")
        return [
            ReminderCandidate(*row)
            for row in self._conn.execute(
                f"SELECT id, number, store, title, status, deadlines_json, {holds} FROM orders "
                f"WHERE {_REMINDABLE} AND (next_deadline_due <= ? OR NOT {holds}) "
                "ORDER BY next_deadline_due",
                (at, at, horizon, at, at),
            )
        ]

    def reminders_given(self, order_ids: Iterable[int]) -> dict[tuple[int, str], list[Given]]:
        """The reminders given so far for these orders, by (order id, deadline kind)."""
        given: dict[tuple[int, str], list[Given]] = defaultdict(list)
        for chunk, marks in chunks(list(order_ids)):
            for order_id, kind, due, lead_seconds, given_at in self._conn.execute(
                "SELECT order_id, kind, due, lead_seconds, given_at FROM reminders "
                f"WHERE order_id IN ({marks})",
                chunk,
            ):
                given[(order_id, kind)].append(Given(due, lead_seconds, epoch(from_db_time(given_at))))
        return dict(given)

    def remember_reminders(
        self, reminders: Sequence[GivenReminder], given_at: datetime, given_by: str
    ) -> None:
        """Remember these reminders as given (one already remembered stays as it was)."""
        when = db_time(given_at)
        self._conn.executemany(
            "INSERT OR IGNORE INTO reminders (order_id, kind, due, lead, lead_seconds, given_at, given_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*reminder, when, given_by) for reminder in reminders],
        )

    def count_reminders(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM reminders").fetchone()[0])
