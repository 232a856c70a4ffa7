"""Settings → Language: the system's language or one of the app's, by its own name, saved where
start-up reads it, applied at the next start (and the page says so)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.services.orders import OrderService
from ui.common.language import LANGUAGE_KEY, choose_language, saved_language
from ui.common.tasks import TaskRunner
from ui.settings.dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, service: OrderService, settings: QSettings) -> Iterator[SettingsDialog]:
    tasks = TaskRunner()
    widget = SettingsDialog(service, tasks, window_settings=settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    tasks.wait()


def test_every_language_is_offered_by_its_own_name_after_the_system_default(dialog: SettingsDialog) -> None:
    page = dialog.language_page
    assert page is not None and dialog.tabs is not None
    dialog.show_language()
    assert dialog.current_page() is page
    names = [page.choice.itemText(i) for i in range(page.choice.count())]
    assert names[0].startswith("System default (")
    assert names[1:] == ["English", "Русский", "Português (Brasil)", "Español", "Français", "Polski"]
    assert page.choice.currentData() == ""
    assert page.note.isHidden()  # the window speaks what is chosen


def test_a_new_choice_is_saved_on_ok_and_said_to_apply_at_the_next_start(
    qtbot: QtBot, dialog: SettingsDialog, settings: QSettings, tmp_path: Path
) -> None:
    page = dialog.language_page
    assert page is not None
    dialog.show_language()
    assert not dialog.apply_button.isEnabled()
    page.choice.setCurrentIndex(page.choice.findData("ru"))
    assert dialog.apply_button.isEnabled()
    assert page.note.isVisible()
    assert "Русский" in page.note.text() and "next start" in page.note.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # What start-up reads, from the file, before any window exists.
    fresh = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert fresh.value(LANGUAGE_KEY) == "ru"
    assert choose_language(saved_language(fresh), {}, ["en-US"]) == "ru"
    assert i18n.current_language() == "en"  # nothing changes before the restart


def test_going_back_to_the_system_default_forgets_the_choice(
    dialog: SettingsDialog, settings: QSettings
) -> None:
    settings.setValue(LANGUAGE_KEY, "pl")
    page = dialog.language_page
    assert page is not None
    page.choice.setCurrentIndex(0)
    assert page.pending()
    dialog.apply()
    assert not settings.contains(LANGUAGE_KEY)
    assert not dialog.apply_button.isEnabled()


def test_without_window_settings_there_is_no_language_page(qtbot: QtBot, service: OrderService) -> None:
    tasks = TaskRunner()
    widget = SettingsDialog(service, tasks)
    qtbot.addWidget(widget)
    assert widget.language_page is None
    tasks.wait()
