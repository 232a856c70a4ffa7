"""Deadlines stay exact across daylight-saving changes (docs/ARCHITECTURE.md, "Time and money").

A countdown typed in becomes an absolute UTC instant the moment it is entered, and time left is
always ``due - now`` in UTC: "2d 00:00:00" is 172,800 seconds even over the night on which the
clocks in Berlin jump forward or back, so the deadline lands at a different local hour than it
was entered. Local times that don't exist (the spring gap) or exist twice (the autumn overlap)
are refused with a request for an offset. The local zone is switched with ``TZ`` + ``tzset``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

if TYPE_CHECKING:
    from tests.conftest import Cli

try:
    BERLIN: Any = ZoneInfo("Europe/Berlin")
except ZoneInfoNotFoundError:  # pragma: no cover - no tz database on this machine
    BERLIN = None

pytestmark = pytest.mark.skipif(BERLIN is None, reason="needs the Europe/Berlin time zone data")

NUMBER = "8200000000000001"
TWO_DAYS = 2 * 86400


def z(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def berlin(*fields: int, fold: int = 0) -> datetime:
    return datetime(*fields, tzinfo=BERLIN, fold=fold)


@pytest.fixture
def in_berlin(cli: Cli, local_tz: Callable[[str], None]) -> Cli:
    local_tz("Europe/Berlin")
    return cli


def protection(cli: Cli, at: str) -> list[tuple[str, int]]:
    return [
        (d["due"], d["left_seconds"])
        for d in cli.json("deadlines", "--at", at)
        if d["order"] == NUMBER and d["kind"] == "protection_ends"
    ]


def status(cli: Cli, at: str) -> str:
    [order] = cli.json("orders", "--at", at)
    return str(order["status"])


def add_paid_order(cli: Cli, paid: str) -> None:
    cli.ok("add", "--order", NUMBER, "--store", "Berlin Store", "--title", "Kettle", "--total", "24,99 €",
           "--ordered-at", paid, "--paid-at", paid, "--payment-method", "card", "--processing-days", "10")  # fmt: skip


# -- spring: Sunday 2026-03-29, 02:00 CET becomes 03:00 CEST --------------------------------------


def test_spring_two_day_countdown_is_48_hours_and_ends_an_hour_later_on_the_clock(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 3, 28, 12, 0, 0))  # Saturday noon, CET
    add_paid_order(cli, "2026-03-20 10:00")
    document = cli.json(
        "record", NUMBER, "shipped", "--at", "2026-03-28 12:00", "--protection-left", "2d 00:00:00"
    )
    assert document["timeline"][-1]["at"] == "2026-03-28T11:00:00Z"
    due = "2026-03-30T11:00:00Z"
    assert document["timeline"][-1]["protection_ends"] == due
    # 48 real hours: Monday 13:00 on the clock (CEST), not the 12:00 a wall-clock "two days" would say.
    assert due == z(berlin(2026, 3, 30, 13, 0, 0)) != z(berlin(2026, 3, 30, 12, 0, 0))
    assert "2026-03-30 13:00:00 CEST" in cli.ok("show", NUMBER)
    [protection_ends] = [d for d in document["deadlines"] if d["kind"] == "protection_ends"]
    assert (protection_ends["left_seconds"], protection_ends["basis"]) == (TWO_DAYS, "entered")


def test_spring_time_left_is_exact_at_every_moment_across_the_change(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 3, 28, 12, 0, 0))
    add_paid_order(cli, "2026-03-20 10:00")
    cli.ok("record", NUMBER, "shipped", "--protection-left", "2d 00:00:00")  # counts from now
    due = "2026-03-30T11:00:00Z"
    cases = [
        ("2026-03-28 12:00", TWO_DAYS),
        ("2026-03-29 00:00", TWO_DAYS - 12 * 3600),
        ("2026-03-29 01:59:59", TWO_DAYS - 13 * 3600 - 3599),
        # One second later on the clock is 03:00 CEST: one real second has passed.
        ("2026-03-29 03:00", TWO_DAYS - 14 * 3600),
        ("2026-03-29T03:00:00+02:00", TWO_DAYS - 14 * 3600),
        ("2026-03-29T01:00:00Z", TWO_DAYS - 14 * 3600),
        ("2026-03-29 12:00", TWO_DAYS - 23 * 3600),  # noon to noon on the clock: only 23 hours
        ("2026-03-30 12:00", 3600),
        ("2026-03-30 12:59:59", 1),
    ]
    for at, left in cases:
        assert protection(cli, at) == [(due, left)], at
        assert status(cli, at) == "in_transit", at
    assert protection(cli, "2026-03-30 13:00") == []
    assert status(cli, "2026-03-30 13:00") == "completed"


def test_spring_processing_days_and_payment_check_are_whole_24_hour_days(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 3, 28, 12, 0, 0))
    cli.ok("add", "--order", NUMBER, "--store", "S", "--title", "T", "--total", "5", "--currency", "EUR",
           "--ordered-at", "2026-03-28 11:00", "--paid-at", "2026-03-28 11:30", "--processing-days", "3")  # fmt: skip
    document = cli.json("show", NUMBER)
    assert [(d["kind"], d["due"]) for d in document["deadlines"]] == [
        ("payment_check_ends", "2026-03-29T10:30:00Z"),  # 12:30 CEST the next day
        ("ship_by", "2026-04-01T10:30:00Z"),  # 3 days of 24 hours after the check ends
    ]
    assert document["deadlines"][0]["due"] == z(berlin(2026, 3, 29, 12, 30, 0))
    assert status(cli, "2026-03-29 12:29:59") == "payment_check"
    assert status(cli, "2026-03-29 12:30") == "awaiting_shipment"


def test_a_local_time_in_the_spring_gap_is_refused_and_nothing_is_written(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 3, 29, 12, 0, 0))
    add_paid_order(cli, "2026-03-20 10:00")
    message = cli.refused("record", NUMBER, "shipped", "--at", "2026-03-29 02:30", "--protection-left", "2d")
    assert message == (
        "2026-03-29 02:30 does not exist in your time zone (the clocks jump forward); add an offset such as +01:00"
    )
    assert "does not exist" in cli.refused("deadlines", "--at", "2026-03-29 02:00")
    assert "does not exist" in cli.refused("orders", "--at", "2026-03-29 02:59:59")
    assert "does not exist" in cli.refused(
        "add", "--order", "2", "--store", "S", "--title", "T", "--total", "1", "--currency", "EUR",
        "--ordered-at", "2026-03-29 02:15",
    )  # fmt: skip
    # With the offset it names, the same wall time is accepted and exact.
    document = cli.json(
        "record", NUMBER, "shipped", "--at", "2026-03-29 02:30+01:00", "--protection-left", "2d"
    )
    assert (document["timeline"][-1]["at"], document["timeline"][-1]["protection_ends"]) == (
        "2026-03-29T01:30:00Z",
        "2026-03-31T01:30:00Z",
    )


# -- autumn: Sunday 2026-10-25, 03:00 CEST becomes 02:00 CET -------------------------------------


def test_autumn_two_day_countdown_is_48_hours_and_ends_an_hour_earlier_on_the_clock(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 10, 24, 12, 0, 0))  # Saturday noon, CEST
    add_paid_order(cli, "2026-10-20 10:00")
    document = cli.json(
        "record", NUMBER, "shipped", "--at", "2026-10-24 12:00", "--protection-left", "2d 00:00:00"
    )
    assert document["timeline"][-1]["at"] == "2026-10-24T10:00:00Z"
    due = "2026-10-26T10:00:00Z"
    assert document["timeline"][-1]["protection_ends"] == due
    # 48 real hours: Monday 11:00 on the clock (CET), not the 12:00 a wall-clock "two days" would say.
    assert due == z(berlin(2026, 10, 26, 11, 0, 0)) != z(berlin(2026, 10, 26, 12, 0, 0))
    assert "2026-10-26 11:00:00 CET" in cli.ok("show", NUMBER)
    cases = [
        ("2026-10-24 12:00", TWO_DAYS),
        ("2026-10-25 01:59:59", TWO_DAYS - 13 * 3600 - 3599),
        # 02:30 happens twice; each offset names one of them, an hour apart.
        ("2026-10-25 02:30+02:00", TWO_DAYS - 14 * 3600 - 1800),
        ("2026-10-25 02:30+01:00", TWO_DAYS - 15 * 3600 - 1800),
        ("2026-10-25 03:00", TWO_DAYS - 16 * 3600),
        ("2026-10-25 12:00", TWO_DAYS - 25 * 3600),  # noon to noon on the clock: 25 hours
        ("2026-10-26 10:59:59", 1),
    ]
    for at, left in cases:
        assert protection(cli, at) == [(due, left)], at
    assert protection(cli, "2026-10-26 11:00") == []
    assert status(cli, "2026-10-26 11:00") == "completed"


def test_autumn_a_countdown_entered_just_before_the_change(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 10, 25, 1, 0, 0))  # 01:00 CEST, an hour before the first 02:00
    add_paid_order(cli, "2026-10-20 10:00")
    document = cli.json("record", NUMBER, "shipped", "--protection-left", "1d 02:00:00")
    ends = document["timeline"][-1]["protection_ends"]
    assert ends == "2026-10-26T01:00:00Z" == z(berlin(2026, 10, 26, 2, 0, 0))  # 26 h later, 02:00 CET
    assert protection(cli, "2026-10-25T01:00:00+02:00") == [(ends, 26 * 3600)]
    assert protection(cli, "2026-10-25T02:00:00+01:00") == [(ends, 24 * 3600)]


def test_a_local_time_in_the_autumn_overlap_is_refused_and_nothing_is_written(in_berlin: Cli) -> None:
    cli = in_berlin
    cli.clock.set(berlin(2026, 10, 25, 12, 0, 0))
    add_paid_order(cli, "2026-10-20 10:00")
    message = cli.refused("record", NUMBER, "shipped", "--at", "2026-10-25 02:30", "--protection-left", "2d")
    assert message == (
        "2026-10-25 02:30 happens twice in your time zone (the clocks go back); add an offset: "
        "+02:00 for the first time or +01:00 for the second"
    )
    assert "happens twice" in cli.refused("deadlines", "--at", "2026-10-25 02:00")
    # 03:00 is unambiguous again (CET).
    document = cli.json("record", NUMBER, "shipped", "--at", "2026-10-25 03:00", "--protection-left", "2d")
    assert document["timeline"][-1]["protection_ends"] == "2026-10-27T02:00:00Z"


def test_a_countdown_entered_in_another_zone_means_the_same_instant(
    cli: Cli, local_tz: Callable[[str], None]
) -> None:
    """The same moment typed as local time in two zones gives the same deadline."""
    local_tz("America/Los_Angeles")  # AliExpress shows dates in US Pacific time; DST there on 03-08
    cli.clock.set(datetime(2026, 3, 10, 12, 0, 0, tzinfo=UTC))
    add_paid_order(cli, "2026-03-01 10:00")
    document = cli.json("record", NUMBER, "shipped", "--at", "2026-03-07 23:00", "--protection-left", "2d")
    # 23:00 PST (UTC-8) on Saturday; the US change happens on Sunday 03-08 at 02:00.
    assert document["timeline"][-1]["at"] == "2026-03-08T07:00:00Z"
    assert document["timeline"][-1]["protection_ends"] == "2026-03-10T07:00:00Z"
    assert z(datetime(2026, 3, 10, 0, 0, 0, tzinfo=ZoneInfo("America/Los_Angeles"))) == "2026-03-10T07:00:00Z"
    assert protection(cli, "2026-03-09 23:59:59") == [("2026-03-10T07:00:00Z", 1)]
    assert protection(cli, "2026-03-08T07:00:00Z") == [("2026-03-10T07:00:00Z", TWO_DAYS)]
    assert (
        protection(cli, "2026-03-08T07:00:00Z")
        == protection(cli, "2026-03-07 23:00")
        == protection(cli, "2026-03-08T08:00:00+01:00")
    )
