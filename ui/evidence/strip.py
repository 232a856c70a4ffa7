"""The detail panel's evidence strip: the order's photos and videos as a row of thumbnails,
how many there are, an "Add…" button, and a drop target for files and images.

It lists the order's evidence when the panel shows an order (one query); the thumbnails come
from the thread pool and fill in over placeholders. Double-click (or Return) opens the gallery
on that photo.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.drops import has_files_or_image
from ui.common.flow_layout import FlowLayout
from ui.evidence.desk import EvidenceDesk
from ui.evidence.gallery import open_gallery
from ui.evidence.model import EvidenceListModel
from ui.evidence.trash import EvidenceTrashDialog

STRIP_SIDE = 72


class _TileRow(QListView):
    """Thumbnails in one scrolling row; Return opens the current one like a double-click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class EvidenceStrip(QWidget):
    def __init__(self, desk: EvidenceDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._number: str | None = None
        self._can_add = False
        self._trashed = 0
        self.setAccessibleName(self.tr("Evidence"))
        self.setAcceptDrops(True)

        self.count = QLabel(self)
        self.count.setObjectName("evidenceCount")
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("evidenceAdd")
        self.add_button.setAccessibleName(self.tr("Add photos or videos to the order"))
        self.add_button.setToolTip(self.tr("Add photos or videos (or drop files here, or paste with Ctrl+V)"))
        self.add_button.clicked.connect(self._add)
        self.gallery_button = QPushButton(self.tr("Gallery…"), self)
        self.gallery_button.setAccessibleName(self.tr("Open the evidence gallery"))
        self.gallery_button.clicked.connect(self._open_gallery)
        self.trash_button = QPushButton(self)
        self.trash_button.setObjectName("evidenceTrash")
        self.trash_button.setAccessibleName(self.tr("Show the removed photos and videos"))
        self.trash_button.clicked.connect(self._show_trash)
        self.count.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.count, 1)
        buttons = QWidget(self)
        row = FlowLayout(buttons)  # wraps under a long label in a narrow panel instead of widening it
        for button in (self.trash_button, self.gallery_button, self.add_button):
            row.addWidget(button)
        top.addWidget(buttons, 1)

        self.model = EvidenceListModel(desk.loader, STRIP_SIDE, self, titles=False)
        self.tiles = _TileRow(self)
        self.tiles.setObjectName("evidenceTiles")
        self.tiles.setAccessibleName(self.tr("Photos and videos of the order"))
        self.tiles.setModel(self.model)
        self.tiles.setViewMode(QListView.ViewMode.IconMode)
        self.tiles.setMovement(QListView.Movement.Static)  # no dragging tiles around: drops go to us
        self.tiles.setFlow(QListView.Flow.LeftToRight)
        self.tiles.setWrapping(False)
        self.tiles.setUniformItemSizes(True)
        self.tiles.setIconSize(QSize(STRIP_SIDE, STRIP_SIDE))
        self.tiles.setGridSize(QSize(STRIP_SIDE + 8, STRIP_SIDE + 8))
        self.tiles.setSpacing(0)
        self.tiles.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tiles.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles.setFrameShape(QFrame.Shape.NoFrame)
        self.tiles.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # tiles on the panel itself
        self.tiles.setAcceptDrops(False)
        self.tiles.viewport().setAcceptDrops(False)
        scrollbar = self.tiles.horizontalScrollBar().sizeHint().height()
        self.tiles.setFixedHeight(STRIP_SIDE + 12 + scrollbar)
        self.tiles.activated.connect(self._activated)
        self.tiles.doubleClicked.connect(self._activated)

        self.empty = QLabel(self.tr("No photos yet — drop files here or paste a screenshot (Ctrl+V)"), self)
        self.empty.setObjectName("evidenceEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setMargin(12)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tiles)
        layout.addWidget(self.empty)
        desk.changed.connect(self._changed)
        desk.busy_changed.connect(self._busy)
        self._show_count()

    # -- showing --------------------------------------------------------------------------------

    def number(self) -> str | None:
        return self._number

    def show_order(self, number: str | None, *, can_add: bool = True) -> None:
        """List ``number``'s evidence (None: nothing). ``can_add`` is False for a trashed order."""
        self._number = number
        self._can_add = can_add and number is not None
        self.model.set_views(self._desk.items(number) if number is not None else [])
        self._trashed = len(self._desk.trashed(number)) if number is not None else 0
        self._show_count()

    def _changed(self, number: str) -> None:
        if number == self._number:
            self.show_order(number, can_add=self._can_add)

    def _busy(self, busy: bool) -> None:
        self.add_button.setEnabled(self._can_add and not busy)

    def _show_count(self) -> None:
        views = self.model.views()
        count = len(views)
        self.count.setText(
            self.tr("Photos and videos: %n", "", count) if count else self.tr("Photos and videos")
        )
        self.tiles.setVisible(bool(count))
        self.empty.setVisible(not count)
        if not self._can_add and self._number is not None:
            self.empty.setText(self.tr("No photos or videos."))
        else:
            self.empty.setText(self.tr("No photos yet — drop files here or paste a screenshot (Ctrl+V)"))
        self.add_button.setEnabled(self._can_add and not self._desk.is_busy())
        self.gallery_button.setEnabled(bool(count))
        self.trash_button.setText(self.tr("Removed (%1)…").replace("%1", str(self._trashed)))
        self.trash_button.setVisible(self._trashed > 0)

    # -- actions --------------------------------------------------------------------------------

    def _add(self) -> None:
        if self._number is not None and self._can_add:
            self._desk.add_from_dialog(self._number)

    def _open_gallery(self) -> None:
        self._open(None)

    def _open(self, index: QModelIndex | None) -> None:
        if self._number is None:
            return
        evidence_id = self.model.view_at(index.row()).id if index is not None and index.isValid() else None
        open_gallery(self._desk, self._number, evidence_id)

    def _show_trash(self) -> None:
        if self._number is not None:
            dialog = EvidenceTrashDialog(self._desk, self._number, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.trash_dialog = dialog
            dialog.open()

    def _activated(self, index: QModelIndex) -> None:
        self._open(index)

    # -- dropping files -------------------------------------------------------------------------

    def accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return self._number is not None and self._can_add and mime is not None and has_files_or_image(mime)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.accepts(event) and self._number is not None:
            if self._desk.attacher.attach_mime(self._number, event.mimeData()):
                event.acceptProposedAction()
                return
        event.ignore()
