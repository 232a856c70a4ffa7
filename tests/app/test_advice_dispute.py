"""The dispute wizard's advice engine: every reason at its window's boundaries, to the second.

One table walks every reason through its window (one second before it opens, at the opening,
one second before it closes, at the close) on the timelines where it applies: in transit, with
an entered short protection, delivered (the protection cut), received. Further tests cover the
orders that can't be disputed, a dispute already open, the one-dispute rule with
``dispute-cancelled``, the fallbacks per payment method, the texts, and that the engine agrees
with the timeline's own validation and with the profile's values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.domain.advice_dispute import DisputeAdvice, advise_dispute
from app.domain.deadlines import derive
from app.domain.dispute_drafts import DISPUTE_OUTCOMES
from app.domain.dispute_evidence import EVIDENCE
from app.domain.errors import Refused
from app.domain.model import DISPUTE_REASONS, Event, EventKind, OrderFacts, Status
from app.domain.model import NOT_RECEIVED_REASONS as NOT_RECEIVED
from app.domain.model import RECEIVED_REASONS as RECEIVED
from app.domain.profile import load_profile
from app.domain.validation import validate_new_event, validate_timeline
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
SHIPPED = PAID + timedelta(days=3)
ENDS = SHIPPED + timedelta(days=60)  # protection_days
NR_OPENS = SHIPPED + timedelta(days=11)  # not_received_earliest_days
SHORT_ENDS = SHIPPED + timedelta(days=15)  # an entered protection end
DELIVERED_AT = SHIPPED + timedelta(days=20)
CUT = DELIVERED_AT + timedelta(days=5)  # protection_after_delivered_days
RECEIVED_AT = SHIPPED + timedelta(days=22)
CONFIRM = timedelta(days=15)  # dispute_after_confirm_days


def facts(method: str | None = "card") -> OrderFacts:
    return OrderFacts(NUMBER, "USD", Decimal("100.00"), T0, method)


def ev(kind: EventKind, at: datetime, **data: Any) -> Event:
    return Event(kind, at, at, data)


def stamp(when: datetime) -> str:
    return when.isoformat()


PAID_7D = [ev(K.PAID, PAID, processing_days=7)]
IN_TRANSIT = [*PAID_7D, ev(K.SHIPPED, SHIPPED, tracking="LP00123456789CN")]
SHORT = [*PAID_7D, ev(K.SHIPPED, SHIPPED, protection_ends=stamp(SHORT_ENDS))]
DELIVERED = [*IN_TRANSIT, ev(K.DELIVERED, DELIVERED_AT)]
RECEIVED_EVENTS = [*IN_TRANSIT, ev(K.RECEIVED, RECEIVED_AT)]
DISPUTED = [*IN_TRANSIT, ev(K.DISPUTE_OPENED, NR_OPENS, reason="tracking_stalled", refund="100.00")]
CANCELLED_DISPUTE = [*DISPUTED, ev(K.DISPUTE_CANCELLED, NR_OPENS + timedelta(days=1))]


def advise(events: list[Event], now: datetime, reason: str, method: str | None = "card") -> DisputeAdvice:
    return advise_dispute(facts(method), events, PROFILE, now, reason)


# -- the windows, reason by reason --------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    name: str
    events: list[Event]
    reason: str
    opens: datetime  # the first moment it can be opened
    closes: datetime  # the first moment it can't any more
    opens_known: bool  # False: before ``opens`` the goods hadn't arrived (no opening time yet)
    act_by: datetime  # the time to act by shown at the opening (protection's end while it runs)
    late: bool  # the window goes on after protection ended: the last stretch is the last chance


def _windows() -> list[Window]:
    rows = []
    for reason in NOT_RECEIVED:
        # Protection ends, the order completes, and a completed order can be disputed 15 more days.
        rows.append(
            Window(f"{reason}, in transit", IN_TRANSIT, reason, NR_OPENS, ENDS + CONFIRM, True, ENDS, True)
        )
        rows.append(
            Window(f"{reason}, delivered (cut)", DELIVERED, reason, NR_OPENS, CUT + CONFIRM, True, ENDS, True)
        )
        # Less than extension_warning_days of protection left: the delivery period has ended.
        early = SHORT_ENDS - timedelta(days=7) if reason == "delivery_period_ending" else NR_OPENS
        rows.append(
            Window(
                f"{reason}, short protection",
                SHORT,
                reason,
                early,
                SHORT_ENDS + CONFIRM,
                True,
                SHORT_ENDS,
                True,
            )
        )
    for reason in RECEIVED:
        rows.append(
            Window(f"{reason}, delivered", DELIVERED, reason, DELIVERED_AT, CUT + CONFIRM, False, CUT, True)
        )
        rows.append(
            Window(
                f"{reason}, received",
                RECEIVED_EVENTS,
                reason,
                RECEIVED_AT,
                RECEIVED_AT + CONFIRM,
                False,
                RECEIVED_AT + CONFIRM,
                False,
            )
        )
    return rows  # fmt: skip


WINDOWS = _windows()


@pytest.mark.parametrize("w", WINDOWS, ids=[w.name for w in WINDOWS])
def test_one_second_before_it_opens(w: Window) -> None:
    a = advise(w.events, w.opens - SECOND, w.reason)
    assert not a.eligible and a.refusal
    if w.opens_known:
        assert (a.opens_at, a.closes_at) == (w.opens, w.act_by)
        assert a.refusal.startswith("Too early")
    else:
        assert (a.opens_at, a.closes_at) == (None, None)
        assert "hasn't arrived" in a.refusal
    assert a.fallbacks == ()


@pytest.mark.parametrize("w", WINDOWS, ids=[w.name for w in WINDOWS])
def test_at_the_opening(w: Window) -> None:
    a = advise(w.events, w.opens, w.reason)
    assert (a.eligible, a.opens_at, a.closes_at, a.refusal, a.fallbacks) == (True, None, w.act_by, "", ())
    assert not a.late


@pytest.mark.parametrize("w", WINDOWS, ids=[w.name for w in WINDOWS])
def test_one_second_before_it_closes(w: Window) -> None:
    a = advise(w.events, w.closes - SECOND, w.reason)
    assert (a.eligible, a.opens_at, a.closes_at, a.refusal) == (True, None, w.closes, "")
    assert a.late is w.late
    if w.late:
        # Said plainly: the safe time was before protection ended; this is the last chance.
        assert "the safe time to open a dispute was before then" in a.warnings[0]
        assert "last chance" in a.warnings[0] and a.confidence == "official"


@pytest.mark.parametrize("w", WINDOWS, ids=[w.name for w in WINDOWS])
def test_at_the_close(w: Window) -> None:
    a = advise(w.events, w.closes, w.reason)
    assert (a.eligible, a.opens_at, a.closes_at) == (False, None, w.closes)
    assert "can't be opened any more" in a.refusal
    assert a.fallbacks  # a card payment: the chargeback window still runs


@pytest.mark.parametrize("w", WINDOWS, ids=[w.name for w in WINDOWS])
def test_an_eligible_answer_is_one_the_timeline_accepts(w: Window) -> None:
    for now in (w.opens, w.closes - SECOND):
        opened = ev(K.DISPUTE_OPENED, now, reason=w.reason)
        validate_new_event(facts(), w.events, opened, PROFILE)


def test_delivery_period_ending_opens_at_once_when_protection_is_nearly_over() -> None:
    tiny = [*PAID_7D, ev(K.SHIPPED, SHIPPED, protection_ends=stamp(SHIPPED + timedelta(days=5)))]
    a = advise(tiny, SHIPPED, "delivery_period_ending")
    assert (a.eligible, a.opens_at, a.closes_at) == (True, None, SHIPPED + timedelta(days=5))
    stalled = advise(tiny, SHIPPED, "tracking_stalled")
    # Protection ends before not_received_earliest_days: only the delivery-period reason fits now;
    # the others come in the 15 days after the order completed, as the last chance.
    assert not stalled.eligible and stalled.opens_at == SHIPPED + timedelta(days=11)
    late = advise(tiny, SHIPPED + timedelta(days=11), "tracking_stalled")
    assert late.eligible and late.late and late.closes_at == SHIPPED + timedelta(days=5) + CONFIRM


def test_not_received_reasons_are_refused_after_receipt_is_confirmed() -> None:
    for reason in NOT_RECEIVED:
        a = advise(RECEIVED_EVENTS, RECEIVED_AT + timedelta(days=1), reason)
        assert (a.eligible, a.opens_at, a.closes_at) == (False, None, None)
        assert "confirmed receipt" in a.refusal and a.fallbacks == ()


def test_received_reasons_wait_for_the_parcel_and_are_gone_if_it_never_came() -> None:
    for reason in RECEIVED:
        waiting = advise(IN_TRANSIT, NR_OPENS, reason)
        assert (waiting.eligible, waiting.opens_at, waiting.closes_at) == (False, None, None)
        assert 'choose a "not received" reason' in waiting.refusal
        # Protection ended: still nothing to hold, so still "not arrived"; the window then closes.
        completed = advise(IN_TRANSIT, ENDS, reason)
        assert not completed.eligible and "hasn't arrived" in completed.refusal
        gone = advise(IN_TRANSIT, ENDS + CONFIRM, reason)
        assert not gone.eligible and "can't be opened any more" in gone.refusal
        assert gone.fallbacks == (("chargeback_window_ends", ENDS + timedelta(days=120)),)


def test_completion_by_protection_running_out_leaves_the_confirm_window() -> None:
    # Delivered, never confirmed: the order completes at the cut, then 15 days remain.
    a = advise(DELIVERED, CUT + timedelta(days=1), "damaged")
    assert (a.eligible, a.closes_at) == (True, CUT + CONFIRM)
    assert derive(facts(), DELIVERED, PROFILE, CUT).status is Status.COMPLETED


# -- orders that can't be disputed --------------------------------------------------------------

UNPAID: list[Event] = []
REQUESTED = [*PAID_7D, ev(K.CANCEL_REQUESTED, PAID + timedelta(days=2), reason="changed_mind")]
APPROVED = [*REQUESTED, ev(K.CANCEL_APPROVED, PAID + timedelta(days=2, hours=5))]
REFUNDED = [*APPROVED, ev(K.REFUND_RECEIVED, PAID + timedelta(days=5), amount="100.00")]
CANCELLED_UNPAID = [ev(K.CANCELLED, T0 + timedelta(hours=2))]


@pytest.mark.parametrize(
    ("name", "events", "now", "words"),
    [
        ("unpaid", UNPAID, T0 + timedelta(days=1), "isn't paid"),
        ("unpaid, closed by itself", UNPAID, T0 + timedelta(days=20), "never paid"),
        ("cancelled unpaid", CANCELLED_UNPAID, T0 + timedelta(days=1), "cancelled"),
        ("paid, not shipped", PAID_7D, PAID + timedelta(days=2), "ask to cancel instead"),
        ("cancel requested", REQUESTED, PAID + timedelta(days=2, hours=1), "ask to cancel instead"),
        ("not shipped in time", PAID_7D, PAID + timedelta(days=8), "didn't ship in time"),
        ("cancel approved, refund coming", APPROVED, PAID + timedelta(days=3), "refund for this order is already on its way"),
        ("refunded", REFUNDED, PAID + timedelta(days=6), "refunded"),
    ],
)  # fmt: skip
def test_orders_that_cant_be_disputed(name: str, events: list[Event], now: datetime, words: str) -> None:
    for reason in DISPUTE_REASONS:
        a = advise(events, now, reason)
        assert (a.eligible, a.opens_at, a.closes_at, a.fallbacks, a.warnings) == (False, None, None, (), ())
        assert words in a.refusal and a.refusal[0].isupper() and a.refusal.endswith(".")


# -- a dispute already open ---------------------------------------------------------------------


def test_an_open_dispute_is_followed_not_opened_again() -> None:
    a = advise(DISPUTED, NR_OPENS + timedelta(hours=1), "tracking_stalled")
    assert (a.eligible, a.opens_at, a.closes_at, a.refusal) == (
        False,
        None,
        None,
        "A dispute is already open.",
    )
    assert "5 days" in a.steps[0] and "16 days" in a.steps[1] and "Escalate" in a.steps[1]
    assert any("confirm receipt" in w for w in a.warnings)
    assert any('"Accept"' in w for w in a.warnings) and any("chargeback" in w for w in a.warnings)
    other = advise(DISPUTED, NR_OPENS + timedelta(hours=1), "damaged")
    assert other.refusal == "A dispute is already open."
    assert not any("confirm receipt" in w for w in other.warnings)


def test_an_escalated_or_lost_dispute() -> None:
    escalated = [
        *DISPUTED,
        ev(K.SELLER_RESPONDED, NR_OPENS + timedelta(days=1)),
        ev(K.ESCALATED, NR_OPENS + timedelta(days=2)),
    ]
    a = advise(escalated, NR_OPENS + timedelta(days=3), "tracking_stalled")
    assert a.refusal == "A dispute is already open." and "platform is deciding" in a.steps[0]
    lost = [*escalated, ev(K.DECIDED, NR_OPENS + timedelta(days=10), outcome="rejected")]
    b = advise(lost, NR_OPENS + timedelta(days=11), "tracking_stalled", method="paypal")
    assert b.refusal == "A dispute is already open." and "appeal" in b.steps[0]
    assert b.fallbacks == (("paypal_dispute_ends", PAID + timedelta(days=180)),)
    assert not any("chargeback" in w for w in b.warnings)


def test_a_silent_seller_lets_the_refund_go_through() -> None:
    a = advise(DISPUTED, NR_OPENS + timedelta(days=5), "tracking_stalled")
    assert a.refusal == "A dispute is already open." and "didn't answer in time" in a.steps[0]


# -- one dispute per order ----------------------------------------------------------------------


def test_dispute_cancelled_puts_the_order_back_and_is_remembered() -> None:
    history = validate_timeline(facts(), CANCELLED_DISPUTE, PROFILE)
    assert history.dispute is None and history.dispute_cancelled_at == NR_OPENS + timedelta(days=1)
    assert (
        derive(facts(), CANCELLED_DISPUTE, PROFILE, NR_OPENS + timedelta(days=2)).status is Status.IN_TRANSIT
    )


@pytest.mark.parametrize(
    ("events", "at", "words"),
    [
        (IN_TRANSIT, NR_OPENS, "there is no open dispute to cancel"),
        (RECEIVED_EVENTS, RECEIVED_AT + SECOND, "there is no open dispute to cancel"),
        (CANCELLED_DISPUTE, NR_OPENS + timedelta(days=2), "there is no open dispute to cancel"),
        (
            [*DISPUTED, ev(K.ESCALATED, NR_OPENS + timedelta(days=1))],
            NR_OPENS + timedelta(days=2),
            "the dispute is escalated",
        ),
    ],
)
def test_dispute_cancelled_only_while_a_dispute_is_open(
    events: list[Event], at: datetime, words: str
) -> None:
    with pytest.raises(Refused, match=f"can't record dispute-cancelled: {words}"):
        validate_new_event(facts(), events, ev(K.DISPUTE_CANCELLED, at), PROFILE)


def test_a_second_dispute_while_protection_runs() -> None:
    for reason in NOT_RECEIVED:
        a = advise(CANCELLED_DISPUTE, NR_OPENS + timedelta(days=2), reason)
        assert (a.eligible, a.closes_at) == (True, ENDS)
        assert advise(CANCELLED_DISPUTE, ENDS - SECOND, reason).eligible
        validate_new_event(
            facts(), CANCELLED_DISPUTE, ev(K.DISPUTE_OPENED, ENDS - SECOND, reason=reason), PROFILE
        )


def test_no_second_dispute_once_protection_ended() -> None:
    a = advise(CANCELLED_DISPUTE, ENDS, "tracking_stalled")
    assert (a.eligible, a.opens_at, a.closes_at) == (False, None, ENDS)
    assert "already had a dispute" in a.refusal
    assert a.fallbacks == (("chargeback_window_ends", ENDS + timedelta(days=120)),)
    # Without the cancelled dispute, a completed order keeps the confirm window for what arrived;
    # with it, no second dispute is accepted after an entered protection end, whatever the reason.
    short_cancelled = [
        *SHORT,
        ev(K.DISPUTE_OPENED, NR_OPENS, reason="tracking_stalled"),
        ev(K.DISPUTE_CANCELLED, NR_OPENS + timedelta(days=1)),
    ]
    for reason in DISPUTE_REASONS:
        with pytest.raises(Refused, match="this order already had a dispute"):
            validate_new_event(
                facts(), short_cancelled, ev(K.DISPUTE_OPENED, SHORT_ENDS, reason=reason), PROFILE
            )
    # An estimated end (the usual 60 days) gives way: the buyer saw the dispute opened.
    validate_new_event(
        facts(), CANCELLED_DISPUTE, ev(K.DISPUTE_OPENED, ENDS, reason="tracking_stalled"), PROFILE
    )


def test_second_dispute_about_what_arrived_closes_with_protection() -> None:
    delivered = [*CANCELLED_DISPUTE, ev(K.DELIVERED, DELIVERED_AT)]
    a = advise(delivered, DELIVERED_AT, "damaged")
    assert (a.eligible, a.closes_at) == (True, CUT)  # not CUT + 15 days: protection must still run
    assert advise(delivered, CUT - SECOND, "damaged").eligible
    late = advise(delivered, CUT, "damaged")
    assert not late.eligible and "already had a dispute" in late.refusal
    received = [*CANCELLED_DISPUTE, ev(K.RECEIVED, RECEIVED_AT)]
    b = advise(received, RECEIVED_AT + SECOND, "damaged")
    assert not b.eligible and "already had a dispute" in b.refusal
    with pytest.raises(Refused, match="this order already had a dispute"):
        validate_new_event(
            facts(), received, ev(K.DISPUTE_OPENED, RECEIVED_AT + SECOND, reason="damaged"), PROFILE
        )


def test_a_dispute_never_cancelled_is_the_only_one() -> None:
    refunded = [*DISPUTED, ev(K.REFUND_RECEIVED, NR_OPENS + timedelta(days=6), amount="100.00")]
    a = advise(refunded, NR_OPENS + timedelta(days=7), "tracking_stalled")
    assert not a.eligible and "refunded" in a.refusal
    with pytest.raises(Refused):
        validate_new_event(
            facts(), refunded, ev(K.DISPUTE_OPENED, NR_OPENS + timedelta(days=7), reason="damaged"), PROFILE
        )


# -- fallbacks per payment method ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "events", "now", "expected"),
    [
        ("card", IN_TRANSIT, ENDS + CONFIRM, (("chargeback_window_ends", ENDS + timedelta(days=120)),)),
        ("card", DELIVERED, CUT + CONFIRM, (("chargeback_window_ends", DELIVERED_AT + timedelta(days=120)),)),
        ("card", IN_TRANSIT, ENDS + timedelta(days=120), ()),
        ("paypal", IN_TRANSIT, ENDS + CONFIRM, (("paypal_dispute_ends", PAID + timedelta(days=180)),)),
        ("paypal", IN_TRANSIT, PAID + timedelta(days=180), ()),
        ("wallet", IN_TRANSIT, ENDS + CONFIRM, ()),
        ("balance", IN_TRANSIT, ENDS + CONFIRM, ()),
        (None, IN_TRANSIT, ENDS + CONFIRM, ()),
    ],
)  # fmt: skip
def test_fallbacks_per_payment_method(
    method: str | None, events: list[Event], now: datetime, expected: tuple[tuple[str, datetime], ...]
) -> None:
    reason = "tracking_stalled" if events is IN_TRANSIT else "damaged"
    a = advise(events, now, reason, method=method)
    assert not a.eligible and a.fallbacks == expected
    if not expected:
        assert "no payment-method fallback" in a.steps[0]


def test_no_fallbacks_while_the_platform_window_runs() -> None:
    for method in ("card", "paypal"):
        assert advise(IN_TRANSIT, NR_OPENS, "tracking_stalled", method).fallbacks == ()
        assert advise(IN_TRANSIT, NR_OPENS - SECOND, "tracking_stalled", method).fallbacks == ()


# -- evidence, outcome, texts, warnings ---------------------------------------------------------


def test_outcome_per_reason() -> None:
    for reason in NOT_RECEIVED:
        assert advise(IN_TRANSIT, NR_OPENS, reason).outcome == "full_refund"
    for reason in RECEIVED:
        expected = "full_refund" if reason == "counterfeit" else "partial_refund_or_return"
        assert advise(DELIVERED, DELIVERED_AT, reason).outcome == expected
    assert {advise(DELIVERED, DELIVERED_AT, r).outcome for r in DISPUTE_REASONS} == set(DISPUTE_OUTCOMES)


@pytest.mark.parametrize(
    ("reason", "needed"),
    [
        ("tracking_stalled", ["tracking page"]),
        ("wrong_destination", ["tracking page", "another destination", "post office"]),
        ("delivery_period_ending", ["tracking page", "protection countdown"]),
        ("returned_to_sender", ["tracking page", "return to the sender"]),
        ("customs", ["tracking page", "customs or post-office statement"]),
        ("not_as_described", ["each difference", "ruler", "size label", "unboxing video"]),
        ("defective", ["video showing that it doesn't work", "unboxing video"]),
        ("damaged", ["each damage", "unboxing video"]),
        ("wrong_item", ["what arrived", "unboxing video"]),
        ("quantity_short", ["counted", "unboxing video"]),
        ("counterfeit", ["each difference", "unboxing video"]),
        ("empty_parcel", ["weight photo", "unboxing video", "post-office statement"]),
    ],
)
def test_evidence_checklist_per_reason(reason: str, needed: list[str]) -> None:
    evidence = advise(DELIVERED, DELIVERED_AT, reason).evidence
    assert evidence == EVIDENCE[reason]
    text = " | ".join(evidence)
    for words in needed:
        assert words in text, (reason, words)
    assert "chat with the seller" in text
    assert advise(UNPAID, T0, reason).evidence == evidence  # the checklist never depends on the state


def test_every_reason_has_its_texts() -> None:
    assert set(EVIDENCE) == set(DISPUTE_REASONS)
    for reason in DISPUTE_REASONS:
        a = advise(RECEIVED_EVENTS, RECEIVED_AT, reason)
        assert a.reason == reason and a.message and a.message_ru


@pytest.mark.parametrize("reason", DISPUTE_REASONS)
def test_dispute_text_from_the_facts_in_english_and_russian(reason: str) -> None:
    events = RECEIVED_EVENTS if reason in RECEIVED else IN_TRANSIT
    a = advise(events, ENDS - timedelta(days=1) if reason in NOT_RECEIVED else RECEIVED_AT, reason)
    assert a.message.startswith(f"Order {NUMBER}: ordered on 2026-03-02, shipped on 2026-03-05")
    assert a.message_ru.startswith(f"Заказ № {NUMBER}: оформлен 2026-03-02, отправлен 2026-03-05")
    assert "[" in a.message and "]" in a.message and "[" in a.message_ru
    assert not any("а" <= ch.lower() <= "я" for ch in a.message)
    if reason in RECEIVED:
        assert "received on 2026-03-27" in a.message and "получен 2026-03-27" in a.message_ru
    if a.outcome == "full_refund":
        assert "full refund" in a.message and "полный возврат" in a.message_ru
    else:
        assert "partial refund of [amount]" in a.message and "[сумма]" in a.message_ru
    if reason in ("not_as_described", "defective", "counterfeit"):
        assert "promised" in a.message  # what was promised vs what arrived


def test_dispute_text_names_the_delivery_from_tracking() -> None:
    a = advise(DELIVERED, DELIVERED_AT, "wrong_destination")
    assert "delivered on 2026-03-25 according to the tracking" in a.message
    assert "доставлен 2026-03-25" in a.message_ru


def test_warnings_at_the_moment_they_matter() -> None:
    opening = advise(IN_TRANSIT, NR_OPENS, "tracking_stalled")
    assert len(opening.warnings) == 3
    assert "Don't confirm receipt" in opening.warnings[0]
    assert "Don't cancel the dispute" in opening.warnings[1]
    assert "chargeback" in opening.warnings[2]
    early = advise(IN_TRANSIT, NR_OPENS - SECOND, "tracking_stalled")
    assert len(early.warnings) == 1 and "Don't confirm receipt" in early.warnings[0]
    received = advise(RECEIVED_EVENTS, RECEIVED_AT, "damaged")
    assert len(received.warnings) == 2 and not any("confirm receipt" in w for w in received.warnings)
    late = advise(IN_TRANSIT, ENDS, "tracking_stalled")
    assert len(late.warnings) == 4 and "last chance" in late.warnings[0]
    missed = advise(IN_TRANSIT, ENDS + CONFIRM, "tracking_stalled")
    assert missed.warnings == ()  # the chargeback is then the way out, not a mistake


def test_steps_to_open_name_the_profile_periods() -> None:
    a = advise(DELIVERED, DELIVERED_AT, "damaged")
    text = " ".join(a.steps)
    assert "5 days to answer" in text and "after 16 days" in text and "within 10 days" in text
    assert "[…]" in text


# -- the profile drives every time --------------------------------------------------------------


def test_profile_values_drive_the_windows() -> None:
    profile = PROFILE.with_overrides(
        {
            "not_received_earliest_days": 5,
            "dispute_after_confirm_days": 10,
            "protection_after_delivered_days": 3,
            "extension_warning_days": 14,
        }
    )

    def at(events: list[Event], now: datetime, reason: str) -> DisputeAdvice:
        return advise_dispute(facts(), events, profile, now, reason)

    assert at(IN_TRANSIT, SHIPPED + timedelta(days=5) - SECOND, "customs").opens_at == SHIPPED + timedelta(
        days=5
    )
    assert at(IN_TRANSIT, SHIPPED + timedelta(days=5), "customs").eligible
    assert at(DELIVERED, DELIVERED_AT, "customs").closes_at == DELIVERED_AT + timedelta(days=3)
    assert at(RECEIVED_EVENTS, RECEIVED_AT, "damaged").closes_at == RECEIVED_AT + timedelta(days=10)
    # 15 days of protection, 14 warning days: the delivery period ends one day after shipment.
    assert at(SHORT, SHIPPED + SECOND, "delivery_period_ending").opens_at == SHIPPED + timedelta(days=1)
    open_steps = " ".join(
        advise_dispute(
            facts(), DELIVERED, PROFILE.with_overrides({"seller_response_days": 3}), DELIVERED_AT, "damaged"
        ).steps
    )
    assert "3 days to answer" in open_steps


def test_an_unknown_reason_is_refused() -> None:
    with pytest.raises(Refused, match='unknown reason "bored" \\(one of: tracking_stalled,'):
        advise(IN_TRANSIT, NR_OPENS, "bored")


# -- the service --------------------------------------------------------------------------------


@pytest.fixture
def shipped(service: OrderService, clock: Any) -> OrderService:
    """Order NUMBER, shipped 12 days before the service clock (60 days of protection)."""
    now = clock.now()
    service.add_order(
        NewOrder(
            number=NUMBER,
            store="Gadget Store",
            title="USB-C cable",
            total=Decimal("12.34"),
            currency="USD",
            ordered_at=now - timedelta(days=16),
            paid_at=now - timedelta(days=15),
            payment_method="card",
        )
    )
    service.record_event(NUMBER, NewEvent(kind="shipped", at=now - timedelta(days=12)))
    return service


def test_service_advises_as_of_now_and_as_of_another_time(shipped: OrderService, clock: Any) -> None:
    now = clock.now()
    sent = now - timedelta(days=12)
    a = shipped.advise_dispute(NUMBER, "tracking_stalled")
    assert (a.eligible, a.closes_at, a.late) == (True, sent + timedelta(days=60), False)
    early = shipped.advise_dispute(NUMBER, "tracking_stalled", at=sent + timedelta(days=2))
    assert (early.eligible, early.opens_at) == (False, sent + timedelta(days=11))


def test_service_records_a_cancelled_dispute_and_allows_a_second(shipped: OrderService, clock: Any) -> None:
    now = clock.now()
    shipped.record_event(
        NUMBER, NewEvent(kind="dispute-opened", reason="tracking_stalled", at=now - timedelta(hours=2))
    )
    assert shipped.advise_dispute(NUMBER, "tracking_stalled").refusal == "A dispute is already open."
    with pytest.raises(Refused, match="dispute-cancelled doesn't take a reason"):
        shipped.record_event(NUMBER, NewEvent(kind="dispute-cancelled", reason="tracking_stalled"))
    detail = shipped.record_event(NUMBER, NewEvent(kind="dispute-cancelled", at=now - timedelta(hours=1)))
    assert detail.status is Status.IN_TRANSIT
    assert shipped.advise_dispute(NUMBER, "customs").eligible
    shipped.record_event(NUMBER, NewEvent(kind="dispute-opened", reason="customs"))
    assert shipped.show(NUMBER).status is Status.DISPUTE_OPEN


def test_service_refuses_an_unknown_order_or_reason(shipped: OrderService) -> None:
    with pytest.raises(Refused, match="no order 42"):
        shipped.advise_dispute("42", "damaged")
    with pytest.raises(Refused, match='unknown reason "bored"'):
        shipped.advise_dispute(NUMBER, "bored")


def test_the_dispute_text_names_the_partial_refund_chosen() -> None:
    from app.domain.advice_dispute import advise_dispute

    now = RECEIVED_AT + timedelta(days=1)
    without = advise_dispute(facts(), RECEIVED_EVENTS, PROFILE, now, "defective")
    assert "[amount]" in without.message and "[сумма]" in without.message_ru
    chosen = advise_dispute(facts(), RECEIVED_EVENTS, PROFILE, now, "defective", Decimal("30"))
    assert "partial refund of 30.00 USD" in chosen.message
    assert "30.00 USD" in chosen.message_ru and "[сумма]" not in chosen.message_ru
