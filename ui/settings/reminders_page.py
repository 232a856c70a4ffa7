"""Settings → Reminders: desktop notifications and when they come (the lead times, quiet hours),
the tray and starting at login, reminders while the app is closed (the line to install for cron
or the Task Scheduler, a systemd timer on Linux) and the calendar file to subscribe to.

Saved with the dialog's OK and Apply (:meth:`RemindersPage.save`); installing or removing the
systemd timer happens at once, from its button. "Start at login" shows what is really installed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QCoreApplication, QSettings, QTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.errors import Refused
from app.domain.reminders import QuietHours, normalized_leads
from app.services import Services
from ui.common import locale_format
from ui.reminders import prefs
from ui.reminders.autostart import Autostart
from ui.reminders.schedule import SystemdTimer, install_line


@dataclass
class ReminderSetup:
    """What the page works with; the main window builds it (tests build their own)."""

    services: Services
    settings: QSettings
    autostart: Autostart | None  # None: no way to start at login on this system
    timer: SystemdTimer | None  # None: no systemd (not Linux, or without it)
    app_command: list[str]  # how this app is started (``remind`` is added for the timer)
    tray_available: bool
    calendar_path: str
    set_calendar: Callable[[bool], None]  # switch the calendar file on or off
    calendar_enabled: bool


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class RemindersPage(QWidget):
    edited = Signal()
    saved = Signal()  # after OK or Apply saved something: the tray follows the settings

    def __init__(self, setup: ReminderSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("RemindersPage", "Reminders"))
        self._setup = setup
        reminders = setup.services.reminders
        self._saved_leads = ", ".join(setup.services.rules.profile()["reminder_leads"])
        self._saved_quiet = reminders.quiet_hours()

        # -- notifications --------------------------------------------------------------------
        notify_box = QGroupBox(QCoreApplication.translate("RemindersPage", "Notifications"), self)
        self.notify = QCheckBox(
            QCoreApplication.translate("RemindersPage", "Remind me of deadlines with desktop &notifications"),
            notify_box,
        )
        self.leads = QLineEdit(self._saved_leads, notify_box)
        self.leads.setAccessibleName(
            QCoreApplication.translate("RemindersPage", "Remind me this long before a deadline")
        )
        self.leads.setToolTip(
            QCoreApplication.translate("RemindersPage", "Durations such as 7d, 48h, 90m, separated by commas")
        )
        leads_hint = QLabel(
            QCoreApplication.translate(
                "RemindersPage",
                "Each deadline is reminded once at each of these times before it. When several have "
                "passed at once (the computer was off), only the shortest is sent.",
            ),
            notify_box,
        )
        leads_hint.setWordWrap(True)
        self.leads_error = QLabel(notify_box)
        self.leads_error.setWordWrap(True)
        self.leads_error.hide()
        self.quiet = QCheckBox(QCoreApplication.translate("RemindersPage", "&Quiet hours from"), notify_box)
        self.quiet_start = QTimeEdit(_qtime(self._saved_quiet.start), notify_box)
        self.quiet_end = QTimeEdit(_qtime(self._saved_quiet.end), notify_box)
        for edit, name in (
            (self.quiet_start, QCoreApplication.translate("RemindersPage", "Quiet hours start")),
            (self.quiet_end, QCoreApplication.translate("RemindersPage", "Quiet hours end")),
        ):
            edit.setDisplayFormat(locale_format.time_format())
            edit.setAccessibleName(name)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(QCoreApplication.translate("RemindersPage", "to"), notify_box))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        quiet_hint = QLabel(
            QCoreApplication.translate(
                "RemindersPage", "Reminders wait until quiet hours end, unless a deadline would pass before."
            ),
            notify_box,
        )
        quiet_hint.setWordWrap(True)
        notify_form = QFormLayout()
        notify_form.addRow(
            QCoreApplication.translate("RemindersPage", "Remind me &before a deadline:"), self.leads
        )
        notify_layout = QVBoxLayout(notify_box)
        notify_layout.addWidget(self.notify)
        notify_layout.addLayout(notify_form)
        notify_layout.addWidget(leads_hint)
        notify_layout.addWidget(self.leads_error)
        notify_layout.addLayout(quiet_row)
        notify_layout.addWidget(quiet_hint)

        # -- tray and login -------------------------------------------------------------------
        start_box = QGroupBox(QCoreApplication.translate("RemindersPage", "Tray and login"), self)
        self.close_to_tray = QCheckBox(
            QCoreApplication.translate(
                "RemindersPage", "Keep running in the &tray when the window is closed"
            ),
            start_box,
        )
        if not setup.tray_available:
            self.close_to_tray.setEnabled(False)
            self.close_to_tray.setToolTip(
                QCoreApplication.translate("RemindersPage", "This desktop shows no tray icons.")
            )
        self.autostart = QCheckBox(
            QCoreApplication.translate("RemindersPage", "Start Dispute Desk when I &log in (in the tray)"),
            start_box,
        )
        self.autostart_where = QLabel(start_box)
        self.autostart_where.setWordWrap(True)
        if setup.autostart is None:
            self.autostart.setEnabled(False)
            self.autostart_where.setText(
                QCoreApplication.translate("RemindersPage", "Not available on this system.")
            )
        start_layout = QVBoxLayout(start_box)
        start_layout.addWidget(self.close_to_tray)
        start_layout.addWidget(self.autostart)
        start_layout.addWidget(self.autostart_where)

        # -- while the app is closed ----------------------------------------------------------
        closed_box = QGroupBox(
            QCoreApplication.translate("RemindersPage", "While Dispute Desk is closed"), self
        )
        remind = remind_command(setup.app_command)
        windows = install_line(remind).startswith("schtasks")
        closed_about = QLabel(
            QCoreApplication.translate(
                "RemindersPage",
                "To get reminders every 15 minutes while the app is closed, run this once in a command prompt:",
            )
            if windows
            else QCoreApplication.translate(
                "RemindersPage",
                "To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):",
            ),
            closed_box,
        )
        closed_about.setWordWrap(True)
        self.install_line = QLineEdit(install_line(remind), closed_box)
        self.install_line.setReadOnly(True)
        self.install_line.setAccessibleName(
            QCoreApplication.translate("RemindersPage", "The line to install")
        )
        self.copy_line = QPushButton(QCoreApplication.translate("RemindersPage", "&Copy"), closed_box)
        self.copy_line.setAccessibleName(
            QCoreApplication.translate("RemindersPage", "Copy the line to install")
        )
        self.copy_line.clicked.connect(self._copy_line)
        line_row = QHBoxLayout()
        line_row.addWidget(self.install_line, 1)
        line_row.addWidget(self.copy_line)
        closed_layout = QVBoxLayout(closed_box)
        closed_layout.addWidget(closed_about)
        closed_layout.addLayout(line_row)
        self.timer_button: QPushButton | None = None
        self.timer_status = QLabel(closed_box)
        self.timer_status.setWordWrap(True)
        if setup.timer is not None:
            self.timer_button = QPushButton(closed_box)
            self.timer_button.clicked.connect(self._toggle_timer)
            timer_row = QHBoxLayout()
            timer_row.addWidget(
                QLabel(QCoreApplication.translate("RemindersPage", "Or let systemd run it:"), closed_box)
            )
            timer_row.addWidget(self.timer_button)
            timer_row.addStretch(1)
            closed_layout.addLayout(timer_row)
            closed_layout.addWidget(self.timer_status)

        # -- calendar --------------------------------------------------------------------------
        calendar_box = QGroupBox(QCoreApplication.translate("RemindersPage", "Calendar"), self)
        self.calendar = QCheckBox(
            QCoreApplication.translate(
                "RemindersPage", "Keep a calendar &file of the deadlines for my calendar app"
            ),
            calendar_box,
        )
        calendar_about = QLabel(
            QCoreApplication.translate(
                "RemindersPage",
                "Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, "
                "with alarms at the times above.",
            ),
            calendar_box,
        )
        calendar_about.setWordWrap(True)
        self.calendar_path = QLineEdit(setup.calendar_path, calendar_box)
        self.calendar_path.setReadOnly(True)
        self.calendar_path.setAccessibleName(QCoreApplication.translate("RemindersPage", "The calendar file"))
        self.copy_path = QPushButton(QCoreApplication.translate("RemindersPage", "Cop&y"), calendar_box)
        self.copy_path.setAccessibleName(
            QCoreApplication.translate("RemindersPage", "Copy the calendar file's location")
        )
        self.copy_path.clicked.connect(self._copy_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.calendar_path, 1)
        path_row.addWidget(self.copy_path)
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.addWidget(self.calendar)
        calendar_layout.addWidget(calendar_about)
        calendar_layout.addLayout(path_row)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        for box in (notify_box, start_box, closed_box, calendar_box):
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self._load()
        for check in (self.notify, self.quiet, self.close_to_tray, self.autostart, self.calendar):
            check.toggled.connect(self._edited)
        self.leads.textEdited.connect(self._edited)
        self.quiet_start.timeChanged.connect(self._edited)
        self.quiet_end.timeChanged.connect(self._edited)

    # -- state ----------------------------------------------------------------------------------

    def _load(self) -> None:
        setup = self._setup
        self.notify.setChecked(prefs.notify(setup.settings))
        self.quiet.setChecked(self._saved_quiet.enabled)
        self.close_to_tray.setChecked(prefs.close_to_tray(setup.settings) and setup.tray_available)
        self._autostart_installed = setup.autostart is not None and setup.autostart.installed()
        self.autostart.setChecked(self._autostart_installed)
        if setup.autostart is not None:
            self.autostart_where.setText(
                QCoreApplication.translate("RemindersPage", "Entry: %1").replace(
                    "%1", setup.autostart.where()
                )
            )
        self.calendar.setChecked(setup.calendar_enabled)
        self._show_timer()

    def _quiet_edited(self) -> QuietHours:
        return QuietHours(
            _time(self.quiet_start.time()), _time(self.quiet_end.time()), self.quiet.isChecked()
        )

    def pending(self) -> bool:
        setup = self._setup
        return (
            self.notify.isChecked() != prefs.notify(setup.settings)
            or self.leads.text().strip() != self._saved_leads
            or self._quiet_edited() != self._saved_quiet
            or (
                self.close_to_tray.isEnabled()
                and self.close_to_tray.isChecked() != prefs.close_to_tray(setup.settings)
            )
            or self.autostart.isChecked() != self._autostart_installed
            or self.calendar.isChecked() != setup.calendar_enabled
        )

    def save(self) -> bool:
        """Save what changed; False (with the reason shown) when something was refused."""
        if not self.pending():
            return True
        setup = self._setup
        leads_text = self.leads.text().strip()
        if leads_text != self._saved_leads:
            try:
                parts = [part.strip() for part in leads_text.split(",") if part.strip()]
                setup.services.rules.set("reminder_leads", normalized_leads(parts))
            except Refused as exc:
                self.leads_error.setText(f"⚠ {exc}")
                self.leads_error.show()
                return False
            self._saved_leads = ", ".join(setup.services.rules.profile()["reminder_leads"])
            self.leads.setText(self._saved_leads)
        try:
            quiet = self._quiet_edited()
            if quiet != self._saved_quiet:
                setup.services.reminders.set_quiet_hours(quiet)
                self._saved_quiet = quiet
            if setup.autostart is not None and self.autostart.isChecked() != self._autostart_installed:
                if self.autostart.isChecked():
                    setup.autostart.install(setup.app_command)
                else:
                    setup.autostart.remove()
                self._autostart_installed = setup.autostart.installed()
                self.autostart.setChecked(self._autostart_installed)
            if self.calendar.isChecked() != setup.calendar_enabled:
                setup.set_calendar(self.calendar.isChecked())
                setup.calendar_enabled = self.calendar.isChecked()
        except (Refused, OSError) as exc:
            self.error.setText(
                QCoreApplication.translate("RemindersPage", "Could not save: %1").replace("%1", str(exc))
            )
            self.error.show()
            return False
        prefs.set_notify(setup.settings, self.notify.isChecked())
        if self.close_to_tray.isEnabled():
            prefs.set_close_to_tray(setup.settings, self.close_to_tray.isChecked())
        self.error.hide()
        self.leads_error.hide()
        self.saved.emit()
        return True

    def _edited(self) -> None:
        self.leads_error.hide()
        self.error.hide()
        self.edited.emit()

    # -- the systemd timer: at once, from its button --------------------------------------------

    def _show_timer(self) -> None:
        timer, button = self._setup.timer, self.timer_button
        if timer is None or button is None:
            return
        installed = timer.installed()
        button.setText(
            QCoreApplication.translate("RemindersPage", "Remove the systemd &timer")
            if installed
            else QCoreApplication.translate("RemindersPage", "Install a systemd &timer")
        )
        self.timer_status.setText(
            QCoreApplication.translate(
                "RemindersPage", "Installed: systemd runs the reminders every 15 minutes (%1)."
            ).replace("%1", str(timer.timer))
            if installed
            else QCoreApplication.translate("RemindersPage", "Not installed.")
        )

    def _toggle_timer(self) -> None:
        timer = self._setup.timer
        if timer is None:
            return
        try:
            if timer.installed():
                timer.remove()
            else:
                timer.install(remind_command(self._setup.app_command))
        except OSError as exc:
            self._show_timer()
            self.timer_status.setText(
                QCoreApplication.translate("RemindersPage", "systemd refused: %1").replace("%1", str(exc))
            )
            return
        self._show_timer()

    def _copy_line(self) -> None:
        QGuiApplication.clipboard().setText(self.install_line.text())

    def _copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.calendar_path.text())


def remind_command(app_command: Sequence[str]) -> list[str]:
    """``dispute-desk remind`` as the system runs it while the window is closed, in the window's
    language: cron and the Task Scheduler start it without the desktop's locale."""
    language = i18n.current_language()
    lang = [] if language == i18n.SOURCE_LANGUAGE else ["--lang", language]
    return [*app_command, *lang, "remind"]
