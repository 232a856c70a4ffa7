"""The start-up report: what was crossed or came within 48 hours while the app was closed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.clock import FrozenClock
from app.domain.model import DeadlineKind
from app.services.orders import OrderService
from app.services.report import ReportItem, StartupReport, last_seen, startup_report
from app.services.settings import LAST_SEEN, SettingsService
from app.services.views import NewEvent, NewOrder
from app.store.store import Store

# Tuesday 2026-03-10 12:00 UTC.
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)
K = DeadlineKind


# -- orders, built through the service as the buyer would record them ----------------------------


def unshipped(service: OrderService, number: str = "A1") -> None:
    """Paid six days ago with three processing days after the day-long payment check: the ship-by
    time ran out two days ago."""
    service.add_order(
        NewOrder(number, "Store", "Lamp", Decimal("10"), "USD", paid_at=NOW - 6 * D, processing_days=3)
    )


def shipped_in_time(service: OrderService) -> None:
    """Same ship-by time, but the parcel went out a day before it (recorded only now)."""
    unshipped(service)
    service.record_event("A1", NewEvent("shipped", at=NOW - 3 * D + H, tracking="LP1"))


def protection_ending(service: OrderService) -> None:
    """In transit; buyer protection ends in 30 hours."""
    service.add_order(NewOrder("B2", "Store", "Kettle", Decimal("20"), "USD", paid_at=NOW - 25 * D))
    service.record_event("B2", NewEvent("shipped", at=NOW - 20 * D, protection_ends=NOW + 30 * H))


def cancel_requested(service: OrderService) -> None:
    """Cancellation asked four days ago, paid from the balance: auto-approved two days ago (on
    Sunday), and the refund (one business day, counted from Monday) is expected exactly now."""
    service.add_order(
        NewOrder("C3", "Store", "Mug", Decimal("5"), "USD", paid_at=NOW - 6 * D, payment_method="balance")
    )
    service.record_event("C3", NewEvent("cancel-requested", at=NOW - 4 * D, reason="changed_mind"))


def protection_ran_out_long_ago(service: OrderService) -> None:
    """Protection ended 20 days ago with nothing recorded; the 15 days to open a dispute after
    it ended 5 days ago. Both began and ended within a 30-day absence."""
    service.add_order(NewOrder("E5", "Store", "Tent", Decimal("60"), "USD", paid_at=NOW - 70 * D))
    service.record_event("E5", NewEvent("shipped", at=NOW - 65 * D, protection_ends=NOW - 20 * D))


def trashed(build: Callable[[OrderService], None], number: str) -> Callable[[OrderService], None]:
    def run(service: OrderService) -> None:
        build(service)
        service.trash(number)

    return run


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[OrderService], None]
    away: timedelta | None  # how long the app was closed; None: a first run
    crossed: list[tuple[str, DeadlineKind]]
    came_close: list[tuple[str, DeadlineKind]]


CASES = [
    Case("ship-by crossed though the order moved on", unshipped, 3 * D, [("A1", K.SHIP_BY)], []),
    Case("ship-by already past when the app closed", unshipped, 1 * D, [], []),
    Case("shipped before the ship-by time: not crossed", shipped_in_time, 3 * D, [], []),
    Case("protection end came within 48 h", protection_ending, 3 * D, [], [("B2", K.PROTECTION_ENDS)]),
    Case("protection end was already close", protection_ending, 1 * H, [], []),
    Case(
        "cancellation approved, refund due now",
        cancel_requested,
        3 * D,
        [("C3", K.CANCEL_AUTO_APPROVE), ("C3", K.REFUND_EXPECTED_BY)],
        [],
    ),
    Case(
        "a cancellation recorded and approved while the app was closed",
        cancel_requested,
        5 * D,
        [("C3", K.CANCEL_AUTO_APPROVE), ("C3", K.REFUND_EXPECTED_BY)],
        [],
    ),
    Case(
        "deadlines that began and ended while the app was closed",
        protection_ran_out_long_ago,
        30 * D,
        [("E5", K.REQUEST_EXTENSION_BY), ("E5", K.PROTECTION_ENDS), ("E5", K.DISPUTE_WINDOW_ENDS)],
        [],
    ),
    Case("nothing when since == now", unshipped, timedelta(0), [], []),
    Case("first run", unshipped, None, [], []),
    Case("trash excluded (crossed)", trashed(unshipped, "A1"), 3 * D, [], []),
    Case("trash excluded (came close)", trashed(protection_ending, "B2"), 3 * D, [], []),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_startup_report(case: Case, service: OrderService) -> None:
    case.build(service)
    since = None if case.away is None else NOW - case.away
    report = startup_report(service, since=since, now=NOW)
    assert [(i.order, i.kind) for i in report.crossed] == case.crossed
    assert [(i.order, i.kind) for i in report.came_close] == case.came_close
    assert report.is_empty == (not case.crossed and not case.came_close)


def test_items_carry_due_time_and_advice(service: OrderService) -> None:
    unshipped(service)
    protection_ending(service)
    report = startup_report(service, since=NOW - 3 * D, now=NOW)
    [crossed] = report.crossed
    assert crossed.due == NOW - 2 * D
    assert "ship" in crossed.action
    [close] = report.came_close
    assert close == ReportItem("B2", K.PROTECTION_ENDS, NOW + 30 * H, close.action)
    assert "dispute" in close.action


def test_everything_in_one_report_sorted_by_due_time(service: OrderService) -> None:
    unshipped(service)
    protection_ending(service)
    cancel_requested(service)
    report = startup_report(service, since=NOW - 3 * D - H, now=NOW)
    assert [(i.order, i.kind) for i in report.crossed] == [
        ("A1", K.SHIP_BY),
        ("C3", K.CANCEL_AUTO_APPROVE),
        ("C3", K.REFUND_EXPECTED_BY),
    ]
    assert [i.due for i in report.crossed] == sorted(i.due for i in report.crossed)
    assert [i.order for i in report.came_close] == ["B2"]


def test_an_order_untouched_while_away_is_not_read_again(
    service: OrderService, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing recorded after ``since`` means no event can have closed the deadline in time:
    the report trusts the view as of ``since`` (fast with tens of thousands of orders)."""
    clock.set(NOW - 4 * D)
    unshipped(service)
    clock.set(NOW)

    def no_show(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an unchanged order was read again")

    monkeypatch.setattr(service, "show", no_show)
    report = startup_report(service, NOW - 3 * D, NOW)
    assert [(i.order, i.kind) for i in report.crossed] == [("A1", K.SHIP_BY)]


def test_a_clock_that_went_back_gives_an_empty_report(service: OrderService) -> None:
    unshipped(service)
    assert startup_report(service, since=NOW + D, now=NOW) == StartupReport(NOW + D, NOW)


def test_the_report_writes_nothing(service: OrderService, db: Store) -> None:
    unshipped(service)
    with closing(sqlite3.connect(db.path)) as conn, conn:
        before = list(conn.iterdump())
    startup_report(service, since=NOW - 3 * D, now=NOW)
    with closing(sqlite3.connect(db.path)) as conn, conn:
        assert list(conn.iterdump()) == before


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (None, None),
        (int(NOW.timestamp()), NOW),
        (float(NOW.timestamp()), NOW),
        ("yesterday", None),
        (True, None),
    ],
)
def test_last_seen_reads_epoch_seconds(db: Store, stored: object, expected: datetime | None) -> None:
    settings = SettingsService(db)
    if stored is not None:
        settings.set(LAST_SEEN, stored)
    assert last_seen(settings) == expected
