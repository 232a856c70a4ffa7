"""How the advice engines write numbers and moments into their English source sentences."""

from __future__ import annotations

from datetime import UTC, datetime


def count(n: int, unit: str) -> str:
    """``1 day``, ``3 days``: the unit takes an ``s`` unless there is exactly one."""
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def utc_day(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d")


def utc_stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ")


_CONFIDENCE = {
    "official": "an official rule of the platform",
    "help-centre": "from the platform's help centre, not its published rules",
    "guide": "from buyers' guides, not confirmed by the platform",
}


def confidence_words(confidence: str) -> str:
    """How sure a rule is, in words (the profile's confidence levels)."""
    return _CONFIDENCE.get(confidence, confidence)
