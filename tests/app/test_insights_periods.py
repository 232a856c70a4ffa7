"""Periods and the buyer's calendar months: presets, inclusive days, and the month of every
instant (a property test across daylight-saving changes and odd offsets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.periods import Period, Preset, days_period, month_starts, preset_period
from app.domain.rates import Converted, Rate, RateTable
from app.services.insight_sums import _Months
from app.store.codec import db_time

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def test_presets_in_the_buyers_zone() -> None:
    assert preset_period(Preset.THIS_MONTH, NOW, BERLIN) == Period(
        datetime(2026, 2, 28, 23, 0, tzinfo=UTC),
        datetime(2026, 3, 31, 22, 0, tzinfo=UTC),  # DST starts 29 March
    )
    assert preset_period(Preset.THIS_YEAR, NOW, UTC) == Period(
        datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    )
    assert preset_period(Preset.LAST_12_MONTHS, NOW, UTC) == Period(
        datetime(2025, 4, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    )
    december = datetime(2026, 12, 5, tzinfo=UTC)
    assert preset_period(Preset.LAST_12_MONTHS, december, UTC).start == datetime(2026, 1, 1, tzinfo=UTC)
    assert preset_period(Preset.ALL, NOW) == Period()
    with pytest.raises(ValueError):
        preset_period(Preset.CUSTOM, NOW)


def test_days_are_included_whole_and_periods_refuse_nonsense() -> None:
    period = days_period(date(2026, 1, 1), date(2026, 1, 31), BERLIN)
    assert period.holds(datetime(2026, 1, 31, 22, 59, 59, tzinfo=UTC))  # 23:59:59 in Berlin
    assert not period.holds(datetime(2026, 1, 31, 23, 0, tzinfo=UTC))
    assert period.holds(datetime(2025, 12, 31, 23, 0, tzinfo=UTC))
    with pytest.raises(ValueError):
        Period(datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError):
        Period(datetime(2026, 2, 1))  # naive


def test_month_starts_cover_the_span_and_close_the_last_month() -> None:
    starts = month_starts(datetime(2025, 12, 15, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC), BERLIN)
    assert [label for label, _ in starts] == ["2025-12", "2026-01", "2026-02", "2026-03"]
    assert starts[1][1] == datetime(2025, 12, 31, 23, 0, tzinfo=UTC)


ZONES = st.sampled_from(["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Asia/Kathmandu",
                         "Australia/Lord_Howe", "Pacific/Chatham"])  # fmt: skip
INSTANTS = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


@given(ZONES, st.lists(INSTANTS, min_size=1, max_size=20))
def test_every_instant_lands_in_its_local_calendar_month(zone: str, instants: list[datetime]) -> None:
    tz = ZoneInfo(zone)
    stored = [db_time(instant) for instant in instants]
    months = _Months(min(stored), max(stored), tz)
    for instant, text in zip(instants, stored, strict=True):
        assert months.label(text) == instant.astimezone(tz).strftime("%Y-%m")


def test_rates_apply_from_their_day_until_the_next() -> None:
    table = RateTable.build(
        "EUR",
        [
            Rate("USD", "EUR", date(2026, 1, 1), Decimal("0.9")),
            Rate("USD", "EUR", date(2026, 2, 1), Decimal("0.8")),
        ],
    )
    assert table.rate_on("USD", "2025-12-31 23:59:59.000000") is None
    assert table.rate_on("USD", "2026-01-31 10:00:00.000000") == Decimal("0.9")
    assert table.rate_on("USD", "2026-02-01 00:00:00.000000") == Decimal("0.8")
    assert table.rate_on("EUR", "2020-01-01") == Decimal(1)
    total = Converted("EUR")
    total.add(table, "USD", Decimal("10"), "2026-02-02")
    total.add(table, "PLN", Decimal("5"), "2026-02-02")
    total.add(table, "EUR", Decimal("1.50"), "2026-02-02")
    assert (total.amount, total.missing) == (Decimal("9.50"), {"PLN": Decimal("5")})


def test_stored_times_sort_as_their_instants() -> None:
    a = datetime(2026, 1, 1, 9, 59, 59, 999999, tzinfo=UTC)
    b = a + timedelta(microseconds=1)
    assert db_time(a) < db_time(b)
