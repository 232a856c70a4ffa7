"""A data dir holding the hand-worked history of the insights tests, and services on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services import Services, open_services
from tests.app.insight_history import build_history
from tests.conftest import Cli


@pytest.fixture
def history_services(cli: Cli) -> Iterator[Services]:
    build_history(cli)
    services = open_services(cli.data_dir, cli.clock)
    yield services
    services.close()
