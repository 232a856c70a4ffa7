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


@cache
def icon(name: str) -> QIcon:
    """One of the app's icons by name (``resources/icons/NAME.svg``): the desktop theme's icon of
    the same meaning on Linux where it has one, else ours in the palette's colours."""
    from ui.common import icons  # deferred: the icon engine is first needed after the first paint

    themed = icons.theme_icon(name)
    if themed is not None:
        return themed
    return icons.tinted_icon(resource_path(f"icons/{name}.svg").read_bytes())
