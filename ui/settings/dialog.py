"""Settings: the rule profile's numbers (each with its source and how sure we are of it) and,
when given what they need, the Reminders page (``ui.settings.reminders_page``), the Backups
page (``ui.settings.backup_page``), the Currencies page and the Language page
(``ui.settings.language_page``, applied at the next start).

The rules page shows ``service.rules.values()`` and saves only what changed, through
``service.rules.set_many``. A change re-derives every order (seconds with tens of thousands),
so saving runs in the task runner's writer thread with a busy bar, and the dialog stays
responsive. ``rules_changed`` tells the main window to reload its list. The backup retention
policy is saved with the same OK and Apply.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.profile import RuleValue
from app.services.backup import BackupService
from ui.common.tasks import TaskRunner
from ui.settings.backup_page import BackupsPage
from ui.settings.language_page import LanguagePage
from ui.settings.rates_page import RatesPage
from ui.settings.reminders_page import ReminderSetup, RemindersPage
from ui.settings.rules import RuleRow

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.insights import InsightsService
    from app.services.orders import OrderService


@dataclass(frozen=True)
class _Outcome:
    saved: dict[str, RuleValue]
    failed: dict[str, str]


class SettingsDialog(QDialog):
    """The rule values, editable; OK and Apply save what changed, then ``rules_changed``."""

    rules_changed = Signal()

    def __init__(
        self,
        service: OrderService,
        task_runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        backups: BackupService | None = None,
        reminders: ReminderSetup | None = None,
        insights: InsightsService | None = None,
        window_settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = task_runner
        self._busy = False
        self._close_when_saved = False
        self.restore_path: Path | None = None  # set when the user asked to restore a listed backup
        self.setWindowTitle(self.tr("Settings") if backups else self.tr("Settings: deadline rules"))
        rules_page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Deadlines are worked out from these numbers. They come from the platform's rules, its "
                "help centre and buyers' guides, and sources disagree: if your order page says "
                "otherwise, change the value here. Every order's deadlines are recalculated when you apply."
            ),
            rules_page,
        )
        intro.setWordWrap(True)

        content = QWidget(rules_page)
        rows_layout = QVBoxLayout(content)
        self.rows: dict[str, RuleRow] = {}
        for rule in service.rules.values():
            if isinstance(rule.default, list):
                continue  # the reminders' lead times: on the Reminders page
            row = RuleRow(rule, content)
            row.edited.connect(self._update_buttons)
            rows_layout.addWidget(row)
            self.rows[rule.key] = row
        rows_layout.addStretch(1)
        self.rules_scroll = QScrollArea(rules_page)  # not "scroll": that is QWidget.scroll()
        self.rules_scroll.setWidgetResizable(True)
        self.rules_scroll.setWidget(content)
        self._rules = content
        rules_layout = QVBoxLayout(rules_page)
        if backups is None:
            rules_layout.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins frame the page
        # In a tab, the style's margins keep the text off the tab's frame.
        rules_layout.addWidget(intro)
        rules_layout.addWidget(self.rules_scroll, 1)
        self.tabs: QTabWidget | None = None
        self.backups_page: BackupsPage | None = None
        self.reminders_page: RemindersPage | None = None
        if any(part is not None for part in (backups, reminders, insights, window_settings)):
            self.tabs = QTabWidget(self)
            self.tabs.addTab(rules_page, self.tr("Deadline &rules"))
        if reminders is not None and self.tabs is not None:
            self.reminders_page = RemindersPage(reminders, self)
            self.reminders_page.edited.connect(self._update_buttons)
            self._add_page(self.reminders_page, self.tr("R&eminders"))
        if backups is not None and self.tabs is not None:
            self.backups_page = BackupsPage(backups, task_runner, self)
            self.backups_page.policy_edited.connect(self._update_buttons)
            self.backups_page.restore_requested.connect(self._restore_requested)
            self._add_page(self.backups_page, self.tr("&Backups"))
        self.rates_page: RatesPage | None = None
        if self.tabs is not None and insights is not None:  # saves its own changes at once
            self.rates_page = RatesPage(insights, service.clock.now().astimezone().date(), self)
            self._add_page(self.rates_page, self.tr("&Currencies"))
        self.language_page: LanguagePage | None = None
        if self.tabs is not None and window_settings is not None:
            self.language_page = LanguagePage(window_settings, self)
            self.language_page.edited.connect(self._update_buttons)
            self._add_page(self.language_page, self.tr("&Language"))

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: how long depends on the number of orders
        self.progress.setAccessibleName(self.tr("Recalculating deadlines"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings status"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setAccessibleName(self.tr("Save and close"))
        self.apply_button.setAccessibleName(self.tr("Save the changes"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self._apply_only)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs or rules_page, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(780, 680)
        self._update_buttons()

    def _add_page(self, page: QWidget, title: str) -> None:
        """A tab holding ``page`` in a scroll area: in a longer language, or a smaller window, the
        page scrolls rather than squeezing its wrapped texts."""
        assert self.tabs is not None
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)

    def _show_page(self, page: QWidget) -> None:
        if self.tabs is not None:
            for index in range(self.tabs.count()):
                tab = self.tabs.widget(index)
                if tab is page or (isinstance(tab, QScrollArea) and tab.widget() is page):
                    self.tabs.setCurrentIndex(index)

    def current_page(self) -> QWidget | None:
        """The page shown (the rules page, or the one in the current tab's scroll area)."""
        if self.tabs is None:
            return None
        tab = self.tabs.currentWidget()
        return tab.widget() if isinstance(tab, QScrollArea) else tab

    # -- saving ---------------------------------------------------------------------------------

    def pending(self) -> list[tuple[str, Any, bool]]:
        return [row.change() for row in self.rows.values() if row.pending()]

    def apply(self) -> None:
        """Save what changed in the background; the dialog stays open."""
        changes = self.pending()
        if self._busy:
            return
        if self.backups_page is not None and not self.backups_page.save_policy():
            self._close_when_saved = False  # the page says why
            return
        if self.reminders_page is not None and not self.reminders_page.save():
            self._close_when_saved = False  # the page says why
            if self.tabs is not None:
                self._show_page(self.reminders_page)
            return
        if self.language_page is not None:
            self.language_page.save()
        if not changes:
            self._update_buttons()
            if self._close_when_saved:
                self.accept()
            return
        rules = self._service.rules

        defaults = {value.key: value.default for value in rules.values()}

        def work() -> _Outcome:
            # One transaction and one re-derive of every order for all the changed values.
            saved, failed = rules.set_many(
                {key: defaults[key] if reset else value for key, value, reset in changes}
            )
            return _Outcome(saved, failed)

        self._set_busy(True)
        self._tasks.run(work, self._saved, self._failed, writes=True)

    def save_and_close(self) -> None:
        self._close_when_saved = True
        self.apply()

    def _saved(self, outcome: _Outcome) -> None:
        self._set_busy(False)
        for key, rule in outcome.saved.items():
            self.rows[key].stored(rule)
        for key, message in outcome.failed.items():
            self.rows[key].show_error(message)
        if outcome.failed:
            self._close_when_saved = False
            first = self.rows[next(iter(outcome.failed))]
            self.rules_scroll.ensureWidgetVisible(first)
            self.message.setText(
                self.tr("%n value(s) could not be saved; the rest were saved.", "", len(outcome.failed))
                if outcome.saved
                else self.tr("%n value(s) could not be saved.", "", len(outcome.failed))
            )
        else:
            self.message.setText(self.tr("Saved. Every order's deadlines were recalculated."))
        self._update_buttons()
        if outcome.saved:
            self.rules_changed.emit()
        if self._close_when_saved:
            self.accept()

    def _failed(self, error: Exception) -> None:
        """Something other than a refusal (the disk, the database): every edit stays on screen;
        whatever was saved before the error is read back, and the main window reloads."""
        self._set_busy(False)
        self._close_when_saved = False
        self.message.setText(self.tr("Could not save: %1").replace("%1", str(error)))
        with contextlib.suppress(Exception):  # the database is what failed: keep the edits pending
            for rule in self._service.rules.values():
                self.rows[rule.key].stored(rule)
        self._update_buttons()
        self.rules_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._rules.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Recalculating the deadlines of every order…"))
        self._update_buttons()

    def show_reminders(self) -> None:
        if self.tabs is not None and self.reminders_page is not None:
            self._show_page(self.reminders_page)

    def show_language(self) -> None:
        if self.tabs is not None and self.language_page is not None:
            self._show_page(self.language_page)

    def show_backups(self) -> None:
        if self.tabs is not None and self.backups_page is not None:
            self._show_page(self.backups_page)

    def _restore_requested(self, path: Path) -> None:
        """Restoring replaces the data this dialog shows: close first; the main window restores."""
        self.restore_path = path
        self.reject()

    def _update_buttons(self) -> None:
        dirty = (
            bool(self.pending())
            or bool(self.backups_page and self.backups_page.policy_pending())
            or bool(self.reminders_page and self.reminders_page.pending())
            or bool(self.language_page and self.language_page.pending())
        )
        self.apply_button.setEnabled(dirty and not self._busy)
        self.ok_button.setEnabled(not self._busy)
        self.cancel_button.setEnabled(not self._busy)

    def _apply_only(self) -> None:
        self._close_when_saved = False
        self.apply()

    # -- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._busy:
            return  # saving: closing now would hide whether it worked
        super().reject()
