"""How the advice engines write numbers and moments into their English source sentences, and
how a draft marks what only the buyer can fill in (``[…]``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

# A part of a draft left for the buyer: "[what you received]", "[дата отправки]".
_UNFILLED: Final = re.compile(r"\[[^\[\]\n]{1,120}\]")


def unfilled_parts(text: str) -> list[str]:
    """The ``[…]`` parts still in a draft, in order, each once."""
    return list(dict.fromkeys(_UNFILLED.findall(text)))


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
