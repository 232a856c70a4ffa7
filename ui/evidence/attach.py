"""Adding evidence from the GUI: dropped or pasted files, a pasted image, the file dialog.

Everything runs off the GUI thread through the task runner's writer (database writes are
serialized): hashing and checking twelve-megapixel photos takes far longer than a frame. A
batch shows a progress dialog; a refusal (a file that is not a photo or video, too large,
unreadable) is shown in a message naming the file, and nothing of the batch is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from app.clock import Clock
from app.domain.errors import Refused
from ui.common import dialogs, drops
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import EvidenceService, EvidenceView

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.heif"
VIDEO_PATTERNS = "*.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp"


def ask_evidence_paths(parent: QWidget | None) -> list[Path]:
    """The file dialog for photos and videos (tests replace this function)."""
    filters = ";;".join(
        [
            QCoreApplication.translate("Evidence", "Photos and videos (%1)").replace(
                "%1", f"{IMAGE_PATTERNS} {VIDEO_PATTERNS}"
            ),
            QCoreApplication.translate("Evidence", "Photos (%1)").replace("%1", IMAGE_PATTERNS),
            QCoreApplication.translate("Evidence", "Videos (%1)").replace("%1", VIDEO_PATTERNS),
            QCoreApplication.translate("Evidence", "All files (*)"),
        ]
    )
    names, _chosen = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("Evidence", "Add photos and videos"), "", filters
    )
    return [Path(name) for name in names]


def png_bytes(image: QImage) -> bytes:
    """The image as a PNG file's bytes (called in a worker: encoding a screenshot takes a while)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes only str
    buffer.close()
    return bytes(data.data())


class _Progress(QObject):
    """Carries the service's progress calls from the worker to the GUI thread."""

    step = Signal(int, int)  # done, total


class EvidenceAttacher(QObject):
    """Adds files or a pasted image to an order in the background; ``attached`` follows."""

    attached = Signal(str, list)  # order number, the EvidenceView values stored
    busy_changed = Signal(bool)
    started = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        evidence: Callable[[], EvidenceService],
        tasks: TaskRunner,
        clock: Clock,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self._evidence = evidence
        self._tasks = tasks
        self._clock = clock
        self._widget = parent_widget
        self._running = 0
        self.progress_dialog: QProgressDialog | None = None
        self._progress = _Progress(self)  # batches run one at a time on the writer: one carrier
        self._progress.step.connect(self._step)

    def is_busy(self) -> bool:
        return self._running > 0

    # -- entry points ---------------------------------------------------------------------------

    def add_from_dialog(self, number: str) -> None:
        paths = ask_evidence_paths(self._widget)
        if paths:
            self.attach_paths(number, paths)

    def attach_mime(self, number: str, mime: QMimeData) -> bool:
        """A drop or a paste: its files, else its image. False if it carries neither."""
        paths = drops.local_paths(mime)
        if paths:
            self.attach_paths(number, paths)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.attach_image(number, image)
                return True
        return False

    def attach_image(self, number: str, image: QImage) -> None:
        """A pasted screenshot, stored as a PNG named after the time it was pasted."""
        name = self._clock.now().astimezone().strftime("Pasted %Y-%m-%d %H-%M-%S.png")
        image = image.copy()  # the clipboard may change meanwhile; the worker encodes this copy

        def work() -> list[EvidenceView]:
            return [self._evidence().attach_bytes(number, png_bytes(image), name)]

        self._start(number, work, 1)

    def attach_paths(self, number: str, paths: Sequence[Path]) -> None:
        paths = list(paths)
        if len(paths) > 1:
            self._show_progress(number, len(paths))
        progress = self._progress

        def report(*args: Any) -> None:
            progress.step.emit(*_done_total(args, len(paths)))

        def work() -> list[EvidenceView]:
            return self._evidence().attach(number, paths, progress=report)

        self._start(number, work, len(paths))

    # -- running --------------------------------------------------------------------------------

    def _start(self, number: str, work: Callable[[], list[EvidenceView]], count: int) -> None:
        self.started.emit(
            QCoreApplication.translate("Evidence", "Adding files to order %1: %n…", "", count).replace(
                "%1", number
            )
        )
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._tasks.run(
            work,
            lambda views: self._finished(number, views, None),
            lambda exc: self._finished(number, [], exc),
            writes=True,
            owner=self,
        )

    def _finished(self, number: str, views: list[EvidenceView], error: Exception | None) -> None:
        self._running -= 1
        if self.progress_dialog is not None and self._running == 0:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        if self._running == 0:
            self.busy_changed.emit(False)
        if error is not None:
            title = QCoreApplication.translate("Evidence", "Add evidence to order %1").replace("%1", number)
            if isinstance(error, Refused):
                dialogs.show_error(self._widget, title, str(error))
            else:
                dialogs.show_error(
                    self._widget,
                    title,
                    QCoreApplication.translate("Evidence", "Nothing was added: %1").replace(
                        "%1", str(error) or repr(error)
                    ),
                )
            return
        self.attached.emit(number, views)

    def _show_progress(self, number: str, files: int) -> None:
        if self.progress_dialog is None:
            dialog = QProgressDialog(self._widget)
            dialog.setWindowTitle(QCoreApplication.translate("Evidence", "Adding evidence"))
            dialog.setCancelButton(None)  # all or nothing: the batch finishes or is refused whole
            dialog.setMinimumDuration(300)
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self.progress_dialog = dialog
        self.progress_dialog.setLabelText(
            QCoreApplication.translate(
                "Evidence", "Checking and storing %n file(s) for order %1…", None, files
            ).replace("%1", number)
        )
        self.progress_dialog.setRange(0, files)
        self.progress_dialog.setValue(0)

    def _step(self, done: int, total: int) -> None:
        # The service counts each file twice (checked, stored): the bar shows the share done.
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(min(done, total))


def _done_total(args: tuple[Any, ...], total: int) -> tuple[int, int]:
    """The service's progress call as (done, total), however many numbers it passes."""
    numbers = [a for a in args if isinstance(a, int)]
    if len(numbers) >= 2:
        return numbers[0], numbers[1]
    if numbers:
        return numbers[0], total
    return 0, total
