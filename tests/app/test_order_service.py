"""OrderService: the list cache follows the events, in the same transaction, and stays honest.

The orders table caches each order's status and deadlines (with the span of time for which
they hold) so that lists are one plain query. These tests read that cache with raw SQL and
compare it with a fresh derivation from the events, after writes, after time passes, after a
rule change, and check that "as of" questions and refusals write nothing.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.clock import FrozenClock
from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.model import DeadlineKind, Status
from app.domain.timeutil import epoch
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from app.store.codec import cache_columns
from app.store.store import Store
from app.store.transaction import Transaction

T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # a Monday
CACHE_COLUMNS = (
    "status",
    "next_deadline_kind",
    "next_deadline_due",
    "deadlines_json",
    "cache_valid_from",
    "cache_valid_until",
)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(T0 + timedelta(days=1))


def new_order(number: str, **changes: Any) -> NewOrder:
    fields: dict[str, Any] = {
        "number": number,
        "store": "Gadget Store",
        "title": "Cable",
        "total": Decimal("100.00"),
        "currency": "USD",
        "ordered_at": T0,
    }
    fields.update(changes)
    return NewOrder(**fields)


def raw_cache(db: Store, number: str) -> dict[str, Any]:
    conn = sqlite3.connect(db.path)
    try:
        row = conn.execute(
            f"SELECT {', '.join(CACHE_COLUMNS)} FROM orders WHERE number = ?", (number,)
        ).fetchone()
    finally:
        conn.close()
    assert row is not None
    return dict(zip(CACHE_COLUMNS, row, strict=True))


def fresh_cache(db: Store, service: OrderService, number: str, now: datetime) -> dict[str, Any]:
    """The cache columns as a derivation from the stored events gives them, from scratch."""
    with db.read() as tx:
        order = tx.order(number)
        assert order is not None
        events = tx.events(order.id)
    return cache_columns(derive(order.facts, events, service.rules.profile(), now))._asdict()


def dump(db: Store) -> list[str]:
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def event_count(db: Store) -> int:
    conn = sqlite3.connect(db.path)
    try:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        conn.close()


def deadlines_in_cache(db: Store, number: str) -> dict[str, int]:
    return {kind: due for kind, due, _basis in json.loads(raw_cache(db, number)["deadlines_json"])}


# -- the cache follows every write --------------------------------------------------------------


def test_every_write_leaves_a_cache_that_matches_a_fresh_derivation(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    detail = service.add_order(
        new_order("1", paid_at=T0 + timedelta(minutes=5), payment_method="card", processing_days=7)
    )
    assert raw_cache(db, "1") == fresh_cache(db, service, "1", clock.now())
    assert raw_cache(db, "1")["status"] == detail.status.value == "payment_check"
    steps = [
        NewEvent("shipped", at=T0 + timedelta(days=2), tracking="LP1", protection_left=timedelta(days=30)),
        NewEvent("tracking-update", at=T0 + timedelta(days=4), tracking="RB2CN"),
        NewEvent(
            "dispute-opened", at=T0 + timedelta(days=14), reason="tracking_stalled", refund=Decimal("100.00")
        ),
        NewEvent("seller-responded", at=T0 + timedelta(days=15), offer=Decimal("20.00")),
        NewEvent("escalated", at=T0 + timedelta(days=16)),
        NewEvent("decided", at=T0 + timedelta(days=18), outcome="full"),
        NewEvent("refund-received", at=T0 + timedelta(days=25), amount=Decimal("100.00")),
        NewEvent("note", note="all done"),
    ]
    expected_status = [
        "in_transit",
        "in_transit",
        "dispute_open",
        "dispute_open",
        "dispute_escalated",
        "refund_pending",
        "refunded",
        "refunded",
    ]
    for step, status in zip(steps, expected_status, strict=True):
        clock.set(max(clock.now(), (step.at or clock.now()) + timedelta(hours=1)))
        detail = service.record_event("1", step)
        cache = raw_cache(db, "1")
        assert cache == fresh_cache(db, service, "1", clock.now()), step.kind
        assert cache["status"] == detail.status.value == status, step.kind
        nxt = detail.deadlines[0] if detail.deadlines else None
        assert cache["next_deadline_kind"] == (nxt.kind.value if nxt else None)
        assert cache["next_deadline_due"] == (epoch(nxt.due) if nxt else None)
        assert cache["cache_valid_from"] is not None and cache["cache_valid_from"] <= epoch(clock.now())


def test_the_cache_after_shipping_holds_exactly_until_the_next_deadline(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    service.add_order(new_order("1", paid_at=T0, processing_days=7))
    clock.set(T0 + timedelta(days=3))
    service.record_event(
        "1", NewEvent("shipped", at=T0 + timedelta(days=2), protection_left=timedelta(days=30))
    )
    shipped = T0 + timedelta(days=2)
    ends = shipped + timedelta(days=30)
    cache = raw_cache(db, "1")
    assert cache["status"] == "in_transit"
    assert deadlines_in_cache(db, "1") == {
        "not_received_dispute_opens": epoch(shipped + timedelta(days=11)),
        "request_extension_by": epoch(ends - timedelta(days=7)),
        "protection_ends": epoch(ends),
    }
    assert cache["next_deadline_kind"] == "not_received_dispute_opens"
    assert cache["next_deadline_due"] == epoch(shipped + timedelta(days=11))
    assert cache["cache_valid_from"] == epoch(shipped)
    assert cache["cache_valid_until"] == epoch(shipped + timedelta(days=11))


def test_the_cache_is_written_in_the_same_transaction_as_the_event(
    db: Store, service: OrderService, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.add_order(new_order("1", paid_at=T0, processing_days=7))
    before, events = dump(db), event_count(db)
    originals = {name: getattr(Transaction, name) for name in ("store_cache", "insert_orders")}

    def then_fail(name: str) -> Any:
        def write_then_fail(self: Transaction, *args: Any, **kwargs: Any) -> Any:
            originals[name](self, *args, **kwargs)
            raise RuntimeError("power cut right after the cache was written")

        return write_then_fail

    for name in originals:
        monkeypatch.setattr(Transaction, name, then_fail(name))
    with pytest.raises(RuntimeError):
        service.record_event("1", NewEvent("shipped", at=T0 + timedelta(hours=20), tracking="LP1"))
    assert (dump(db), event_count(db)) == (before, events)
    with pytest.raises(RuntimeError):
        service.add_order(new_order("2"))
    assert dump(db) == before


def test_a_refused_event_writes_nothing(db: Store, service: OrderService) -> None:
    service.add_order(new_order("1", paid_at=T0, processing_days=7))
    before = dump(db)
    refusals = [
        (NewEvent("received"), "can't record received: it hasn't shipped yet"),
        (NewEvent("escalated"), "can't record escalated"),
        (NewEvent("shipped", offer=Decimal(3)), "shipped doesn't take the seller's offer"),
        (NewEvent("shipped", at=T0 + timedelta(days=2)), "that time is in the future"),
        (NewEvent("shipped", tracking="   "), "the tracking number is empty"),
        (NewEvent("bogus"), 'unknown event "bogus"'),
        (NewEvent("edited"), 'unknown event "edited"'),
    ]
    for event, message in refusals:
        with pytest.raises(Refused) as caught:
            service.record_event("1", event)
        assert message in str(caught.value)
    with pytest.raises(Refused, match="no order 2"):
        service.record_event("2", NewEvent("note", note="x"))
    with pytest.raises(Refused, match="order 1 already exists"):
        service.add_order(new_order("1"))
    with pytest.raises(Refused, match="not both"):
        service.add_order(new_order("3", processing_days=3, ship_by=T0 + timedelta(days=5)))
    with pytest.raises(Refused, match="unknown currency"):
        service.add_order(new_order("3", currency="usd"))
    with pytest.raises(Refused, match="can't be negative"):
        service.add_order(new_order("3", total=Decimal("-0.01")))
    assert dump(db) == before


def test_tracking_numbers_are_kept_as_the_event_has_them(service: OrderService, db: Store) -> None:
    service.add_order(new_order("1", paid_at=T0, processing_days=7))
    detail = service.record_event(
        "1",
        NewEvent("shipped", at=T0 + timedelta(hours=22), tracking="  LP00012345678CN ", carrier=" Cainiao "),
    )
    assert detail.tracking == ("LP00012345678CN",)
    assert detail.timeline[-1].data == {"tracking": "LP00012345678CN", "carrier": "Cainiao"}
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT number, carrier FROM tracking_numbers").fetchall()
    finally:
        conn.close()
    assert rows == [("LP00012345678CN", "Cainiao")]
    # Seen again in an update: not stored twice.
    service.record_event(
        "1", NewEvent("tracking-update", at=T0 + timedelta(hours=23), tracking="LP00012345678CN")
    )
    assert service.show("1").tracking == ("LP00012345678CN",)


# -- time passes: a stale cache is derived again ------------------------------------------------


def test_a_stale_cache_is_recomputed_on_list_and_written_back(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    service.add_order(new_order("1"))  # unpaid: closes 20 days after the order
    closes = T0 + timedelta(days=20)
    assert raw_cache(db, "1") == {
        "status": "awaiting_payment",
        "next_deadline_kind": "unpaid_autoclose",
        "next_deadline_due": epoch(closes),
        "deadlines_json": f'[["unpaid_autoclose",{epoch(closes)},"s"]]',
        "cache_valid_from": epoch(T0),
        "cache_valid_until": epoch(closes),
    }
    clock.set(closes - timedelta(seconds=1))
    [item] = service.list_orders()
    assert item.status is Status.AWAITING_PAYMENT
    assert item.next_deadline is not None and item.next_deadline.left == timedelta(seconds=1)
    clock.set(closes)
    assert raw_cache(db, "1")["status"] == "awaiting_payment"  # nothing has looked yet
    [item] = service.list_orders()
    assert (item.status, item.next_deadline) == (Status.CLOSED, None)
    assert raw_cache(db, "1") == {
        "status": "closed",
        "next_deadline_kind": None,
        "next_deadline_due": None,
        "deadlines_json": "[]",
        "cache_valid_from": epoch(closes),
        "cache_valid_until": None,
    }
    assert raw_cache(db, "1") == fresh_cache(db, service, "1", clock.now())


def test_a_stale_cache_is_recomputed_by_the_deadline_list_too(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    service.add_order(new_order("1", paid_at=T0 + timedelta(hours=20), processing_days=5))
    assert raw_cache(db, "1")["status"] == "payment_check"
    clock.set(T0 + timedelta(days=2))  # the payment check ended at T0 + 44 h
    views = service.deadlines()
    # Five processing days from the end of the payment check.
    assert [(v.kind, v.due) for v in views] == [(DeadlineKind.SHIP_BY, T0 + timedelta(days=6, hours=20))]
    cache = raw_cache(db, "1")
    assert cache["status"] == "awaiting_shipment"
    assert cache == fresh_cache(db, service, "1", clock.now())
    assert cache["cache_valid_from"] == epoch(T0 + timedelta(hours=44))


def test_questions_about_another_time_write_nothing(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    service.add_order(new_order("1"))
    service.add_order(new_order("2", paid_at=T0 + timedelta(hours=1), processing_days=5))
    clock.set(T0 + timedelta(days=30))  # both caches are stale now
    before = dump(db)
    past = T0 + timedelta(days=1)
    assert [i.status for i in service.list_orders(at=past)] == [Status.AWAITING_PAYMENT, Status.PAYMENT_CHECK]
    assert [i.status for i in service.list_orders(at=clock.now())] == [Status.CLOSED, Status.REFUND_PENDING]
    assert [i.status for i in service.list_orders(at=T0 + timedelta(days=400))] == [
        Status.CLOSED,
        Status.REFUND_PENDING,
    ]
    assert [v.kind for v in service.deadlines(at=past)] == [
        DeadlineKind.PAYMENT_CHECK_ENDS,
        DeadlineKind.SHIP_BY,
        DeadlineKind.UNPAID_AUTOCLOSE,
    ]
    assert service.show("2", at=past).status is Status.PAYMENT_CHECK
    assert service.show("2").status is Status.REFUND_PENDING
    assert dump(db) == before
    # Asking about now writes the fresh answers back.
    service.list_orders()
    assert dump(db) != before
    assert raw_cache(db, "1")["status"] == "closed"
    assert raw_cache(db, "2")["status"] == "refund_pending"


# -- trash ----------------------------------------------------------------------------------------


def summary(service: OrderService) -> list[tuple[str, Status, Any]]:
    return [
        (i.order, i.status, (i.next_deadline.kind, i.next_deadline.due) if i.next_deadline else None)
        for i in service.list_orders()
    ]


def test_trash_hides_and_restore_brings_back_the_same_order(
    service: OrderService, clock: FrozenClock
) -> None:
    service.add_order(new_order("1", paid_at=T0, processing_days=7, payment_method="paypal"))
    service.record_event("1", NewEvent("shipped", at=T0 + timedelta(hours=22), tracking="LP1"))
    service.add_order(new_order("2"))
    before = service.show("1")
    listed_before = summary(service)
    clock.advance(timedelta(minutes=5))

    service.trash("1")
    assert [i.order for i in service.list_orders()] == ["2"]
    assert [i.order for i in service.list_orders(trash=True)] == ["1"]
    assert {v.order for v in service.deadlines()} == {"2"}
    assert service.count() == 1
    assert service.show("1").in_trash is True
    with pytest.raises(Refused, match="in the trash"):
        service.record_event("1", NewEvent("note", note="x"))
    with pytest.raises(Refused, match="already in the trash"):
        service.trash("1")

    clock.advance(timedelta(minutes=5))
    service.restore("1")
    after = service.show("1")
    assert after.in_trash is False
    assert summary(service) == listed_before
    assert service.list_orders(trash=True) == []
    assert service.count() == 2
    assert after.timeline[: len(before.timeline)] == before.timeline
    assert [(e.kind, e.at) for e in after.timeline[len(before.timeline) :]] == [
        ("trashed", T0 + timedelta(days=1, minutes=5)),
        ("restored", T0 + timedelta(days=1, minutes=10)),
    ]
    assert (after.status, after.tracking, after.total) == (before.status, before.tracking, before.total)
    assert [(d.kind, d.due, d.basis) for d in after.deadlines] == [
        (d.kind, d.due, d.basis) for d in before.deadlines
    ]
    with pytest.raises(Refused, match="not in the trash"):
        service.restore("1")


# -- rules ----------------------------------------------------------------------------------------


def test_a_rule_change_refreshes_every_cache_at_once(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    shipped = T0 + timedelta(hours=22)
    for number in ("1", "2", "3"):
        service.add_order(new_order(number, paid_at=T0, processing_days=7))
        service.record_event(number, NewEvent("shipped", at=shipped))
    service.trash("3")
    assert deadlines_in_cache(db, "1")["protection_ends"] == epoch(shipped + timedelta(days=60))

    service.rules.set("protection_days", 90)
    for number in ("1", "2", "3"):
        assert deadlines_in_cache(db, number)["protection_ends"] == epoch(shipped + timedelta(days=90))
        assert raw_cache(db, number) == fresh_cache(db, service, number, clock.now())
    [protection] = [
        v for v in service.deadlines() if v.order == "1" and v.kind is DeadlineKind.PROTECTION_ENDS
    ]
    assert protection.due == shipped + timedelta(days=90)

    service.rules.reset("protection_days")
    assert deadlines_in_cache(db, "2")["protection_ends"] == epoch(shipped + timedelta(days=60))


def test_refresh_all_rewrites_a_wrong_cache(db: Store, service: OrderService, clock: FrozenClock) -> None:
    service.add_order(new_order("1", paid_at=T0, processing_days=7))
    service.add_order(new_order("2"))
    good = {number: raw_cache(db, number) for number in ("1", "2")}
    conn = sqlite3.connect(db.path)
    try:
        conn.execute(
            "UPDATE orders SET status = 'refunded', deadlines_json = '[]', next_deadline_kind = NULL,"
            " next_deadline_due = NULL, cache_valid_from = NULL, cache_valid_until = NULL"
        )
        conn.commit()
    finally:
        conn.close()
    assert service.refresh_all() == 2
    assert {number: raw_cache(db, number) for number in ("1", "2")} == good


def test_as_of_an_earlier_time_orders_placed_later_are_left_out(
    db: Store, service: OrderService, clock: FrozenClock
) -> None:
    service.add_order(new_order("early"))
    service.add_order(new_order("late", ordered_at=T0 + timedelta(hours=12)))
    before = dump(db)
    assert [i.order for i in service.list_orders(at=T0 + timedelta(hours=11))] == ["early"]
    assert {v.order for v in service.deadlines(at=T0 + timedelta(hours=11))} == {"early"}
    assert [i.order for i in service.list_orders(at=T0 + timedelta(hours=12))] == ["early", "late"]
    assert dump(db) == before
    # Now, every order counts, even one dated ahead of a clock that went back.
    clock.set(T0 + timedelta(hours=6))
    assert [i.order for i in service.list_orders()] == ["early", "late"]
    assert {v.order for v in service.deadlines()} == {"early", "late"}


def test_reading_an_order_does_not_wait_for_another_process_writing(
    service: OrderService, database: Store
) -> None:
    """A cron import holding the write lock must not make the window's reads wait or fail."""
    service.add_order(new_order("8100000000000001"))
    writer = sqlite3.connect(database.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE settings SET value = value")
        started = datetime.now(UTC)
        detail = service.show("8100000000000001")
        assert detail.order == "8100000000000001"
        assert service.sensible_events("8100000000000001")
        assert service.advise_cancel("8100000000000001").verdict
        assert service.rules.profile() is not None
        assert datetime.now(UTC) - started < timedelta(seconds=2)  # the busy timeout is 5 s
    finally:
        writer.execute("ROLLBACK")
        writer.close()
