"""The shipped rule profile says when its values were last checked (shown in Help → About); an
override gives its own durations."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from app.domain.profile import load_profile


def test_the_shipped_profile_has_a_review_date_that_overrides_keep() -> None:
    profile = load_profile("aliexpress")
    assert date.fromisoformat(profile.reviewed) >= date(2026, 1, 1)
    assert profile.with_overrides({"escalation_days": 9}).reviewed == profile.reviewed


def test_an_override_is_the_duration_its_profile_gives_whatever_was_asked_before() -> None:
    profile = load_profile("aliexpress")
    shipped = profile.days("escalation_days")
    assert profile.days("escalation_days") == shipped  # asked twice: the same answer
    changed = profile.with_overrides({"escalation_days": shipped.days + 2})
    assert changed.days("escalation_days") == timedelta(days=shipped.days + 2)
    assert profile.days("escalation_days") == shipped
    assert changed.with_buyer_zone(UTC).days("escalation_days") == timedelta(days=shipped.days + 2)
    assert changed == profile.with_overrides({"escalation_days": shipped.days + 2})  # no state compared
