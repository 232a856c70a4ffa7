"""The evidence gallery of one order: the photo large, its caption, and every photo and video
as thumbnails below.

It opens at once: the list holds placeholders and the thumbnails fill in as the pool makes
them; the large picture shows the thumbnail first and the full upright photo (the service's
display copy) when a worker has read it. Captions are saved off the GUI thread; removing moves
to the trash and Ctrl+Z brings it back. Videos open in the system player.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.drops import has_files_or_image
from ui.evidence.desk import EvidenceDesk
from ui.evidence.model import EvidenceListModel, evidence_details
from ui.evidence.thumbs import THUMB_SOURCE_SIDE, placeholder, read_scaled
from ui.evidence.viewer import PhotoViewer

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.evidence import EvidenceView

GALLERY_SIDE = 96
FULL_SIDE = 4096  # the large picture is read at most this big: a 12 MP photo fits whole
FULL_DELAY_MS = 40


class EvidenceGallery(QDialog):
    def __init__(self, desk: EvidenceDesk, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.number = number
        self._shown_id: int | None = None
        self._caption_of: EvidenceView | None = None  # the item whose caption the field holds
        self._full_for: int | None = None  # evidence id whose full photo is shown
        self.setWindowTitle(self.tr("Evidence — order %1").replace("%1", number))
        self.setAccessibleName(self.tr("Evidence gallery"))
        self.setAcceptDrops(True)
        self.resize(980, 720)

        self.viewer = PhotoViewer(self)
        self.viewer.previous_requested.connect(self.step_back)
        self.viewer.next_requested.connect(self.step_on)
        self.viewer.play_requested.connect(self.play)
        self.viewer.zoom_changed.connect(self._zoom_changed)

        self.caption = QLineEdit(self)
        self.caption.setObjectName("evidenceCaption")
        self.caption.setPlaceholderText(self.tr("Add a caption: what the photo shows"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setMaxLength(500)
        self.caption.editingFinished.connect(self.save_caption)
        self.details = QLabel(self)
        self.details.setObjectName("evidenceDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position = QLabel(self)
        self.position.setObjectName("evidencePosition")
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))

        self.model = EvidenceListModel(desk.loader, GALLERY_SIDE, self)
        self.thumbs = QListView(self)
        self.thumbs.setObjectName("evidenceThumbs")
        self.thumbs.setAccessibleName(self.tr("All photos and videos"))
        self.thumbs.setModel(self.model)
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setUniformItemSizes(True)
        self.thumbs.setIconSize(QSize(GALLERY_SIDE, GALLERY_SIDE))
        line = self.thumbs.fontMetrics().height()
        self.thumbs.setGridSize(QSize(GALLERY_SIDE + 16, GALLERY_SIDE + line + 14))
        self.thumbs.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.thumbs.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thumbs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thumbs.setFixedHeight(
            GALLERY_SIDE + line + 20 + self.thumbs.horizontalScrollBar().sizeHint().height()
        )
        self.thumbs.setAcceptDrops(False)
        self.thumbs.viewport().setAcceptDrops(False)
        self.thumbs.selectionModel().currentChanged.connect(self._current_changed)

        # The full photo is read a moment after a photo is chosen: the first paint comes first,
        # and holding an arrow key doesn't queue a full decode for every photo passed.
        self._full_timer = QTimer(self)
        self._full_timer.setSingleShot(True)
        self._full_timer.setInterval(FULL_DELAY_MS)
        self._full_timer.timeout.connect(self._load_full)

        self.empty = QLabel(
            self.tr("No photos yet — drop files here or paste a screenshot (Ctrl+V)"), self.viewer
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self._build_actions()
        tools = QHBoxLayout()
        for action in (self.previous_action, self.next_action):
            tools.addWidget(self._button(action))
        tools.addWidget(self.position)
        tools.addSpacing(12)
        for action in (self.zoom_out_action, self.fit_action, self.zoom_in_action, self.actual_action):
            tools.addWidget(self._button(action))
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        for action in (self.play_action, self.add_action, self.remove_action):
            tools.addWidget(self._button(action))

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.details)
        layout.addWidget(self.thumbs)
        desk.changed.connect(self._changed)
        desk.loader.ready.connect(self._thumbnail_ready)
        self.reload()

    # -- building -------------------------------------------------------------------------------

    def _action(
        self, text: str, keys: list[QKeySequence | str], slot: Callable[[], object], name: str
    ) -> QAction:
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for key in keys:  # a standard key may be the same as one given (Ctrl+- is ZoomOut)
            sequence = QKeySequence(key)
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})" if shortcut else text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        return button

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey
        self.previous_action = self._action(self.tr("Previous"), ["Alt+Left"], self.step_back, "previous")
        self.next_action = self._action(self.tr("Next"), ["Alt+Right"], self.step_on, "next")
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), ["Ctrl+=", QKeySequence(Key.ZoomIn)], self.viewer.zoom_in, "zoomIn"
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), ["Ctrl+-", QKeySequence(Key.ZoomOut)], self.viewer.zoom_out, "zoomOut"
        )
        self.fit_action = self._action(self.tr("Fit"), ["Ctrl+0"], self.viewer.fit, "fit")
        self.actual_action = self._action(self.tr("100%"), ["Ctrl+1"], self.viewer.actual_size, "actualSize")
        self.play_action = self._action(self.tr("Play…"), ["Ctrl+Return"], self.play, "play")
        self.add_action = self._action(self.tr("Add…"), ["Ctrl+O"], self._add, "add")
        self.remove_action = self._action(
            self.tr("Move to trash"), [QKeySequence(Key.Delete)], self.remove_current, "remove"
        )
        self.paste_action = self._action(self.tr("Paste"), [QKeySequence(Key.Paste)], self.paste, "paste")
        undo = self._desk.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(Key.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(undo)
        self.undo_action = undo

    # -- contents -------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """List the order's evidence again and show ``keep`` (an evidence id), or the photo now
        at the same place when that one is gone."""
        old_row = max(0, self.thumbs.currentIndex().row())
        wanted = keep if keep is not None else self._shown_id
        self.model.set_views(self._desk.items(self.number))
        count = self.model.rowCount()
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and count:
            row = min(old_row, count - 1)
        if row >= 0 and self.model.view_at(row).id == self._shown_id:
            # Still the same photo (its caption was saved, another was added): keep the picture.
            index = self.model.index(row)
            self.thumbs.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.thumbs.scrollTo(index)
            view = self.model.view_at(row)
            self._caption_of = view
            if not self.caption.isModified():
                self.caption.setText(view.caption)
            self.details.setText(evidence_details(view))
        else:
            self._shown_id = None
            self.select_row(row)
        self._update_state()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            self.thumbs.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.thumbs.scrollTo(index)
            self._show(self.model.view_at(row))
        else:
            self._show(None)

    def step(self, delta: int) -> None:
        count = self.model.rowCount()
        if count:
            row = self.thumbs.currentIndex().row()
            self.select_row(max(0, min(count - 1, row + delta)))

    def step_back(self) -> None:
        self.step(-1)

    def step_on(self) -> None:
        self.step(1)

    def current(self) -> EvidenceView | None:
        index = self.thumbs.currentIndex()
        return self.model.view_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            view = self.model.view_at(current.row())
            if view.id != self._shown_id:
                self._show(view)

    def _show(self, view: EvidenceView | None) -> None:
        if self.caption.isModified():
            self.save_caption()  # for the photo it was typed for, before the field changes
        self._shown_id = view.id if view is not None else None
        self._caption_of = view
        self._full_for = None
        if view is None:
            self.viewer.set_pixmap(None)
            self.caption.clear()
            self.details.clear()
        else:
            self.caption.setText(view.caption)
            self.caption.setModified(False)
            self.details.setText(evidence_details(view))
            if view.kind == "video":
                self.viewer.set_pixmap(self._video_tile(), video=True)
            else:
                # The thumbnail at once if it is in memory; the full photo replaces it.
                self.viewer.set_pixmap(self._desk.loader.cached(view, GALLERY_SIDE))
                self._full_timer.start()
        self._update_state()

    def _video_tile(self) -> QPixmap:
        return placeholder(THUMB_SOURCE_SIDE, self.palette(), "video")

    def _load_full(self) -> None:
        view = self.current()
        if view is None or view.kind != "image" or view.id != self._shown_id:
            return
        self._desk.loader.pixmap(view, GALLERY_SIDE)  # a preview if the full photo is slow to come
        path_of = self._desk.display_path

        def work() -> tuple[int, QImage]:
            return view.id, read_scaled(path_of(view), FULL_SIDE)

        # A slot of the gallery: a photo read after the gallery closed is dropped with it.
        self._desk.tasks.run(work, self._full_photo_read)

    def _full_photo_read(self, result: tuple[int, QImage]) -> None:
        evidence_id, image = result
        if evidence_id != self._shown_id or image.isNull():
            return
        self._full_for = evidence_id
        self.viewer.set_pixmap(QPixmap.fromImage(image), keep_zoom=True)

    def _thumbnail_ready(self, sha256: str, side: int) -> None:
        # The photo shown had no thumbnail yet: show it until the full photo comes.
        view = self.current()
        if view is None or view.sha256 != sha256 or side != GALLERY_SIDE or self.has_full_photo():
            return
        preview = self._desk.loader.pixmap(view, GALLERY_SIDE)
        if preview is not None:
            self.viewer.set_pixmap(preview, keep_zoom=True)

    def has_full_photo(self) -> bool:
        return self._full_for is not None and self._full_for == self._shown_id

    def _update_state(self) -> None:
        count = self.model.rowCount()
        row = self.thumbs.currentIndex().row()
        view = self.current()
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(row + 1)).replace("%2", str(count)) if view else ""
        )
        self.empty.setVisible(count == 0)
        self.empty.resize(self.viewer.size())
        self.caption.setEnabled(view is not None)
        self.previous_action.setEnabled(row > 0)
        self.next_action.setEnabled(0 <= row < count - 1)
        self.remove_action.setEnabled(view is not None)
        self.play_action.setEnabled(view is not None and view.kind == "video")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_action):
            action.setEnabled(view is not None and view.kind == "image")

    def _zoom_changed(self, zoom: float) -> None:
        view = self.current()
        self.zoom_label.setText(f"{round(zoom * 100)}%" if view is not None and view.kind == "image" else "")

    def _changed(self, number: str) -> None:
        if number == self.number:
            self.reload()

    # -- actions --------------------------------------------------------------------------------

    def save_caption(self) -> None:
        view = self._caption_of
        text = self.caption.text().strip()
        self.caption.setModified(False)
        if view is None or text == view.caption:
            return
        self._desk.set_caption(self.number, view, text)

    def remove_current(self) -> None:
        view = self.current()
        if view is not None:
            self._desk.trash(self.number, view)

    def play(self) -> None:
        view = self.current()
        if view is not None and view.kind == "video":
            self._desk.play(view)

    def paste(self) -> None:
        self._desk.paste(self.number)

    def _add(self) -> None:
        self._desk.add_from_dialog(self.number)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime is not None and has_files_or_image(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime is not None and self._desk.attacher.attach_mime(self.number, mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty.resize(self.viewer.size())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.caption.isModified():
            self.save_caption()
        super().closeEvent(event)


def open_gallery(desk: EvidenceDesk, number: str, evidence_id: int | None = None) -> EvidenceGallery:
    """Show the order's gallery, on ``evidence_id`` when given. One per order: an open one comes
    to the front."""
    gallery = desk.gallery(number)
    if not isinstance(gallery, EvidenceGallery):
        gallery = EvidenceGallery(desk, number, desk.dialog_parent)
        gallery.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        desk.keep_gallery(number, gallery)
    if evidence_id is not None:
        gallery.reload(keep=evidence_id)
    gallery.show()
    gallery.raise_()
    gallery.activateWindow()
    return gallery
