"""Order → Make case pack…: the order's case file (PDF) and upload-ready photo copies in a
folder the buyer chooses, made off the GUI thread with progress, then an offer to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.domain.errors import Refused
from ui.common import dialogs
from ui.evidence import desk as evidence_desk
from ui.evidence.desk import EvidenceDesk

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import PackResult


class PackFolderDialog(QFileDialog):
    """Choose the folder to make the case pack in. A folder typed in that doesn't exist yet is
    made (Qt's own dialog would refuse it: "Directory not found"); if it can't be made, the
    dialog says why and stays open."""

    def __init__(self, parent: QWidget | None = None, start: str = "") -> None:
        super().__init__(parent, QCoreApplication.translate("Evidence", "Make the case pack in…"), start)
        self.setFileMode(QFileDialog.FileMode.Directory)
        self.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Evidence", "Choose"))

    def accept(self) -> None:
        chosen = self.selectedFiles()
        folder = Path(chosen[0]) if chosen else None
        if folder is not None and not folder.exists():
            try:
                folder.mkdir(parents=True)
            except OSError as exc:
                dialogs.show_error(
                    self,
                    self.windowTitle(),
                    QCoreApplication.translate("Evidence", "Could not make the folder %1: %2")
                    .replace("%1", str(folder))
                    .replace("%2", exc.strerror or str(exc)),
                )
                return
        super().accept()


def ask_pack_folder(parent: QWidget | None) -> Path | None:
    """The folder to write the case pack into (tests replace this function)."""
    dialog = PackFolderDialog(parent)
    try:
        if not dialog.exec():
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen else None
    finally:
        dialog.deleteLater()


def ask_open_folder(parent: QWidget | None, text: str) -> bool:
    """Tell what was made and offer to open its folder (tests replace this function)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("Evidence", "Case pack"), text, parent=parent
    )
    open_button = box.addButton(
        QCoreApplication.translate("Evidence", "Open folder"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is open_button


def new_pack_folder(parent_folder: Path, number: str) -> Path:
    """A folder of its own inside the one chosen, so a pack never mixes with other files:
    "Case pack 8100…", then "Case pack 8100… (2)" and so on."""
    base = QCoreApplication.translate("Evidence", "Case pack %1").replace("%1", number)
    folder = parent_folder / base
    counter = 2
    while folder.exists():
        folder = parent_folder / f"{base} ({counter})"
        counter += 1
    return folder


class _Progress(QObject):
    step = Signal(int, int)  # done, total


class CasePackMaker(QObject):
    """Runs ``EvidenceService.pack`` for one order in the background with a progress dialog."""

    finished = Signal(object)  # the PackResult, or None when it failed

    def __init__(self, desk: EvidenceDesk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self._parent = parent
        self.progress_dialog: QProgressDialog | None = None

    def is_running(self) -> bool:
        return self.progress_dialog is not None

    def start(self, number: str) -> bool:
        """Ask for a folder and make the pack in a new folder inside it; False if none was chosen
        (or a pack is still being made: one at a time)."""
        if self.is_running():
            if self.progress_dialog is not None:
                self.progress_dialog.raise_()
            return False
        chosen = ask_pack_folder(self._parent)
        if chosen is None:
            return False
        folder = new_pack_folder(chosen, number)
        dialog = QProgressDialog(
            QCoreApplication.translate("Evidence", "Making the case pack for order %1…").replace(
                "%1", number
            ),
            "",
            0,
            0,
            self._parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("Evidence", "Case pack"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        progress = _Progress(self)
        progress.step.connect(self._step)
        service = self._desk.service

        def report(*args: Any) -> None:
            numbers = [a for a in args if isinstance(a, int)]
            if len(numbers) >= 2:
                progress.step.emit(numbers[0], numbers[1])

        self._desk.tasks.run(
            lambda: service().pack(number, folder, progress=report),
            lambda result: self._done(number, result),
            lambda exc: self._failed(number, exc),
            owner=self,
        )
        return True

    def _step(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, number: str, result: PackResult) -> None:
        self._close_progress()
        self.finished.emit(result)
        folder = Path(result.pdf).parent
        text = (
            QCoreApplication.translate(
                "Evidence",
                "The case pack of order %1 is ready: %2, and photos to upload: %n.",
                "",
                len(result.photos),
            )
            .replace("%1", number)
            .replace("%2", Path(result.pdf).name)
        )
        if ask_open_folder(self._parent, text + "\n\n" + str(folder)):
            evidence_desk.open_in_system(QUrl.fromLocalFile(str(folder)))

    def _failed(self, number: str, exc: Exception) -> None:
        self._close_progress()
        self.finished.emit(None)
        title = QCoreApplication.translate("Evidence", "Case pack of order %1").replace("%1", number)
        message = (
            str(exc)
            if isinstance(exc, Refused)
            else QCoreApplication.translate("Evidence", "No case pack was made: %1").replace("%1", str(exc))
        )
        dialogs.show_error(self._parent, title, message)
