"""The list of backups on the Settings → Backups page: date (local time), kind and size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.common.format import local_time

if TYPE_CHECKING:  # only named in signatures: the backup service is first imported in a worker
    from app.services.backup import BackupInfo

DATE, KIND, SIZE = range(3)
SortRole = Qt.ItemDataRole.UserRole + 1
InfoRole = Qt.ItemDataRole.UserRole + 2  # the BackupInfo of the row

_Index = QModelIndex | QPersistentModelIndex


def kind_text(kind: str) -> str:
    """The service's kinds, as the buyer reads them."""
    words = {
        "manual": QCoreApplication.translate("BackupListModel", "Made by you"),
        "auto": QCoreApplication.translate("BackupListModel", "Automatic"),
        "safety": QCoreApplication.translate("BackupListModel", "Safety copy before a restore"),
    }
    return words.get(kind, kind)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (
                    QCoreApplication.translate("BackupListModel", "Made"),
                    QCoreApplication.translate("BackupListModel", "Kind"),
                    QCoreApplication.translate("BackupListModel", "Size"),
                )[section]
                if 0 <= section < 3
                else None
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return local_time(info.created_at)
            if column == KIND:
                return kind_text(info.kind)
            return size_text(info.size)
        if role == SortRole:
            return (info.created_at.timestamp(), info.kind, info.size)[column]
        if role == InfoRole:
            return info
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
