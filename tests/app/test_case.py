"""The case section's engine: where a dispute stands and what is next, stage by stage.

One table walks a dispute through every stage (open, the seller's answer, escalation by hand and
by time, the decision each way, the appeal, an agreed return, the refund, a cancelled dispute),
checking the stage, the case's deadlines, the sentences and the events offered. Further tests
cover the refund date by payment method, the fallbacks after a rejection, and the service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.clock import FrozenClock
from app.domain import case as case_module
from app.domain.case import STAGES, WHAT_NEXT_TEXTS, CaseSummary, case_summary
from app.domain.errors import Refused
from app.domain.model import Event, EventKind, OrderFacts, Status
from app.domain.profile import load_profile
from app.domain.timeutil import add_business_days
from app.domain.validation import validate_new_event
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder

K = EventKind
PROFILE = load_profile()
NUMBER = "8123456789012345"
DAY = timedelta(days=1)
T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # ordered, a Monday
PAID = T0 + timedelta(hours=1)
SHIPPED = PAID + 3 * DAY
OPENED = SHIPPED + 11 * DAY  # a "not received" dispute as early as it can be
RESPONSE_DUE = OPENED + 5 * DAY  # seller_response_days
ESCALATION = OPENED + 16 * DAY  # escalation_days
ESCALATED = OPENED + 3 * DAY
DECIDED = OPENED + 8 * DAY
RECEIVED_AT = SHIPPED + 20 * DAY


def facts(method: str | None = "card") -> OrderFacts:
    return OrderFacts(NUMBER, "USD", Decimal("100.00"), T0, method)


def ev(kind: EventKind, at: datetime, **data: Any) -> Event:
    return Event(kind, at, at, data)


IN_TRANSIT = [ev(K.PAID, PAID, processing_days=7), ev(K.SHIPPED, SHIPPED, tracking="LP00123456789CN")]
OPEN = [*IN_TRANSIT, ev(K.DISPUTE_OPENED, OPENED, reason="tracking_stalled", refund="100.00")]
OFFER = [*OPEN, ev(K.SELLER_RESPONDED, OPENED + 2 * DAY, offer="30.00")]
NO_OFFER = [*OPEN, ev(K.SELLER_RESPONDED, OPENED + 2 * DAY)]
UP = [*OFFER, ev(K.ESCALATED, ESCALATED)]
FULL = [*UP, ev(K.DECIDED, DECIDED, outcome="full")]
PARTIAL = [*UP, ev(K.DECIDED, DECIDED, outcome="partial", amount="40.00")]
REJECTED = [*UP, ev(K.DECIDED, DECIDED, outcome="rejected")]
APPEALED = [*REJECTED, ev(K.APPEALED, DECIDED + DAY)]
RECEIVED = [*IN_TRANSIT, ev(K.RECEIVED, RECEIVED_AT)]
RETURN_OPEN = [
    *RECEIVED,
    ev(K.DISPUTE_OPENED, RECEIVED_AT + DAY, reason="not_as_described", refund="100.00", **{"return": True}),
]
RETURN_DECIDED = [*RETURN_OPEN, ev(K.DECIDED, RECEIVED_AT + 4 * DAY, outcome="full")]
REFUNDED = [*FULL, ev(K.REFUND_RECEIVED, DECIDED + 6 * DAY, amount="100.00")]
CANCELLED = [*OPEN, ev(K.DISPUTE_CANCELLED, OPENED + DAY)]


@dataclass(frozen=True)
class Stage:
    name: str
    events: list[Event]
    now: datetime
    stage: str
    due: tuple[str, ...]  # the case's deadline kinds, soonest first
    offered: set[str]  # events that must be offered
    withheld: set[str]  # events that must not be offered
    first_sentence: str
    fields: dict[str, Any] = field(default_factory=dict)


STAGE_TABLE = [
    Stage(
        "just opened: the seller's answer and the escalation day ahead",
        OPEN,
        OPENED + DAY,
        "open",
        ("seller_response_due", "escalation"),
        {"seller-responded", "escalated", "decided", "dispute-cancelled"},
        {"appealed"},
        case_module._OPEN_SELLER,
        {"status": Status.DISPUTE_OPEN, "reason": "tracking_stalled", "refund_asked": Decimal("100.00")},
    ),
    Stage(
        "the seller offered a partial refund: accepting vs declining",
        OFFER,
        OPENED + 3 * DAY,
        "seller_responded",
        ("escalation",),
        {"escalated", "decided"},
        {"appealed"},
        case_module._OFFER_ACCEPT,
        {"seller_offer": Decimal("30.00"), "responded_at": OPENED + 2 * DAY},
    ),
    Stage(
        "the seller answered without an offer",
        NO_OFFER,
        OPENED + 3 * DAY,
        "seller_responded",
        ("escalation",),
        {"escalated"},
        set(),
        case_module._ANSWER_NO_OFFER,
        {"seller_offer": None},
    ),
    Stage(
        "a silent seller: the refund asked for goes through",
        OPEN,
        RESPONSE_DUE + timedelta(seconds=1),
        "refund_pending",
        ("refund_expected_by",),
        # The seller's deadline is an estimate: an answer the buyer saw is still recorded.
        {"refund-received", "seller-responded"},
        set(),
        case_module._SILENT_SELLER,
        {"status": Status.REFUND_PENDING},
    ),
    Stage(
        "escalated by hand: waiting for the platform's decision",
        UP,
        ESCALATED + DAY,
        "escalated",
        # The platform's answer is expected; protection's end still matters (it is later).
        ("decision_expected_by", "protection_ends"),
        {"decided"},
        {"escalated", "seller-responded", "appealed"},
        case_module._ESCALATED,
        {"escalated_at": ESCALATED, "status": Status.DISPUTE_ESCALATED},
    ),
    Stage(
        "the escalation day passed by time alone",
        OFFER,
        ESCALATION + timedelta(seconds=1),
        "escalated",
        ("decision_expected_by", "protection_ends"),
        {"decided"},
        {"appealed"},
        case_module._ESCALATED_BY_TIME,
        {"escalated_at": ESCALATION, "status": Status.DISPUTE_ESCALATED},
    ),
    Stage(
        "decided full: the refund is on its way",
        FULL,
        DECIDED + DAY,
        "refund_pending",
        ("refund_expected_by",),
        {"refund-received"},
        {"decided", "appealed", "escalated"},
        case_module._DECIDED_FULL,
        {"outcome": "full", "decided_at": DECIDED, "refund_business_days": (3, 20)},
    ),
    Stage(
        "decided partial: the item is kept",
        PARTIAL,
        DECIDED + DAY,
        "refund_pending",
        ("refund_expected_by",),
        # A partial refund can be appealed too, once, within the appeal window.
        {"refund-received", "appealed"},
        {"decided"},
        case_module._DECIDED_PARTIAL,
        {"outcome": "partial", "decided_amount": Decimal("40.00")},
    ),
    Stage(
        "rejected: appeal, and the card's chargeback window",
        REJECTED,
        DECIDED + DAY,
        "decided",
        ("appeal_window_ends", "chargeback_window_ends"),
        {"appealed"},
        {"decided", "escalated"},
        case_module._REJECTED,
        {"outcome": "rejected"},
    ),
    Stage(
        "appealed: the platform looks again",
        APPEALED,
        DECIDED + 2 * DAY,
        "appealed",
        ("decision_expected_by", "protection_ends"),
        {"decided"},
        {"appealed"},
        case_module._APPEALED,
        {"appealed_at": DECIDED + DAY, "status": Status.DISPUTE_ESCALATED},
    ),
    Stage(
        "a refund with a return: ship it back in time",
        RETURN_DECIDED,
        RECEIVED_AT + 5 * DAY,
        "return_pending",
        ("return_ship_by",),
        {"refund-received", "appealed"},
        {"decided"},
        case_module._RETURN,
        {"wants_return": True, "reason": "not_as_described"},
    ),
    Stage(
        "the refund arrived: the case is closed",
        REFUNDED,
        DECIDED + 7 * DAY,
        "refunded",
        (),
        set(),
        {"refund-received", "decided", "appealed"},
        case_module._REFUNDED,
        {"refund_received": Decimal("100.00"), "status": Status.REFUNDED},
    ),
    Stage(
        "the buyer cancelled the dispute: a new one only while protection runs",
        CANCELLED,
        OPENED + 2 * DAY,
        "cancelled",
        ("protection_ends",),
        set(),
        {"seller-responded", "escalated", "decided", "dispute-cancelled"},
        case_module._CANCELLED_AGAIN,
        {"cancelled_at": OPENED + DAY, "reason": "tracking_stalled", "status": Status.IN_TRANSIT},
    ),
]


@pytest.mark.parametrize("row", STAGE_TABLE, ids=[row.name for row in STAGE_TABLE])
def test_each_stage_says_where_the_case_stands_and_what_is_next(row: Stage) -> None:
    summary = case_summary(facts(), row.events, PROFILE, row.now)
    assert summary is not None
    assert summary.stage == row.stage
    assert tuple(kind for kind, _ in summary.next_due) == row.due
    assert all(due > row.now for _, due in summary.next_due)
    assert row.offered <= set(summary.next_events), summary.next_events
    assert not row.withheld & set(summary.next_events), summary.next_events
    assert summary.what_next[0] == row.first_sentence
    for name, value in row.fields.items():
        assert getattr(summary, name) == value, name


@pytest.mark.parametrize("row", STAGE_TABLE, ids=[row.name for row in STAGE_TABLE])
def test_every_offered_event_can_be_recorded_and_every_sentence_is_translatable(row: Stage) -> None:
    summary = case_summary(facts(), row.events, PROFILE, row.now)
    assert summary is not None
    assert summary.stage in STAGES
    assert set(summary.what_next) <= set(WHAT_NEXT_TEXTS)
    for kind in summary.next_events:
        data = {"outcome": "rejected"} if kind == "decided" else {}
        validate_new_event(facts(), row.events, ev(EventKind(kind), row.now, **data), PROFILE)


def test_the_open_case_names_the_seller_deadline_and_the_escalation_day() -> None:
    summary = case_summary(facts(), OPEN, PROFILE, OPENED + DAY)
    assert summary is not None
    assert summary.next_due == (("seller_response_due", RESPONSE_DUE), ("escalation", ESCALATION))
    assert summary.opened_at == OPENED


@pytest.mark.parametrize(
    ("method", "business_days"),
    [("card", (3, 20)), ("paypal", (0, 30)), ("wallet", (7, 10)), ("balance", (0, 1)), (None, (3, 20))],
)
def test_the_refund_is_expected_by_the_payment_methods_business_days(
    method: str | None, business_days: tuple[int, int]
) -> None:
    summary = case_summary(facts(method), FULL, PROFILE, DECIDED + DAY)
    assert summary is not None
    assert summary.refund_business_days == business_days
    assert summary.next_due == (("refund_expected_by", add_business_days(DECIDED, business_days[1])),)
    assert summary.what_next[-1] == case_module._REFUND_WAIT


APPEAL_ENDS = DECIDED + 7 * DAY  # appeal_days


def test_a_rejection_paid_by_paypal_offers_the_paypal_dispute_with_its_deadline() -> None:
    summary = case_summary(facts("paypal"), REJECTED, PROFILE, DECIDED + DAY)
    assert summary is not None
    assert summary.stage == "decided"
    assert summary.next_due == (
        ("appeal_window_ends", APPEAL_ENDS),
        ("paypal_dispute_ends", PAID + 180 * DAY),
    )
    assert summary.what_next == (case_module._REJECTED, case_module._PAYPAL)


def test_a_rejection_paid_by_card_offers_the_chargeback_with_its_deadline() -> None:
    summary = case_summary(facts("card"), REJECTED, PROFILE, DECIDED + DAY)
    assert summary is not None
    ends = SHIPPED + 60 * DAY + 120 * DAY  # protection end + chargeback_days (never delivered)
    assert summary.next_due == (("appeal_window_ends", APPEAL_ENDS), ("chargeback_window_ends", ends))
    assert summary.what_next == (case_module._REJECTED, case_module._CARD)
    after = case_summary(facts("card"), REJECTED, PROFILE, APPEAL_ENDS)
    assert after is not None and after.stage == "closed_without_refund"
    assert after.next_due == (("chargeback_window_ends", ends),) and "appealed" not in after.next_events
    assert after.what_next == (case_module._CLOSED_FALLBACK, case_module._CARD)


def test_a_rejection_with_no_fallback_left_closes_the_case_without_a_refund() -> None:
    summary = case_summary(facts("wallet"), REJECTED, PROFILE, DECIDED + DAY)
    assert summary is not None
    assert summary.stage == "decided"  # the appeal window runs
    assert summary.next_due == (("appeal_window_ends", APPEAL_ENDS),)
    assert "appealed" in summary.next_events
    closed = case_summary(facts("wallet"), REJECTED, PROFILE, APPEAL_ENDS)
    assert closed is not None and closed.stage == "closed_without_refund"
    assert closed.next_due == () and closed.next_events == ()
    assert closed.what_next == (case_module._CLOSED,)
    # The order is over: the seller was paid.
    assert closed.status is Status.COMPLETED


def test_a_cancelled_dispute_after_protection_ended_says_no_new_one_can_be_opened() -> None:
    summary = case_summary(facts(), CANCELLED, PROFILE, SHIPPED + 61 * DAY)
    assert summary is not None
    assert summary.stage == "cancelled"
    assert summary.what_next == (case_module._CANCELLED_OVER,)


def test_an_offer_with_a_return_asks_to_ship_only_once_the_return_is_agreed() -> None:
    events = [*RETURN_OPEN, ev(K.SELLER_RESPONDED, RECEIVED_AT + 2 * DAY, offer="20.00")]
    summary = case_summary(facts(), events, PROFILE, RECEIVED_AT + 3 * DAY)
    assert summary is not None
    assert summary.what_next == (
        case_module._OFFER_ACCEPT,
        case_module._OFFER_RETURN,
        case_module._OFFER_DECLINE,
    )


def test_an_order_without_a_dispute_has_no_case() -> None:
    assert case_summary(facts(), IN_TRANSIT, PROFILE, OPENED) is None
    assert case_summary(facts(), RECEIVED, PROFILE, RECEIVED_AT + DAY) is None


def test_events_after_now_are_not_part_of_the_case_yet() -> None:
    assert case_summary(facts(), REFUNDED, PROFILE, OPENED - DAY) is None
    summary = case_summary(facts(), REFUNDED, PROFILE, ESCALATED - timedelta(seconds=1))
    assert summary is not None
    assert summary.stage == "seller_responded"


def test_a_refund_after_a_cancel_is_not_a_case() -> None:
    events = [
        ev(K.PAID, PAID, processing_days=7),
        ev(K.CANCELLED, PAID + DAY),
        ev(K.REFUND_RECEIVED, PAID + 3 * DAY),
    ]
    assert case_summary(facts(), events, PROFILE, PAID + 4 * DAY) is None


# -- the service ------------------------------------------------------------------------------


@pytest.fixture
def case_clock() -> FrozenClock:
    return FrozenClock(OPENED + DAY)


def test_the_service_answers_the_case_as_of_now_and_as_of_another_time(
    database: Any, case_clock: FrozenClock
) -> None:
    service = OrderService(database, case_clock)
    service.add_order(NewOrder(NUMBER, "Store", "Lamp", Decimal("100.00"), "USD", T0, PAID, "card", 7))
    service.record_event(NUMBER, NewEvent("shipped", at=SHIPPED, tracking="LP00123456789CN"))
    assert service.case(NUMBER) is None
    service.record_event(
        NUMBER, NewEvent("dispute-opened", at=OPENED, reason="tracking_stalled", refund=Decimal("100"))
    )
    now: CaseSummary | None = service.case(NUMBER)
    assert now is not None and now.stage == "open"
    later = service.case(NUMBER, at=RESPONSE_DUE + DAY)
    assert later is not None and later.stage == "refund_pending"
    assert service.case(NUMBER, at=OPENED - DAY) is None
    with pytest.raises(Refused):
        service.case("0000")
