"""Help → User guide, Keyboard shortcuts and About, as a user opens them from the main window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app import __version__
from app.clock import FrozenClock
from app.services import DataDir
from app.services.orders import OrderService
from tests.ui.windows import layout_settings, open_window
from ui.shell.about import AboutDialog
from ui.shell.logs import log_folder
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts_dialog import ShortcutsDialog, plain_text
from ui.shell.user_guide import UserGuideWindow, guide_path

SHOTS = os.environ.get("DISPUTE_DESK_SHOTS")  # a folder: save the dialogs as PNGs to look at


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def window(qtbot: QtBot, service: OrderService, clock: FrozenClock, tmp_path: Path) -> MainWindow:
    return open_window(
        qtbot, service, clock, layout_settings(tmp_path), painted=True
    )  # the menus as the buyer has them


def _native(keys: str) -> str:
    """How the system writes ``keys`` (on macOS "⌘K" for Ctrl+K)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _help_menu(window: MainWindow) -> QMenu:
    [menu] = [a.menu() for a in window.menuBar().actions() if plain_text(a.text()) == "Help"]
    assert isinstance(menu, QMenu)
    return menu


def test_the_help_menu_is_last_and_holds_guide_shortcuts_log_folder_and_about(window: MainWindow) -> None:
    titles = [plain_text(a.text()) for a in window.menuBar().actions()]
    assert titles[-1] == "Help"
    entries = [plain_text(a.text()) for a in _help_menu(window).actions() if not a.isSeparator()]
    assert entries == ["User guide", "Keyboard shortcuts", "Open log folder", "About Dispute Desk"]
    assert window.help_actions.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_user_guide_opens_the_shipped_page_and_reuses_its_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.help_actions.guide_action.trigger()
    guide = window.help_actions.dialogs["guide"]
    assert isinstance(guide, UserGuideWindow)
    assert guide.isVisible()
    assert guide.path == guide_path() and guide.path.name == "guide.html"
    text = guide.browser.toPlainText()
    for topic in ("Cancelling an order", "Opening a dispute", "Evidence", "Backups", "Where your data is"):
        assert topic in text
    guide.resize(760, 900)
    _shot(guide, "help-user-guide")
    window.help_actions.guide_action.trigger()  # a second F1 brings the same window forward
    assert window.help_actions.dialogs["guide"] is guide


def test_the_guide_names_only_shortcuts_the_window_really_has(window: MainWindow) -> None:
    """Every <kbd> in the guide is a real shortcut of some action (the guide is hand-written; the
    actions are the truth)."""
    import re

    from PySide6.QtGui import QAction

    portable = QKeySequence.SequenceFormat.PortableText  # "Ctrl+K" on every system, as the guide writes it
    real = {key.toString(portable) for action in window.findChildren(QAction) for key in action.shortcuts()}
    named = set(re.findall(r"<kbd>([^<]+)</kbd>", guide_path().read_text(encoding="utf-8")))
    assert named and named <= real, named - real


def test_the_shortcuts_dialog_lists_the_actions_real_shortcuts_by_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.help_actions.shortcuts_action.trigger()
    dialog = window.help_actions.dialogs["shortcuts"]
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict(dialog.visible_rows())
    assert rows["Cancel order…"] == _native("Ctrl+K")
    assert rows["Open dispute…"] == _native("Ctrl+D")
    assert rows["Import…"] == _native("Ctrl+I")
    assert rows["Keyboard shortcuts"] == _native("Ctrl+/")
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert [g for g in groups if "→" not in g] == ["File", "Edit", "Order", "View", "Help"]
    assert rows["Statistics"] == _native("Ctrl+2")
    assert "Order → Evidence" in groups

    # a shortcut changed on the action shows in the list: nothing is kept by hand
    window.main_actions.cancel_action.setShortcut(QKeySequence("Ctrl+Alt+C"))
    assert dict(ShortcutsDialog(window).visible_rows())["Cancel order…"] == _native("Ctrl+Alt+C")
    window.main_actions.cancel_action.setShortcut(QKeySequence("Ctrl+K"))

    dialog.resize(520, 640)
    _shot(dialog, "help-shortcuts")
    qtbot.keyClicks(dialog.filter, "dispute")
    assert dict(dialog.visible_rows()) == {"Open dispute…": _native("Ctrl+D")}


def test_about_shows_version_folders_licence_and_the_rule_profile_date(
    window: MainWindow, service: OrderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.rules.set("escalation_days", 9)
    window.help_actions.about_action.trigger()
    about = window.help_actions.dialogs["about"]
    assert isinstance(about, AboutDialog)
    data_dir = DataDir(service.store.data_dir.root)
    assert about.data_label.text() == str(data_dir.root)
    assert about.log_label.text() == str(log_folder(data_dir))
    assert about.facts.version == __version__
    assert about.profile_text() == "AliExpress, values checked on 2026-11-27; 1 value changed by you"
    _shot(about, "help-about")

    about.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Dispute Desk {__version__}" in copied and str(data_dir.root) in copied

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    about.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(data_dir.root))]


def test_the_licences_include_the_mit_text_and_the_third_party_list(window: MainWindow) -> None:
    from ui.shell.about import licence_files

    names = [path.name for path in licence_files()]
    assert names == ["LICENSE", "THIRD-PARTY.md"]
    assert "MIT License" in licence_files()[0].read_text(encoding="utf-8")


def test_open_log_folder_creates_and_opens_the_log_folder(
    window: MainWindow, service: OrderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.help_actions.log_action.trigger()
    folder = log_folder(DataDir(service.store.data_dir.root))
    assert folder.is_dir()
    assert opened == [QUrl.fromLocalFile(str(folder))]
