"""GUI tests run offscreen; the clock, database and service fixtures come from tests/conftest.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app import i18n
from ui.common import plurals
from ui.common.locale_format import LocaleFormats


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """The app installs its English plural forms at start (ui.shell.application); so do the tests."""
    plurals.install(qapp)


@pytest.fixture(scope="session", autouse=True)
def english_locale(qapp: QApplication) -> Iterator[None]:
    """The window in English, as start-up sets it where the system names no language (the tests
    run with LANG=C): American English formats, and the core writes numbers and times the same
    way. Tests of other languages set and restore their own."""
    QLocale.setDefault(QLocale("en_US"))
    i18n.set_formats(LocaleFormats())
    yield
    i18n.set_formats(i18n.NeutralFormats())
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def no_real_desktop_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window built in a test never sends notifications to the desktop of the machine running
    the tests (the D-Bus tests start a private bus in a process of their own)."""
    from ui.reminders import notifier

    monkeypatch.setattr(notifier, "session_bus_address", lambda env: None)
