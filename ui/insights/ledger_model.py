"""The stores ledger as a table model: one row per store, sortable on raw values, the "avoid"
flag as a check box and the note editable in place (both saved through the service)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.errors import Refused
from app.services.insight_ledger import LedgerRow
from ui.common import dialogs, locale_format
from ui.common import format as fmt
from ui.common.translation import QT_TRANSLATE_NOOP
from ui.insights.chart_style import money_text, number_text

(
    COL_STORE,
    COL_ORDERS,
    COL_SPENT,
    COL_DISPUTES,
    COL_WON,
    COL_LOST,
    COL_DELIVERY,
    COL_LAST,
    COL_AVOID,
    COL_NOTE,
) = range(10)
HEADERS = (
    QT_TRANSLATE_NOOP("insights", "Store"),
    QT_TRANSLATE_NOOP("insights", "Orders"),
    QT_TRANSLATE_NOOP("insights", "Spent"),
    QT_TRANSLATE_NOOP("insights", "Disputes"),
    QT_TRANSLATE_NOOP("insights", "Won"),
    QT_TRANSLATE_NOOP("insights", "Lost"),
    QT_TRANSLATE_NOOP("insights", "Median delivery (days)"),
    QT_TRANSLATE_NOOP("insights", "Last order"),
    QT_TRANSLATE_NOOP("insights", "Avoid"),
    QT_TRANSLATE_NOOP("insights", "Your note"),
)
NUMERIC = (COL_ORDERS, COL_DISPUTES, COL_WON, COL_LOST, COL_DELIVERY)
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2

# Saves a store's note and flag: (name, note, avoid); raises Refused when it can't.
MarkSaver = Callable[[str, str, bool], None]


class LedgerModel(QAbstractTableModel):
    mark_changed = Signal(str)  # the store's key, after its note or flag was saved
    refused = Signal(str)  # why a note or flag could not be saved

    def __init__(self, save_mark: MarkSaver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._save_mark = save_mark

    def set_rows(self, rows: list[LedgerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LedgerRow:
        return self._rows[row]

    def rows(self) -> list[LedgerRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("insights", HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == COL_AVOID:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == COL_NOTE:
            return row.note
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STORE and row.avoid:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_AVOID:
            return Qt.CheckState.Checked if row.avoid else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_AVOID:
            return (
                QCoreApplication.translate("insights", "avoid")
                if row.avoid
                else QCoreApplication.translate("insights", "not flagged")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_STORE, COL_NOTE, COL_SPENT):
            return _display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid():
            return False
        row, column = self._rows[index.row()], index.column()
        if column == COL_AVOID and role == Qt.ItemDataRole.CheckStateRole:
            avoid = Qt.CheckState(value) == Qt.CheckState.Checked
            note = row.note
        elif column == COL_NOTE and role == Qt.ItemDataRole.EditRole:
            avoid, note = row.avoid, str(value).strip()
        else:
            return False
        try:
            self._save_mark(row.name, note, avoid)
        except Refused as exc:
            self.refused.emit(dialogs.refusal_text(exc))
            return False
        row.note, row.avoid = note, avoid
        self.dataChanged.emit(self.index(index.row(), COL_AVOID), self.index(index.row(), COL_NOTE))
        self.mark_changed.emit(row.key)
        return True


def _money(values: dict[str, Decimal]) -> str:
    return ", ".join(money_text(v, c) for c, v in values.items())


def _display(row: LedgerRow, column: int) -> str:
    if column == COL_STORE:
        return row.name
    if column == COL_ORDERS:
        return locale_format.number(row.orders)
    if column == COL_SPENT:
        return _money(row.spent)
    if column == COL_DISPUTES:
        return locale_format.number(row.disputes)
    if column == COL_WON:
        return locale_format.number(row.won)
    if column == COL_LOST:
        return locale_format.number(row.lost)
    if column == COL_DELIVERY:
        days = row.median_delivery_days
        return "" if days is None else number_text(float(days), 1)
    if column == COL_LAST:
        return fmt.local_date(row.last_order.astimezone().date()) if row.last_order else ""
    if column == COL_NOTE:
        return row.note
    return ""


def _sort_key(row: LedgerRow, column: int) -> Any:
    if column == COL_STORE:
        return row.name.casefold()
    if column == COL_ORDERS:
        return row.orders
    if column == COL_SPENT:
        return sorted(row.spent.items())[0] if row.spent else ("", Decimal(0))
    if column == COL_DISPUTES:
        return row.disputes
    if column == COL_WON:
        return row.won
    if column == COL_LOST:
        return row.lost
    if column == COL_DELIVERY:
        return -1.0 if row.median_delivery_days is None else float(row.median_delivery_days)
    if column == COL_LAST:
        return row.last_order_text or ""
    if column == COL_AVOID:
        return int(row.avoid)
    return row.note.casefold()
