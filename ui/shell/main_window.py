"""The main window: builds its parts and connects them; nothing else.

Parts: the order list (sidebar, search, table), the detail panel, the empty state, the status
line, the menus. Work on the data goes through ``Services``; anything that can take longer
than a frame runs in the task runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.views import View
from app.services import Services
from app.services.listing import ListRow
from ui.common import dialogs
from ui.common.tasks import TaskRunner
from ui.evidence.actions import EvidenceActions
from ui.files.import_actions import ImportActions, order_files
from ui.insights.tabs import InsightsTabs
from ui.orders.list_panel import OrderListPanel
from ui.shell import window_layout
from ui.shell.empty_state import EmptyState
from ui.shell.external_changes import BusyNotices, ExternalChanges
from ui.shell.help_menu import add_help_menu
from ui.shell.main_actions import MainActions
from ui.shell.order_commands import OrderCommands
from ui.shell.sample_orders import SampleBanner, SampleOrders
from ui.shell.startup import remember_last_seen, run_startup_checks
from ui.shell.status_line import StatusLine

if TYPE_CHECKING:
    # Only named in signatures: creating their Python types costs start-up time.
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent

    # Built after the first paint (their modules cost start-up time), imported there.
    from app.services.report import StartupReport
    from ui.detail.panel import OrderDetailPanel
    from ui.evidence.desk import EvidenceDesk
    from ui.files.backup_actions import BackupActions
    from ui.files.backup_auto import AutoBackups
    from ui.files.export_actions import ExportActions
    from ui.reminders.desk import ReminderDesk


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        clock: Clock,
        rows: Sequence[ListRow],
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        first_rows_counts: dict[View, int] | None = None,
    ) -> None:
        """``rows`` is every order, or with ``first_rows_counts`` only the top of a large list
        (see ``ui.shell.application.open_data``); the rest is read right after the first paint."""
        super().__init__(parent)
        self._services = services
        self._clock = clock
        self._settings = settings
        self.tasks = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self._undo_index = 0  # the stack's index as last seen: did Ctrl+Z or redo move it?
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.startup_report_dialog: QDialog | None = None  # what crossed a deadline while closed
        self.reminders: ReminderDesk | None = None  # notifications and the tray, after the first paint
        self._quitting = False  # Quit (not a close that may leave the app in the tray)
        self._pending_report: StartupReport | None = None  # started hidden: shown with the window
        self.setWindowTitle(self.tr("Dispute Desk"))  # the icon is the application's (set after the paint)

        self.list_panel = OrderListPanel(clock, self)
        # The detail panel is built right after the first paint (its modules cost start-up time);
        # until then a label holds its place.
        self._detail: OrderDetailPanel | None = None
        self._detail_placeholder = QLabel(self.tr("Select an order to see its deadlines and history."), self)
        self._detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail_placeholder.setWordWrap(True)
        self._empty_state: EmptyState | None = None  # the welcome, built when the list is empty
        self.status_line = StatusLine(self)
        self.sample_banner = SampleBanner(self)
        self.samples = SampleOrders(self, services, self.tasks, self.show_failure)
        self.sample_banner.remove_requested.connect(self.samples.remove)
        self.samples.changed.connect(self.reload)
        self.samples.busy_changed.connect(self._sample_busy)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self._detail_placeholder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # When the window is narrow the detail panel gives way first: the list keeps the width
        # its order numbers, items and countdowns need, and never collapses; below the width
        # that holds both side by side, the detail panel moves under the list.
        self.list_panel.setMinimumSize(self.list_panel.minimum_width(), self.list_panel.minimum_height())
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self._side_by_side_width = (
            self.list_panel.minimumWidth() + self.splitter.handleWidth() + window_layout.DETAIL_MIN_WIDTH
        )
        orders_page = QWidget(self)
        page_layout = QVBoxLayout(orders_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.sample_banner)
        page_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self._orders_page = orders_page
        self.stack.addWidget(orders_page)
        self.statusBar().addPermanentWidget(self.status_line)

        # Export, backup and automatic backups are built right after the first paint (on first use).
        self._exports: ExportActions | None = None
        self._backups: BackupActions | None = None
        self._auto_backups: AutoBackups | None = None
        self.imports = ImportActions(self, services, clock, self.tasks, self.reload_then_reveal)
        self.evidence = EvidenceActions(
            self, services, clock, self.undo_stack, self.list_panel.current_number, self._notice
        )
        self.order_commands = OrderCommands(
            self,
            services,
            clock,
            self.undo_stack,
            self.list_panel.current_number,
            self.list_panel.selected_numbers,
            self._evidence_desk,
            self._notice,
        )
        self.main_actions = MainActions(self, self.undo_stack, self.imports, self.evidence)
        # Orders, Statistics and Stores tabs around the stack, and their View menu.
        self.insights = InsightsTabs(self, self.stack, self.list_panel, services, clock, self.tasks)
        self.setCentralWidget(self.insights.widget)
        self.help_actions = add_help_menu(self, services)  # the last menu
        self.external_changes = ExternalChanges(self, services, clock, self.tasks, self)
        self.busy_notices = BusyNotices(self)
        self.busy_notices.said.connect(self._notice)
        self.busy_notices.attach(services)
        self._connect()
        self._minute = QTimer(self)  # the status line and stale rows, once a minute
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._on_minute)
        self._minute.start()
        self.setAcceptDrops(True)  # order files dropped on the window open the import dialog
        # Before the rows, so they are sorted once, as the user left them.
        window_layout.restore(self, self.splitter, self.list_panel, settings)
        self._arrange_for_width()
        if first_rows_counts is None:
            self._set_rows(list(rows))
        else:
            self.list_panel.set_first_rows(list(rows), first_rows_counts)
            self._after_rows_changed()

    # -- building -------------------------------------------------------------------------------

    def _connect(self) -> None:
        actions = self.main_actions
        for action, slot in (
            (actions.new_action, self.order_commands.new_order),
            (actions.edit_action, self.order_commands.edit_current),
            (actions.dispute_action, self.order_commands.dispute_current),
            (actions.cancel_action, self.order_commands.cancel_current),
            (actions.open_action, self.open_current),
            (actions.delete_action, self.order_commands.trash_selected),
            (actions.find_action, self.focus_search),
            (actions.settings_action, self.open_settings),
            (actions.quit_action, self.quit),
            (actions.sample_action, self.remove_sample_orders),
        ):
            action.triggered.connect(slot)
        self.list_panel.current_order_changed.connect(self._on_current_changed)
        self.list_panel.selection_changed.connect(self._on_selection_changed)
        self.list_panel.open_requested.connect(self.open_order)
        self.list_panel.delete_requested.connect(self.order_commands.trash)
        self.list_panel.context_menu_requested.connect(self._context_menu)
        self.list_panel.ticked.connect(self._on_tick)
        self.list_panel.files_dropped.connect(self.evidence.drop_on_order)
        self.order_commands.orders_changed.connect(self.refresh_numbers)
        self.order_commands.order_added.connect(self.reload_then_select)
        self.order_commands.order_renamed.connect(self._order_renamed)

    def _build_file_actions(self) -> None:
        # Deferred: built right after the first paint; their modules cost start-up time.
        from ui.files.backup_actions import BackupActions
        from ui.files.backup_auto import AutoBackups
        from ui.files.export_actions import ExportActions

        services, clock = self._services, self._clock
        self._exports = ExportActions(self, services, clock, self.tasks, self._settings)
        self._backups = BackupActions(self, services, clock, self.tasks, self._settings)
        self._auto_backups = AutoBackups(services, clock, self.tasks, self)
        self.main_actions.add_file_actions(
            self._exports.actions.values(), [self._backups.backup_action, self._backups.restore_action]
        )
        self._backups.restore_finished.connect(self.data_replaced)
        self._backups.restore_started.connect(self.external_changes.pause)
        self._backups.restore_finished.connect(self.external_changes.resume)

    @property
    def exports(self) -> ExportActions:
        if self._exports is None:
            self._build_file_actions()
        assert self._exports is not None
        return self._exports

    @property
    def backups(self) -> BackupActions:
        if self._backups is None:
            self._build_file_actions()
        assert self._backups is not None
        return self._backups

    @property
    def auto_backups(self) -> AutoBackups:
        if self._auto_backups is None:
            self._build_file_actions()
        assert self._auto_backups is not None
        return self._auto_backups

    @property
    def empty_state(self) -> EmptyState:
        """The welcome shown while there are no orders, built the first time it is needed."""
        if self._empty_state is None:
            self._empty_state = EmptyState(self)
            self._empty_state.add_requested.connect(self.order_commands.new_order)
            self._empty_state.sample_requested.connect(self.load_sample_orders)
            self.stack.addWidget(self._empty_state)
        return self._empty_state

    @property
    def detail_panel(self) -> OrderDetailPanel:
        """The detail panel, built on first use (normally right after the first paint)."""
        if self._detail is None:
            from ui.detail.panel import OrderDetailPanel  # deferred: built after the first paint

            panel = OrderDetailPanel(self._services.orders_lazy(), self._clock, self)
            panel.record_requested.connect(self.order_commands.record)
            panel.record_item_requested.connect(self.order_commands.record_item)
            panel.edit_requested.connect(self.order_commands.edit)
            panel.cancel_guide_requested.connect(self.order_commands.cancel)
            panel.trash_requested.connect(self.order_commands.trash_one)
            panel.restore_requested.connect(self.order_commands.restore)
            panel.order_changed.connect(self._refresh_number)
            panel.deadline_passed.connect(self._deadline_passed)
            panel.set_evidence_strip(self.evidence.make_strip())
            self.splitter.replaceWidget(1, panel)
            self._detail_placeholder.deleteLater()
            self._detail = panel
        return self._detail

    # -- dropped files ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Order files open the import dialog; photos are dropped on an order instead.
        if order_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = order_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.imports.import_files(paths)

    # -- rows -----------------------------------------------------------------------------------

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    def _set_rows(self, rows: list[ListRow]) -> None:
        self.list_panel.set_rows(rows)
        self._after_rows_changed()

    def update_rows(self, rows: list[ListRow]) -> None:
        self.list_panel.update_rows(rows)
        self._after_rows_changed()

    def _after_rows_changed(self) -> None:
        rows = self.list_panel.rows()
        if rows or self.list_panel.is_partial():
            self.stack.setCurrentWidget(self._orders_page)
        else:
            self.stack.setCurrentWidget(self.empty_state)
        self._on_selection_changed()
        has_sample = any(row.is_demo for row in rows)
        self.sample_banner.setVisible(has_sample)
        self.main_actions.sample_action.setEnabled(has_sample)
        self.status_line.update_from(rows, self._now())
        if self._auto_backups is not None:  # built after the first paint; the first rows are no change
            self._auto_backups.data_changed()
        if self.reminders is not None:
            self.reminders.rows_changed(rows, self._now())
        self.insights.data_changed()

    def reload(self) -> None:
        """Read every row again (after bulk changes), off the GUI thread."""
        services, now = self._services, self._now()
        self.tasks.run(lambda: services.listing.rows(now).rows, self._set_rows, self.show_failure)

    def data_replaced(self, changed: bool = True) -> None:
        """After a restore: nothing left to undo; every row and the open order read again."""
        if changed:
            self.undo_stack.clear()
        services, now = self._services, self._now()

        def done(rows: list[ListRow]) -> None:
            self._set_rows(rows)
            self.insights.refresh_marks()
            if self._detail is not None:
                self._detail.show_order(self.list_panel.current_number())

        self.tasks.run(lambda: services.listing.rows(now).rows, done, self.show_failure, owner=self)

    def refresh_numbers(self, numbers: Sequence[str]) -> None:
        """After an order changed: its row again, and the detail panel if it shows it."""
        wanted = set(numbers)
        ids = [row.id for row in self.list_panel.rows() if row.number in wanted]
        fresh = self._services.listing.rows(self._now(), ids).rows
        known = {row.number for row in fresh}
        new = [n for n in numbers if n not in known]
        if new:
            self.reload()
        self.update_rows(fresh)
        current = self.list_panel.current_number()
        if current in numbers and self._detail is not None:
            self._detail.show_order(current)

    def _refresh_stale(self) -> None:
        services, now = self._services, self._now()

        def work() -> list[ListRow]:
            stale = services.listing.stale_ids(now)
            return services.orders.refresh_stale(stale) if stale else []

        self.tasks.run(work, self._stale_rows_refreshed, self.show_failure, writes=True)

    def _stale_rows_refreshed(self, rows: list[ListRow]) -> None:
        if rows:
            self.update_rows(rows)

    def _deadline_passed(self, _number: str) -> None:
        # A countdown reached zero: the status may have moved on by time alone.
        self._refresh_stale()

    def _refresh_number(self, number: str) -> None:
        self.refresh_numbers([number])

    def _on_tick(self, now: int) -> None:
        if self._detail is not None:
            self._detail.tick(now)
        self.external_changes.on_tick()

    def _on_minute(self) -> None:
        self.status_line.update_from(self.list_panel.rows(), self._now())
        if self.reminders is not None:
            self.reminders.rows_changed(self.list_panel.rows(), self._now(), data_changed=False)
        self._refresh_stale()

    def after_first_paint(self) -> None:
        """Start-up work that must not delay the first paint."""
        self.list_panel.table.point_sort_arrows()
        help_actions = self.help_actions
        self.main_actions.set_icons(
            [
                (help_actions.guide_action, "user-guide"),
                (help_actions.shortcuts_action, "shortcuts"),
                (help_actions.log_action, "log-folder"),
                (help_actions.about_action, "about"),
            ]
        )
        _ = self.detail_panel
        if self.list_panel.is_partial():
            self.reload()
        run_startup_checks(self, self._services, self._clock)
        self.auto_backups.start()
        self.external_changes.start()
        from ui.reminders.desk import ReminderDesk  # deferred: built after the first paint

        self.reminders = ReminderDesk(self, self._services, self._clock, self._settings, self.tasks, self)
        self.reminders.start()
        if not self.isVisible() and not self.isMinimized() and self.reminders.tray is None:
            self.showMinimized()  # started hidden, but no tray icon to come back from
        self.insights.refresh_marks()

    def show_startup_report(self, report: StartupReport) -> None:
        """What crossed a deadline or came close while the app was closed, in a window of its own
        that stays open while the buyer works through it."""
        if not self.isVisible():  # started at login into the tray: the report waits for the window
            self._pending_report = report
            return
        from ui.shell.startup_report import StartupReportDialog  # deferred: only when there is news

        dialog = StartupReportDialog(report, self)
        dialog.open_order.connect(self.open_order)
        dialog.setModal(False)
        dialog.show()
        self.startup_report_dialog = dialog

    # -- actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.list_panel.focus_search()

    def reload_then_select(self, number: str) -> None:
        """After an order was added: read the list again and show it, selected."""
        self.reload_then_reveal([number])

    def reload_then_reveal(self, numbers: Sequence[str]) -> None:
        """After orders were added or changed (added, pasted, imported): read the list again and
        show them, selected, switching to a view that holds them when the current one doesn't."""
        services, now, wanted = self._services, self._now(), list(numbers)

        def done(rows: list[ListRow]) -> None:
            self._set_rows(rows)
            if self.list_panel.reveal(wanted):
                self.list_panel.table.setFocus()

        self.tasks.run(lambda: services.listing.rows(now).rows, done, self.show_failure, owner=self)

    def _order_renamed(self, _old: str, new: str) -> None:
        # The row is known by its new number now: read the list again and keep it selected.
        self.reload_then_select(new)

    def open_current(self) -> None:
        if (number := self.list_panel.current_number()) is not None:
            self.open_order(number)

    def open_order(self, number: str) -> None:
        self.list_panel.reveal([number])
        self.detail_panel.show_order(number)
        self.detail_panel.setFocus()

    def _context_menu(self, _number: str, pos: QPoint) -> None:
        self.main_actions.context_menu(self, self.evidence).popup(pos)

    def open_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog  # deferred: opened on demand, not at start-up

        reminders = self.reminders.setup() if self.reminders is not None else None
        dialog = SettingsDialog(
            self._services.orders,
            self.tasks,
            self,
            backups=self.backups.service(),
            reminders=reminders,
            insights=self._services.insights,
            window_settings=self._settings,
        )
        dialog.rules_changed.connect(self.reload)
        if dialog.reminders_page is not None and self.reminders is not None:
            dialog.reminders_page.saved.connect(self.reminders.apply_settings)
        dialog.exec()
        self.insights.data_changed()  # the rates may have changed: converted totals
        if dialog.restore_path is not None:  # "Restore this…" on the Backups page closed the dialog
            self.backups.restore_from(dialog.restore_path)

    def load_sample_orders(self) -> None:
        self.samples.load()

    def remove_sample_orders(self) -> None:
        self.samples.remove()

    def _sample_busy(self, busy: bool) -> None:
        self.empty_state.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(self.tr("Loading sample orders…"))
        else:
            self.statusBar().clearMessage()

    def _evidence_desk(self) -> EvidenceDesk:
        return self.evidence.desk

    def _notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _undo_index_changed(self, index: int) -> None:
        """Say what Ctrl+Z (or redo) just did, so the status bar never keeps saying "Undo with
        Ctrl+Z" about something already undone. A new command moves the index too: its own
        notice follows at once and replaces this one."""
        before, self._undo_index = self._undo_index, index
        stack = self.undo_stack
        if index < before and index < stack.count():
            self._notice(self.tr("Undone: %1.").replace("%1", stack.text(index)))
        elif before < index <= stack.count():
            self._notice(self.tr("Done again: %1.").replace("%1", stack.text(index - 1)))
        else:
            self.statusBar().clearMessage()  # the stack was cleared (a restore)

    def notice(self, text: str) -> None:
        """A short message in the status bar (a reminder when no notification can be shown)."""
        self._notice(text)

    def bring_forward(self) -> None:
        """Show the window (from the tray, a notification or a second launch) and raise it."""
        from ui.shell.single_instance import bring_to_front  # deferred: the module loads QtNetwork

        bring_to_front(self)
        if self._pending_report is not None:
            report, self._pending_report = self._pending_report, None
            self.show_startup_report(report)

    def quit(self) -> None:
        """Quit for real, even when closing would leave the app in the tray."""
        self._quitting = True
        if not self.close():
            self._quitting = False  # something refused to close

    def show_failure(self, exc: Exception) -> None:
        self.empty_state.setEnabled(True)
        dialogs.show_error(self, self.tr("Dispute Desk"), dialogs.refusal_text(exc))

    def _on_current_changed(self, number: object) -> None:
        self.detail_panel.show_order(number if isinstance(number, str) else None)
        self._on_selection_changed()
        self.evidence.set_current(number if isinstance(number, str) else None)

    def _on_selection_changed(self) -> None:
        """What the order actions can do now: nothing without a selection (the welcome page, an
        empty view), only restoring for orders in the trash."""
        panel = self.list_panel
        current = panel.current_row() if self.stack.currentWidget() is self._orders_page else None
        self.main_actions.set_order_chosen(current is not None, current is not None and not current.in_trash)
        selected = panel.selected_numbers() if current is not None else []
        self.main_actions.set_selected(len(selected), current is not None and current.in_trash)

    # -- layout ---------------------------------------------------------------------------------

    def _unsaved_input(self) -> bool:
        """An open dialog holds input that was not saved (a save that met a busy data file)."""
        return any(
            dialog.isVisible() and bool(getattr(dialog, "has_unsaved_input", lambda: False)())
            for dialog in self.findChildren(QDialog)
        )

    def save_layout(self) -> None:
        window_layout.save(self, self.splitter, self.list_panel, self._settings)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._arrange_for_width()

    def _arrange_for_width(self) -> None:
        """List and detail panel side by side when the window holds the list and a readable
        detail panel; otherwise the detail panel goes under the list, full width."""
        wide = self.width() >= self._side_by_side_width
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        # The room along the new direction (the splitter's, once laid out; else the window's).
        along = self.splitter.width() if wide else self.splitter.height()
        total = along if along > 100 else (self.width() if wide else self.height())
        # Side by side the list takes three fifths; one above the other it takes what its views
        # need, and the detail panel the rest.
        first = total * 3 // 5 if wide else min(total * 3 // 5, self.list_panel.minimumHeight())
        self.splitter.setSizes([first, total - first])

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if not self._quitting and self.reminders is not None and self.reminders.keep_running_on_close():
            self.save_layout()
            self.hide()
            event.ignore()
            return
        if self._unsaved_input() and not dialogs.ask_yes_no(
            self,
            self.tr("Quit Dispute Desk"),
            self.tr("Something you typed has not been saved yet. Quit anyway and lose it?"),
        ):
            event.ignore()
            return
        if self.reminders is not None:
            self.reminders.close()
        self.save_layout()
        self._minute.stop()
        remember_last_seen(self._services, self._clock)
        self.evidence.wait()
        self.tasks.wait()
        self.auto_backups.on_close(self)
        super().closeEvent(event)
