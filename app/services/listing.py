"""The order list as light rows, read with plain ``sqlite3``: the GUI's fast path.

No SQLAlchemy here (importing it costs more than showing the window), no object per row beyond
a tuple. Rows whose cached derivation no longer holds are reported as stale; the caller shows
them at once and has :meth:`OrderService.refresh_stale` re-derive them off the UI thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from app.domain.model import CRITICAL
from app.domain.views import STATUS_VIEW, View, needs_attention
from app.store.sqlite import connect

ATTENTION_SECONDS = int(CRITICAL.total_seconds())  # "needs attention": due within 48 h
DEMO_SOURCE = "demo"  # orders.source of sample data, removable in one step


class ListRow(NamedTuple):
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


_SELECT = (
    "SELECT id, number, store, title, items_count, total, currency, status, next_deadline_kind, "
    f"next_deadline_due, search_text, deleted_at IS NOT NULL, source IS '{DEMO_SOURCE}', cache_valid_from, "
    "cache_valid_until FROM orders"
)


def cache_holds(valid_from: int | None, valid_until: int | None, status: str, at: int) -> bool:
    """Whether a cached derivation still answers for time ``at`` (epoch seconds)."""
    if not status:
        return False
    if valid_from is not None and at < valid_from:
        return False
    return valid_until is None or at < valid_until


class Listing(NamedTuple):
    rows: list[ListRow]
    stale: list[int]  # ids whose cache doesn't hold at the time asked


def load_rows(database: Path, at: int, ids: Iterable[int] | None = None) -> Listing:
    """Every order (trash included, flagged) as of epoch second ``at``; or only ``ids``."""
    conn = connect(database)
    try:
        if ids is None:
            raw = conn.execute(_SELECT).fetchall()
        else:
            wanted = list(ids)
            raw = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                raw.extend(conn.execute(f"{_SELECT} WHERE id IN ({marks})", chunk).fetchall())
    finally:
        conn.close()
    rows = [ListRow(*r[:13]) for r in raw]
    stale = [r[0] for r in raw if not cache_holds(r[13], r[14], r[7], at)]
    return Listing(rows, stale)


def load_first_rows(database: Path, at: int, limit: int) -> Listing:
    """The ``limit`` most urgent orders (next deadline soonest, overdue first), trash left out:
    the top of the default view, enough to paint the window before the whole list is read."""
    conn = connect(database)
    try:
        raw = conn.execute(
            f"{_SELECT} WHERE deleted_at IS NULL AND next_deadline_due IS NOT NULL "
            "ORDER BY next_deadline_due LIMIT ?",
            (limit,),
        ).fetchall()
    finally:
        conn.close()
    return Listing(
        [ListRow(*r[:13]) for r in raw], [r[0] for r in raw if not cache_holds(r[13], r[14], r[7], at)]
    )


def count_views(database: Path, at: int) -> dict[View, int]:
    """How many orders each sidebar view holds, counted by SQL from the cached columns."""
    conn = connect(database)
    try:
        by_status = conn.execute(
            "SELECT status, count(*) FROM orders WHERE deleted_at IS NULL GROUP BY status"
        ).fetchall()
        (trash,) = conn.execute("SELECT count(*) FROM orders WHERE deleted_at IS NOT NULL").fetchone()
        (attention,) = conn.execute(
            "SELECT count(*) FROM orders WHERE deleted_at IS NULL AND next_deadline_due <= ?",
            (at + ATTENTION_SECONDS,),
        ).fetchone()
    finally:
        conn.close()
    counts = dict.fromkeys(View, 0)
    for status, count in by_status:
        view = STATUS_VIEW.get(status)
        if view is not None:
            counts[view] += count
        counts[View.ALL] += count
    counts[View.TRASH] = trash
    counts[View.NEEDS_ATTENTION] = attention
    return counts


def count_orders(database: Path) -> int:
    conn = connect(database)
    try:
        return int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    finally:
        conn.close()


def stale_ids(database: Path, at: int) -> list[int]:
    """The orders whose cached derivation doesn't hold at ``at``, without reading every row
    (the window asks this once a minute)."""
    conn = connect(database)
    try:
        rows = conn.execute(
            "SELECT id FROM orders WHERE status = '' OR cache_valid_from > ? OR cache_valid_until <= ?",
            (at, at),
        ).fetchall()
    finally:
        conn.close()
    return [order_id for (order_id,) in rows]


def at_risk(rows: Iterable[ListRow], now: int) -> tuple[int, dict[str, Decimal]]:
    """Orders whose next deadline is overdue or within 48 h, and their totals per currency."""
    count = 0
    money_by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        if not row.in_trash and needs_attention(row.next_due, now):
            count += 1
            money_by_currency[row.currency] += Decimal(row.total)
    return count, dict(sorted(money_by_currency.items()))
