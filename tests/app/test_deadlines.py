"""The deadline engine: status and deadlines per lifecycle step, exact to the second."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.domain.deadlines import derive
from app.domain.model import Basis, DeadlineKind, Event, EventKind, OrderFacts, Status, Urgency, urgency
from app.domain.profile import load_profile
from app.domain.timeutil import add_business_days

D = DeadlineKind
K = EventKind
T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # a Monday
PROFILE = load_profile()


def facts(method: str | None = "card", total: str = "100.00") -> OrderFacts:
    return OrderFacts("8123456789012345", "USD", Decimal(total), T0, method)


def ev(kind: EventKind, at: datetime, **data: Any) -> Event:
    return Event(kind, at, at, data)


def kinds(evaluation: Any) -> dict[DeadlineKind, datetime]:
    return {d.kind: d.due for d in evaluation.deadlines}


def test_unpaid_order_counts_down_to_autoclose_then_closes() -> None:
    e = derive(facts(), [], PROFILE, T0 + timedelta(days=1))
    assert e.status is Status.AWAITING_PAYMENT
    assert kinds(e) == {D.UNPAID_AUTOCLOSE: T0 + timedelta(days=20)}
    assert e.valid_until == T0 + timedelta(days=20)
    after = derive(facts(), [], PROFILE, T0 + timedelta(days=20))
    assert after.status is Status.CLOSED and after.deadlines == ()


def test_payment_check_then_ship_by_from_processing_days() -> None:
    paid = T0 + timedelta(hours=1)
    events = [ev(K.PAID, paid, processing_days=7)]
    during = derive(facts(), events, PROFILE, paid + timedelta(hours=23, minutes=59, seconds=59))
    assert during.status is Status.PAYMENT_CHECK
    assert kinds(during)[D.PAYMENT_CHECK_ENDS] == paid + timedelta(hours=24)
    exactly = derive(facts(), events, PROFILE, paid + timedelta(hours=24))
    assert exactly.status is Status.AWAITING_SHIPMENT
    ship_by = next(d for d in exactly.deadlines if d.kind is D.SHIP_BY)
    # The seller's processing days count from the end of the payment check.
    assert ship_by.due == paid + timedelta(hours=24, days=7) and ship_by.basis is Basis.ESTIMATED


def test_entered_ship_by_beats_processing_days() -> None:
    entered = T0 + timedelta(days=3, hours=5, seconds=7)
    events = [ev(K.PAID, T0, processing_days=7, ship_by=entered.isoformat())]
    e = derive(facts(), events, PROFILE, T0 + timedelta(days=2))
    [ship_by] = [d for d in e.deadlines if d.kind is D.SHIP_BY]
    assert ship_by.due == entered and ship_by.basis is Basis.ENTERED


def test_not_shipped_in_time_closes_and_refund_is_expected() -> None:
    events = [ev(K.PAID, T0, processing_days=5)]
    ship_by = T0 + timedelta(hours=24, days=5)
    assert derive(facts(), events, PROFILE, ship_by - timedelta(seconds=1)).status is Status.AWAITING_SHIPMENT
    e = derive(facts(), events, PROFILE, ship_by)
    assert e.status is Status.REFUND_PENDING
    # Like every refund, by payment method (card: up to 20 business days).
    assert kinds(e) == {D.REFUND_EXPECTED_BY: add_business_days(ship_by, 20)}


def test_cancel_request_auto_approves_after_48_hours() -> None:
    asked = T0 + timedelta(days=2)
    events = [ev(K.PAID, T0), ev(K.CANCEL_REQUESTED, asked)]
    pending = derive(facts("wallet"), events, PROFILE, asked + timedelta(hours=47))
    assert pending.status is Status.CANCEL_REQUESTED
    assert kinds(pending)[D.CANCEL_AUTO_APPROVE] == asked + timedelta(hours=48)
    approved = derive(facts("wallet"), events, PROFILE, asked + timedelta(hours=48))
    assert approved.status is Status.REFUND_PENDING
    assert kinds(approved)[D.REFUND_EXPECTED_BY] == add_business_days(asked + timedelta(hours=48), 10)


def test_shipped_with_entered_protection_warns_before_it_ends() -> None:
    shipped = T0 + timedelta(days=3)
    ends = shipped + timedelta(days=45, hours=3)
    events = [
        ev(K.PAID, T0),
        ev(K.SHIPPED, shipped, tracking="LP00123456789CN", protection_ends=ends.isoformat()),
    ]
    e = derive(facts(), events, PROFILE, shipped + timedelta(days=1))
    assert e.status is Status.IN_TRANSIT
    got = kinds(e)
    assert got[D.PROTECTION_ENDS] == ends
    assert got[D.REQUEST_EXTENSION_BY] == ends - timedelta(days=7)
    assert got[D.NOT_RECEIVED_DISPUTE_OPENS] == shipped + timedelta(days=11)
    assert e.deadlines[0].kind is D.NOT_RECEIVED_DISPUTE_OPENS  # soonest first
    assert [d.basis for d in e.deadlines if d.kind is D.PROTECTION_ENDS] == [Basis.ENTERED]


def test_protection_estimated_from_profile_when_not_entered() -> None:
    shipped = T0 + timedelta(days=3)
    e = derive(facts(), [ev(K.PAID, T0), ev(K.SHIPPED, shipped)], PROFILE, shipped)
    [p] = [d for d in e.deadlines if d.kind is D.PROTECTION_ENDS]
    assert p.due == shipped + timedelta(days=60) and p.basis is Basis.ESTIMATED


def test_delivered_cuts_protection_to_five_days() -> None:
    shipped = T0 + timedelta(days=3)
    delivered = shipped + timedelta(days=10)
    events = [ev(K.PAID, T0), ev(K.SHIPPED, shipped), ev(K.DELIVERED, delivered)]
    e = derive(facts(), events, PROFILE, delivered + timedelta(hours=1))
    assert e.status is Status.DELIVERED
    assert kinds(e) == {D.PROTECTION_ENDS: delivered + timedelta(days=5)}


def test_protection_lapsing_undelivered_completes_and_offers_fallbacks() -> None:
    shipped = T0 + timedelta(days=3)
    events = [ev(K.PAID, T0), ev(K.SHIPPED, shipped)]
    ends = shipped + timedelta(days=60)
    e = derive(facts("card"), events, PROFILE, ends)
    assert e.status is Status.COMPLETED
    got = kinds(e)
    assert got[D.DISPUTE_WINDOW_ENDS] == ends + timedelta(days=15)
    assert got[D.CHARGEBACK_WINDOW_ENDS] == ends + timedelta(days=120)
    paypal = derive(facts("paypal"), events, PROFILE, ends)
    assert kinds(paypal)[D.PAYPAL_DISPUTE_ENDS] == T0 + timedelta(days=180)


def test_received_opens_fifteen_day_window() -> None:
    got_it = T0 + timedelta(days=20)
    events = [ev(K.PAID, T0), ev(K.SHIPPED, T0 + timedelta(days=3)), ev(K.RECEIVED, got_it)]
    e = derive(facts(), events, PROFILE, got_it)
    assert e.status is Status.COMPLETED
    assert kinds(e) == {D.DISPUTE_WINDOW_ENDS: got_it + timedelta(days=15)}
    assert derive(facts(), events, PROFILE, got_it + timedelta(days=15)).deadlines == ()


def _disputed(**data: Any) -> list[Event]:
    return [
        ev(K.PAID, T0),
        ev(K.SHIPPED, T0 + timedelta(days=3)),
        ev(K.DISPUTE_OPENED, T0 + timedelta(days=30), reason="tracking_stalled", **data),
    ]


def test_dispute_waits_for_seller_then_silence_refunds() -> None:
    opened = T0 + timedelta(days=30)
    e = derive(facts(), _disputed(), PROFILE, opened + timedelta(days=1))
    assert e.status is Status.DISPUTE_OPEN
    assert kinds(e) == {
        D.SELLER_RESPONSE_DUE: opened + timedelta(days=5),
        D.ESCALATION: opened + timedelta(days=16),
    }
    silent = derive(facts(), _disputed(), PROFILE, opened + timedelta(days=5))
    assert silent.status is Status.REFUND_PENDING


def test_dispute_escalates_by_itself_after_16_days_when_seller_answered() -> None:
    opened = T0 + timedelta(days=30)
    events = [*_disputed(), ev(K.SELLER_RESPONDED, opened + timedelta(days=2), offer="10.00")]
    assert derive(facts(), events, PROFILE, opened + timedelta(days=16) - timedelta(seconds=1)).status is (
        Status.DISPUTE_OPEN
    )
    assert derive(facts(), events, PROFILE, opened + timedelta(days=16)).status is Status.DISPUTE_ESCALATED


def test_decision_with_return_sets_return_deadline_and_rejection_shows_fallbacks() -> None:
    decided = T0 + timedelta(days=40)
    with_return = [*_disputed(**{"return": True}), ev(K.DECIDED, decided, outcome="full", amount="100.00")]
    e = derive(facts(), with_return, PROFILE, decided)
    assert e.status is Status.DISPUTE_DECIDED
    assert kinds(e) == {D.RETURN_SHIP_BY: decided + timedelta(days=10)}
    rejected = [*_disputed(), ev(K.DECIDED, decided, outcome="rejected")]
    e2 = derive(facts("paypal"), rejected, PROFILE, decided)
    assert kinds(e2) == {
        D.APPEAL_WINDOW_ENDS: decided + timedelta(days=7),
        D.PAYPAL_DISPUTE_ENDS: T0 + timedelta(days=180),
    }


def test_refund_expected_by_payment_method_in_business_days() -> None:
    decided = datetime(2026, 4, 3, 12, 0, tzinfo=UTC)  # a Friday
    events = [*_disputed(), ev(K.DECIDED, decided, outcome="partial", amount="30.00")]
    for method, days in [("card", 20), ("wallet", 10), ("balance", 1), ("paypal", 30), (None, 20)]:
        e = derive(facts(method), events, PROFILE, decided)
        assert e.status is Status.REFUND_PENDING
        assert kinds(e) == {D.REFUND_EXPECTED_BY: add_business_days(decided, days)}
    # balance: one business day after a Friday noon is Monday noon
    assert add_business_days(decided, 1) == datetime(2026, 4, 6, 12, 0, tzinfo=UTC)
    # A partial refund settles the dispute; the order, decided, is then completed (not "refunded").
    received = [*events, ev(K.REFUND_RECEIVED, decided + timedelta(days=3), amount="30.00")]
    assert derive(facts(), received, PROFILE, decided + timedelta(days=3)).status is Status.COMPLETED


def test_events_after_now_are_ignored_and_bound_the_cache() -> None:
    later = T0 + timedelta(days=2)
    e = derive(facts(), [ev(K.PAID, later)], PROFILE, T0 + timedelta(days=1))
    assert e.status is Status.AWAITING_PAYMENT
    assert e.valid_until == later


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (timedelta(seconds=-1), Urgency.OVERDUE),
        (timedelta(0), Urgency.CRITICAL),
        (timedelta(hours=48), Urgency.CRITICAL),
        (timedelta(hours=48, seconds=1), Urgency.SOON),
        (timedelta(days=7), Urgency.SOON),
        (timedelta(days=7, seconds=1), Urgency.WATCH),
        (timedelta(days=14), Urgency.WATCH),
        (timedelta(days=14, seconds=1), Urgency.LATER),
    ],
)
def test_urgency_boundaries(left: timedelta, expected: Urgency) -> None:
    assert urgency(left) is expected


def test_cached_window_agrees_with_recomputation() -> None:
    """Within [valid_from, valid_until) the evaluation must not change: the cache relies on it."""
    shipped = T0 + timedelta(days=3)
    events = [ev(K.PAID, T0, processing_days=5), ev(K.SHIPPED, shipped)]
    now = T0
    seen = []
    for _ in range(200):
        e = derive(facts(), events, PROFILE, now)
        if e.valid_until is None:
            break
        assert e.valid_from is not None and e.valid_from <= now
        probe = e.valid_until - timedelta(seconds=1)
        assert derive(facts(), events, PROFILE, probe).status is e.status
        assert derive(facts(), events, PROFILE, probe).deadlines == e.deadlines
        seen.append(e.status)
        now = e.valid_until
    distinct = [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] is not s]
    assert distinct == [Status.PAYMENT_CHECK, Status.AWAITING_SHIPMENT, Status.IN_TRANSIT, Status.COMPLETED]
    assert now == shipped + timedelta(days=60 + 120)  # the last change: the chargeback window closes


def test_no_dispute_window_is_shown_once_a_cancelled_dispute_rules_out_a_second() -> None:
    shipped = T0 + timedelta(days=3)
    events = [
        ev(K.PAID, T0),
        ev(K.SHIPPED, shipped),
        ev(K.DISPUTE_OPENED, shipped + timedelta(days=12), reason="tracking_stalled"),
        ev(K.DISPUTE_CANCELLED, shipped + timedelta(days=13)),
        ev(K.RECEIVED, shipped + timedelta(days=20)),
    ]
    e = derive(facts(), events, PROFILE, shipped + timedelta(days=21))
    assert e.status is Status.COMPLETED and D.DISPUTE_WINDOW_ENDS not in kinds(e)
    # Without the earlier dispute the window is there.
    plain = [events[0], events[1], events[4]]
    assert D.DISPUTE_WINDOW_ENDS in kinds(derive(facts(), plain, PROFILE, shipped + timedelta(days=21)))
