"""The order table widget: an order list's keys and menus, column widths that fit the space,
a header menu to show or hide columns, and a sentence instead of a blank grid when empty."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import partial

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
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

from app.domain.model import Urgency
from ui.common import format as fmt
from ui.common.drops import has_files_or_image
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
# (narrowest, widest) of those that give way when space is short. Written the way the cells are
# (translated, in the locale's formats), so a longer language gets wider columns.
_SAMPLE_ORDER = "8888888888888888"
_SAMPLE_DUE = datetime(2026, 12, 28, 23, 59, tzinfo=UTC)


def _shortened(text: str, keep: int = 11) -> str:
    return text if len(text) <= keep + 1 else text[:keep] + "…"


def column_samples() -> tuple[dict[int, str], dict[int, tuple[str, str]]]:
    """The sample texts of the fixed and of the flexible columns, in the window's language."""
    overdue = fmt.countdown(-(157 * 86400 + 14 * 3600)) + " " + fmt.urgency_mark(Urgency.OVERDUE)
    items = QCoreApplication.translate("OrderList", "%1 · %n items", None, 3).replace(
        "%1", "USB-C Charging Cable 2m 100W"
    )
    status = fmt.status_text("cancel_requested")
    deadline = fmt.deadline_text("refund_expected_by")
    fixed = {
        COL_ORDER: _SAMPLE_ORDER,
        COL_TOTAL: fmt.money(Decimal("12345.67"), "USD"),
        COL_LEFT: overdue,
    }
    flexible = {
        COL_STORE: ("Vention Offi…", "SucceBuy Appliance Overseas"),
        COL_ITEMS: (_shortened(items), items),
        COL_STATUS: (_shortened(fmt.status_text("refund_pending")), status),
        COL_DEADLINE: (_shortened(deadline, 15), f"{deadline} · {fmt.local_time(_SAMPLE_DUE)}"),
    }
    return fixed, flexible


# When even the narrowest widths don't fit, these columns step aside, first to last (the detail
# panel shows them): order number, items and time left always stay.
_HIDE_FIRST = (COL_STATUS, COL_STORE, COL_DEADLINE, COL_TOTAL)
_AUTO, _CHOSEN = b"A", b"C"  # first byte of a saved header state: widths automatic or chosen
_AUTO_V2, _CHOSEN_V2 = b"a", b"c"  # the same, followed by a byte of the columns the user hid


class OrderTable(QTableView):
    open_pressed = Signal()
    delete_pressed = Signal()
    menu_requested = Signal(QModelIndex, QPoint)  # index, global position
    files_dropped = Signal(QModelIndex, QMimeData)  # files or an image dropped onto a row
    empty_action_clicked = Signal()  # the button under the empty text (see set_empty_text)

    def __init__(self, model: OrderTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auto_fit = True  # widths from samples, until the user sizes a column
        self._fitting = False  # fit_columns is sizing: those resizes are not the user's
        self._user_hidden: set[int] = set()  # hidden with the header menu: stays hidden
        self._no_room: set[int] = set()  # stepped aside because the table is too narrow
        self._fixed_samples, self._flex_samples = column_samples()
        # Found by name, Qt's viewport reaches Python as the plain QWidget it is. Asked for with
        # viewport() the first time, PySide first looks through every QtWidgets class for what
        # it might be, creating each one's Python type and enums (about 12 ms of start-up);
        # afterwards viewport() returns this same object.
        self._viewport = self.findChild(QWidget, "qt_scrollarea_viewport") or self.viewport()
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
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance(header_text(COL_TOTAL)) + 16)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
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

    def point_sort_arrows(self) -> None:
        """The sort arrow as most buyers read it (▲ ascending, ▼ descending, see
        ``ui.common.sort_arrows``). Called once the window is painted: the style it takes is not
        worth delaying the first paint for."""
        from ui.common.sort_arrows import point_sort_arrows  # deferred: after the first paint

        point_sort_arrows(self.horizontalHeader())

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
        """A menu of the columns, checked where the user wants them (the header's context menu);
        a column that stepped aside for lack of room says so, and comes back by itself."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for column in range(COLUMN_COUNT):
            text = header_text(column)
            if column in self._no_room:
                text = self.tr("%1 (no room at this width)").replace("%1", text)
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(column not in self._user_hidden)
            action.setEnabled(column not in (COL_ORDER, COL_LEFT))
            action.toggled.connect(partial(self.set_column_shown, column))
            menu.addAction(action)
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().popup(self.horizontalHeader().mapToGlobal(pos))

    def set_column_shown(self, column: int, shown: bool) -> None:
        """The user's choice, kept across sizes and sessions (order number and time left always
        show)."""
        if column in (COL_ORDER, COL_LEFT):
            return
        if shown:
            self._user_hidden.discard(column)
        else:
            self._user_hidden.add(column)
        self.fit_columns()

    def hidden_for_room(self) -> set[int]:
        """The columns that stepped aside because the table is too narrow for them."""
        return set(self._no_room)

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
        """Widths from sample texts until the user sizes a column (dragging its edge, or a
        restored state with chosen widths); from then on the user's widths stay. Whatever the
        widths, when the table is too narrow the columns step aside (``_HIDE_FIRST``) so that the
        order number, the items and the countdown stay on screen, and come back when there is
        room again. Columns the user hid (the header menu) stay hidden."""
        fm = self.fontMetrics()

        def width(sample: str) -> int:
            return fm.horizontalAdvance(sample) + 18

        header = self.horizontalHeader()
        # A column is never narrower than its title and the sort arrow beside it.
        titles = self.horizontalHeader().fontMetrics()
        title = {c: titles.horizontalAdvance(header_text(c)) + 30 for c in range(COLUMN_COUNT)}
        fixed = {c: max(width(s), title[c]) for c, s in self._fixed_samples.items()}
        flexible = {
            c: (width(small), max(width(large), title[c])) for c, (small, large) in self._flex_samples.items()
        }
        if not self._auto_fit:  # the user's widths: what each column takes now
            fixed = {c: header.sectionSize(c) or fixed[c] for c in fixed}
            flexible = {
                c: (lo if c == COL_ITEMS else header.sectionSize(c) or lo, hi)
                for c, (lo, hi) in flexible.items()
            }
        available = self.viewport().width()
        hidden = set(self._user_hidden)

        def needed() -> int:
            return sum(w for c, w in fixed.items() if c not in hidden) + sum(
                lo for c, (lo, _) in flexible.items() if c not in hidden
            )

        no_room: set[int] = set()
        for column in _HIDE_FIRST:
            if needed() <= available:
                break
            if column not in hidden:
                hidden.add(column)
                no_room.add(column)
        self._no_room = no_room
        self._fitting = True
        try:
            for column in range(COLUMN_COUNT):
                header.setSectionHidden(column, column in hidden)
            if self._auto_fit:
                spare = available - needed()
                wanted = sum(hi - lo for c, (lo, hi) in flexible.items() if c not in hidden)
                share = 1.0 if wanted <= 0 else max(0.0, min(1.0, spare / wanted))
                for column, w in fixed.items():
                    header.resizeSection(column, w)
                for column, (lo, hi) in flexible.items():
                    if column != COL_ITEMS:  # Items stretches into what is left
                        header.resizeSection(column, int(lo + share * (hi - lo)))
        finally:
            self._fitting = False

    def minimum_width(self) -> int:
        """The narrowest the table can be with the order number, the items and the countdown
        on screen (what the window keeps for it)."""
        fm = self.fontMetrics()
        columns = [
            self._fixed_samples[COL_ORDER],
            self._fixed_samples[COL_LEFT],
            self._flex_samples[COL_ITEMS][0],
        ]
        # The scroll bar's own width (the style's extent); asking the style for it would create
        # QStyle's Python enums, which costs start-up time.
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return (
            sum(fm.horizontalAdvance(sample) + 18 for sample in columns) + scroll_bar + 2 * self.frameWidth()
        )

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        # Qt resizes Items (the stretching column) and hidden columns (to 0) by itself.
        if not self._fitting and new > 0 and column != COL_ITEMS:
            self._auto_fit = False  # someone chose a width: keep the widths from now on

    def header_state(self) -> bytes:
        """The header's state, marked with whether the widths are still the automatic ones and
        which columns the user hid (a column that only stepped aside for room is saved shown)."""
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for column in self._no_room:
                header.setSectionHidden(column, False)
            state = bytes(header.saveState().data())
        finally:
            for column in self._no_room:
                header.setSectionHidden(column, True)
            self._fitting = False
        hidden = sum(1 << column for column in self._user_hidden)
        return (_AUTO_V2 if self._auto_fit else _CHOSEN_V2) + bytes([hidden]) + state

    def restore_header_state(self, state: bytes | QByteArray) -> bool:
        """Sort, column order, (if the user chose them) widths and the columns the user hid, of
        an earlier session; False if ``state`` is unusable. A column hidden only for lack of room
        comes back when there is room."""
        data = bytes(state.data()) if isinstance(state, QByteArray) else bytes(state)
        header = self.horizontalHeader()
        marker = data[:1]
        if marker in (_AUTO_V2, _CHOSEN_V2) and len(data) > 2:
            user_hidden = {c for c in range(COLUMN_COUNT) if data[1] & (1 << c)}
            qt_state = data[2:]
        elif marker in (_AUTO, _CHOSEN):  # saved by an earlier version: its hidden columns were for room
            user_hidden, qt_state = set(), data[1:]
        else:
            return False
        if not header.restoreState(QByteArray(qt_state)):
            return False
        self._auto_fit = marker in (_AUTO, _AUTO_V2)
        self._user_hidden = user_hidden - {COL_ORDER, COL_LEFT}
        self.fit_columns()
        self.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True
