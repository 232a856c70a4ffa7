"""File → Export: the orders as CSV, everything as JSON, the deadlines as a calendar (ICS).

Each asks where to save (a dated default name in the folder used last), writes the file in the
task runner's writer thread (reading may refresh stale list rows, which is a write) and says on
the status line how much went where. The services come in through the constructor; the file
dialog is a small function tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from app.clock import Clock
from app.services import Services
from ui.common import dialogs
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService

LAST_FOLDER_KEY = "files/last_folder"
STATUS_MS = 15_000


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The save dialog (tests replace this); None when the user cancelled."""
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def with_suffix(path: Path, suffix: str) -> Path:
    """Some platforms' dialogs don't add the extension the filter asks for."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def last_folder(settings: QSettings) -> Path:
    """Where the previous export or backup went, else the Documents folder."""
    stored = settings.value(LAST_FOLDER_KEY)
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))


@dataclass(frozen=True)
class ExportFormat:
    key: str
    suffix: str
    stem: str  # of the default file name: dispute-desk-<stem>-<local date><suffix>

    def menu_text(self) -> str:
        return {
            "csv": QCoreApplication.translate("ExportActions", "Orders as &CSV…"),
            "json": QCoreApplication.translate("ExportActions", "Everything as &JSON…"),
            "ics": QCoreApplication.translate("ExportActions", "Deadlines as calendar (&ICS)…"),
        }[self.key]

    def file_filter(self) -> str:
        return {
            "csv": QCoreApplication.translate("ExportActions", "CSV files (*.csv)"),
            "json": QCoreApplication.translate("ExportActions", "JSON files (*.json)"),
            "ics": QCoreApplication.translate("ExportActions", "Calendar files (*.ics)"),
        }[self.key]

    def done_text(self, count: int, path: Path) -> str:
        text = {
            "csv": QCoreApplication.translate("ExportActions", "Exported %n order(s) to %1", None, count),
            "json": QCoreApplication.translate(
                "ExportActions", "Exported %n order(s) with their history to %1", None, count
            ),
            "ics": QCoreApplication.translate(
                "ExportActions", "Exported %n deadline(s) to the calendar file %1", None, count
            ),
        }[self.key]
        return text.replace("%1", str(path))

    def run(self, service: OrderService, out: Path) -> int:
        # Deferred to the worker: the writers would cost the GUI thread ~15 ms right after the first paint.
        from app.services import exporting

        write: Callable[[OrderService, Path], int] = {
            "csv": exporting.export_csv,
            "json": exporting.export_json,
            "ics": exporting.export_ics,
        }[self.key]
        return write(service, out)


FORMATS = (
    ExportFormat("csv", ".csv", "orders"),
    ExportFormat("json", ".json", "everything"),
    ExportFormat("ics", ".ics", "deadlines"),
)


class ExportActions(QObject):
    """The three export actions of the File menu, and the work behind them."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        clock: Clock,
        tasks: TaskRunner,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._clock = clock
        self._tasks = tasks
        self._settings = settings
        self.actions: dict[str, QAction] = {}
        for export_format in FORMATS:
            action = QAction(export_format.menu_text(), window)
            action.setStatusTip(
                QCoreApplication.translate("ExportActions", "Save a copy of your data in another format")
            )
            action.triggered.connect(partial(self.export, export_format))
            self.actions[export_format.key] = action
        self.actions["csv"].setShortcut(QKeySequence("Ctrl+Shift+E"))

    def suggested_path(self, export_format: ExportFormat) -> Path:
        day = self._clock.now().astimezone().date().isoformat()
        name = f"dispute-desk-{export_format.stem}-{day}{export_format.suffix}"
        return last_folder(self._settings) / name

    def export(self, export_format: ExportFormat, *_checked: object) -> None:
        title = QCoreApplication.translate("ExportActions", "Export")
        chosen = ask_save_path(
            self._window, title, self.suggested_path(export_format), export_format.file_filter()
        )
        if chosen is None:
            return
        out = with_suffix(chosen, export_format.suffix)
        remember_folder(self._settings, out)
        self._set_running(True)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("ExportActions", "Exporting to %1…").replace("%1", str(out))
        )
        services = self._services

        def done(count: int) -> None:
            self._set_running(False)
            self._window.statusBar().showMessage(export_format.done_text(count, out), STATUS_MS)

        def failed(exc: Exception) -> None:
            self._set_running(False)
            self._window.statusBar().clearMessage()
            dialogs.show_error(
                self._window,
                title,
                QCoreApplication.translate("ExportActions", "Could not export to %1: %2")
                .replace("%1", str(out))
                .replace("%2", str(exc)),
            )

        self._tasks.run(
            lambda: export_format.run(services.orders, out), done, failed, writes=True, owner=self
        )

    def _set_running(self, running: bool) -> None:
        for action in self.actions.values():
            action.setEnabled(not running)
