"""Lifecycle validation: events that make no sense in the order's state are refused, with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.domain.errors import Refused
from app.domain.lifecycle import Phase
from app.domain.model import Event, EventKind, OrderFacts
from app.domain.profile import load_profile
from app.domain.validation import validate_new_event, validate_timeline

K = EventKind
T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)
PROFILE = load_profile()
FACTS = OrderFacts("8123456789012345", "USD", Decimal("100.00"), T0, "card")


def ev(kind: EventKind, days: float, **data: Any) -> Event:
    at = T0 + timedelta(days=days)
    return Event(kind, at, at, data)


PAID = ev(K.PAID, 0)
SHIPPED = ev(K.SHIPPED, 3)
OPENED = ev(K.DISPUTE_OPENED, 20, reason="defective")
# Shipped with the protection countdown typed from the order page: 60 days, an entered end.
ENTERED_SHIPPED = ev(K.SHIPPED, 3, protection_ends=(T0 + timedelta(days=63)).isoformat())


@pytest.mark.parametrize(
    ("timeline", "new", "reason"),
    [
        ([], ev(K.RECEIVED, 1), "isn't paid yet"),
        ([PAID], ev(K.RECEIVED, 2), "hasn't shipped yet"),
        ([PAID, SHIPPED], ev(K.ESCALATED, 5), "no open dispute to escalate"),
        ([PAID, SHIPPED], ev(K.CANCEL_REQUESTED, 5), "can't be cancelled any more"),
        ([], ev(K.CANCEL_REQUESTED, 1), "closes by itself"),
        ([PAID], ev(K.PAID, 1), "paid and waiting"),
        ([PAID, SHIPPED, OPENED], ev(K.RECEIVED, 21), "end it in the seller's favour"),
        (
            [PAID, SHIPPED, OPENED, ev(K.DECIDED, 30, outcome="rejected")],
            ev(K.DISPUTE_OPENED, 31),
            "already decided a dispute about the whole order",
        ),
        ([PAID, SHIPPED, ev(K.RECEIVED, 10)], ev(K.DISPUTE_OPENED, 25), "dispute window closed"),
        ([PAID, ENTERED_SHIPPED], ev(K.DISPUTE_OPENED, 3 + 60 + 15), "dispute window closed"),
        ([PAID, SHIPPED], ev(K.DISPUTE_OPENED, 10, refund="100.01"), "more than the order total"),
        ([PAID, SHIPPED], ev(K.DISPUTE_OPENED, 10, refund="0"), "more than zero"),
        ([PAID, SHIPPED, OPENED], ev(K.DECIDED, 25, outcome="maybe"), "full, partial or rejected"),
        ([PAID, SHIPPED, OPENED], ev(K.DECIDED, 25, outcome="partial"), "needs its amount"),
        ([PAID, SHIPPED, ev(K.DELIVERED, 9)], ev(K.EXTENSION_REQUESTED, 10), "delivered"),
        ([PAID, ENTERED_SHIPPED], ev(K.EXTENSION_REQUESTED, 64), "protection already ended"),
        ([PAID], Event(K.NOTE, T0 - timedelta(seconds=1), T0, {}), "before the order was placed"),
        (
            [PAID, SHIPPED, OPENED, ev(K.DECIDED, 30, outcome="partial", amount="60")],
            ev(K.REFUND_RECEIVED, 35, amount="100.50"),
            "more than the order total",
        ),
    ],
)
def test_refusals_carry_a_reason(timeline: list[Event], new: Event, reason: str) -> None:
    with pytest.raises(Refused, match=reason):
        validate_new_event(FACTS, timeline, new, PROFILE)


def test_a_late_recorded_event_must_fit_the_events_after_it() -> None:
    timeline = [PAID, SHIPPED, ev(K.RECEIVED, 10)]
    with pytest.raises(Refused, match="the later received"):
        validate_new_event(FACTS, timeline, ev(K.DISPUTE_OPENED, 8, reason="damaged"), PROFILE)
    # A note recorded late fits anywhere.
    validate_new_event(FACTS, timeline, ev(K.NOTE, 8, note="asked the seller"), PROFILE)


def test_full_happy_path_and_dispute_path_validate() -> None:
    happy = [
        PAID,
        SHIPPED,
        ev(K.TRACKING_UPDATE, 5, tracking="RB123"),
        ev(K.DELIVERED, 12),
        ev(K.RECEIVED, 13),
    ]
    assert validate_timeline(FACTS, happy, PROFILE).phase is Phase.RECEIVED
    case = [
        PAID,
        SHIPPED,
        OPENED,
        ev(K.SELLER_RESPONDED, 22, offer="20"),
        ev(K.ESCALATED, 23),
        ev(K.DECIDED, 30, outcome="rejected"),
        ev(K.APPEALED, 31),
        ev(K.DECIDED, 40, outcome="full", amount="100"),
        ev(K.REFUND_ISSUED, 41, amount="100"),
        ev(K.REFUND_RECEIVED, 45, amount="100"),
    ]
    assert validate_timeline(FACTS, case, PROFILE).phase is Phase.REFUNDED


def test_cancel_during_payment_check_allowed_when_profile_says_so() -> None:
    lenient = PROFILE.with_overrides({"cancel_during_payment_check": True})
    history = validate_new_event(FACTS, [PAID], ev(K.CANCEL_REQUESTED, 0.5), lenient)
    assert history.phase is Phase.CANCEL_REQUESTED


def test_unpaid_cancel_is_just_cancelled_and_paid_cancel_awaits_refund() -> None:
    assert validate_timeline(FACTS, [ev(K.CANCELLED, 1)], PROFILE).phase is Phase.CANCELLED
    assert validate_timeline(FACTS, [PAID, ev(K.CANCELLED, 2)], PROFILE).phase is Phase.REFUND_PENDING


def test_sensible_events_follow_the_phase_and_the_payment_check() -> None:
    from app.domain.validation import sensible_events

    during_check = sensible_events(FACTS, [PAID], PROFILE, T0 + timedelta(hours=2))
    assert K.SHIPPED in during_check and K.CANCELLED in during_check
    # The payment check's end is an estimate: a cancel request the buyer made is recorded.
    assert K.CANCEL_REQUESTED in during_check
    after_check = sensible_events(FACTS, [PAID], PROFILE, T0 + timedelta(days=2))
    assert K.CANCEL_REQUESTED in after_check
    shipped = sensible_events(FACTS, [PAID, SHIPPED], PROFILE, T0 + timedelta(days=5))
    assert shipped[:3] == [K.TRACKING_UPDATE, K.DELIVERED, K.RECEIVED]
    assert K.ESCALATED not in shipped and K.DISPUTE_OPENED in shipped
    disputed = sensible_events(FACTS, [PAID, SHIPPED, OPENED], PROFILE, T0 + timedelta(days=21))
    assert disputed == [
        K.TRACKING_UPDATE,
        K.DELIVERED,
        K.DISPUTE_CANCELLED,
        K.SELLER_RESPONDED,
        K.ESCALATED,
        K.DECIDED,
        K.REFUND_ISSUED,
        K.REFUND_RECEIVED,
    ]


def test_an_entered_ship_by_time_refuses_a_later_cancel_request() -> None:
    typed = (T0 + timedelta(days=5)).isoformat()
    with pytest.raises(Refused, match="ship-by time had run out"):
        validate_new_event(FACTS, [ev(K.PAID, 0, ship_by=typed)], ev(K.CANCEL_REQUESTED, 6), PROFILE)


@pytest.mark.parametrize(
    ("timeline", "new", "phase"),
    [
        # After a ship-by time estimated from the processing days.
        ([ev(K.PAID, 0, processing_days=5)], ev(K.CANCEL_REQUESTED, 7), Phase.CANCEL_REQUESTED),
        # After the estimated auto-approval of a silent seller.
        ([PAID, ev(K.CANCEL_REQUESTED, 2)], ev(K.CANCEL_REJECTED, 4.1), Phase.AWAITING_SHIPMENT),
        # After the seller's estimated time to answer.
        ([PAID, SHIPPED, OPENED], ev(K.SELLER_RESPONDED, 25.5), Phase.DISPUTE_OPEN),
        # During the estimated payment check.
        ([PAID], ev(K.CANCEL_REQUESTED, 0.5), Phase.CANCEL_REQUESTED),
        # After an estimated protection end (the usual 60 days).
        ([PAID, SHIPPED], ev(K.EXTENSION_REQUESTED, 64), Phase.IN_TRANSIT),
    ],
)
def test_an_estimated_deadline_gives_way_to_what_the_buyer_saw_happen(
    timeline: list[Event], new: Event, phase: Phase
) -> None:
    assert validate_new_event(FACTS, timeline, new, PROFILE).phase is phase


def test_the_same_events_in_time_are_accepted() -> None:
    validate_new_event(FACTS, [ev(K.PAID, 0, processing_days=5)], ev(K.CANCEL_REQUESTED, 4), PROFILE)
    validate_new_event(FACTS, [PAID, ev(K.CANCEL_REQUESTED, 2)], ev(K.CANCEL_REJECTED, 3.9), PROFILE)
    validate_new_event(FACTS, [PAID, SHIPPED, OPENED], ev(K.SELLER_RESPONDED, 24.9), PROFILE)


def test_a_refund_made_due_by_time_alone_can_be_recorded() -> None:
    unshipped = [ev(K.PAID, 0, processing_days=5)]
    history = validate_new_event(FACTS, unshipped, ev(K.REFUND_RECEIVED, 8, amount="100"), PROFILE)
    assert history.phase is Phase.REFUNDED
    silent = [PAID, ev(K.CANCEL_REQUESTED, 2)]
    assert validate_new_event(FACTS, silent, ev(K.REFUND_ISSUED, 4.5), PROFILE).phase is Phase.REFUND_PENDING
    with pytest.raises(Refused, match="waiting to be shipped"):  # before the ship-by time: no refund due
        validate_new_event(FACTS, unshipped, ev(K.REFUND_RECEIVED, 3), PROFILE)
