"""The order table widget: an order list's keys and menus, column widths that fit the space,
a header menu to show or hide columns, and a sentence instead of a blank grid when empty."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.drops import has_files_or_image
from ui.common.sort_arrows import point_sort_arrows
from ui.orders.cells import (
    COL_DEADLINE,
    COL_ITEMS,
    COL_LEFT,
    COL_ORDER,
    COL_STATUS,
    COL_STORE,
    COL_TOTAL,
    COLUMN_COUNT,
    header_text,
)
from ui.orders.table_model import OrderTableModel

# Sample texts that size the columns (never shown): columns that keep their width, and the
# (narrowest, widest) of those that give way when space is short.
_FIXED_SAMPLES = {COL_ORDER: "8888888888888888", COL_TOTAL: "12,345.67 USD", COL_LEFT: "overdue 157d 14h ✖"}
_FLEX_SAMPLES = {
    COL_STORE: ("Vention Offi…", "SucceBuy Appliance Overseas"),
    COL_ITEMS: ("USB-C Charging C…", "USB-C Charging Cable 2m 100W · 3 items"),
    COL_STATUS: ("Refund pend…", "Cancellation requested"),
    COL_DEADLINE: ("Refund expected…", "Refund expected · 2026-03-12 14:00"),
}
# When even the narrowest widths don't fit, these columns step aside, first to last (the detail
# panel shows them): order number, items and time left always stay.
_HIDE_FIRST = (COL_STATUS, COL_STORE, COL_DEADLINE, COL_TOTAL)
_AUTO, _CHOSEN = b"A", b"C"  # first byte of a saved header state: widths automatic or chosen


class OrderTable(QTableView):
    open_pressed = Signal()
    delete_pressed = Signal()
    menu_requested = Signal(QModelIndex, QPoint)  # index, global position
    files_dropped = Signal(QModelIndex, QMimeData)  # files or an image dropped onto a row
    empty_action_clicked = Signal()  # the button under the empty text (see set_empty_text)

    def __init__(self, model: OrderTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auto_fit = True  # until the user sizes, hides or shows a column
        self._fitting = False  # fit_columns is sizing: those resizes are not the user's
        self.setModel(model)
        self.setAccessibleName(self.tr("Orders"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ITEMS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Total") + 16)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        point_sort_arrows(header)  # soonest first reads ▲, as in the backups list
        header.setSortIndicator(COL_LEFT, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # sorts the model by the indicator: most urgent first
        # What an empty list says, in the middle of the viewport, and what to do about it.
        self.empty_box = QWidget(self.viewport())
        self.empty_label = QLabel(self.empty_box)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_button = QPushButton(self.empty_box)
        self.empty_button.setAutoDefault(False)
        self.empty_button.clicked.connect(self.empty_action_clicked)
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.empty_box.hide()
        self.setAcceptDrops(True)  # photos dropped onto a row become that order's evidence
        self._drop_row = -1  # the row files are dragged over: framed so the user sees the target
        self.fit_columns()

    # -- keys and menus -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_pressed.emit()
        elif event.key() == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:  # the menu key: at the current row
            index = self.currentIndex()
            where = self.viewport().mapToGlobal(self.visualRect(index).center())
        else:
            index = self.indexAt(self.viewport().mapFromGlobal(event.globalPos()))
            where = event.globalPos()
        if index.isValid():
            self.menu_requested.emit(index, where)
            event.accept()

    def column_menu(self) -> QMenu:
        """A menu of the columns with a check mark on those shown (the header's context menu)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        header = self.horizontalHeader()
        for column in range(COLUMN_COUNT):
            action = QAction(header_text(column), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in (COL_ORDER, COL_LEFT))
            action.toggled.connect(partial(self.set_column_shown, column))
            menu.addAction(action)
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().popup(self.horizontalHeader().mapToGlobal(pos))

    def set_column_shown(self, column: int, shown: bool) -> None:
        self._auto_fit = False  # the user's choice stands from now on
        self.horizontalHeader().setSectionHidden(column, not shown)

    # -- dropping evidence onto a row ------------------------------------------------------------

    def _drop_index(self, event: QDragMoveEvent | QDropEvent) -> QModelIndex:
        mime = event.mimeData()
        if mime is None or not has_files_or_image(mime):
            return QModelIndex()
        return self.indexAt(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime is not None and has_files_or_image(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self._drop_index(event)
        self._mark_drop_row(index.row() if index.isValid() else -1)
        if index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._mark_drop_row(-1)
        super().dragLeaveEvent(event)

    def _mark_drop_row(self, row: int) -> None:
        if row != self._drop_row:
            self._drop_row = row
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_row >= 0:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            top = self.rowViewportPosition(self._drop_row)
            painter.drawRect(
                QRect(1, top + 1, self.viewport().width() - 2, self.rowHeight(self._drop_row) - 2)
            )
            painter.end()

    def dropEvent(self, event: QDropEvent) -> None:
        self._mark_drop_row(-1)
        index = self._drop_index(event)
        mime = event.mimeData()
        if index.isValid() and mime is not None:
            self.files_dropped.emit(index, mime)
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- the empty state ------------------------------------------------------------------------

    def set_empty_text(self, text: str | None, action: str | None = None) -> None:
        """Show ``text`` in the middle of the table while it has no rows, with a button reading
        ``action`` under it when given (``empty_action_clicked``); None hides them."""
        if text is None:
            self.empty_box.hide()
            return
        self.empty_label.setText(text)
        self.empty_button.setText(action or "")
        self.empty_button.setVisible(bool(action))
        self.empty_box.setGeometry(self.viewport().rect().adjusted(16, 16, -16, -16))
        self.empty_box.show()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
            self.empty_box.setGeometry(self.viewport().rect().adjusted(16, 16, -16, -16))
        return super().viewportEvent(event)

    # -- column widths --------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Widths from sample texts. When the table is narrow, store, status and deadline give
        up width first, down to a minimum; below that, columns step aside (``_HIDE_FIRST``) so
        the countdown stays on screen. Only until a column is sized or hidden by other means
        (the user dragging its edge, the header menu) or a state with chosen widths is restored."""
        if not self._auto_fit:
            return
        fm = self.fontMetrics()

        def width(sample: str) -> int:
            return fm.horizontalAdvance(sample) + 18

        fixed = {c: width(s) for c, s in _FIXED_SAMPLES.items()}
        flexible = {c: (width(small), width(large)) for c, (small, large) in _FLEX_SAMPLES.items()}
        available = self.viewport().width()
        hidden: set[int] = set()
        for column in _HIDE_FIRST:
            needed = sum(w for c, w in fixed.items() if c not in hidden)
            needed += sum(lo for c, (lo, _) in flexible.items() if c not in hidden)
            if needed <= available:
                break
            hidden.add(column)
        spare = available - sum(w for c, w in fixed.items() if c not in hidden)
        spare -= sum(lo for c, (lo, _) in flexible.items() if c not in hidden)
        wanted = sum(hi - lo for c, (lo, hi) in flexible.items() if c not in hidden)
        share = 1.0 if wanted <= 0 else max(0.0, min(1.0, spare / wanted))
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for column in range(COLUMN_COUNT):
                header.setSectionHidden(column, column in hidden)
            for column, w in fixed.items():
                header.resizeSection(column, w)
            for column, (lo, hi) in flexible.items():
                if column != COL_ITEMS:  # Items stretches into what is left
                    header.resizeSection(column, int(lo + share * (hi - lo)))
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        # Qt resizes Items (the stretching column) and hidden columns (to 0) by itself.
        if not self._fitting and new > 0 and column != COL_ITEMS:
            self._auto_fit = False  # someone chose a width: keep the widths from now on

    def header_state(self) -> bytes:
        """The header's state, marked with whether the widths are still the automatic ones."""
        return (_AUTO if self._auto_fit else _CHOSEN) + bytes(self.horizontalHeader().saveState().data())

    def restore_header_state(self, state: bytes | QByteArray) -> bool:
        """Sort, column order and (if the user chose them) widths and hidden columns of an
        earlier session; False if ``state`` is unusable."""
        data = bytes(state.data()) if isinstance(state, QByteArray) else bytes(state)
        header = self.horizontalHeader()
        if data[:1] not in (_AUTO, _CHOSEN) or not header.restoreState(QByteArray(data[1:])):
            return False
        self._auto_fit = data[:1] == _AUTO
        header.setSectionHidden(COL_ORDER, False)
        header.setSectionHidden(COL_LEFT, False)
        self.fit_columns()
        self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True
