"""The order list panel: sidebar of views with live counts, search box, and the order table.

One parented 1-second timer drives every countdown in the table: each tick re-reads the
injected clock (so sleep/resume and clock changes show at once) and marks only the "time left"
cells of the rows on screen as changed. It does nothing while the window is hidden or minimized.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from app.clock import Clock
from app.domain.views import VIEW_LABELS, View, home_view
from app.services.listing import ListRow
from ui.common import locale_format
from ui.orders.cells import COL_ORDER
from ui.orders.table import OrderTable
from ui.orders.table_model import OrderTableModel

RECOUNT_SECONDS = 60  # sidebar counts follow deadlines crossing 48 h at most once a minute
_VIEW_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def view_label(view: View) -> str:
    return QCoreApplication.translate("views", VIEW_LABELS[view])


class OrderListPanel(QWidget):
    current_order_changed = Signal(object)  # order number (str) or None
    selection_changed = Signal()  # the selected rows changed (see selected_numbers, current_row)
    open_requested = Signal(str)
    delete_requested = Signal(list)  # order numbers
    context_menu_requested = Signal(str, QPoint)  # order number, global position
    files_dropped = Signal(str, QMimeData)  # order number, the files or image dropped onto its row
    ticked = Signal(int)  # the clock's epoch second, once a second while shown

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._current: str | None = None
        self._counts: dict[View, int] = {}
        self._partial_counts: dict[View, int] | None = None  # while only the first rows are shown
        self._counted_at: int | None = None
        self.model = OrderTableModel(self)
        self.model.set_now(self._now())

        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Order views"))
        for view in View:
            item = QListWidgetItem(view_label(view))
            item.setData(_VIEW_ROLE, view.value)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 10))
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(0)
        self.sidebar.setUniformItemSizes(True)
        # Wide enough for the longest view's name with a count in the thousands.
        widest = max(self.fontMetrics().horizontalAdvance(self._counted(v, 8888)) for v in View)
        self.sidebar.setMinimumWidth(widest + 2 * self.sidebar.frameWidth() + 12)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search order, store, title, tracking"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.table = OrderTable(self.model, self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.table)
        splitter = self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.sidebar.minimumWidth(), 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.sidebar.currentItemChanged.connect(self._on_view_item)
        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().currentRowChanged.connect(self._sync_current)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self.table.doubleClicked.connect(self._open_current)
        self.table.open_pressed.connect(self._open_current)
        self.table.delete_pressed.connect(self._delete_selected)
        self.table.menu_requested.connect(self._on_menu)
        self.table.files_dropped.connect(self._on_files_dropped)
        self.table.empty_action_clicked.connect(self.search_everywhere)
        model = self.model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_empty)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._recount()
        self._update_empty()

    # -- time -----------------------------------------------------------------------------------

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    def tick(self) -> None:
        """Once a second: countdowns of the rows on screen; sidebar counts once a minute."""
        window = self.window()
        if not window.isVisible() or window.isMinimized() or not self.isVisible():
            return
        now = self._now()
        self.model.set_now(now)
        if self._counted_at is None or abs(now - self._counted_at) >= RECOUNT_SECONDS:
            self._recount(time_passed=True)
        count = self.model.rowCount()
        if count:
            first = self.table.rowAt(0)
            if first >= 0:
                last = self.table.rowAt(self.table.viewport().height() - 1)
                self.model.tick(first, count - 1 if last < 0 else last)
        self.ticked.emit(now)

    def _recount(self, time_passed: bool = False) -> None:
        """Refresh the sidebar counts; after time passed, also the rows of a view whose count
        changed (orders come into "Needs attention"). Row changes update the rows themselves."""
        self._counted_at = self.model.now()
        counts = self._partial_counts or self.model.counts()
        if counts == self._counts:
            return
        view = self.model.view()
        refilter = time_passed and bool(self._counts) and counts.get(view) != self._counts.get(view)
        self._counts = counts
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item_view = View(item.data(_VIEW_ROLE))
            item.setText(self._counted(item_view, counts[item_view]))
        if refilter and self.model.refilter():
            self._sync_current()

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: list[ListRow]) -> None:
        """Show a fresh read of every row; the current order stays selected if still shown."""
        self._show_rows(rows, None)

    def set_first_rows(self, rows: list[ListRow], counts: dict[View, int]) -> None:
        """Show the top of the list before the whole of it is read (a large list at start-up):
        the sidebar shows ``counts`` (counted by SQL) until ``set_rows`` brings every row."""
        self._show_rows(rows, counts)

    def is_partial(self) -> bool:
        return self._partial_counts is not None

    def _show_rows(self, rows: list[ListRow], partial_counts: dict[View, int] | None) -> None:
        current = self._current
        self._partial_counts = partial_counts
        self.model.set_now(self._now())
        self.model.set_rows(rows)
        self._counts = {}
        self._recount()
        if current is None or not self.select_number(current):
            self._sync_current()

    def update_rows(self, rows: list[ListRow]) -> None:
        self.model.set_now(self._now())
        self.model.update_rows(rows)
        self._recount()
        self._sync_current()

    def remove_ids(self, ids: list[int]) -> None:
        self.model.remove_ids(ids)
        self._recount()
        self._sync_current()

    def rows(self) -> list[ListRow]:
        """Every row the panel holds, in every view."""
        return self.model.all_rows()

    # -- selection ------------------------------------------------------------------------------

    def current_number(self) -> str | None:
        row = self.current_row()
        return row.number if row is not None else None

    def current_row(self) -> ListRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_numbers(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).number for row in rows]

    def select_number(self, number: str) -> bool:
        """Make ``number`` the current, selected row and scroll to it; False if it isn't shown."""
        row = self.model.row_of_number(number)
        if row is None:
            return False
        index = self.model.index(row, COL_ORDER)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._sync_current()
        return True

    def reveal(self, numbers: Sequence[str]) -> bool:
        """Show and select ``numbers`` (the first becomes current), wherever they are: a search
        that hides them is cleared, and a view that doesn't hold them all gives way to their own
        status view (All orders when they differ). False when none of them is in the list."""
        rows = [row for number in numbers if (row := self.model.row_by_number(number)) is not None]
        if not rows:
            return False
        if any(self.model.row_of_number(row.number) is None for row in rows) and self.search.text():
            self.search.clear()
        if any(self.model.row_of_number(row.number) is None for row in rows):
            homes = {home_view(row.status, row.in_trash) for row in rows}
            self.set_view(homes.pop() if len(homes) == 1 else View.ALL)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.select_number(rows[0].number)
        for row in rows[1:]:
            position = self.model.row_of_number(row.number)
            if position is not None:
                selection.select(self.model.index(position, COL_ORDER), flags)
        return True

    def _sync_current(self, *_args: object) -> None:
        number = self.current_number()
        if number != self._current:
            self._current = number
            self.current_order_changed.emit(number)

    def _open_current(self) -> None:
        number = self.current_number()
        if number is not None:
            self.open_requested.emit(number)

    def _delete_selected(self) -> None:
        numbers = self.selected_numbers()
        if numbers:
            self.delete_requested.emit(numbers)

    def _on_files_dropped(self, index: QModelIndex, mime: QMimeData) -> None:
        number = self.model.row_at(index.row()).number
        self.select_number(number)  # the detail panel shows where the files went
        self.files_dropped.emit(number, mime)

    def _on_menu(self, index: QModelIndex, where: QPoint) -> None:
        number = self.model.row_at(index.row()).number
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_number(number)
        self.context_menu_requested.emit(number, where)

    # -- views and search -----------------------------------------------------------------------

    def current_view(self) -> View:
        return self.model.view()

    def set_view(self, view: View) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(_VIEW_ROLE) == view.value:
                self.sidebar.setCurrentRow(row)
                return

    def _on_view_item(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.model.set_now(self._now())
        self.model.set_view(View(item.data(_VIEW_ROLE)))
        self._after_filter()

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        self._after_filter()

    def _after_filter(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)
        else:
            self.table.scrollToTop()
        self._sync_current()
        self._update_empty()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_empty(self, *_args: object) -> None:
        if self.model.rowCount():
            self.table.set_empty_text(None)
            return
        view, term = self.model.view(), self.search.text().strip()
        everywhere = term and view is not View.ALL
        self.table.set_empty_text(self._empty_text(), self.tr("Search all orders") if everywhere else None)

    def search_everywhere(self) -> None:
        """Keep the search, look in "All orders" (what a search in one view didn't find)."""
        self.set_view(View.ALL)

    def _counted(self, view: View, count: int) -> str:
        """A view's name in the sidebar with how many orders it holds: "In transit (14)"."""
        return self.tr("%1 (%2)").replace("%1", view_label(view)).replace("%2", locale_format.number(count))

    def _empty_text(self) -> str:
        view, term = self.model.view(), self.search.text().strip()
        if term and view is View.ALL:
            return self.tr("No orders match “%1”.").replace("%1", term)
        if term:
            text = self.tr("No orders in %1 match “%2”.").replace("%1", view_label(view)).replace("%2", term)
            elsewhere = self.model.count_matching(View.ALL)
            if elsewhere:
                text += " " + self.tr("Other views hold %n matching order(s).", "", elsewhere)
            return text
        if view is View.NEEDS_ATTENTION:
            return self.tr("Nothing needs your attention.")
        if view is View.TRASH:
            return self.tr("The trash is empty.")
        return self.tr("No orders in %1.").replace("%1", view_label(view))

    # -- keys and events ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+F as a key, not a QShortcut: a window that has its own Find action gets it first,
        # and two shortcuts on one key would cancel each other out.
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.select_number(self.model.row_at(0).number)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_palette(self.palette())
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.set_palette(self.palette())
        self.tick()  # back from hidden or minimized: the right time at once, not a second later

    # -- header ---------------------------------------------------------------------------------

    def minimum_height(self) -> int:
        """Tall enough for every view in the sidebar without scrolling."""
        rows = self.sidebar.count()
        return rows * self.sidebar.sizeHintForRow(0) + 2 * self.sidebar.frameWidth()

    def minimum_width(self) -> int:
        """The narrowest the panel can be with the sidebar and the table's order number, items
        and countdown on screen (the detail panel gives way before the list does)."""
        return self.sidebar.minimumWidth() + self._splitter.handleWidth() + self.table.minimum_width()

    def header_state(self) -> bytes:
        return self.table.header_state()

    def restore_header_state(self, state: bytes | QByteArray) -> bool:
        return self.table.restore_header_state(state)
