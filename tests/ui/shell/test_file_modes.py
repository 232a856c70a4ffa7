"""What the app writes outside its database is the buyer's alone: the log (and its rotations and
the crash log) and the window's layout are 0600; the layout lives with the data, and the old
shared ``~/.config/Dispute Desk/Dispute Desk.conf`` (0644) is moved in once."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.services import DataDir
from ui.shell import settings_file
from ui.shell.application import setup_logging
from ui.shell.logs import private_log_handler

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_log_and_its_rotations_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        handler = private_log_handler(tmp_path / "dispute-desk.log", 200, 2)
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "order 8123456789012345 " * 5, None, None)
        for _ in range(6):
            handler.emit(record)
        handler.close()
    finally:
        os.umask(old)
    logs = sorted(tmp_path.glob("dispute-desk.log*"))
    assert len(logs) == 3
    assert {mode(p) for p in logs} == {0o600}


@posix_only
def test_the_app_log_and_the_crash_log_are_private(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").ensure()
    old = os.umask(0o022)
    try:
        path = setup_logging(data)
        logging.getLogger("dispute_desk").info("hello")
    finally:
        os.umask(old)
    assert mode(path) == 0o600
    assert mode(path.parent / "crashes.log") == 0o600
    assert mode(path.parent) == 0o700


@posix_only
def test_the_layout_lives_with_the_data_and_the_old_file_moves_in_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    old = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "Dispute Desk", "Dispute Desk")
    old.setValue("window/geometry", b"old-geometry")
    old.sync()
    old_file = Path(old.fileName())
    os.chmod(old_file, 0o644)
    del old
    assert old_file.is_file()
    data = DataDir(tmp_path / "data").ensure()
    settings = settings_file.window_settings(data)
    assert Path(settings.fileName()) == data.root / "window.ini"
    assert settings.value("window/geometry") == b"old-geometry"
    assert not old_file.exists()
    assert mode(data.root / "window.ini") == 0o600
    settings.setValue("list/header", b"x")
    settings_file.keep_private(settings)
    assert mode(data.root / "window.ini") == 0o600
    # Once: a second data folder starts from its own, empty layout.
    other = settings_file.window_settings(DataDir(tmp_path / "other").ensure())
    assert other.value("window/geometry") is None
