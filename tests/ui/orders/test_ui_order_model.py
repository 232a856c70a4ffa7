"""The order table model: texts, colours, views, search, sorting and single-row changes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from app.domain.model import Status
from app.domain.views import View, in_view
from app.services.demo import generate
from app.services.listing import ListingService, ListRow
from ui.common import format as fmt
from ui.orders.cells import COL_DEADLINE, COL_ITEMS, COL_LEFT, COL_ORDER, COL_STATUS, COL_STORE, COL_TOTAL
from ui.orders.table_model import ROW_ROLE, SORT_ROLE, OrderTableModel

NOW = int(datetime(2026, 3, 10, 12, tzinfo=UTC).timestamp())  # the conftest clock's time
HOUR, DAY = 3600, 86400
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> None:
    """The model reads the application palette for its colours."""


def make_row(
    rid: int,
    *,
    due: int | None = 5 * DAY,
    status: str = "in_transit",
    store: str = "Hoco Store",
    title: str = "USB-C Cable",
    items: int = 1,
    total: str = "10.00",
    currency: str = "USD",
    kind: str | None = "protection_ends",
    tracking: str = "",
    trash: bool = False,
    number: str | None = None,
) -> ListRow:
    """A list row; ``due`` is seconds from NOW (None: no open deadline)."""
    number = number or f"80000000000{rid:05d}"
    search = " ".join(p for p in (number, store, title, tracking) if p).casefold()
    return ListRow(
        rid,
        number,
        store,
        title,
        items,
        total,
        currency,
        status,
        kind if due is not None else None,
        None if due is None else NOW + due,
        search,
        trash,
        False,
    )


def filled_model(rows: list[ListRow], view: View = View.ALL) -> OrderTableModel:
    model = OrderTableModel()
    model.set_now(NOW)
    model.set_rows(rows)
    model.set_view(view)
    return model


def shown(model: OrderTableModel, column: int = COL_ORDER) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def ids(model: OrderTableModel) -> list[int]:
    return [model.index(r, 0).data(ROW_ROLE).id for r in range(model.rowCount())]


SAMPLE = [
    make_row(
        1,
        due=-2 * HOUR,
        status="refund_pending",
        store="Baseus Store",
        title="Charger",
        kind="refund_expected_by",  # overdue: the buyer chases it
    ),
    make_row(
        2,
        due=30 * HOUR,
        status="in_transit",
        store="ugreen Official",
        title="Cable",
        items=3,
        tracking="LP00123456789CN",
    ),
    make_row(
        3,
        due=5 * DAY,
        status="dispute_open",
        store="Xiaomi",
        title="Watch",
        total="120.50",
        kind="seller_response_due",
    ),
    make_row(
        4, due=10 * DAY, status="delivered", store="Anker", title="Power bank", total="9.99", currency="EUR"
    ),
    make_row(
        5,
        due=40 * DAY,
        status="awaiting_payment",
        store="KZ Audio",
        title="Earbuds",
        total="1500",
        currency="JPY",
        kind="unpaid_autoclose",
    ),
    make_row(6, due=None, status="completed", store="Hoco Store", title="Knife set", total="45.00"),
    make_row(7, due=3 * HOUR, status="in_transit", store="Trash Store", title="Lamp", trash=True),
]


def test_model_passes_qt_model_tester_through_views_searches_and_sorts(qtmodeltester: Any) -> None:
    model = filled_model(SAMPLE)
    qtmodeltester.check(model)
    model.set_view(View.NEEDS_ATTENTION)
    qtmodeltester.check(model)
    model.set_search("cable")
    qtmodeltester.check(model)
    model.set_search("")
    model.set_view(View.ALL)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    model.update_rows([make_row(8, due=HOUR), SAMPLE[2]._replace(status="completed")])
    model.remove_ids([1, 2])
    qtmodeltester.check(model)


def test_cells_show_number_store_items_money_status_deadline_and_countdown() -> None:
    model = filled_model(SAMPLE)
    row = model.row_of_number(SAMPLE[1].number)
    assert row is not None
    text = [model.index(row, c).data() for c in range(7)]
    assert text[COL_ORDER] == SAMPLE[1].number
    assert text[COL_STORE] == "ugreen Official"
    assert text[COL_ITEMS].startswith("Cable") and "3 items" in text[COL_ITEMS]
    assert text[COL_TOTAL] == fmt.money("10.00", "USD")
    assert text[COL_STATUS] == fmt.status_text("in_transit")
    assert text[COL_DEADLINE] == f"{fmt.deadline_text('protection_ends')} · {fmt.local_time(NOW + 30 * HOUR)}"
    assert text[COL_LEFT].startswith(fmt.countdown(30 * HOUR))
    single = model.row_of_number(SAMPLE[0].number)
    assert model.index(single, COL_ITEMS).data() == "Charger"  # one item: the title alone
    assert model.index(single, COL_LEFT).data().startswith(fmt.countdown(-2 * HOUR))  # "overdue …"
    no_deadline = model.row_of_number(SAMPLE[5].number)
    assert model.index(no_deadline, COL_LEFT).data() == ""
    assert model.index(no_deadline, COL_DEADLINE).data() == ""


def test_numbers_are_right_aligned_and_text_left() -> None:
    model = filled_model(SAMPLE)
    right = model.index(0, COL_TOTAL).data(Qt.ItemDataRole.TextAlignmentRole)
    left = model.index(0, COL_STORE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert (
        right & Qt.AlignmentFlag.AlignRight
        and model.index(0, COL_LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    )
    assert left & Qt.AlignmentFlag.AlignLeft


def test_countdown_follows_the_now_the_owner_sets() -> None:
    model = filled_model([make_row(1, due=2 * HOUR)])
    assert model.index(0, COL_LEFT).data().startswith("02:00:00")
    model.set_now(NOW + 61)
    assert model.index(0, COL_LEFT).data().startswith("01:58:59")


def _urgency_cells(palette: QPalette | None = None) -> dict[str, tuple[Any, Any, str, str]]:
    dues = {"overdue": -HOUR, "critical": 47 * HOUR, "soon": 6 * DAY, "watch": 13 * DAY, "later": 30 * DAY}
    model = filled_model([make_row(i, due=d) for i, d in enumerate(dues.values(), 1)])
    if palette is not None:
        model.set_palette(palette)
    cells = {}
    for name, due in dues.items():
        index = model.index(
            model.row_of_number(make_row(list(dues.values()).index(due) + 1).number), COL_LEFT
        )
        cells[name] = (
            index.data(Qt.ItemDataRole.BackgroundRole),
            index.data(Qt.ItemDataRole.ForegroundRole),
            index.data(Qt.ItemDataRole.ToolTipRole),
            index.data(Qt.ItemDataRole.AccessibleTextRole),
        )
    return cells


def test_each_urgency_level_has_its_own_colour_and_later_none() -> None:
    cells = _urgency_cells()
    tinted = [cells[name][0] for name in ("overdue", "critical", "soon", "watch")]
    assert all(isinstance(c, QColor) for c in tinted)
    assert len({c.name() for c in tinted}) == 4
    assert cells["later"][0] is None and cells["later"][1] is None
    assert all(c.lightness() > 160 for c in tinted)  # light tints under a light palette


def test_dark_palette_gets_dark_tints_with_light_text() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    cells = _urgency_cells(dark)
    for name in ("overdue", "critical", "soon", "watch"):
        background, text = cells[name][0], cells[name][1]
        assert background.lightness() < 110 < text.lightness(), name


def test_time_left_tooltip_and_accessible_text_name_the_urgency_in_words() -> None:
    cells = _urgency_cells()
    words = {
        "overdue": "Overdue",
        "critical": "48 hours",
        "soon": "7 days",
        "watch": "14 days",
        "later": "More than 14 days",
    }
    for name, word in words.items():
        tooltip, accessible = cells[name][2], cells[name][3]
        assert word in tooltip and word in accessible, name
    assert fmt.deadline_text("protection_ends") in cells["soon"][2]
    assert fmt.local_time(NOW + 6 * DAY, with_seconds=True) in cells["soon"][2]


def test_search_matches_number_store_title_and_tracking_case_insensitively() -> None:
    model = filled_model(SAMPLE)
    for term, expected in [
        (SAMPLE[2].number[-5:], [3]),
        ("UGREEN", [2]),
        ("power BANK", [4]),
        ("lp00123", [2]),
        ("  watch ", [3]),
        ("zzz", []),
    ]:
        model.set_search(term)
        assert ids(model) == expected, term
    model.set_search("")
    assert sorted(ids(model)) == [1, 2, 3, 4, 5, 6]


def test_search_stays_inside_the_current_view() -> None:
    model = filled_model(SAMPLE, View.NEEDS_ATTENTION)
    model.set_search("store")  # matches Baseus Store, Hoco Store, Trash Store
    assert ids(model) == [1]


def test_views_show_what_the_domain_puts_in_them_and_counts_agree() -> None:
    model = filled_model(SAMPLE)
    counts = model.counts()
    for view in View:
        model.set_view(view)
        expected = sorted(
            r.id for r in SAMPLE if in_view(view, r.status, r.next_kind, r.next_due, r.in_trash, NOW)
        )
        assert sorted(ids(model)) == expected, view
        assert counts[view] == len(expected), view
    assert counts[View.NEEDS_ATTENTION] == 2 and counts[View.TRASH] == 1 and counts[View.ALL] == 6


def test_counts_follow_time_when_a_deadline_comes_within_48_hours() -> None:
    model = filled_model([make_row(1, due=48 * HOUR + 30)])
    assert model.counts()[View.NEEDS_ATTENTION] == 0
    model.set_now(NOW + 60)
    assert model.counts()[View.NEEDS_ATTENTION] == 1


SORT_EXPECTATIONS = {
    COL_ORDER: [1, 2, 3, 4, 5, 6],
    COL_STORE: [4, 1, 6, 5, 2, 3],  # case-insensitive: Anker, Baseus, Hoco, KZ, ugreen, Xiaomi
    COL_ITEMS: [2, 1, 5, 6, 4, 3],  # by title
    COL_TOTAL: [4, 5, 1, 2, 6, 3],  # per currency (EUR, JPY, USD), then amount
    COL_STATUS: [5, 2, 4, 6, 3, 1],  # lifecycle order of Status
}


@pytest.mark.parametrize("column", sorted(SORT_EXPECTATIONS))
def test_sorting_a_column_orders_rows_both_ways(column: int) -> None:
    model = filled_model(SAMPLE)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert ids(model) == SORT_EXPECTATIONS[column]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert ids(model) == SORT_EXPECTATIONS[column][::-1]


@pytest.mark.parametrize("column", [COL_LEFT, COL_DEADLINE])
def test_time_columns_sort_by_due_time_with_undated_rows_last_both_ways(column: int) -> None:
    rows = [make_row(1, due=5 * DAY), make_row(2, due=None), make_row(3, due=-HOUR), make_row(4, due=HOUR)]
    model = filled_model(rows)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [3, 4, 1, 2]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [1, 4, 3, 2]


def test_deadline_column_groups_by_kind_then_due() -> None:
    rows = [
        make_row(1, due=HOUR, kind="ship_by"),
        make_row(2, due=2 * HOUR, kind="protection_ends"),
        make_row(3, due=3 * HOUR, kind="ship_by"),
    ]
    model = filled_model(rows)
    model.sort(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [2, 1, 3]  # "Protection ends" < "Seller must ship"


def test_sort_role_gives_raw_values_and_row_role_the_list_row() -> None:
    model = filled_model(SAMPLE)
    row = model.row_of_number(SAMPLE[3].number)
    assert model.index(row, COL_LEFT).data(SORT_ROLE) == SAMPLE[3].next_due
    assert model.index(row, COL_TOTAL).data(SORT_ROLE) == ("EUR", Decimal("9.99"))
    assert model.index(row, COL_STATUS).data(SORT_ROLE) == list(Status).index(Status.DELIVERED)
    assert model.index(row, COL_STORE).data(ROW_ROLE) == SAMPLE[3]


def test_selection_follows_its_order_through_sort_and_search() -> None:
    model = filled_model(SAMPLE)
    model.sort(COL_ORDER, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(model.index(model.row_of_number(SAMPLE[2].number), COL_STORE))
    model.sort(COL_STORE, Qt.SortOrder.DescendingOrder)
    assert kept.data(ROW_ROLE).id == 3 and kept.column() == COL_STORE
    model.set_search("xiaomi")
    assert kept.row() == 0 and kept.data(ROW_ROLE).id == 3
    model.set_search("anker")
    assert not kept.isValid()


class Recorder:
    """Collects the model's change signals as plain tuples."""

    def __init__(self, model: OrderTableModel) -> None:
        self.events: list[tuple[Any, ...]] = []
        model.dataChanged.connect(
            lambda a, b, roles=(): self.events.append(("changed", a.row(), b.row(), a.column(), b.column()))
        )
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        model.rowsMoved.connect(lambda _p, a, b, _d, dest: self.events.append(("moved", a, dest)))
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.events.append(("layout",)))


def test_update_of_a_row_in_place_changes_only_that_row() -> None:
    model = filled_model(SAMPLE)
    model.sort(COL_ORDER, Qt.SortOrder.AscendingOrder)
    seen = Recorder(model)
    model.update_rows([SAMPLE[2]._replace(store="Xiaomi Global")])
    assert seen.events == [("changed", 2, 2, 0, 6)]
    assert model.index(2, COL_STORE).data() == "Xiaomi Global"


def test_update_that_changes_the_sort_key_moves_the_row_and_keeps_it_selected() -> None:
    model = filled_model(SAMPLE)  # sorted by time left: 1, 2, 3, 4, 5, 6
    kept = QPersistentModelIndex(model.index(3, COL_ORDER))
    seen = Recorder(model)
    model.update_rows([SAMPLE[3]._replace(next_due=NOW - DAY)])  # now the most overdue
    assert ids(model) == [4, 1, 2, 3, 5, 6]
    assert seen.events[0] == ("moved", 3, 0) and seen.events[-1][0] == "changed"
    assert kept.row() == 0 and kept.data(ROW_ROLE).id == 4
    model.update_rows([model.row_at(0)._replace(next_kind=None, next_due=None)])  # undated: last, by id
    assert ids(model) == [1, 2, 3, 5, 4, 6]


def test_new_rows_are_inserted_where_they_sort_only_when_in_the_view() -> None:
    model = filled_model(SAMPLE, View.NEEDS_ATTENTION)
    seen = Recorder(model)
    model.update_rows([make_row(20, due=40 * HOUR), make_row(21, due=20 * DAY)])
    assert seen.events == [("inserted", 2, 2)]
    assert ids(model) == [1, 2, 20]
    assert model.counts()[View.ALL] == 8


def test_a_row_that_leaves_the_view_is_removed() -> None:
    model = filled_model(SAMPLE, View.NEEDS_ATTENTION)
    seen = Recorder(model)
    model.update_rows([SAMPLE[0]._replace(in_trash=True)])
    assert seen.events == [("removed", 0, 0)]
    assert ids(model) == [2]
    model.set_view(View.TRASH)
    assert sorted(ids(model)) == [1, 7]


def test_remove_ids_removes_rows_everywhere() -> None:
    model = filled_model(SAMPLE)
    seen = Recorder(model)
    model.remove_ids([2, 3, 6, 99])
    assert seen.events == [("removed", 5, 5), ("removed", 1, 2)]
    assert ids(model) == [1, 4, 5]
    assert model.counts()[View.ALL] == 3 and model.row_of_number(SAMPLE[1].number) is None
    model.set_search("ugreen")
    assert ids(model) == []


def test_set_rows_is_a_reset() -> None:
    model = filled_model(SAMPLE)
    seen = Recorder(model)
    model.set_rows(SAMPLE[:2])
    assert seen.events == [("reset",)]
    assert sorted(ids(model)) == [1, 2]


def test_tick_marks_only_time_left_cells_of_the_rows_asked() -> None:
    model = filled_model([make_row(i, due=i * HOUR) for i in range(1, 51)])
    seen = Recorder(model)
    model.tick(10, 19)
    model.tick(45, 80)  # clipped to the last row
    model.tick(60, 70)  # past the end: nothing
    assert seen.events == [("changed", 10, 19, COL_LEFT, COL_LEFT), ("changed", 45, 49, COL_LEFT, COL_LEFT)]


def test_a_large_update_re_sorts_once_and_ends_where_a_reload_would() -> None:
    rows = [make_row(i, due=i * HOUR) for i in range(1, 101)]
    model = filled_model(rows, View.NEEDS_ATTENTION)
    kept = QPersistentModelIndex(model.index(4, 0))  # order 5
    changed = [row._replace(next_due=NOW + (200 - row.id) * HOUR) for row in rows[:60]]
    model.update_rows(changed)
    fresh = filled_model(changed + rows[60:], View.NEEDS_ATTENTION)
    assert ids(model) == ids(fresh)
    assert not kept.isValid()  # order 5 is now due in 195 h: out of "Needs attention"


def test_row_of_number_finds_shown_rows_only() -> None:
    model = filled_model(SAMPLE, View.DISPUTES)
    assert model.row_of_number(SAMPLE[2].number) == 0
    assert model.row_of_number(SAMPLE[0].number) is None
    assert model.row_of_number("nope") is None


def test_rows_from_the_database_fill_the_model(
    service: Any, database: Any, clock: Any, qtmodeltester: Any
) -> None:
    generate(service, count=150, seed=3)
    now = int(clock.now().timestamp())
    rows = ListingService(database).rows(now).rows
    model = OrderTableModel()
    model.set_now(now)
    model.set_rows(rows)
    qtmodeltester.check(model)
    counts = model.counts()
    assert counts[View.ALL] == 150
    assert model.rowCount() == counts[View.NEEDS_ATTENTION] > 0
    assert all(model.index(r, COL_LEFT).data() for r in range(model.rowCount()))


_row_strategy = st.builds(
    lambda rid, due, status, store, total, trash: make_row(
        rid, due=due, status=status, store=store, total=total, trash=trash
    ),
    rid=st.integers(1, 40),
    due=st.one_of(st.none(), st.integers(-3 * DAY, 20 * DAY)),
    status=st.sampled_from([s.value for s in Status]),
    store=st.sampled_from(["Alpha", "beta", "Gamma", "delta"]),
    total=st.sampled_from(["1.00", "2.50", "10.00", "2.50"]),
    trash=st.booleans(),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.lists(_row_strategy, max_size=30),
    changes=st.lists(st.lists(_row_strategy, min_size=1, max_size=4), max_size=6),
    removed=st.lists(st.integers(1, 40), max_size=5),
    column=st.integers(0, 6),
    descending=st.booleans(),
    view=st.sampled_from(list(View)),
    term=st.sampled_from(["", "a", "ta", "gamma"]),
)
def test_single_changes_end_where_a_full_reload_would(
    start: list[ListRow],
    changes: list[list[ListRow]],
    removed: list[int],
    column: int,
    descending: bool,
    view: View,
    term: str,
) -> None:
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model = filled_model(start, view)
    model.sort(column, order)
    model.set_search(term)
    final = {row.id: row for row in start}
    for batch in changes:
        unique = list({row.id: row for row in batch}.values())
        model.update_rows(unique)
        final.update((row.id, row) for row in unique)
        assert model.rowCount() == len(ids(model))
    model.remove_ids(removed)
    for rid in removed:
        final.pop(rid, None)
    fresh = filled_model(list(final.values()), view)
    fresh.sort(column, order)
    fresh.set_search(term)
    assert ids(model) == ids(fresh)
    assert model.counts() == fresh.counts()
    model.set_search("")  # re-filters from the model's own sort order of every row
    model.set_view(View.ALL)
    fresh.set_search("")
    fresh.set_view(View.ALL)
    assert ids(model) == ids(fresh)
    assert (
        not model.index(model.rowCount(), 0).isValid() and model.rowCount(QModelIndex()) == fresh.rowCount()
    )
