"""The main window's actions, menus and toolbar, set up on the window the way Designer's
``setupUi`` does: each action becomes an attribute of the window (``window.new_action``…).
Export, back up and restore join the File menu right after the first paint
(:func:`add_file_actions`); the Order menu ends with the evidence actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.files.backup_actions import BackupActions
    from ui.files.export_actions import ExportActions
    from ui.shell.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    shortcut: QKeySequence | str | None,
    slot: Callable[[], object],
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def set_up_actions(window: MainWindow) -> None:
    tr = window.tr
    window.new_action = _action(
        window, tr("&New order…"), QKeySequence.StandardKey.New, window.new_order, tr("Add an order")
    )
    window.edit_action = _action(window, tr("&Edit order…"), "Ctrl+E", window.edit_current)
    window.dispute_action = _action(
        window,
        tr("Open &dispute…"),
        "Ctrl+D",
        window.dispute_current,
        tr("Check whether a dispute can be opened, and prepare it"),
    )
    window.cancel_action = _action(
        window,
        tr("&Cancel order…"),
        "Ctrl+K",
        window.cancel_current,
        tr("What to do to cancel the order, step by step"),
    )
    window.open_action = _action(window, tr("&Open order"), "Return", window.open_current)
    window.delete_action = _action(
        window, tr("Move to &trash"), QKeySequence.StandardKey.Delete, window.trash_selected
    )
    window.find_action = _action(window, tr("&Find…"), QKeySequence.StandardKey.Find, window.focus_search)
    window.settings_action = _action(
        window, tr("&Settings…"), QKeySequence.StandardKey.Preferences, window.open_settings
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.quit_action = _action(window, tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.sample_action = _action(window, tr("Remove sample orders"), None, window.remove_sample_orders)


def set_up_menus(window: MainWindow) -> None:
    tr = window.tr
    undo = window.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)

    file_menu = window.menuBar().addMenu(tr("&File"))
    file_menu.addActions([window.new_action, window.imports.import_action, window.imports.paste_action])
    file_menu.addSeparator()
    window.file_menu = file_menu
    window.export_menu = file_menu.addMenu(tr("E&xport"))
    window.backup_place = file_menu.addSeparator()  # back up and restore go above it
    file_menu.addAction(window.quit_action)

    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.delete_action, window.sample_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.settings_action)

    order_menu = window.menuBar().addMenu(tr("&Order"))
    order_menu.addActions(
        [
            window.open_action,
            window.edit_action,
            window.cancel_action,
            window.dispute_action,
            window.delete_action,
        ]
    )
    order_menu.addSeparator()
    window.evidence.add_to_menu(order_menu)

    toolbar = window.addToolBar(tr("Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.addActions(
        [
            window.new_action,
            window.edit_action,
            window.cancel_action,
            window.dispute_action,
            window.delete_action,
        ]
    )
    toolbar.addSeparator()
    toolbar.addAction(window.settings_action)


def add_file_actions(window: MainWindow, exports: ExportActions, backups: BackupActions) -> None:
    window.export_menu.addActions(list(exports.actions.values()))
    window.file_menu.insertActions(window.backup_place, [backups.backup_action, backups.restore_action])
