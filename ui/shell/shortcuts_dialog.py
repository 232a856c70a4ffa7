"""Help → Keyboard shortcuts: every shortcut of the main window's actions, read from the actions
themselves (so the list is never out of date), grouped by the menu that holds them."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Shortcut(NamedTuple):
    group: str  # the menu path, e.g. "File → Export"
    action: str  # the action's text without its mnemonic
    keys: str  # as the system writes them, e.g. "Ctrl+Shift+E"


def plain_text(text: str) -> str:
    """A menu text as read: no ``&`` mnemonics (``&&`` is a literal ampersand), no trailing tab
    part."""
    return text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _keys(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )


def collect_shortcuts(window: QMainWindow, other_group: str) -> list[Shortcut]:
    """The shortcuts of ``window``'s actions: those in its menus first, in menu order, then any
    other action of the window that has one (under ``other_group``)."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, [*path, plain_text(action.text())])
                continue
            keys = _keys(action)
            if keys and id(action) not in seen and action.isVisible():
                seen.add(id(action))
                found.append(Shortcut(" → ".join(path), plain_text(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, [plain_text(top.text())])
    for action in window.findChildren(QAction):
        keys = _keys(action)
        if keys and id(action) not in seen and action.text():
            seen.add(id(action))
            found.append(Shortcut(other_group, plain_text(action.text()), keys))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.shortcuts = collect_shortcuts(window, self.tr("Other"))

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # each menu's item with the items of its shortcuts, for filtering
        self._groups: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for shortcut in self.shortcuts:
            if shortcut.group not in self._groups:
                group = QTreeWidgetItem(self.tree, [shortcut.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._groups[shortcut.group] = (group, [])
            group, items = self._groups[shortcut.group]
            items.append(QTreeWidgetItem(group, [shortcut.action, shortcut.keys]))
        self.tree.expandAll()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group, items in self._groups.values():
            shown = 0
            for item in items:
                match = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str]]:
        return [
            (item.text(0), item.text(1))
            for group, items in self._groups.values()
            if not group.isHidden()
            for item in items
            if not item.isHidden()
        ]
