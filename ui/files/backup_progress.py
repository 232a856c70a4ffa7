"""A progress dialog for a backup or a restore running in another thread.

The service reports ``progress(done, total)`` from its worker thread; ``ProgressRelay`` turns
the calls into a queued signal so the dialog is only touched on the GUI thread. The dialog has
no Cancel button and ignores Escape: stopping a restore half-way is not offered (the service
either finishes or changes nothing), and hiding the dialog would hide whether it worked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget


class ProgressRelay(QObject):
    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread."""
        self.progressed.emit(done, total)


class BackupProgressDialog(QProgressDialog):
    def __init__(self, parent: QWidget | None, title: str, label: str, *, show_after_ms: int = 0) -> None:
        super().__init__(label, "", 0, 0, parent)  # 0..0: busy until the first report
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setCancelButton(None)  # no button: a backup or restore is not stopped half-way
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(show_after_ms)
        self.setMinimumWidth(420)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self.show_progress)
        self._finished = False
        if show_after_ms == 0:
            self.show()

    def show_progress(self, done: int, total: int) -> None:
        if self._finished:
            return
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def finish(self) -> None:
        self._finished = True
        self.done(0)
        self.deleteLater()

    # -- not closable by the user while the work runs -------------------------------------------

    def reject(self) -> None:
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
