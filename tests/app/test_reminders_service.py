"""Reminders with a frozen clock: lead times crossed (several at once, the app closed for days),
quiet hours and pauses (daylight-saving nights included), and once only across the window, the
command line and a restart."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.clock import FrozenClock
from app.domain.model import DeadlineKind
from app.domain.reminders import QuietHours
from app.services import Services, open_services
from app.services.reminders import BY_APP, Reminder, heading_words
from app.services.views import NewEvent, NewOrder
from tests.conftest import Cli

BERLIN: Any = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)  # a Wednesday, 12:00 in Berlin: no quiet hours
NUMBER = "8100000000000001"


@pytest.fixture
def cli_clock() -> FrozenClock:
    return FrozenClock(NOW)


@pytest.fixture(autouse=True)
def in_berlin(local_tz: Callable[[str], None]) -> None:
    """The computer's clock is Berlin's: quiet hours (22:00-08:00) are on Berlin's wall clock."""
    local_tz("Europe/Berlin")


@pytest.fixture
def services(cli: Cli) -> Iterator[Services]:
    opened = open_services(cli.data_dir, cli.clock)
    yield opened
    opened.close()


def add_order(services: Services, number: str, ship_by: datetime, **extra: Any) -> None:
    """A paid order whose one open deadline is the seller's ship-by time. Paid from the
    marketplace balance, so the refund after a missed ship-by is expected within a business day."""
    extra.setdefault("payment_method", "balance")
    services.orders.add_order(
        NewOrder(
            number,
            "Lamp Store",
            "Desk lamp",
            Decimal("19.99"),
            "USD",
            paid_at=services.clock.now() - timedelta(days=3),
            ship_by=ship_by,
            **extra,
        )
    )


def summary(reminders: list[Reminder]) -> list[tuple[str, str, str]]:
    return [(r.order, r.kind.value, r.lead) for r in reminders]


def test_a_deadline_far_away_gets_nothing_and_then_the_week_lead(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    add_order(services, NUMBER, NOW + timedelta(days=10))
    assert services.reminders.give() == []
    clock.advance(timedelta(days=3, minutes=1))
    [reminder] = services.reminders.give()
    assert (reminder.order, reminder.kind.value, reminder.lead) == (NUMBER, "ship_by", "7d")
    assert reminder.due == NOW + timedelta(days=10)
    assert reminder.left == timedelta(days=6, hours=23, minutes=59)
    assert reminder.title == "Seller must ship in 7 days"
    assert f"Order {NUMBER} (Lamp Store): Desk lamp" in reminder.body
    assert "The seller must ship by then" in reminder.body
    assert services.reminders.give() == []  # given: never again


def test_several_leads_crossed_at_once_give_only_the_shortest(services: Services) -> None:
    add_order(services, NUMBER, NOW + timedelta(hours=20))
    assert summary(services.reminders.give()) == [(NUMBER, "ship_by", "24h")]
    assert services.reminders.give() == []


def test_the_app_closed_for_days_gives_the_shortest_lead_then_the_next(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    add_order(services, NUMBER, NOW + timedelta(days=10))
    assert services.reminders.give() == []
    clock.advance(timedelta(days=9, hours=4))  # closed all that time: 20 hours left
    assert summary(services.reminders.give()) == [(NUMBER, "ship_by", "24h")]
    clock.advance(timedelta(hours=18, minutes=30))  # 1.5 hours left, 10:30 in the morning
    assert summary(services.reminders.give()) == [(NUMBER, "ship_by", "2h")]
    clock.advance(timedelta(hours=2))  # passed: not reminded; the order closed, a refund is due
    assert summary(services.reminders.give()) == [(NUMBER, "refund_expected_by", "7d")]


def test_passed_trashed_and_sample_orders_are_not_reminded(services: Services, cli: Cli) -> None:
    add_order(services, "1", NOW + timedelta(hours=5))
    add_order(services, "2", NOW + timedelta(hours=5))
    add_order(services, "3", NOW - timedelta(hours=1))
    services.orders.trash("2")
    cli.ok("demo", "--orders", "50", "--seed", "3")  # sample orders: plenty of deadlines near
    # "3" missed its ship-by time: the refund it brings (due within a business day, so the 24-hour
    # lead is the shortest crossed) is reminded, the passed deadline is not.
    assert summary(services.reminders.due()) == [("1", "ship_by", "24h"), ("3", "refund_expected_by", "24h")]


def test_soonest_deadline_first_and_the_next_deadline_of_an_order_is_not_the_only_one(
    services: Services,
) -> None:
    add_order(services, "late", NOW + timedelta(days=5))
    add_order(services, "soon", NOW + timedelta(hours=30))
    # An order in transit: protection ends in 9 days; asking for an extension is due in 2.
    services.orders.add_order(
        NewOrder("transit", "Store", "Kettle", Decimal("5"), "EUR", paid_at=NOW - timedelta(days=20))
    )
    services.orders.record_event(
        "transit", NewEvent("shipped", at=NOW - timedelta(days=15), protection_ends=NOW + timedelta(days=9))
    )
    assert summary(services.reminders.give()) == [
        ("soon", "ship_by", "48h"),
        ("transit", "request_extension_by", "48h"),
        ("late", "ship_by", "7d"),
    ]


def test_an_order_that_moved_on_by_time_is_derived_again(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    services.orders.add_order(
        NewOrder(NUMBER, "Store", "Kettle", Decimal("5"), "EUR", paid_at=NOW - timedelta(days=20))
    )
    services.orders.record_event(
        NUMBER, NewEvent("shipped", at=NOW - timedelta(days=15), protection_ends=NOW + timedelta(hours=1))
    )
    services.reminders.give()
    # Protection ends with the app closed; 15 days to open a dispute begin. Nine days later:
    clock.advance(timedelta(days=9, hours=1))
    [reminder] = services.reminders.give()
    assert (reminder.kind.value, reminder.lead) == ("dispute_window_ends", "7d")
    assert services.listing.stale_ids(int(clock.now().timestamp())) == []  # the fresh cache was kept


def test_a_running_service_sees_deadlines_that_changed_since_its_last_look(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    services.orders.add_order(
        NewOrder(NUMBER, "Store", "Kettle", Decimal("5"), "EUR", paid_at=NOW - timedelta(days=20))
    )
    services.orders.record_event(
        NUMBER, NewEvent("shipped", at=NOW - timedelta(days=15), protection_ends=NOW + timedelta(hours=30))
    )
    assert summary(services.reminders.give()) == [(NUMBER, "protection_ends", "48h")]
    # The seller extended protection by ten days (typed from the order page).
    services.orders.record_event(
        NUMBER, NewEvent("protection-extended", protection_ends=NOW + timedelta(days=10))
    )
    assert summary(services.reminders.give()) == [(NUMBER, "request_extension_by", "7d")]
    clock.advance(timedelta(days=10) - timedelta(hours=47))
    assert summary(services.reminders.give()) == [(NUMBER, "protection_ends", "48h")]  # the new end
    services.orders.trash(NUMBER)
    clock.advance(timedelta(hours=30))
    assert services.reminders.give() == []  # in the trash now


def test_once_only_across_the_window_the_command_line_and_a_restart(services: Services, cli: Cli) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    add_order(services, NUMBER, NOW + timedelta(days=6))
    assert summary(services.reminders.give(given_by=BY_APP)) == [(NUMBER, "ship_by", "7d")]
    assert cli.json("remind") == []  # the window gave it
    services.close()  # the window closes; a restart opens the file again
    assert services.reminders.give() == []
    clock.advance(timedelta(days=4, hours=1))  # 47 hours left: the command line asks first
    [printed] = cli.json("remind")
    assert (printed["lead"], printed["kind"]) == ("48h", "ship_by")
    assert services.reminders.give() == []
    with services.orders.store.read() as tx:
        assert tx.count_reminders() == 2


def test_two_askers_at_once_give_each_reminder_once(cli: Cli) -> None:
    first, second = open_services(cli.data_dir, cli.clock), open_services(cli.data_dir, cli.clock)
    try:
        for n in range(20):
            add_order(first, f"81000000000000{n:02d}", NOW + timedelta(hours=1 + n))
        given: list[list[Reminder]] = []
        start = threading.Barrier(2)

        def ask(services: Services) -> None:
            start.wait()
            given.append(services.reminders.give())

        threads = [threading.Thread(target=ask, args=(s,)) for s in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(len(batch) for batch in given) == [0, 20]
    finally:
        first.close()
        second.close()


def test_a_failed_delivery_remembers_nothing(services: Services) -> None:
    add_order(services, NUMBER, NOW + timedelta(hours=5))

    def broken(_reminders: list[Reminder]) -> None:
        raise OSError("the desktop went away")

    with pytest.raises(OSError):
        services.reminders.give(deliver=broken)
    assert summary(services.reminders.give()) == [(NUMBER, "ship_by", "24h")]


def test_the_lead_times_come_from_the_rules_as_written(services: Services) -> None:
    services.rules.set("reminder_leads", ["3 days", "90m"])
    add_order(services, NUMBER, NOW + timedelta(days=2))
    assert summary(services.reminders.give()) == [(NUMBER, "ship_by", "3 days")]
    services.rules.set("reminder_leads", [])
    assert services.reminders.due(NOW + timedelta(days=2) - timedelta(minutes=30)) == []


def test_changing_the_lead_times_does_not_recalculate_every_order(services: Services) -> None:
    calls: list[int] = []
    services.rules.when_changed(lambda: calls.append(1))
    services.rules.set("reminder_leads", ["1d"])
    assert calls == []
    services.rules.set("escalation_days", 10)
    assert calls == [1]


# -- quiet hours and pauses ------------------------------------------------------------------------


def berlin(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=BERLIN).astimezone(UTC)


def test_quiet_hours_hold_a_reminder_until_the_morning(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    clock.set(berlin(2026, 6, 10, 23, 0))
    add_order(services, NUMBER, berlin(2026, 6, 11, 21, 0))  # 22 hours away: the 24h lead crossed
    assert services.reminders.give(tz=BERLIN) == []
    clock.set(berlin(2026, 6, 11, 7, 59))
    assert services.reminders.give(tz=BERLIN) == []
    clock.set(berlin(2026, 6, 11, 8, 0))
    assert summary(services.reminders.give(tz=BERLIN)) == [(NUMBER, "ship_by", "24h")]


def test_a_deadline_that_would_pass_in_quiet_hours_is_reminded_at_once(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    clock.set(berlin(2026, 6, 10, 23, 0))
    add_order(services, "night", berlin(2026, 6, 11, 0, 30))
    add_order(services, "morning", berlin(2026, 6, 11, 9, 0))
    assert summary(services.reminders.give(tz=BERLIN)) == [("night", "ship_by", "2h")]


def test_quiet_hours_on_the_spring_night_end_at_eight_summer_time(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    clock.set(berlin(2026, 3, 28, 23, 0))  # clocks jump from 02:00 to 03:00 tonight
    add_order(services, NUMBER, berlin(2026, 3, 29, 20, 0))
    clock.set(datetime(2026, 3, 29, 5, 59, tzinfo=UTC))  # 07:59 CEST
    assert services.reminders.give(tz=BERLIN) == []
    clock.set(datetime(2026, 3, 29, 6, 0, tzinfo=UTC))  # 08:00 CEST
    assert summary(services.reminders.give(tz=BERLIN)) == [(NUMBER, "ship_by", "24h")]


def test_quiet_hours_are_kept_with_the_data_and_can_be_switched_off(services: Services) -> None:
    assert services.reminders.quiet_hours() == QuietHours(time(22), time(8), True)
    services.reminders.set_quiet_hours(QuietHours(time(21, 30), time(7), False))
    assert services.reminders.quiet_hours() == QuietHours(time(21, 30), time(7), False)
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    clock.set(berlin(2026, 6, 10, 23, 0))
    add_order(services, NUMBER, berlin(2026, 6, 11, 21, 0))
    assert len(services.reminders.give(tz=BERLIN)) == 1


def test_a_pause_holds_reminders_except_for_deadlines_passing_meanwhile(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, FrozenClock)
    services.reminders.pause(NOW + timedelta(hours=1))
    assert services.reminders.paused_until() == NOW + timedelta(hours=1)
    add_order(services, "soon", NOW + timedelta(minutes=40))
    add_order(services, "later", NOW + timedelta(hours=5))
    assert summary(services.reminders.give(tz=BERLIN)) == [("soon", "ship_by", "2h")]
    clock.advance(timedelta(hours=1))
    assert services.reminders.paused_until() is None
    assert summary(services.reminders.give(tz=BERLIN)) == [
        ("later", "ship_by", "24h"),
        ("soon", "refund_expected_by", "24h"),  # "soon" passed meanwhile: its refund is due next
    ]


def test_resume_ends_a_pause(services: Services) -> None:
    services.reminders.pause(NOW + timedelta(hours=2))
    add_order(services, NUMBER, NOW + timedelta(hours=5))
    assert services.reminders.give(tz=BERLIN) == []
    services.reminders.resume()
    assert len(services.reminders.give(tz=BERLIN)) == 1


@pytest.mark.parametrize(
    ("left", "words"),
    [
        (timedelta(days=7), "7 days"),
        (timedelta(days=6, hours=23, minutes=59), "7 days"),
        (timedelta(hours=71), "71 hours"),
        (timedelta(hours=48), "48 hours"),
        (timedelta(hours=2), "2 hours"),
        (timedelta(minutes=100), "2 hours"),
        (timedelta(minutes=80), "1 hour"),
        (timedelta(minutes=59), "59 minutes"),
        (timedelta(seconds=20), "1 minute"),
    ],
)
def test_time_left_in_words(left: timedelta, words: str) -> None:
    assert heading_words(DeadlineKind.SHIP_BY, left) == f"Seller must ship in {words}"
