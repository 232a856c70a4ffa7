"""The window's reminders: once a minute (one parented timer) the reminder service gives what is
due, in the task runner's writer thread, and the notifier shows it. The tray icon shows how many
orders need attention and lists the most urgent; closing the window can leave the app running
in the tray (off by default; the first time, a message says so).

The check costs a few milliseconds with 50,000 orders (it reads the list cache's next deadline,
see ``benchmarks/bench_reminders.py``), so once a minute is far below 1 % of a core.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, time, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from app.clock import Clock
from app.domain.reminders import wall_clock_instant
from app.domain.views import needs_attention
from app.services import Services, resolve_data_dir
from app.services.listing import ListRow
from app.services.reminders import Reminder
from ui.common.tasks import TaskRunner
from ui.reminders import prefs
from ui.reminders.notifier import Notifier
from ui.reminders.tray import ReminderTray, UrgentOrder
from ui.settings.reminders_page import ReminderSetup

log = logging.getLogger("dispute_desk")
CHECK_MS = 60_000
CALENDAR_DELAY_MS = 3_000  # a burst of changes writes the calendar file once


class ReminderWindow(Protocol):
    """What the reminders need of the main window."""

    def open_order(self, number: str) -> None: ...

    def bring_forward(self) -> None: ...

    def quit(self) -> None: ...

    def notice(self, text: str) -> None: ...


class ReminderDesk(QObject):
    """Reminders, the tray and closing to it, for one main window."""

    paused_changed = Signal(object)  # datetime | None

    def __init__(
        self,
        window: ReminderWindow,
        services: Services,
        clock: Clock,
        settings: QSettings,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        env: Mapping[str, str] | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self._clock = clock
        self._settings = settings
        self._tasks = tasks
        self._tray_available = tray_available
        self.tray: ReminderTray | None = None
        self.notifier = notifier or Notifier(None, dict(os.environ) if env is None else env, self)
        self.notifier.order_requested.connect(self._open_order)
        self.notifier.shown_in_window.connect(self._shown_in_window)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._calendar_timer = QTimer(self)
        self._calendar_timer.setSingleShot(True)
        self._calendar_timer.setInterval(CALENDAR_DELAY_MS)
        self._calendar_timer.timeout.connect(self.refresh_calendar)
        self._checking = False
        self._rows: list[ListRow] = []
        self._paused_until: datetime | None = None

    # -- running ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the tray (when the settings and the desktop allow it) and start checking."""
        self.apply_settings()
        self._timer.start()
        self.check()
        self._tasks.run(self._services.reminders.paused_until, self._set_paused, self._failed)

    def apply_settings(self) -> None:
        """After the settings changed: the tray on or off."""
        wanted = (
            prefs.notify(self._settings) or prefs.close_to_tray(self._settings)
        ) and self._tray_available()
        if wanted and self.tray is None:
            self.tray = ReminderTray(self)
            self.tray.open_requested.connect(self._bring_forward)
            self.tray.order_requested.connect(self._open_order)
            self.tray.pause_requested.connect(self.pause)
            self.tray.resume_requested.connect(self.resume)
            self.tray.quit_requested.connect(self._quit)
            self.tray.set_paused(self._paused_until)
            self.rows_changed(self._rows, int(self._clock.now().timestamp()), data_changed=False)
            self.tray.show()
        elif not wanted and self.tray is not None:
            self.tray.close()
            self.tray.deleteLater()
            self.tray = None
        self.notifier.set_tray(self.tray)

    @Slot()
    def check(self) -> None:
        """Give the reminders due now (in the writer thread) and show them."""
        if self._checking or not prefs.notify(self._settings):
            return
        self._checking = True
        reminders = self._services.reminders
        self._tasks.run(reminders.give, self._given, self._check_failed, writes=True)

    def _given(self, reminders: list[Reminder]) -> None:
        self._checking = False
        self.notifier.show(reminders)

    def _check_failed(self, exc: Exception) -> None:
        self._checking = False
        self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        log.warning("reminders: %s", exc)  # tried again in a minute; no dialog every minute

    def rows_changed(self, rows: Sequence[ListRow], now: int, *, data_changed: bool = True) -> None:
        """The window's rows changed (or a minute passed): the tray's count and menu, and the
        calendar file soon after a change."""
        self._rows = list(rows)
        if data_changed:
            self._calendar_timer.start()
        if self.tray is None:
            return
        live = [row for row in rows if not row.in_trash]
        self.tray.set_count(sum(1 for row in live if needs_attention(row.next_kind, row.next_due, now)))
        ahead = sorted(
            (row for row in live if row.next_due is not None and row.next_due > now),
            key=lambda row: row.next_due or 0,
        )
        self.tray.show_orders(
            [UrgentOrder(row.number, row.title, row.next_kind, row.next_due or 0) for row in ahead[:5]], now
        )

    @Slot()
    def refresh_calendar(self) -> None:
        """Write the calendar file again if it is switched on and a deadline changed."""
        from app.services.calendar_feed import refresh_feed  # deferred: the export's modules

        orders = self._services.orders
        self._tasks.run(lambda: refresh_feed(orders), self._nothing, self._failed, writes=True)

    def _nothing(self, _result: object) -> None:
        pass

    def setup(self) -> ReminderSetup:
        """What the Settings' Reminders page works with."""
        from app.services.calendar_feed import feed_enabled, feed_path  # deferred: the export's modules
        from ui.reminders.autostart import app_command, for_this_system
        from ui.reminders.schedule import systemd_timer

        data_dir = self._services.data_dir.root
        own_folder = data_dir.resolve() != resolve_data_dir(None, {}).resolve()
        return ReminderSetup(
            services=self._services,
            settings=self._settings,
            autostart=for_this_system(),
            timer=systemd_timer(),
            app_command=app_command(data_dir if own_folder else None),
            tray_available=self._tray_available(),
            calendar_path=str(feed_path(self._services.data_dir)),
            set_calendar=self._set_calendar,
            calendar_enabled=feed_enabled(self._services.orders),
        )

    def _set_calendar(self, enabled: bool) -> None:
        from app.services.calendar_feed import set_feed_enabled  # deferred: the export's modules

        orders = self._services.orders
        self._tasks.run(lambda: set_feed_enabled(orders, enabled), self._nothing, self._failed, writes=True)

    # -- pausing ------------------------------------------------------------------------------------

    @Slot(str)
    def pause(self, how: str) -> None:
        """Pause for an hour ("hour") or until tomorrow morning ("tomorrow"): when quiet hours
        end, or 08:00 without them."""
        now = self._clock.now()
        service = self._services.reminders

        def work() -> datetime:
            if how == "hour":
                until = now + timedelta(hours=1)
            else:
                quiet = service.quiet_hours()
                morning = quiet.end if quiet.enabled else time(8)
                tomorrow = now.astimezone().date() + timedelta(days=1)
                until = wall_clock_instant(tomorrow, morning, None, not_before=now)
            service.pause(until)
            return until

        self._tasks.run(work, self._set_paused, self._failed, writes=True)

    @Slot()
    def resume(self) -> None:
        service = self._services.reminders

        def work() -> None:
            service.resume()

        self._tasks.run(work, self._resumed, self._failed, writes=True)

    def _resumed(self, _nothing: object) -> None:
        self._set_paused(None)
        self.check()

    def _set_paused(self, until: datetime | None) -> None:
        self._paused_until = until
        if self.tray is not None:
            self.tray.set_paused(until)
        self.paused_changed.emit(until)

    @property
    def paused_until(self) -> datetime | None:
        return self._paused_until

    # -- closing to the tray ------------------------------------------------------------------------

    def keep_running_on_close(self) -> bool:
        """Whether closing the window only hides it (the app stays in the tray). The first time,
        a message says so."""
        if self.tray is None or not prefs.close_to_tray(self._settings):
            return False
        if not prefs.told_about_tray(self._settings):
            self.tray.show_message(
                QCoreApplication.translate("Reminders", "Dispute Desk is still running"),
                QCoreApplication.translate(
                    "Reminders",
                    "It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray's menu.",
                ),
                None,
            )
            prefs.set_told_about_tray(self._settings)
        return True

    def close(self) -> None:
        """The window really closes: stop checking, remove the tray icon."""
        self._timer.stop()
        if self.tray is not None:
            self.tray.close()
        self.notifier.close()

    # -- from the tray and the notifications -------------------------------------------------------

    @Slot(str)
    def _open_order(self, number: str) -> None:
        self._window.bring_forward()
        self._window.open_order(number)

    @Slot()
    def _bring_forward(self) -> None:
        self._window.bring_forward()

    @Slot()
    def _quit(self) -> None:
        self._window.quit()

    @Slot(str)
    def _shown_in_window(self, text: str) -> None:
        self._window.notice(text)
