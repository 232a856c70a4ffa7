"""The main window's layout, remembered between runs in QSettings: its geometry, toolbars, the
split between list and detail panel, and the list's columns (order, widths, sort)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

DEFAULT_SIZE = (1280, 780)
MIN_RESTORED_SIZE = (640, 420)  # a remembered window smaller than this is not restored


def _stored_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, bytes):
        value = QByteArray(value)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore(window: MainWindow, settings: QSettings) -> None:
    geometry = _stored_bytes(settings, "window/geometry")
    restored = geometry is not None and window.restoreGeometry(geometry)
    # A layout saved on another screen, or by a session without a real one, can be tiny: then
    # start from the default size and split, as on a first run.
    usable = restored and window.width() >= MIN_RESTORED_SIZE[0] and window.height() >= MIN_RESTORED_SIZE[1]
    if not usable:
        window.resize(*DEFAULT_SIZE)
    if (state := _stored_bytes(settings, "window/state")) is not None:
        window.restoreState(state)
    if usable and (splitter := _stored_bytes(settings, "window/splitter")) is not None:
        window.splitter.restoreState(splitter)
    if (header := _stored_bytes(settings, "list/header")) is not None:
        window.list_panel.restore_header_state(header)


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("list/header", QByteArray(window.list_panel.header_state()))
    settings.sync()
