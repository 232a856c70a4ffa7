"""Automatic backups: a while after the data changed, once a day, and when the window closes.

Every trigger goes through ``BackupService.auto_backup(reason)``, which makes a backup only when
the data changed since the last one (else it returns None) and thins the automatic backups by
the retention policy. While the app runs, the work goes to the task runner's writer thread, so
it never overlaps one of our writes. On close it runs in a thread of its own while the window
waits, at most ``CLOSE_LIMIT_S``; a small progress dialog appears if that takes longer than a
moment.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.clock import Clock
from app.services import Services
from ui.common.tasks import TaskRunner
from ui.files.backup_actions import make_backup_service
from ui.files.backup_progress import BackupProgressDialog

if TYPE_CHECKING:  # only named in signatures: the backup service is first imported in a worker
    from app.services.backup import BackupInfo

log = logging.getLogger("dispute_desk")

AFTER_CHANGE_MS = 5 * 60_000  # a quiet spell after the last change, so a burst makes one backup
CHECK_EVERY_MS = 60 * 60_000  # whether a day has passed since the last automatic backup
DAY = timedelta(days=1)
CLOSE_WAIT_S = 0.1  # on close, the window waits this long before showing a progress dialog
CLOSE_LIMIT_S = 60.0


def last_auto_backup(backups: list[Any]) -> datetime | None:
    times = [info.created_at for info in backups if info.kind == "auto"]
    return max(times) if times else None


class AutoBackups(QObject):
    made = Signal(object)  # the BackupInfo of a backup just made

    def __init__(
        self, services: Services, clock: Clock, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self._tasks = tasks
        self._running = False
        self._stopped = False
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self._quiet_after_change)
        self.hourly = QTimer(self)
        self.hourly.setInterval(CHECK_EVERY_MS)
        self.hourly.timeout.connect(self.check_daily)

    def start(self) -> None:
        """After the first paint: check now, then every hour."""
        self._stopped = False
        self.hourly.start()
        self.check_daily()

    def stop(self) -> None:
        self._stopped = True
        self.after_change.stop()
        self.hourly.stop()

    def data_changed(self) -> None:
        """Something was written: back up once things have been quiet for a while."""
        if not self._stopped:
            self.after_change.start()  # restarting it is what makes it wait for quiet

    def _quiet_after_change(self) -> None:
        self.run("changed")

    def check_daily(self) -> None:
        if self._running or self._stopped:
            return
        now = self._clock.now()
        services = self._services

        def work() -> BackupInfo | None:
            service = make_backup_service(services)
            last = last_auto_backup(service.list_backups())
            if last is not None and now - last < DAY:
                return None
            return service.auto_backup("daily")

        self._start(work)

    def run(self, reason: str) -> None:
        if self._running or self._stopped:
            return
        services = self._services
        self._start(lambda: make_backup_service(services).auto_backup(reason))

    def _start(self, work: Any) -> None:
        self._running = True
        self._tasks.run(work, self._done, self._failed, writes=True)

    def _done(self, info: BackupInfo | None) -> None:
        self._running = False
        if info is not None:
            log.info("automatic backup %s", info.path)
            self.made.emit(info)

    def _failed(self, exc: Exception) -> None:
        # Not worth a dialog every hour: logged, and the next trigger tries again.
        self._running = False
        log.warning("automatic backup failed: %s", exc)

    def on_close(self, parent: QWidget | None) -> BackupInfo | None:
        """The last automatic backup, while the window closes (call after the task runner has
        finished its work). Waits at most ``CLOSE_LIMIT_S``; never raises."""
        self.stop()
        outcome: list[BackupInfo | None] = []
        service = make_backup_service(self._services)
        progress = [0, 0]  # bytes written, of: read by the dialog's timer (plain ints, no lock needed)

        def report(done: int, total: int) -> None:
            progress[:] = [done, total]

        def work() -> None:
            try:
                outcome.append(service.auto_backup("close", progress=report))
            except Exception as exc:  # closing must never fail
                log.warning("backup on close failed: %s", exc)

        # A daemon thread: if the limit passes, quitting the app must not wait for it.
        thread = threading.Thread(target=work, name="backup-on-close", daemon=True)
        thread.start()
        thread.join(CLOSE_WAIT_S)
        if thread.is_alive():
            self._wait_with_progress(thread, parent, progress)
        if thread.is_alive():
            log.warning("backup on close still running after %s s; not waiting longer", CLOSE_LIMIT_S)
        info = outcome[0] if outcome else None
        if info is not None:
            log.info("backup on close %s", info.path)
        return info

    def _wait_with_progress(
        self, thread: threading.Thread, parent: QWidget | None, progress: list[int]
    ) -> None:
        dialog = BackupProgressDialog(
            parent,
            QCoreApplication.translate("AutoBackups", "Dispute Desk"),
            QCoreApplication.translate("AutoBackups", "Backing up today's changes before closing…"),
        )
        deadline = time.monotonic() + CLOSE_LIMIT_S
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(50)

        def check() -> None:
            dialog.show_progress(progress[0], progress[1])  # a moving bar: the app is alive
            if not thread.is_alive() or time.monotonic() > deadline:
                loop.quit()

        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        dialog.finish()
