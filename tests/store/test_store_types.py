"""UTCDateTime and DecimalText: aware UTC in and out, exact money, wrong inputs refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Engine, Integer, MetaData, Table, create_engine, insert, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError

from app.store.types import DecimalText, UTCDateTime

metadata = MetaData()
samples = Table(
    "samples",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime),
    Column("amount", DecimalText),
)
DIALECT = sqlite.dialect()


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def round_trip(engine: Engine, **values: Any) -> Any:
    with engine.begin() as conn:
        key = conn.execute(insert(samples).values(**values)).inserted_primary_key
        assert key is not None
        new_id = key[0]
        return conn.execute(select(samples).where(samples.c.id == new_id)).one()


def stored(engine: Engine, column: str, new_id: int) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT {column} FROM samples WHERE id = :id"), {"id": new_id}).scalar()


# -- UTCDateTime ------------------------------------------------------------------------------


def test_aware_datetime_comes_back_aware_utc(engine: Engine) -> None:
    moscow = timezone(timedelta(hours=3))
    row = round_trip(engine, at=datetime(2026, 3, 1, 15, 0, 0, 250000, tzinfo=moscow))
    assert row.at == datetime(2026, 3, 1, 12, 0, 0, 250000, tzinfo=UTC)
    assert row.at.tzinfo is UTC


def test_datetime_is_stored_as_naive_utc(engine: Engine) -> None:
    pacific = timezone(timedelta(hours=-8))
    row = round_trip(engine, at=datetime(2026, 1, 31, 20, 0, tzinfo=pacific))
    assert stored(engine, "at", row.id) == "2026-02-01 04:00:00.000000"


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), DIALECT)


def test_naive_datetime_is_refused_through_sqlalchemy(engine: Engine) -> None:
    with pytest.raises(StatementError) as caught:
        round_trip(engine, at=datetime(2026, 1, 1))
    assert isinstance(caught.value.orig, ValueError)


def test_non_datetime_is_refused() -> None:
    with pytest.raises(TypeError):
        UTCDateTime().process_bind_param("2026-01-01T00:00:00Z", DIALECT)


def test_null_datetime_stays_null(engine: Engine) -> None:
    assert round_trip(engine, at=None).at is None


@given(
    moment=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
    offset_minutes=st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_any_aware_datetime_round_trips(engine: Engine, moment: datetime, offset_minutes: int) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    row = round_trip(engine, at=aware)
    assert row.at == aware
    assert row.at.utcoffset() == timedelta(0)


# -- DecimalText ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    ["0.10", "12.30", "0", "-5.00", "1234567890123456", "1234567890123456.78", "0.000001", "1E+3"],
)
def test_decimal_is_exact_including_scale(engine: Engine, amount: str) -> None:
    row = round_trip(engine, amount=Decimal(amount))
    assert row.amount == Decimal(amount)
    assert str(row.amount) == str(Decimal(amount))  # "0.10" stays "0.10", not "0.1"
    assert stored(engine, "amount", row.id) == str(Decimal(amount))


def test_decimal_column_holds_text(engine: Engine) -> None:
    row = round_trip(engine, amount=Decimal("0.10"))
    with engine.connect() as conn:
        kind = conn.execute(
            text("SELECT typeof(amount) FROM samples WHERE id = :id"), {"id": row.id}
        ).scalar()
    assert kind == "text"


def test_float_is_refused() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        DecimalText().process_bind_param(0.1, DIALECT)


def test_float_is_refused_through_sqlalchemy(engine: Engine) -> None:
    with pytest.raises(StatementError) as caught:
        round_trip(engine, amount=12.3)
    assert isinstance(caught.value.orig, TypeError)


@pytest.mark.parametrize("wrong", ["12.30", True, b"1"])
def test_other_types_are_refused(wrong: object) -> None:
    with pytest.raises(TypeError):
        DecimalText().process_bind_param(wrong, DIALECT)


@pytest.mark.parametrize("wrong", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_non_finite_amounts_are_refused(wrong: str) -> None:
    with pytest.raises(ValueError, match="finite"):
        DecimalText().process_bind_param(Decimal(wrong), DIALECT)


def test_int_is_accepted_exactly() -> None:
    assert DecimalText().process_bind_param(1234567890123456789, DIALECT) == "1234567890123456789"


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_any_finite_decimal_round_trips_exactly(engine: Engine, amount: Decimal) -> None:
    row = round_trip(engine, amount=amount)
    assert row.amount.as_tuple() == amount.as_tuple()
