"""The main window's evidence actions (Order → Evidence, Order → Make case pack…) and the
evidence strip it gives the detail panel. The window builds one ``EvidenceActions``, puts its
menu in the Order menu and tells it which order is current; nothing else of evidence lives in
the window. The shared parts (thumbnails, attaching, the galleries) are built on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from app.clock import Clock
from app.services import Services

if TYPE_CHECKING:  # built after the first paint or on demand: their modules cost start-up time
    from ui.evidence.desk import EvidenceDesk
    from ui.evidence.pack import CasePackMaker
    from ui.evidence.strip import EvidenceStrip


class EvidenceActions(QObject):
    def __init__(
        self,
        window: QWidget,
        services: Services,
        clock: Clock,
        undo_stack: QUndoStack,
        current: Callable[[], str | None],
        notice: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._clock = clock
        self._undo_stack = undo_stack
        self._current = current
        self._notice = notice
        self._desk: EvidenceDesk | None = None
        self._pack: CasePackMaker | None = None

        self.add_action = self._action(self.tr("&Add photos…"), "Ctrl+Shift+A", self.add_photos)
        self.add_action.setStatusTip(self.tr("Add photos or videos to the order as evidence"))
        self.paste_action = self._action(self.tr("&Paste photo"), QKeySequence.StandardKey.Paste, self.paste)
        self.paste_action.setStatusTip(self.tr("Add the picture or files on the clipboard to the order"))
        self.gallery_action = self._action(self.tr("Show &gallery…"), "Ctrl+Shift+G", self.show_gallery)
        self.pack_action = self._action(self.tr("Make case &pack…"), "Ctrl+Shift+P", self.make_pack)
        self.pack_action.setStatusTip(self.tr("A PDF case file and upload-ready photo copies in a folder"))
        self.menu = QMenu(self.tr("E&vidence"), window)
        self.menu.addActions([self.add_action, self.paste_action, self.gallery_action])
        self.set_current(None)

    def _action(self, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self._window.addAction(action)  # the shortcut works before the menu was ever opened
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addMenu(self.menu)
        menu.addAction(self.pack_action)

    def set_current(self, number: str | None) -> None:
        for action in (self.add_action, self.paste_action, self.gallery_action, self.pack_action):
            action.setEnabled(number is not None)

    # -- the shared parts, built on first use ----------------------------------------------------

    @property
    def desk(self) -> EvidenceDesk:
        if self._desk is None:
            from ui.evidence.desk import EvidenceDesk  # deferred: built after the first paint

            services = self._services
            self._desk = EvidenceDesk(lambda: services.evidence, self._clock, self._undo_stack, self._window)
            self._desk.notice.connect(self._notice)
        return self._desk

    def make_strip(self) -> EvidenceStrip:
        from ui.evidence.strip import EvidenceStrip  # deferred: built after the first paint

        return EvidenceStrip(self.desk)

    # -- actions --------------------------------------------------------------------------------

    def add_photos(self) -> None:
        if (number := self._current()) is not None:
            self.desk.add_from_dialog(number)

    def paste(self) -> None:
        if (number := self._current()) is not None:
            self.desk.paste(number)

    def show_gallery(self) -> None:
        from ui.evidence.gallery import open_gallery  # deferred: opened on demand, not at start-up

        if (number := self._current()) is not None:
            open_gallery(self.desk, number)

    def make_pack(self) -> None:
        if (number := self._current()) is None:
            return
        if self._pack is None:
            from ui.evidence.pack import CasePackMaker  # deferred: made on demand, not at start-up

            self._pack = CasePackMaker(self.desk, self._window)
        self._pack.start(number)

    def drop_on_order(self, number: str, mime: QMimeData) -> None:
        """Files (or an image) dropped onto an order's row."""
        self.desk.attacher.attach_mime(number, mime)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._desk is None or self._desk.wait(msecs)
