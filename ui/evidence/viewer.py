"""The gallery's picture: one photo, upright, fitted to the space or zoomed.

Ctrl+wheel zooms about the mouse, a plain wheel scrolls; Left and Right ask for the previous and
next photo; a video shows a play sign and opens in the system player on double-click or Return.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 16.0


class PhotoViewer(QGraphicsView):
    previous_requested = Signal()
    next_requested = Signal()
    play_requested = Signal()
    zoom_changed = Signal(float)  # 1.0 is one image pixel per screen pixel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Photo"))
        self.setObjectName("evidenceViewer")
        self._scene = QGraphicsScene(self)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit = True
        self._is_video = False
        self._apply_background()

    def _apply_background(self) -> None:
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Window).darker(115))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_background()
        super().changeEvent(event)

    # -- the picture ----------------------------------------------------------------------------

    def set_pixmap(self, pixmap: QPixmap | None, *, video: bool = False, keep_zoom: bool = False) -> None:
        """Show ``pixmap`` (None: nothing). With ``keep_zoom`` a sharper copy of the same photo
        replaces a preview without moving the view."""
        self._is_video = video
        old = self._item.pixmap()
        self._item.setPixmap(pixmap if pixmap is not None else QPixmap())
        self._scene.setSceneRect(self._item.boundingRect())
        if keep_zoom and not self._fit and not old.isNull() and pixmap is not None and old.width() > 0:
            # Same photo, more pixels: scale so it stays the same size on screen.
            ratio = old.width() / pixmap.width()
            self.scale(ratio, ratio)
            self.zoom_changed.emit(self.zoom())
            return
        if not keep_zoom:
            self._fit = True
        if self._fit:
            self.fit()

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    def is_video(self) -> bool:
        return self._is_video

    # -- zoom -----------------------------------------------------------------------------------

    def zoom(self) -> float:
        """Screen pixels per pixel of the photo as loaded (the full photo, once it has come)."""
        return self.transform().m11()

    def is_fitted(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self._fit = True
        self.resetTransform()
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.0 and not self._is_video:  # small photos are not blown up
                self.resetTransform()
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        if self._item.pixmap().isNull():
            return
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        self._fit = False
        self.scale(target / self.zoom(), target / self.zoom())
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fit = False
        self.resetTransform()
        self.zoom_changed.emit(self.zoom())

    # -- events ---------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp) and not event.modifiers():
            self.previous_requested.emit()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) and not event.modifiers():
            self.next_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._is_video:
            self.play_requested.emit()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._is_video:
            self.play_requested.emit()
        elif self._fit:
            self.actual_size()
        else:
            self.fit()
        event.accept()
