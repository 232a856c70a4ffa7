"""The ledger's own reading of the store's rows: the paid money of a store text as one text,
and the disputes counted from their events without building cases (the same rule as
:func:`read_cases`, checked on any sequence of events)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.domain.stores import StoreMark
from app.services.insight_cases import dispute_outcomes, read_cases
from app.services.insight_ledger import case_outcomes, group_sums, ledger, ledger_of, store_sums
from app.store.insight_rows import ArrivalRow, CaseEventRow, StoreGroupRow, StoreRow


def t(text: str) -> str:
    return f"{text}:00.000000"


def test_store_sums_add_each_currency_apart_with_the_exponent_of_its_amounts() -> None:
    rows: list[StoreRow] = [
        ("A", 3, t("2026-01-05 09:00"), "USD 18.10 EUR 9.99 USD 3"),
        ("B", 2, t("2026-01-06 09:00"), "JPY 1000 JPY 250"),
        ("C", 1, t("2026-01-07 09:00"), None),  # never paid
    ]
    sums = list(store_sums(rows))
    assert sums == [
        ("A", 3, t("2026-01-05 09:00"), {"USD": Decimal("21.10"), "EUR": Decimal("9.99")}),
        ("B", 2, t("2026-01-06 09:00"), {"JPY": Decimal("1250")}),
        ("C", 1, t("2026-01-07 09:00"), {}),
    ]
    assert str(sums[0][3]["USD"]) == "21.10"


def test_the_ledger_from_store_texts_is_the_ledger_from_groups_by_currency() -> None:
    groups: list[StoreGroupRow] = [
        ("Shop A", "EUR", 1, t("2026-01-06 09:00"), "9.99"),
        ("Shop A", "USD", 2, t("2026-01-05 09:00"), "30.00 1.5"),
        ("shop  A ", "USD", 3, t("2026-02-01 09:00"), "2.00"),
        ("Shop B", "JPY", 1, t("2026-01-07 09:00"), None),
    ]
    texts: list[StoreRow] = [
        ("Shop A", 3, t("2026-01-06 09:00"), "USD 30.00 EUR 9.99 USD 1.5"),
        ("shop  A ", 3, t("2026-02-01 09:00"), "USD 2.00"),
        ("Shop B", 1, t("2026-01-07 09:00"), None),
    ]
    arrivals: list[ArrivalRow] = [
        (1, t("2026-01-19 22:00"), 12.5, "shop  A "),
        (2, t("2026-01-20 22:00"), 3.0, "Shop A"),
    ]
    outcomes = [("Shop A", "won"), ("shop  A ", "lost"), ("Shop B", "open")]
    marks = {"shop b": StoreMark("Shop B", "slow", True), "gone": StoreMark("Gone", "", True)}
    from_groups = ledger_of(group_sums(groups), arrivals, outcomes, marks)
    assert ledger_of(store_sums(texts), arrivals, outcomes, marks) == from_groups
    shop_a = from_groups[0]
    assert (shop_a.name, shop_a.orders, shop_a.disputes, shop_a.won, shop_a.lost) == ("Shop A", 6, 2, 1, 1)
    assert shop_a.spent == {"EUR": Decimal("9.99"), "USD": Decimal("33.50")}
    assert [row.name for row in from_groups] == ["Shop A", "Shop B", "Gone"]


def test_the_ledger_changes_none_of_the_rows_it_is_given() -> None:
    sums = list(
        store_sums([("A", 1, t("2026-01-05 09:00"), "USD 1.00"), ("a", 1, t("2026-01-06 09:00"), "USD 2.00")])
    )
    first = ledger_of(sums, [], [], {})
    assert ledger_of(sums, [], [], {}) == first
    assert first[0].spent == {"USD": Decimal("3.00")}
    assert sums[0][3] == {"USD": Decimal("1.00")}


KINDS = ("dispute-opened", "decided", "dispute-cancelled", "refund-received")
event = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from([None, 1, 2, "2"]),  # the item; "2" is not 2
    st.sampled_from([None, "", "full", "partial", "rejected", "appealed"]),
)


@given(st.lists(st.tuples(st.sampled_from(["S", "T"]), st.lists(event, max_size=8)), max_size=5))
def test_dispute_outcomes_say_what_the_cases_say(orders: list[tuple[str, list[Any]]]) -> None:
    rows: list[CaseEventRow] = []
    for order_id, (store, events) in enumerate(orders, start=1):
        for minute, (kind, line, outcome) in enumerate(events):
            at = t(f"2026-01-01 10:{minute:02d}")
            rows.append(
                CaseEventRow(order_id, store, "USD", "10.00", kind, at, line, None, None, None, outcome)
            )
    narrow = [
        (r.order_id, r.store, r.kind, r.at, r.line, r.outcome) for r in rows if r.kind != "refund-received"
    ]
    assert list(dispute_outcomes(narrow)) == list(case_outcomes(read_cases(rows)))


def test_ledger_of_groups_and_cases_counts_each_dispute_once() -> None:
    rows = [
        CaseEventRow(
            1, "S", "USD", "10.00", "dispute-opened", t("2026-01-01 10:00"), 1, None, "damaged", None, None
        ),
        CaseEventRow(
            1, "S", "USD", "10.00", "dispute-opened", t("2026-01-01 11:00"), 2, None, "damaged", None, None
        ),
        CaseEventRow(
            1, "S", "USD", "10.00", "decided", t("2026-01-02 10:00"), None, None, None, None, "full"
        ),
    ]
    groups: list[StoreGroupRow] = [("S", "USD", 1, t("2026-01-01 09:00"), "10.00")]
    row = ledger(groups, [], read_cases(rows), {})[0]
    assert (row.disputes, row.won, row.lost) == (2, 2, 0)
