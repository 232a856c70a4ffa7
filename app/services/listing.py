"""The order list as light rows: the GUI's fast path.

Plain ``sqlite3`` through the store and no object per row beyond a tuple; importing this
module costs next to nothing (the window reads through it before its first paint). Rows whose
cached derivation no longer holds are reported as stale; the caller shows them at once and has
:meth:`OrderService.refresh_stale <app.services.orders.OrderService.refresh_stale>` derive them
again off the GUI thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from app.domain.attention import needs_attention
from app.domain.views import View
from app.services.gc_pause import collector_paused
from app.store.change_watch import Changes, ChangeWatch
from app.store.list_rows import DEMO_SOURCE, Listing, ListRow
from app.store.store import Store

__all__ = ["DEMO_SOURCE", "ChangeWatch", "Changes", "ListRow", "Listing", "ListingService", "at_risk"]


class ListingService:
    """Reads of the list; each call is one reading transaction. Times are UTC epoch seconds."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def rows(self, at: int, ids: Iterable[int] | None = None) -> Listing:
        """Every order (the trash included, flagged) as of ``at``; or only ``ids``."""
        with collector_paused(), self._store.read() as tx:
            return tx.list_rows(at, ids)

    def first_rows(self, at: int, limit: int) -> Listing:
        """The ``limit`` most urgent orders not in the trash: enough to paint the window."""
        with self._store.read() as tx:
            return tx.first_rows(at, limit)

    def view_counts(self, at: int) -> dict[View, int]:
        """How many orders each sidebar view holds."""
        with self._store.read() as tx:
            return tx.view_counts(at)

    def count(self) -> int:
        """How many orders there are, the trash included."""
        with self._store.read() as tx:
            return tx.count_orders()

    def stale_ids(self, at: int) -> list[int]:
        """The orders whose cached derivation doesn't hold at ``at``."""
        with self._store.read() as tx:
            return tx.stale_ids(at)


def at_risk(rows: Iterable[ListRow], now: int) -> tuple[int, dict[str, Decimal]]:
    """Orders whose next deadline asks the buyer to act and is overdue or within 48 h, and their
    totals per currency (a waiting period, such as the payment check, puts nothing at risk)."""
    count = 0
    money_by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        if not row.in_trash and needs_attention(row.next_kind, row.next_due, now):
            count += 1
            money_by_currency[row.currency] += Decimal(row.total)
    return count, dict(sorted(money_by_currency.items()))
