"""Warnings shown while the buyer records an event: which kinds warn, and the receipt warning's
number of days taken from the rule profile and phrased right for every count."""

from __future__ import annotations

import pytest

from app.domain.actions import warning_for
from app.domain.model import OUTCOMES, RECORDABLE_KINDS, EventKind
from app.domain.profile import RuleProfile, load_profile

K = EventKind


def profile(dispute_after_confirm_days: int = 15) -> RuleProfile:
    return load_profile().with_overrides({"dispute_after_confirm_days": dispute_after_confirm_days})


def test_only_receipt_extension_request_and_disputes_warn_without_an_outcome() -> None:
    warned = {kind for kind in RECORDABLE_KINDS if warning_for(kind, profile()) is not None}
    assert warned == {K.RECEIVED, K.EXTENSION_REQUESTED, K.DISPUTE_OPENED, K.DISPUTE_CANCELLED}


@pytest.mark.parametrize("days", [2, 15, 20, 365])
def test_the_receipt_warning_names_the_dispute_window_from_the_profile(days: int) -> None:
    text = warning_for(K.RECEIVED, profile(days))
    assert text is not None
    assert text.startswith("Confirming receipt ends buyer protection")
    assert f"only {days} days remain to open a dispute" in text
    assert "(s)" not in text


def test_the_receipt_warning_for_one_day_reads_in_the_singular() -> None:
    text = warning_for(K.RECEIVED, profile(1))
    assert text is not None
    assert "only 1 day remains to open a dispute" in text
    assert "days" not in text and "(s)" not in text


def test_the_receipt_warning_for_no_days_says_no_dispute_can_follow() -> None:
    text = warning_for(K.RECEIVED, profile(0))
    assert text is not None
    assert "no dispute can be opened after that" in text
    assert "only 0" not in text


def test_the_receipt_warning_uses_the_shipped_profile_by_default() -> None:
    days = int(load_profile()["dispute_after_confirm_days"])
    assert f"only {days} days remain" in (warning_for(K.RECEIVED, load_profile()) or "")


def test_a_decision_warns_only_when_it_is_a_partial_refund() -> None:
    partial = warning_for(K.DECIDED, profile(), "partial")
    assert partial is not None and "partial refund settles the dispute" in partial
    others = [
        warning_for(K.DECIDED, profile(), outcome) for outcome in (None, *OUTCOMES) if outcome != "partial"
    ]
    assert others == [None, None, None]


def test_the_dispute_warning_names_all_three_things_not_to_do() -> None:
    text = warning_for(K.DISPUTE_OPENED, profile()) or ""
    assert "don't confirm receipt" in text
    assert "don't cancel the dispute or accept an offer on the seller's promise" in text
    assert "don't file a chargeback" in text


def test_the_extension_warning_says_to_ask_early() -> None:
    assert (warning_for(K.EXTENSION_REQUESTED, profile()) or "").startswith("Ask early")


def test_an_outcome_does_not_change_the_warning_of_other_kinds() -> None:
    assert warning_for(K.SHIPPED, profile(), "partial") is None
    assert warning_for(K.DISPUTE_OPENED, profile(), "partial") == warning_for(K.DISPUTE_OPENED, profile())


def test_cancelling_a_dispute_warns_that_a_second_one_may_not_be_possible() -> None:
    text = warning_for(K.DISPUTE_CANCELLED, profile()) or ""
    assert "only while buyer protection still runs" in text
    assert "seller's promise" in text
