"""Durations, amounts and times as buyers type them and shops print them.

Examples pin every documented form; property tests render values in many shapes (spelled-out
durations, amounts with thousands separators and decimal commas, wall-clock times around DST
changes) and check they parse back exactly, and that garbage only ever raises ParseError.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.domain.currencies import format_amount
from app.domain.errors import ParseError
from app.domain.parsing import (
    ParsedAmount,
    format_duration,
    format_utc,
    parse_amount,
    parse_duration,
    parse_time,
    to_utc,
)

D = Decimal
MAX_SECONDS = 3650 * 86400

# --------------------------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------------------------


def hms(days: int = 0, hours: int = 0, minutes: int = 0, seconds: int = 0) -> timedelta:
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12d 05:33:10", hms(12, 5, 33, 10)),
        ("23 d 14:22:10", hms(23, 14, 22, 10)),
        ("12d", hms(12)),
        ("5h", hms(hours=5)),
        ("90m", hms(minutes=90)),
        ("45s", hms(seconds=45)),
        ("12 days 5 hours", hms(12, 5)),
        ("1 day, 2 hours and 3 minutes", hms(1, 2, 3)),
        ("05:33:10", hms(0, 5, 33, 10)),
        ("5:33:10", hms(0, 5, 33, 10)),
        ("5:30", hms(hours=5, minutes=30)),
        ("48:00", hms(2)),
        ("12 days 05:33:10", hms(12, 5, 33, 10)),
        ("2w", hms(14)),
        ("2 weeks", hms(14)),
        ("1 week 2 days", hms(9)),
        ("12 дн. 05:33:10", hms(12, 5, 33, 10)),
        ("12 д 05:33:10", hms(12, 5, 33, 10)),
        ("1 день", hms(1)),
        ("3 дня", hms(3)),
        ("5 дней 4 часа", hms(5, 4)),
        ("4 ч 30 мин", hms(hours=4, minutes=30)),
        ("10 минут", hms(minutes=10)),
        ("30 сек", hms(seconds=30)),
        ("2 недели", hms(14)),
        ("1 час и 5 минут", hms(hours=1, minutes=5)),
        ("осталось 3 дня 04:05:06", hms(3, 4, 5, 6)),
        ("Осталось: 3 дня", hms(3)),
        ("left: 5h", hms(hours=5)),
        ("remaining 2d 01:00:00", hms(2, 1)),
        ("Time left: 12d 05:33:10", hms(12, 5, 33, 10)),
        ("5 hours left", hms(hours=5)),
        ("12D 05:33:10", hms(12, 5, 33, 10)),
        ("12 DAYS 5 HOURS", hms(12, 5)),
        ("  12d   05:33:10  ", hms(12, 5, 33, 10)),
        ("12\u00a0дн.\u00a005:33:10", hms(12, 5, 33, 10)),
        ("12d\u202f5h", hms(12, 5)),
        ("12d05:33:10", hms(12, 5, 33, 10)),
        ("1.5 days", hms(1, 12)),
        ("1,5 дня", hms(1, 12)),
        ("2.5h", hms(hours=2, minutes=30)),
        ("0.25 w", hms(1, 18)),
        ("0s", hms()),
        ("00:00:00", hms()),
        ("3650d", hms(3650)),
        ("3649d 23:59:59", hms(3649, 23, 59, 59)),
        ("1 hr 2 mins 3 secs", hms(0, 1, 2, 3)),
    ],
)
def test_parse_duration_examples(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "enter a duration"),
        ("   ", "enter a duration"),
        ("12x", 'can\'t read "12x" as a duration (try "12d 05:33:10" or "5 hours")'),
        ("-5h", "can't be negative"),
        ("−5h", "can't be negative"),
        ("осталось -3 дня", "can't be negative"),
        ("5h 3h", "hours twice"),
        ("5h 05:33:10", "hours twice"),
        ("12d 1 day", "days twice"),
        ("05:33:10 05:33:10", "twice"),
        ("3651d", "more than 3650 days"),
        ("3650d 1s", "more than 3650 days"),
        ("999999999 weeks", "more than 3650 days"),
        ("1.5m", "whole minutes and seconds"),
        ("1.5s", "whole minutes and seconds"),
        ("0.0001h", "not a whole number of seconds"),
        ("1.0000001 days", "not a whole number of seconds"),
        ("5:60", "up to 59"),
        ("05:33:60", "up to 59"),
        ("05:75:10", "up to 59"),
        ("5:3", "try"),
        ("12d 05:33:10:11", "try"),
        ("05:33:10.5", "try"),
        ("12 parsecs", "try"),
        ("5", "try"),
        ("d", "try"),
        ("left", "try"),
        ("осталось", "try"),
        ("and", "try"),
        ("five hours", "try"),
        ("12d 5h!", "try"),
        ("1234567890d", "try"),
    ],
)
def test_parse_duration_refusals(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=re.escape(reason)):
        parse_duration(text)


def test_duration_errors_quote_the_input() -> None:
    with pytest.raises(ParseError) as caught:
        parse_duration("5h 3h")
    assert '"5h 3h"' in str(caught.value)


@pytest.mark.parametrize(
    ("td", "text"),
    [
        (hms(12, 5, 33, 10), "12d 05:33:10"),
        (hms(0, 5, 33, 10), "05:33:10"),
        (hms(1), "1d 00:00:00"),
        (hms(), "00:00:00"),
        (hms(3650), "3650d 00:00:00"),
        (hms(seconds=59), "00:00:59"),
        (hms(0, 23, 59, 59), "23:59:59"),
        (-hms(0, 5), "-05:00:00"),
        (-hms(2, 1, 2, 3), "-2d 01:02:03"),
        (timedelta(seconds=5, microseconds=999999), "00:00:05"),
        (-timedelta(microseconds=1), "00:00:00"),
    ],
)
def test_format_duration_examples(td: timedelta, text: str) -> None:
    assert format_duration(td) == text


@given(st.integers(min_value=0, max_value=MAX_SECONDS))
@example(0)
@example(MAX_SECONDS)
@example(86399)
@example(86400)
def test_duration_format_parse_round_trip(seconds: int) -> None:
    td = timedelta(seconds=seconds)
    assert parse_duration(format_duration(td)) == td


EN_UNITS = {
    "d": ["d", "day", "days"],
    "h": ["h", "hr", "hour", "hours"],
    "m": ["m", "min", "minutes"],
    "s": ["s", "sec", "seconds"],
}
RU_UNITS = {"d": ["д", "дн.", "день", "дня", "дней"], "h": ["ч", "ч.", "час", "часа", "часов"], "m": ["мин", "мин.", "минут", "минуты"], "s": ["с", "сек", "сек.", "секунд"]}  # fmt: skip


@st.composite
def spelled_durations(draw: st.DrawFn) -> tuple[str, timedelta]:
    """A duration written the way a person might: units in any language, or a countdown."""
    days = draw(st.integers(0, 3649))
    hours, minutes, seconds = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    expected = hms(days, hours, minutes, seconds)
    if draw(st.booleans()):
        clock = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
        day_mark = draw(st.sampled_from(["d", " d", "d ", " дн. ", " д ", " days ", " дней "]))
        text = f"{days}{day_mark} {clock}" if days else clock
    else:
        words = draw(st.sampled_from([EN_UNITS, RU_UNITS]))
        values = {"d": days, "h": hours, "m": minutes, "s": seconds}
        chosen = [key for key in values if values[key]] or ["s"]
        order = draw(st.permutations(chosen))
        pieces = [
            f"{values[key]}{draw(st.sampled_from(['', ' ']))}{draw(st.sampled_from(words[key]))}"
            for key in order
        ]
        joiner = draw(st.sampled_from([" ", ", ", " and " if words is EN_UNITS else " и "]))
        text = joiner.join(pieces)
    if draw(st.booleans()):
        text = text.upper()
    prefix = draw(st.sampled_from(["", "осталось ", "Left: ", "remaining "]))
    return prefix + text.replace(" ", draw(st.sampled_from([" ", "  ", "\u00a0"]))), expected


@given(spelled_durations())
def test_spelled_durations_parse_to_their_value(case: tuple[str, timedelta]) -> None:
    text, expected = case
    assert parse_duration(text) == expected


@given(st.text())
def test_parse_duration_only_raises_parse_error(text: str) -> None:
    try:
        result = parse_duration(text)
    except ParseError:
        return
    assert timedelta(0) <= result <= timedelta(days=3650)
    assert result == timedelta(seconds=result // timedelta(seconds=1))


@given(st.text(alphabet="0123456789:.,-− dhmswдчнмс", max_size=30))
def test_parse_duration_only_raises_parse_error_on_near_misses(text: str) -> None:
    try:
        parse_duration(text)
    except ParseError:
        pass


# --------------------------------------------------------------------------------------------
# Amounts
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # the Price column of the order-history exporter
        ("US $120.95", None, ParsedAmount(D("120.95"), "USD")),
        ("US $1,382.11", None, ParsedAmount(D("1382.11"), "USD")),
        ("129,46zł", None, ParsedAmount(D("129.46"), "PLN")),
        ("€12,99", None, ParsedAmount(D("12.99"), "EUR")),
        ("R$ 45,90", None, ParsedAmount(D("45.90"), "BRL")),
        ("CN￥12.30", None, ParsedAmount(D("12.30"), "CNY")),
        ("₽1 299", None, ParsedAmount(D("1299"), "RUB")),
        # plain numbers and separators
        ("12.34", None, ParsedAmount(D("12.34"), None)),
        ("12,34", None, ParsedAmount(D("12.34"), None)),
        ("12", None, ParsedAmount(D("12"), None)),
        ("1,382", None, ParsedAmount(D("1382"), None)),
        ("1.382", None, ParsedAmount(D("1382"), None)),
        ("1,5", None, ParsedAmount(D("1.5"), None)),
        ("0.500", None, ParsedAmount(D("0.5"), None)),
        ("1,382,000", None, ParsedAmount(D("1382000"), None)),
        ("1.382.000", None, ParsedAmount(D("1382000"), None)),
        ("1 382.11", None, ParsedAmount(D("1382.11"), None)),
        ("1\u00a0382.11", None, ParsedAmount(D("1382.11"), None)),
        ("1\u202f382,11", None, ParsedAmount(D("1382.11"), None)),
        ("1'382.11", None, ParsedAmount(D("1382.11"), None)),
        ("1’382.11", None, ParsedAmount(D("1382.11"), None)),
        ("1 299,000", None, ParsedAmount(D("1299"), None)),
        ("1.382,11 €", None, ParsedAmount(D("1382.11"), "EUR")),
        ("1,234,567.89", None, ParsedAmount(D("1234567.89"), None)),
        ("1.234.567,89", None, ParsedAmount(D("1234567.89"), None)),
        ("1 299,00 ₽", None, ParsedAmount(D("1299"), "RUB")),
        ("1 299 руб.", None, ParsedAmount(D("1299"), "RUB")),
        ("350 р.", None, ParsedAmount(D("350"), "RUB")),
        # currency codes and symbols
        ("USD 12.00", None, ParsedAmount(D("12"), "USD")),
        ("12.00 EUR", None, ParsedAmount(D("12"), "EUR")),
        ("12.00 eur", None, ParsedAmount(D("12"), "EUR")),
        ("$12.00 USD", None, ParsedAmount(D("12"), "USD")),
        ("US$5", None, ParsedAmount(D("5"), "USD")),
        ("£7.50", None, ParsedAmount(D("7.5"), "GBP")),
        ("CHF 12.50", None, ParsedAmount(D("12.5"), "CHF")),
        ("199 Kč", None, ParsedAmount(D("199"), "CZK")),
        ("₩12,000", None, ParsedAmount(D("12000"), "KRW")),
        ("CA $3.10", None, ParsedAmount(D("3.1"), "CAD")),
        ("12.345 KWD", None, ParsedAmount(D("12.345"), "KWD")),
        ("12,345", "BHD", ParsedAmount(D("12.345"), "BHD")),
        ("1,234", "JPY", ParsedAmount(D("1234"), "JPY")),
        # shared symbols take the caller's currency
        ("$5", "USD", ParsedAmount(D("5"), "USD")),
        ("$5", "cad", ParsedAmount(D("5"), "CAD")),
        ("$5", None, ParsedAmount(D("5"), None)),
        ("¥1,200", "JPY", ParsedAmount(D("1200"), "JPY")),
        ("￥12.30", "CNY", ParsedAmount(D("12.3"), "CNY")),
        ("99 kr", "SEK", ParsedAmount(D("99"), "SEK")),
        ("12.34", "EUR", ParsedAmount(D("12.34"), "EUR")),
        ("€5", "EUR", ParsedAmount(D("5"), "EUR")),
        # free
        ("Free shipping", None, ParsedAmount(D("0"), None)),
        ("free", "USD", ParsedAmount(D("0"), "USD")),
        ("FREE", None, ParsedAmount(D("0"), None)),
        ("бесплатно", "RUB", ParsedAmount(D("0"), "RUB")),
        ("Бесплатная доставка", None, ParsedAmount(D("0"), None)),
        # limits
        ("0", "USD", ParsedAmount(D("0"), "USD")),
        ("1000000000000", None, ParsedAmount(D("1000000000000"), None)),
        ("12.3400", "USD", ParsedAmount(D("12.34"), "USD")),
        ("12.00", "JPY", ParsedAmount(D("12"), "JPY")),
    ],
)
def test_parse_amount_examples(text: str, currency: str | None, expected: ParsedAmount) -> None:
    assert parse_amount(text, currency) == expected


def test_amount_with_a_known_currency_carries_its_decimals() -> None:
    assert str(parse_amount("US $12").amount) == "12.00"
    assert str(parse_amount("¥1,200", "JPY").amount) == "1200"
    assert str(parse_amount("12.5 KWD").amount) == "12.500"


@pytest.mark.parametrize(
    ("text", "currency", "reason"),
    [
        ("", None, "enter an amount"),
        ("  ", None, "enter an amount"),
        ("abc", None, 'can\'t read "abc" as an amount'),
        ("$", None, "can't read"),
        ("12.34.56,7,8", None, "can't read"),
        ("1,23,4", None, "groups of three"),
        ("12 34", None, "groups of three"),
        ("1.234,5.6", None, "can't read"),
        ("1,234.567,89", None, "can't read"),
        ("1 234'567", None, "mixes thousands separators"),
        ("1 234.567,89", None, "mixes thousands separators"),
        ("-5", None, "can't be negative"),
        ("−5", None, "can't be negative"),
        ("- 5 €", None, "can't be negative"),
        ("US $-5.00", None, "can't be negative"),
        ("(5.00)", None, "can't be negative"),
        ("€5", "USD", '"€5" is in EUR, but the amount should be in USD'),
        ("US $1,382.11", "EUR", "is in USD, but the amount should be in EUR"),
        ("129,46zł", "RUB", "is in PLN"),
        ("US $5 EUR", None, "two currencies, EUR and USD"),
        ("12.3456", "USD", "USD has 2 decimals"),
        ("0.001", "USD", "USD has 2 decimals"),
        ("12.5", "JPY", "JPY has 0 decimals"),
        ("¥12,5", "JPY", "JPY has 0 decimals"),
        ("1.2345 KWD", None, "KWD has 3 decimals"),
        ("1000000000000.01", None, "more than 10^12"),
        ("US $2,000,000,000,000", None, "more than 10^12"),
        ("12 foo", None, '"foo" is not a currency we know'),
        ("12 dollars", None, "is not a currency we know"),
        ("12 XYZ", None, "is not a currency we know"),
        ("12.34 +", None, "is not a currency we know"),
        ("1 2", None, "groups of three"),
        ("12.", None, "can't read"),
        ("12,5", "XYZ", 'unknown currency "XYZ"'),
    ],
)
def test_parse_amount_refusals(text: str, currency: str | None, reason: str) -> None:
    with pytest.raises(ParseError, match=re.escape(reason)):
        parse_amount(text, currency)


def test_three_digits_after_a_lone_separator_mean_thousands_not_decimals() -> None:
    """Documented rule: "12.345" in USD is 12345, never a silently rounded 12.35."""
    assert parse_amount("12.345", "USD") == ParsedAmount(D("12345"), "USD")


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (D("12.34"), None, "12.34"),
        (D("1382.11"), "USD", "1382.11"),
        (D("12"), "USD", "12.00"),
        (D("12.5"), None, "12.50"),
        (D("1200"), "JPY", "1200"),
        (D("12.345"), "KWD", "12.345"),
        (D("0.5"), "CLF", "0.5000"),
        (D("12.345"), "USD", "12.35"),
        (D("12.344"), "EUR", "12.34"),
        (D("2.5"), "JPY", "3"),
        (D("0"), "USD", "0.00"),
        (D("-0.001"), "USD", "0.00"),
        (D("-12.3"), None, "-12.30"),
        (D("1E+3"), "USD", "1000.00"),
        (D("1000000000000"), "USD", "1000000000000.00"),
        (D("1E+30"), None, "1000000000000000000000000000000.00"),
    ],
)
def test_format_amount_examples(amount: Decimal, currency: str | None, text: str) -> None:
    assert format_amount(amount, currency) == text


@pytest.mark.parametrize("amount", [D("NaN"), D("Infinity"), D("-Infinity")])
def test_format_amount_refuses_non_numbers(amount: Decimal) -> None:
    with pytest.raises(ValueError, match="cannot format"):
        format_amount(amount)


CURRENCIES = {"USD": 2, "EUR": 2, "PLN": 2, "BRL": 2, "CNY": 2, "RUB": 2, "CZK": 2, "CHF": 2, "JPY": 0, "KRW": 0, "CLP": 0, "KWD": 3, "BHD": 3, "CLF": 4}  # fmt: skip
PRINTED = {"USD": ["US $", "US$"], "EUR": ["€"], "PLN": ["zł"], "BRL": ["R$"], "CNY": ["CN￥", "CN¥"], "RUB": ["₽", "руб."], "CZK": ["Kč"], "KRW": ["₩"]}  # fmt: skip
SHARED = {"USD": "$", "JPY": "¥", "CNY": "￥"}


@st.composite
def amounts(draw: st.DrawFn) -> tuple[Decimal, str]:
    """An exact amount with no more decimals than its currency has, up to 10^12."""
    currency = draw(st.sampled_from(sorted(CURRENCIES)))
    places = CURRENCIES[currency]
    units = draw(st.integers(min_value=0, max_value=10**12 * 10**places))
    return Decimal(units).scaleb(-places), currency


@given(amounts())
@example((D("0"), "USD"))
@example((D("1000000000000.00"), "USD"))
@example((D("0.001"), "KWD"))
@example((D("1.382"), "KWD"))
def test_amount_round_trip_through_format(case: tuple[Decimal, str]) -> None:
    amount, currency = case
    text = format_amount(amount, currency)
    assert "," not in text and " " not in text
    assert parse_amount(text, currency) == ParsedAmount(amount, currency)
    if CURRENCIES[currency] <= 2:  # without a currency, two decimals
        assert parse_amount(format_amount(amount)) == ParsedAmount(amount, None)


def render_amount(amount: Decimal, places: int, thousands: str, decimal: str) -> str:
    """The number the way a shop in some country prints it: "1 234,56", "1.234.567", ..."""
    assert amount >= 0
    units = int(amount.scaleb(places))
    whole, fraction = divmod(units, 10**places)
    text = f"{whole:,}".replace(",", thousands)
    return text + (f"{decimal}{fraction:0{places}d}" if places else "")


@given(
    amounts(),
    st.sampled_from(["", ",", ".", " ", "\u00a0", "\u202f", "'", "’"]),
    st.sampled_from([".", ","]),
    st.sampled_from(["code before", "code after", "symbol", "shared symbol", "caller only"]),
    st.sampled_from(["", " "]),
)
@example((D("1382.11"), "USD"), ",", ".", "symbol", "")
@example((D("1299"), "RUB"), " ", ",", "symbol", "")
@example((D("1382"), "JPY"), ".", ",", "code after", " ")
@example((D("12.345"), "KWD"), "", ",", "caller only", "")
@example((D("1234.567"), "BHD"), ".", ",", "code before", " ")
def test_amount_round_trip_through_rendered_forms(
    case: tuple[Decimal, str], thousands: str, decimal: str, marking: str, gap: str
) -> None:
    amount, currency = case
    if thousands == decimal:
        thousands = ""
    number = render_amount(amount, CURRENCIES[currency], thousands, decimal)
    caller: str | None = None
    if marking == "code before":
        text = f"{currency}{gap}{number}"
    elif marking == "code after":
        text = f"{number}{gap}{currency}"
    elif marking == "symbol" and currency in PRINTED:
        symbol = PRINTED[currency][len(number) % len(PRINTED[currency])]
        text = f"{symbol}{gap}{number}" if len(number) % 2 else f"{number}{gap}{symbol}"
    elif marking == "shared symbol" and currency in SHARED:
        text, caller = f"{SHARED[currency]}{number}", currency
    else:
        text, caller = number, currency
    assert parse_amount(text, caller) == ParsedAmount(amount, currency), text


@given(st.text(), st.sampled_from([None, "USD", "JPY", "KWD"]))
def test_parse_amount_only_raises_parse_error(text: str, currency: str | None) -> None:
    try:
        result = parse_amount(text, currency)
    except ParseError:
        return
    assert D(0) <= result.amount <= D(10) ** 12


@given(
    st.text(alphabet="0123456789,.'’ \u00a0-−()$€zł USDEKW", max_size=25),
    st.sampled_from([None, "USD", "JPY", "KWD"]),
)
def test_parse_amount_only_raises_parse_error_on_near_misses(text: str, currency: str | None) -> None:
    try:
        result = parse_amount(text, currency)
    except ParseError:
        return
    assert D(0) <= result.amount <= D(10) ** 12


# --------------------------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------------------------

BERLIN = ZoneInfo("Europe/Berlin")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01T10:00:00+03:00", utc(2026, 3, 1, 7)),
        ("2026-03-01 10:00Z", utc(2026, 3, 1, 10)),
        ("2026-03-01T10:00:00Z", utc(2026, 3, 1, 10)),
        ("2026-03-01t10:00:00z", utc(2026, 3, 1, 10)),
        ("2026-03-01T10:00:00.987654Z", utc(2026, 3, 1, 10)),
        ("2026-03-01T10:00:00,5+01:00", utc(2026, 3, 1, 9)),
        ("2026-03-01T10:00-0530", utc(2026, 3, 1, 15, 30)),
        ("2026-03-01T10:00:00+05", utc(2026, 3, 1, 5)),
        ("2026-03-01 10:00 +02:00", utc(2026, 3, 1, 8)),
        ("  2026-03-01T10:00Z ", utc(2026, 3, 1, 10)),
        ("2026-01-01T00:30:00+01:00", utc(2025, 12, 31, 23, 30)),
        ("2100-12-31T23:59:59Z", utc(2100, 12, 31, 23, 59, 59)),
        ("2000-01-01T00:00:00Z", utc(2000, 1, 1)),
        ("2028-02-29T12:00Z", utc(2028, 2, 29, 12)),
    ],
)
def test_parse_time_with_an_offset_is_exact(text: str, expected: datetime) -> None:
    result = parse_time(text, tz=LOS_ANGELES)
    assert result == expected
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("2026-03-01 10:00", BERLIN, utc(2026, 3, 1, 9)),
        ("2026-07-01 10:00:30", BERLIN, utc(2026, 7, 1, 8, 0, 30)),
        ("2026-03-01", BERLIN, utc(2026, 2, 28, 23)),
        ("2026-07-01", LOS_ANGELES, utc(2026, 7, 1, 7)),
        ("2026-03-01T10:00", LOS_ANGELES, utc(2026, 3, 1, 18)),
        ("2026-03-01 10:00", ZoneInfo("Asia/Tokyo"), utc(2026, 3, 1, 1)),
        ("2026-03-01 10:00", timezone(timedelta(hours=-3)), utc(2026, 3, 1, 13)),
        ("2026-03-29 01:59:59", BERLIN, utc(2026, 3, 29, 0, 59, 59)),
        ("2026-03-29 03:00", BERLIN, utc(2026, 3, 29, 1)),
        ("2026-10-25 01:59:59", BERLIN, utc(2026, 10, 24, 23, 59, 59)),
        ("2026-10-25 03:00", BERLIN, utc(2026, 10, 25, 2)),
        ("2026-03-08 01:59:59", LOS_ANGELES, utc(2026, 3, 8, 9, 59, 59)),
        ("2026-03-08 03:00", LOS_ANGELES, utc(2026, 3, 8, 10)),
        ("2026-11-01 00:59:59", LOS_ANGELES, utc(2026, 11, 1, 7, 59, 59)),
        ("2026-11-01 02:00", LOS_ANGELES, utc(2026, 11, 1, 10)),
    ],
)
def test_parse_time_without_an_offset_is_local(
    text: str, tz: timezone | ZoneInfo, expected: datetime
) -> None:
    assert parse_time(text, tz=tz) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "can't read"),
        ("now", 'can\'t read "now" as a date and time'),
        ("yesterday", "can't read"),
        ("2026-3-1", "can't read"),
        ("01.03.2026", "can't read"),
        ("2026-03-01T10", "can't read"),
        ("2026-03-01 10:00:00 Europe/Berlin", "can't read"),
        ("2026-03-01Z", "can't read"),
        ("2026-02-30", "no such date or time"),
        ("2026-13-01", "no such date or time"),
        ("2026-03-01 24:00", "no such date or time"),
        ("2026-03-01 10:60", "no such date or time"),
        ("2026-03-01T10:00+24:00", '"+24:00" is not a time zone offset'),
        ("2026-03-01T10:00+01:60", "is not a time zone offset"),
        ("1999-12-31T23:00Z", "between 2000 and 2100"),
        ("2101-01-01", "between 2000 and 2100"),
        ("0001-01-01", "between 2000 and 2100"),
    ],
)
def test_parse_time_refusals(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=re.escape(reason)):
        parse_time(text, tz=BERLIN)


DST_CHANGES = [
    # zone, wall-clock hour the change affects, what happens, offsets involved
    (BERLIN, datetime(2026, 3, 29, 2), "does not exist", "add an offset such as +01:00"),
    (
        BERLIN,
        datetime(2026, 10, 25, 2),
        "happens twice",
        "+02:00 for the first time or +01:00 for the second",
    ),
    (LOS_ANGELES, datetime(2026, 3, 8, 2), "does not exist", "add an offset such as -08:00"),
    (
        LOS_ANGELES,
        datetime(2026, 11, 1, 1),
        "happens twice",
        "-07:00 for the first time or -08:00 for the second",
    ),
]


@pytest.mark.parametrize(("tz", "hour", "what", "advice"), DST_CHANGES)
@given(second=st.integers(0, 3599), separator=st.sampled_from([" ", "T"]))
def test_wall_times_skipped_or_repeated_by_dst_are_refused(
    tz: ZoneInfo, hour: datetime, what: str, advice: str, second: int, separator: str
) -> None:
    wall = hour + timedelta(seconds=second)
    text = wall.isoformat(sep=separator)
    with pytest.raises(ParseError) as caught:
        parse_time(text, tz=tz)
    message = str(caught.value)
    assert what in message and advice in message
    assert message.startswith(f"{wall:%Y-%m-%d %H:%M}")
    # the offsets the buyer is asked for are accepted; in an overlap they pick each occurrence
    offsets = re.findall(r"[+-]\d\d:\d\d", message)
    instants = [parse_time(text + offset, tz=tz) for offset in offsets]
    if what == "happens twice":
        assert instants[1] - instants[0] == timedelta(hours=1)
        assert all(instant.astimezone(tz).replace(tzinfo=None) == wall for instant in instants)


def test_gap_message_matches_the_brief() -> None:
    with pytest.raises(ParseError) as caught:
        parse_time("2026-03-29 02:30", tz=BERLIN)
    assert str(caught.value) == (
        "2026-03-29 02:30 does not exist in your time zone (the clocks jump forward); "
        "add an offset such as +01:00"
    )


def wall_times_of(instant: datetime, tz: ZoneInfo) -> list[datetime]:
    """Every instant within ±3 hours whose wall clock shows the same as ``instant``'s (oracle)."""
    wall = instant.astimezone(tz).replace(tzinfo=None)
    nearby = (instant + timedelta(minutes=15 * k) for k in range(-12, 13))
    return [other for other in nearby if other.astimezone(tz).replace(tzinfo=None) == wall]


@pytest.mark.parametrize("tz", [BERLIN, LOS_ANGELES], ids=str)
@given(
    seconds=st.integers(
        min_value=int(datetime(2000, 1, 2, tzinfo=UTC).timestamp()),
        max_value=int(datetime(2100, 12, 30, tzinfo=UTC).timestamp()),
    ),
    style=st.sampled_from(["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "minutes"]),
)
@example(
    seconds=int(datetime(2026, 10, 25, 0, 30, tzinfo=UTC).timestamp()), style="minutes"
)  # Berlin 02:30, 1st
@example(
    seconds=int(datetime(2026, 10, 25, 1, 30, tzinfo=UTC).timestamp()), style="minutes"
)  # Berlin 02:30, 2nd
@example(seconds=int(datetime(2026, 11, 1, 8, 30, tzinfo=UTC).timestamp()), style="minutes")  # LA 01:30, 1st
@example(seconds=int(datetime(2026, 11, 1, 9, 30, tzinfo=UTC).timestamp()), style="minutes")  # LA 01:30, 2nd
@example(seconds=int(datetime(2026, 3, 29, 1, 0, tzinfo=UTC).timestamp()), style="minutes")  # Berlin 03:00
@example(seconds=int(datetime(2026, 3, 8, 10, 0, tzinfo=UTC).timestamp()), style="minutes")  # LA 03:00
def test_local_wall_times_round_trip_unless_ambiguous(tz: ZoneInfo, seconds: int, style: str) -> None:
    instant = datetime.fromtimestamp(seconds, tz=UTC)
    if style == "minutes":
        instant = instant.replace(second=0)
    wall = instant.astimezone(tz)
    text = f"{wall:%Y-%m-%d %H:%M}" if style == "minutes" else f"{wall:{style}}"
    if len(wall_times_of(instant, tz)) > 1:
        with pytest.raises(ParseError, match="happens twice"):
            parse_time(text, tz=tz)
    else:
        assert parse_time(text, tz=tz) == instant


@given(
    instant=st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2100, 12, 30)),
    offset_minutes=st.integers(-14 * 60, 14 * 60),
    separator=st.sampled_from(["T", " "]),
    fraction=st.sampled_from(["", ".5", ".123456", ",9"]),
)
def test_iso_time_with_offset_is_the_instant(
    instant: datetime, offset_minutes: int, separator: str, fraction: str
) -> None:
    exact = instant.replace(microsecond=0, tzinfo=UTC)
    local = exact.astimezone(timezone(timedelta(minutes=offset_minutes)))
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    text = f"{local:%Y-%m-%d}{separator}{local:%H:%M:%S}{fraction}{sign}{hours:02d}:{minutes:02d}"
    assert parse_time(text, tz=BERLIN) == exact
    assert parse_time(format_utc(exact)) == exact


@given(st.text(), st.sampled_from([None, BERLIN, LOS_ANGELES]))
def test_parse_time_only_raises_parse_error(text: str, tz: ZoneInfo | None) -> None:
    try:
        result = parse_time(text, tz=tz)
    except ParseError:
        return
    assert result.tzinfo is UTC and result.microsecond == 0


@given(st.text(alphabet="0123456789-:T Z+.,", max_size=30), st.sampled_from([None, BERLIN, LOS_ANGELES]))
def test_parse_time_only_raises_parse_error_on_near_misses(text: str, tz: ZoneInfo | None) -> None:
    try:
        parse_time(text, tz=tz)
    except ParseError:
        pass


@contextmanager
def system_time_zone(name: str) -> Iterator[None]:
    """Run with the process's local time zone set to ``name`` (POSIX only)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset to switch the local time zone")
@pytest.mark.parametrize(
    ("zone", "text", "expected"),
    [
        ("Europe/Berlin", "2026-03-01 10:00", utc(2026, 3, 1, 9)),
        ("Europe/Berlin", "2026-07-01", utc(2026, 6, 30, 22)),
        ("Europe/Berlin", "2026-03-29 03:00", utc(2026, 3, 29, 1)),
        ("Europe/Berlin", "2026-03-29 02:30", "does not exist in your time zone (the clocks jump forward); add an offset such as +01:00"),
        ("Europe/Berlin", "2026-10-25 02:30", "happens twice"),
        ("America/Los_Angeles", "2026-07-01 12:00", utc(2026, 7, 1, 19)),
        ("America/Los_Angeles", "2026-03-08 02:00", "does not exist"),
        ("America/Los_Angeles", "2026-11-01 01:59:59", "happens twice"),
        ("America/Los_Angeles", "2026-11-01 02:00", utc(2026, 11, 1, 10)),
        ("America/Los_Angeles", "2026-03-01T10:00+03:00", utc(2026, 3, 1, 7)),
    ],
)  # fmt: skip
def test_parse_time_in_the_system_time_zone(zone: str, text: str, expected: datetime | str) -> None:
    with system_time_zone(zone):
        if isinstance(expected, datetime):
            assert parse_time(text) == expected
        else:
            with pytest.raises(ParseError, match=re.escape(expected)):
                parse_time(text)


def test_to_utc_converts_and_truncates() -> None:
    moscow = timezone(timedelta(hours=3))
    result = to_utc(datetime(2026, 3, 1, 10, 0, 0, 999999, tzinfo=moscow))
    assert result == utc(2026, 3, 1, 7) and result.tzinfo is UTC and result.microsecond == 0
    assert to_utc(datetime(2026, 3, 29, 2, 30, fold=1, tzinfo=BERLIN)) == utc(2026, 3, 29, 0, 30)


def test_naive_datetimes_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_utc(datetime(2026, 3, 1, 10))
    with pytest.raises(ValueError, match="naive"):
        format_utc(datetime(2026, 3, 1, 10))


@pytest.mark.parametrize(
    ("dt", "text"),
    [
        (datetime(2026, 3, 1, 10, tzinfo=timezone(timedelta(hours=3))), "2026-03-01T07:00:00Z"),
        (datetime(2026, 3, 1, 7, 0, 0, 500000, tzinfo=UTC), "2026-03-01T07:00:00Z"),
        (datetime(2026, 7, 1, 12, tzinfo=LOS_ANGELES), "2026-07-01T19:00:00Z"),
        (datetime(2000, 1, 1, tzinfo=UTC), "2000-01-01T00:00:00Z"),
    ],
)
def test_format_utc(dt: datetime, text: str) -> None:
    assert format_utc(dt) == text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3 días y 5 horas", timedelta(days=3, hours=5)),
        ("quedan 2 semanas", timedelta(weeks=2)),
        ("1 dia e 12 horas", timedelta(days=1, hours=12)),
        ("faltam 30 minutos", timedelta(minutes=30)),
        ("2 jours et 4 heures", timedelta(days=2, hours=4)),
        ("il reste 23 j 14:22:10", timedelta(days=23, hours=14, minutes=22, seconds=10)),
        ("7 j", timedelta(days=7)),
        ("5 dni i 3 godziny", timedelta(days=5, hours=3)),
        ("pozostało 1 tydzień", timedelta(weeks=1)),
        ("90 sekund", timedelta(seconds=90)),
        ("1 godzinę", timedelta(hours=1)),
        ("12 dn 05:33:10", None),  # not a word of any language: refused, not guessed
    ],
)
def test_durations_typed_in_each_language_the_app_speaks(typed: str, expected: timedelta | None) -> None:
    if expected is None:
        with pytest.raises(ParseError):
            parse_duration(typed)
    else:
        assert parse_duration(typed) == expected
