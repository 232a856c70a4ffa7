"""Automatic backups from the window: on close only when the data changed, once a day, a while
after a change, thinned by the policy; on a frozen clock and a real data dir."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services.backup import BackupInfo, BackupService, RetentionPolicy
from app.services.orders import OrderService
from app.services.views import NewOrder
from tests.ui.windows import open_window
from ui.files import backup_auto
from ui.shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def backups(service: OrderService, clock: FrozenClock) -> BackupService:
    return BackupService(service.store.data_dir.root, clock)


def add(service: OrderService, number: str) -> None:
    service.add_order(NewOrder(number, "Store", f"Item {number}", Decimal("10.00"), "USD"))


def make_window(qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, service, clock, settings)
    return window


def autos(backups: BackupService) -> list[BackupInfo]:
    return [b for b in backups.list_backups() if b.kind == "auto"]


def test_closing_backs_up_only_when_the_data_changed(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings, backups: BackupService
) -> None:
    add(service, "8100000000000001")
    make_window(qtbot, service, clock, settings).close()
    [first] = autos(backups)
    assert first.created_at == clock.now()

    # A day apart each time, so the retention policy (one per day) keeps every backup made.
    clock.advance(timedelta(days=1))
    make_window(qtbot, service, clock, settings).close()  # looked, changed nothing
    assert autos(backups) == [first]

    clock.advance(timedelta(days=1))
    window = make_window(qtbot, service, clock, settings)
    add(service, "8100000000000002")
    window.close()
    assert [b.created_at for b in autos(backups)] == [clock.now(), first.created_at]


def test_a_slow_backup_on_close_shows_a_progress_dialog_until_it_is_done(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    backups: BackupService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    real = BackupService.auto_backup
    seen: list[bool] = []

    def slow(self: BackupService, reason: str, progress: Any = None) -> BackupInfo | None:
        time.sleep(0.4)  # longer than the window waits before it shows progress
        seen.extend(
            isinstance(w, QProgressDialog) and w.isVisible() for w in window.findChildren(QProgressDialog)
        )
        return real(self, reason, progress)

    monkeypatch.setattr(BackupService, "auto_backup", slow)
    started = time.monotonic()
    info = window.auto_backups.on_close(window)
    assert info is not None and info.kind == "auto"
    assert time.monotonic() - started >= 0.4  # it waited for the backup
    assert True in seen  # the dialog was up meanwhile
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))


def test_the_backup_on_close_is_bounded(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    backups: BackupService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    monkeypatch.setattr(backup_auto, "CLOSE_LIMIT_S", 0.3)
    release = time.monotonic() + 3

    def stuck(_self: BackupService, _reason: str) -> None:
        while time.monotonic() < release:  # a disk that does not answer
            time.sleep(0.05)

    monkeypatch.setattr(BackupService, "auto_backup", stuck)
    started = time.monotonic()
    assert window.auto_backups.on_close(window) is None
    assert time.monotonic() - started < 2


def test_once_a_day_when_a_day_has_passed_since_the_last_automatic_backup(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings, backups: BackupService
) -> None:
    add(service, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    auto = window.auto_backups
    with qtbot.waitSignal(auto.made, timeout=10_000):
        auto.start()  # none yet: the first check makes one
    assert auto.hourly.isActive() and auto.hourly.interval() == 60 * 60_000
    [first] = autos(backups)

    add(service, "8100000000000002")
    clock.advance(timedelta(hours=23))
    auto.check_daily()
    window.tasks.wait()
    qtbot.wait(20)
    assert autos(backups) == [first]  # changed, but not a day yet: the change timer covers it

    clock.advance(timedelta(hours=1))
    with qtbot.waitSignal(auto.made, timeout=10_000) as made:
        auto.hourly.timeout.emit()
    assert made.args[0].created_at == clock.now()
    assert len(autos(backups)) == 2


def test_a_change_is_backed_up_after_a_quiet_spell(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings, backups: BackupService
) -> None:
    window = make_window(qtbot, service, clock, settings)
    auto = window.auto_backups
    assert auto.after_change.interval() == 5 * 60_000
    auto.after_change.setInterval(30)
    add(service, "8100000000000001")
    with qtbot.waitSignal(auto.made, timeout=10_000) as made:
        window.reload()  # the window read the change: the timer starts
    assert made.args[0].kind == "auto"
    assert [b.path for b in autos(backups)] == [made.args[0].path]


def test_automatic_backups_are_thinned_by_the_policy(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings, backups: BackupService
) -> None:
    backups.set_policy(RetentionPolicy(daily=2, weekly=0, monthly=0))
    window = make_window(qtbot, service, clock, settings)
    for day in range(4):
        add(service, f"810000000000001{day}")
        with qtbot.waitSignal(window.auto_backups.made, timeout=10_000):
            window.auto_backups.run("changed")
        clock.advance(timedelta(days=1))
    kept = autos(backups)
    assert len(kept) == 2
    assert kept[0].created_at == clock.now() - timedelta(days=1)
