"""The order list as light rows, read with plain ``sqlite3``: the GUI's fast path.

No SQLAlchemy here (importing it costs more than showing the window), no object per row beyond
a tuple. Rows whose cached derivation no longer holds are reported as stale; the caller shows
them at once and has :meth:`OrderService.refresh_stale` re-derive them off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from app.services.codec import cache_holds
from app.store.sqlite import connect

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
