"""How the advice engines write moments into their sentences, how sure a rule is in words, and
how a draft marks what only the buyer can fill in (``[…]``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

from app.i18n import QT_TRANSLATE_NOOP, translate_marked

# A part of a draft left for the buyer: "[what you received]", "[дата отправки]".
_UNFILLED: Final = re.compile(r"\[[^\[\]\n]{1,120}\]")


def unfilled_parts(text: str) -> list[str]:
    """The ``[…]`` parts still in a draft, in order, each once."""
    return list(dict.fromkeys(_UNFILLED.findall(text)))


def utc_day(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d")


# Context "rules": the profile's confidence levels, as a sentence's aside reads them.
_CONFIDENCE = {
    "official": QT_TRANSLATE_NOOP("rules", "an official rule of the platform"),
    "help-centre": QT_TRANSLATE_NOOP("rules", "from the platform's help centre, not its published rules"),
    "guide": QT_TRANSLATE_NOOP("rules", "from buyers' guides, not confirmed by the platform"),
}


def confidence_words(confidence: str) -> str:
    """How sure a rule is, in words (the profile's confidence levels), in the buyer's language."""
    marked = _CONFIDENCE.get(confidence)
    return translate_marked("rules", marked) if marked is not None else confidence
