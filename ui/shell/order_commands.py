"""What the buyer does to orders from the main window (menus, toolbar, context menu, detail panel):
add and edit, record what happened, the cancel and dispute guides, the trash and restoring from it.

Each command opens its dialog or guide (imported when first used: none is needed for the first
paint) and, when something was saved, says so by signal; the window shows the orders again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from app.clock import Clock
from app.domain.errors import Refused
from app.services import Services
from ui.common import dialogs
from ui.insights.avoid_warning import attach_store_warning
from ui.orders.trash import TrashCommand

if TYPE_CHECKING:  # built after the first paint: its module costs start-up time
    from ui.evidence.desk import EvidenceDesk


class OrderCommands(QObject):
    orders_changed = Signal(list)  # order numbers whose rows and detail should be shown again
    order_added = Signal(str)  # a new order's number: read the list again and select it
    order_renamed = Signal(str, str)  # old and new number of an order whose number was corrected

    def __init__(
        self,
        window: QWidget,
        services: Services,
        clock: Clock,
        undo_stack: QUndoStack,
        current: Callable[[], str | None],
        selected: Callable[[], list[str]],
        evidence_desk: Callable[[], EvidenceDesk],
        notice: Callable[[str], None],
    ) -> None:
        """``current`` and ``selected`` read the order list; ``evidence_desk`` gives the dispute
        guide the desk to add photos with (built on first use); ``notice`` puts a sentence on the
        status line."""
        super().__init__(window)
        self._current = current
        self._selected = selected
        self._window = window
        self._services = services
        self._clock = clock
        self._undo_stack = undo_stack
        self._evidence_desk = evidence_desk
        self._notice = notice

    def _changed(self, numbers: Sequence[str]) -> None:
        self.orders_changed.emit(list(numbers))

    # -- on the current order, or the selected ones (menus, toolbar, keys) -------------------------

    def edit_current(self) -> None:
        if (number := self._current()) is not None:
            self.edit(number)

    def cancel_current(self) -> None:
        if (number := self._current()) is not None:
            self.cancel(number)

    def dispute_current(self) -> None:
        if (number := self._current()) is not None:
            self.dispute(number)

    def trash_selected(self) -> None:
        if numbers := self._selected():
            self.trash(numbers)

    # -- on a given order (the detail panel, the list's keys) -------------------------------------

    def new_order(self) -> None:
        from ui.orders.editor import OrderEditorDialog  # deferred: opened on demand, not at start-up

        dialog = OrderEditorDialog(self._services.orders, self._clock, self._window)
        attach_store_warning(dialog, dialog.store, dialog.banner, self._services.insights.avoided_stores())
        if dialog.exec() and (number := dialog.result_number()) is not None:
            self.order_added.emit(number)

    def edit(self, number: str) -> None:
        from ui.orders.editor import OrderEditorDialog  # deferred: opened on demand, not at start-up

        dialog = OrderEditorDialog(self._services.orders, self._clock, self._window, number=number)
        attach_store_warning(dialog, dialog.store, dialog.banner, self._services.insights.avoided_stores())
        if dialog.exec():
            saved = dialog.result_number()
            if saved is not None and saved != number:
                self.order_renamed.emit(number, saved)
            else:
                self._changed([number])

    def record(self, number: str, kind: str) -> None:
        """Record an event of ``kind`` (a CLI event name); opening a dispute goes through the guide."""
        if kind == "dispute-opened":
            self.dispute(number)
            return
        from ui.orders.event_dialog import EventDialog  # deferred: opened on demand, not at start-up

        dialog = EventDialog(self._services.orders, self._clock, number, kind, self._window)
        if dialog.exec():
            self._changed([number])

    def record_item(self, number: str, kind: str, line: int) -> None:
        """Record an event about one item of the order (a dispute's, from its case section)."""
        from ui.orders.event_dialog import EventDialog  # deferred: opened on demand, not at start-up

        dialog = EventDialog(self._services.orders, self._clock, number, kind, self._window, line=line)
        if dialog.exec():
            self._changed([number])

    def cancel(self, number: str) -> None:
        from ui.wizards.cancel.wizard import open_cancel_wizard  # deferred: opened on demand

        if open_cancel_wizard(self._window, self._services.orders, self._clock, number):
            self._changed([number])

    def dispute(self, number: str) -> None:
        from ui.wizards.dispute.wizard import open_dispute_wizard  # deferred: opened on demand

        desk = self._evidence_desk()
        if open_dispute_wizard(self._window, self._services.orders, self._clock, number, evidence=desk):
            self._changed([number])

    def trash(self, numbers: Sequence[str]) -> None:
        """Move ``numbers`` to the trash, all or none; Ctrl+Z brings them back."""
        command = TrashCommand(self._services.orders, numbers, self._changed)
        try:
            self._undo_stack.push(command)
        except Refused as exc:
            dialogs.show_error(self._window, self.tr("Move to trash"), dialogs.refusal_text(exc))
            return
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self._notice(
            self.tr("Moved %n order(s) to the trash. Undo with %1.", "", len(numbers)).replace("%1", undo)
        )

    def trash_one(self, number: str) -> None:
        self.trash([number])

    def restore(self, number: str) -> None:
        try:
            self._services.orders.restore(number)
        except Refused as exc:
            dialogs.show_error(self._window, self.tr("Restore"), dialogs.refusal_text(exc))
            return
        self._changed([number])
