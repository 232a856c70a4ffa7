"""The order list panel as a user meets it: sidebar, search, table, keys, live countdowns."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from app.clock import FrozenClock
from app.domain.views import View
from app.services.listing import ListRow
from ui.orders.cells import COL_ITEMS, COL_LEFT, COL_ORDER, COL_STATUS, COL_STORE, COL_TOTAL
from ui.orders.list_panel import OrderListPanel
from ui.orders.table_model import ROW_ROLE

NOW = int(datetime(2026, 3, 10, 12, tzinfo=UTC).timestamp())  # the conftest clock's time
HOUR, DAY = 3600, 86400


def make_row(
    rid: int,
    *,
    due: int | None = 5 * DAY,
    status: str = "in_transit",
    store: str = "Hoco Store",
    title: str = "USB-C Cable",
    tracking: str = "",
    trash: bool = False,
) -> ListRow:
    number = f"80000000000{rid:05d}"
    search = " ".join(p for p in (number, store, title, tracking) if p).casefold()
    return ListRow(
        rid,
        number,
        store,
        title,
        1,
        "10.00",
        "USD",
        status,
        "protection_ends" if due is not None else None,
        None if due is None else NOW + due,
        search,
        trash,
        False,
    )


ROWS = [
    make_row(1, due=-HOUR, status="awaiting_shipment", store="Baseus Store", title="Charger"),
    make_row(2, due=30 * HOUR, store="UGREEN Official", title="Cable", tracking="LP00123456789CN"),
    make_row(3, due=5 * DAY, status="dispute_open", store="Xiaomi", title="Watch"),
    make_row(4, due=10 * DAY, status="delivered", store="Anker", title="Power bank"),
    make_row(5, due=None, status="completed", store="KZ Audio", title="Earbuds"),
]


@pytest.fixture
def panel(qtbot: Any, clock: FrozenClock) -> OrderListPanel:
    widget = OrderListPanel(clock)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.set_rows(ROWS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_numbers(panel: OrderListPanel) -> list[str]:
    model = panel.table.model()
    return [model.index(r, COL_ORDER).data() for r in range(model.rowCount())]


def sidebar_texts(panel: OrderListPanel) -> list[str]:
    return [panel.sidebar.item(i).text() for i in range(panel.sidebar.count())]


def click_view(qtbot: Any, panel: OrderListPanel, label: str) -> None:
    item = next(
        panel.sidebar.item(i)
        for i in range(panel.sidebar.count())
        if panel.sidebar.item(i).text().startswith(label)
    )
    rect = panel.sidebar.visualItemRect(item)
    qtbot.mouseClick(panel.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_row(
    qtbot: Any, panel: OrderListPanel, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    rect = panel.table.visualRect(panel.table.model().index(row, COL_ORDER))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


class Changes:
    def __init__(self, panel: OrderListPanel) -> None:
        self.seen: list[tuple[int, int, int, int]] = []
        panel.table.model().dataChanged.connect(
            lambda a, b, roles=(): self.seen.append((a.row(), b.row(), a.column(), b.column()))
        )


# -- live countdowns --------------------------------------------------------------------------


@pytest.fixture
def big_panel(qtbot: Any, clock: FrozenClock) -> OrderListPanel:
    widget = OrderListPanel(clock)
    qtbot.addWidget(widget)
    widget.resize(700, 300)  # shows a dozen of the 1000 rows
    widget.set_rows([make_row(i, due=i * 60) for i in range(1, 1001)])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_tick_marks_only_the_time_left_cells_of_the_rows_on_screen(big_panel: OrderListPanel) -> None:
    table = big_panel.table
    changes = Changes(big_panel)
    big_panel.tick()
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    assert changes.seen == [(first, last, COL_LEFT, COL_LEFT)]
    assert first == 0 and 5 < last < 40

    table.scrollToBottom()
    changes.seen.clear()
    big_panel.tick()
    assert len(changes.seen) == 1
    top, bottom, _, _ = changes.seen[0]
    assert bottom == 999 and top == table.rowAt(0) > 900


def test_the_timer_ticks_every_second_with_the_clock_time(
    qtbot: Any, big_panel: OrderListPanel, clock: FrozenClock
) -> None:
    clock.advance(timedelta(seconds=7))
    with qtbot.waitSignal(big_panel.ticked, timeout=2500) as blocker:
        pass
    assert blocker.args == [NOW + 7]


def test_countdowns_follow_the_clock_including_jumps(big_panel: OrderListPanel, clock: FrozenClock) -> None:
    left = big_panel.table.model().index(0, COL_LEFT)
    assert left.data().startswith("00:01:00")
    clock.advance(timedelta(seconds=25))
    big_panel.tick()
    assert left.data().startswith("00:00:35")
    clock.advance(timedelta(hours=3))  # the laptop slept: the next tick shows the real time
    big_panel.tick()
    assert left.data().startswith("overdue 02:59:25")


def test_ticking_for_hours_leaks_no_references(
    qtbot: Any, big_panel: OrderListPanel, clock: FrozenClock
) -> None:
    """PySide6 6.12.0's Signal.emit drops a reference to True per call (abort after ~10,000);
    the once-a-second path must not, or the app dies after a few hours open."""
    big_panel.ticked.connect(lambda _now: None)
    big_panel.tick()
    before = sys.getrefcount(True)
    for _ in range(300):
        clock.advance(timedelta(seconds=1))
        big_panel.tick()
    assert sys.getrefcount(True) >= before


def test_no_tick_work_while_hidden_or_minimized(
    qtbot: Any, big_panel: OrderListPanel, clock: FrozenClock
) -> None:
    changes = Changes(big_panel)
    ticks: list[int] = []
    big_panel.ticked.connect(ticks.append)
    big_panel.showMinimized()
    qtbot.waitUntil(big_panel.isMinimized)
    clock.advance(timedelta(seconds=5))
    big_panel.tick()
    big_panel.hide()
    big_panel.tick()
    assert changes.seen == [] and ticks == []
    assert big_panel.table.model().now() == NOW  # not even the clock was read into the model
    big_panel.showNormal()
    qtbot.waitExposed(big_panel)
    big_panel.tick()
    assert ticks[-1] == NOW + 5 and changes.seen


def test_sidebar_count_follows_a_deadline_crossing_48_hours(
    panel: OrderListPanel, clock: FrozenClock
) -> None:
    soon = make_row(9, due=48 * HOUR + 30)
    panel.update_rows([soon])
    assert sidebar_texts(panel)[0] == "Needs attention (2)"
    assert soon.number not in table_numbers(panel)
    clock.advance(timedelta(seconds=40))
    panel.tick()  # within a minute of the last count: no recount yet
    assert sidebar_texts(panel)[0] == "Needs attention (2)"
    clock.advance(timedelta(seconds=30))
    panel.tick()
    assert sidebar_texts(panel)[0] == "Needs attention (3)"
    assert soon.number in table_numbers(panel)


# -- views, search, empty states -----------------------------------------------------------------


def test_sidebar_lists_every_view_with_its_count(panel: OrderListPanel) -> None:
    texts = sidebar_texts(panel)
    assert texts[0] == "Needs attention (2)"
    assert "Disputes (1)" in texts and "All orders (5)" in texts and "Trash (0)" in texts
    assert len(texts) == len(View)
    assert panel.current_view() is View.NEEDS_ATTENTION


def test_clicking_a_view_shows_its_orders(qtbot: Any, panel: OrderListPanel) -> None:
    assert table_numbers(panel) == [ROWS[0].number, ROWS[1].number]
    click_view(qtbot, panel, "Disputes")
    assert panel.current_view() is View.DISPUTES
    assert table_numbers(panel) == [ROWS[2].number]
    panel.set_view(View.ALL)
    assert panel.sidebar.currentItem().text().startswith("All orders")
    assert len(table_numbers(panel)) == 5


def test_typing_in_search_narrows_by_number_store_title_or_tracking(
    qtbot: Any, panel: OrderListPanel
) -> None:
    panel.set_view(View.ALL)
    assert panel.search.placeholderText() == "Search order, store, title, tracking"
    for term, expected in [("ugreen", [2]), ("power", [4]), ("lp0012", [2]), (ROWS[2].number[-6:], [3])]:
        panel.search.clear()
        qtbot.keyClicks(panel.search, term)
        assert table_numbers(panel) == [ROWS[i - 1].number for i in expected], term


def test_escape_clears_the_search_and_ctrl_f_focuses_it(qtbot: Any, panel: OrderListPanel) -> None:
    panel.activateWindow()
    qtbot.waitActive(panel)
    qtbot.keyClicks(panel.search, "watch")
    assert table_numbers(panel) == []
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == "" and len(table_numbers(panel)) == 2
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()


def test_an_empty_view_says_so_instead_of_a_blank_grid(qtbot: Any, panel: OrderListPanel) -> None:
    assert panel.table.empty_box.isHidden()
    panel.update_rows([ROWS[0]._replace(next_due=NOW + 20 * DAY), ROWS[1]._replace(next_due=NOW + 20 * DAY)])
    assert panel.table.empty_label.isVisible()
    assert panel.table.empty_label.text() == "Nothing needs your attention."
    assert not panel.table.empty_button.isVisible()
    panel.set_view(View.ALL)
    assert panel.table.empty_box.isHidden()
    qtbot.keyClicks(panel.search, "no such thing")
    assert (
        panel.table.empty_label.isVisible()
        and "No orders match “no such thing”" in panel.table.empty_label.text()
    )
    assert not panel.table.empty_button.isVisible()  # already searching everything
    panel.set_view(View.TRASH)
    panel.search.clear()
    assert panel.table.empty_label.text() == "The trash is empty."


def test_a_search_that_finds_nothing_in_one_view_offers_to_search_all_orders(
    qtbot: Any, panel: OrderListPanel
) -> None:
    panel.set_view(View.DELIVERED)
    qtbot.keyClicks(panel.search, "xiaomi")  # the watch is in a dispute, not delivered
    assert table_numbers(panel) == []
    assert "Other views hold 1 matching order." in panel.table.empty_label.text()
    button = panel.table.empty_button
    assert button.isVisible() and button.text() == "Search all orders"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.current_view() is View.ALL
    assert panel.search.text() == "xiaomi"
    assert table_numbers(panel) == [ROWS[2].number]


def test_clicking_a_column_header_sorts_by_it(qtbot: Any, panel: OrderListPanel) -> None:
    panel.set_view(View.ALL)
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_STORE) + header.sectionSize(COL_STORE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    stores = [panel.table.model().index(r, COL_STORE).data() for r in range(5)]
    assert stores == sorted(stores, key=str.casefold) or stores == sorted(
        stores, key=str.casefold, reverse=True
    )
    assert header.sortIndicatorSection() == COL_STORE


# -- selection and signals ---------------------------------------------------------------------


def test_clicking_a_row_makes_it_current_and_says_so(qtbot: Any, panel: OrderListPanel) -> None:
    with qtbot.waitSignal(panel.current_order_changed) as blocker:
        click_row(qtbot, panel, 1)
    assert blocker.args == [ROWS[1].number]
    assert panel.current_number() == ROWS[1].number


def test_double_click_asks_to_open_that_order(qtbot: Any, panel: OrderListPanel) -> None:
    viewport = panel.table.viewport()
    where = QPointF(panel.table.visualRect(panel.table.model().index(1, COL_ORDER)).center())
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # press, release, double-click, release: QTest.mouseDClick misplaces events on child widgets
    click_row(qtbot, panel, 1)
    double = QMouseEvent(
        QEvent.Type.MouseButtonDblClick, where, viewport.mapToGlobal(where), left, left, none
    )
    with qtbot.waitSignal(panel.open_requested) as blocker:
        QApplication.sendEvent(viewport, double)
    qtbot.mouseRelease(viewport, left, none, where.toPoint())
    assert blocker.args == [ROWS[1].number]


def test_enter_asks_to_open_the_current_order(qtbot: Any, panel: OrderListPanel) -> None:
    click_row(qtbot, panel, 0)
    with qtbot.waitSignal(panel.open_requested) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert blocker.args == [ROWS[0].number]


def test_delete_key_asks_to_delete_every_selected_order(qtbot: Any, panel: OrderListPanel) -> None:
    click_row(qtbot, panel, 0)
    click_row(qtbot, panel, 1, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(panel.delete_requested) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert blocker.args == [[ROWS[0].number, ROWS[1].number]]
    assert panel.selected_numbers() == [ROWS[0].number, ROWS[1].number]


def test_right_click_asks_for_a_context_menu_on_that_order(qtbot: Any, panel: OrderListPanel) -> None:
    click_row(qtbot, panel, 0)
    rect = panel.table.visualRect(panel.table.model().index(1, COL_ORDER))
    where = panel.table.viewport().mapToGlobal(rect.center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), where)
    with qtbot.waitSignal(panel.context_menu_requested) as blocker:
        QApplication.sendEvent(panel.table.viewport(), event)
    assert blocker.args == [ROWS[1].number, where]
    assert panel.current_number() == ROWS[1].number  # the menu is about the row under the mouse


def test_select_number_selects_and_reports_shown_orders_only(panel: OrderListPanel) -> None:
    assert panel.select_number(ROWS[1].number)
    assert panel.current_number() == ROWS[1].number and panel.selected_numbers() == [ROWS[1].number]
    assert not panel.select_number(ROWS[3].number)  # delivered: not in "Needs attention"


def test_the_current_order_stays_selected_across_search_update_and_reload(panel: OrderListPanel) -> None:
    panel.set_view(View.ALL)
    panel.select_number(ROWS[2].number)
    changed: list[object] = []
    panel.current_order_changed.connect(changed.append)
    panel.search.setText("xiao")
    panel.search.clear()
    panel.update_rows([ROWS[2]._replace(store="Xiaomi Global", next_due=NOW - DAY)])
    panel.set_rows(list(panel.rows()))
    assert panel.current_number() == ROWS[2].number and changed == []
    panel.update_rows([ROWS[2]._replace(in_trash=True)])  # it leaves the view
    assert panel.current_number() != ROWS[2].number and changed


def test_removed_orders_leave_the_table_and_the_counts(panel: OrderListPanel) -> None:
    panel.remove_ids([1])
    assert table_numbers(panel) == [ROWS[1].number]
    assert sidebar_texts(panel)[0] == "Needs attention (1)"
    assert len(panel.rows()) == 4


def test_header_state_without_user_widths_keeps_fitting_the_space(
    qtbot: Any, panel: OrderListPanel, clock: FrozenClock
) -> None:
    panel.table.sortByColumn(COL_STORE, Qt.SortOrder.AscendingOrder)
    panel.resize(620, 500)
    qtbot.waitUntil(lambda: panel.table.horizontalHeader().isSectionHidden(COL_STATUS))
    state = panel.header_state()  # saved while narrow: automatic widths, not a choice
    other = OrderListPanel(clock)
    qtbot.addWidget(other)
    other.resize(1200, 500)
    other.show()
    qtbot.waitExposed(other)
    assert other.restore_header_state(QByteArray(state))  # QSettings may hand back a QByteArray
    header = other.table.horizontalHeader()
    assert not header.isSectionHidden(COL_STATUS) and header.sortIndicatorSection() == COL_STORE


def drag_column_edge(qtbot: Any, panel: OrderListPanel, column: int, dx: int) -> None:
    header = panel.table.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + dx, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + dx, y))


def test_dragging_a_column_edge_keeps_the_users_widths(qtbot: Any, panel: OrderListPanel) -> None:
    header = panel.table.horizontalHeader()
    before = header.sectionSize(COL_ORDER)
    drag_column_edge(qtbot, panel, COL_ORDER, 40)
    width = header.sectionSize(COL_ORDER)
    assert width == before + 40
    panel.resize(1000, 500)
    qtbot.wait(20)
    assert header.sectionSize(COL_ORDER) == width


def test_header_state_brings_back_sort_and_widths(
    qtbot: Any, panel: OrderListPanel, clock: FrozenClock
) -> None:
    panel.set_view(View.ALL)
    panel.table.sortByColumn(COL_STORE, Qt.SortOrder.DescendingOrder)
    drag_column_edge(qtbot, panel, COL_ORDER, 60)
    width = panel.table.horizontalHeader().sectionSize(COL_ORDER)
    state = panel.header_state()
    assert isinstance(state, bytes)
    other = OrderListPanel(clock)
    qtbot.addWidget(other)
    other.set_rows(ROWS)
    other.set_view(View.ALL)
    assert other.restore_header_state(state)
    assert other.table.horizontalHeader().sectionSize(COL_ORDER) == width
    stores = [other.table.model().index(r, COL_STORE).data() for r in range(5)]
    assert stores == sorted(stores, key=str.casefold, reverse=True)
    assert not other.restore_header_state(b"garbage")


def test_a_narrow_table_keeps_number_items_and_countdown_on_screen(qtbot: Any, panel: OrderListPanel) -> None:
    table, header = panel.table, panel.table.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(7))  # wide: every column
    panel.resize(620, 500)
    qtbot.waitUntil(lambda: header.isSectionHidden(COL_STATUS))
    assert header.sectionViewportPosition(COL_LEFT) + header.sectionSize(COL_LEFT) <= table.viewport().width()
    assert not header.isSectionHidden(COL_ORDER) and not header.isSectionHidden(COL_ITEMS)
    panel.resize(1200, 500)
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_STATUS))


def test_the_header_menu_shows_and_hides_columns(panel: OrderListPanel) -> None:
    header = panel.table.horizontalHeader()
    menu = panel.table.column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"Order", "Store", "Items", "Total", "Status", "Next deadline", "Time left"}
    assert not actions["Time left"].isEnabled() and actions["Store"].isChecked()
    actions["Store"].trigger()
    assert header.isSectionHidden(COL_STORE)
    panel.resize(1300, 500)  # the user's choice stands through a resize
    panel.table.fit_columns()
    assert header.isSectionHidden(COL_STORE)


def test_table_looks_like_an_order_list(panel: OrderListPanel) -> None:
    table = panel.table
    assert table.isSortingEnabled() and table.alternatingRowColors() and not table.wordWrap()
    assert table.selectionBehavior() == table.SelectionBehavior.SelectRows
    heights = {table.rowHeight(r) for r in range(table.model().rowCount())}
    assert len(heights) == 1
    assert all(w.accessibleName() for w in (panel.sidebar, panel.search, table))
    assert panel.table.model().index(0, 0).data(ROW_ROLE) == ROWS[0]


def test_a_palette_change_recolours_the_countdowns(qtbot: Any, panel: OrderListPanel) -> None:
    left = panel.table.model().index(0, COL_LEFT)
    light = left.data(Qt.ItemDataRole.BackgroundRole)
    palette = panel.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.black)
    panel.setPalette(palette)
    QApplication.sendPostedEvents(panel, QEvent.Type.PaletteChange)
    dark = left.data(Qt.ItemDataRole.BackgroundRole)
    assert dark.lightness() < 128 < light.lightness()


def test_a_column_that_stepped_aside_for_room_comes_back_after_a_restart(
    qtbot: Any, panel: OrderListPanel, clock: FrozenClock
) -> None:
    header = panel.table.horizontalHeader()
    drag_column_edge(qtbot, panel, COL_ORDER, 20)  # the user chose a width: no more automatic widths
    panel.table.set_column_shown(COL_TOTAL, False)  # and hid a column on purpose
    panel.resize(640, 500)
    qtbot.waitUntil(lambda: header.isSectionHidden(COL_STATUS))  # no room: it steps aside
    assert panel.table.hidden_for_room() >= {COL_STATUS}
    right = header.sectionViewportPosition(COL_LEFT) + header.sectionSize(COL_LEFT)
    assert right <= panel.table.viewport().width()  # the countdown stays on screen all the same
    state = panel.header_state()  # saved while narrow
    other = OrderListPanel(clock)
    qtbot.addWidget(other)
    other.resize(1300, 500)
    other.show()
    qtbot.waitExposed(other)
    assert other.restore_header_state(state)
    other_header = other.table.horizontalHeader()
    assert not other_header.isSectionHidden(COL_STATUS), "back when there is room"
    assert other_header.isSectionHidden(COL_TOTAL), "the user's own choice stays"
    # The header menu offers the hidden column back.
    actions = {a.text(): a for a in other.table.column_menu().actions()}
    assert not actions["Total"].isChecked()
    actions["Total"].trigger()
    assert not other_header.isSectionHidden(COL_TOTAL)


def test_the_header_menu_says_which_columns_have_no_room(qtbot: Any, panel: OrderListPanel) -> None:
    panel.resize(620, 500)
    qtbot.waitUntil(lambda: panel.table.horizontalHeader().isSectionHidden(COL_STATUS))
    texts = [a.text() for a in panel.table.column_menu().actions()]
    assert "Status (no room at this width)" in texts
