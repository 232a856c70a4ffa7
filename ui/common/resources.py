"""Finding the files in resources/: in the source tree, in an installed wheel, in a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_path(relative: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller and friends unpack here
    if bundle:
        return Path(bundle) / "resources" / relative
    import resources  # deferred: a frozen bundle carries resources/ as files, not as a package

    return Path(resources.__file__).resolve().parent / relative


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons/dispute-desk.svg")))
