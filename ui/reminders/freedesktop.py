"""Desktop notifications through the freedesktop notification service (``org.freedesktop.
Notifications`` on the D-Bus session bus): how Linux desktops without a tray (GNOME) show them,
and how ``dispute-desk remind`` reaches the desktop from cron or a systemd timer.

Spoken with jeepney, a pure-Python D-Bus client, not QtDBus: PySide6's QtDBus cannot send an
unsigned 32-bit integer (a Python int goes out as ``i``, ``QDBusArgument << int`` as ``q``), and
``Notify`` takes one (``susssasa{sv}i``), which GNOME Shell, KDE and dunst check strictly. Qt-free,
so the command line needs no Qt to notify.

A click on a notification comes back as the ``ActionInvoked`` signal, sent to the connection
that asked for the notification; :class:`NotificationClient` listens for it in a thread.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import APP_ID

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
OPEN_ACTION = "default"  # the action a click on the notification's body triggers
TIMEOUT_S = 5.0


def session_bus_address(env: Mapping[str, str]) -> str | None:
    """The session bus of the user's desktop: ``DBUS_SESSION_BUS_ADDRESS``, else the standard
    socket in the runtime folder (cron starts commands without the variable). None off Linux or
    when there is no session bus."""
    if not sys.platform.startswith("linux"):
        return None
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = env.get("XDG_RUNTIME_DIR") or (f"/run/user/{os.getuid()}" if hasattr(os, "getuid") else "")
    socket = Path(runtime) / "bus" if runtime else None
    if socket is not None and socket.exists():
        return f"unix:path={socket}"
    return None


@dataclass(frozen=True)
class Notification:
    summary: str
    body: str
    clickable: bool = True  # offers the default action (opening the order) when clicked
    open_label: str = "Open"  # the default action's name, where a desktop shows it as a button


def _address() -> Any:
    from jeepney import DBusAddress  # deferred: only when a notification is to be sent

    return DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)


def notify_message(note: Notification, app_name: str = "Dispute Desk") -> Any:
    """The ``Notify`` call for ``note``: names the app's desktop entry (its icon and name in the
    notification list) and asks for the default action when it can be clicked."""
    from jeepney import new_method_call  # deferred: only when a notification is to be sent

    actions = [OPEN_ACTION, note.open_label] if note.clickable else []
    hints = {"desktop-entry": ("s", APP_ID), "category": ("s", "reminder")}
    return new_method_call(
        _address(),
        "Notify",
        "susssasa{sv}i",
        (app_name, 0, APP_ID, note.summary, note.body, actions, hints, -1),
    )


def _service_answers(send: Callable[[Any], Any]) -> bool:
    from jeepney.bus_messages import message_bus  # deferred: only when a notification is to be sent

    reply = send(message_bus.NameHasOwner(SERVICE))
    return bool(reply.body and reply.body[0])


def send_once(address: str, notes: list[Notification]) -> bool:
    """Show ``notes`` through the session bus at ``address`` and let go (the command line). True
    when the notification service took every one; False when there is none (nothing shown)."""
    from jeepney.io.blocking import open_dbus_connection  # deferred: only when reminders are due

    try:
        with open_dbus_connection(bus=address) as conn:

            def send(message: Any) -> Any:
                return conn.send_and_get_reply(message, timeout=TIMEOUT_S)

            if not _service_answers(send):
                return False
            for note in notes:
                reply = send(notify_message(note))
                if reply.header.message_type.name == "error":
                    return False
    except (OSError, TimeoutError, ValueError, RuntimeError):
        return False
    return True


class NotificationClient:
    """A lasting connection for the window: sends notifications and reports clicks on them.

    ``on_click(notification_id)`` is called from a listener thread (the window hands it to the
    GUI thread with a queued signal).
    """

    def __init__(self, address: str, on_click: Callable[[int], object]) -> None:
        # Deferred: only a desktop without a tray, once a reminder is due, connects.
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        self._conn = open_dbus_connection(bus=address)
        self._router = DBusRouter(self._conn)
        self._on_click = on_click
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH, member="ActionInvoked")
        self._queue: queue.Queue[Any] = queue.Queue()
        self._filter = self._router.filter(rule, queue=self._queue)
        self._router.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT_S)
        self._listener = threading.Thread(target=self._listen, name="notification-clicks", daemon=True)
        self._listener.start()

    def available(self) -> bool:
        """Whether a notification service runs on the bus now."""
        try:
            return _service_answers(self._send)
        except (OSError, TimeoutError, RuntimeError):
            return False

    def notify(self, note: Notification) -> int | None:
        """Show ``note``; its id (for clicks), or None when the service refused it."""
        reply = self._send(notify_message(note))
        if reply.header.message_type.name == "error" or not reply.body:
            return None
        return int(reply.body[0])

    def _send(self, message: Any) -> Any:
        return self._router.send_and_get_reply(message, timeout=TIMEOUT_S)

    def _listen(self) -> None:
        while True:
            message = self._queue.get()
            if message is None:
                return
            notification_id, action = message.body[:2]
            if action == OPEN_ACTION:
                self._on_click(int(notification_id))

    def close(self) -> None:
        self._queue.put(None)
        self._filter.close()
        self._router.close()
        self._conn.close()
        self._listener.join(timeout=5)
