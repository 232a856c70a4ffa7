"""The store's codec: the one stored form of times, money, payloads, the list cache and the
search text, and the one rule for "the cached derivation still holds"."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert

from app.domain.deadlines import Deadline, Evaluation
from app.domain.model import Basis, DeadlineKind, EventKind, Status
from app.store.codec import (
    cache_columns,
    cache_holds_sql,
    compact_json,
    db_money,
    db_time,
    decode_event,
    decode_many_deadlines,
    encode_data,
    event_values,
    from_db_time,
    search_text,
)
from app.store.types import DecimalText, UTCDateTime

aware = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1), timezones=st.timezones()
).filter(lambda d: d.utcoffset() is not None)


@given(aware)
def test_a_time_comes_back_as_the_same_instant_in_utc(when: datetime) -> None:
    back = from_db_time(db_time(when))
    # Compared in UTC: Python calls an ambiguous local time (a DST fall-back) unequal to any time
    # of another zone, though the instant is the same.
    assert back == when.astimezone(UTC) and back.tzinfo is UTC


_METADATA = MetaData()
_TIMES = Table("t", _METADATA, Column("id", Integer, primary_key=True), Column("at", UTCDateTime))
_MONEY = Table("m", _METADATA, Column("id", Integer, primary_key=True), Column("amount", DecimalText))
_ENGINE = create_engine("sqlite://")  # in memory, one connection (StaticPool), kept for the module
_METADATA.create_all(_ENGINE)


@given(aware)
def test_times_are_stored_as_the_table_definitions_store_them(when: datetime) -> None:
    """The migrations and the sqlmodel tables still write times through SQLAlchemy's types: the
    store's own encoding must be the same text, or old and new rows would sort apart."""
    with _ENGINE.begin() as conn:
        key = conn.execute(insert(_TIMES).values(at=when)).inserted_primary_key[0]
        raw = conn.exec_driver_sql(f"SELECT at FROM t WHERE id = {key}").scalar()
    assert raw == db_time(when)


def test_money_is_stored_as_the_table_definitions_store_it() -> None:
    with _ENGINE.begin() as conn:
        key = conn.execute(insert(_MONEY).values(amount=Decimal("0.10"))).inserted_primary_key[0]
        raw = conn.exec_driver_sql(f"SELECT amount FROM m WHERE id = {key}").scalar()
    assert raw == db_money(Decimal("0.10")) == "0.10"


def test_times_sort_as_text_in_time_order() -> None:
    base = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    times = [base + timedelta(microseconds=n) for n in (0, 1, 999_999, 1_000_000)]
    assert sorted(db_time(t) for t in times) == [db_time(t) for t in times]


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        db_time(datetime(2026, 3, 1, 9, 0))


def test_other_zones_are_stored_as_utc() -> None:
    moscow = datetime(2026, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    assert db_time(moscow) == "2026-03-01 09:00:00.000000"


@pytest.mark.parametrize(
    ("value", "error"), [(1.5, TypeError), (True, TypeError), (Decimal("NaN"), ValueError)]
)
def test_money_that_is_not_exact_is_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        db_money(value)  # type: ignore[arg-type]


def test_money_keeps_its_digits() -> None:
    assert [db_money(Decimal(t)) for t in ("0.10", "1382.11", "-3", "1E+2")] == [
        "0.10",
        "1382.11",
        "-3",
        "1E+2",
    ]
    assert db_money(7) == "7"


def test_an_event_round_trips_through_its_columns() -> None:
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    from app.domain.model import Event

    event = Event(EventKind.SHIPPED, at, at + timedelta(hours=1), {"tracking": "LP1", "note": "Посылка"})
    order_id, *columns = event_values(7, event)
    assert order_id == 7 and columns[3] == '{"note":"Посылка","tracking":"LP1"}'
    assert decode_event(*columns) == event
    assert event_values(7, Event(EventKind.PAID, at, at, {}))[4] == "{}" == encode_data({})


def test_the_cache_columns_and_their_deadlines_round_trip() -> None:
    due = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
    deadlines = (
        Deadline(DeadlineKind.SHIP_BY, due, Basis.ENTERED),
        Deadline(DeadlineKind.PROTECTION_ENDS, due + timedelta(days=60), Basis.ESTIMATED),
    )
    columns = cache_columns(Evaluation(Status.IN_TRANSIT, deadlines, due - timedelta(days=1), due))
    assert columns.status == "in_transit" and columns.next_deadline_kind == "ship_by"
    assert columns.next_deadline_due == int(due.timestamp())
    assert decode_many_deadlines([columns.deadlines_json, "[]"]) == [list(deadlines), []]
    empty = cache_columns(Evaluation(Status.COMPLETED, (), None, None))
    assert (empty.next_deadline_kind, empty.deadlines_json, empty.cache_valid_from) == (None, "[]", None)


@pytest.mark.parametrize(
    ("status", "valid_from", "valid_until", "at", "holds"),
    [
        ("", None, None, 100, False),  # never derived
        ("in_transit", None, None, 100, True),  # holds until something is recorded
        ("in_transit", 50, None, 49, False),  # asked about a time before it was derived for
        ("in_transit", 50, None, 50, True),
        ("in_transit", None, 150, 149, True),
        ("in_transit", None, 150, 150, False),  # a deadline passed: derive again
        ("in_transit", 50, 150, 100, True),
    ],
)
def test_the_one_rule_for_a_cache_that_holds(
    status: str, valid_from: int | None, valid_until: int | None, at: int, holds: bool
) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE orders (status TEXT NOT NULL, cache_valid_from INT, cache_valid_until INT)")
    conn.execute("INSERT INTO orders VALUES (?, ?, ?)", (status, valid_from, valid_until))
    (answer,) = conn.execute(f"SELECT {cache_holds_sql('?')} FROM orders", (at, at)).fetchone()
    assert bool(answer) is holds


def test_the_search_text_holds_every_title_once_and_every_tracking_number() -> None:
    assert (
        search_text("8100", "Big Store", "Cable", ["Cable", "Plug"], ["LP1"])
        == "8100 big store cable plug lp1"
    )
    assert search_text("8100", "S", "Cable set", ["Cable", "Plug"], []) == "8100 s cable set cable plug"


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES, st.booleans(), st.booleans())
def test_the_encoder_made_once_writes_what_json_dumps_writes(
    value: object, sort_keys: bool, ensure_ascii: bool
) -> None:
    encode = compact_json(sort_keys=sort_keys, ensure_ascii=ensure_ascii)
    assert encode(value) == json.dumps(
        value, separators=(",", ":"), sort_keys=sort_keys, ensure_ascii=ensure_ascii
    )


def test_the_encoder_made_once_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError):
        compact_json()({"amount": Decimal("1.00")})


def test_without_the_c_encoder_the_plain_one_writes_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    payload = {"b": "“Completed”", "a": [1, True, None]}
    assert compact_json(sort_keys=True, ensure_ascii=False)(payload) == json.dumps(
        payload, separators=(",", ":"), sort_keys=True, ensure_ascii=False
    )
