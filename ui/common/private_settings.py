"""Writing the window's settings file (``window.ini`` in the data folder) so that only its owner
can read it: it names the data folder's orders and paths."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings


def keep_private(settings: QSettings) -> None:
    """Write ``settings`` and keep the file 0600 (Qt replaces it on every save)."""
    settings.sync()
    path = Path(settings.fileName())
    if os.name == "posix" and path.is_file():
        os.chmod(path, 0o600)
