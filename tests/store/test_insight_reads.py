"""The insight reads against their plain definitions, on random timelines: the first payment of
orders paid more than once, arrivals before or after one or several shipments, item and
whole-order disputes decided, cancelled and reopened, refunds with and without amounts, the
trash, spellings of one store. The reads group in SQLite and hand over texts to be fast; the
definitions below say the same the obvious way (one row per order or event)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

from app.clock import FrozenClock
from app.domain.periods import Period
from app.services import open_services
from app.services.insight_cases import dispute_outcomes, read_cases
from app.services.insight_ledger import case_outcomes, group_sums, ledger, store_sums
from app.services.insight_sums import statistics
from app.store.codec import db_time
from app.store.sqlite import connect
from app.store.store import Store
from app.store.transaction import Transaction

T = TypeVar("T")

FIRST = "SELECT order_id, min(at) AS at FROM events WHERE kind IN ({}) GROUP BY order_id"
PAID = f"""
SELECT p.order_id, o.currency, o.total, p.at FROM ({FIRST.format("'paid'")}) AS p
JOIN orders AS o ON o.id = p.order_id WHERE o.deleted_at IS NULL"""
ARRIVALS = f"""
SELECT a.order_id, a.at, julianday(a.at) - julianday(s.at), o.store
FROM ({FIRST.format("'delivered', 'received'")}) AS a
JOIN orders AS o ON o.id = a.order_id
JOIN ({FIRST.format("'shipped'")}) AS s ON s.order_id = a.order_id
WHERE o.deleted_at IS NULL AND a.at >= s.at"""
STORE_GROUPS = """
SELECT o.store, o.currency, count(*), max(o.ordered_at),
       group_concat(CASE WHEN o.id IN (SELECT order_id FROM events WHERE kind = 'paid') THEN o.total END, ' ')
FROM orders AS o WHERE o.deleted_at IS NULL GROUP BY o.store, o.currency"""

STORES = ("Shop A", "shop  a ", "SHOP A", "Beta", "Gamma Store", "gamma store", "Delta", "Ёлка", "Zeta")
TOTALS = ("12.50", "7", "0.10", "12.345", "100.00", "3.99", "1E+1")
START = datetime(2025, 6, 1, tzinfo=UTC)


def _at(rng: random.Random, after: datetime, days: int = 60) -> datetime:
    return after + timedelta(seconds=rng.choice([0, 1, 3600, 6 * 3600, rng.randrange(days * 86400)]))


def _payload(rng: random.Random, **choices: tuple[object, ...]) -> str:
    data = {key: rng.choice(values) for key, values in choices.items()}
    return json.dumps({key: value for key, value in data.items() if value is not None}, sort_keys=True)


def fill(path: Path, seed: int, orders: int = 300) -> None:
    """Random orders and timelines written straight into the tables."""
    rng = random.Random(seed)
    conn = connect(path)
    try:
        with conn:
            for number in range(1, orders + 1):
                ordered = START + timedelta(seconds=rng.randrange(300 * 86400))
                stamp = db_time(ordered)
                cursor = conn.execute(
                    "INSERT INTO orders (number, store, title, currency, total, ordered_at, created_at, "
                    "updated_at, deleted_at) VALUES (?, ?, 'T', ?, ?, ?, ?, ?, ?)",
                    (
                        f"{seed}{number:06d}",
                        rng.choice(STORES),
                        rng.choice(("USD", "EUR", "JPY")),
                        rng.choice(TOTALS),
                        stamp,
                        stamp,
                        stamp,
                        stamp if rng.random() < 0.08 else None,
                    ),
                )
                order_id = cursor.lastrowid
                events: list[tuple[str, datetime, str]] = [("ordered", ordered, "{}")]
                for _ in range(rng.choice([0, 1, 1, 1, 2])):
                    events.append(("paid", _at(rng, ordered, 3), "{}"))
                for kind, count in (
                    ("shipped", [0, 1, 1, 2]),
                    ("delivered", [0, 1, 2]),
                    ("received", [0, 1]),
                ):
                    for _ in range(rng.choice(count)):
                        events.append((kind, _at(rng, ordered, 40), "{}"))
                moment = ordered + timedelta(days=10)
                for _ in range(rng.choice([0, 0, 1, 3, 6])):
                    moment = _at(rng, moment, 10)
                    kind = rng.choice(["dispute-opened", "decided", "dispute-cancelled", "refund-received"])
                    line = (None, None, 1, 2)
                    if kind == "dispute-opened":
                        data = _payload(
                            rng, reason=("damaged", "", None), refund=("3.50", None, 2), line=line
                        )
                    elif kind == "decided":
                        outcome = ("full", "partial", "rejected", "odd", "", None)
                        data = _payload(rng, outcome=outcome, amount=("1.10", None, 0.5), line=line)
                    elif kind == "refund-received":
                        data = _payload(rng, amount=("2.00", None, 1, "x"), line=line)
                    else:
                        data = _payload(rng, line=line)
                    events.append((kind, moment, data))
                conn.executemany(
                    "INSERT INTO events (order_id, kind, at, recorded_at, data) VALUES (?, ?, ?, ?, ?)",
                    [(order_id, kind, db_time(at), db_time(at), data) for kind, at, data in events],
                )
    finally:
        conn.close()


@pytest.fixture(params=[1, 2, 3, 4])
def filled(request: pytest.FixtureRequest, tmp_path: Path, clock: FrozenClock) -> Path:
    data_dir = tmp_path / "data"
    Store.open(data_dir, clock=clock).close()
    fill(data_dir / "dispute-desk.sqlite3", request.param)
    return data_dir


def plain(data_dir: Path, sql: str) -> list[Any]:
    """What the plain definition ``sql`` reads."""
    conn = connect(data_dir / "dispute-desk.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def reading(data_dir: Path, clock: FrozenClock, read: Callable[[Transaction], T]) -> T:
    store = Store.open(data_dir, clock=clock)
    try:
        with store.read() as tx:
            return read(tx)
    finally:
        store.close()


def test_payments_are_each_orders_first(filled: Path, clock: FrozenClock) -> None:
    payments = reading(filled, clock, Transaction.payments)
    expected = plain(filled, PAID)
    read = {
        (int(order_id), currency, total, at)
        for currency, columns in payments.items()
        for at, total, order_id in zip(*columns, strict=True)
    }
    assert read == {(order_id, currency, total, at) for order_id, currency, total, at in expected}
    assert sum(len(times) for times, _totals, _ids in payments.values()) == len(expected)


def test_arrivals_count_from_the_first_shipment(filled: Path, clock: FrozenClock) -> None:
    arrivals = reading(filled, clock, Transaction.arrival_rows)
    assert arrivals == plain(filled, ARRIVALS)  # the same floats, in the same order
    low, high = "2025-07-01 00:00:00.000000", "2025-08-01 00:00:00.000000"
    some = reading(filled, clock, lambda tx: tx.arrival_rows(low, high))
    assert some == [row for row in arrivals if low <= row[1] < high]


def test_stores_add_up_as_groups_by_currency_do(filled: Path, clock: FrozenClock) -> None:
    rows = reading(filled, clock, Transaction.store_rows)
    groups = plain(filled, STORE_GROUPS)
    expected: dict[str, tuple[int, str, dict[str, Decimal]]] = {}
    for store_text, orders, last, spent in group_sums(groups):
        count, latest, money = expected.get(store_text, (0, last, {}))
        for currency, value in spent.items():
            money[currency] = money.get(currency, Decimal(0)) + value
        expected[store_text] = (count + orders, max(latest, last), money)
    read = {store_text: (orders, last, spent) for store_text, orders, last, spent in store_sums(rows)}
    assert read == expected
    for store_text, (_orders, _last, spent) in read.items():  # the exponents too (what the CLI prints)
        assert {c: str(v) for c, v in spent.items()} == {
            c: str(v) for c, v in expected[store_text][2].items()
        }


def test_dispute_outcomes_say_what_the_cases_say(filled: Path, clock: FrozenClock) -> None:
    cases = list(read_cases(reading(filled, clock, Transaction.case_events)))
    outcomes = list(dispute_outcomes(reading(filled, clock, Transaction.dispute_events)))
    assert outcomes == list(case_outcomes(cases))
    assert len({outcome for _store, outcome in outcomes}) > 1


def test_the_service_gives_what_the_plain_rows_give(filled: Path, clock: FrozenClock) -> None:
    cases = list(read_cases(reading(filled, clock, Transaction.case_events)))
    paid, arrivals, groups = plain(filled, PAID), plain(filled, ARRIVALS), plain(filled, STORE_GROUPS)
    marks = reading(filled, clock, Transaction.store_marks)
    services = open_services(filled, clock)
    try:
        cold_ledger = services.insights.ledger()  # disputes counted from their events
        for period in (Period(), Period(START + timedelta(days=40), START + timedelta(days=200))):
            got = services.insights.statistics(period, tz=UTC)
            assert got == statistics(paid, arrivals, cases, period, tz=UTC)
        warm_ledger = services.insights.ledger()  # from the statistics' cases
    finally:
        services.close()
    assert cold_ledger == warm_ledger == ledger(groups, arrivals, cases, marks)
    assert [str(v) for row in cold_ledger for v in row.spent.values()] == [
        str(v) for row in ledger(groups, arrivals, cases, marks) for v in row.spent.values()
    ]
