"""File → Back up now… and File → Restore from backup…

Backing up asks where to save the .zip, runs ``BackupService.backup`` in the task runner's
writer thread (so it sees no half-done write of ours) with a progress dialog, and says where it
went. Restoring checks the archive first (``verify``: nothing changes if it is refused), asks
for confirmation saying that the current data is kept as a safety copy, then closes the app's
database, restores and reopens it, all in the writer thread behind a progress dialog.
``restore_finished(changed)`` tells the window to read everything again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from app.clock import Clock
from app.domain.errors import Refused
from app.services import Services
from ui.common import dialogs
from ui.common.format import local_time
from ui.common.tasks import TaskRunner
from ui.files.backup_model import size_text
from ui.files.backup_progress import BackupProgressDialog
from ui.files.export_actions import ask_save_path, last_folder, remember_folder, with_suffix

if TYPE_CHECKING:  # only named in signatures: the backup service is first imported in a worker
    from app.services.backup import BackupInfo, BackupService, Manifest, RestoreResult

STATUS_MS = 15_000
log = logging.getLogger("dispute_desk")


def zip_filter() -> str:
    return QCoreApplication.translate("BackupActions", "Dispute Desk backups (*.zip)")


def ask_open_path(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
    """The open dialog (tests replace this); None when the user cancelled."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(chosen) if chosen else None


def make_backup_service(services: Services) -> BackupService:
    # Deferred: first made in a worker; imported here it would cost the GUI thread ~20 ms right
    # after the first paint (when the automatic backups start).
    from app.services.backup import BackupService

    return BackupService(services.data_dir.root, services.clock)


class BackupActions(QObject):
    restore_started = Signal()
    restore_finished = Signal(bool)  # True when the data was replaced

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
        self.busy = False
        self.backup_action = QAction(QCoreApplication.translate("BackupActions", "&Back up now…"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.setStatusTip(
            QCoreApplication.translate("BackupActions", "Save all your orders and evidence in one .zip file")
        )
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(
            QCoreApplication.translate("BackupActions", "&Restore from backup…"), window
        )
        self.restore_action.setStatusTip(
            QCoreApplication.translate(
                "BackupActions", "Replace the data with a backup; the current data is kept"
            )
        )
        self.restore_action.triggered.connect(self.choose_and_restore)

    def service(self) -> BackupService:
        return make_backup_service(self._services)

    # -- back up --------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.busy:
            return
        title = QCoreApplication.translate("BackupActions", "Back up now")
        day = self._clock.now().astimezone().date().isoformat()
        suggested = last_folder(self._settings) / f"dispute-desk-backup-{day}.zip"
        chosen = ask_save_path(self._window, title, suggested, zip_filter())
        if chosen is None:
            return
        out = with_suffix(chosen, ".zip")
        # The save dialog asked before it let the user pick an existing file: replace it then.
        replace = out == chosen and out.exists()
        remember_folder(self._settings, out)
        service = self.service()
        progress = BackupProgressDialog(
            self._window,
            title,
            QCoreApplication.translate("BackupActions", "Backing up to %1…").replace("%1", str(out)),
        )
        self._set_busy(True)

        def done(info: BackupInfo) -> None:
            self._set_busy(False)
            progress.finish()
            text = (
                QCoreApplication.translate("BackupActions", "Backed up to %1 (%2).")
                .replace("%1", str(info.path))
                .replace("%2", size_text(info.size))
            )
            self._window.statusBar().showMessage(text, STATUS_MS)
            dialogs.show_info(self._window, title, text)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            progress.finish()
            dialogs.show_error(
                self._window,
                title,
                QCoreApplication.translate("BackupActions", "The backup was not made: %1").replace(
                    "%1", str(exc)
                ),
            )

        self._tasks.run(
            lambda: service.backup(out, progress=progress.relay.report, replace=replace),
            done,
            failed,
            writes=True,
            owner=self,
        )

    # -- restore --------------------------------------------------------------------------------

    def choose_and_restore(self) -> None:
        if self.busy:
            return
        folder = self._services.data_dir.backups
        chosen = ask_open_path(
            self._window,
            QCoreApplication.translate("BackupActions", "Restore from backup"),
            folder if folder.is_dir() else last_folder(self._settings),
            zip_filter(),
        )
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, archive: Path) -> None:
        """Check ``archive``, ask, then restore it. Nothing changes before the user said yes, nor
        when the service refuses."""
        if self.busy:
            return
        title = QCoreApplication.translate("BackupActions", "Restore from backup")
        service = self.service()
        checking = BackupProgressDialog(
            self._window,
            title,
            QCoreApplication.translate("BackupActions", "Checking %1…").replace("%1", archive.name),
        )
        self._set_busy(True)

        def verified(manifest: Manifest) -> None:
            checking.finish()
            self._set_busy(False)
            if dialogs.ask_yes_no(self._window, title, self._confirmation(archive, manifest)):
                self._restore(service, archive)

        def refused(exc: Exception) -> None:
            checking.finish()
            self._set_busy(False)
            self._show_refusal(title, archive, exc, restoring=False)

        self._tasks.run(lambda: service.verify(archive), verified, refused, owner=self)

    def _confirmation(self, archive: Path, manifest: Manifest) -> str:
        return (
            QCoreApplication.translate(
                "BackupActions", "Replace your current data with the backup %1, made on %2?"
            )
            .replace("%1", archive.name)
            .replace("%2", local_time(manifest.created_at))
            + "\n\n"
            + QCoreApplication.translate(
                "BackupActions",
                "Your current data is kept first as a safety copy in the backups folder, so you can go "
                "back to it with Restore from backup. The window shows the restored orders when it is done.",
            )
        )

    def _restore(self, service: BackupService, archive: Path) -> None:
        title = QCoreApplication.translate("BackupActions", "Restore from backup")
        progress = BackupProgressDialog(
            self._window,
            title,
            QCoreApplication.translate("BackupActions", "Restoring %1…").replace("%1", archive.name),
        )
        services = self._services
        self._set_busy(True)
        self.restore_started.emit()

        def work() -> RestoreResult:
            services.close()  # the service replaces the file: nothing of ours may hold it open
            try:
                return service.restore(archive, progress=progress.relay.report)
            finally:
                try:  # open the (restored or untouched) file again, here rather than on the GUI thread
                    services.warm_up()
                except Exception as exc:  # the window's next read reports it
                    log.error("could not open the data after a restore: %s", exc)

        def done(result: RestoreResult) -> None:
            self._set_busy(False)
            progress.finish()
            self.restore_finished.emit(True)
            text = (
                QCoreApplication.translate(
                    "BackupActions", "Restored %n order(s) from %1, made on %2.", None, result.orders
                )
                .replace("%1", archive.name)
                .replace("%2", local_time(result.created_at))
            )
            details = [text]
            if result.migrated:
                details.append(
                    QCoreApplication.translate(
                        "BackupActions", "The backup came from an older version and was brought up to date."
                    )
                )
            if result.safety is not None:
                details.append(
                    QCoreApplication.translate(
                        "BackupActions", "Your previous data was kept as a safety copy: %1"
                    ).replace("%1", str(result.safety.path))
                )
            self._window.statusBar().showMessage(text, STATUS_MS)
            dialogs.show_info(self._window, title, "\n\n".join(details))

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            progress.finish()
            self.restore_finished.emit(False)
            self._show_refusal(title, archive, exc, restoring=True)

        self._tasks.run(work, done, failed, writes=True, owner=self)

    def _show_refusal(self, title: str, archive: Path, exc: Exception, *, restoring: bool) -> None:
        """A refusal (checking, or restoring) changed nothing: the service guarantees it. An
        unexpected error half-way through a restore is not claimed to be harmless."""
        if isinstance(exc, Refused) or not restoring:
            text = QCoreApplication.translate(
                "BackupActions", "%1 was not restored: %2\n\nNothing was changed."
            )
        else:
            log.error("restore of %s failed", archive, exc_info=exc)
            text = QCoreApplication.translate(
                "BackupActions",
                "Restoring %1 stopped with an unexpected error: %2\n\nDetails are in the log file.",
            )
        dialogs.show_error(self._window, title, text.replace("%1", archive.name).replace("%2", str(exc)))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.backup_action.setEnabled(not busy)
        self.restore_action.setEnabled(not busy)
