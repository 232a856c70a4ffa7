"""A ship-by time stored after payment: ``edit_order(number, {"ship_by": when})`` records an
``edited`` event with the old and new times, the fold applies it as an entered time (it beats
the estimate from processing days), and the list cache follows in the same transaction. It is
refused, writing nothing, when the order isn't paid, has shipped, or the time isn't after the
payment."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.domain.model import Basis, DeadlineKind
from app.domain.timeutil import epoch
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from app.store.store import Store

NUMBER = "8123456789012345"


def add(service: OrderService, clock: FrozenClock, **changes: Any) -> None:
    now = clock.now()
    fields: dict[str, Any] = {
        "number": NUMBER,
        "store": "Gadget Store",
        "title": "USB-C cable",
        "total": Decimal("12.34"),
        "currency": "USD",
        "ordered_at": now - timedelta(days=2, hours=1),
        "paid_at": now - timedelta(days=2),
    }
    fields.update(changes)
    service.add_order(NewOrder(**fields))


def ship_by_deadline(service: OrderService) -> tuple[datetime, Basis] | None:
    found = [d for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.SHIP_BY]
    return (found[0].due, found[0].basis) if found else None


def dump(db: Store) -> list[str]:
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_stored_ship_by_shows_as_an_entered_deadline(service: OrderService, clock: FrozenClock) -> None:
    add(service, clock)
    # Not known yet: an estimate from the usual processing time (7 days after the payment check),
    # which says what to enter for the real deadline.
    [estimate] = [d for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.SHIP_BY]
    assert (estimate.due, estimate.basis, estimate.missing) == (
        clock.now() + timedelta(days=6),
        Basis.ESTIMATED,
        "processing_time",
    )
    assert "Enter the processing time" in estimate.action
    due = clock.now() + timedelta(days=3)
    detail = service.edit_order(NUMBER, {"ship_by": due})
    assert [(d.kind, d.due, d.basis) for d in detail.deadlines if d.kind is DeadlineKind.SHIP_BY] == [
        (DeadlineKind.SHIP_BY, due, Basis.ENTERED)
    ]
    assert ship_by_deadline(service) == (due, Basis.ENTERED)
    assert service.advise_cancel(NUMBER, "out_of_stock").missing == ()


def test_the_list_cache_follows_the_stored_ship_by(
    service: OrderService, clock: FrozenClock, database: Store
) -> None:
    add(service, clock)
    due = clock.now() + timedelta(days=3)
    service.edit_order(NUMBER, {"ship_by": due})
    conn = sqlite3.connect(database.path)
    try:
        kind, next_due = conn.execute(
            "SELECT next_deadline_kind, next_deadline_due FROM orders WHERE number = ?", (NUMBER,)
        ).fetchone()
    finally:
        conn.close()
    assert (kind, next_due) == (DeadlineKind.SHIP_BY.value, epoch(due))


def test_an_entered_ship_by_beats_the_estimate_from_processing_days(
    service: OrderService, clock: FrozenClock
) -> None:
    add(service, clock, processing_days=7)
    estimated = ship_by_deadline(service)
    assert estimated == (clock.now() + timedelta(days=6), Basis.ESTIMATED)  # from the check's end
    due = clock.now() + timedelta(days=9, hours=3)
    service.edit_order(NUMBER, {"ship_by": due})
    assert ship_by_deadline(service) == (due, Basis.ENTERED)


def test_the_timeline_keeps_the_old_and_the_new_time(service: OrderService, clock: FrozenClock) -> None:
    add(service, clock)
    first = clock.now() + timedelta(days=3)
    service.edit_order(NUMBER, {"ship_by": first})
    clock.advance(timedelta(hours=1))
    second = datetime(2026, 3, 20, 8, 30, tzinfo=UTC)
    service.edit_order(NUMBER, {"ship_by": second, "note": "seller extended processing"})
    edits = [entry for entry in service.show(NUMBER).timeline if entry.kind == "edited"]
    assert [entry.data["changes"].get("ship_by") for entry in edits] == [
        [None, first.strftime("%Y-%m-%dT%H:%M:%SZ")],
        [first.strftime("%Y-%m-%dT%H:%M:%SZ"), "2026-03-20T08:30:00Z"],
    ]
    assert edits[1].data["changes"]["note"] == ["", "seller extended processing"]
    assert ship_by_deadline(service) == (second, Basis.ENTERED)


def test_the_same_time_again_records_nothing(service: OrderService, clock: FrozenClock) -> None:
    add(service, clock)
    due = clock.now() + timedelta(days=3)
    service.edit_order(NUMBER, {"ship_by": due})
    service.edit_order(NUMBER, {"ship_by": due})
    assert [entry.kind for entry in service.show(NUMBER).timeline].count("edited") == 1


def test_an_order_with_a_cancel_request_pending_takes_a_ship_by(
    service: OrderService, clock: FrozenClock
) -> None:
    add(service, clock)
    service.record_event(NUMBER, NewEvent(kind="cancel-requested", reason="changed_mind"))
    due = clock.now() + timedelta(days=3)
    service.edit_order(NUMBER, {"ship_by": due})
    assert ship_by_deadline(service) == (due, Basis.ENTERED)


@pytest.mark.parametrize(
    ("setup", "ship_by", "message"),
    [
        ("unpaid", timedelta(days=3), "isn't paid yet"),
        ("shipped", timedelta(days=3), "can't be changed any more: the order has shipped"),
        ("cancelled", timedelta(days=3), "can't be changed any more: a refund is on its way"),
        ("paid", -timedelta(days=2), "must be after the payment"),
        ("paid", -timedelta(days=3), "must be after the payment"),
        ("naive", timedelta(days=3), "time zone"),
        ("text", timedelta(days=3), "time zone"),
    ],
)
def test_refusals_write_nothing(
    service: OrderService,
    clock: FrozenClock,
    database: Store,
    setup: str,
    ship_by: timedelta,
    message: str,
) -> None:
    if setup == "unpaid":
        add(service, clock, paid_at=None)
    else:
        add(service, clock)
    if setup == "shipped":
        service.record_event(NUMBER, NewEvent(kind="shipped", tracking="LP00123456789CN"))
    if setup == "cancelled":
        service.record_event(NUMBER, NewEvent(kind="cancelled", reason="changed_mind"))
    value: Any = clock.now() + ship_by
    if setup == "naive":
        value = value.replace(tzinfo=None)
    if setup == "text":
        value = value.isoformat()
    before = dump(database)
    with pytest.raises(Refused, match=message):
        service.edit_order(NUMBER, {"ship_by": value, "title": "Changed"})
    assert dump(database) == before
