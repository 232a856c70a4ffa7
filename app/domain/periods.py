"""Periods of the statistics and the buyer's calendar months.

A period is a half-open span of UTC instants ``[start, end)``; ``None`` leaves a side open.
Months are the buyer's calendar months: in the computer's time zone (or ``tz`` when given), so
an order paid on the 1st at 00:30 local time counts in that month even if it was still the
previous month in UTC. Daylight-saving changes are taken into account by the zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum


class Preset(StrEnum):
    THIS_MONTH = "this_month"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    ALL = "all"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """``[start, end)`` in UTC; ``None`` for an open side (``Period()`` is all time)."""

    start: datetime | None = None
    end: datetime | None = None

    def __post_init__(self) -> None:
        for side in (self.start, self.end):
            if side is not None and (side.tzinfo is None or side.utcoffset() is None):
                raise ValueError("a period's bounds must be timezone-aware")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("a period can't end before it starts")

    def holds(self, when: datetime) -> bool:
        return (self.start is None or when >= self.start) and (self.end is None or when < self.end)


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """The first instant of ``day`` in ``tz`` (the computer's zone when None), in UTC."""
    if tz is None:
        return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def local_date(when: datetime, tz: tzinfo | None = None) -> date:
    return (when.astimezone(tz) if tz is not None else when.astimezone()).date()


def month_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_starts(first: datetime, last: datetime, tz: tzinfo | None = None) -> list[tuple[str, datetime]]:
    """Every calendar month from the one holding ``first`` to the one after ``last``: the
    label ("2026-08") and the month's first instant in UTC. The last entry only closes the
    month before it."""
    day = local_date(first, tz)
    end = local_date(last, tz)
    year, month = day.year, day.month
    result: list[tuple[str, datetime]] = []
    while (year, month) <= (end.year, end.month):
        result.append((month_label(year, month), local_midnight(date(year, month, 1), tz)))
        year, month = next_month(year, month)
    result.append((month_label(year, month), local_midnight(date(year, month, 1), tz)))
    return result


def preset_period(preset: Preset, now: datetime, tz: tzinfo | None = None) -> Period:
    """The period a preset names, as of ``now``: this month and this year run to their end
    (nothing in the future is recorded anyway); the last 12 months are the current month and
    the eleven before it."""
    today = local_date(now, tz)
    if preset is Preset.ALL:
        return Period()
    if preset is Preset.THIS_MONTH:
        year, month = next_month(today.year, today.month)
        return Period(
            local_midnight(date(today.year, today.month, 1), tz), local_midnight(date(year, month, 1), tz)
        )
    if preset is Preset.THIS_YEAR:
        return Period(
            local_midnight(date(today.year, 1, 1), tz), local_midnight(date(today.year + 1, 1, 1), tz)
        )
    if preset is Preset.LAST_12_MONTHS:
        year, month = today.year - 1, today.month + 1
        if month == 13:
            year, month = year + 1, 1
        end_year, end_month = next_month(today.year, today.month)
        return Period(
            local_midnight(date(year, month, 1), tz), local_midnight(date(end_year, end_month, 1), tz)
        )
    raise ValueError("a custom period needs its dates: use days_period")


def days_period(first: date | None, last: date | None, tz: tzinfo | None = None) -> Period:
    """From the start of the day ``first`` to the end of the day ``last`` (both included)."""
    start = local_midnight(first, tz) if first is not None else None
    end = local_midnight(last + timedelta(days=1), tz) if last is not None else None
    return Period(start, end)
