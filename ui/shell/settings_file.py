"""Where the window remembers its layout: a file in the data folder, readable by its owner only.

Qt's default (``QSettings()``) wrote ``~/.config/Dispute Desk/Dispute Desk.conf`` with mode
0644, outside the data folder: readable by every user, shared by every data folder, left behind
by a portable install. The layout now lives in ``window.ini`` beside the data (mode 0600). An
old file in Qt's default place is moved in once: its values are copied and the file removed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from app.services import DataDir
from ui.common.private_settings import keep_private

__all__ = ["SETTINGS_FILENAME", "keep_private", "move_old_settings", "window_settings"]

SETTINGS_FILENAME = "window.ini"
OLD_ORGANIZATION = OLD_APPLICATION = "Dispute Desk"


def window_settings(data_dir: DataDir) -> QSettings:
    """The layout settings of ``data_dir`` (created 0600; the old shared file moved in once)."""
    path = data_dir.root / SETTINGS_FILENAME
    fresh = not path.exists()
    if fresh:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if fresh:
        move_old_settings(settings)
    return settings


def move_old_settings(target: QSettings) -> bool:
    """Copy the values of Qt's default settings file into ``target`` and remove that file (and
    its folder, when empty). True when there was one."""
    old = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, OLD_ORGANIZATION, OLD_APPLICATION
    )
    keys = old.allKeys()
    if not keys:
        return False
    for key in keys:
        target.setValue(key, old.value(key))
    keep_private(target)
    location = Path(old.fileName())
    old.clear()
    old.sync()
    del old
    if location.is_file():  # on Windows the old values lived in the registry: cleared above
        location.unlink()
        with contextlib.suppress(OSError):
            location.parent.rmdir()
    return True
