"""``dispute-desk remind``: the contract's JSON, --dry-run, --at, printing for cron, and the
desktop notifier the ``dispute-desk`` program hands in."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from app.cli import run
from app.clock import FrozenClock
from tests.conftest import Cli

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)  # noon in Berlin


@pytest.fixture
def cli_clock() -> FrozenClock:
    return FrozenClock(NOW)


@pytest.fixture(autouse=True)
def in_berlin(local_tz: Callable[[str], None]) -> None:
    local_tz("Europe/Berlin")


def add(cli: Cli, number: str, ship_by: str) -> None:
    cli.ok("add", "--order", number, "--store", "Lamp Store", "--title", "Desk lamp", "--total", "19.99",
           "--currency", "USD", "--paid-at", "2026-06-07 10:00Z", "--ship-by", ship_by)  # fmt: skip


def test_json_lists_the_reminders_due_soonest_first_once(cli: Cli) -> None:
    add(cli, "8100000000000002", "2026-06-14T10:00:00Z")
    add(cli, "8100000000000001", "2026-06-11T08:00:00Z")
    document = cli.json("remind")
    assert document == [
        {
            "order": "8100000000000001",
            "kind": "ship_by",
            "due": "2026-06-11T08:00:00Z",
            "lead": "24h",
            "title": "Seller must ship in 22 hours",
            "body": "Order 8100000000000001 (Lamp Store): Desk lamp\nDue 2026-06-11 10:00. The seller must "
            "ship by then; otherwise the order closes and the money comes back by itself.",
        },
        {
            "order": "8100000000000002",
            "kind": "ship_by",
            "due": "2026-06-14T10:00:00Z",
            "lead": "7d",
            "title": "Seller must ship in 4 days",
            "body": document[1]["body"],
        },
    ]
    assert cli.json("remind") == []


def test_dry_run_remembers_nothing(cli: Cli) -> None:
    add(cli, "8100000000000001", "2026-06-11T08:00:00Z")
    first = cli.json("remind", "--dry-run")
    assert [r["lead"] for r in first] == ["24h"]
    assert cli.json("remind", "--dry-run") == first
    assert cli.json("remind") == first
    assert cli.json("remind", "--dry-run") == []


def test_at_answers_for_another_time(cli: Cli) -> None:
    add(cli, "8100000000000001", "2026-06-20T10:00:00Z")
    assert cli.json("remind", "--dry-run") == []
    [later] = cli.json("remind", "--dry-run", "--at", "2026-06-19T12:00:00Z")
    assert later["lead"] == "24h"
    assert cli.refused("remind", "--at", "next week").startswith("can't read")


def test_people_get_the_reminders_printed_and_nothing_when_none_is_due(cli: Cli) -> None:
    assert cli.ok("remind") == ""  # cron mails any output: nothing due, nothing printed
    add(cli, "8100000000000001", "2026-06-11T08:00:00Z")
    assert cli.ok("remind") == (
        "Seller must ship in 22 hours\n"
        "    Order 8100000000000001 (Lamp Store): Desk lamp\n"
        "    Due 2026-06-11 10:00. The seller must ship by then; otherwise the order closes and the money "
        "comes back by itself.\n"
    )
    assert cli.ok("remind") == ""


def run_with(cli: Cli, notifier: Callable[[list[Any]], bool], *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(cli.data_dir), *argv], clock=cli.clock, stdout=out, stderr=err, env={},
               notifier=notifier)  # fmt: skip
    assert err.getvalue() == ""
    return code, out.getvalue()


def test_a_desktop_notifier_shows_them_instead_of_printing(cli: Cli) -> None:
    add(cli, "8100000000000001", "2026-06-11T08:00:00Z")
    shown: list[list[Any]] = []

    def desktop(reminders: list[Any]) -> bool:
        shown.append(reminders)
        return True

    code, out = run_with(cli, desktop, "remind", "--dry-run")
    assert code == 0 and out.startswith("Seller must ship in 22 hours\n")
    assert shown == []  # a dry run is printed, never sent to the desktop
    code, out = run_with(cli, desktop, "remind")
    assert (code, out) == (0, "1 reminder shown on the desktop\n")
    assert [[r.order for r in batch] for batch in shown] == [["8100000000000001"]]
    assert cli.json("remind") == []


def test_no_desktop_session_means_printing(cli: Cli) -> None:
    add(cli, "8100000000000001", "2026-06-11T08:00:00Z")
    code, out = run_with(cli, lambda reminders: False, "remind")
    assert code == 0 and out.startswith("Seller must ship in 22 hours\n")
    assert cli.json("remind") == []


def test_json_never_goes_to_the_desktop(cli: Cli) -> None:
    add(cli, "8100000000000001", "2026-06-11T08:00:00Z")
    called: list[int] = []

    def desktop(reminders: list[Any]) -> bool:
        called.append(1)
        return True

    code, out = run_with(cli, desktop, "remind", "--json")
    assert code == 0 and '"lead": "24h"' in out and called == []
