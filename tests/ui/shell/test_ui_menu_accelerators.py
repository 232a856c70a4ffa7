"""Alt + a letter opens one menu and picks one item of an open menu, in every language the app
ships: the menu bar's titles differ in their underlined letter, and so do the items of each
menu (a shared letter makes Alt+letter cycle between them instead of acting at once)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app import i18n
from app.clock import FrozenClock
from app.services.orders import OrderService
from tests.ui.catalogs import speaking
from tests.ui.windows import layout_settings, open_window
from ui.common.resources import resource_path
from ui.shell.main_window import MainWindow

SHIPPED = sorted(
    path.stem.removeprefix(i18n.CATALOG_PREFIX) for path in resource_path("translations").glob("*.qm")
)


def accelerator(text: str) -> str | None:
    """The letter after the single "&" of ``text`` ("&&" is a literal ampersand), lower case."""
    at = 0
    while (at := text.find("&", at)) >= 0:
        if text[at + 1 : at + 2] == "&":
            at += 2
            continue
        return text[at + 1 : at + 2].lower() or None
    return None


def clashes(actions: list[QAction]) -> dict[str, list[str]]:
    """The letters two or more of ``actions`` (visible, not separators) share, with their texts."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = accelerator(action.text())
        if letter:
            by_letter[letter].append(action.text())
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def menu_clashes(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    bar = window.menuBar().actions()
    if shared := clashes(bar):
        found["menu bar"] = shared
    pending = [action.menu() for action in bar]
    while pending:
        menu = pending.pop()
        if not isinstance(menu, QMenu):
            continue
        menu.aboutToShow.emit()  # menus that fill themselves when opened
        if shared := clashes(menu.actions()):
            found[menu.title()] = shared
        pending += [action.menu() for action in menu.actions()]
    return found


def test_accelerator_reads_the_letter_after_a_single_ampersand() -> None:
    assert accelerator("&File") == "f"
    assert accelerator("Save && &quit") == "q"
    assert accelerator("Fish && chips") is None
    assert accelerator("No letter") is None


@pytest.mark.parametrize("code", [i18n.SOURCE_LANGUAGE, *SHIPPED])
def test_no_two_menus_nor_two_items_of_a_menu_share_a_letter(
    code: str, qtbot: QtBot, service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    assert SHIPPED, "the shipped catalogs are built (python3 dev.py tr)"
    with speaking(code):
        window = open_window(qtbot, service, clock, layout_settings(tmp_path), painted=True)
        assert menu_clashes(window) == {}
