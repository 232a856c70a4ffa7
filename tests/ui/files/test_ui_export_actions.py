"""File → Export: each format asks where to save (a dated default name), writes the file off the
GUI thread and says on the status line how much went where; on a real data dir."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services import Services
from app.services.orders import OrderService
from app.services.views import NewOrder
from ui.common import dialogs
from ui.files.export_actions import LAST_FOLDER_KEY
from ui.shell.main_window import MainWindow

NUMBERS = ("8100000000000001", "8100000000000002")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, service: OrderService, clock: FrozenClock, settings: QSettings) -> MainWindow:
    paid = clock.now() - timedelta(hours=3)
    for number in NUMBERS:
        service.add_order(
            NewOrder(number, "Store", f"Lamp {number[-1]}", Decimal("12.50"), "USD", paid, paid, "card", 3)
        )
    services = Services.ready(service)
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    widget = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


class SaveDialog:
    """QFileDialog.getSaveFileName, replaced: remembers what it suggested, answers ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> None:
        self.suggested: list[Path] = []
        self.filters: list[str] = []
        self._answer = answer
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent: object, _title: str, path: str, file_filter: str) -> tuple[str, str]:
        self.suggested.append(Path(path))
        self.filters.append(file_filter)
        return (str(self._answer) if self._answer else "", "")


def export(qtbot: QtBot, window: MainWindow, key: str) -> str:
    """Trigger the export action and wait for the status line to tell the result."""
    window.exports.actions[key].trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=10_000)
    return window.statusBar().currentMessage()


def test_orders_as_csv(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "orders.csv"
    dialog = SaveDialog(monkeypatch, out)
    message = export(qtbot, window, "csv")
    assert message == f"Exported 2 orders to {out}"
    assert dialog.suggested[0].name == "dispute-desk-orders-2026-03-10.csv"
    assert "*.csv" in dialog.filters[0]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = {cell for row in rows[1:] for cell in row}
    assert set(NUMBERS) <= cells
    assert len(rows) == 3  # a header and one line per order
    assert window.exports.actions["csv"].isEnabled()


def test_everything_as_json(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "all"  # typed without the extension
    SaveDialog(monkeypatch, out)
    message = export(qtbot, window, "json")
    written = tmp_path / "all.json"
    assert message == f"Exported 2 orders with their history to {written}"
    text = written.read_text(encoding="utf-8")
    json.loads(text)  # one valid document
    assert all(number in text for number in NUMBERS)


def test_deadlines_as_calendar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "deadlines.ics"
    dialog = SaveDialog(monkeypatch, out)
    message = export(qtbot, window, "ics")
    text = out.read_text(encoding="utf-8")
    events = text.count("BEGIN:VEVENT")
    assert events >= 2  # each paid order has a ship-by deadline at least
    assert message == f"Exported {events} deadline{'' if events == 1 else 's'} to the calendar file {out}"
    assert text.startswith("BEGIN:VCALENDAR")
    assert dialog.suggested[0].name == "dispute-desk-deadlines-2026-03-10.ics"


def test_the_next_export_suggests_the_folder_used_last(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: QSettings
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = SaveDialog(monkeypatch, folder / "first.csv")
    export(qtbot, window, "csv")
    assert settings.value(LAST_FOLDER_KEY) == str(folder)
    dialog._answer = None  # the user cancels the second one
    window.exports.actions["json"].trigger()
    assert dialog.suggested[1].parent == folder
    assert sorted(p.name for p in folder.iterdir()) == ["first.csv"]


def test_cancelling_the_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SaveDialog(monkeypatch, None)
    before = set(tmp_path.rglob("*"))
    for action in window.exports.actions.values():
        action.trigger()
    window.tasks.wait()
    assert set(tmp_path.rglob("*")) == before
    assert window.statusBar().currentMessage() == ""


def test_a_failed_export_says_why_and_the_actions_stay_usable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    out = tmp_path / "no-such-folder" / "orders.csv"
    SaveDialog(monkeypatch, out)
    window.exports.actions["csv"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].startswith(f"Could not export to {out}: ")
    assert not out.exists()
    assert all(action.isEnabled() for action in window.exports.actions.values())


def test_export_shortcut(window: MainWindow) -> None:
    assert window.exports.actions["csv"].shortcut().toString() == "Ctrl+Shift+E"
