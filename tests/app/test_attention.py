"""Which deadlines ask the buyer to act: the one table behind urgency colours, "Needs attention",
the money at risk and the command line's urgency."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.attention import (
    DEADLINE_ASKS,
    Asks,
    asks_to_act,
    needs_attention,
    needs_attention_sql,
    shown_urgency,
)
from app.domain.model import DeadlineKind, Urgency

D = DeadlineKind
NOW = 1_800_000_000
HOUR = 3600


def test_every_deadline_kind_is_decided() -> None:
    assert set(DEADLINE_ASKS) == set(DeadlineKind)


@pytest.mark.parametrize(
    "kind",
    [D.PAYMENT_CHECK_ENDS, D.CANCEL_AUTO_APPROVE, D.SHIP_BY, D.SELLER_RESPONSE_DUE, D.ESCALATION],
)
def test_waiting_periods_look_neutral_and_put_nothing_at_risk(kind: DeadlineKind) -> None:
    for left in (-HOUR, 0, HOUR, 30 * 24 * HOUR):
        assert not asks_to_act(kind, left)
        assert shown_urgency(kind, left) is None
        assert not needs_attention(kind.value, NOW + left, NOW)


@pytest.mark.parametrize(
    "kind", [D.PROTECTION_ENDS, D.REQUEST_EXTENSION_BY, D.DISPUTE_WINDOW_ENDS, D.RETURN_SHIP_BY]
)
def test_the_buyers_own_deadlines_are_coloured_by_time_left(kind: DeadlineKind) -> None:
    assert shown_urgency(kind, -1) is Urgency.OVERDUE
    assert shown_urgency(kind, HOUR) is Urgency.CRITICAL
    assert shown_urgency(kind, 3 * 24 * HOUR) is Urgency.SOON
    assert needs_attention(kind.value, NOW + 48 * HOUR, NOW)
    assert not needs_attention(kind.value, NOW + 48 * HOUR + 1, NOW)


def test_a_refund_is_waited_for_until_its_date_then_chased() -> None:
    kind = D.REFUND_EXPECTED_BY
    assert DEADLINE_ASKS[kind] is Asks.CHASE_WHEN_OVERDUE
    assert shown_urgency(kind, HOUR) is None
    assert not needs_attention(kind.value, NOW + HOUR, NOW)
    assert shown_urgency(kind, -1) is Urgency.OVERDUE
    assert needs_attention(kind.value, NOW - 1, NOW)


def test_an_unknown_kind_counts_as_asking_so_nothing_is_hidden() -> None:
    assert asks_to_act("from_a_newer_version", HOUR)
    assert needs_attention("from_a_newer_version", NOW + HOUR, NOW)
    assert not needs_attention(None, None, NOW)


@given(
    kind=st.sampled_from([*(k.value for k in DeadlineKind), "unknown_kind"]),
    left=st.integers(min_value=-400 * 24 * HOUR, max_value=400 * 24 * HOUR),
)
def test_the_sql_condition_agrees_with_the_function(kind: str, left: int) -> None:
    conn = sqlite3.connect(":memory:")
    condition = needs_attention_sql(":kind", ":due", ":now")
    (value,) = conn.execute(f"SELECT {condition}", {"kind": kind, "due": NOW + left, "now": NOW}).fetchone()
    assert bool(value) is needs_attention(kind, NOW + left, NOW)
