"""The main window's layout, remembered between runs in QSettings: its geometry, toolbars, the
split between list and detail panel, and the list's columns (order, widths, sort)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from ui.orders.list_panel import OrderListPanel
from ui.shell.settings_file import keep_private

DEFAULT_SIZE = (1280, 780)
MIN_RESTORED_SIZE = (640, 420)  # a remembered window smaller than this is not restored
DETAIL_MIN_WIDTH = 360  # narrower, the detail panel goes under the list instead of beside it


def _stored_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, bytes):
        value = QByteArray(value)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore(window: QMainWindow, splitter: QSplitter, orders: OrderListPanel, settings: QSettings) -> None:
    geometry = _stored_bytes(settings, "window/geometry")
    restored = geometry is not None and window.restoreGeometry(geometry)
    # A layout saved on another screen, or by a session without a real one, can be tiny: then
    # start from the default size and split, as on a first run.
    usable = restored and window.width() >= MIN_RESTORED_SIZE[0] and window.height() >= MIN_RESTORED_SIZE[1]
    if not usable:
        window.resize(*DEFAULT_SIZE)
    if (state := _stored_bytes(settings, "window/state")) is not None:
        window.restoreState(state)
    if usable and (split := _stored_bytes(settings, "window/splitter")) is not None:
        splitter.restoreState(split)
    if (header := _stored_bytes(settings, "list/header")) is not None:
        orders.restore_header_state(header)


def save(window: QMainWindow, splitter: QSplitter, orders: OrderListPanel, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("list/header", QByteArray(orders.header_state()))
    keep_private(settings)
