"""Reading what buyers type and what shops print: durations, amounts of money, points in time.

Every parser takes text from a person or from an order export and either returns an exact
value or raises :class:`~app.domain.errors.ParseError` with a sentence that quotes the input.
Nothing here guesses silently: an amount whose separators could mean two things follows the
documented rules, a local time that happens twice or never on the clock is refused, and money
never passes through ``float``. Each ``format_*`` function writes the canonical text that its
``parse_*`` twin reads back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from fractions import Fraction
from typing import Final

from app.domain.currencies import lookup_symbol, minor_units, normalize_currency
from app.domain.errors import ParseError
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

__all__ = [
    "ParsedAmount",
    "format_duration",
    "format_utc",
    "parse_amount",
    "parse_duration",
    "parse_time",
    "to_utc",
]

_NEGATIVE_SIGNS: Final = ("-", "−", "–")


def _clean(text: str) -> str:
    """Collapse every kind of space (no-break, narrow no-break, tabs) into one plain space."""
    return " ".join(text.split())


def _quote(text: str, limit: int = 60) -> str:
    shown = _clean(text)
    return f'"{shown if len(shown) <= limit else shown[: limit - 1] + "…"}"'


# --------------------------------------------------------------------------------------------
# Durations: "12d 05:33:10" (AliExpress countdowns), "12 days 5 hours", "5 дней 4 часа", ...
# --------------------------------------------------------------------------------------------

MAX_DURATION: Final = timedelta(days=3650)

_SECOND, _MINUTE, _HOUR, _DAY, _WEEK = 1, 60, 3600, 86400, 604800

# The units a buyer may type, in every language the app speaks (English, Russian, Spanish,
# Portuguese, French, Polish), abbreviated or not.
_UNITS: Final[dict[str, int]] = {
    **dict.fromkeys([
        "w", "wk", "wks", "week", "weeks", "нед", "неделя", "недели", "недель", "неделю",
        "sem", "semana", "semanas", "semaine", "semaines", "tydz", "tydzień", "tygodnie", "tygodni",
    ], _WEEK),
    **dict.fromkeys([
        "d", "day", "days", "д", "дн", "день", "дня", "дней", "сут", "сутки", "суток",
        "día", "días", "dia", "dias", "j", "jour", "jours", "dzień", "dni", "dnia",
    ], _DAY),
    **dict.fromkeys([
        "h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов",
        "hora", "horas", "heure", "heures", "godz", "godzina", "godziny", "godzin", "godzinę",
    ], _HOUR),
    **dict.fromkeys([
        "m", "min", "mins", "minute", "minutes", "мин", "минута", "минуты", "минут", "минуту",
        "minuto", "minutos", "minuta", "minuty", "minut", "minutę",
    ], _MINUTE),
    **dict.fromkeys([
        "s", "sec", "secs", "second", "seconds", "с", "сек", "секунда", "секунды", "секунд", "секунду",
        "seg", "segundo", "segundos", "seconde", "secondes", "sek", "sekunda", "sekundy", "sekund", "sekundę",
    ], _SECOND),
}  # fmt: skip
# Context "input": a unit given twice, in the buyer's language.
_TWICE: Final = {
    _WEEK: QT_TRANSLATE_NOOP("input", "it gives the weeks twice"),
    _DAY: QT_TRANSLATE_NOOP("input", "it gives the days twice"),
    _HOUR: QT_TRANSLATE_NOOP("input", "it gives the hours twice"),
    _MINUTE: QT_TRANSLATE_NOOP("input", "it gives the minutes twice"),
    _SECOND: QT_TRANSLATE_NOOP("input", "it gives the seconds twice"),
}

_LEADING_WORDS: Final = re.compile(
    r"^(?:time\s+)?(?:осталось|left|remaining|quedan|faltan|restam|faltam|il\s+reste|reste|pozostało|zostało)"
    r"\s*:?\s*"
)
_TRAILING_WORDS: Final = re.compile(r"\s+(?:left|remaining|restantes?|restants?)$")
_DURATION_TOKEN: Final = re.compile(
    r"""\s*(?:
        (?P<clock>(?P<c1>[0-9]{1,6}):(?P<c2>[0-9]{2})(?::(?P<c3>[0-9]{2}))?)
      | (?P<number>[0-9]{1,9}(?:[.,][0-9]{1,9})?)\s*(?P<unit>[^\W\d_]+\.?)
      | (?P<separator>,|(?:and|и|y|e|et|i)\b)
    )\s*""",
    re.VERBOSE,
)


def _duration_error(text: str, why: str = "") -> ParseError:
    hint = why or translate("input", 'try "12d 05:33:10" or "5 hours"')
    return ParseError(
        translate("input", "can't read {text} as a duration ({reason})").format(
            text=_quote(text), reason=hint
        )
    )


def _duration_parts(text: str, body: str) -> dict[int, Fraction]:
    """Split ``body`` into ``{unit in seconds: count}``, each unit at most once."""
    parts: dict[int, Fraction] = {}
    position = 0
    while position < len(body):
        match = _DURATION_TOKEN.match(body, position)
        if match is None or match.end() == position:
            raise _duration_error(text)
        position = match.end()
        for unit, count in _token_parts(text, match):
            if unit in parts:
                raise _duration_error(text, translate_marked("input", _TWICE[unit]))
            parts[unit] = count
    if not parts:
        raise _duration_error(text)
    return parts


def _token_parts(text: str, match: re.Match[str]) -> list[tuple[int, Fraction]]:
    """What one token says: a clock gives hours, minutes (and seconds); "5 дней" gives days."""
    if match["clock"]:
        fields = [int(field) for field in (match["c1"], match["c2"], match["c3"]) if field is not None]
        if any(field >= 60 for field in fields[1:]):
            raise _duration_error(text, translate("input", "minutes and seconds go up to 59"))
        return [
            (unit, Fraction(field)) for unit, field in zip((_HOUR, _MINUTE, _SECOND), fields, strict=False)
        ]
    if match["number"]:
        unit = _UNITS.get(match["unit"].rstrip("."))
        if unit is None:
            raise _duration_error(text)
        number = match["number"].replace(",", ".")
        if "." in number and unit < _HOUR:
            raise _duration_error(text, translate("input", "use whole minutes and seconds"))
        return [(unit, Fraction(number))]
    return []  # a separator: ",", "and", "и"


def parse_duration(text: str) -> timedelta:
    """Read a countdown or a typed duration as a whole number of seconds.

    Accepts AliExpress countdowns ("12d 05:33:10", "12 дн. 05:33:10"), a clock alone
    ("05:33:10" is hours:minutes:seconds, "5:30" is hours:minutes) and units in any language the
    app speaks, in any combination, each unit at most once ("1 day, 2 hours and 3 minutes",
    "5 дней 4 часа", "3 días y 5 horas", "2 jours 4 h", "5 godzin", "2w", "90m"). Weeks, days and
    hours may have decimals ("1.5 days") as long as the result is whole seconds. "left",
    "осталось", "quedan", "il reste"… around the value are ignored.
    Refused: negative values, unknown words, more than 3650 days.
    """
    cleaned = _clean(text).lower()
    if not cleaned:
        raise ParseError(translate("input", 'enter a duration, such as "12d 05:33:10" or "5 hours"'))
    body = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", cleaned))
    if body.startswith(_NEGATIVE_SIGNS):
        raise ParseError(translate("input", "a duration can't be negative: {text}").format(text=_quote(text)))
    seconds = sum((unit * count for unit, count in _duration_parts(text, body).items()), Fraction(0))
    if seconds > MAX_DURATION // timedelta(seconds=1):
        raise _duration_error(text, translate("input", "that is more than 3650 days"))
    if seconds.denominator != 1:
        raise _duration_error(text, translate("input", "it is not a whole number of seconds"))
    return timedelta(seconds=int(seconds))


def format_duration(td: timedelta) -> str:
    """Canonical countdown text: "12d 05:33:10", "05:33:10" under a day, "-" before negatives.

    Fractions of a second are dropped (towards zero).
    """
    total = abs(td) // timedelta(seconds=1)
    days, rest = divmod(total, _DAY)
    hours, rest = divmod(rest, _HOUR)
    minutes, seconds = divmod(rest, _MINUTE)
    clock = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    sign = "-" if td < timedelta(0) and total else ""
    return f"{sign}{days}d {clock}" if days else f"{sign}{clock}"


# --------------------------------------------------------------------------------------------
# Amounts: "US $1,382.11", "129,46zł", "1 299,00 ₽", "Free shipping", ...
# --------------------------------------------------------------------------------------------

MAX_AMOUNT: Final = Decimal(10) ** 12
_FREE_WORDS: Final = frozenset({"free", "free shipping", "бесплатно", "бесплатная доставка"})
_AMOUNT_SHAPE: Final = re.compile(
    r"(?P<before>[^0-9]*)(?P<number>[0-9](?:[0-9 ,.']*[0-9])?)(?P<after>[^0-9]*)"
)
_GROUP_SEPARATORS: Final = (" ", "'")


@dataclass(frozen=True)
class ParsedAmount:
    """An exact amount and the ISO currency it is in (``None`` when nothing says which)."""

    amount: Decimal
    currency: str | None


def _amount_error(text: str, why: str = "") -> ParseError:
    hint = why or translate("input", 'try "12.34" or "US $12.34"')
    return ParseError(
        translate("input", "can't read {text} as an amount ({reason})").format(text=_quote(text), reason=hint)
    )


def _symbol_currency(text: str, before: str, after: str) -> str | None:
    """The currency the printed symbols name; ``None`` if none or only shared ones ("$")."""
    found: set[str] = set()
    for symbol in (before.strip(), after.strip()):
        if not symbol:
            continue
        known, code = lookup_symbol(symbol)
        if not known:
            raise _amount_error(
                text, translate("input", '"{symbol}" is not a currency we know').format(symbol=symbol)
            )
        if code is not None:
            found.add(code)
    if len(found) > 1:
        first, second = sorted(found)[:2]
        raise _amount_error(
            text,
            translate("input", "it names two currencies, {first} and {second}").format(
                first=first, second=second
            ),
        )
    return found.pop() if found else None


def _decimal_separator(number: str, currency: str | None) -> str | None:
    """Which of ',' and '.' is the decimal separator, by the rules in :func:`parse_amount`."""
    present = [mark for mark in ",." if mark in number]
    if len(present) == 2:
        return max(present, key=number.rindex)
    if not present:
        return None
    mark = present[0]
    if number.count(mark) > 1:
        return None
    if any(group in number for group in _GROUP_SEPARATORS):
        return mark
    whole, fraction = number.split(mark)
    three_decimals = currency is not None and minor_units(currency) == 3
    if len(fraction) == 3 and not whole.startswith("0") and not three_decimals:
        return None
    return mark


def _read_number(text: str, number: str, currency: str | None) -> Decimal:
    """The exact value of a digit string with thousands and decimal separators."""
    decimal_mark = _decimal_separator(number, currency)
    whole, fraction = number, ""
    if decimal_mark is not None:
        whole, _, fraction = number.partition(decimal_mark)
        if not fraction.isdigit():
            raise _amount_error(text)
    group_marks = {char for char in whole if not char.isdigit()}
    if len(group_marks) > 1:
        raise _amount_error(text, translate("input", "it mixes thousands separators"))
    if group_marks:
        first, *groups = whole.split(group_marks.pop())
        if not 1 <= len(first) <= 3 or any(len(group) != 3 for group in groups):
            raise _amount_error(text, translate("input", "thousands go in groups of three digits"))
    digits = "".join(char for char in whole if char.isdigit())
    return Decimal(f"{digits}.{fraction}" if fraction else digits)


def parse_amount(text: str, currency: str | None = None) -> ParsedAmount:
    """Read a price as shops print it and buyers type it.

    The currency comes from a symbol or ISO code before or after the number ("US $", "zł",
    "EUR"); a shared symbol ("$", "¥", "kr") or none at all leaves it to ``currency``. A symbol
    that contradicts ``currency`` is refused. "Free", "Free shipping" and "бесплатно" are 0.

    Separators:

    - spaces (also no-break and narrow no-break) and apostrophes ("'", "’") only group thousands;
    - if both ',' and '.' appear, the last one is the decimal separator, the other groups;
    - one kind appearing more than once groups thousands ("1,382,000");
    - a single ',' or '.' is decimal when spaces or apostrophes already group thousands
      ("1 299,50"); otherwise it groups thousands when exactly three digits follow it
      ("1,382" and "1.382" are 1382) and is decimal when not ("12,34", "1,5"). Exceptions:
      after a lone "0" ("0.500" is 0.5) and in currencies with three decimals ("12.345" KWD);
    - thousands groups have three digits ("1,23,4" is refused) and use one separator.

    Refused: negative amounts ("-5", "(5)"), more decimals than the currency has ("12.3456" USD,
    "12.5" JPY; note that "12.345" is 12345 by the rules above), more than 10^12, anything that is not a number with a currency mark.
    """
    expected = normalize_currency(currency) if currency is not None else None
    cleaned = _clean(text).replace("’", "'")
    if not cleaned:
        raise ParseError(translate("input", 'enter an amount, such as "12.34"'))
    if cleaned.lower() in _FREE_WORDS:
        return ParsedAmount(Decimal(0), expected)
    shape = _AMOUNT_SHAPE.fullmatch(cleaned)
    if shape is None:
        raise _amount_error(text)
    before, after = shape["before"].strip(), shape["after"].strip()
    if (
        before.startswith(_NEGATIVE_SIGNS)
        or before.endswith(_NEGATIVE_SIGNS)
        or ("(" in before and ")" in after)
    ):
        raise ParseError(translate("input", "an amount can't be negative: {text}").format(text=_quote(text)))
    named = _symbol_currency(text, before, after)
    if named is not None and expected is not None and named != expected:
        raise ParseError(
            translate("input", "{text} is in {currency}, but the amount should be in {expected}").format(
                text=_quote(text), currency=named, expected=expected
            )
        )
    result_currency = named or expected
    amount = _read_number(text, shape["number"], result_currency)
    if amount > MAX_AMOUNT:
        raise _amount_error(text, translate("input", "that is more than 10^12"))
    if result_currency is not None:
        step = Decimal(1).scaleb(-minor_units(result_currency))
        if amount != amount.quantize(step):
            count = minor_units(result_currency)
            raise _amount_error(
                text,
                translate("input", "{currency} has %n decimal(s)", None, count).format(
                    currency=result_currency
                ),
            )
        amount = amount.quantize(step)
    return ParsedAmount(amount, result_currency)


# --------------------------------------------------------------------------------------------
# Points in time: ISO 8601, exact with an offset, local time without one
# --------------------------------------------------------------------------------------------

_ISO_TIME: Final = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:[T ](?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})(?:[.,][0-9]+)?)?"
    r" ?(?P<offset>Z|[+-](?P<off_h>[0-9]{2})(?::?(?P<off_m>[0-9]{2}))?)?)?",
    re.IGNORECASE,
)
_FIRST_YEAR, _LAST_YEAR = 2000, 2100


def _time_error(text: str, why: str = "") -> ParseError:
    hint = why or translate("input", 'try "2026-03-01 14:30" or "2026-03-01T14:30+03:00"')
    return ParseError(
        translate("input", "can't read {text} as a date and time ({reason})").format(
            text=_quote(text), reason=hint
        )
    )


def _format_offset(offset: timedelta | None) -> str:
    minutes = (offset or timedelta(0)) // timedelta(minutes=1)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def _fixed_offset(text: str, match: re.Match[str]) -> tzinfo | None:
    """The offset written in the text, ``None`` if there is none (local time)."""
    if match["offset"] is None:
        return None
    if match["offset"].upper() == "Z":
        return UTC
    hours, minutes = int(match["off_h"]), int(match["off_m"] or 0)
    if hours > 23 or minutes > 59:
        raise _time_error(
            text, translate("input", '"{offset}" is not a time zone offset').format(offset=match["offset"])
        )
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if match["offset"].startswith("-") else offset)


def _wall_time(naive: datetime) -> str:
    return f"{naive:%Y-%m-%d %H:%M}" + (f":{naive:%S}" if naive.second else "")


def _resolve_local(naive: datetime, tz: tzinfo | None) -> datetime:
    """The single instant a local wall time means; refuses gaps and overlaps of DST changes.

    Both readings of the wall time (fold 0 and 1) are tried; a reading counts only if
    converting it back gives the same wall time. None: the clocks skipped it. Two different
    instants: the clocks showed it twice.
    """

    def localize(fold: int) -> datetime:
        candidate = naive.replace(fold=fold)
        return candidate.replace(tzinfo=tz) if tz is not None else candidate.astimezone()

    def wall_clock(instant: datetime) -> datetime:
        local = instant.astimezone(UTC).astimezone(tz)  # via UTC: same-tz astimezone is a no-op
        return local.replace(tzinfo=None, fold=0)

    readings = [localize(0), localize(1)]
    valid = {reading.astimezone(UTC): reading for reading in readings if wall_clock(reading) == naive}
    if not valid:
        before = min(reading.utcoffset() or timedelta(0) for reading in readings)
        raise ParseError(
            translate(
                "input",
                "{time} does not exist in your time zone (the clocks jump forward); add an offset such as {offset}",
            ).format(time=_wall_time(naive), offset=_format_offset(before))
        )
    if len(valid) > 1:
        first, second = (valid[instant] for instant in sorted(valid))
        raise ParseError(
            translate(
                "input",
                "{time} happens twice in your time zone (the clocks go back); add an offset: {first} for the "
                "first time or {second} for the second",
            ).format(
                time=_wall_time(naive),
                first=_format_offset(first.utcoffset()),
                second=_format_offset(second.utcoffset()),
            )
        )
    return next(iter(valid))


def parse_time(text: str, *, tz: tzinfo | None = None) -> datetime:
    """Read an ISO 8601 date and time as an aware UTC datetime, whole seconds.

    With an offset or "Z" the instant is exact ("2026-03-01T10:00:00+03:00", "2026-03-01 10:00Z").
    Without one it is local time in ``tz`` or, when ``tz`` is None, in the system's time zone;
    a date alone is local midnight. A local time skipped or repeated by a daylight-saving change
    is refused with a request for an offset. Years outside 2000–2100 are refused.
    """
    cleaned = _clean(text)
    match = _ISO_TIME.fullmatch(cleaned)
    if match is None:
        raise _time_error(text)
    year = int(match["year"])
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise _time_error(
            text,
            translate("input", "the year must be between {first} and {last}").format(
                first=_FIRST_YEAR, last=_LAST_YEAR
            ),
        )
    try:
        day = date(year, int(match["month"]), int(match["day"]))
        clock = time(int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0))
    except ValueError:
        raise _time_error(text, translate("input", "no such date or time")) from None
    naive = datetime.combine(day, clock)
    offset = _fixed_offset(text, match)
    aware = naive.replace(tzinfo=offset) if offset is not None else _resolve_local(naive, tz)
    return to_utc(aware)


def to_utc(dt: datetime) -> datetime:
    """An aware datetime in UTC truncated to whole seconds; naive datetimes are a programming error."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: pass a timezone-aware one")
    return dt.astimezone(UTC).replace(microsecond=0)


def format_utc(dt: datetime) -> str:
    """The output form of every time: "2026-03-01T07:00:00Z"."""
    return to_utc(dt).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
