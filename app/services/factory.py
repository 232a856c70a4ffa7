"""The services of one data dir, built when first asked for: the one place the GUI and the
command line get them from.

Opening an up-to-date data file and reading the list cost the standard library only, so the
window reads its first rows through :attr:`Services.listing` before its first paint; the other
services (which import the deadline engine and the rest of the domain) are built afterwards, or
when a command needs them. Building is guarded by a lock: a click that needs a service before
the GUI's warm-up finished simply waits for it. :meth:`Services.close` closes the data file
and forgets every service; the next use opens the file again (after a restore: the new one).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.clock import Clock
from app.i18n import translate
from app.store.errors import StoreError
from app.store.paths import DataDir

if TYPE_CHECKING:
    from app.services.backup import BackupService
    from app.services.evidence import EvidenceService
    from app.services.importing import ImportService
    from app.services.insights import InsightsService
    from app.services.listing import ListingService
    from app.services.orders import OrderService
    from app.services.reminders import ReminderService
    from app.services.rules import RuleService
    from app.services.settings import SettingsService
    from app.store.change_watch import ChangeWatch
    from app.store.store import Store


class Services:
    """Lazily built services over one data dir. Build it with :func:`open_services`."""

    def __init__(self, data_dir: DataDir, clock: Clock) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._lock = threading.RLock()
        self._store: Store | None = None
        self._listing: ListingService | None = None
        self._orders: OrderService | None = None
        self._imports: ImportService | None = None
        self._evidence: EvidenceService | None = None
        self._settings: SettingsService | None = None
        self._watch: ChangeWatch | None = None
        self._reminders: ReminderService | None = None
        self._insights: InsightsService | None = None
        self._busy_notice: Callable[[str], None] | None = None
        self._quick_threads: set[int] = set()

    def set_busy_notice(self, notice: Callable[[str], None] | None) -> None:
        """Told (from any thread) when a write waits for another window or command, with the
        sentence to show ("… is saving a large import; trying again…")."""
        self._busy_notice = notice
        if self._store is not None:
            self._store.on_busy = notice

    def mark_quick_thread(self) -> None:
        """The calling thread must not wait long for a lock (the GUI's): a write there gives up
        after a moment with a refusal that says why, so the dialog keeps what was typed."""
        self._quick_threads.add(threading.get_ident())
        if self._store is not None:
            self._store.quick_threads = set(self._quick_threads)

    def clean_leftovers(self) -> int:
        """Remove what killed runs left anywhere in the data folder, hidden temporary files of
        evidence and cached pictures included (opening the data looks only where the big
        leftovers are). Returns how many were removed."""
        from app.store.activity import clean_leftovers

        return len(clean_leftovers(self.data_dir, deep=True).removed)

    def take_interrupted(self) -> list[tuple[str, str, float]]:
        """Imports, restores and upgrades a killed run left unfinished, as (kind, detail, start
        in epoch seconds), oldest first; forgotten once taken (the start-up report shows them)."""
        from app.store.activity import forget_interrupted, interrupted_work

        found = [(work.kind, work.detail, work.started) for work in interrupted_work(self.data_dir)]
        if found:
            forget_interrupted(self.data_dir)
        return found

    def change_watch(self) -> ChangeWatch:
        """What other processes committed (see :mod:`app.store.change_watch`), on a connection of
        its own; closed and made again with the data file (after a restore: on the new one)."""
        with self._lock:
            if self._watch is None:
                from app.store.change_watch import ChangeWatch

                self._watch = ChangeWatch(self._open_store().path)
            return self._watch

    @classmethod
    def ready(cls, orders: OrderService) -> Services:
        """Services around an order service already built on an open store (tests build one on a
        temporary data dir and hand it in)."""
        services = cls(orders.store.data_dir, orders.clock)
        services._store, services._orders = orders.store, orders
        return services

    def _open_store(self) -> Store:
        with self._lock:
            if self._store is None:
                from app.store.store import Store

                try:
                    self._store = Store.open(self.data_dir, clock=self.clock)
                except OSError as exc:  # a file where the dir should be, no permission…
                    raise StoreError(
                        translate("store", "can't use the data dir {path}: {reason}").format(
                            path=self.data_dir.root, reason=exc.strerror or exc
                        )
                    ) from None
                self._store.on_busy = self._busy_notice
                self._store.quick_threads = set(self._quick_threads)
            return self._store

    @property
    def listing(self) -> ListingService:
        """The order list, the sidebar's counts and the stale rows (cheap to build)."""
        with self._lock:
            if self._listing is None:
                from app.services.listing import ListingService

                self._listing = ListingService(self._open_store())
            return self._listing

    @property
    def orders(self) -> OrderService:
        with self._lock:
            if self._orders is None:
                from app.services.orders import OrderService

                self._orders = OrderService(self._open_store(), self.clock)
            return self._orders

    @property
    def rules(self) -> RuleService:
        """The rule profile with the buyer's values; a change re-derives every order."""
        return self.orders.rules

    @property
    def imports(self) -> ImportService:
        with self._lock:
            if self._imports is None:
                from app.services.importing import ImportService

                # The same rules as the orders: a change made in the settings applies at once.
                self._imports = ImportService(self._open_store(), self.clock, rules=self.rules)
            return self._imports

    @property
    def evidence(self) -> EvidenceService:
        with self._lock:
            if self._evidence is None:
                from app.services.evidence import EvidenceService

                self._evidence = EvidenceService(self._open_store(), self.clock)
            return self._evidence

    @property
    def settings(self) -> SettingsService:
        with self._lock:
            if self._settings is None:
                from app.services.settings import SettingsService

                self._settings = SettingsService(self._open_store())
            return self._settings

    @property
    def reminders(self) -> ReminderService:
        """Reminders of deadlines, for the window's notifications and ``dispute-desk remind``."""
        with self._lock:
            if self._reminders is None:
                from app.services.reminders import ReminderService

                self._reminders = ReminderService(self._open_store(), self.clock, self.rules)
            return self._reminders

    @property
    def insights(self) -> InsightsService:
        """Statistics, the stores ledger, notes on stores and exchange rates."""
        with self._lock:
            if self._insights is None:
                from app.services.insights import InsightsService

                self._insights = InsightsService(self._open_store(), self.clock)
            return self._insights

    def backups(self) -> BackupService:
        """Backups and restore of the data dir (a new service each time: it keeps nothing open)."""
        from app.services.backup import BackupService

        return BackupService(self.data_dir.root, self.clock)

    def orders_lazy(self) -> OrderService:
        """The order service for a long-lived widget: built only when the widget first calls it
        (constructing the window builds nothing), and always the current one (a restore closes
        the services and opens them again)."""
        return cast("OrderService", _LazyOrders(self))

    def warm_up(self) -> None:
        """Build the services the window uses (call off the GUI thread)."""
        _ = self.orders, self.settings

    def close(self) -> None:
        """Close the data file and forget every service built on it; the next use opens the
        file again (after a restore: the new one)."""
        with self._lock:
            store, self._store = self._store, None
            watch, self._watch = self._watch, None
            self._listing = self._orders = self._imports = self._evidence = self._settings = None
            self._reminders = self._insights = None
        if watch is not None:
            watch.close()
        if store is not None:
            store.close()


class _LazyOrders:
    """Stands in for the OrderService until it is first used (see ``Services.orders_lazy``)."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def __getattr__(self, name: str) -> object:
        return getattr(self._services.orders, name)


def open_services(data_dir: DataDir | str | os.PathLike[str], clock: Clock) -> Services:
    """The services of ``data_dir``. Nothing is opened or created until a service is used; the
    data file is then created or upgraded as needed (:class:`StoreError` when it can't be)."""
    layout = data_dir if isinstance(data_dir, DataDir) else DataDir(Path(data_dir))
    return Services(layout, clock)
