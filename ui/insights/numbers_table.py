"""The numbers under a chart, as a plain read-only table: what the chart shows, exact, readable
by a screen reader, and copyable (Ctrl+C copies the selection, or the whole table, as
tab-separated text that pastes into a spreadsheet)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class NumbersTable(QTableWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.copy_all_action = QAction(self.tr("Copy the &whole table"), self)
        self.copy_all_action.triggered.connect(self.copy_all)
        self.addActions([self.copy_action, self.copy_all_action])

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int = 1) -> None:
        """Fill the table; columns from ``numeric_from`` on are right-aligned (numbers)."""
        self.clear()
        self.setColumnCount(len(header))
        self.setHorizontalHeaderLabels(list(header))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= numeric_from:
                    item.setTextAlignment(_RIGHT)
                self.setItem(r, c, item)
        rows_shown = min(len(rows), 8)
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height()
            + rows_shown * self.verticalHeader().defaultSectionSize()
            + 4
        )

    def text(self, selected_only: bool = True) -> str:
        """The table (or the selected cells) as tab-separated lines, with the header."""
        cells = self.selectedIndexes() if selected_only else []
        if cells:
            rows = sorted({i.row() for i in cells})
            columns = sorted({i.column() for i in cells})
        else:
            rows, columns = list(range(self.rowCount())), list(range(self.columnCount()))
        lines = ["\t".join(_text(self.horizontalHeaderItem(c)) for c in columns)]
        lines.extend("\t".join(_text(self.item(r, c)) for c in columns) for r in rows)
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text(selected_only=False))


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
