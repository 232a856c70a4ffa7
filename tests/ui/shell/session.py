"""A buyer's session with the real main window, for tests that use the app the way a person does.

``Session`` builds the main window on a fresh data folder (its detail panel and file actions
built, as after the first paint) and replaces every helper that would show a modal message box
or a file dialog by a recorder. A test says what it expects (``expect("ask_yes_no", True)``);
anything else that would have popped up is a failure, and so is any log record at ERROR level.
Modal dialogs and guides (``exec``) are run by ``on_exec``: a function per dialog class that
drives it like a person and closes it; a dialog with none is closed at once (Cancel).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services import Services
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from ui.common import dialogs, form_fields
from ui.evidence import attach as evidence_attach
from ui.evidence import desk as evidence_desk
from ui.evidence import pack as evidence_pack
from ui.files import backup_actions, export_actions, import_dialog
from ui.settings import backup_page
from ui.shell.main_window import MainWindow

# The helpers that would open a message box or a file dialog, by module.
HELPERS: tuple[tuple[Any, str], ...] = (
    (dialogs, "show_error"),
    (dialogs, "show_info"),
    (dialogs, "ask_yes_no"),
    (form_fields, "ask_discard_changes"),
    (evidence_attach, "ask_evidence_paths"),
    (evidence_pack, "ask_pack_folder"),
    (evidence_pack, "ask_open_folder"),
    (evidence_desk, "open_in_system"),
    (import_dialog, "ask_import_paths"),
    (export_actions, "ask_save_path"),
    (backup_actions, "ask_open_path"),
    (backup_page, "show_in_folder"),
)


def photo(folder: Path, name: str, colour: str = "red") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def add_shipped_order(service: OrderService, clock: FrozenClock, number: str, days_ago: int = 20) -> None:
    paid = clock.now() - timedelta(days=days_ago)
    service.add_order(
        NewOrder(number, "Store", f"Item {number}", Decimal("9.99"), "USD", paid, paid, "card", 5)
    )
    service.record_event(
        number, NewEvent("shipped", at=paid + timedelta(days=2), tracking=f"LP{number[-9:]}CN")
    )


@dataclass
class Session:
    qtbot: QtBot
    window: MainWindow
    service: OrderService
    clock: FrozenClock
    folder: Path
    expected: list[tuple[str, Any]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    shown: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    on_exec: dict[type, Callable[[Any], int]] = field(default_factory=dict)
    executed: list[str] = field(default_factory=list)

    def expect(self, helper: str, answer: Any = None) -> None:
        """The next call of ``helper`` is expected, and answers ``answer``."""
        self.expected.append((helper, answer))

    def answer(self, helper: str, args: tuple[Any, ...]) -> Any:
        self.shown.append((helper, args))
        for i, (name, answer) in enumerate(self.expected):
            if name == helper:
                del self.expected[i]
                return answer
        self.unexpected.append(f"{helper}{_brief(args)}")
        return _CANCEL.get(helper, False)

    def settle(self, msecs: int = 0) -> None:
        """Let queued results arrive and deleted widgets go."""
        self.window.tasks.wait()
        self.window.evidence.wait()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        if msecs:
            self.qtbot.wait(msecs)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()

    def settle_deleted(self) -> None:
        """Let widgets closed with WA_DeleteOnClose go, without waiting for running work."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def run_exec(self, dialog: QDialog) -> int:
        self.executed.append(type(dialog).__name__)
        dialog.show()
        QApplication.processEvents()
        for kind in type(dialog).__mro__:
            driver = self.on_exec.get(kind)
            if driver is not None:
                return driver(dialog)
        dialog.reject()
        return 0

    def check(self) -> None:
        assert not self.unexpected, f"dialogs the test did not expect: {self.unexpected}"
        assert not self.expected, f"dialogs the test expected but that never showed: {self.expected}"


# What pressing Cancel answers, for an unexpected dialog (the test fails anyway).
_CANCEL: dict[str, Any] = {
    "ask_evidence_paths": [],
    "ask_import_paths": [],
    "ask_pack_folder": None,
    "ask_save_path": None,
    "ask_open_path": None,
    "show_error": None,
    "show_info": None,
}


def _brief(args: tuple[Any, ...]) -> str:
    return "(" + ", ".join(repr(a)[:80] for a in args if not hasattr(a, "metaObject")) + ")"


@pytest.fixture
def session(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> Iterator[Session]:
    caplog.set_level(logging.WARNING)
    services = Services.ready(service)
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(window)
    session = Session(qtbot, window, service, clock, tmp_path / "files")
    for module, name in HELPERS:
        monkeypatch.setattr(module, name, _recorder(session, name))
    monkeypatch.setattr(QDialog, "exec", _exec_in(session))
    window.resize(1280, 780)
    window.show()
    qtbot.waitExposed(window)
    window.after_first_paint()
    session.settle()
    yield session
    session.settle()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]
    session.check()


def _exec_in(session: Session) -> Callable[[QDialog], int]:
    def exec_(dialog: QDialog) -> int:
        return session.run_exec(dialog)

    return exec_


def _recorder(session: Session, name: str) -> Callable[..., Any]:
    def record(*args: Any) -> Any:
        return session.answer(name, args)

    return record
