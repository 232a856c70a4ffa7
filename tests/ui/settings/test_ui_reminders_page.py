"""Settings → Reminders: what it shows (the saved values, what is really installed, the line to
install, the calendar file), saving with Apply, refusing bad lead times, the systemd timer's
button."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.domain.reminders import QuietHours
from app.services import Services
from app.services.orders import OrderService
from tests.ui.reminders.test_autostart import FakeSystemctl
from ui.common.tasks import TaskRunner
from ui.reminders import prefs
from ui.reminders.autostart import XdgAutostart
from ui.reminders.schedule import SystemdTimer
from ui.settings.dialog import SettingsDialog
from ui.settings.reminders_page import ReminderSetup, RemindersPage

COMMAND = ["/opt/dd/dispute-desk"]


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def setup(tmp_path: Path, service: OrderService) -> ReminderSetup:
    calendar: list[bool] = []

    def set_calendar(on: bool) -> None:
        calendar.append(on)

    return ReminderSetup(
        services=Services.ready(service),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        autostart=XdgAutostart(tmp_path / "home", {}),
        timer=SystemdTimer(tmp_path / "home", {}, FakeSystemctl()),
        app_command=COMMAND,
        tray_available=True,
        calendar_path=str(tmp_path / "data" / "calendar" / "dispute-desk-deadlines.ics"),
        set_calendar=set_calendar,
        calendar_enabled=False,
    )


@pytest.fixture
def dialog(qtbot: QtBot, service: OrderService, runner: TaskRunner, setup: ReminderSetup) -> SettingsDialog:
    widget = SettingsDialog(service, runner, reminders=setup)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_reminders()
    qtbot.waitExposed(widget)
    return widget


def page_of(dialog: SettingsDialog) -> RemindersPage:
    assert dialog.reminders_page is not None
    return dialog.reminders_page


def test_it_shows_the_saved_values_and_the_defaults(dialog: SettingsDialog, setup: ReminderSetup) -> None:
    page = page_of(dialog)
    assert page.notify.isChecked()
    assert page.leads.text() == "7d, 48h, 24h, 2h"
    assert page.quiet.isChecked()
    assert (page.quiet_start.time(), page.quiet_end.time()) == (QTime(22, 0), QTime(8, 0))
    assert not page.close_to_tray.isChecked()
    assert not page.autostart.isChecked()
    assert not page.calendar.isChecked()
    assert page.install_line.text() == "*/15 * * * * /opt/dd/dispute-desk remind"
    assert page.calendar_path.text() == setup.calendar_path
    assert page.timer_button is not None and page.timer_button.text() == "Install a systemd &timer"
    assert not dialog.apply_button.isEnabled()
    assert "reminder_leads" not in dialog.rows  # edited here, not among the deadline rules


def test_apply_saves_every_change(qtbot: QtBot, dialog: SettingsDialog, setup: ReminderSetup) -> None:
    page = page_of(dialog)
    page.notify.setChecked(False)
    page.leads.setText("3d, 90m")
    page.leads.textEdited.emit("3d, 90m")
    page.quiet_start.setTime(QTime(23, 30))
    page.close_to_tray.setChecked(True)
    page.autostart.setChecked(True)
    page.calendar.setChecked(True)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    services = setup.services
    assert services.rules.profile()["reminder_leads"] == ["3d", "90m"]
    assert services.reminders.quiet_hours() == QuietHours(time(23, 30), time(8), True)
    assert not prefs.notify(setup.settings) and prefs.close_to_tray(setup.settings)
    assert setup.autostart is not None and setup.autostart.installed()
    assert Path(setup.autostart.where()).read_text().count("--autostart") == 1
    assert setup.calendar_enabled
    assert not page.pending() and not dialog.apply_button.isEnabled()
    page.autostart.setChecked(False)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not setup.autostart.installed() and not Path(setup.autostart.where()).exists()


def test_bad_lead_times_are_refused_next_to_the_field(
    qtbot: QtBot, dialog: SettingsDialog, setup: ReminderSetup
) -> None:
    page = page_of(dialog)
    page.leads.setText("48h, 2 days")
    page.leads.textEdited.emit("48h, 2 days")
    dialog.save_and_close()
    assert dialog.isVisible()
    assert page.leads_error.isVisible() and "are the same" in page.leads_error.text()
    assert setup.services.rules.profile()["reminder_leads"] == ["7d", "48h", "24h", "2h"]


def test_start_at_login_shows_what_is_really_installed(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, setup: ReminderSetup
) -> None:
    assert setup.autostart is not None
    setup.autostart.install(COMMAND)  # installed meanwhile (or before, by another copy)
    widget = SettingsDialog(service, runner, reminders=setup)
    qtbot.addWidget(widget)
    assert page_of(widget).autostart.isChecked()
    assert setup.autostart.where() in page_of(widget).autostart_where.text()


def test_the_timer_button_installs_and_removes_at_once(dialog: SettingsDialog, setup: ReminderSetup) -> None:
    page = page_of(dialog)
    assert page.timer_button is not None and setup.timer is not None
    page.timer_button.click()
    assert setup.timer.installed()
    assert page.timer_button.text() == "Remove the systemd &timer"
    assert "every 15 minutes" in page.timer_status.text()
    assert "ExecStart=/opt/dd/dispute-desk remind" in setup.timer.service.read_text()
    page.timer_button.click()
    assert not setup.timer.installed() and page.timer_status.text() == "Not installed."


def test_copy_puts_the_line_on_the_clipboard(dialog: SettingsDialog) -> None:
    page = page_of(dialog)
    page.copy_line.click()
    assert QGuiApplication.clipboard().text() == page.install_line.text()
    page.copy_path.click()
    assert QGuiApplication.clipboard().text() == page.calendar_path.text()


def test_without_a_tray_close_to_tray_is_not_offered(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, setup: ReminderSetup
) -> None:
    setup.tray_available = False
    widget = SettingsDialog(service, runner, reminders=setup)
    qtbot.addWidget(widget)
    page = page_of(widget)
    assert (
        not page.close_to_tray.isEnabled()
        and page.close_to_tray.toolTip() == "This desktop shows no tray icons."
    )


def test_the_closed_window_reminders_speak_the_windows_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cron and the Task Scheduler start ``remind`` without the desktop's locale: the line the
    page installs names the window's language, so the reminders don't fall back to English."""
    from app import i18n
    from ui.settings.reminders_page import remind_command

    monkeypatch.setattr(i18n, "_language", "pl")
    assert remind_command(["/opt/dd/dispute-desk"]) == ["/opt/dd/dispute-desk", "--lang", "pl", "remind"]
    monkeypatch.setattr(i18n, "_language", "en")
    assert remind_command(["/opt/dd/dispute-desk"]) == ["/opt/dd/dispute-desk", "remind"]
