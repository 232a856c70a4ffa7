"""The window's reminders with pytest-qt: the tray's count and menu (five most urgent orders,
pause, resume, quit), a notification and its click opening the order, the minute check giving
each reminder once, and closing to the tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.reminders import QuietHours
from app.services import Services
from app.services.listing import ListRow
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from ui.common.format import local_time
from ui.common.tasks import TaskRunner
from ui.reminders import prefs
from ui.reminders.desk import ReminderDesk
from ui.reminders.notifier import Notifier
from ui.reminders.tray import ReminderTray, UrgentOrder
from ui.shell.main_window import MainWindow


class Window:
    """What the reminders need of the main window, recording what they asked for."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.forward = 0
        self.quits = 0
        self.notices: list[str] = []

    def open_order(self, number: str) -> None:
        self.opened.append(number)

    def bring_forward(self) -> None:
        self.forward += 1

    def quit(self) -> None:
        self.quits += 1

    def notice(self, text: str) -> None:
        self.notices.append(text)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def services(service: OrderService) -> Services:
    ready = Services.ready(service)
    ready.reminders.set_quiet_hours(QuietHours(enabled=False))  # whatever the machine's zone
    return ready


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


class Shown:
    """Records tray messages instead of showing them."""

    def __init__(self, tray: ReminderTray) -> None:
        self.messages: list[tuple[str, str]] = []
        tray.icon.showMessage = self.record  # type: ignore[method-assign,assignment]

    def record(self, title: str, body: str, *args: Any) -> None:
        self.messages.append((title, body))


def add(service: OrderService, clock: FrozenClock, number: str, left: timedelta) -> None:
    service.add_order(
        NewOrder(
            number,
            "Lamp Store",
            f"Lamp {number}",
            Decimal("9.99"),
            "USD",
            paid_at=clock.now() - timedelta(days=3),
            ship_by=clock.now() + left,
        )
    )


def make_desk(
    window: Window, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> ReminderDesk:
    notifier = Notifier(None, {}, tray_messages=lambda: True)
    desk = ReminderDesk(
        window, services, clock, settings, tasks, tray_available=lambda: True, notifier=notifier
    )
    notifier.setParent(desk)
    return desk


# -- the tray ------------------------------------------------------------------------------------


def menu_texts(tray: ReminderTray) -> list[str]:
    return [action.text() for action in tray.menu.actions() if not action.isSeparator()]


def test_the_tray_lists_the_five_most_urgent_orders_and_opens_one(qtbot: QtBot) -> None:
    tray = ReminderTray()
    orders = [
        UrgentOrder(f"81000000000000{n:02d}", f"Item {n}", "ship_by", 1000 + 3600 * n) for n in range(7)
    ]
    tray.show_orders(orders, 1000)
    texts = menu_texts(tray)
    assert texts[0] == "&Open Dispute Desk"
    assert [a.data() for a in tray.order_actions] == [o.number for o in orders[:5]]
    assert texts[1] == "8100000000000000 – Seller must ship in 00:00:00"
    assert texts[2] == "8100000000000001 – Seller must ship in 01:00:00"
    assert texts[-3:] == ["Pause reminders for 1 &hour", "Pause reminders until &tomorrow", "&Quit"]
    with qtbot.waitSignal(tray.order_requested) as opened:
        tray.order_actions[2].trigger()
    assert opened.args == ["8100000000000002"]
    tray.show_orders([], 1000)
    assert "No deadline within a week" in menu_texts(tray)
    tray.close()


def test_the_tray_counts_what_needs_attention_and_pauses(qtbot: QtBot) -> None:
    tray = ReminderTray()
    tray.set_count(3)
    assert tray.icon.toolTip() == "Dispute Desk: 3 orders needing attention"
    with qtbot.waitSignal(tray.pause_requested) as paused:
        tray.pause_hour_action.trigger()
    assert paused.args == ["hour"]
    with qtbot.waitSignal(tray.pause_requested) as paused:
        tray.pause_tomorrow_action.trigger()
    assert paused.args == ["tomorrow"]
    from datetime import UTC, datetime

    tray.set_paused(datetime(2026, 3, 11, 7, 0, tzinfo=UTC))
    texts = menu_texts(tray)
    assert any(text.startswith("&Resume reminders (paused until 3/11/2026") for text in texts)
    assert "Pause reminders for 1 &hour" not in texts
    assert "Reminders paused until" in tray.icon.toolTip()
    with qtbot.waitSignal(tray.resume_requested):
        tray.resume_action.trigger()
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()
    tray.close()


# -- the desk: checking, notifying, clicking --------------------------------------------------------


def test_a_due_reminder_is_shown_once_and_its_click_opens_the_order(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> None:
    add(services.orders, clock, "8100000000000001", timedelta(hours=20))
    window = Window()
    desk = make_desk(window, services, clock, settings, tasks)
    desk.apply_settings()
    assert desk.tray is not None
    shown = Shown(desk.tray)
    desk.check()
    qtbot.waitUntil(lambda: bool(shown.messages), timeout=10_000)
    tasks.wait()
    [(title, body)] = shown.messages
    assert title == "Seller must ship in 20 hours"
    assert body.startswith("Order 8100000000000001 (Lamp Store): Lamp 8100000000000001\nDue ")
    # The due time as the window's locale writes it, not the command line's ISO form.
    assert f"\nDue {local_time(clock.now() + timedelta(hours=20))}. " in body
    desk.tray.icon.messageClicked.emit()
    assert window.opened == ["8100000000000001"] and window.forward == 1
    desk.check()  # given once: nothing more
    tasks.wait()
    qtbot.wait(50)
    assert len(shown.messages) == 1
    desk.close()


def test_several_at_once_make_one_message_naming_the_soonest(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> None:
    add(services.orders, clock, "2", timedelta(hours=30))
    add(services.orders, clock, "1", timedelta(hours=1))
    window = Window()
    desk = make_desk(window, services, clock, settings, tasks)
    desk.apply_settings()
    assert desk.tray is not None
    shown = Shown(desk.tray)
    desk.check()
    qtbot.waitUntil(lambda: bool(shown.messages), timeout=10_000)
    [(title, body)] = shown.messages
    assert title == "2 deadlines coming up"
    assert body.splitlines() == [
        "Seller must ship in 1 hour: order 1",
        "Seller must ship in 30 hours: order 2",
    ]
    desk.tray.icon.messageClicked.emit()
    assert window.opened == ["1"]
    desk.close()


def test_without_tray_or_notification_service_the_window_says_it(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> None:
    add(services.orders, clock, "1", timedelta(hours=1))
    window = Window()
    desk = ReminderDesk(window, services, clock, settings, tasks, env={}, tray_available=lambda: False)
    desk.start()
    assert desk.tray is None
    qtbot.waitUntil(lambda: bool(window.notices), timeout=10_000)
    assert window.notices == ["Seller must ship in 1 hour"]
    desk.close()


def test_notifications_switched_off_give_nothing(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> None:
    add(services.orders, clock, "1", timedelta(hours=1))
    prefs.set_notify(settings, False)
    desk = make_desk(Window(), services, clock, settings, tasks)
    desk.start()
    tasks.wait()
    assert desk.tray is None  # nothing to show it for: no tray icon either
    assert services.reminders.due() != []  # still due: not given away unseen
    desk.close()


def test_pause_from_the_tray_holds_reminders_and_resume_lets_them_out(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> None:
    window = Window()
    desk = make_desk(window, services, clock, settings, tasks)
    desk.apply_settings()
    assert desk.tray is not None
    with qtbot.waitSignal(desk.paused_changed, timeout=10_000) as paused:
        desk.tray.pause_hour_action.trigger()
    assert paused.args == [clock.now() + timedelta(hours=1)]
    assert services.reminders.paused_until() == clock.now() + timedelta(hours=1)
    add(services.orders, clock, "1", timedelta(hours=5))
    assert services.reminders.due() == []
    with qtbot.waitSignal(desk.paused_changed, timeout=10_000) as resumed:
        desk.tray.resume_action.trigger()
    assert resumed.args == [None]
    tasks.wait()
    assert services.reminders.paused_until() is None
    with qtbot.waitSignal(desk.paused_changed, timeout=10_000) as paused:
        desk.tray.pause_tomorrow_action.trigger()
    until = paused.args[0]
    assert timedelta(hours=1) < until - clock.now() <= timedelta(hours=48)
    assert until.astimezone().strftime("%H:%M") == "08:00"  # tomorrow morning, when quiet hours would end
    desk.close()


def test_the_tray_counts_the_windows_rows(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner
) -> None:
    # "1" shipped, its protection ends in 20 hours: the buyer must act. "2" waits for the seller
    # to ship: a waiting period, listed but not counted as needing attention.
    add(services.orders, clock, "1", timedelta(days=2))
    services.orders.record_event(
        "1",
        NewEvent(
            "shipped", at=clock.now() - timedelta(days=1), protection_ends=clock.now() + timedelta(hours=20)
        ),
    )
    add(services.orders, clock, "2", timedelta(days=5))
    desk = make_desk(Window(), services, clock, settings, tasks)
    desk.apply_settings()
    now = int(clock.now().timestamp())
    rows: list[ListRow] = services.listing.rows(now).rows
    desk.rows_changed(rows, now)
    assert desk.tray is not None
    assert desk.tray.icon.toolTip() == "Dispute Desk: 1 order needing attention"
    assert [a.data() for a in desk.tray.order_actions] == ["1", "2"]
    desk.close()


# -- closing to the tray ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings) -> MainWindow:
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    main = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(main)
    main.show()
    return main


def with_tray(
    window: MainWindow, services: Services, clock: FrozenClock, settings: QSettings
) -> ReminderDesk:
    notifier = Notifier(None, {}, tray_messages=lambda: True)
    desk = ReminderDesk(window, services, clock, settings, window.tasks, window, tray_available=lambda: True,
                        notifier=notifier)  # fmt: skip
    notifier.setParent(desk)
    window.reminders = desk
    desk.apply_settings()
    return desk


def test_closing_quits_unless_close_to_tray_is_on(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FrozenClock, settings: QSettings
) -> None:
    with_tray(window, services, clock, settings)
    assert window.close()  # off by default: the window closes
    assert not window.isVisible()


def test_close_to_tray_hides_the_window_says_so_once_and_quit_quits(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FrozenClock, settings: QSettings
) -> None:
    prefs.set_close_to_tray(settings, True)
    desk = with_tray(window, services, clock, settings)
    assert desk.tray is not None
    shown = Shown(desk.tray)
    assert not window.close()  # refused: hidden instead
    assert not window.isVisible()
    assert shown.messages == [
        (
            "Dispute Desk is still running",
            "It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray's menu.",
        )
    ]
    desk.tray.open_action.trigger()  # back from the tray
    assert window.isVisible()
    assert not window.close()
    assert len(shown.messages) == 1  # said once
    desk.tray.quit_action.trigger()
    assert not window.isVisible()
    assert window.reminders is desk and desk.tray is not None and not desk.tray.icon.isVisible()


def test_a_window_started_hidden_shows_the_startup_report_when_it_comes_forward(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings
) -> None:
    from app.domain.model import DeadlineKind
    from app.services.report import ReportItem, StartupReport

    rows = services.listing.rows(int(clock.now().timestamp())).rows
    hidden = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(hidden)
    item = ReportItem("1", DeadlineKind.SHIP_BY, clock.now() - timedelta(hours=1), "Ship it")
    hidden.show_startup_report(StartupReport(clock.now() - timedelta(days=1), clock.now(), (item,)))
    assert hidden.startup_report_dialog is None  # nobody to read it yet: in the tray
    hidden.bring_forward()
    assert hidden.isVisible()
    assert hidden.startup_report_dialog is not None and hidden.startup_report_dialog.isVisible()


def test_once_only_across_the_window_the_command_line_and_a_restart_of_the_window(
    qtbot: QtBot, services: Services, clock: FrozenClock, settings: QSettings, tasks: TaskRunner, cli: Any
) -> None:
    add(services.orders, clock, "1", timedelta(hours=20))
    window = Window()
    desk = make_desk(window, services, clock, settings, tasks)
    desk.apply_settings()
    assert desk.tray is not None
    shown = Shown(desk.tray)
    desk.check()
    qtbot.waitUntil(lambda: bool(shown.messages), timeout=10_000)
    assert cli.json("remind") == []  # the window gave it: cron has nothing to add
    desk.close()
    again = make_desk(Window(), Services.ready(services.orders), clock, settings, tasks)  # a restart
    again.apply_settings()
    assert again.tray is not None
    shown_again = Shown(again.tray)
    again.check()
    tasks.wait()
    qtbot.wait(50)
    assert shown_again.messages == []
    clock.advance(timedelta(hours=19))  # an hour left: the command line asks first this time
    cli.clock.set(clock.now())
    assert [r["lead"] for r in cli.json("remind")] == ["2h"]
    again.check()
    tasks.wait()
    qtbot.wait(50)
    assert shown_again.messages == []
    again.close()
