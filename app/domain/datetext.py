"""Dates as order exports and order pages print them, in the buyer's language.

:func:`parse_date_text` reads what :func:`app.domain.parsing.parse_time` (ISO 8601 only) does
not: "Feb 21, 2026", "24. Mär 2026", "21 февраля 2026 г.", "21.02.2026", "21/02/2026 14:30",
"2026/02/21", epoch seconds and milliseconds. A time without an offset is local time in the
given zone (the system's when none is given), like every time a buyer types. Nothing is
guessed silently: a date that could be read two ways is read by the documented rule, and
anything else is refused with a sentence that quotes the text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from typing import Final

from app.domain.errors import ParseError
from app.domain.parsing import parse_time
from app.i18n import translate

__all__ = ["month_number", "parse_date_text"]

# Prefixes of month names and their usual abbreviations in the languages AliExpress speaks to
# buyers (English, German, French, Spanish, Portuguese, Italian, Polish, Russian). A word is a
# month when it starts with one of them; the longest matching prefix wins ("juil" over "jui").
_MONTH_STEMS: Final[dict[str, int]] = {
    # English (and many others share these)
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "jän": 1, "mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12,
    # French
    "janv": 1, "févr": 2, "fevr": 2, "mars": 3, "avr": 4, "juin": 6, "juil": 7,
    "août": 8, "aout": 8, "sept": 9, "déc": 12,
    # Spanish, Portuguese, Italian
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "fev": 2, "set": 9, "out": 10,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    # Polish
    "sty": 1, "lut": 2, "kwi": 4, "maj": 5, "cze": 6, "lip": 7, "sie": 8,
    "wrz": 9, "paź": 10, "paz": 10, "lis": 11, "gru": 12,
    # Russian
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
_STEMS_LONGEST_FIRST: Final = sorted(_MONTH_STEMS, key=len, reverse=True)

# Words that may stand around a date and mean nothing for it.
_FILLER: Final = frozenset({"de", "del", "of", "the", "г", "года", "год", "r", "roku", "le", "am", "on"})

_CLOCK: Final = re.compile(
    r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?:\s*(?P<ampm>[ap]\.?m\.?))?", re.I
)
_NUMERIC: Final = re.compile(r"(?P<a>[0-9]{1,4})(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P=sep)(?P<c>[0-9]{1,4})\.?")
# Seconds since 1970 have 9 digits until 2001-09-09 and 10 after; milliseconds 12 and 13.
_EPOCH: Final = re.compile(r"[0-9]{9,10}|[0-9]{12,13}")
_WORD: Final = re.compile(r"[^\W\d_]+\.?|[0-9]+\.?|,")
_FIRST_YEAR, _LAST_YEAR = 2000, 2100


def month_number(word: str) -> int | None:
    """The month (1–12) a month name or abbreviation means, in any supported language."""
    folded = word.casefold().rstrip(".")
    if len(folded) < 3:
        return None
    for stem in _STEMS_LONGEST_FIRST:
        if folded.startswith(stem):
            return _MONTH_STEMS[stem]
    return None


def _error(text: str, why: str = "") -> ParseError:
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    hint = why or translate("input", 'try "2026-02-21", "Feb 21, 2026" or "21.02.2026"')
    return ParseError(
        translate("input", 'can\'t read "{text}" as a date ({reason})').format(text=shown, reason=hint)
    )


def _year_words() -> str:
    return translate("input", "the year must be between {first} and {last}").format(
        first=_FIRST_YEAR, last=_LAST_YEAR
    )


def parse_date_text(text: str, *, tz: tzinfo | None = None) -> datetime:
    """Read a date (with an optional time of day) as an aware UTC datetime.

    - ISO 8601 ("2026-02-20", "2026-02-20 10:22:33", "2026-02-20T10:22:33Z"): as
      :func:`~app.domain.parsing.parse_time`;
    - a month name in English, German, French, Spanish, Portuguese, Italian, Polish or Russian
      with a day and a four-digit year in any order ("Feb 21, 2026", "21 February 2026",
      "24. Mär 2026", "21 de febrero de 2026", "21 февраля 2026 г.");
    - numbers: "21.02.2026" and "21-02-2026" are day first; "21/02/2026" is day first too
      unless the first number can't be a month day pair that way round ("02/21/2026" is
      February 21st); "2026/02/21" and "2026.02.21" are year first;
    - epoch seconds (9–10 digits) and milliseconds (12–13 digits), which are exact (UTC);
    - a time of day may follow the date: "14:30", "14:30:05", "2:30 PM".

    Without an offset the time is local time in ``tz`` (the system's zone when ``None``).
    Years outside 2000–2100 and impossible dates are refused.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ParseError(translate("input", 'enter a date, such as "2026-02-21"'))
    if _EPOCH.fullmatch(cleaned):
        seconds = int(cleaned) // 1000 if len(cleaned) >= 12 else int(cleaned)
        when = datetime.fromtimestamp(seconds, UTC)
        if not _FIRST_YEAR <= when.year <= _LAST_YEAR:
            raise _error(text, _year_words())
        return when
    if re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", cleaned):
        try:
            return parse_time(cleaned, tz=tz)
        except ParseError:
            raise _error(text) from None
    body, clock = _split_clock(text, cleaned)
    year, month, day = _numeric_date(text, body) or _worded_date(text, body)
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise _error(text, _year_words())
    hour, minute, second = clock
    try:
        datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        raise _error(text, translate("input", "no such date")) from None
    return parse_time(f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}", tz=tz)


def _split_clock(text: str, cleaned: str) -> tuple[str, tuple[int, int, int]]:
    """The date part and the time of day (midnight when none is given)."""
    found = list(_CLOCK.finditer(cleaned))
    if not found:
        return cleaned, (0, 0, 0)
    match = found[-1]  # the last clock-looking part is the time of day
    hour, minute, second = int(match["h"]), int(match["m"]), int(match["s"] or 0)
    ampm = (match["ampm"] or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            raise _error(text, translate("input", "with AM or PM the hour goes from 1 to 12"))
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _error(text, translate("input", "no such time of day"))
    body = (cleaned[: match.start()] + " " + cleaned[match.end() :]).strip(" ,T")
    return body, (hour, minute, second)


def _numeric_date(text: str, body: str) -> tuple[int, int, int] | None:
    match = _NUMERIC.fullmatch(body.strip())
    if match is None:
        return None
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:
        return int(a), int(b), int(c)
    if len(c) != 4:
        raise _error(text, translate("input", "give the year with four digits"))
    first, second = int(a), int(b)
    if match["sep"] == "/" and second > 12 >= first:
        return int(c), first, second  # month/day/year: "02/21/2026"
    return int(c), second, first


def _worded_date(text: str, body: str) -> tuple[int, int, int]:
    year = month = day = None
    for token in _WORD.findall(body):
        word = token.rstrip(".")
        if word in (",", ""):
            continue
        if re.fullmatch(r"[0-9]+", word):
            if len(word) == 4 and year is None:
                year = int(word)
            elif len(word) <= 2 and day is None:
                day = int(word)
            else:
                raise _error(text)
            continue
        found = month_number(word)
        if found is not None and month is None:
            month = found
        elif word.casefold() not in _FILLER and not _is_weekday(word):
            raise _error(text)
    if year is None or month is None or day is None:
        raise _error(text)
    return year, month, day


_WEEKDAYS: Final = (
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "mo", "di", "mi", "do", "fr", "sa", "so",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс",
)  # fmt: skip


def _is_weekday(word: str) -> bool:
    folded = word.casefold()
    return any(folded.startswith(day) for day in _WEEKDAYS) and month_number(folded) is None
