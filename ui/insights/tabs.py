"""Tabs above the main window's content: Orders, Statistics, Stores, and a View menu with the
same three (Ctrl+1, Ctrl+2, Ctrl+3).

The statistics and stores views are built the first time their tab is chosen: their modules
are not imported before that, so start-up doesn't pay for them. This object also keeps the
order list's "avoid" marks up to date, and shows a store's orders when the ledger asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from app.clock import Clock
from app.domain.stores import StoreMark
from app.domain.views import View
from app.services import Services
from ui.common.tasks import TaskRunner
from ui.orders.list_panel import OrderListPanel

if TYPE_CHECKING:
    # Built when their tab is first chosen, imported there.
    from ui.insights.statistics_view import StatisticsView
    from ui.insights.stores_view import StoresView

ORDERS, STATISTICS, STORES = range(3)


class InsightsTabs(QObject):
    """Wraps ``content`` (the window's orders page) in tabs; ``widget`` is the new central widget."""

    def __init__(
        self,
        window: QMainWindow,
        content: QWidget,
        list_panel: OrderListPanel,
        services: Services,
        clock: Clock,
        tasks: TaskRunner,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._clock = clock
        self._tasks = tasks
        self._list_panel = list_panel
        self._statistics: StatisticsView | None = None
        self._stores: StoresView | None = None
        self._marks_request = 0

        self.widget = QWidget(window)
        self.tab_bar = QTabBar(self.widget)
        self.tab_bar.setAccessibleName(self.tr("Views"))
        self.tab_bar.setDocumentMode(True)
        self.tab_bar.setExpanding(False)
        self.stack = QStackedWidget(self.widget)
        self.stack.addWidget(content)
        names = (self.tr("&Orders"), self.tr("&Statistics"), self.tr("S&tores"))
        for index, name in enumerate(names):
            self.tab_bar.addTab(name.replace("&", ""))
            if index:
                self.stack.addWidget(QWidget(self.stack))  # a place held until the view is built
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tab_bar)
        layout.addWidget(self.stack, 1)

        self.menu = window.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.actions: list[QAction] = []
        for index, name in enumerate(names):
            action = QAction(name, window)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setData(index)
            action.triggered.connect(self._on_action)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions.append(action)
        self.actions[ORDERS].setChecked(True)
        self.tab_bar.currentChanged.connect(self.show_tab)

    # -- switching --------------------------------------------------------------------------------

    def current(self) -> int:
        return self.tab_bar.currentIndex()

    def show_tab(self, index: int) -> None:
        if index == STATISTICS:
            self._place(STATISTICS, self.statistics)
        elif index == STORES:
            self._place(STORES, self.stores)
        self.tab_bar.setCurrentIndex(index)
        self.stack.setCurrentIndex(index)
        self.actions[index].setChecked(True)
        if index == ORDERS:
            self._list_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_tab(int(action.data()))

    def _place(self, index: int, view: QWidget) -> None:
        holder = self.stack.widget(index)
        if holder is not None and holder is not view:
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(holder)
            holder.deleteLater()

    @property
    def statistics(self) -> StatisticsView:
        if self._statistics is None:
            from ui.insights.statistics_view import StatisticsView  # deferred: built when first opened

            self._statistics = StatisticsView(self._services, self._clock, self._tasks, self.stack)
        return self._statistics

    @property
    def stores(self) -> StoresView:
        if self._stores is None:
            from ui.insights.stores_view import StoresView  # deferred: built when first opened

            self._stores = StoresView(self._services, self._tasks, self.stack)
            self._stores.store_chosen.connect(self.show_store_orders)
            self._stores.marks_changed.connect(self.refresh_marks)
        return self._stores

    # -- what the views share with the order list --------------------------------------------------

    def show_store_orders(self, name: str) -> None:
        """The order list, all views, searched for the store's name."""
        self._list_panel.set_view(View.ALL)
        self._list_panel.search.setText(name)
        self.show_tab(ORDERS)

    def data_changed(self) -> None:
        """Orders changed: the views read again (now if shown, else when next shown)."""
        if self._statistics is not None:
            self._statistics.mark_stale()
        if self._stores is not None:
            self._stores.mark_stale()

    def refresh_marks(self) -> None:
        """Read the buyer's flags on stores (off the GUI thread) and mark them in the list."""
        services = self._services
        self._marks_request += 1
        request = self._marks_request

        def work() -> tuple[int, dict[str, StoreMark]]:
            return request, services.insights.avoided_stores()

        self._tasks.run(work, self._marks_read)

    def _marks_read(self, answer: tuple[int, dict[str, StoreMark]]) -> None:
        request, marks = answer
        if request == self._marks_request:  # an older read finishing late must not win
            self._list_panel.model.set_store_marks(marks)
