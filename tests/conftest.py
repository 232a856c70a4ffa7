"""Fixtures shared by the CLI, service and DST tests: a CLI runner on a private data dir with a
frozen clock, a dump of every table to prove that a refused action wrote nothing, a switch
of the process's local time zone, and the Russian drafts' catalog."""

from __future__ import annotations

import io
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from app.clock import FrozenClock
from app.services.orders import OrderService
from app.store.store import Store

PREFIX = "dispute-desk: "
# The clock of every CLI test unless a test moves it: Tuesday 2026-03-10 12:00:00 UTC.
CLI_NOW = datetime(2026, 3, 10, 12, 0, 0, tzinfo=UTC)


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``app.cli.run`` in-process with StringIO streams, an empty environment, a frozen
    clock and ``--data-dir`` set to a pytest tmp dir."""

    def __init__(self, data_dir: Path, clock: FrozenClock) -> None:
        self.data_dir = data_dir
        self.clock = clock

    @property
    def database(self) -> Path:
        return self.data_dir / "dispute-desk.sqlite3"

    def __call__(self, *argv: str, env: dict[str, str] | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        code = run(
            ["--data-dir", str(self.data_dir), *argv],
            clock=self.clock,
            stdout=out,
            stderr=err,
            env={} if env is None else env,
        )
        return CliResult(code, out.getvalue(), err.getvalue())

    def ok(self, *argv: str) -> str:
        result = self(*argv)
        assert (result.code, result.err) == (0, ""), result
        return result.out

    def json(self, *argv: str) -> Any:
        """Run with ``--json``: exit 0, nothing on stderr, exactly one JSON document on stdout."""
        result = self(*argv, "--json")
        assert (result.code, result.err) == (0, ""), result
        # json.loads refuses trailing data, so this also proves there is nothing but the document.
        return json.loads(result.out)

    def dump(self) -> list[str]:
        """Every row of every table (and the schema), as SQL text."""
        if not self.database.exists():
            return []
        conn = sqlite3.connect(self.database)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()

    def refused(self, *argv: str, code: int = 2) -> str:
        """Run a command that must be refused: exit ``code``, exactly one line on stderr that
        starts with the program's name, no traceback, nothing on stdout and nothing written.
        Returns the message without the prefix."""
        before = self.dump()
        result = self(*argv)
        after = self.dump()
        assert result.code == code, result
        assert result.out == "", result
        assert result.err.endswith("\n") and result.err.count("\n") == 1, result
        assert result.err.startswith(PREFIX), result
        assert "Traceback" not in result.err
        assert before == after, "a refused command changed the database"
        return result.err[len(PREFIX) : -1]


@pytest.fixture
def cli_clock() -> FrozenClock:
    return FrozenClock(CLI_NOW)


@pytest.fixture
def cli(tmp_path: Path, cli_clock: FrozenClock) -> Cli:
    return Cli(tmp_path / "data", cli_clock)


@pytest.fixture
def make_cli(cli_clock: FrozenClock) -> Callable[[Path], Cli]:
    """Another runner with the same clock, on the data dir given."""
    return lambda data_dir: Cli(data_dir, cli_clock)


@pytest.fixture
def local_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``local_tz("Europe/Berlin")`` makes that zone the process's local time (POSIX only);
    the previous zone comes back after the test."""
    if not hasattr(time, "tzset"):
        pytest.skip("switching the local time zone needs time.tzset (not on Windows)")

    def switch(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


# -- a service on a fresh database, for service and GUI tests ------------------------------------

# The clock of every service and GUI test unless a test file overrides ``clock``: the CLI's.
TEST_NOW = CLI_NOW


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(TEST_NOW)


@pytest.fixture
def database(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = Store.open(tmp_path / "data", clock=clock)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def db(database: Store) -> Store:
    return database


@pytest.fixture
def service(database: Store, clock: FrozenClock) -> OrderService:
    return OrderService(database, clock)


@pytest.fixture(scope="session")
def russian_drafts_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.i18n.fixture_catalogs import RUSSIAN_DRAFTS, build

    folder = tmp_path_factory.mktemp("catalogs")
    build(RUSSIAN_DRAFTS, folder, "ru")
    return folder


@pytest.fixture
def russian_drafts(monkeypatch: pytest.MonkeyPatch, russian_drafts_folder: Path) -> Iterator[None]:
    """The drafts to the seller and the platform speak Russian when asked (``message_ru``), from
    ``tests/fixtures/i18n/drafts_ru.ts`` rather than the shipped catalogs."""
    from app import i18n
    from tests.i18n.fixture_catalogs import install

    install(monkeypatch, russian_drafts_folder)
    yield
    i18n.reset_catalogs()
