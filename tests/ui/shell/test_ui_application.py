"""run_gui end to end: the data read beside the Qt import, refusals, the log after the paint."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services.demo import generate
from app.services.orders import OrderService
from app.store.paths import DATABASE_FILENAME, DataDir
from app.store.store import Store
from ui.shell import application
from ui.shell.application import FIRST_ROWS, log_path, run_gui

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own


def test_a_foreign_database_is_refused_with_exit_2(
    tmp_path: Path, qtbot: QtBot, clock: FrozenClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(tmp_path / DATABASE_FILENAME)) as conn:
        conn.execute("CREATE TABLE someone_elses (x)")
    assert run_gui(str(tmp_path), {}, clock) == 2
    assert "not a Dispute Desk data file" in capsys.readouterr().err
    assert not log_path(DataDir(tmp_path)).exists()


# run_gui runs its own event loop and quits the application: in this test process that would
# leave the shared QApplication quitting for the tests after, so the paint tests run it in a child.
_CHILD = """
import gc, json, os, sys
from datetime import UTC, datetime
from PySide6.QtWidgets import QApplication, QMainWindow
from app.clock import FrozenClock
from app.domain.views import View
from ui.shell import main_window
from ui.shell.application import run_gui

collector_while_building = []
build = main_window.MainWindow.__init__
def watched_build(self, *args, **kwargs):
    collector_while_building.append(gc.isenabled())
    build(self, *args, **kwargs)
main_window.MainWindow.__init__ = watched_build

def first_paint():
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    print(json.dumps({
        "title": window.windowTitle(),
        "rows": window.list_panel.model.rowCount(),
        "all": window.list_panel._counts[View.ALL],
        "partial": window.list_panel.is_partial(),
        "collector": [*collector_while_building, gc.isenabled()],
    }), flush=True)
    os._exit(0)

if sys.argv[2] == "hook":
    run_gui(sys.argv[1], {}, FrozenClock(datetime(2026, 3, 10, 12, tzinfo=UTC)), on_first_paint=first_paint)
else:
    from PySide6.QtCore import QTimer
    app = QApplication([])
    QTimer.singleShot(1500, lambda: os._exit(0))  # after the post-paint work has run
    sys.exit(run_gui(sys.argv[1], {}, FrozenClock(datetime(2026, 3, 10, 12, tzinfo=UTC))))
"""


def _child(data_dir: Path, mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(data_dir.parent)}
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir), mode],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_large_list_paints_with_its_most_urgent_rows_and_true_counts(
    tmp_path: Path, clock: FrozenClock
) -> None:
    data = tmp_path / "data"
    database = Store.open(data, clock=clock)
    generate(OrderService(database, clock), count=application.FIRST_ROWS_ABOVE + 50, seed=3)
    database.close()

    child = _child(data, "hook")

    assert child.returncode == 0, child.stderr
    seen = json.loads(child.stdout.splitlines()[-1])
    assert seen["title"] == "Dispute Desk"
    assert 0 < seen["rows"] <= FIRST_ROWS
    assert seen["partial"] is True
    assert seen["all"] == application.FIRST_ROWS_ABOVE + 50
    assert seen["collector"] == [False, True]  # paused while the window is built, on after the paint
    # the benchmark's hook replaces the post-paint work, the log file included
    assert not log_path(DataDir(data)).exists()


def test_the_log_file_is_set_up_after_the_first_paint(tmp_path: Path) -> None:
    data = tmp_path / "data"
    child = _child(data, "plain")
    assert child.returncode == 0, child.stderr
    assert log_path(DataDir(data)).exists()


def test_the_crash_handler_writes_the_log_even_before_the_first_paint(tmp_path: Path, qtbot: QtBot) -> None:
    layout = DataDir(tmp_path)
    application.install_crash_handler(layout)
    try:
        raise RuntimeError("boom before paint")
    except RuntimeError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("ui.shell.crash_dialog.show_crash", lambda *args: None)
            sys.excepthook(kind, value, tb)
    assert "boom before paint" in log_path(layout).read_text(encoding="utf-8")


_AUTOSTART_CHILD = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from ui.entry import main

def look():
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    print(json.dumps({"minimized": window.isMinimized(), "reminders": window.reminders is not None}), flush=True)
    os._exit(0)

app = QApplication([])
QTimer.singleShot(2000, look)
sys.exit(main(["--data-dir", sys.argv[1], "--autostart"]))
"""


def test_started_at_login_without_a_tray_the_window_starts_minimised(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    child = subprocess.run(
        [sys.executable, "-c", _AUTOSTART_CHILD, str(tmp_path / "data")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.splitlines()[-1]) == {"minimized": True, "reminders": True}
