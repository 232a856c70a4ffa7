"""A compact evidence box for the dispute wizard's checklist page: how many photos and videos
the order has, a button to add more and a drop target. Adding is written at once (evidence is
not part of what the wizard saves on Finish: a photo taken for a dispute stays useful even if
the buyer closes the wizard)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.drops import has_files_or_image
from ui.evidence.desk import EvidenceDesk
from ui.evidence.gallery import open_gallery


class EvidenceBox(QFrame):
    def __init__(self, desk: EvidenceDesk, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._number = number
        self.setObjectName("evidenceBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Evidence of the order"))
        self.count = QLabel(self)
        self.count.setObjectName("evidenceBoxCount")
        self.count.setWordWrap(True)
        self.hint = QLabel(self.tr("Drop photos or videos here, or paste with Ctrl+V."), self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_button = QPushButton(self.tr("Add &photos…"), self)
        self.add_button.setAccessibleName(self.tr("Add photos or videos to the order"))
        self.add_button.clicked.connect(self._add)
        self.gallery_button = QPushButton(self.tr("&Gallery…"), self)
        self.gallery_button.setAccessibleName(self.tr("Open the evidence gallery"))
        self.gallery_button.clicked.connect(self._open_gallery)
        layout = QHBoxLayout(self)
        text = QWidget(self)
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count)
        column.addWidget(self.hint)
        layout.addWidget(text, 1)
        layout.addWidget(self.gallery_button)
        layout.addWidget(self.add_button)
        # Ctrl+V anywhere in the wizard while this page shows (fields keep their own paste).
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WindowShortcut)
        paste.activated.connect(self._paste)
        desk.changed.connect(self._changed)
        desk.busy_changed.connect(self._busy_changed)
        self.refresh()

    def refresh(self) -> None:
        count = self._desk.count(self._number)
        self.count.setText(
            self.tr("Photos and videos attached to this order: %n.", "", count)
            if count
            else self.tr("No photos or videos attached to this order yet.")
        )
        self.gallery_button.setEnabled(count > 0)

    def _add(self) -> None:
        self._desk.add_from_dialog(self._number)

    def _open_gallery(self) -> None:
        open_gallery(self._desk, self._number)

    def _paste(self) -> None:
        self._desk.paste(self._number)

    def _busy_changed(self, busy: bool) -> None:
        self.add_button.setEnabled(not busy)

    def _changed(self, number: str) -> None:
        if number == self._number:
            self.refresh()

    def _take_drag(self, event: QDragMoveEvent) -> None:
        mime = event.mimeData()
        if mime is not None and has_files_or_image(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._take_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._take_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime is not None and self._desk.attacher.attach_mime(self._number, mime):
            event.acceptProposedAction()
        else:
            event.ignore()
