"""The sums on plain rows (what the store hands over), for cases the timeline rules of today
don't let the command line build: several refunds for one order, disputes per item, a decision
appealed and reversed; and the conversion to a home currency with dated rates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from app.domain.periods import Period, days_period
from app.domain.rates import Rate, RateTable
from app.domain.stores import StoreMark, store_key
from app.services.insight_cases import read_cases
from app.services.insight_sums import Statistics, ledger, one_decimal, statistics
from app.store.insight_rows import ArrivalRow, CaseEventRow, PaidRow, StoreGroupRow


def t(text: str) -> str:
    """A stored time: "2026-02-01 10:00" -> "2026-02-01 10:00:00.000000"."""
    return f"{text}:00.000000"


GROUPS: list[StoreGroupRow] = [  # what SQLite groups: the orders by store text and currency
    ("Shop A", "USD", 1, t("2026-01-05 09:00"), "30.00"),
    ("shop  A ", "EUR", 1, t("2026-01-06 09:00"), "9.99"),  # another spelling of the same store
    ("Shop B", "JPY", 1, t("2026-01-07 09:00"), None),  # never paid: no money spent
]
STORES = {1: "Shop A", 2: "shop  A ", 3: "Shop B"}
PAID: list[PaidRow] = [(1, "USD", "30.00", t("2026-01-05 10:00")), (2, "EUR", "9.99", t("2026-01-06 10:00"))]
ARRIVALS: list[ArrivalRow] = [(2, t("2026-01-19 22:00"), 12.5, "shop  A ")]
MONEY = {1: ("USD", "30.00"), 2: ("EUR", "9.99"), 3: ("JPY", "1000")}


def event(order_id: int, kind: str, at: str, **data: object) -> CaseEventRow:
    """As the store reads it: the payload's fields taken out of its JSON."""
    currency, total = MONEY[order_id]
    fields = json.loads(json.dumps(data))  # what survives the stored JSON
    return CaseEventRow(
        order_id, STORES[order_id], currency, total, kind, t(at), fields.get("line"), fields.get("amount"),
        fields.get("reason"), fields.get("refund"), fields.get("outcome"),
    )  # fmt: skip


def stats(events: list[CaseEventRow], period: Period | None = None, **options: Any) -> Statistics:
    return statistics(PAID, ARRIVALS, read_cases(events), period or Period(), **options)


EVENTS = [
    # Order 1 holds two items; each has its own dispute. Item 1: won (full), 10.00 came back in
    # two parts in two months. Item 2: rejected, appealed, then decided partial (won after all).
    event(1, "dispute-opened", "2026-01-20 10:00", reason="damaged", refund="10.00", line=1),
    event(1, "dispute-opened", "2026-01-21 10:00", reason="wrong_item", refund="20.00", line=2),
    event(1, "decided", "2026-01-25 10:00", outcome="full", line=1),
    event(1, "decided", "2026-01-26 10:00", outcome="rejected", line=2),
    event(1, "refund-received", "2026-01-30 10:00", amount="6.00", line=1),
    event(1, "decided", "2026-02-02 10:00", outcome="partial", amount="5.00", line=2),
    event(1, "refund-received", "2026-02-03 10:00", amount="4.00", line=1),
    event(1, "refund-received", "2026-02-10 10:00", amount="5.00", line=2),
]


def test_refunds_add_up_whatever_item_they_were_for() -> None:
    result = stats(EVENTS)
    assert result.refunded == {"USD": Decimal("15.00")}
    assert [(m.month, m.refunded) for m in result.by_month] == [
        ("2026-01", {"USD": Decimal("6.00")}),
        ("2026-02", {"USD": Decimal("9.00")}),
    ]
    assert result.spent == {"EUR": Decimal("9.99"), "USD": Decimal("30.00")}
    assert result.orders == 2


def test_each_item_dispute_counts_and_its_last_decision_decides() -> None:
    result = stats(EVENTS)
    assert (result.disputes.opened, result.disputes.won, result.disputes.lost) == (2, 2, 0)
    assert result.disputed == {"USD": Decimal("30.00")}
    assert result.pending == {}  # 10.00 + 5.00 awarded, 15.00 received
    assert sorted(result.dispute_days["won"]) == [5.0, 12.0]


def test_a_decision_without_a_line_is_about_every_running_dispute() -> None:
    events = [
        event(1, "dispute-opened", "2026-01-20 10:00", reason="damaged", line=1),
        event(1, "dispute-opened", "2026-01-20 11:00", reason="damaged", line=2),
        event(1, "decided", "2026-01-30 10:00", outcome="rejected"),
    ]
    result = stats(events)
    assert (result.disputes.opened, result.disputes.lost) == (2, 2)


def test_pending_is_what_won_and_open_disputes_still_owe() -> None:
    events = [
        event(1, "dispute-opened", "2026-01-20 10:00", reason="damaged", refund="10.00", line=1),
        event(1, "decided", "2026-01-25 10:00", outcome="full", line=1),
        event(1, "refund-received", "2026-01-30 10:00", amount="4.00", line=1),
        event(2, "dispute-opened", "2026-01-21 10:00", reason="wrong_item"),  # the whole 9.99
    ]
    assert stats(events).pending == {"EUR": Decimal("9.99"), "USD": Decimal("6.00")}


def test_periods_are_half_open_and_the_days_inclusive() -> None:
    result = stats(EVENTS, days_period(date(2026, 1, 1), date(2026, 1, 31), UTC))
    assert result.refunded == {"USD": Decimal("6.00")}
    assert result.disputes.opened == 2
    assert result.delivery_days == [12.5]
    edge = Period(datetime(2026, 1, 5, 10, 0, tzinfo=UTC), datetime(2026, 1, 6, 10, 0, tzinfo=UTC))
    assert stats([], edge).spent == {"USD": Decimal("30.00")}


def test_converted_totals_use_the_rate_of_the_payment_day_and_say_what_is_missing() -> None:
    rates = RateTable.build(
        "EUR",
        [
            Rate("USD", "EUR", date(2025, 1, 1), Decimal("0.90")),
            Rate("USD", "EUR", date(2026, 1, 6), Decimal("0.80")),  # after the USD payment
            Rate("USD", "PLN", date(2025, 1, 1), Decimal("4")),  # another home: ignored
        ],
    )
    paid: list[PaidRow] = [*PAID, (4, "PLN", "100", t("2026-01-07 10:00"))]
    result = statistics(paid, ARRIVALS, read_cases(EVENTS), Period(), rates=rates)
    assert result.converted_spent is not None
    assert result.converted_spent.amount == Decimal("30.00") * Decimal("0.90") + Decimal("9.99")
    assert result.converted_spent.missing == {"PLN": Decimal("100")}
    assert result.spent["USD"] == Decimal("30.00")  # the per-currency sums stay unconverted
    assert stats(EVENTS).converted_spent is None


def test_ledger_groups_spellings_counts_and_keeps_flagged_stores_without_orders() -> None:
    marks = {
        store_key("SHOP  a"): StoreMark("SHOP a", "slow", True),
        store_key("Gone"): StoreMark("Gone", "never again", True),
    }
    rows = ledger(GROUPS, ARRIVALS, read_cases(EVENTS), marks)
    assert [(r.name, r.orders) for r in rows] == [("Shop A", 2), ("Shop B", 1), ("Gone", 0)]
    shop_a = rows[0]
    assert (shop_a.disputes, shop_a.won, shop_a.lost) == (2, 2, 0)
    assert shop_a.spent == {"EUR": Decimal("9.99"), "USD": Decimal("30.00")}
    assert (shop_a.note, shop_a.avoid) == ("slow", True)
    assert shop_a.median_delivery_days == Decimal("12.5")
    assert shop_a.last_order == datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    assert rows[1].spent == {}  # never paid


def test_ledger_median_of_even_and_odd_counts_to_one_decimal() -> None:
    groups: list[StoreGroupRow] = [("S", "USD", 4, t("2026-01-01 00:00"), None)]
    arrivals: list[ArrivalRow] = [(i, t("2026-02-01 00:00"), d, "S") for i, d in enumerate([3.0, 9.0, 4.25])]
    assert ledger(groups, arrivals, [], {})[0].median_delivery_days == Decimal("4.3")  # 4.25 half up
    arrivals.append((9, t("2026-02-01 00:00"), 20.0, "S"))
    assert ledger(groups, arrivals, [], {})[0].median_delivery_days == Decimal("6.6")  # 6.625
    assert one_decimal(11.999999999) == Decimal("12.0")


def test_a_refund_without_an_amount_is_what_the_order_was_waiting_for() -> None:
    events = [
        event(1, "dispute-opened", "2026-01-20 10:00", reason="damaged", refund="10.00"),
        event(1, "decided", "2026-01-25 10:00", outcome="partial", amount="8.00"),
        event(1, "refund-received", "2026-01-30 10:00", amount="3.00"),
        event(1, "refund-received", "2026-02-01 10:00"),  # the rest of the award: 5.00
        event(2, "refund-received", "2026-02-02 10:00"),  # a cancellation refund: the whole 9.99
    ]
    assert stats(events).refunded == {"EUR": Decimal("9.99"), "USD": Decimal("8.00")}
