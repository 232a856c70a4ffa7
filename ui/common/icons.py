"""The app's icons: one set of stroke icons on a 24-pixel grid (``resources/icons/*.svg``), drawn
in ``currentColor`` and painted here in the palette's colour for the mode asked (text colour,
its disabled shade, the selection's text colour), so they follow a light or dark palette and a
switch between the two. On Linux, where the desktop's icon theme has an icon of the same
meaning, that one is used instead, so the app looks like the rest of the desktop.

Icons are made on first use and rendered when first painted: none is read before the window's
first paint (see ``MainActions.set_icons``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

# Our name → the freedesktop.org icon naming specification's name of the same meaning. Icons
# without one (the dispute, a case pack, sample orders…) are always ours.
THEME_NAMES: dict[str, str] = {
    "order-new": "document-new",
    "order-edit": "document-edit",
    "order-open": "document-open",
    "order-cancel": "process-stop",
    "trash": "edit-delete",
    "settings": "preferences-system",
    "import": "document-import",
    "export": "document-export",
    "paste-page": "edit-paste",
    "restore": "document-revert",
    "quit": "application-exit",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "find": "edit-find",
    "copy": "edit-copy",
    "photo-add": "insert-image",
    "user-guide": "help-contents",
    "shortcuts": "preferences-desktop-keyboard",
    "log-folder": "folder",
    "about": "help-about",
}


def _colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    elif mode == QIcon.Mode.Selected:
        colour = palette.color(QPalette.ColorRole.HighlightedText)
    else:
        colour = palette.color(QPalette.ColorRole.WindowText)
    return colour.name(QColor.NameFormat.HexRgb)


class TintedSvgEngine(QIconEngine):
    """Paints one of our SVG icons in the palette's colour for the icon mode, at any size;
    rendered pixmaps are kept per size, mode and colour."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._pixmaps: dict[tuple[int, int, int, str], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour(mode)
        key = (size.width(), size.height(), int(mode.value), colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        buffer = QBuffer()
        buffer.setData(QByteArray(self._svg.replace(b"currentColor", colour.encode("ascii"))))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, b"svg")
        side = min(size.width(), size.height())
        reader.setScaledSize(QSize(side, side))
        image = reader.read()
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        if not image.isNull():
            painter = QPainter(pixmap)
            painter.drawImage((size.width() - side) // 2, (size.height() - side) // 2, image)
            painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        painter.drawPixmap(rect, self.pixmap(size, mode, state))

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._svg)


def tinted_icon(svg: bytes) -> QIcon:
    return QIcon(TintedSvgEngine(svg))


def theme_icon(name: str) -> QIcon | None:
    """The desktop theme's icon of the same meaning as ours, on Linux when the theme has one."""
    theme_name = THEME_NAMES.get(name)
    if theme_name is None or not sys.platform.startswith("linux") or not QIcon.hasThemeIcon(theme_name):
        return None
    return QIcon.fromTheme(theme_name)
