"""Fixtures for the GUI tests: offscreen Qt, a frozen clock, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.clock import FrozenClock
from app.services.orders import OrderService
from app.store.database import Database

# Every GUI test starts at Tuesday 2026-03-10 12:00:00 UTC unless it moves the clock.
UI_NOW = datetime(2026, 3, 10, 12, 0, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(UI_NOW)


@pytest.fixture
def database(tmp_path: Path, clock: FrozenClock) -> Iterator[Database]:
    db = Database.open(tmp_path / "data", clock=clock)
    yield db
    db.close()


@pytest.fixture
def service(database: Database, clock: FrozenClock) -> OrderService:
    return OrderService(database, clock)
