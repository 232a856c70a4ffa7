from __future__ import annotations

from app.domain.model import Status
from app.domain.views import STATUS_VIEW, View, in_view

NOW = 1_800_000_000


def test_every_status_has_exactly_one_view() -> None:
    assert set(STATUS_VIEW) == {s.value for s in Status}


def test_needs_attention_is_overdue_or_within_48_hours() -> None:
    assert in_view(View.NEEDS_ATTENTION, "in_transit", NOW - 1, False, NOW)
    assert in_view(View.NEEDS_ATTENTION, "in_transit", NOW + 48 * 3600, False, NOW)
    assert not in_view(View.NEEDS_ATTENTION, "in_transit", NOW + 48 * 3600 + 1, False, NOW)
    assert not in_view(View.NEEDS_ATTENTION, "completed", None, False, NOW)


def test_trash_holds_only_trashed_orders() -> None:
    assert in_view(View.TRASH, "in_transit", None, True, NOW)
    assert not in_view(View.IN_TRANSIT, "in_transit", None, True, NOW)
    assert not in_view(View.ALL, "in_transit", None, True, NOW)
    assert not in_view(View.TRASH, "in_transit", None, False, NOW)
    assert in_view(View.DISPUTES, "dispute_escalated", None, False, NOW)
    assert in_view(View.CANCELLED, "closed", None, False, NOW)
