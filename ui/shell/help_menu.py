"""Help → User guide (F1), Keyboard shortcuts, Open log folder, About Dispute Desk.

The window gets the menu from :func:`add_help_menu`; the dialogs' modules are imported when
first opened, so the menu costs start-up nothing but its actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence

from app.services import ensure_data_dir
from ui.shell.logs import log_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from app.services import DataDir, Services


class HelpActions(QObject):
    """The Help menu's actions and the dialogs they open (one of each, kept while open)."""

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.dialogs: dict[str, QWidget] = {}

        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setStatusTip(self.tr("How to use Dispute Desk, step by step"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.log_action = QAction(self.tr("Open &log folder"), window)
        self.log_action.setStatusTip(self.tr("The folder with the log to attach to a problem report"))
        self.log_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(self.tr("&About Dispute Desk"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    @property
    def data_dir(self) -> DataDir:
        return self._services.data_dir

    def _show(self, key: str, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs[key] = dialog
        dialog.show()

    def _reuse(self, key: str) -> bool:
        """Bring the dialog already open for ``key`` to the front, if there is one."""
        dialog = self.dialogs.get(key)
        if dialog is None or not shiboken6.isValid(dialog):
            self.dialogs.pop(key, None)
            return False
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    @Slot()
    def show_guide(self) -> None:
        if self._reuse("guide"):
            return
        from ui.shell.user_guide import UserGuideWindow  # deferred: each dialog loads when first opened

        self._show("guide", UserGuideWindow(self._window))

    @Slot()
    def show_shortcuts(self) -> None:
        if self._reuse("shortcuts"):
            return
        from ui.shell.shortcuts_dialog import ShortcutsDialog  # deferred: loads when first opened

        self._show("shortcuts", ShortcutsDialog(self._window))

    @Slot()
    def show_about(self) -> None:
        if self._reuse("about"):
            return
        from ui.shell.about import AboutDialog, about_facts  # deferred: loads when first opened

        self._show("about", AboutDialog(about_facts(self._services), self._window))

    @Slot()
    def open_log_folder(self) -> None:
        folder = ensure_data_dir(log_folder(self.data_dir))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_help_menu(window: QMainWindow, services: Services) -> HelpActions:
    actions = HelpActions(window, services)
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    menu.addActions([actions.guide_action, actions.shortcuts_action])
    menu.addSeparator()
    menu.addAction(actions.log_action)
    menu.addSeparator()
    menu.addAction(actions.about_action)
    return actions
