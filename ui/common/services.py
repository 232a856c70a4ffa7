"""The services the window needs, built when first asked for.

Importing SQLAlchemy and sqlmodel costs more than showing the window, so the start-up path
reads the list with plain sqlite3 and the services are built afterwards (``warm_up`` runs
that in the background right after the first paint). Building is guarded by a lock: a click
that needs a service before the warm-up finished simply waits for it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, cast

from app.clock import Clock
from app.store.paths import DataDir

if TYPE_CHECKING:  # the service modules import SQLAlchemy: built after the first paint
    from app.services.evidence import EvidenceService
    from app.services.orders import OrderService
    from app.services.settings import SettingsService
    from app.store.database import Database


class Services:
    def __init__(self, data_dir: DataDir, clock: Clock) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._lock = threading.Lock()
        self._database: Database | None = None
        self._orders: OrderService | None = None
        self._settings: SettingsService | None = None
        self._evidence: EvidenceService | None = None

    @classmethod
    def ready(cls, data_dir: DataDir, clock: Clock, orders: OrderService) -> Services:
        """Already-built services (tests, and a first run that had to create the file)."""
        services = cls(data_dir, clock)
        services._orders = orders
        services._database = orders.database
        return services

    @property
    def orders(self) -> OrderService:
        with self._lock:
            if self._orders is None:
                # Deferred (as below): the services import SQLAlchemy, which start-up must not load.
                from app.services.orders import OrderService
                from app.store.database import Database

                self._database = Database.open(self.data_dir, clock=self.clock)
                self._orders = OrderService(self._database, self.clock)
            return self._orders

    @property
    def settings(self) -> SettingsService:
        orders = self.orders
        with self._lock:
            if self._settings is None:
                from app.services.settings import SettingsService  # deferred: SQLAlchemy

                self._settings = SettingsService(orders.database)
            return self._settings

    @property
    def evidence(self) -> EvidenceService:
        orders = self.orders
        with self._lock:
            if self._evidence is None:
                from app.services.evidence import EvidenceService  # deferred: SQLAlchemy

                self._evidence = EvidenceService(orders.database, self.clock)
            return self._evidence

    def orders_lazy(self) -> OrderService:
        """The order service for a long-lived widget: built only when the widget first calls it
        (constructing the window imports no SQLAlchemy), and always the current one (a restore
        closes the services and opens them again)."""
        return cast("OrderService", _LazyOrders(self))

    def warm_up(self) -> None:
        """Build everything (call off the GUI thread)."""
        _ = self.settings

    def close(self) -> None:
        """Close the database; the next use opens the file again (after a restore: the new one)."""
        with self._lock:
            if self._database is not None:
                self._database.close()
            self._database, self._orders, self._settings = None, None, None


class _LazyOrders:
    """Stands in for the OrderService until it is first used (see ``Services.orders_lazy``)."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def __getattr__(self, name: str) -> object:
        return getattr(self._services.orders, name)
