"""The evidence of one order as a list model, for the detail panel's strip and the gallery.

Rows are ``EvidenceView`` values as the service returns them. The decoration is the thumbnail
when the loader has it, else a placeholder; asking for it starts the thumbnail, so only the
tiles a view actually paints are made. When a thumbnail arrives only its rows change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from ui.common import format as fmt
from ui.evidence.thumbs import ThumbnailLoader, placeholder

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import EvidenceView

VIEW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the row's EvidenceView
_Index = QModelIndex | QPersistentModelIndex


def evidence_title(view: EvidenceView) -> str:
    return view.caption or view.original_name


def size_text(size: int) -> str:
    """A file's size as the locale writes it: "12 KB", "1.2 MB" ("1,2 МБ" in Russian)."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # 1 KB is 1024 bytes
    if size < 1024 * 1024:
        return QLocale().formattedDataSize(max(1024, size), 0, traditional)
    return QLocale().formattedDataSize(size, 1, traditional)


def evidence_details(view: EvidenceView) -> str:
    """One line about the file: name, pixels or length, size, when it was taken."""
    parts = [view.original_name]
    if view.width and view.height:
        parts.append(f"{view.width} × {view.height}")
    if view.duration_ms:
        seconds = round(view.duration_ms / 1000)
        parts.append(f"{seconds // 60}:{seconds % 60:02d}")
    parts.append(size_text(view.size))
    if view.captured_at is not None:
        parts.append(
            QApplication.translate("Evidence", "taken %1").replace("%1", fmt.local_time(view.captured_at))
        )
    return " · ".join(parts)


class EvidenceListModel(QAbstractListModel):
    def __init__(
        self, loader: ThumbnailLoader, side: int, parent: QObject | None = None, *, titles: bool = True
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._side = side
        self._titles = titles  # the strip shows bare tiles; the caption is in the tooltip
        self._views: list[EvidenceView] = []
        self._placeholders: dict[tuple[str, int], QPixmap] = {}
        loader.ready.connect(self._thumbnail_ready)

    # -- contents -------------------------------------------------------------------------------

    def set_views(self, views: Sequence[EvidenceView]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def views(self) -> list[EvidenceView]:
        return list(self._views)

    def view_at(self, row: int) -> EvidenceView:
        return self._views[row]

    def row_of(self, evidence_id: int) -> int:
        return next((row for row, view in enumerate(self._views) if view.id == evidence_id), -1)

    def replace(self, view: EvidenceView) -> None:
        """One row changed (a caption): only that row repaints."""
        row = self.row_of(view.id)
        if row >= 0:
            self._views[row] = view
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def remove(self, evidence_id: int) -> None:
        row = self.row_of(evidence_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._views[row]
            self.endRemoveRows()

    # -- the model ------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return evidence_title(view) if self._titles else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(view)
        if role == Qt.ItemDataRole.ToolTipRole:
            details = evidence_details(view)
            return f"{view.caption}\n{details}" if view.caption else details
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr("Video") if view.kind == "video" else self.tr("Photo")
            return f"{kind}: {evidence_title(view)}"
        if role == VIEW_ROLE:
            return view
        return None

    def _decoration(self, view: EvidenceView) -> QPixmap:
        pixmap = self._loader.pixmap(view, self._side)
        if pixmap is not None:
            return pixmap
        kind = "video" if view.kind == "video" else "image"
        key = (kind, int(QApplication.palette().color(QPalette.ColorRole.AlternateBase).rgba()))
        tile = self._placeholders.get(key)
        if tile is None:
            tile = placeholder(self._side, QApplication.palette(), kind)
            self._placeholders[key] = tile
        return tile

    def _thumbnail_ready(self, sha256: str, side: int) -> None:
        if side != self._side:
            return
        for row, view in enumerate(self._views):
            if view.sha256 == sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
