"""The calendar file to subscribe to: off until switched on, written at a fixed place, rewritten
when a deadline changes (not for the time stamp alone), removed when switched off; the
``remind`` command keeps it current while the app is closed."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import icalendar

from app.clock import FrozenClock
from app.services.calendar_feed import feed_enabled, feed_path, refresh_feed, set_feed_enabled
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from tests.conftest import Cli


def summaries(service: OrderService) -> list[str]:
    calendar = icalendar.Calendar.from_ical(feed_path(service.store.data_dir).read_bytes())
    return sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))


def add(service: OrderService, number: str) -> None:
    now = service.clock.now()
    service.add_order(NewOrder(number, "Store", "Lamp", Decimal("9.99"), "USD", paid_at=now - timedelta(days=3),
                               ship_by=now + timedelta(days=5)))  # fmt: skip


def test_off_by_default_and_written_when_switched_on(service: OrderService) -> None:
    add(service, "1")
    assert not feed_enabled(service)
    assert refresh_feed(service) is False
    path = feed_path(service.store.data_dir)
    assert not path.exists()
    set_feed_enabled(service, True)
    assert path == service.store.data_dir.root / "calendar" / "dispute-desk-deadlines.ics"
    assert summaries(service) == ["Seller must ship: order 1 (Store)"]


def test_rewritten_when_a_deadline_changes_not_when_time_passes(
    service: OrderService, clock: FrozenClock
) -> None:
    add(service, "1")
    set_feed_enabled(service, True)
    clock.advance(timedelta(minutes=5))
    assert refresh_feed(service) is False  # only DTSTAMP would differ
    add(service, "2")
    assert refresh_feed(service) is True
    assert summaries(service) == ["Seller must ship: order 1 (Store)", "Seller must ship: order 2 (Store)"]
    service.record_event("1", NewEvent("shipped", protection_left=timedelta(days=30)))
    assert refresh_feed(service) is True
    assert "Buyer protection ends: order 1 (Store)" in summaries(service)


def test_switched_off_removes_the_file(service: OrderService) -> None:
    add(service, "1")
    set_feed_enabled(service, True)
    set_feed_enabled(service, False)
    assert not feed_path(service.store.data_dir).exists()
    assert refresh_feed(service) is False


def test_the_remind_command_keeps_the_file_current(cli: Cli) -> None:
    cli.ok("add", "--order", "1", "--store", "Store", "--title", "Lamp", "--total", "9.99", "--currency", "USD",
           "--paid-at", "2026-03-07 12:00Z", "--ship-by", "2026-03-20 12:00Z")  # fmt: skip
    cli.ok("remind")
    assert not feed_path(cli.data_dir).exists()  # not switched on
    cli.ok("rules")  # nothing else either
    from app.services import open_services

    services = open_services(cli.data_dir, cli.clock)
    try:
        set_feed_enabled(services.orders, True)
        cli.ok("add", "--order", "2", "--store", "Store", "--title", "Kettle", "--total", "9.99", "--currency",
               "USD", "--paid-at", "2026-03-07 12:00Z", "--ship-by", "2026-03-21 12:00Z")  # fmt: skip
        cli.ok("remind")
        assert summaries(services.orders) == [
            "Seller must ship: order 1 (Store)",
            "Seller must ship: order 2 (Store)",
        ]
    finally:
        services.close()
