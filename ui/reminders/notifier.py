"""Where the window's reminders go: the tray's messages where there is a tray, else the
freedesktop notification service on a Linux desktop (GNOME has no tray), else nowhere but the
window's status bar. A click on a notification opens its order."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from app.services.reminders import Reminder
from ui.reminders import texts
from ui.reminders.freedesktop import Notification, NotificationClient, session_bus_address
from ui.reminders.tray import ReminderTray

log = logging.getLogger("dispute_desk")


class DbusNotifier(QObject):
    """Notifications through the freedesktop service; ``clicked(order)`` when one is clicked."""

    clicked = Signal(str)
    _clicked_id = Signal(int)  # emitted by the listener thread, delivered in the GUI thread

    def __init__(
        self, connect: Callable[[Callable[[int], object]], NotificationClient], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._orders: dict[int, str] = {}
        self._clicked_id.connect(self._on_clicked_id)
        self._client = connect(self._clicked_id.emit)

    @classmethod
    def on_session_bus(cls, env: Mapping[str, str], parent: QObject | None = None) -> DbusNotifier | None:
        """A notifier on the desktop's session bus, or None when there is no bus or no service."""
        address = session_bus_address(env)
        if address is None:
            return None
        try:
            notifier = cls(lambda on_click: NotificationClient(address, on_click), parent)
        except Exception as exc:  # a bus that can't be reached: no notifications, the app goes on
            log.warning("no desktop notifications: %s", exc)
            return None
        if not notifier.available():
            notifier.close()
            return None
        return notifier

    def available(self) -> bool:
        return self._client.available()

    def notify(self, reminder: Reminder) -> bool:
        try:
            note = Notification(
                texts.title(reminder),
                texts.body(reminder),
                open_label=QCoreApplication.translate("Reminders", "Open"),
            )
            notification_id = self._client.notify(note)
        except Exception as exc:  # the service went away: say so in the log, show it in the window
            log.warning("desktop notification failed: %s", exc)
            return False
        if notification_id is None:
            return False
        self._orders[notification_id] = reminder.order
        return True

    @Slot(int)
    def _on_clicked_id(self, notification_id: int) -> None:
        order = self._orders.get(notification_id)
        if order is not None:
            self.clicked.emit(order)

    def close(self) -> None:
        self._client.close()


class Notifier(QObject):
    """Shows reminders the best way this desktop offers; ``order_requested`` on a click."""

    order_requested = Signal(str)
    shown_in_window = Signal(str)  # no tray and no notification service: the status bar says it

    def __init__(
        self,
        tray: ReminderTray | None,
        env: Mapping[str, str] | None = None,
        parent: QObject | None = None,
        *,
        dbus: Callable[[Mapping[str, str], QObject], DbusNotifier | None] = DbusNotifier.on_session_bus,
        tray_messages: Callable[[], bool] = QSystemTrayIcon.supportsMessages,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._tray_messages = tray_messages
        self._env = dict(os.environ) if env is None else dict(env)
        self._dbus_factory = dbus
        self._dbus: DbusNotifier | None = None
        self._dbus_tried = False

    def set_tray(self, tray: ReminderTray | None) -> None:
        self._tray = tray

    def show(self, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        if self._tray is not None and self._tray.icon.isVisible() and self._tray_messages():
            if len(reminders) == 1:
                [reminder] = reminders
                self._tray.show_message(texts.title(reminder), texts.body(reminder), reminder.order)
            else:
                title, body = texts.summary(reminders)
                self._tray.show_message(title, body, reminders[0].order)
            return
        dbus = self._desktop()
        if dbus is not None and all(dbus.notify(reminder) for reminder in reminders):
            return
        title, _body = texts.summary(reminders) if len(reminders) > 1 else (texts.title(reminders[0]), "")
        self.shown_in_window.emit(title)

    def _desktop(self) -> DbusNotifier | None:
        if not self._dbus_tried:
            self._dbus_tried = True
            self._dbus = self._dbus_factory(self._env, self)
            if self._dbus is not None:
                self._dbus.clicked.connect(self.order_requested)
        return self._dbus

    def close(self) -> None:
        if self._dbus is not None:
            self._dbus.close()
            self._dbus = None
