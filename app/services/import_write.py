"""An import's writes: prepared without the write lock, written in one short transaction.

Comparing 100,000 orders with the stored ones, validating their timelines and deriving their
list cache took 7-10 s inside the write transaction, and every other writer (a ``record`` from a
cron job, a note typed in the window) waited or failed meanwhile. Now the import plans in a read
snapshot: :class:`PreparedWrites` stands in for the transaction, passes the reads through and
keeps every write (with its arguments, already in their final form) instead of running it.
Then the write transaction checks that nothing the plan read has changed meanwhile (the order
numbers it looked up, the newest event of every order it updates, and for e-mail notices any new
event at all) and runs the kept writes in order. If something did change, the plan is made again
inside the write transaction, as before: all or nothing either way.

``cancel`` is asked between chunks of work; a cancelled import raises :class:`Cancelled`
before it writes, or rolls its transaction back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from app.domain.errors import Refused
from app.i18n import translate
from app.store.order_rows import prepare_orders
from app.store.records import NewOrderRecord, StoredOrder
from app.store.transaction import Transaction

Cancel = Callable[[], bool]

# The transaction's methods an import writes with; everything else is a read.
WRITES = frozenset(
    {"insert_orders", "add_tracking", "replace_lines", "update_fields", "store_cache", "append_events"}
)


class Cancelled(Refused):
    """The buyer stopped the import; nothing of it was written."""

    def __init__(self) -> None:
        super().__init__(translate("import", "the import was cancelled; nothing was imported"))


class PreparedWrites:
    """A read transaction that keeps the writes made through it (see the module docstring)."""

    def __init__(self, tx: Transaction) -> None:
        self._tx = tx
        self.writes: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.looked_up: dict[str, int] = {}  # order number -> id (absent: not stored), as read
        self.asked: set[str] = set()
        self.versions: dict[int, int] = {}  # order id -> newest event id, of the orders it read
        self.any_event_since: int | None = None  # set when notices were planned
        self.last_id: int | None = None  # the highest order id, as read, plus the orders prepared

    def insert_orders(self, orders: Sequence[NewOrderRecord], now: datetime) -> list[int]:
        # The rows are put in their stored form now, without the lock (most of the writing's
        # work), with the ids that follow the ones in the snapshot (shifted under the lock if
        # someone stored orders meanwhile). The ids it returns are never used by planning.
        if self.last_id is None:
            self.last_id = self._tx.last_order_id()
        self.writes.append(("insert_prepared", (prepare_orders(orders, now, self.last_id),), {}))
        self.last_id += len(orders)
        return []

    def __getattr__(self, name: str) -> Any:
        if name in WRITES:

            def keep(*args: Any, **kwargs: Any) -> None:
                self.writes.append((name, args, kwargs))

            return keep
        return getattr(self._tx, name)

    def order_ids(self, numbers: Sequence[str]) -> dict[str, int]:
        found = self._tx.order_ids(numbers)
        self.asked.update(numbers)
        self.looked_up.update(found)
        return found

    def stored_orders(self, ids: Sequence[int]) -> dict[int, StoredOrder]:
        found = self._tx.stored_orders(ids)
        self.versions.update(self._tx.last_event_ids(list(found)))
        return found

    def order_ids_by_tracking(self, numbers: Sequence[str]) -> dict[str, int]:
        if self.any_event_since is None:
            self.any_event_since = self._tx.max_event_id()
        return self._tx.order_ids_by_tracking(numbers)

    def still_current(self, tx: Transaction) -> bool:
        """Whether what the plan read is still what ``tx`` (the write transaction) sees."""
        if self.any_event_since is not None and tx.max_event_id() != self.any_event_since:
            return False
        if tx.order_ids(sorted(self.asked)) != self.looked_up:
            return False
        return tx.last_event_ids(list(self.versions)) == self.versions

    def write(
        self, tx: Transaction, cancel: Cancel | None = None, step: Callable[[int, int], None] | None = None
    ) -> None:
        """Run the kept writes on ``tx`` in the order they were made; ``step(done, count)`` now
        and then. They are forgotten as they are run: the rows are freed before the import's
        pause of the garbage collector ends, so its first pass has nothing of them to walk."""
        writes, self.writes = self.writes, []
        count = len(writes)
        for index, (name, args, kwargs) in enumerate(writes):
            if cancel is not None and index % 200 == 0 and cancel():
                raise Cancelled
            getattr(tx, name)(*args, **kwargs)
            if step is not None and (index % 50 == 0 or name == "insert_orders"):
                step(index + 1, count)
        if step is not None:
            step(count, count)


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled


def as_transaction(writes: PreparedWrites) -> Transaction:
    """The stand-in, typed as the transaction the planning code takes."""
    return writes  # type: ignore[return-value]
