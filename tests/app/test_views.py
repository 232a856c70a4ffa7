from __future__ import annotations

from app.domain.model import Status
from app.domain.views import STATUS_VIEW, View, in_view

NOW = 1_800_000_000


def test_every_status_has_exactly_one_view() -> None:
    assert set(STATUS_VIEW) == {s.value for s in Status}


def test_needs_attention_is_overdue_or_within_48_hours() -> None:
    ends = "protection_ends"
    assert in_view(View.NEEDS_ATTENTION, "in_transit", ends, NOW - 1, False, NOW)
    assert in_view(View.NEEDS_ATTENTION, "in_transit", ends, NOW + 48 * 3600, False, NOW)
    assert not in_view(View.NEEDS_ATTENTION, "in_transit", ends, NOW + 48 * 3600 + 1, False, NOW)
    assert not in_view(View.NEEDS_ATTENTION, "completed", None, None, False, NOW)


def test_a_waiting_period_never_needs_attention() -> None:
    # The payment check ends in an hour, a cancellation is approved by itself tomorrow: nothing
    # for the buyer to do, so not "Needs attention".
    assert not in_view(View.NEEDS_ATTENTION, "payment_check", "payment_check_ends", NOW + 3600, False, NOW)
    assert not in_view(
        View.NEEDS_ATTENTION, "cancel_requested", "cancel_auto_approve", NOW + 86400, False, NOW
    )
    # A refund that should have come by now is the buyer's to chase.
    assert not in_view(View.NEEDS_ATTENTION, "refund_pending", "refund_expected_by", NOW + 60, False, NOW)
    assert in_view(View.NEEDS_ATTENTION, "refund_pending", "refund_expected_by", NOW - 60, False, NOW)


def test_trash_holds_only_trashed_orders() -> None:
    assert in_view(View.TRASH, "in_transit", None, None, True, NOW)
    assert not in_view(View.IN_TRANSIT, "in_transit", None, None, True, NOW)
    assert not in_view(View.ALL, "in_transit", None, None, True, NOW)
    assert not in_view(View.TRASH, "in_transit", None, None, False, NOW)
    assert in_view(View.DISPUTES, "dispute_escalated", None, None, False, NOW)
    assert in_view(View.CANCELLED, "closed", None, None, False, NOW)
