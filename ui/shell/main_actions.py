"""The main window's actions, menus and toolbar, declared here and built the way Designer's
``setupUi`` builds a form: :class:`MainActions` creates them on the window and holds them as
typed attributes; the window owns one (``window.main_actions``) and connects the actions to its
slots. Export, back up and restore join the File menu right after the first paint
(:meth:`MainActions.add_file_actions`); the Order menu ends with the evidence actions."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ui.common.resources import icon
from ui.evidence.actions import EvidenceActions
from ui.files.import_actions import ImportActions

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def _action(window: QMainWindow, text: str, shortcut: Shortcut | None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    return action


class MainActions:
    """Every action of the main window's menus and toolbar. Building them adds the menus and the
    toolbar to ``window``; ``imports`` and ``evidence`` bring their own actions along."""

    def __init__(
        self, window: QMainWindow, undo_stack: QUndoStack, imports: ImportActions, evidence: EvidenceActions
    ) -> None:
        self.new_action = _action(
            window,
            QCoreApplication.translate("MainWindow", "&New order…"),
            QKeySequence.StandardKey.New,
            QCoreApplication.translate("MainWindow", "Add an order"),
        )
        self.edit_action = _action(window, QCoreApplication.translate("MainWindow", "&Edit order…"), "Ctrl+E")
        self.dispute_action = _action(
            window,
            QCoreApplication.translate("MainWindow", "Open &dispute…"),
            "Ctrl+D",
            QCoreApplication.translate("MainWindow", "Check whether a dispute can be opened, and prepare it"),
        )
        self.cancel_action = _action(
            window,
            QCoreApplication.translate("MainWindow", "&Cancel order…"),
            "Ctrl+K",
            QCoreApplication.translate("MainWindow", "What to do to cancel the order, step by step"),
        )
        self.open_action = _action(window, QCoreApplication.translate("MainWindow", "&Open order"), "Return")
        self.delete_action = _action(
            window,
            QCoreApplication.translate("MainWindow", "Move to &trash"),
            QKeySequence.StandardKey.Delete,
        )
        self.find_action = _action(
            window, QCoreApplication.translate("MainWindow", "&Find…"), QKeySequence.StandardKey.Find
        )
        self.settings_action = _action(
            window,
            QCoreApplication.translate("MainWindow", "&Settings…"),
            QKeySequence.StandardKey.Preferences,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = _action(
            window, QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.sample_action = _action(
            window, QCoreApplication.translate("MainWindow", "Remove sample orders"), None
        )
        self.undo_action = undo_stack.createUndoAction(
            window, QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(
            window, QCoreApplication.translate("MainWindow", "&Redo")
        )
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

        self.file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.file_menu.addActions([self.new_action, imports.import_action, imports.paste_action])
        self.file_menu.addSeparator()
        self.export_menu = self.file_menu.addMenu(QCoreApplication.translate("MainWindow", "E&xport"))
        self._backup_place = self.file_menu.addSeparator()  # back up and restore go above it
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.delete_action, self.sample_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)

        self.order_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Order"))
        self.order_menu.addActions(self.order_actions())
        self.order_menu.addSeparator()
        evidence.add_to_menu(self.order_menu)

        self.toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        # Icons with their words: under them on macOS, beside them elsewhere.
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon
            if sys.platform == "darwin"
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.toolbar.addActions(
            [self.new_action, self.edit_action, self.cancel_action, self.dispute_action, self.delete_action]
        )
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.settings_action)
        # The icons come right after the first paint (set_icons): until then a blank of the same
        # size holds their place, so the toolbar doesn't change height when they arrive.
        blank = QPixmap(self.toolbar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        for action in self.toolbar.actions():
            if not action.isSeparator():
                action.setIcon(QIcon(blank))
        self._imports, self._evidence = imports, evidence
        self._icons_set = False  # set_icons ran: actions added later get theirs at once
        self._file_icons: list[tuple[QAction, str]] = []
        self.set_order_chosen(False)  # until an order is selected
        self.set_selected(0, False)

    def context_menu(self, parent: QWidget, evidence: EvidenceActions) -> QMenu:
        """The order list's context menu: what can be done to the order, its evidence, the trash."""
        menu = QMenu(parent)
        menu.addActions([self.open_action, self.edit_action, self.cancel_action, self.dispute_action])
        menu.addSeparator()
        evidence.add_to_menu(menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def order_actions(self) -> list[QAction]:
        """What can be done to one order, in the order the Order menu and its context menu list it."""
        return [
            self.open_action,
            self.edit_action,
            self.cancel_action,
            self.dispute_action,
            self.delete_action,
        ]

    def set_order_chosen(self, chosen: bool, live: bool = True) -> None:
        """Enable what needs a current order: opening it, and (unless it is in the trash, where
        nothing can be done to it but restoring) editing it and the guides. Nothing is chosen
        on the welcome page or in an empty view."""
        self.open_action.setEnabled(chosen)
        for action in (self.edit_action, self.cancel_action, self.dispute_action):
            action.setEnabled(chosen and live)

    def set_selected(self, count: int, in_trash: bool) -> None:
        """Moving to the trash works on the selected orders; none selected, or orders already
        in the trash: nothing to move."""
        self.delete_action.setEnabled(count > 0 and not in_trash)

    def add_file_actions(self, exports: Iterable[QAction], backups: Iterable[QAction]) -> None:
        """Export into File → Export, back up and restore above Quit (built after the first
        paint, so their icons come with them)."""
        exports, backups = list(exports), list(backups)
        self.export_menu.addActions(exports)
        self.file_menu.insertActions(self._backup_place, backups)
        self._file_icons = [(action, "export") for action in exports]
        self._file_icons += list(zip(backups, ("backup", "restore"), strict=False))
        if self._icons_set:
            _set_icons(self._file_icons)

    def set_icons(self, more: Iterable[tuple[QAction, str]] = ()) -> None:
        """Give the menus and the toolbar their icons (right after the first paint: reading and
        drawing them is not worth delaying it); ``more`` are other actions with icon names."""
        imports, evidence = self._imports, self._evidence
        self._icons_set = True
        _set_icons(
            [
                *self._file_icons,
                (self.new_action, "order-new"),
                (self.edit_action, "order-edit"),
                (self.open_action, "order-open"),
                (self.cancel_action, "order-cancel"),
                (self.dispute_action, "dispute"),
                (self.delete_action, "trash"),
                (self.find_action, "find"),
                (self.settings_action, "settings"),
                (self.quit_action, "quit"),
                (self.sample_action, "samples-remove"),
                (self.undo_action, "undo"),
                (self.redo_action, "redo"),
                (imports.import_action, "import"),
                (imports.paste_action, "paste-page"),
                (evidence.add_action, "photo-add"),
                (evidence.paste_action, "photo-paste"),
                (evidence.gallery_action, "gallery"),
                (evidence.pack_action, "case-pack"),
                (self.export_menu.menuAction(), "export"),
                *more,
            ]
        )


def _set_icons(pairs: Iterable[tuple[QAction, str]]) -> None:
    for action, name in pairs:
        action.setIcon(icon(name))
