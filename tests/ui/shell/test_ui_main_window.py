"""The main window as a user meets it: first run, sample data, trash with undo, the status
line, remembered layout, the start-up report."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services import Services
from app.services.orders import OrderService
from app.services.settings import LAST_SEEN, SettingsService
from app.services.views import NewEvent, NewOrder
from ui.common import dialogs
from ui.orders.cells import COL_LEFT
from ui.shell import window_layout
from ui.shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


def _window(qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings) -> MainWindow:
    services = Services.ready(service)
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    window = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _add(
    service: OrderService, clock: FrozenClock, number: str, total: str = "10.00", currency: str = "USD"
) -> None:
    service.add_order(
        NewOrder(
            number,
            "Store",
            f"Item {number}",
            Decimal(total),
            currency,
            paid_at=clock.now() - timedelta(hours=3),
            payment_method="card",
            processing_days=1,
        )
    )


def test_first_run_shows_the_welcome_and_sample_data_comes_and_goes_in_one_step(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, service, clock, settings)
    assert window.windowTitle() == "Dispute Desk"
    assert window.stack.currentWidget() is window.empty_state
    window.empty_state.sample_button.click()
    qtbot.waitUntil(lambda: len(window.list_panel.rows()) > 0, timeout=20_000)
    assert window.stack.currentWidget() is not window.empty_state
    assert window.sample_banner.isVisibleTo(window)
    assert all(row.is_demo for row in window.list_panel.rows())
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    window.remove_sample_orders()
    qtbot.waitUntil(lambda: window.list_panel.rows() == [], timeout=20_000)
    assert window.stack.currentWidget() is window.empty_state
    assert not service.has_demo_orders()


def test_delete_moves_to_trash_and_undo_brings_it_back(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    _add(service, clock, "8000000000000001")
    _add(service, clock, "8000000000000002")
    window = _window(qtbot, service, clock, settings)
    window.list_panel.set_view(View.ALL)
    assert window.list_panel.select_number("8000000000000001")
    window.main_actions.delete_action.trigger()
    trashed = {r.number: r.in_trash for r in window.list_panel.rows()}
    assert trashed == {"8000000000000001": True, "8000000000000002": False}
    assert service.show("8000000000000001").in_trash
    assert "Undo" in window.statusBar().currentMessage()
    window.main_actions.undo_action.trigger()  # Ctrl+Z
    assert not service.show("8000000000000001").in_trash
    assert not any(r.in_trash for r in window.list_panel.rows())
    # The status bar no longer offers to undo what is already undone.
    assert window.statusBar().currentMessage() == "Undone: Move 1 order to the trash."
    window.undo_stack.redo()
    assert service.show("8000000000000001").in_trash
    assert window.statusBar().currentMessage() == "Done again: Move 1 order to the trash."


def _protection_ending(
    service: OrderService, clock: FrozenClock, number: str, total: str, currency: str
) -> None:
    """An order whose buyer protection ends in a day: the buyer must act (dispute or confirm)."""
    _add(service, clock, number, total, currency)
    service.record_event(number, NewEvent("shipped", protection_left=timedelta(days=1)))


def test_status_line_counts_orders_due_within_48_hours_and_money_per_currency(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    _protection_ending(service, clock, "8000000000000001", "10.50", "USD")
    _protection_ending(service, clock, "8000000000000002", "2.25", "USD")
    _protection_ending(service, clock, "8000000000000003", "7.00", "EUR")
    window = _window(qtbot, service, clock, settings)
    text = window.status_line.text()
    assert text.startswith("3 order")
    assert "€7.00" in text and "$12.75" in text


def test_waiting_periods_are_neither_at_risk_nor_coloured(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    # Paid three hours ago: the payment check ends within 48 hours, but the buyer has nothing
    # to do; nor while a cancellation waits for the seller's silence to approve it.
    _add(service, clock, "8000000000000001", "10.50", "USD")
    service.add_order(
        NewOrder(
            "8000000000000002",
            "Store",
            "Lamp",
            Decimal("4.00"),
            "USD",
            paid_at=clock.now() - timedelta(days=2),
        )
    )
    service.record_event("8000000000000002", NewEvent("cancel-requested", at=clock.now()))
    _protection_ending(service, clock, "8000000000000003", "7.00", "EUR")
    window = _window(qtbot, service, clock, settings)
    assert window.status_line.text().startswith("1 order")
    assert "USD" not in window.status_line.text()
    panel = window.list_panel
    assert panel.current_view() is View.NEEDS_ATTENTION
    assert [panel.model.row_at(r).number for r in range(panel.model.rowCount())] == ["8000000000000003"]
    panel.set_view(View.ALL)
    model = panel.model
    for row in range(model.rowCount()):
        cell = model.index(row, COL_LEFT)
        acting = model.row_at(row).number == "8000000000000003"
        assert (cell.data(Qt.ItemDataRole.BackgroundRole) is not None) is acting
        assert cell.data().endswith("▲") is acting  # the urgency's shape only where the buyer acts


def test_layout_is_remembered(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    _add(service, clock, "8000000000000001")
    window = _window(qtbot, service, clock, settings)
    window.resize(720, 520)  # within the offscreen screen, so nothing clamps it
    window.splitter.setSizes([500, 200])
    window.list_panel.table.setColumnWidth(0, 233)
    window.close()
    again = _window(qtbot, service, clock, settings)
    assert (again.width(), again.height()) == (720, 520)
    assert again.list_panel.table.columnWidth(0) == 233


def test_a_tiny_remembered_window_opens_at_the_default_size_instead(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    # e.g. saved by a session on a tiny screen: a 500 × 300 window with the list squeezed
    _add(service, clock, "8000000000000001")
    window = _window(qtbot, service, clock, settings)
    window.resize(500, 300)
    window.splitter.setSizes([60, 440])
    window.close()
    again = _window(qtbot, service, clock, settings)
    assert again.width() >= 640 and again.height() >= 420
    left, right = again.splitter.sizes()
    assert left > right, "the list gets the larger part again, as on a first run"


def test_startup_reports_what_crossed_a_deadline_while_closed(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    _add(service, clock, "8000000000000001")  # ship-by is one day after payment
    SettingsService(service.store).set(LAST_SEEN, int(clock.now().timestamp()))
    clock.advance(timedelta(days=3))
    window = _window(qtbot, service, clock, settings)
    window.after_first_paint()
    qtbot.waitUntil(lambda: window.startup_report_dialog is not None, timeout=20_000)
    assert window.startup_report_dialog is not None and window.startup_report_dialog.isVisible()
    # The stale row (ship-by passed) was derived again: the order now awaits its refund.
    qtbot.waitUntil(lambda: window.list_panel.rows()[0].status == "refund_pending", timeout=20_000)
    assert SettingsService(service.store).get(LAST_SEEN) == int(clock.now().timestamp())


def test_standard_shortcuts(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    window = _window(qtbot, service, clock, settings)
    assert window.main_actions.new_action.shortcut().toString() == "Ctrl+N"
    assert window.main_actions.find_action.shortcut().toString() == "Ctrl+F"
    assert window.main_actions.delete_action.shortcut().toString() == "Del"
    assert window.main_actions.edit_action.shortcut().toString() == "Ctrl+E"


def test_cancel_guide_opens_from_the_toolbar_action_and_the_detail_panel(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.wizards.cancel.wizard

    opened: list[str] = []

    def fake_open(_parent: object, _service: object, _clock: object, number: str) -> bool:
        opened.append(number)
        return True

    monkeypatch.setattr(ui.wizards.cancel.wizard, "open_cancel_wizard", fake_open)
    _add(service, clock, "8000000000000001")
    window = _window(qtbot, service, clock, settings)
    window.list_panel.set_view(View.ALL)
    window.list_panel.select_number("8000000000000001")
    assert (
        window.main_actions.cancel_action.isEnabled()
        and window.main_actions.cancel_action.shortcut().toString() == "Ctrl+K"
    )
    window.main_actions.cancel_action.trigger()
    window.detail_panel.show_order("8000000000000001")
    from PySide6.QtWidgets import QPushButton

    button = window.detail_panel.findChild(QPushButton, "cancelGuideButton")
    assert button is not None and button.isVisibleTo(window.detail_panel)
    button.click()
    assert opened == ["8000000000000001", "8000000000000001"]


def test_typing_keys_in_fields_does_not_fire_window_shortcuts(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit

    _add(service, clock, "8000000000000001")
    window = _window(qtbot, service, clock, settings)
    window.list_panel.set_view(View.ALL)
    window.list_panel.select_number("8000000000000001")
    window.activateWindow()
    search = window.list_panel.search
    search.setFocus()
    qtbot.keyClicks(search, "abc")
    search.setCursorPosition(1)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "ac"
    assert not service.show("8000000000000001").in_trash
    window.detail_panel.show_order("8000000000000001")
    note = window.detail_panel.findChild(QPlainTextEdit, "noteEdit")
    assert note is not None
    note.setFocus()
    qtbot.keyClicks(note, "first")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "second")
    assert note.toPlainText() == "first\nsecond"


def test_open_dispute_goes_through_the_dispute_guide(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.wizards.dispute.wizard

    opened: list[str] = []

    def fake_open(_parent: object, _service: object, _clock: object, number: str, **_kw: object) -> bool:
        opened.append(number)
        return False

    monkeypatch.setattr(ui.wizards.dispute.wizard, "open_dispute_wizard", fake_open)
    _add(service, clock, "8000000000000001")
    window = _window(qtbot, service, clock, settings)
    window.list_panel.set_view(View.ALL)
    window.list_panel.select_number("8000000000000001")
    window.main_actions.dispute_action.trigger()
    window.order_commands.record("8000000000000001", "dispute-opened")  # the detail panel's "Open dispute…"
    assert opened == ["8000000000000001", "8000000000000001"]


def _order_actions_enabled(window: MainWindow) -> dict[str, bool]:
    actions = window.main_actions
    return {
        "edit": actions.edit_action.isEnabled(),
        "cancel": actions.cancel_action.isEnabled(),
        "dispute": actions.dispute_action.isEnabled(),
        "trash": actions.delete_action.isEnabled(),
    }


def test_order_actions_are_disabled_until_an_order_is_selected(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    window = _window(qtbot, service, clock, settings)
    assert window.stack.currentWidget() is window.empty_state
    assert not any(_order_actions_enabled(window).values()), "the welcome page has no order to act on"
    window.close()

    _add(service, clock, "8000000000000001")
    _add(service, clock, "8000000000000002")
    window = _window(qtbot, service, clock, settings)
    window.list_panel.set_view(View.ALL)
    assert window.list_panel.current_number() is None
    assert not any(_order_actions_enabled(window).values())
    assert window.list_panel.select_number("8000000000000002")
    assert all(_order_actions_enabled(window).values())
    window.list_panel.table.clearSelection()
    window.list_panel.table.setCurrentIndex(window.list_panel.model.index(-1, 0))
    assert not any(_order_actions_enabled(window).values())
    # In the trash there is nothing to edit, cancel, dispute or trash again: only restoring.
    service.trash("8000000000000001")
    window.refresh_numbers(["8000000000000001"])
    window.list_panel.set_view(View.TRASH)
    assert window.list_panel.select_number("8000000000000001")
    assert not any(_order_actions_enabled(window).values())
    assert window.main_actions.open_action.isEnabled()


def _six_item_order(service: OrderService, clock: FrozenClock, folder: Path) -> str:
    """A real-sized order: six items with their options, a note, tracking, and a dispute the
    seller answered with an offer."""
    from app.services.importing import ImportService

    number = "3069099405659999"
    header = (
        "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,Status"
    )
    lines = [
        f'"2026-02-01",{number},"Stainless steel kitchen knife set, {n} pieces, with a wooden block",1,'
        f'"US $7.30","Some Very Long Official Store Name Ltd.","10050{n}","12000{n}",'
        f'"Color: Black, Size: XL, Ships From: CN","US $7.30|7|30",USD,Awaiting delivery'
        for n in range(6)
    ]
    csv = folder / "orders.csv"
    csv.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    imports = ImportService(service.store, clock)
    imports.apply(imports.preview(csv))
    at = clock.now() - timedelta(days=3)
    service.record_event(number, NewEvent("note", at=at, note="Gift: check the colours first"))
    service.record_event(
        number,
        NewEvent("dispute-opened", at=at, reason="not_as_described", refund=Decimal("20"), wants_return=True),
    )
    service.record_event(number, NewEvent("seller-responded", at=clock.now(), offer=Decimal("8")))
    return number


def test_at_1280_by_780_status_deadlines_and_what_to_do_show_without_scrolling(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

    number = _six_item_order(service, clock, tmp_path)
    window = _window(qtbot, service, clock, settings)
    window.resize(1280, 780)
    window.after_first_paint()
    window.list_panel.set_view(View.ALL)
    window.open_order(number)
    QApplication.processEvents()
    panel = window.detail_panel
    viewport = panel.findChild(QWidget, "qt_scrollarea_viewport")
    shown = [w for w in panel.findChildren(QWidget) if w.isVisibleTo(panel)]
    important = [
        next(w for w in shown if isinstance(w, QLabel) and w.objectName() == "orderStatus"),
        # The next deadline: a dispute's own deadlines show in its section, once, with its countdown.
        next(w for w in shown if w.objectName() in ("deadlineRow", "caseCountdown")),
        next(w for w in shown if isinstance(w, QLabel) and w.objectName() == "caseNext"),  # what to do
        next(w for w in shown if isinstance(w, QPushButton) and w.objectName().startswith("case-")),
    ]
    for widget in important:
        assert widget.mapTo(viewport, QPoint(0, widget.height())).y() <= viewport.height(), (
            widget.objectName()
        )


def test_at_800_by_600_the_countdown_stays_on_screen_and_the_detail_panel_gives_way(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.orders.cells import COL_ORDER

    for n in range(3):
        _add(service, clock, f"800000000000000{n}")
    window = _window(qtbot, service, clock, settings)
    window.after_first_paint()
    table, splitter = window.list_panel.table, window.splitter

    def countdown_on_screen() -> bool:
        QApplication.processEvents()
        header = table.horizontalHeader()
        right = header.sectionViewportPosition(COL_LEFT) + header.sectionSize(COL_LEFT)
        shown = not header.isSectionHidden(COL_LEFT) and not header.isSectionHidden(COL_ORDER)
        return shown and 0 <= header.sectionViewportPosition(COL_LEFT) and right <= table.viewport().width()

    window.resize(1280, 780)
    assert splitter.orientation() == Qt.Orientation.Horizontal and countdown_on_screen()
    window.resize(800, 600)
    QApplication.processEvents()
    assert window.width() == 800
    # Too narrow for both side by side: the list keeps the width, the detail panel moves under it.
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert window.list_panel.width() == window.detail_panel.width() == splitter.width()
    assert countdown_on_screen()
    assert not table.horizontalScrollBar().isVisible()
    window.resize(1000, 700)
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert window.list_panel.width() >= window.list_panel.minimum_width() and countdown_on_screen()
    assert window.detail_panel.width() >= window_layout.DETAIL_MIN_WIDTH - 10  # readable again
    window.resize(800, 600)
    window.resize(1400, 820)  # straight from one above the other to wide: a two-fifths split
    QApplication.processEvents()
    list_width, detail_width = splitter.sizes()
    assert abs(detail_width / (list_width + detail_width) - 0.4) < 0.05


def test_after_a_first_run_on_the_welcome_page_the_detail_panel_gets_two_fifths(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QApplication

    first = _window(qtbot, service, clock, settings)  # no orders: the welcome page, the split unseen
    first.resize(700, 500)
    QApplication.processEvents()
    first.close()
    _add(service, clock, "8000000000000001")
    services = Services.ready(service)
    window = MainWindow(services, clock, services.listing.rows(int(clock.now().timestamp())).rows, settings)
    qtbot.addWidget(window)
    window.resize(1400, 820)  # before it shows, as a window restored from a larger screen
    window.show()
    QApplication.processEvents()
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    list_width, detail_width = window.splitter.sizes()
    assert abs(detail_width / (list_width + detail_width) - 0.4) < 0.05


def test_the_order_lists_arrow_reads_like_the_backups_list(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    from tests.ui.common.arrows import sort_arrow_points_down

    _add(service, clock, "8000000000000001")
    window = _window(qtbot, service, clock, settings)
    window.after_first_paint()
    header = window.list_panel.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder  # soonest first
    assert not sort_arrow_points_down(header)  # ▲, as ▼ means newest first in the backups list
