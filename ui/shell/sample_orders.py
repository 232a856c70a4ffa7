"""Sample orders: made-up orders to try the app with, loaded from the welcome page, marked by a
banner while they are shown, and removed again in one step (Edit → Remove sample orders, or
the banner's button). Never mixed into the buyer's own orders unnoticed: every sample order is
stored with source "demo"."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.services import Services
from ui.common import dialogs
from ui.common.tasks import TaskRunner

SAMPLE_ORDERS = 300


class SampleBanner(QWidget):
    """ "You are looking at sample orders", with the button that removes them."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        label = QLabel(self.tr("You are looking at sample orders. They are made up and marked as such."))
        label.setWordWrap(True)
        remove = QPushButton(self.tr("Remove sample orders"))
        remove.setAccessibleName(self.tr("Remove sample orders"))
        remove.clicked.connect(self.remove_requested)
        layout.addWidget(label, 1)
        layout.addWidget(remove)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()


class SampleOrders(QObject):
    """Loads and removes the sample orders off the GUI thread; ``changed`` when done."""

    changed = Signal()
    busy_changed = Signal(bool)  # loading: the welcome page waits meanwhile

    def __init__(
        self,
        window: QWidget,
        services: Services,
        tasks: TaskRunner,
        failed: Callable[[Exception], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._tasks = tasks
        self._failed = failed

    def load(self) -> None:
        from app.services.demo import generate  # deferred: it imports SQLAlchemy

        seed = random.SystemRandom().randrange(1, 10**6)
        self.busy_changed.emit(True)

        def done(_count: int) -> None:
            self.busy_changed.emit(False)
            self.changed.emit()

        def failed(exc: Exception) -> None:
            self.busy_changed.emit(False)
            self._failed(exc)

        orders = self._services.orders
        self._tasks.run(
            lambda: generate(orders, count=SAMPLE_ORDERS, seed=seed), done, failed, writes=True, owner=self
        )

    def remove(self) -> None:
        if not dialogs.ask_yes_no(
            self._window,
            self.tr("Remove sample orders"),
            self.tr("Remove every sample order? Your own orders stay."),
        ):
            return
        self._tasks.run(
            self._services.orders.remove_demo_orders,
            lambda _n: self.changed.emit(),
            self._failed,
            writes=True,
            owner=self,
        )
