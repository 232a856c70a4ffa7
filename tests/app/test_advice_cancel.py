"""The cancel wizard's advice engine: every path of the buyer's guide, boundaries to the second.

One table walks the paths (timeline, moment, reason → verdict, countdown, missing facts,
follow-up events); more tests check what holds for every row (the seller message names the
order in both languages, the follow-up events are ones the timeline accepts), that the profile's
values drive every time, and the service on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.domain.advice_cancel import (
    CANCEL_VERDICTS,
    GUIDED_STATUSES,
    CancelAdvice,
    advise_cancel,
    offers_cancel_guide,
)
from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.model import CANCEL_REASONS, Event, EventKind, OrderFacts
from app.domain.profile import RuleProfile, load_profile
from app.domain.timeutil import add_business_days
from app.domain.validation import sensible_events, validate_new_event
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder

# The drafts' Russian comes from the translation file: the tests read a fixture of it.
pytestmark = pytest.mark.usefixtures("russian_drafts")

K = EventKind
PROFILE = load_profile()
NUMBER = "8123456789012345"
SECOND = timedelta(seconds=1)
T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)  # ordered, a Monday
PAID = T0 + timedelta(hours=1)
CHECK_ENDS = PAID + timedelta(hours=24)  # payment_check_hours
SHIP_BY = CHECK_ENDS + timedelta(days=7)  # processing days entered at payment, from the check's end
ASKED = PAID + timedelta(days=2)  # cancel requested
APPROVES = ASKED + timedelta(hours=48)  # cancel_auto_approve_hours
SHIPPED = PAID + timedelta(days=3)
DISPUTE_OPENS = SHIPPED + timedelta(days=11)  # not_received_earliest_days
# The refund of an order not shipped in time: by payment method (card: 20 business days).
REFUND_DUE = add_business_days(SHIP_BY, 20)


def facts(method: str | None = "card") -> OrderFacts:
    return OrderFacts(NUMBER, "USD", Decimal("100.00"), T0, method)


def ev(kind: EventKind, at: datetime, **data: Any) -> Event:
    return Event(kind, at, at, data)


UNPAID: list[Event] = []
PAID_7D = [ev(K.PAID, PAID, processing_days=7)]
PAID_NO_SHIP_BY = [ev(K.PAID, PAID)]
REQUESTED = [*PAID_7D, ev(K.CANCEL_REQUESTED, ASKED, reason="changed_mind")]
IN_TRANSIT = [*PAID_7D, ev(K.SHIPPED, SHIPPED, tracking="LP00123456789CN")]
DELIVERED = [*IN_TRANSIT, ev(K.DELIVERED, SHIPPED + timedelta(days=9))]
RECEIVED = [*IN_TRANSIT, ev(K.RECEIVED, SHIPPED + timedelta(days=10))]
APPROVED = [*REQUESTED, ev(K.CANCEL_APPROVED, ASKED + timedelta(hours=5))]
REJECTED = [*REQUESTED, ev(K.CANCEL_REJECTED, ASKED + timedelta(hours=5))]
CANCELLED_UNPAID = [ev(K.CANCELLED, T0 + timedelta(hours=2))]
REFUNDED = [*APPROVED, ev(K.REFUND_RECEIVED, ASKED + timedelta(days=3), amount="100.00")]
DISPUTED = [*IN_TRANSIT, ev(K.DISPUTE_OPENED, DISPUTE_OPENS, reason="tracking_stalled")]
ESCALATED = [
    *DISPUTED,
    ev(K.SELLER_RESPONDED, DISPUTE_OPENS + timedelta(days=1)),
    ev(K.ESCALATED, DISPUTE_OPENS + timedelta(days=2)),
]


@dataclass(frozen=True)
class Case:
    name: str
    events: list[Event]
    now: datetime
    reason: str | None
    verdict: str
    wait_until: datetime | None
    missing: tuple[str, ...] = ()
    follow_up: tuple[str, ...] = ()
    has_message: bool = False


CASES = [
    # Not paid: nothing to do, it closes by itself.
    Case("unpaid", UNPAID, T0 + timedelta(days=1), None, "not_paid_ignore", T0 + timedelta(days=20), follow_up=("cancelled",)),
    Case("unpaid, any reason", UNPAID, T0, "out_of_stock", "not_paid_ignore", T0 + timedelta(days=20), follow_up=("cancelled",)),
    Case("unpaid, last second", UNPAID, T0 + timedelta(days=20) - SECOND, None, "not_paid_ignore", T0 + timedelta(days=20), follow_up=("cancelled",)),
    Case("unpaid, closed by itself", UNPAID, T0 + timedelta(days=20), None, "not_possible", None),
    Case("paid later than now", PAID_7D, PAID - SECOND, None, "not_paid_ignore", T0 + timedelta(days=20), follow_up=("cancelled",)),
    # Paid less than a day ago: the payment check.
    Case("just paid", PAID_7D, PAID, None, "wait_payment_check", CHECK_ENDS),
    Case("check, one second left", PAID_7D, CHECK_ENDS - SECOND, "changed_mind", "wait_payment_check", CHECK_ENDS),
    Case("check, seller-side reason", PAID_7D, CHECK_ENDS - SECOND, "out_of_stock", "wait_payment_check", CHECK_ENDS),
    # Personal reasons after the check: ask to cancel.
    Case("check over exactly", PAID_7D, CHECK_ENDS, None, "request_cancellation", None, follow_up=("cancel-requested",), has_message=True),
    Case("changed mind", PAID_7D, CHECK_ENDS + timedelta(days=1), "changed_mind", "request_cancellation", None, follow_up=("cancel-requested",), has_message=True),
    Case("found cheaper", PAID_7D, CHECK_ENDS, "found_cheaper", "request_cancellation", None, follow_up=("cancel-requested",), has_message=True),
    Case("other reason", PAID_7D, SHIP_BY - SECOND, "other", "request_cancellation", None, follow_up=("cancel-requested",), has_message=True),
    Case("ship-by unknown, personal", PAID_NO_SHIP_BY, CHECK_ENDS, "changed_mind", "request_cancellation", None, follow_up=("cancel-requested",), has_message=True),
    Case("after a refusal", REJECTED, ASKED + timedelta(hours=6), "changed_mind", "request_cancellation", None, follow_up=("cancel-requested",), has_message=True),
    # The seller can't or won't ship: let the ship-by time run out.
    Case("out of stock", PAID_7D, CHECK_ENDS, "out_of_stock", "wait_for_auto_refund", SHIP_BY, follow_up=("shipped",), has_message=True),
    Case("price raised", PAID_7D, CHECK_ENDS, "price_raised", "wait_for_auto_refund", SHIP_BY, follow_up=("shipped",), has_message=True),
    Case("seller asked, ship-by 1 s ahead", PAID_7D, SHIP_BY - SECOND, "seller_asked", "wait_for_auto_refund", SHIP_BY, follow_up=("shipped",), has_message=True),
    Case("ship-by unknown", PAID_NO_SHIP_BY, CHECK_ENDS, "out_of_stock", "wait_for_auto_refund", None, missing=("ship_by",), follow_up=("shipped",), has_message=True),
    Case("ship-by just passed", PAID_7D, SHIP_BY, "out_of_stock", "wait_for_auto_refund", REFUND_DUE),
    Case("ship-by passed, personal", PAID_7D, SHIP_BY + timedelta(days=1), "changed_mind", "wait_for_auto_refund", REFUND_DUE),
    Case("ship-by passed, no reason", PAID_7D, SHIP_BY, None, "wait_for_auto_refund", REFUND_DUE),
    Case("refund overdue", PAID_7D, REFUND_DUE, "out_of_stock", "wait_for_auto_refund", None),
    # A request is pending: the auto-approval countdown.
    Case("requested", REQUESTED, ASKED, None, "cancel_pending", APPROVES, follow_up=("cancel-approved", "cancel-rejected", "shipped"), has_message=True),
    Case("requested, 1 s left", REQUESTED, APPROVES - SECOND, "out_of_stock", "cancel_pending", APPROVES, follow_up=("cancel-approved", "cancel-rejected", "shipped"), has_message=True),
    Case("auto-approved exactly", REQUESTED, APPROVES, None, "not_possible", None, follow_up=("cancel-approved",)),
    # Shipped: wait or dispute.
    Case("in transit", IN_TRANSIT, SHIPPED + timedelta(days=1), "changed_mind", "shipped_wait_or_dispute", DISPUTE_OPENS),
    Case("in transit, 1 s before a dispute opens", IN_TRANSIT, DISPUTE_OPENS - SECOND, None, "shipped_wait_or_dispute", DISPUTE_OPENS),
    Case("in transit, dispute possible", IN_TRANSIT, DISPUTE_OPENS, None, "shipped_wait_or_dispute", None),
    Case("delivered", DELIVERED, SHIPPED + timedelta(days=9, hours=1), None, "shipped_wait_or_dispute", None),
    # Nothing to cancel.
    Case("completed", RECEIVED, SHIPPED + timedelta(days=11), None, "not_possible", None),
    Case("protection ran out", IN_TRANSIT, SHIPPED + timedelta(days=60), None, "not_possible", None),
    Case("approved, refund on its way", APPROVED, ASKED + timedelta(days=1), None, "not_possible", None, follow_up=("refund-received",)),
    Case("cancelled unpaid", CANCELLED_UNPAID, T0 + timedelta(days=1), None, "not_possible", None),
    Case("refunded", REFUNDED, ASKED + timedelta(days=4), None, "not_possible", None),
    Case("dispute open", DISPUTED, DISPUTE_OPENS + timedelta(hours=1), "changed_mind", "not_possible", None),
    Case("dispute escalated", ESCALATED, DISPUTE_OPENS + timedelta(days=3), None, "not_possible", None),
]  # fmt: skip


def advise(case: Case, profile: RuleProfile = PROFILE, method: str | None = "card") -> CancelAdvice:
    return advise_cancel(facts(method), case.events, profile, case.now, case.reason)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_path(case: Case) -> None:
    advice = advise(case)
    got = (advice.verdict, advice.wait_until, advice.missing, advice.follow_up)
    assert got == (case.verdict, case.wait_until, case.missing, case.follow_up)
    assert advice.verdict in CANCEL_VERDICTS
    assert advice.headline and advice.headline[-1] in ".!"
    assert advice.steps or advice.verdict == "not_possible"
    assert bool(advice.message) is case.has_message
    assert bool(advice.message_ru) is case.has_message


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_guide_is_offered_for_every_status_it_has_advice_for(case: Case) -> None:
    # The detail panel shows "Cancel order…" only for GUIDED_STATUSES.
    status = derive(facts("card"), case.events, PROFILE, case.now).status
    if status not in GUIDED_STATUSES:
        assert advise(case).verdict == "not_possible", status


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_guide_is_offered_exactly_where_it_has_something_to_do(case: Case) -> None:
    # "Cancel order…" shows where the guide helps: any advice but "not possible", and a silent
    # seller's approval to record. Not for a refund already on its way after an approval or a
    # dispute's decision, where the timeline takes no cancellation any more.
    status = derive(facts("card"), case.events, PROFILE, case.now).status
    possible = sensible_events(facts("card"), case.events, PROFILE, case.now)
    advice = advise(case)
    helps = advice.verdict != "not_possible" or "cancel-approved" in advice.follow_up
    assert offers_cancel_guide(status, possible) is helps


def test_a_refund_decided_in_a_dispute_is_no_order_to_cancel() -> None:
    decided = [*ESCALATED, ev(K.DECIDED, DISPUTE_OPENS + timedelta(days=4), outcome="full")]
    now = DISPUTE_OPENS + timedelta(days=5)
    status = derive(facts(), decided, PROFILE, now).status
    assert status.value == "refund_pending"
    assert not offers_cancel_guide(status, sensible_events(facts(), decided, PROFILE, now))


@pytest.mark.parametrize("case", [c for c in CASES if c.has_message], ids=lambda c: c.name)
def test_messages_name_the_order_in_english_and_russian(case: Case) -> None:
    advice = advise(case)
    assert NUMBER in advice.message and NUMBER in advice.message_ru
    assert advice.message.startswith("Hello!")
    assert advice.message_ru.startswith("Здравствуйте!")
    assert "Спасибо" in advice.message_ru
    assert not any("а" <= ch.lower() <= "я" for ch in advice.message)


@pytest.mark.parametrize("case", [c for c in CASES if c.follow_up], ids=lambda c: c.name)
def test_follow_up_events_are_accepted_by_the_timeline(case: Case) -> None:
    for kind in advise(case).follow_up:
        probe = Event(
            EventKind(kind), case.now, case.now, {"amount": "100.00"} if kind == "refund-received" else {}
        )
        validate_new_event(facts(), [e for e in case.events if e.at <= case.now], probe, PROFILE)


def test_every_verdict_is_reached() -> None:
    assert {c.verdict for c in CASES} == set(CANCEL_VERDICTS)


def test_every_reason_is_accepted_and_an_unknown_one_refused() -> None:
    for reason in CANCEL_REASONS:
        advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, reason)
    with pytest.raises(Refused, match='unknown reason "bored"'):
        advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, "bored")


def test_personal_reason_shows_in_the_message_only_when_it_helps() -> None:
    changed = advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, "changed_mind")
    assert "no longer need" in changed.message and "больше не нужен" in changed.message_ru
    cheaper = advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, "found_cheaper")
    assert "cheaper" not in cheaper.message  # no need to tell the seller that
    plain = advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, None)
    assert f"cancel order {NUMBER}." in plain.message


@pytest.mark.parametrize(
    ("reason", "english", "russian"),
    [
        ("out_of_stock", "out of stock", "нет в наличии"),
        ("price_raised", "at that price", "по этой цене"),
        ("seller_asked", "You asked me to cancel", "Вы попросили отменить"),
    ],
)
def test_seller_side_messages_say_why_the_buyer_waits(reason: str, english: str, russian: str) -> None:
    advice = advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, reason)
    assert english in advice.message and russian in advice.message_ru
    assert "close automatically" in advice.message and "закроется автоматически" in advice.message_ru


def test_missing_ship_by_is_asked_for_not_guessed() -> None:
    advice = advise_cancel(facts(), PAID_NO_SHIP_BY, PROFILE, CHECK_ENDS + timedelta(days=30), "price_raised")
    assert advice.missing == ("ship_by",) and advice.wait_until is None
    assert "order page" in advice.steps[0]


def test_a_typed_ship_by_answers_as_if_it_were_known() -> None:
    now = CHECK_ENDS + timedelta(days=1)
    typed = now + timedelta(days=3)
    advice = advise_cancel(facts(), PAID_NO_SHIP_BY, PROFILE, now, "out_of_stock", ship_by=typed)
    assert (advice.verdict, advice.wait_until, advice.missing) == ("wait_for_auto_refund", typed, ())
    assert advice.follow_up == ("shipped",)
    assert advice.steps[0] == "Wait for the ship-by countdown to end."


def test_a_typed_ship_by_beats_an_estimate_and_one_already_past_closes_the_order() -> None:
    typed = CHECK_ENDS + timedelta(days=10)
    later = advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, "price_raised", ship_by=typed)
    assert later.wait_until == typed
    past = advise_cancel(facts(), PAID_NO_SHIP_BY, PROFILE, CHECK_ENDS, "out_of_stock", ship_by=CHECK_ENDS)
    assert (past.verdict, past.wait_until) == ("wait_for_auto_refund", add_business_days(CHECK_ENDS, 20))


def test_a_typed_ship_by_must_be_after_the_payment_and_have_a_time_zone() -> None:
    with pytest.raises(Refused, match="after the payment"):
        advise_cancel(facts(), PAID_NO_SHIP_BY, PROFILE, CHECK_ENDS, "out_of_stock", ship_by=PAID)
    with pytest.raises(Refused, match="time zone"):
        naive = (CHECK_ENDS + timedelta(days=3)).replace(tzinfo=None)
        advise_cancel(facts(), PAID_NO_SHIP_BY, PROFILE, CHECK_ENDS, "out_of_stock", ship_by=naive)


def test_texts_quote_the_profile() -> None:
    assert "20 days" in advise_cancel(facts(), UNPAID, PROFILE, T0).headline
    assert any("48 hours" in s for s in advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS).steps)
    assert any("24 hours" in s for s in advise_cancel(facts(), PAID_7D, PROFILE, PAID).steps)
    # The refund of an unshipped order takes as long as any refund to the payment method.
    assert any(
        "3–20 business days" in s
        for s in advise_cancel(facts(), PAID_7D, PROFILE, CHECK_ENDS, "out_of_stock").steps
    )


# -- the profile's values drive every time --------------------------------------------------------

CUSTOM = PROFILE.with_overrides(
    {
        "unpaid_autoclose_days": 10,
        "payment_check_hours": 36,
        "cancel_auto_approve_hours": 72,
        "refund_business_days": {**PROFILE["refund_business_days"], "card": {"min": 1, "max": 3}},
        "not_received_earliest_days": 15,
    }
)
CUSTOM_SHIP_BY = PAID + timedelta(hours=36, days=7)


@pytest.mark.parametrize(
    ("events", "now", "reason", "verdict", "wait_until"),
    [
        (UNPAID, T0, None, "not_paid_ignore", T0 + timedelta(days=10)),
        (UNPAID, T0 + timedelta(days=10), None, "not_possible", None),
        (PAID_7D, CHECK_ENDS, None, "wait_payment_check", PAID + timedelta(hours=36)),
        (
            PAID_7D,
            PAID + timedelta(hours=36) - SECOND,
            None,
            "wait_payment_check",
            PAID + timedelta(hours=36),
        ),
        (PAID_7D, PAID + timedelta(hours=36), None, "request_cancellation", None),
        (
            PAID_7D,
            CUSTOM_SHIP_BY,
            "out_of_stock",
            "wait_for_auto_refund",
            add_business_days(CUSTOM_SHIP_BY, 3),
        ),
        (REQUESTED, APPROVES, None, "cancel_pending", ASKED + timedelta(hours=72)),
        (REQUESTED, ASKED + timedelta(hours=72), None, "not_possible", None),
        (IN_TRANSIT, DISPUTE_OPENS, None, "shipped_wait_or_dispute", SHIPPED + timedelta(days=15)),
    ],
)
def test_profile_overrides_change_the_times(
    events: list[Event], now: datetime, reason: str | None, verdict: str, wait_until: datetime | None
) -> None:
    advice = advise_cancel(facts(), events, CUSTOM, now, reason)
    assert (advice.verdict, advice.wait_until) == (verdict, wait_until)


def test_overridden_numbers_show_in_the_texts() -> None:
    assert "10 days" in advise_cancel(facts(), UNPAID, CUSTOM, T0).headline
    assert any(
        "72 hours" in s for s in advise_cancel(facts(), PAID_7D, CUSTOM, PAID + timedelta(days=2)).steps
    )
    assert any(
        "1–3 business days" in s
        for s in advise_cancel(facts(), PAID_7D, CUSTOM, PAID + timedelta(days=2), "seller_asked").steps
    )
    one_hour = PROFILE.with_overrides({"payment_check_hours": 1})
    assert any("(1 hour after" in s for s in advise_cancel(facts(), PAID_7D, one_hour, PAID).steps)


def test_cancelling_during_the_payment_check_when_the_profile_allows_it() -> None:
    allowed = PROFILE.with_overrides({"cancel_during_payment_check": True})
    advice = advise_cancel(facts(), PAID_7D, allowed, PAID + timedelta(minutes=5), "changed_mind")
    assert (advice.verdict, advice.follow_up) == ("request_cancellation", ("cancel-requested",))
    waiting = advise_cancel(facts(), PAID_7D, allowed, PAID + timedelta(minutes=5), "out_of_stock")
    assert (waiting.verdict, waiting.wait_until) == ("wait_for_auto_refund", SHIP_BY)


def test_a_refund_names_the_business_days_of_the_payment_method() -> None:
    case = next(c for c in CASES if c.name == "approved, refund on its way")
    assert any("20 business days" in s for s in advise(case, method="card").steps)
    assert any("1 business day " in s for s in advise(case, method="balance").steps)


def test_auto_refund_expected_time_matches_the_deadline_engine() -> None:
    # The refund after an unshipped order is expected by payment method, like every refund.
    advice = advise_cancel(facts("wallet"), PAID_7D, PROFILE, SHIP_BY + timedelta(hours=1), None)
    assert advice.wait_until == add_business_days(SHIP_BY, 10)
    assert advice.wait_until == derive(facts("wallet"), PAID_7D, PROFILE, SHIP_BY).deadlines[0].due


# -- the service --------------------------------------------------------------------------------


@pytest.fixture
def paid(service: OrderService, clock: Any) -> OrderService:
    """Order NUMBER, paid two days before the service clock, 7 days to ship."""
    now = clock.now()
    service.add_order(
        NewOrder(
            number=NUMBER,
            store="Gadget Store",
            title="USB-C cable",
            total=Decimal("12.34"),
            currency="USD",
            ordered_at=now - timedelta(days=2, hours=1),
            paid_at=now - timedelta(days=2),
            payment_method="card",
            processing_days=7,
        )
    )
    return service


def test_service_advises_as_of_now_and_as_of_another_time(paid: OrderService, clock: Any) -> None:
    now = clock.now()
    paid_at = now - timedelta(days=2)
    assert paid.advise_cancel(NUMBER).verdict == "request_cancellation"
    early = paid.advise_cancel(NUMBER, at=paid_at + timedelta(hours=1))
    assert (early.verdict, early.wait_until) == ("wait_payment_check", paid_at + timedelta(hours=24))
    later = paid.advise_cancel(NUMBER, "price_raised", at=paid_at + timedelta(days=7))
    # 7 processing days from the end of the day-long payment check.
    assert (later.verdict, later.wait_until) == ("wait_for_auto_refund", paid_at + timedelta(days=8))


def test_service_follows_the_recorded_request_and_the_rules(paid: OrderService, clock: Any) -> None:
    now = clock.now()
    paid.record_event(NUMBER, NewEvent(kind="cancel-requested", reason="changed_mind"))
    advice = paid.advise_cancel(NUMBER)
    assert (advice.verdict, advice.wait_until) == ("cancel_pending", now + timedelta(hours=48))
    paid.rules.set("cancel_auto_approve_hours", 72)
    assert paid.advise_cancel(NUMBER).wait_until == now + timedelta(hours=72)


def test_service_refuses_an_unknown_order_or_reason(paid: OrderService) -> None:
    with pytest.raises(Refused, match="no order 42"):
        paid.advise_cancel("42")
    with pytest.raises(Refused, match='unknown reason "bored"'):
        paid.advise_cancel(NUMBER, "bored")


def test_service_takes_a_typed_ship_by_without_saving_it(service: OrderService, clock: Any) -> None:
    now = clock.now()
    service.add_order(
        NewOrder(
            number=NUMBER,
            store="Gadget Store",
            title="USB-C cable",
            total=Decimal("12.34"),
            currency="USD",
            paid_at=now - timedelta(days=2),
        )
    )
    assert service.advise_cancel(NUMBER, "out_of_stock").missing == ("ship_by",)
    typed = service.advise_cancel(NUMBER, "out_of_stock", ship_by=now + timedelta(days=3))
    assert (typed.missing, typed.wait_until) == ((), now + timedelta(days=3))
    assert service.advise_cancel(NUMBER, "out_of_stock").missing == ("ship_by",)
    assert [entry.kind for entry in service.show(NUMBER).timeline] == ["ordered", "paid"]
