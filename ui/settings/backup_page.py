"""Settings → Backups: how many automatic backups to keep, the backups there are (newest
first, with "Restore this…" and "Show in folder") and "Back up now".

The policy is saved with the dialog's OK and Apply (``save_policy``), through
``BackupService.set_policy``. Listing and backing up run in the task runner; restoring is the
main window's job (it has to close and reopen the data), so the page only asks for it with
``restore_requested``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Refused
from app.services.backup import BackupInfo, BackupService, RetentionPolicy
from ui.common.sort_arrows import point_sort_arrows
from ui.common.tasks import TaskRunner
from ui.files.backup_model import DATE, KIND, BackupListModel, InfoRole, SortRole, size_text
from ui.settings.rules import SpinBox

MAX_KEPT = 1000  # RetentionPolicy accepts 0..1000 per period


def show_in_folder(path: Path) -> bool:
    """Open the folder in the file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def manual_backup_path(folder: Path, now: datetime) -> Path:
    """A free name for "Back up now" in the backups folder (listed there as made by you)."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target, suffix = folder / f"backup-{stamp}.zip", 1
    while target.exists():
        target, suffix = folder / f"backup-{stamp}-{suffix}.zip", suffix + 1
    return target


class BackupsPage(QWidget):
    policy_edited = Signal()
    restore_requested = Signal(Path)
    backups_listed = Signal()  # the list was read (again)
    backed_up = Signal(object)  # the BackupInfo of "Back up now"
    progress_reported = Signal(int, int)  # from the worker thread; queued to the progress bar

    def __init__(self, service: BackupService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("BackupsPage", "Backups"))
        self._service = service
        self._tasks = tasks
        self._saved_policy = service.policy()
        self.folder = service.layout.backups

        policy_box = QGroupBox(QCoreApplication.translate("BackupsPage", "Automatic backups"), self)
        about = QLabel(
            QCoreApplication.translate(
                "BackupsPage",
                "Dispute Desk backs up your orders and evidence by itself when they changed: a few "
                "minutes after a change, once a day and when you close it. Of the older automatic "
                "backups it keeps the newest one of each of the last days, weeks and months set here. "
                "Backups you make yourself and the safety copies made before a restore are never removed.",
            ),
            policy_box,
        )
        about.setWordWrap(True)
        self.daily = SpinBox(
            QCoreApplication.translate("BackupsPage", "days"),
            QCoreApplication.translate("BackupsPage", "Days with a daily backup to keep"),
            policy_box,
        )
        self.weekly = SpinBox(
            QCoreApplication.translate("BackupsPage", "weeks"),
            QCoreApplication.translate("BackupsPage", "Weeks with a weekly backup to keep"),
            policy_box,
        )
        self.monthly = SpinBox(
            QCoreApplication.translate("BackupsPage", "months"),
            QCoreApplication.translate("BackupsPage", "Months with a monthly backup to keep"),
            policy_box,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, spin in (
            (QCoreApplication.translate("BackupsPage", "&Daily backups for the last:"), self.daily),
            (QCoreApplication.translate("BackupsPage", "&Weekly backups for the last:"), self.weekly),
            (QCoreApplication.translate("BackupsPage", "&Monthly backups for the last:"), self.monthly),
        ):
            spin.setRange(0, MAX_KEPT)
            spin.valueChanged.connect(self._policy_edited)
            form.addRow(label, spin)
        self.policy_error = QLabel(policy_box)
        self.policy_error.setWordWrap(True)
        self.policy_error.hide()
        policy_layout = QVBoxLayout(policy_box)
        policy_layout.addWidget(about)
        policy_layout.addLayout(form)
        policy_layout.addWidget(self.policy_error)
        self._show_policy(self._saved_policy)

        list_box = QGroupBox(
            QCoreApplication.translate("BackupsPage", "Backups in %1").replace("%1", str(self.folder)), self
        )
        self.model = BackupListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(list_box)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("BackupsPage", "Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)  # newest first: ▼
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        point_sort_arrows(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)
        self.empty = QLabel(
            QCoreApplication.translate(
                "BackupsPage",
                "No backups yet. The first automatic backup is made a few minutes after your data "
                "changes; Back up now makes one at once.",
            ),
            list_box,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(QCoreApplication.translate("BackupsPage", "No backups yet"))
        self.stack = QStackedWidget(list_box)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        self.backup_button = QPushButton(QCoreApplication.translate("BackupsPage", "Back &up now"), list_box)
        self.backup_button.setAccessibleName(QCoreApplication.translate("BackupsPage", "Back up now"))
        self.backup_button.setToolTip(
            QCoreApplication.translate("BackupsPage", "Make a backup in the backups folder now")
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(
            QCoreApplication.translate("BackupsPage", "Res&tore this…"), list_box
        )
        self.restore_button.setAccessibleName(
            QCoreApplication.translate("BackupsPage", "Restore the selected backup")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(
            QCoreApplication.translate("BackupsPage", "Show in &folder"), list_box
        )
        self.folder_button.setAccessibleName(
            QCoreApplication.translate("BackupsPage", "Show the backups folder")
        )
        self.folder_button.clicked.connect(self.show_folder)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.restore_button)
        self.progress = QProgressBar(list_box)
        self.progress.setAccessibleName(QCoreApplication.translate("BackupsPage", "Backup progress"))
        self.progress.hide()
        self.progress_reported.connect(self._show_progress)
        self.status = QLabel(list_box)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("BackupsPage", "Backups status"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.stack, 1)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.progress)
        list_layout.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(policy_box)
        layout.addWidget(list_box, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._busy = False
        self.listing = False
        self._update_buttons()
        self.refresh()

    # -- the policy -----------------------------------------------------------------------------

    def _show_policy(self, policy: RetentionPolicy) -> None:
        for spin, value in (
            (self.daily, policy.daily),
            (self.weekly, policy.weekly),
            (self.monthly, policy.monthly),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def edited_policy(self) -> tuple[int, int, int]:
        return self.daily.value(), self.weekly.value(), self.monthly.value()

    def policy_pending(self) -> bool:
        saved = self._saved_policy
        return self.edited_policy() != (saved.daily, saved.weekly, saved.monthly)

    def save_policy(self) -> bool:
        """Save the policy if it changed; False (with the reason shown) when it was refused."""
        if not self.policy_pending():
            return True
        try:
            policy = RetentionPolicy(*self.edited_policy())
            self._service.set_policy(policy)
        except (Refused, OSError) as exc:
            self.policy_error.setText(f"⚠ {exc}")
            self.policy_error.show()
            return False
        self._saved_policy = policy
        self.policy_error.hide()
        return True

    def _policy_edited(self) -> None:
        self.policy_error.hide()
        self.policy_edited.emit()

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        service = self._service
        self.listing = True
        self._tasks.run(service.list_backups, self._listed, self._list_failed)

    def _list_failed(self, exc: Exception) -> None:
        self.listing = False
        self.status.setText(
            QCoreApplication.translate("BackupsPage", "⚠ Could not read the backups folder: %1").replace(
                "%1", str(exc)
            )
        )

    def _listed(self, backups: list[BackupInfo]) -> None:
        self.listing = False
        self.model.set_backups(backups)
        self.stack.setCurrentWidget(self.table if backups else self.empty)
        if backups and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()
        self.backups_listed.emit()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(InfoRole) if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None and not self._busy:
            self.restore_requested.emit(info.path)

    def show_folder(self) -> None:
        info = self.selected()
        folder = info.path.parent if info is not None else self.folder
        if info is None:
            self._service.layout.ensure_backups()  # no backups yet: open the (empty) folder anyway
        if not show_in_folder(folder):
            self.status.setText(
                QCoreApplication.translate("BackupsPage", "Could not open %1 in the file manager.").replace(
                    "%1", str(folder)
                )
            )

    # -- back up now ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self._busy:
            return
        service = self._service
        self._set_busy(True)
        self.status.setText(QCoreApplication.translate("BackupsPage", "Backing up…"))
        self.progress.setRange(0, 0)

        def work() -> BackupInfo:
            out = manual_backup_path(service.layout.ensure_backups(), service.clock.now())
            return service.backup(out, progress=self.progress_reported.emit)

        self._tasks.run(work, self._backed_up, self._failed, writes=True)

    def _show_progress(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.status.setText(
            QCoreApplication.translate("BackupsPage", "Backed up to %1 (%2).")
            .replace("%1", info.path.name)
            .replace("%2", size_text(info.size))
        )
        self.backed_up.emit(info)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.status.setText(QCoreApplication.translate("BackupsPage", "⚠ %1").replace("%1", str(exc)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(has and not self._busy)
