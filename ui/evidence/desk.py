"""What the evidence widgets share: the service, the thumbnail loader, the attacher, the undo
stack, and the galleries that are open. The strip, the gallery and the dispute wizard's evidence
page each get one ``EvidenceDesk`` through their constructor and listen to ``changed``; a gallery
is opened with ``ui.evidence.gallery.open_gallery``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from app.clock import Clock
from app.domain.errors import Refused
from ui.common import dialogs
from ui.common.tasks import TaskRunner
from ui.evidence.attach import EvidenceAttacher
from ui.evidence.thumbs import ThumbnailLoader

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import EvidenceService, EvidenceView


def open_in_system(url: QUrl) -> bool:
    """Open a file or folder with the system's program (tests replace this function)."""
    return QDesktopServices.openUrl(url)


class EvidenceTrashCommand(QUndoCommand):
    """Move one photo or video to the trash; undo restores it."""

    def __init__(self, desk: EvidenceDesk, number: str, view: EvidenceView) -> None:
        super().__init__(
            QCoreApplication.translate("Evidence", "Move %1 to the trash").replace("%1", view.original_name)
        )
        self._desk = desk
        self._number = number
        self._id = view.id

    def redo(self) -> None:
        self._desk.service().trash(self._id)
        self._desk.changed.emit(self._number)

    def undo(self) -> None:
        self._desk.service().restore(self._id)
        self._desk.changed.emit(self._number)


class EvidenceDesk(QObject):
    changed = Signal(str)  # order number whose evidence changed (added, caption, trashed, restored)
    busy_changed = Signal(bool)  # an attach is running
    notice = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        evidence: Callable[[], EvidenceService],
        clock: Clock,
        undo_stack: QUndoStack,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.service = evidence
        self.undo_stack = undo_stack
        self.dialog_parent = window  # the parent of the desk's dialogs and galleries
        self.tasks = TaskRunner(self)
        dpr = window.devicePixelRatioF() if window is not None else 1.0
        self.loader = ThumbnailLoader(
            lambda view, side: evidence().thumbnail(view, side), self, device_pixel_ratio=dpr
        )
        self.attacher = EvidenceAttacher(evidence, self.tasks, clock, window)
        self.attacher.attached.connect(self._attached)
        self.attacher.busy_changed.connect(self.busy_changed)
        self.attacher.started.connect(self.notice)
        self._galleries: dict[str, QDialog] = {}  # the gallery open for each order

    # -- reading --------------------------------------------------------------------------------

    def items(self, number: str) -> list[EvidenceView]:
        try:
            return self.service().list(number)
        except Refused:
            return []  # the order is gone meanwhile: nothing to show

    def trashed(self, number: str) -> list[EvidenceView]:
        """The order's photos and videos in the trash, oldest first."""
        try:
            return self.service().list(number, trashed=True)
        except Refused:
            return []

    def restore(self, number: str, view: EvidenceView) -> None:
        """Bring a photo or video back from the trash."""
        self.service().restore(view.id)
        self.changed.emit(number)

    def count(self, number: str) -> int:
        try:
            return self.service().count(number)
        except Refused:
            return 0

    def display_path(self, view: EvidenceView) -> Path:
        return self.service().display_path(view)

    def is_busy(self) -> bool:
        return self.attacher.is_busy()

    # -- adding ---------------------------------------------------------------------------------

    def add_from_dialog(self, number: str) -> None:
        self.attacher.add_from_dialog(number)

    def paste(self, number: str) -> bool:
        """Add what the clipboard holds: its files, else its image. False (and a notice) if
        it holds neither."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and self.attacher.attach_mime(number, mime):
            return True
        self.notice.emit(
            QCoreApplication.translate("Evidence", "The clipboard holds no picture or file to add.")
        )
        return False

    def _attached(self, number: str, views: list[EvidenceView]) -> None:
        self.notice.emit(
            QCoreApplication.translate("Evidence", "Files added to order %1: %n.", "", len(views)).replace(
                "%1", number
            )
        )
        self.changed.emit(number)

    # -- changing -------------------------------------------------------------------------------

    def set_caption(self, number: str, view: EvidenceView, caption: str) -> None:
        """Save a caption in the background; ``changed`` follows."""
        service = self.service
        self.tasks.run(
            lambda: service().set_caption(view.id, caption),
            lambda _view: self.changed.emit(number),
            lambda exc: dialogs.show_error(
                self.dialog_parent, QCoreApplication.translate("Evidence", "Caption"), str(exc)
            ),
            writes=True,
            owner=self,
        )

    def trash(self, number: str, view: EvidenceView) -> None:
        try:
            self.undo_stack.push(EvidenceTrashCommand(self, number, view))
        except Refused as exc:
            dialogs.show_error(
                self.dialog_parent, QCoreApplication.translate("Evidence", "Move to trash"), str(exc)
            )
            return
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self.notice.emit(
            QCoreApplication.translate("Evidence", "Moved %1 to the trash. Undo with %2.")
            .replace("%1", view.original_name)
            .replace("%2", undo)
        )

    def play(self, view: EvidenceView) -> None:
        try:
            path = self.service().original_path(view)
        except Refused as exc:  # a stored name that is not ours (a tampered backup)
            dialogs.show_error(
                self.dialog_parent,
                QCoreApplication.translate("Evidence", "Play video"),
                dialogs.refusal_text(exc),
            )
            return
        if not open_in_system(QUrl.fromLocalFile(str(path))):
            dialogs.show_error(
                self.dialog_parent,
                QCoreApplication.translate("Evidence", "Play video"),
                QCoreApplication.translate("Evidence", "No program opened %1.").replace("%1", str(path)),
            )

    # -- the gallery ----------------------------------------------------------------------------

    def gallery(self, number: str) -> QDialog | None:
        """The gallery open for ``number``; None when there is none (or it was closed)."""
        gallery = self._galleries.get(number)
        return gallery if gallery is not None and isValid(gallery) else None

    def keep_gallery(self, number: str, gallery: QDialog) -> None:
        """Remember ``number``'s gallery, so opening it again brings this one to the front."""
        self._galleries[number] = gallery

    def wait(self, msecs: int = 10_000) -> bool:
        return self.tasks.wait(msecs) and self.loader.wait(msecs)
