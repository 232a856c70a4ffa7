"""File → Back up now… and File → Restore from backup… in the main window, on a real data dir:
the backup is a checkable zip; a good backup replaces the data and the window shows it; a bad
one is refused with the reason and changes nothing."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services.backup import BackupService
from app.services.orders import OrderService
from app.services.views import NewOrder
from app.store.paths import DataDir
from tests.ui.windows import open_window
from ui.common import dialogs
from ui.settings.dialog import SettingsDialog
from ui.shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


class Answers:
    """The message boxes, replaced: what they were asked and what they said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, confirm: bool = True) -> None:
        self.info: list[str] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: self.info.append(text))
        monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: self.errors.append(text))

        def ask(_parent: object, _title: str, text: str) -> bool:
            self.questions.append(text)
            return confirm

        monkeypatch.setattr(dialogs, "ask_yes_no", ask)


def add(service: OrderService, clock: FrozenClock, number: str) -> None:
    paid = clock.now() - timedelta(hours=3)
    service.add_order(
        NewOrder(number, "Store", f"Item {number}", Decimal("10.00"), "USD", paid, paid, "card", 2)
    )


def make_window(qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings) -> MainWindow:
    window = open_window(qtbot, service, clock, settings)
    # As after the first paint: the window watches the file for other processes' changes (its
    # own connection), which a restore must not trip over.
    window.external_changes.start()
    return window


def numbers(window: MainWindow) -> set[str]:
    return {row.number for row in window.list_panel.rows()}


def dump(database: Path) -> list[str]:
    conn = sqlite3.connect(database)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_back_up_now_saves_a_checkable_zip_where_the_user_said(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    answers = Answers(monkeypatch)
    suggested: list[str] = []
    out_dir = tmp_path / "elsewhere"
    out_dir.mkdir()

    def save_dialog(_parent: object, _title: str, path: str, _filter: str) -> tuple[str, str]:
        suggested.append(path)
        return str(out_dir / "my-backup"), _filter  # no extension typed: .zip is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert window.backups.backup_action.shortcut().toString() == "Ctrl+Shift+B"
    window.backups.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.info or answers.errors), timeout=10_000)
    assert answers.errors == []
    out = out_dir / "my-backup.zip"
    assert Path(suggested[0]).name == "dispute-desk-backup-2026-03-10.zip"
    assert str(out) in answers.info[0]
    manifest = BackupService(service.store.data_dir.root, clock).verify(out)
    assert manifest.kind == "manual"
    assert "dispute-desk.sqlite3" in zipfile.ZipFile(out).namelist()
    assert str(out) in window.statusBar().currentMessage()
    assert window.backups.backup_action.isEnabled()


def test_a_file_chosen_in_the_save_dialog_is_replaced_by_the_backup(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The save dialog asks "replace it?" before it returns an existing file.
    add(service, clock, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    answers = Answers(monkeypatch)
    taken = tmp_path / "last-week.zip"
    taken.write_bytes(b"an old backup")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(taken), ""))
    window.backups.back_up_now()
    qtbot.waitUntil(lambda: window.backups.backup_action.isEnabled() and bool(answers.info), timeout=10_000)
    assert not answers.errors
    assert window.backups.service().verify(taken).schema


def test_a_backup_never_overwrites_a_file_the_dialog_did_not_ask_about(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    answers = Answers(monkeypatch)
    taken = tmp_path / "taken.zip"
    taken.write_bytes(b"keep me")
    # The user typed "taken" (no .zip): the dialog had nothing to ask; ".zip" is added after it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "taken"), ""))
    window.backups.back_up_now()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=10_000)
    assert "already exists" in answers.errors[0]
    assert taken.read_bytes() == b"keep me"
    assert window.backups.backup_action.isEnabled()


def test_restoring_a_good_backup_reloads_the_window_with_the_restored_orders(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    add(service, clock, "8100000000000002")
    backups = BackupService(service.store.data_dir.root, clock)
    archive = tmp_path / "two-orders.zip"
    backups.backup(archive)
    clock.advance(timedelta(hours=1))
    add(service, clock, "8100000000000003")
    window = make_window(qtbot, service, clock, settings)
    window.open_order("8100000000000003")
    window.order_commands.trash(["8100000000000001"])  # something on the undo stack
    assert window.undo_stack.canUndo()
    answers = Answers(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(archive), ""))

    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.info or answers.errors), timeout=20_000)
    assert answers.errors == []
    [question] = answers.questions
    assert "two-orders.zip" in question and "safety copy" in question
    qtbot.waitUntil(lambda: numbers(window) == {"8100000000000001", "8100000000000002"}, timeout=10_000)
    assert not window.undo_stack.canUndo()  # the trash step belonged to the replaced data
    assert "Restored 2 orders" in answers.info[0]
    # The replaced data (three orders, one in the trash) is kept as a safety copy.
    [safety] = [b for b in backups.list_backups() if b.kind == "safety"]
    assert str(safety.path) in answers.info[0]
    # The window's services were reopened on the restored file and keep working.
    assert window.detail_panel.number() is None
    window.open_order("8100000000000002")
    assert window.detail_panel.number() == "8100000000000002"
    add(window._services.orders, clock, "8100000000000004")
    assert {r.number for r in window._services.listing.rows(0).rows} >= {"8100000000000004"}


def test_a_bad_archive_is_refused_with_the_reason_and_nothing_changes(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    window = make_window(qtbot, service, clock, settings)
    before = dump(service.store.path)
    bad = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("photo.jpg", b"not a backup")
    answers = Answers(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(bad), ""))

    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=10_000)
    [error] = answers.errors
    assert error.startswith("holiday-photos.zip was not restored: ")
    assert "manifest" in error.lower()
    assert error.endswith("Nothing was changed.")
    assert answers.questions == []  # refused before asking
    assert dump(service.store.path) == before
    assert not DataDir(service.store.data_dir.root).backups.exists()  # not even a safety copy
    assert numbers(window) == {"8100000000000001"}
    assert window.backups.restore_action.isEnabled()


def test_saying_no_to_the_confirmation_changes_nothing(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    archive = tmp_path / "one.zip"
    BackupService(service.store.data_dir.root, clock).backup(archive)
    add(service, clock, "8100000000000002")
    window = make_window(qtbot, service, clock, settings)
    before = dump(service.store.path)
    answers = Answers(monkeypatch, confirm=False)
    window.backups.restore_from(archive)
    qtbot.waitUntil(lambda: bool(answers.questions), timeout=10_000)
    qtbot.wait(50)
    assert answers.info == answers.errors == []
    assert dump(service.store.path) == before
    assert numbers(window) == {"8100000000000001", "8100000000000002"}


def test_the_file_menu_offers_export_backup_and_restore(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings
) -> None:
    window = make_window(qtbot, service, clock, settings)
    window.after_first_paint()  # export and backup join the File menu right after the first paint
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts
    [export] = [a.menu() for a in file_menu.actions() if a.text() == "E&xport"]  # type: ignore[union-attr]
    assert [a.text() for a in export.actions()] == [  # type: ignore[union-attr]
        "Orders as &CSV…",
        "Everything as &JSON…",
        "Deadlines as calendar (&ICS)…",
    ]


def test_restore_this_in_settings_closes_the_dialog_and_restores_through_the_window(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    backups = BackupService(service.store.data_dir.root, clock)
    assert backups.auto_backup("changed") is not None
    clock.advance(timedelta(days=1))
    add(service, clock, "8100000000000002")
    window = make_window(qtbot, service, clock, settings)
    answers = Answers(monkeypatch)

    def run_dialog(dialog: SettingsDialog) -> int:  # the user opens Backups and picks the backup
        page = dialog.backups_page
        assert page is not None
        dialog.show_backups()
        qtbot.waitUntil(lambda: not page.listing)
        page.restore_button.click()
        assert not dialog.isVisible()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", run_dialog)
    window.open_settings()
    qtbot.waitUntil(lambda: numbers(window) == {"8100000000000001"}, timeout=20_000)
    assert answers.errors == [] and len(answers.questions) == 1


def test_a_restore_refused_half_way_changes_nothing_and_the_window_keeps_working(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(service, clock, "8100000000000001")
    archive = tmp_path / "one.zip"
    BackupService(service.store.data_dir.root, clock).backup(archive)
    add(service, clock, "8100000000000002")
    window = make_window(qtbot, service, clock, settings)
    answers = Answers(monkeypatch)
    other = sqlite3.connect(service.store.path, isolation_level=None)  # a CLI run, writing
    other.execute("BEGIN IMMEDIATE")
    try:
        before = dump(service.store.path)
        window.backups.restore_from(archive)
        qtbot.waitUntil(lambda: bool(answers.errors), timeout=30_000)
    finally:
        other.rollback()
        other.close()
    [error] = answers.errors
    assert "in use" in error and error.endswith("Nothing was changed.")
    assert len(answers.questions) == 1  # the archive itself was fine
    assert dump(service.store.path) == before
    qtbot.waitUntil(lambda: numbers(window) == {"8100000000000001", "8100000000000002"})
    add(window._services.orders, clock, "8100000000000003")  # the reopened services work
    window.refresh_numbers(["8100000000000003"])
    qtbot.waitUntil(lambda: "8100000000000003" in numbers(window))
