"""Small time helpers for the rules: UTC instants and business days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def add_business_days(start: datetime, days: int) -> datetime:
    """``start`` moved forward by ``days`` business days (Monday to Friday), time of day kept.

    Weekdays are counted on the UTC calendar, like the platform's own timestamps. A start on a
    weekend counts from the next Monday, so "0 business days" from Saturday is Monday.
    """
    if days < 0:
        raise ValueError("business days must not be negative")
    current = start
    while current.weekday() >= 5:
        current += timedelta(days=1)
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current
