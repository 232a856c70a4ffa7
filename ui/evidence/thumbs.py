"""Evidence thumbnails for the strip and the gallery: made in the thread pool, kept in memory.

The service makes an upright thumbnail file once and keeps it on disk (``thumbnail(view)``);
a worker reads that file into a ``QImage`` scaled to the tile, and the GUI thread only turns
the image into a pixmap. Pixmaps stay in a small in-memory LRU keyed by content hash and size,
so the same photo on two orders, or the strip and the gallery, is read once. Until a thumbnail
is there the views paint a placeholder drawn in the palette's colours.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPalette, QPen, QPixmap, QPolygonF

from ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import EvidenceView

THUMB_SOURCE_SIDE = 256  # the service's disk thumbnails; tiles are scaled down from these
CACHE_ENTRIES = 600


def read_scaled(path: Path, side: int) -> QImage:
    """Read an image file upright (EXIF orientation applied: the service's display path of a
    JPEG is the original) and scaled to fit ``side``. Runs in a worker: decoding is never done
    on the GUI thread. An unreadable file gives a null image."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > side or size.height() > side):
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ThumbnailLoader(QObject):
    """Hands out cached thumbnails and makes the missing ones in the background.

    ``pixmap(view, side)`` answers at once: the pixmap, or None while it is being made (then
    ``ready(sha256, side)`` follows) or when there is none (videos, unreadable files)."""

    ready = Signal(str, int)  # sha256, side

    def __init__(
        self,
        thumbnail: Callable[[Any, int], Path | None],
        parent: QObject | None = None,
        *,
        device_pixel_ratio: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail  # EvidenceService.thumbnail (thread-safe)
        self._tasks = TaskRunner(self)
        self._cache: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._pending: set[tuple[str, int]] = set()
        self._none: set[tuple[str, int]] = set()  # no thumbnail to be had: don't ask again
        self._dpr = device_pixel_ratio

    def pixmap(self, view: EvidenceView, side: int) -> QPixmap | None:
        key = (view.sha256, side)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if view.kind == "image" and key not in self._pending and key not in self._none:
            self._pending.add(key)
            pixels = max(1, round(side * self._dpr))

            def work() -> QImage | None:
                path = self._thumbnail(view, max(THUMB_SOURCE_SIDE, pixels))
                return None if path is None else read_scaled(path, pixels)

            self._tasks.run(
                work, lambda image: self._arrived(key, image), lambda _e: self._arrived(key, None), owner=self
            )
        return None

    def cached(self, view: EvidenceView, side: int) -> QPixmap | None:
        """The pixmap if it is in memory; starts no work."""
        return self._cache.get((view.sha256, side))

    def _arrived(self, key: tuple[str, int], image: QImage | None) -> None:
        self._pending.discard(key)
        if image is None or image.isNull():
            self._none.add(key)
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self._dpr)
            self._cache[key] = pixmap
            while len(self._cache) > CACHE_ENTRIES:
                self._cache.popitem(last=False)
        self.ready.emit(key[0], key[1])

    def wait(self, msecs: int = 10_000) -> bool:
        return self._tasks.wait(msecs)


def placeholder(side: int, palette: QPalette, kind: str = "image", *, dpr: float = 1.0) -> QPixmap:
    """A tile in the palette's colours: a framed blank while a photo's thumbnail comes, a play
    sign for a video (videos are opened in the system player)."""
    pixmap = QPixmap(QSize(round(side * dpr), round(side * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, side - 2, side - 2)
    if kind == "video":
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))  # stands out on a dark window
        painter.setBrush(QColor(40, 40, 40))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        centre = box.center()
        r = side * 0.18
        painter.setBrush(QColor(235, 235, 235))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x() - r * 0.7, centre.y() - r),
                    QPointF(centre.x() - r * 0.7, centre.y() + r),
                    QPointF(centre.x() + r, centre.y()),
                ]
            )
        )
    else:
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(box, 6, 6)
        # A small landscape sign: the tile is a photo still on its way.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        s = side
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(s * 0.28, s * 0.66),
                    QPointF(s * 0.44, s * 0.46),
                    QPointF(s * 0.56, s * 0.58),
                    QPointF(s * 0.62, s * 0.52),
                    QPointF(s * 0.74, s * 0.66),
                ]
            )
        )
        painter.drawEllipse(QPointF(s * 0.64, s * 0.38), s * 0.05, s * 0.05)
    painter.end()
    return pixmap
