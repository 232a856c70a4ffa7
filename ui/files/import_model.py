"""The import preview's table: one row per order of the plan (what happens to it and why).

A model over the plan's entries rather than a widget full of items: a 10,000-row file shows
at once, because only the visible cells are ever asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.domain.currencies import format_amount
from ui.common import format as fmt
from ui.common import locale_format

COLUMNS = ("action", "order", "store", "title", "total", "why")
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw action: add, update, unchanged, skip
# What changes first: updates, additions, skips, then what stays as it is.
_ORDER = {"update": 0, "add": 1, "skip": 2, "unchanged": 3}

_Index = QModelIndex | QPersistentModelIndex


class ImportPlanModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Any] = []
        self._words = {
            "add": QCoreApplication.translate("ImportPlanModel", "Add"),
            "update": QCoreApplication.translate("ImportPlanModel", "Update"),
            "unchanged": QCoreApplication.translate("ImportPlanModel", "Unchanged"),
            "skip": QCoreApplication.translate("ImportPlanModel", "Skip"),
        }
        self._headers = [
            QCoreApplication.translate("ImportPlanModel", "Action"),
            QCoreApplication.translate("ImportPlanModel", "Order"),
            QCoreApplication.translate("ImportPlanModel", "Store"),
            QCoreApplication.translate("ImportPlanModel", "Title"),
            QCoreApplication.translate("ImportPlanModel", "Total"),
            QCoreApplication.translate("ImportPlanModel", "Why"),
        ]

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: _ORDER.get(e.action, 4))
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = COLUMNS[index.column()]
        if role == ACTION_ROLE:
            return entry.action
        if role == Qt.ItemDataRole.ToolTipRole and column == "action" and entry.lines:
            return QCoreApplication.translate("ImportPlanModel", "Lines %1 of the file").replace(
                "%1", ", ".join(str(n) for n in entry.lines)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in ("why", "title", "store"):
            # The column is cut at the dialog's width: the whole text on hover.
            text = entry.reason if column == "why" else getattr(entry, column)
            return str(text) if text else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "action":
            return self._words.get(entry.action, entry.action)
        if column == "total":
            if entry.total is None:
                return ""
            if entry.currency:
                return fmt.money(entry.total, entry.currency)
            return locale_format.number(Decimal(format_amount(entry.total)))
        if column == "why":
            return entry.reason
        return str(getattr(entry, column) or "")
