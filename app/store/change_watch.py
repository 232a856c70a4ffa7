"""Noticing what other processes (a CLI import, a cron job, another window) committed.

``PRAGMA data_version`` on a connection changes whenever any *other* connection commits to the
file; asking it costs microseconds, so the window asks every couple of seconds on a connection
kept for that alone. Only when it moved does the watch look at what changed: the orders that
got new events since the newest event it knew (every fact about an order is an event, a new
order included), whether orders were deleted for good or the rules changed (then the whole list
is read again), and whether the evidence changed (the open order's strip). The list cache that a
stale-row refresh rewrites has no event and is ignored: every reader derives the same.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from app.store.sqlite import connect_readonly

MAX_IDS = 2000  # more changed orders than this: reading the whole list again is cheaper


@dataclass(frozen=True)
class Changes:
    order_ids: frozenset[int]  # orders with new events (new orders included)
    everything: bool  # read the whole list again (orders deleted, rules changed, a big import)
    evidence: bool  # evidence rows were added or changed


@dataclass(frozen=True)
class _Marks:
    last_event: int
    orders: int
    evidence: tuple[int, int, int]
    rules: str


class ChangeWatch:
    """One kept read-only connection to the data file; :meth:`poll` from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._marks: _Marks | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect_readonly(self._path, check_same_thread=False)  # polls are serialized
            self._conn.isolation_level = None
        return self._conn

    def poll(self) -> Changes | None:
        """What others committed since the last poll; None when nothing (the first poll only
        takes note of where things stand)."""
        with self._lock:
            conn = self._connection()
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
            if version == self._version:
                return None
            self._version = version
            conn.execute("BEGIN")
            try:
                marks = _read_marks(conn)
                before, self._marks = self._marks, marks
                if before is None:
                    return None
                if marks == before:
                    return None  # only the list cache (or a volatile setting) changed
                everything = marks.orders < before.orders or marks.rules != before.rules
                ids: frozenset[int] = frozenset()
                if marks.last_event > before.last_event and not everything:
                    rows = conn.execute(
                        "SELECT DISTINCT order_id FROM events WHERE id > ? LIMIT ?",
                        (before.last_event, MAX_IDS + 1),
                    ).fetchall()
                    ids = frozenset(int(row[0]) for row in rows)
                    everything = len(ids) > MAX_IDS
                return Changes(ids, everything, marks.evidence != before.evidence)
            finally:
                conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _read_marks(conn: sqlite3.Connection) -> _Marks:
    last_event = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0])
    orders = int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    evidence = conn.execute(
        "SELECT count(*), coalesce(max(id), 0), count(deleted_at) + total(length(caption)) FROM evidence"
    ).fetchone()
    rules = conn.execute(
        "SELECT coalesce(group_concat(profile || ':' || key || '=' || value, ';'), '') FROM "
        "(SELECT profile, key, value FROM rule_overrides ORDER BY profile, key)"
    ).fetchone()[0]
    return _Marks(last_event, orders, (int(evidence[0]), int(evidence[1]), int(evidence[2])), str(rules))
