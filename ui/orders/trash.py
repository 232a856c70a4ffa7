"""Moving orders to the trash as an undoable command (Ctrl+Z brings them back)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class TrashCommand(QUndoCommand):
    """Trash on redo, restore on undo. The first redo runs when pushed; a refusal propagates."""

    def __init__(
        self, service: Any, numbers: Sequence[str], changed: Callable[[Sequence[str]], None]
    ) -> None:
        super().__init__(
            QCoreApplication.translate("TrashCommand", "Move %n order(s) to the trash", "", len(numbers))
        )
        self._service = service
        self._numbers = list(numbers)
        self._changed = changed

    def redo(self) -> None:
        done = []
        try:
            for number in self._numbers:
                self._service.trash(number)
                done.append(number)
        except Exception:
            for number in done:  # all or nothing, as the user asked for them together
                self._service.restore(number)
            raise
        self._changed(self._numbers)

    def undo(self) -> None:
        for number in self._numbers:
            self._service.restore(number)
        self._changed(self._numbers)
