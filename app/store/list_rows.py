"""Reads of the list cache: the order list as light rows, the sidebar's counts, the orders whose
cache has gone stale, and the cached deadlines.

Every answer to "does this order's cached derivation still hold at time T" comes from one SQL
expression, :func:`app.store.codec.cache_holds_sql`, computed by SQLite over the rows.
Standard library and the domain's vocabulary only: the window's first paint reads through here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from app.domain.attention import needs_attention_sql
from app.domain.views import STATUS_VIEW, View
from app.store.codec import cache_holds_sql
from app.store.order_rows import chunks

DEMO_SOURCE = "demo"  # orders.source of sample data, removable in one step


class ListRow(NamedTuple):
    """One order as the list shows it."""

    id: int
    number: str
    store: str
    title: str
    items: int
    total: str  # canonical decimal text, e.g. "12.34"
    currency: str
    status: str
    next_kind: str | None
    next_due: int | None  # UTC epoch seconds
    search: str  # lower-cased number, store, titles, tracking numbers
    in_trash: bool
    is_demo: bool


class Listing(NamedTuple):
    rows: list[ListRow]
    stale: list[int]  # ids whose cache doesn't hold at the time asked


class CachedRow(NamedTuple):
    """An order's cached status and deadlines, and whether they hold at the time asked."""

    id: int
    number: str
    store: str
    title: str
    total: str
    currency: str
    status: str
    deadlines_json: str
    holds: bool


LIST_SELECT = (
    "SELECT id, number, store, title, items_count, total, currency, status, next_deadline_kind, "
    f"next_deadline_due, search_text, deleted_at IS NOT NULL, source IS '{DEMO_SOURCE}', "
    f"{cache_holds_sql('?')} FROM orders"
)


def _listing(raw: list[tuple[object, ...]]) -> Listing:
    return Listing([ListRow(*r[:13]) for r in raw], [r[0] for r in raw if not r[13]])  # type: ignore[arg-type,misc]


class ListRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def list_rows(self, at: int, ids: Iterable[int] | None = None) -> Listing:
        """Every order (the trash included, flagged) as of epoch second ``at``; or only ``ids``."""
        if ids is None:
            return _listing(self._conn.execute(LIST_SELECT, (at, at)).fetchall())
        raw: list[tuple[object, ...]] = []
        for chunk, marks in chunks(list(ids)):
            raw.extend(
                self._conn.execute(f"{LIST_SELECT} WHERE id IN ({marks})", (at, at, *chunk)).fetchall()
            )
        return _listing(raw)

    def first_rows(self, at: int, limit: int) -> Listing:
        """The ``limit`` most urgent orders (next deadline soonest, overdue first), trash left
        out: the top of the default view, enough to paint the window before the rest is read."""
        return _listing(
            self._conn.execute(
                f"{LIST_SELECT} WHERE deleted_at IS NULL AND next_deadline_due IS NOT NULL "
                "ORDER BY next_deadline_due LIMIT ?",
                (at, at, limit),
            ).fetchall()
        )

    def view_counts(self, at: int) -> dict[View, int]:
        """How many orders each sidebar view holds, counted by SQL from the cached columns."""
        by_status = self._conn.execute(
            "SELECT status, count(*) FROM orders WHERE deleted_at IS NULL GROUP BY status"
        ).fetchall()
        (trash,) = self._conn.execute("SELECT count(*) FROM orders WHERE deleted_at IS NOT NULL").fetchone()
        (attention,) = self._conn.execute(
            "SELECT count(*) FROM orders WHERE deleted_at IS NULL AND "
            + needs_attention_sql("next_deadline_kind", "next_deadline_due", ":at"),
            {"at": at},
        ).fetchone()
        counts = dict.fromkeys(View, 0)
        for status, count in by_status:
            view = STATUS_VIEW.get(status)
            if view is not None:
                counts[view] += count
            counts[View.ALL] += count
        counts[View.TRASH] = trash
        counts[View.NEEDS_ATTENTION] = attention
        return counts

    def count_orders(self, *, in_trash: bool | None = None) -> int:
        """How many orders there are: all, or only those in (or out of) the trash."""
        where = "" if in_trash is None else f" WHERE deleted_at IS {'NOT ' if in_trash else ''}NULL"
        return int(self._conn.execute(f"SELECT count(*) FROM orders{where}").fetchone()[0])

    def all_order_ids(self) -> list[int]:
        return [order_id for (order_id,) in self._conn.execute("SELECT id FROM orders ORDER BY id")]

    def stale_ids(self, at: int) -> list[int]:
        """The orders whose cached derivation doesn't hold at ``at``, without reading every row
        (the window asks this once a minute)."""
        return [
            order_id
            for (order_id,) in self._conn.execute(
                f"SELECT id FROM orders WHERE NOT {cache_holds_sql('?')}", (at, at)
            )
        ]

    def cached_rows(self, at: int, *, in_trash: bool, only_open: bool = False) -> list[CachedRow]:
        """The orders in (or out of) the trash with their cached status and deadlines, ordered by
        id. ``only_open`` leaves out what can't have an open deadline at ``at``: orders whose
        cache holds and lists none."""
        where = f"deleted_at IS {'NOT ' if in_trash else ''}NULL"
        holds = cache_holds_sql("?")
        params: tuple[int, ...] = (at, at)
        if only_open:
            where += f" AND NOT (deadlines_json = '[]' AND {holds})"
            params += (at, at)
        return [
            CachedRow(*row)
            for row in self._conn.execute(
                f"SELECT id, number, store, title, total, currency, status, deadlines_json, {holds} "
                f"FROM orders WHERE {where} ORDER BY id",
                params,
            )
        ]

    def cached_over(self, since: int, until: int) -> tuple[list[CachedRow], list[int]]:
        """The orders not in the trash, split in two: those whose cache holds from ``since`` to
        ``until`` (nothing changed for them in between, so their cached deadlines tell it all),
        and the ids of the others."""
        holds = cache_holds_sql("?")
        steady: list[CachedRow] = []
        moving: list[int] = []
        for row in self._conn.execute(
            f"SELECT id, number, store, title, total, currency, status, deadlines_json, {holds} AND {holds} "
            "FROM orders WHERE deleted_at IS NULL ORDER BY id",
            (since, since, until, until),
        ):
            if row[8]:
                steady.append(CachedRow(*row))
            else:
                moving.append(row[0])
        return steady, moving
