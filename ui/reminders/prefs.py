"""The reminder settings that belong to this computer (QSettings), each with its key and default
in one place. Quiet hours, the lead times and a pause live with the data instead: the
``remind`` command obeys them too."""

from __future__ import annotations

from PySide6.QtCore import QSettings

NOTIFY = "reminders/notify"  # show desktop notifications for deadlines (on by default)
CLOSE_TO_TRAY = "reminders/close_to_tray"  # closing the window leaves the app in the tray (off)
TOLD_ABOUT_TRAY = "reminders/close_to_tray_told"  # the first close said so


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):  # some formats give "true"/"false" back
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def notify(settings: QSettings) -> bool:
    return _flag(settings, NOTIFY, True)


def set_notify(settings: QSettings, on: bool) -> None:
    settings.setValue(NOTIFY, on)


def close_to_tray(settings: QSettings) -> bool:
    return _flag(settings, CLOSE_TO_TRAY, False)


def set_close_to_tray(settings: QSettings, on: bool) -> None:
    settings.setValue(CLOSE_TO_TRAY, on)


def told_about_tray(settings: QSettings) -> bool:
    return _flag(settings, TOLD_ABOUT_TRAY, False)


def set_told_about_tray(settings: QSettings) -> None:
    settings.setValue(TOLD_ABOUT_TRAY, True)
