"""run_gui end to end: the data read beside the Qt import, refusals, the log after the paint."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services.demo import generate
from app.services.orders import OrderService
from app.store.database import Database
from app.store.paths import DATABASE_FILENAME, DataDir
from ui import application
from ui.application import FIRST_ROWS, log_path, run_gui


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own


def _main_window() -> QMainWindow:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    assert len(windows) == 1
    return windows[0]


def test_a_foreign_database_is_refused_with_exit_2(
    tmp_path: Path, qtbot: QtBot, clock: FrozenClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(tmp_path / DATABASE_FILENAME)) as conn:
        conn.execute("CREATE TABLE someone_elses (x)")
    assert run_gui(str(tmp_path), {}, clock) == 2
    assert "not a Dispute Desk data file" in capsys.readouterr().err
    assert not log_path(DataDir(tmp_path)).exists()


def test_a_large_list_paints_with_its_most_urgent_rows_and_true_counts(
    tmp_path: Path, qtbot: QtBot, clock: FrozenClock
) -> None:
    database = Database.open(tmp_path, clock=clock)
    generate(OrderService(database, clock), count=application.FIRST_ROWS_ABOVE + 50, seed=3)
    database.close()
    seen: dict[str, object] = {}

    def first_paint() -> None:
        window = _main_window()
        seen["title"] = window.windowTitle()
        seen["rows"] = window.list_panel.model.rowCount()  # type: ignore[attr-defined]
        seen["all"] = window.list_panel._counts[View.ALL]  # type: ignore[attr-defined]
        seen["partial"] = window.list_panel.is_partial()  # type: ignore[attr-defined]
        window.close()
        QApplication.instance().quit()  # type: ignore[union-attr]

    assert run_gui(str(tmp_path), {}, clock, on_first_paint=first_paint) == 0
    assert seen["title"] == "Dispute Desk"
    assert 0 < seen["rows"] <= FIRST_ROWS  # type: ignore[operator]
    assert seen["partial"] is True
    assert seen["all"] == application.FIRST_ROWS_ABOVE + 50
    # the benchmark's hook replaces the post-paint work, the log file included
    assert not log_path(DataDir(tmp_path)).exists()


def test_the_log_file_is_set_up_after_the_first_paint(
    tmp_path: Path, qtbot: QtBot, clock: FrozenClock
) -> None:
    def close_soon() -> None:
        _main_window().close()
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(300, close_soon)
    assert run_gui(str(tmp_path), {}, clock) == 0
    assert log_path(DataDir(tmp_path)).exists()


def test_the_crash_handler_writes_the_log_even_before_the_first_paint(tmp_path: Path, qtbot: QtBot) -> None:
    layout = DataDir(tmp_path)
    application.install_crash_handler(layout)
    try:
        raise RuntimeError("boom before paint")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("ui.dialogs.show_error", lambda *args: None)
            sys.excepthook(kind, value, tb)
    assert "boom before paint" in log_path(layout).read_text(encoding="utf-8")
