"""The main window over a test's data, as the tests build it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services import Services
from app.services.orders import OrderService
from ui.shell.main_window import MainWindow


def layout_settings(folder: Path) -> QSettings:
    """A window layout file of the test's own (never the user's)."""
    return QSettings(str(folder / "layout.ini"), QSettings.Format.IniFormat)


def open_window(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings, *, painted: bool = False
) -> MainWindow:
    """The window over ``service``'s data with every row, shown. ``painted``: with the work of the
    first paint done as well (the detail panel, export and backup in the File menu, the reminder
    desk), as the buyer has it a moment after the start."""
    services = Services.ready(service)
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    window = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(window)
    window.show()
    if painted:
        window.after_first_paint()
    return window
