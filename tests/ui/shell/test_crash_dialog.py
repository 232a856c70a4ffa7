"""An unexpected error shows what failed, that the data is safe, the log's path and what to send."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import __version__
from ui.shell import crash_dialog
from ui.shell.crash_dialog import CrashDialog, error_report


def _error() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["missing"]
    except KeyError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        return kind, value, tb
    raise AssertionError("unreachable")


def test_the_dialog_names_the_log_and_copies_a_report_without_order_data(
    qtbot: QtBot, tmp_path: Path
) -> None:
    kind, value, tb = _error()
    report = error_report(kind, value, tb)  # type: ignore[arg-type]
    assert report.startswith(f"Dispute Desk {__version__}\n")
    assert "KeyError: 'missing'" in report and "Traceback" in report

    log = tmp_path / "logs" / "dispute-desk.log"
    dialog = CrashDialog("What failed: KeyError: 'missing'", report, log)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(log) in dialog.log_label.text()
    assert dialog.details.toPlainText() == report
    if os.environ.get("DISPUTE_DESK_SHOTS"):
        dialog.grab().save(str(Path(os.environ["DISPUTE_DESK_SHOTS"]) / "crash-dialog.png"))

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"{report}\n\nLog file: {log}"
    dialog.continue_button.click()
    assert not dialog.isVisible()


def test_one_dialog_at_a_time_for_an_error_that_repeats(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def exec_and_error_again(self: CrashDialog) -> int:
        shown.append(self.details.toPlainText())
        crash_dialog.show_crash(*_error(), tmp_path / "x.log")  # type: ignore[arg-type]
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_and_error_again)
    crash_dialog.show_crash(*_error(), tmp_path / "x.log")  # type: ignore[arg-type]
    assert len(shown) == 1
    crash_dialog.show_crash(*_error(), tmp_path / "x.log")  # type: ignore[arg-type]
    assert len(shown) == 2  # once the first is closed, the next error shows again


def test_data_the_window_cannot_open_is_explained_in_a_message_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    crash_dialog.show_refusal("not a Dispute Desk data file", [])
    assert shown == []  # offscreen: nobody would see it
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    crash_dialog.show_refusal("not a Dispute Desk data file", [])
    assert shown == ["Dispute Desk can't open your data.\n\nnot a Dispute Desk data file"]
