"""What a drag-and-drop or the clipboard carries: local files, an image. Cheap to import, so the
order list (built before the first paint) can tell a drop it takes from one it doesn't."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files a drop or the clipboard carries (links to web pages are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def has_files_or_image(mime: QMimeData) -> bool:
    """Whether a drop or a paste could add evidence: local files or an image."""
    return bool(local_paths(mime)) or mime.hasImage()
