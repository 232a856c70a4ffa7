"""Stores the buyer flagged "avoid", as the order list shows them: a warning sign beside the
store's name and the items (the store column gives way when the window is narrow), the buyer's
note in the tooltip, and the same words for a screen reader.

Light on purpose: the order list imports it before the window's first paint. The flags
themselves are read after the first paint (``InsightsTabs.refresh_marks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.domain.stores import StoreMark, store_key

_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


def avoid_text(name: str, note: str) -> str:
    """The warning about a flagged store, with the buyer's note when there is one."""
    if note:
        return (
            QCoreApplication.translate("insights", "You marked “%1” as a store to avoid: %2")
            .replace("%1", name)
            .replace("%2", note)
        )
    return QCoreApplication.translate("insights", "You marked “%1” as a store to avoid.").replace("%1", name)


class AvoidedStores:
    """The flagged stores by key, and what a store cell shows for each role."""

    def __init__(self) -> None:
        self._marks: dict[str, StoreMark] = {}
        self._keys: dict[str, str] = {}  # a store's text -> its key (list rows share texts)
        self._icon: QIcon | None = None

    def set_marks(self, marks: Mapping[str, StoreMark]) -> bool:
        """Keep the flagged ones of ``marks``; True when that changed anything."""
        flagged = {key: mark for key, mark in marks.items() if mark.avoid}
        if flagged == self._marks:
            return False
        self._marks = flagged
        return True

    def __bool__(self) -> bool:
        return bool(self._marks)

    def mark(self, store: str) -> StoreMark | None:
        if not self._marks:
            return None
        key = self._keys.get(store)
        if key is None:
            key = self._keys[store] = store_key(store)
        return self._marks.get(key)

    def cell(self, store: str, role: int, text: str) -> Any:
        """A cell's data for ``role`` when its order's store is flagged, else None; ``text`` is
        what the cell shows (a screen reader hears it, then the mark)."""
        if role not in (_DECORATION, _TOOLTIP, _ACCESSIBLE):
            return None
        mark = self.mark(store)
        if mark is None:
            return None
        if role == _DECORATION:
            if self._icon is None:
                from PySide6.QtWidgets import QStyle  # deferred: its enums cost start-up time

                self._icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon
        if role == _TOOLTIP:
            return avoid_text(store, mark.note)
        return QCoreApplication.translate("insights", "%1, store marked avoid").replace("%1", text)
