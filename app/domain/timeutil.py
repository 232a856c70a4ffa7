"""Small time helpers for the rules: UTC instants and business days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def add_business_days(start: datetime, days: int, zone: tzinfo | None = None) -> datetime:
    """``start`` moved forward by ``days`` business days (Monday to Friday), returned in UTC.

    Weekdays are counted on the buyer's own calendar: in ``zone``, or the computer's zone when it
    is None (a Friday evening in Los Angeles is already Saturday in UTC, and the refund must not
    land on a Sunday). The wall-clock time of day is kept in that zone. A start on a weekend
    counts from the next Monday, so "0 business days" from Saturday is Monday.
    """
    if days < 0:
        raise ValueError("business days must not be negative")
    local = start.astimezone(zone) if zone is not None else start.astimezone()
    wall = local.replace(tzinfo=None)
    while wall.weekday() >= 5:
        wall += timedelta(days=1)
    remaining = days
    while remaining:
        wall += timedelta(days=1)
        if wall.weekday() < 5:
            remaining -= 1
    back = wall.replace(tzinfo=zone) if zone is not None else wall.astimezone()
    return back.astimezone(UTC)
