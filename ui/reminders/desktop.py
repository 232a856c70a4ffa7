"""How ``dispute-desk remind`` shows reminders on the desktop: the freedesktop notification
service on Linux (from cron too: the session bus is found through the runtime folder), a
short-lived tray icon's message on Windows and macOS. False when neither is there: the command
prints the reminders instead."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from app.i18n import translate
from ui.reminders.freedesktop import Notification, send_once, session_bus_address

TRAY_MESSAGE_MS = 8_000  # how long the short-lived tray icon stays for its message


def notify_from_command_line(reminders: list[Any], env: Mapping[str, str]) -> bool:
    """Show ``reminders`` (the service's, in the command line's language: this runs without Qt's
    translators, so its own words come from the core's reader of the same catalogs) on the
    desktop; True when shown."""
    if sys.platform.startswith("linux"):
        address = session_bus_address(env)
        if address is None:
            return False
        # The program that sent them has ended by the time one is clicked: nothing to open.
        return send_once(address, [Notification(r.title, r.body, clickable=False) for r in reminders])
    if env.get("QT_QPA_PLATFORM") == "offscreen":
        return False
    return _tray_message(reminders)


def _tray_message(reminders: list[Any]) -> bool:
    """Windows and macOS: a tray icon for a few seconds, with one message for all reminders."""
    from PySide6.QtCore import QTimer  # deferred: only on Windows and macOS, only when reminders are due
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from ui.common.resources import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
        return False
    icon = QSystemTrayIcon(app_icon())
    icon.show()
    if len(reminders) == 1:
        title, body = reminders[0].title, reminders[0].body
    else:
        title = translate("Reminders", "%n deadline(s) coming up", None, len(reminders))
        body = "\n".join(
            translate("Reminders", "%1: order %2").replace("%1", r.title).replace("%2", r.order)
            for r in reminders[:4]
        )
    icon.showMessage(title, body, app_icon(), TRAY_MESSAGE_MS)
    QTimer.singleShot(TRAY_MESSAGE_MS, app.quit)
    app.exec()
    icon.hide()
    return True
