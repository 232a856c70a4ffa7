"""GUI tests run offscreen; the clock, database and service fixtures come from tests/conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from ui.common import plurals


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """The app installs its English plural forms at start (ui.shell.application); so do the tests."""
    plurals.install(qapp)


@pytest.fixture(autouse=True)
def no_real_desktop_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window built in a test never sends notifications to the desktop of the machine running
    the tests (the D-Bus tests start a private bus in a process of their own)."""
    from ui.reminders import notifier

    monkeypatch.setattr(notifier, "session_bus_address", lambda env: None)
