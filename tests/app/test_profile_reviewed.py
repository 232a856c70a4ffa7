"""The shipped rule profile says when its values were last checked (shown in Help → About)."""

from __future__ import annotations

from datetime import date

from app.domain.profile import load_profile


def test_the_shipped_profile_has_a_review_date_that_overrides_keep() -> None:
    profile = load_profile("aliexpress")
    assert date.fromisoformat(profile.reviewed) >= date(2026, 1, 1)
    assert profile.with_overrides({"escalation_days": 9}).reviewed == profile.reviewed
