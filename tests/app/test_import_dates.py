"""Dates as exports and order pages print them (app/domain/datetext.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.datetext import month_number, parse_date_text
from app.domain.errors import ParseError

BERLIN_WINTER = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-20", datetime(2026, 2, 20, tzinfo=UTC)),
        ("2026-02-20 10:22:33", datetime(2026, 2, 20, 10, 22, 33, tzinfo=UTC)),
        ("2026-02-20T10:22:33+03:00", datetime(2026, 2, 20, 7, 22, 33, tzinfo=UTC)),
        ("Feb 21, 2026", datetime(2026, 2, 21, tzinfo=UTC)),
        ("February 21, 2026 2:30 PM", datetime(2026, 2, 21, 14, 30, tzinfo=UTC)),
        ("21 Feb 2026", datetime(2026, 2, 21, tzinfo=UTC)),
        ("24. Mär 2026", datetime(2026, 3, 24, tzinfo=UTC)),
        ("24. März 2026 10:15", datetime(2026, 3, 24, 10, 15, tzinfo=UTC)),
        ("21 февраля 2026 г.", datetime(2026, 2, 21, tzinfo=UTC)),
        ("3 мая 2026", datetime(2026, 5, 3, tzinfo=UTC)),
        ("21 de febrero de 2026", datetime(2026, 2, 21, tzinfo=UTC)),
        ("21 lutego 2026", datetime(2026, 2, 21, tzinfo=UTC)),
        ("5 juil. 2026", datetime(2026, 7, 5, tzinfo=UTC)),
        ("5 juin 2026", datetime(2026, 6, 5, tzinfo=UTC)),
        ("12 out 2025", datetime(2025, 10, 12, tzinfo=UTC)),
        ("Sun, 22 Feb 2026", datetime(2026, 2, 22, tzinfo=UTC)),
        ("21.02.2026", datetime(2026, 2, 21, tzinfo=UTC)),
        ("21.02.2026 14:30", datetime(2026, 2, 21, 14, 30, tzinfo=UTC)),
        ("05/02/2026", datetime(2026, 2, 5, tzinfo=UTC)),  # day first
        ("02/21/2026", datetime(2026, 2, 21, tzinfo=UTC)),  # month first: 21 can't be a month
        ("2026/02/21", datetime(2026, 2, 21, tzinfo=UTC)),
        ("1771632000000", datetime(2026, 2, 21, tzinfo=UTC)),  # epoch milliseconds
        ("1771632000", datetime(2026, 2, 21, tzinfo=UTC)),  # epoch seconds
    ],
)
def test_reads_dates_as_exports_print_them(text: str, expected: datetime) -> None:
    assert parse_date_text(text, tz=UTC) == expected


def test_local_time_is_the_zone_given() -> None:
    assert parse_date_text("Feb 21, 2026 10:00", tz=BERLIN_WINTER) == datetime(2026, 2, 21, 9, 0, tzinfo=UTC)
    # epoch values are exact whatever the zone
    assert parse_date_text("1771632000000", tz=BERLIN_WINTER) == datetime(2026, 2, 21, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Feb 30, 2026", "no such date"),
        ("32.01.2026", "no such date"),
        ("21.02.26", "four digits"),
        ("Feb 21, 1999", "between 2000 and 2100"),
        ("soon", "as a date"),
        ("Smarch 3, 2026", "as a date"),
        ("25:00 Feb 21, 2026", "no such time"),
        ("", "enter a date"),
    ],
)
def test_refuses_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(ParseError, match=why):
        parse_date_text(text, tz=UTC)


def test_month_names_in_every_language() -> None:
    for word, month in [
        ("Jan", 1), ("janvier", 1), ("stycznia", 1), ("января", 1), ("enero", 1), ("gennaio", 1),
        ("Februar", 2), ("févr.", 2), ("fevereiro", 2), ("März", 3), ("Mrz", 3), ("mars", 3),
        ("avril", 4), ("abril", 4), ("Mai", 5), ("maja", 5), ("maggio", 5), ("juin", 6), ("czerwca", 6),
        ("juillet", 7), ("lipca", 7), ("août", 8), ("agosto", 8), ("sierpnia", 8), ("settembre", 9),
        ("Okt", 10), ("outubro", 10), ("października", 10), ("listopada", 11), ("ноября", 11),
        ("Dez", 12), ("décembre", 12), ("dic", 12), ("декабря", 12),
    ]:  # fmt: skip
        assert month_number(word) == month, word
    assert month_number("Mo") is None
    assert month_number("xyz") is None


_FORMATS = [
    lambda d: d.strftime("%b %d, %Y"),
    lambda d: d.strftime("%B %d, %Y"),
    lambda d: d.strftime("%d %b %Y"),
    lambda d: d.strftime("%d.%m.%Y"),
    lambda d: d.strftime("%Y-%m-%d"),
    lambda d: d.strftime("%Y/%m/%d"),
    lambda d: str(int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() * 1000)),
]


@given(
    day=st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)),
    shape=st.sampled_from(_FORMATS),
    clock=st.tuples(st.integers(0, 23), st.integers(0, 59)),
)
def test_round_trip_of_printed_dates(day: date, shape: object, clock: tuple[int, int]) -> None:
    text = shape(day)  # type: ignore[operator]
    assert parse_date_text(text, tz=UTC) == datetime(day.year, day.month, day.day, tzinfo=UTC)
    if not text.isdigit():
        with_time = f"{text} {clock[0]:02d}:{clock[1]:02d}"
        assert parse_date_text(with_time, tz=UTC) == datetime(
            day.year, day.month, day.day, *clock, tzinfo=UTC
        )


@given(st.text(max_size=40))
def test_never_crashes_on_junk(text: str) -> None:
    try:
        result = parse_date_text(text, tz=UTC)
    except ParseError:
        return
    assert result.tzinfo is UTC


def test_epoch_numbers_before_september_2001_have_fewer_digits() -> None:
    assert parse_date_text("978307200000", tz=UTC) == datetime(2001, 1, 1, tzinfo=UTC)
    assert parse_date_text("978307200", tz=UTC) == datetime(2001, 1, 1, tzinfo=UTC)
    assert parse_date_text("1771632000000", tz=UTC) == datetime(2026, 2, 21, tzinfo=UTC)
    with pytest.raises(ParseError):
        parse_date_text("97830720000", tz=UTC)  # 11 digits: neither seconds nor milliseconds
