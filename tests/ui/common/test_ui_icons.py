"""One set of icons on one grid, painted in the palette's colours, found in the bundle too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ui.common import icons
from ui.common.resources import icon, resource_path

ICON_DIR = resource_path("icons")
NAMES = sorted(p.stem for p in ICON_DIR.glob("*.svg") if p.stem != "dispute-desk")


def test_every_icon_is_a_stroke_drawing_on_the_same_grid() -> None:
    assert len(NAMES) >= 20
    for name in NAMES:
        svg = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg, name
        assert 'stroke="currentColor"' in svg and 'stroke-width="1.75"' in svg, name
        assert not re.search(r"#[0-9a-fA-F]{3,6}", svg), f"{name}: colours come from the palette"


def ink(icon_: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The darkest (on light) or lightest (on dark) opaque colour the icon paints."""
    image = icon_.pixmap(QSize(48, 48), mode).toImage()
    colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    solid = [c for c in colours if c.alpha() == 255]
    assert solid, "the icon paints nothing"
    return solid[0]


@pytest.mark.parametrize("name", NAMES)
def test_an_icon_is_painted_in_the_palettes_text_colour_and_follows_a_switch(
    qapp: QApplication, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(icons.sys, "platform", "win32")  # ours, not the desktop theme's
    light = QPalette(QGuiApplication.palette())
    light.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    original = QGuiApplication.palette()
    try:
        QGuiApplication.setPalette(light)
        made = icons.tinted_icon((ICON_DIR / f"{name}.svg").read_bytes())
        assert ink(made).name() == "#202020"
        QGuiApplication.setPalette(dark)  # the same icon, painted again after a switch
        assert ink(made).name() == "#f0f0f0"
        disabled = dark.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        assert ink(made, QIcon.Mode.Disabled).name() == disabled
    finally:
        QGuiApplication.setPalette(original)


def test_on_linux_the_desktop_themes_icon_comes_first_and_ours_stands_in(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(icons.sys, "platform", "linux")
    asked: list[str] = []
    themed = QIcon(str(ICON_DIR / "dispute-desk.svg"))

    def has_theme_icon(name: str) -> bool:
        asked.append(name)
        return name == "edit-delete"

    monkeypatch.setattr(icons.QIcon, "hasThemeIcon", staticmethod(has_theme_icon))
    monkeypatch.setattr(icons.QIcon, "fromTheme", staticmethod(lambda name: themed))
    assert icons.theme_icon("trash") is themed
    assert icons.theme_icon("order-new") is None and "document-new" in asked  # the theme lacks it
    assert icons.theme_icon("dispute") is None  # no standard name: always ours


def test_the_resource_helper_finds_every_icon(qapp: QApplication) -> None:
    for name in NAMES:
        assert not icon(name).isNull(), name
        assert not icon(name).pixmap(24, 24).isNull()
    assert Path(resource_path("icons/order-new.svg")).is_file()


def test_the_toolbar_shows_icons_with_words_and_keeps_its_height(qtbot, service, clock, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from app.services import Services
    from ui.shell.main_window import MainWindow

    services = Services.ready(service)
    window = MainWindow(services, clock, [], QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    toolbar = window.main_actions.toolbar
    assert toolbar.toolButtonStyle() in (
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
    )
    QApplication.processEvents()
    height = toolbar.height()
    window.after_first_paint()
    QApplication.processEvents()
    assert toolbar.height() == height, "the icons arrive without moving the window's content"
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert actions and all(not a.icon().isNull() for a in actions)
    menus = window.main_actions
    for action in (menus.new_action, menus.undo_action, menus.quit_action, window.help_actions.about_action):
        assert not action.icon().isNull()
