"""Settings → Backups: the retention policy saved with OK/Apply, the list of backups with its
empty state, "Back up now", "Restore this…" and "Show in folder" — on a real data dir."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services.backup import BackupService, RetentionPolicy
from app.services.orders import OrderService
from app.services.views import NewOrder
from ui.common.format import local_time
from ui.common.tasks import TaskRunner
from ui.files.backup_model import DATE, KIND, SIZE, BackupListModel, size_text
from ui.settings import backup_page
from ui.settings.dialog import SettingsDialog


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def backups(service: OrderService, clock: FrozenClock) -> BackupService:
    service.add_order(NewOrder("8100000000000001", "Store", "Lamp", Decimal("9.99"), "USD"))
    return BackupService(service.store.data_dir.root, clock)


def open_dialog(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService
) -> SettingsDialog:
    dialog = SettingsDialog(service, runner, backups=backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_backups()
    page = dialog.backups_page
    assert page is not None
    qtbot.waitUntil(lambda: not page.listing)
    return dialog


def page_of(dialog: SettingsDialog) -> backup_page.BackupsPage:
    assert dialog.backups_page is not None
    return dialog.backups_page


def shown_rows(page: backup_page.BackupsPage) -> list[tuple[str, str, str]]:
    proxy = page.proxy
    return [
        tuple(str(proxy.index(row, column).data()) for column in (DATE, KIND, SIZE))  # type: ignore[misc]
        for row in range(proxy.rowCount())
    ]


def test_without_backups_the_page_says_so_and_back_up_now_makes_the_first(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService
) -> None:
    dialog = open_dialog(qtbot, service, runner, backups)
    page = page_of(dialog)
    assert dialog.tabs is not None and dialog.current_page() is page
    assert page.stack.currentWidget() is page.empty
    assert "No backups yet" in page.empty.text()
    assert not page.restore_button.isEnabled()

    with qtbot.waitSignal(page.backups_listed, timeout=10_000):
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    [made] = backups.list_backups()
    assert made.kind == "manual"
    assert made.path.parent == service.store.data_dir.backups
    backups.verify(made.path)  # a complete, checkable archive
    assert page.stack.currentWidget() is page.table
    assert shown_rows(page) == [(local_time(made.created_at), "Made by you", size_text(made.size))]
    assert made.path.name in page.status.text()
    assert page.restore_button.isEnabled()


def test_backups_are_listed_newest_first_in_local_time_with_their_kind(
    qtbot: QtBot,
    service: OrderService,
    runner: TaskRunner,
    backups: BackupService,
    clock: FrozenClock,
    local_tz: object,
) -> None:
    local_tz("Europe/Berlin")  # type: ignore[operator]
    first = backups.auto_backup("changed")
    assert first is not None
    clock.advance(timedelta(days=1, hours=3))
    folder = service.store.data_dir.ensure_backups()
    manual = backups.backup(folder / "before-holiday.zip")
    dialog = open_dialog(qtbot, service, runner, backups)
    rows = shown_rows(page_of(dialog))
    assert rows == [
        (local_time(manual.created_at), "Made by you", size_text(manual.size)),
        (local_time(first.created_at), "Automatic", size_text(first.size)),
    ]
    # 2026-03-10 12:00 UTC is 13:00 in Berlin: the date column is local time.
    assert rows[1][0] == "3/10/2026 1:00\u202fPM"
    assert size_text(1_500) == "1.5 kB"


def test_the_policy_is_saved_with_apply_and_a_refused_one_keeps_the_dialog_open(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService
) -> None:
    dialog = open_dialog(qtbot, service, runner, backups)
    page = page_of(dialog)
    assert page.edited_policy() == (7, 4, 6)  # the defaults, read from the service
    assert not dialog.apply_button.isEnabled()
    page.daily.setValue(3)
    page.monthly.setValue(12)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert backups.policy() == RetentionPolicy(daily=3, weekly=4, monthly=12)
    assert not dialog.apply_button.isEnabled()

    for spin in (page.daily, page.weekly, page.monthly):
        spin.setValue(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not closed: the reason is on the page
    assert page.policy_error.isVisibleTo(page)
    assert "at least one" in page.policy_error.text()
    assert backups.policy() == RetentionPolicy(daily=3, weekly=4, monthly=12)

    page.weekly.setValue(2)
    assert not page.policy_error.isVisibleTo(page)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert backups.policy() == RetentionPolicy(daily=0, weekly=2, monthly=0)


def test_cancel_does_not_save_the_policy(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService
) -> None:
    dialog = open_dialog(qtbot, service, runner, backups)
    page_of(dialog).daily.setValue(30)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert backups.policy() == RetentionPolicy()


def test_restore_this_closes_the_dialog_and_names_the_backup(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService
) -> None:
    made = backups.auto_backup("changed")
    assert made is not None
    dialog = open_dialog(qtbot, service, runner, backups)
    page = page_of(dialog)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.restore_path == made.path


def test_show_in_folder_opens_the_backups_folder(
    qtbot: QtBot,
    service: OrderService,
    runner: TaskRunner,
    backups: BackupService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(backup_page, "show_in_folder", lambda path: opened.append(path) or True)
    made = backups.auto_backup("changed")
    assert made is not None
    dialog = open_dialog(qtbot, service, runner, backups)
    qtbot.mouseClick(page_of(dialog).folder_button, Qt.MouseButton.LeftButton)
    assert opened == [made.path.parent]


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService
) -> None:
    dialog = open_dialog(qtbot, service, runner, backups)
    page = page_of(dialog)
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractSpinBox) and w.parent() is not page.table
    ]
    assert len(controls) >= 6
    assert all(control.accessibleName() for control in controls)
    assert page.table.accessibleName()


def test_the_list_model_passes_the_model_tester(
    qtmodeltester: object, backups: BackupService, clock: FrozenClock
) -> None:
    backups.auto_backup("changed")
    clock.advance(timedelta(days=2))
    backups.backup(backups.layout.ensure_backups() / "mine.zip")
    model = BackupListModel()
    model.set_backups(backups.list_backups())
    assert model.rowCount() == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_newest_first_shows_an_arrow_pointing_down(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, backups: BackupService, clock: FrozenClock
) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.common.arrows import sort_arrow_points_down

    backups.auto_backup("changed")
    dialog = open_dialog(qtbot, service, runner, backups)
    page = page_of(dialog)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert sort_arrow_points_down(header)
    page.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)  # oldest first: ▲
    assert not sort_arrow_points_down(header)
