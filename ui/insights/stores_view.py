"""The stores ledger: one row per store (orders, money spent per currency, disputes won and
lost, median delivery days, last order), with the buyer's note and the "avoid" flag. A filter
box narrows it by name; double-click (or Enter) shows the store's orders in the order list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.insight_ledger import LedgerRow
from ui.common.shown_reads import ReadWhenShown
from ui.common.tasks import TaskRunner
from ui.insights.ledger_model import (
    COL_AVOID,
    COL_NOTE,
    COL_ORDERS,
    COL_SPENT,
    COL_STORE,
    ROW_ROLE,
    SORT_ROLE,
    LedgerModel,
)


class _Table(QTableView):
    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if self.currentIndex().isValid():
                self.activated_row.emit(self.currentIndex())
                return
        super().keyPressEvent(event)


class StoresView(QWidget):
    store_chosen = Signal(str)  # the store's name: show its orders
    marks_changed = Signal()  # a note or an "avoid" flag changed

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reads = ReadWhenShown(self, tasks, self._begin_read, self._loaded, self._failed)
        self.model = LedgerModel(self._save_mark, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(COL_STORE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter stores by name"))
        self.filter.setAccessibleName(self.tr("Filter stores"))
        self.filter.setClearButtonEnabled(True)
        self.edit_note_button = QPushButton(self.tr("Edit &note"), self)
        self.edit_note_button.setAccessibleName(self.tr("Edit the note of the selected store"))
        self.avoid_button = QPushButton(self.tr("&Avoid this store"), self)
        self.avoid_button.setCheckable(True)
        self.avoid_button.setAccessibleName(self.tr("Mark the selected store as one to avoid"))
        self.show_orders_button = QPushButton(self.tr("Show &orders"), self)
        self.show_orders_button.setAccessibleName(self.tr("Show the orders of the selected store"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = _Table(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Stores"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ORDERS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((COL_STORE, 220), (COL_SPENT, 260)):  # long texts: elided, whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.avoid_button)
        top.addWidget(self.edit_note_button)
        top.addWidget(self.show_orders_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.activated_row.connect(self._on_activated)
        self.edit_note_button.clicked.connect(self.edit_note)
        self.avoid_button.clicked.connect(self.set_avoid)
        self.table.selectionModel().currentRowChanged.connect(self._sync_buttons)
        self.model.dataChanged.connect(self._sync_buttons)
        self.model.modelReset.connect(self._sync_buttons)
        self.show_orders_button.clicked.connect(self._show_orders_of_current)
        self.model.mark_changed.connect(self._on_mark_changed)
        self.model.refused.connect(self.status.setText)

    # -- loading ----------------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """The data changed: read the ledger again now if shown, else when next shown."""
        self._reads.mark_stale()

    def refresh(self) -> None:
        self._reads.refresh()

    def _begin_read(self) -> Callable[[], list[LedgerRow]]:
        self.status.setText(self.tr("Reading the stores…"))
        services = self._services
        return lambda: services.insights.ledger()  # the service is built off the GUI thread

    def _loaded(self, rows: list[LedgerRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n store(s).", "", len(rows)) if rows else self.tr("No orders yet."))

    def _failed(self, error: Exception) -> None:
        self.status.setText(str(error))

    # -- actions ----------------------------------------------------------------------------------

    def current_row(self) -> LedgerRow | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, LedgerRow) else None

    def select_store(self, name: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_STORE)
            if index.data() == name:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _sync_buttons(self, *_args: object) -> None:
        row = self.current_row()
        for button in (self.avoid_button, self.edit_note_button, self.show_orders_button):
            button.setEnabled(row is not None)
        self.avoid_button.setChecked(bool(row and row.avoid))

    def set_avoid(self, avoid: bool) -> None:
        """Flag (or unflag) the selected store."""
        index = self.table.currentIndex()
        if index.isValid():
            state = Qt.CheckState.Checked if avoid else Qt.CheckState.Unchecked
            self.proxy.setData(
                self.proxy.index(index.row(), COL_AVOID), state.value, Qt.ItemDataRole.CheckStateRole
            )
        self._sync_buttons()

    def edit_note(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            note = self.proxy.index(index.row(), COL_NOTE)
            self.table.setCurrentIndex(note)
            self.table.edit(note)

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, LedgerRow) and index.column() != COL_NOTE:
            self.store_chosen.emit(row.name)

    def _show_orders_of_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.store_chosen.emit(row.name)

    def _save_mark(self, name: str, note: str, avoid: bool) -> None:
        self._services.insights.set_store_mark(name, note, avoid)

    def _on_mark_changed(self, _key: str) -> None:
        self.status.setText(self.tr("Saved."))
        self.marks_changed.emit()
