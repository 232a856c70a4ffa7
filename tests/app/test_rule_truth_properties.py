"""Properties over random timelines and times:

- the dispute advice, the deadline list and the validation of a recorded ``dispute-opened`` give
  one answer to "can a dispute be opened now, and until when?" (they all ask ``eligibility``);
- refunds add up per item and in total without ever exceeding what was paid, and the order's
  status is consistent with its items.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.advice_dispute import advise_dispute
from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.lifecycle import IN_DISPUTE, fold, refunds_cover
from app.domain.model import (
    DISPUTE_REASONS,
    NOT_RECEIVED_REASONS,
    DeadlineKind,
    Event,
    EventKind,
    LineFacts,
    OrderFacts,
    Status,
)
from app.domain.profile import load_profile
from app.domain.validation import validate_new_event, validate_timeline

K = EventKind
D = DeadlineKind
PROFILE = load_profile().with_buyer_zone(UTC)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LINES = (LineFacts(1, "Desk lamp", Decimal("60.00")), LineFacts(2, "USB cable", Decimal("30.00")))
FACTS = OrderFacts("8123456789012345", "USD", Decimal("100.00"), T0, "card", LINES)  # 10.00 shipping
SCOPES = (None, 1, 2)


def ev(kind: EventKind, at: datetime, **data: Any) -> Event:
    return Event(kind, at, at, {k: v for k, v in data.items() if v is not None})


@st.composite
def timelines(draw: st.DrawFn) -> list[Event]:
    """Paid, shipped (protection entered or estimated), maybe delivered and received, maybe a
    dispute (about an item or the whole order), maybe cancelled by the buyer."""
    events = [ev(K.PAID, T0 + timedelta(hours=1))]
    shipped = T0 + timedelta(days=draw(st.integers(1, 10)), minutes=draw(st.integers(0, 1439)))
    entered = draw(st.none() | st.integers(5, 90))
    events.append(
        ev(
            K.SHIPPED,
            shipped,
            protection_ends=(shipped + timedelta(days=entered)).isoformat() if entered else None,
        )
    )
    delivered = None
    if draw(st.booleans()):
        delivered = shipped + timedelta(days=draw(st.integers(2, 80)), hours=draw(st.integers(0, 23)))
        events.append(ev(K.DELIVERED, delivered))
    if draw(st.booleans()):
        after = delivered or shipped
        events.append(ev(K.RECEIVED, after + timedelta(days=draw(st.integers(0, 20)), hours=1)))
    if draw(st.booleans()):
        opened = shipped + timedelta(days=draw(st.integers(1, 120)), hours=draw(st.integers(0, 23)))
        reason = draw(st.sampled_from(DISPUTE_REASONS))
        events.append(ev(K.DISPUTE_OPENED, opened, reason=reason, line=draw(st.sampled_from(SCOPES))))
        if draw(st.booleans()):
            events.append(ev(K.DISPUTE_CANCELLED, opened + timedelta(hours=draw(st.integers(1, 200)))))
    return events


def valid(events: list[Event]) -> bool:
    try:
        validate_timeline(FACTS, events, PROFILE)
    except Refused:
        return False
    return True


def accepted(events: list[Event], new: Event) -> bool:
    try:
        validate_new_event(FACTS, events, new, PROFILE)
    except Refused:
        return False
    return True


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    timelines(),
    # Any moment, most of them while the order is shipped and a dispute is a question.
    st.integers(0, 220 * 24) | st.integers(10 * 24, 140 * 24),
    st.sampled_from(DISPUTE_REASONS),
    st.sampled_from(SCOPES),
)
def test_the_advice_the_deadlines_and_the_validation_agree(
    events: list[Event], hours: int, reason: str, line: int | None
) -> None:
    assume(valid(events))
    now = T0 + timedelta(hours=hours)
    past = [e for e in events if e.at <= now]
    advice = advise_dispute(FACTS, past, PROFILE, now, reason, line=line)
    opened = ev(K.DISPUTE_OPENED, now, reason=reason, line=line)
    recordable = accepted(past, opened)
    deadlines = {(d.kind, d.due) for d in derive(FACTS, past, PROFILE, now).deadlines}
    if advice.eligible:
        # Open now: the record is accepted, and the deadline list shows the time to act by.
        assert recordable, (advice, past)
        assert advice.closes_at is not None
        assert {
            (D.PROTECTION_ENDS, advice.closes_at),
            (D.DISPUTE_WINDOW_ENDS, advice.closes_at),
        } & deadlines, (
            advice.closes_at,
            deadlines,
        )
    if not recordable:
        assert not advice.eligible
    if any(kind is D.DISPUTE_WINDOW_ENDS for kind, _ in deadlines):
        # The list says a dispute can still be opened: for some reason and item it can.
        assert any(
            advise_dispute(FACTS, past, PROFILE, now, r, line=scope).eligible
            for r in (NOT_RECEIVED_REASONS[0], "delivery_period_ending", "damaged")
            for scope in SCOPES
        ), deadlines


# -- refunds per item ---------------------------------------------------------------------------

AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100.00"), places=2)


@st.composite
def steps(draw: st.DrawFn) -> list[tuple[str, int | None, Any]]:
    """Disputes, decisions and refunds, about items or the whole order, in random order."""
    actions = st.tuples(
        st.sampled_from(["open", "decide", "refund", "issued"]),
        st.sampled_from(SCOPES),
        st.one_of(AMOUNTS, st.sampled_from(["full", "rejected"]), st.none()),
    )
    return draw(st.lists(actions, min_size=1, max_size=12))


@settings(max_examples=300, deadline=None)
@given(steps())
def test_refunds_add_up_per_item_and_in_total_and_the_status_follows_the_items(
    actions: list[tuple[str, int | None, Any]],
) -> None:
    received = T0 + timedelta(days=12)
    events = [
        ev(K.PAID, T0 + timedelta(hours=1)),
        ev(K.SHIPPED, T0 + timedelta(days=2)),
        ev(K.RECEIVED, received),
    ]
    at = received
    for kind, line, value in actions:
        at += timedelta(hours=5)
        if kind == "open":
            new = ev(K.DISPUTE_OPENED, at, reason="damaged", line=line)
        elif kind == "decide":
            if isinstance(value, Decimal):
                new = ev(K.DECIDED, at, outcome="partial", amount=str(value), line=line)
            else:
                new = ev(K.DECIDED, at, outcome=value or "full", line=line)
        elif kind == "issued":
            new = ev(
                K.REFUND_ISSUED, at, line=line, amount=str(value) if isinstance(value, Decimal) else None
            )
        else:
            new = ev(
                K.REFUND_RECEIVED, at, line=line, amount=str(value) if isinstance(value, Decimal) else None
            )
        if accepted(events, new):
            events.append(new)
    history = fold(FACTS, events, PROFILE)
    # Never more back than was paid: per item, and in total.
    for item in LINES:
        assert history.refunded_on(item.number) <= item.amount
    assert history.refund_received <= FACTS.total
    status = derive(FACTS, events, PROFILE, at + timedelta(minutes=1)).status
    covered = refunds_cover(history, FACTS)
    in_dispute = any(d.stage in IN_DISPUTE for d in history.disputes)
    if in_dispute:
        assert status in (
            Status.DISPUTE_OPEN,
            Status.DISPUTE_ESCALATED,
            Status.DISPUTE_DECIDED,
            Status.COMPLETED,
        )
    elif covered:
        # Refunded exactly when the refunds cover the order: every item in full, or the total.
        assert status is Status.REFUNDED
    if status is Status.REFUNDED:
        assert covered
