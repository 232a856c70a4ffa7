"""Thinning automatic backups: newest per day, per ISO week, per month."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import Refused
from app.services.backup_policy import RetentionPolicy, keep

START = datetime(2026, 1, 1, 3, 0, tzinfo=UTC)


def hourly(days: int, per_day: int = 4) -> list[datetime]:
    return [START + timedelta(days=d, hours=h * 6) for d in range(days) for h in range(per_day)]


def test_keeps_the_newest_of_each_recent_day() -> None:
    times = hourly(10)
    kept = keep(times, RetentionPolicy(daily=3, weekly=0, monthly=0))
    assert sorted(times[i] for i in kept) == [START + timedelta(days=d, hours=18) for d in (7, 8, 9)]


def test_weekly_and_monthly_reach_further_back() -> None:
    times = hourly(120, per_day=1)  # 2026-01-01 .. 2026-04-30, one a day
    kept = sorted(times[i] for i in keep(times, RetentionPolicy(daily=2, weekly=2, monthly=3)))
    newest = times[-1]
    assert newest in kept
    assert START + timedelta(days=118) in kept  # yesterday (daily)
    # Newest of the previous ISO week: 2026-04-26 is a Sunday.
    assert datetime(2026, 4, 26, 3, 0, tzinfo=UTC) in kept
    # Newest of March and of February (monthly).
    assert datetime(2026, 3, 31, 3, 0, tzinfo=UTC) in kept
    assert datetime(2026, 2, 28, 3, 0, tzinfo=UTC) in kept
    assert datetime(2026, 1, 31, 3, 0, tzinfo=UTC) not in kept
    assert len(kept) <= 2 + 2 + 3


def test_periods_without_a_backup_do_not_count() -> None:
    """A month away from the computer must not wipe the daily history."""
    times = [START, START + timedelta(days=1), START + timedelta(days=40)]
    kept = keep(times, RetentionPolicy(daily=3, weekly=0, monthly=0))
    assert kept == {0, 1, 2}


def test_empty_list_keeps_nothing() -> None:
    assert keep([], RetentionPolicy()) == set()


def test_same_second_ties_are_deterministic() -> None:
    times = [START, START, START]
    assert keep(times, RetentionPolicy(daily=1, weekly=0, monthly=0)) == {2}


@pytest.mark.parametrize(
    "values",
    [
        {"daily": -1},
        {"weekly": 1001},
        {"monthly": 1.5},
        {"daily": True},
        {"daily": 0, "weekly": 0, "monthly": 0},
    ],
)
def test_policy_refuses_nonsense(values: dict[str, object]) -> None:
    with pytest.raises(Refused):
        RetentionPolicy(**values)  # type: ignore[arg-type]


def test_policy_from_stored_json() -> None:
    assert RetentionPolicy.from_json({"daily": 3, "weekly": 1, "monthly": 0}) == RetentionPolicy(3, 1, 0)
    assert RetentionPolicy.from_json({"daily": "x"}) == RetentionPolicy()
    assert RetentionPolicy.from_json(None) == RetentionPolicy()
    assert RetentionPolicy.from_json(RetentionPolicy(1, 2, 3).as_json()) == RetentionPolicy(1, 2, 3)


moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


@st.composite
def valid_policies(draw: st.DrawFn) -> RetentionPolicy:
    daily, weekly, monthly = draw(st.integers(0, 10)), draw(st.integers(0, 6)), draw(st.integers(0, 8))
    if daily + weekly + monthly == 0:
        daily = 1
    return RetentionPolicy(daily, weekly, monthly)


@settings(max_examples=300, deadline=None)
@given(st.lists(moments, max_size=80), valid_policies())
def test_never_drops_the_newest_and_keeps_at_most_the_sum(
    times: list[datetime], policy: RetentionPolicy
) -> None:
    kept = keep(times, policy)
    assert kept <= set(range(len(times)))
    assert len(kept) <= policy.daily + policy.weekly + policy.monthly
    if times:
        newest = max(range(len(times)), key=lambda i: (times[i], i))
        assert newest in kept


@settings(max_examples=200, deadline=None)
@given(st.lists(moments, max_size=60), valid_policies())
def test_thinning_again_changes_nothing(times: list[datetime], policy: RetentionPolicy) -> None:
    """Running the rotation on what it kept keeps all of it (thinning is idempotent)."""
    kept = sorted(keep(times, policy))
    survivors = [times[i] for i in kept]
    assert keep(survivors, policy) == set(range(len(survivors)))


@settings(max_examples=200, deadline=None)
@given(st.lists(moments, min_size=1, max_size=60))
def test_daily_keeps_one_per_recent_day(times: list[datetime]) -> None:
    kept = keep(times, RetentionPolicy(daily=5, weekly=0, monthly=0))
    days = {times[i].date() for i in kept}
    assert len(days) == len(kept) == min(5, len({t.date() for t in times}))
    # They are the most recent days that have a backup.
    assert days == set(sorted({t.date() for t in times})[-5:])
