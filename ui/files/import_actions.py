"""Getting orders in from the main window: File → Import…, Add from order page text…, and order
files dropped on the window. The dialogs do the work (import_dialog.py, paste_order.py here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction

from app.clock import Clock
from app.services import Services
from ui.common.drops import local_paths
from ui.common.tasks import TaskRunner
from ui.insights.avoid_warning import attach_import_warning, attach_store_warning

if TYPE_CHECKING:
    # Only named in signatures: Qt's types cost start-up time; the service imports SQLAlchemy.
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QDialog, QWidget

    from app.services import Services
    from app.services.importing import ImportResult, ImportService


class ImportActions(QObject):
    def __init__(
        self,
        window: QWidget,
        services: Services,
        clock: Clock,
        tasks: TaskRunner,
        show_orders: Callable[[Sequence[str]], None],
    ) -> None:
        """``show_orders(numbers)`` reads the list again and shows the orders an import or a
        paste added or changed (none: just reads it again)."""
        super().__init__(window)
        self._window = window
        self._services = services
        self._clock = clock
        self._tasks = tasks
        self._show_orders = show_orders
        self.dialog: QDialog | None = None  # the import or paste dialog last opened (kept alive)

        self.import_action = QAction(QCoreApplication.translate("MainWindow", "&Import…"), window)
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Import orders from an export file or e-mails")
        )
        self.import_action.triggered.connect(self.choose_and_import)
        self.paste_action = QAction(
            QCoreApplication.translate("MainWindow", "Add from order &page text…"), window
        )
        self.paste_action.setShortcut("Ctrl+Shift+V")
        self.paste_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Paste an order page and add the order")
        )
        self.paste_action.triggered.connect(self.paste_order)

    def _service(self) -> ImportService:
        return self._services.imports

    def choose_and_import(self) -> None:
        """File → Import…: the import dialog, asking for a file."""
        self.import_files()

    def _imported(self, result: ImportResult) -> None:
        # What the import added first, then what it updated: the buyer sees where they went.
        added = [e.order for e in result.entries if e.action == "add"]
        updated = [e.order for e in result.entries if e.action == "update"]
        self._show_orders(added + updated)

    def _pasted(self, number: str) -> None:
        self._show_orders([number])

    def import_files(self, paths: Sequence[Path] = ()) -> None:
        """The import dialog, for ``paths`` when given (a drop), else it asks for a file."""
        from ui.files.import_dialog import ImportDialog  # deferred: opened on demand, not at start-up

        dialog = ImportDialog(self._service, self._tasks, list(paths), self._window)
        warning = attach_import_warning(dialog, dialog.table, self._services.insights.avoided_stores())
        dialog.previewed.connect(warning.show_plan)
        dialog.imported.connect(self._imported)
        self._show(dialog)
        if not paths:
            dialog.choose_files()

    def paste_order(self) -> None:
        from ui.files.paste_order import PasteOrderDialog  # deferred: opened on demand, not at start-up

        dialog = PasteOrderDialog(self._service, self._tasks, self._clock, self._window)
        attach_store_warning(
            dialog, dialog.edits["store"], dialog.error_label, self._services.insights.avoided_stores()
        )
        dialog.added.connect(self._pasted)
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()


# Order files a drop on the window imports; images and videos are evidence for an order instead.
IMPORT_SUFFIXES = frozenset({".csv", ".json", ".xlsx", ".eml", ".mbox", ".tsv", ".txt"})


def droppable(paths: Sequence[Path]) -> list[Path]:
    """The order files (csv, json, xlsx, eml, mbox, tsv, txt) among ``paths``, not images."""
    return [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES and p.is_file()]


def order_files(mime: QMimeData) -> list[Path]:
    """The order files among dropped ``mime`` data."""
    return droppable(local_paths(mime))
