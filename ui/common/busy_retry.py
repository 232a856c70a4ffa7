"""A save that met another window's or command's lock: keep what was typed, say why, try again.

With an import running elsewhere, "Add note" failed and the note was gone. A dialog whose save
raises :class:`~app.services.StoreBusy` (a refusal: nothing was saved) stays open with the
buyer's input, shows the reason and that it will try again, and calls its save again every few
seconds until it goes through or the buyer closes the dialog (which asks first if something
was typed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.services import StoreBusy
from ui.common import dialogs
from ui.common.form_fields import FieldMessage

RETRY_MS = 2000


class BusyRetry(QObject):
    """Owned by the dialog; ``save`` is the dialog's accept (called again while it is shown)."""

    def __init__(self, dialog: QWidget, banner: FieldMessage, save: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._banner = banner
        self._save = save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self._again)

    def handled(self, exc: Exception) -> bool:
        """True when ``exc`` was a busy data file: the banner says so and a retry is on its way."""
        if not isinstance(exc, StoreBusy):
            return False
        self._banner.show_message(
            QCoreApplication.translate(
                "BusyRetry",
                "%1 What you entered is kept and saved as soon as the data is free again (trying again…).",
            ).replace("%1", dialogs.refusal_text(exc).rstrip(".") + ".")
        )
        self.timer.start()
        return True

    def stop(self) -> None:
        self.timer.stop()

    def _again(self) -> None:
        if self._dialog.isVisible():
            self._save()
