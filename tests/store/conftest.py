"""Shared fixtures for the store tests: a frozen clock and a freshly opened data dir."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.clock import FrozenClock
from app.store.store import Store


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 3, 1, 12, 30, 45, tzinfo=UTC))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path, clock: FrozenClock) -> Iterator[Store]:
    database = Store.open(data_dir, clock=clock)
    try:
        yield database
    finally:
        database.close()
