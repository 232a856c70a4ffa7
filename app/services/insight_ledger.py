"""The stores ledger, added up from the store's plain rows: one row per store with its orders,
money, disputes and delivery days, and the buyer's note and "avoid" flag.

Definitions (the command line's contract says the same): **orders** counts the store's orders
outside the trash; **spent** adds the paid orders' totals per currency; **disputes**, **won**
and **lost** are as :mod:`app.services.insight_cases` says; the **median delivery** is over the
store's parcels that arrived, shipped to delivered or received. Spellings of one store (spaces,
case) are one row, named as most of its orders spell it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from app.domain.stores import StoreMark, store_key
from app.services.insight_cases import LOST, WON, OrderCases
from app.store.codec import from_db_time
from app.store.insight_rows import ArrivalRow, StoreGroupRow, StoreRow

Money = dict[str, Decimal]

StoreSums = tuple[str, int, str, Money]
"""One store text's orders: ``(store, orders, latest ordered_at, spent by currency)``."""


@dataclass
class LedgerRow:
    """One store in the ledger."""

    key: str
    name: str
    orders: int = 0
    spent: Money = field(default_factory=dict)
    disputes: int = 0
    won: int = 0
    lost: int = 0
    delivery: list[float] = field(default_factory=list)
    last_order_text: str | None = None  # as stored
    note: str = ""
    avoid: bool = False

    @property
    def last_order(self) -> datetime | None:
        """When the latest order from the store was placed."""
        return from_db_time(self.last_order_text) if self.last_order_text else None

    @property
    def median_delivery_days(self) -> Decimal | None:
        return one_decimal(median(self.delivery)) if self.delivery else None


def one_decimal(days: float) -> Decimal:
    """Days with one decimal, half up (a duration; floats are fine for it, not for money)."""
    return Decimal(repr(days)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def store_sums(rows: Iterable[StoreRow]) -> Iterator[StoreSums]:
    """Each store text's orders, the paid totals added up by currency (C-level loops: a store
    seldom sells in more than one currency)."""
    zero = Decimal(0)
    for store, orders, last, paid in rows:
        spent: Money = {}
        if paid:
            words = paid.split(" ")
            currencies, amounts = words[0::2], words[1::2]
            first = currencies[0]
            if currencies.count(first) == len(currencies):
                spent[first] = sum(map(Decimal, amounts), zero)
            else:
                parts: dict[str, list[str]] = {}
                for currency, amount in zip(currencies, amounts, strict=True):
                    part = parts.get(currency)
                    if part is None:
                        parts[currency] = [amount]
                    else:
                        part.append(amount)
                for currency, part in parts.items():
                    spent[currency] = sum(map(Decimal, part), zero)
        yield store, orders, last, spent


def group_sums(groups: Iterable[StoreGroupRow]) -> Iterator[StoreSums]:
    """The same from rows by store text and currency."""
    zero = Decimal(0)
    for store, currency, orders, last, paid_totals in groups:
        spent = {currency: sum(map(Decimal, paid_totals.split(" ")), zero)} if paid_totals else {}
        yield store, orders, last, spent


def case_outcomes(cases: Iterable[OrderCases]) -> Iterator[tuple[str, str]]:
    """The store and the outcome of every dispute of ``cases``."""
    for order in cases:
        for case in order.cases:
            yield order.store, case.outcome


def ledger(
    groups: Iterable[StoreGroupRow],
    arrivals: Iterable[ArrivalRow],
    cases: Iterable[OrderCases],
    marks: dict[str, StoreMark],
) -> list[LedgerRow]:
    """:func:`ledger_of` rows by store text and currency and the orders' cases."""
    return ledger_of(group_sums(groups), arrivals, case_outcomes(cases), marks)


def ledger_of(
    stores: Iterable[StoreSums],
    arrivals: Iterable[ArrivalRow],
    outcomes: Iterable[tuple[str, str]],
    marks: dict[str, StoreMark],
) -> list[LedgerRow]:
    """One row per store, most orders first: every store with an order outside the trash, and
    every store the buyer wrote a note about or flagged. ``outcomes`` names the store and the
    outcome of each dispute."""
    rows: dict[str, LedgerRow] = {}
    of_text: dict[str, LedgerRow] = {}  # a store's text -> its row
    spellings: dict[str, dict[str, int]] = {}  # a store's key -> its texts -> their orders
    zero = Decimal(0)

    def entry_of(store: str) -> LedgerRow:
        key = store_key(store)
        entry = rows.get(key)
        if entry is None:
            entry = rows[key] = LedgerRow(key, " ".join(store.split()))
        of_text[store] = entry
        return entry

    for store, orders, last, spent in stores:
        entry = of_text.get(store) or entry_of(store)
        entry.orders += orders
        texts = spellings.get(entry.key)
        if texts is None:
            texts = spellings[entry.key] = {}
        texts[store] = texts.get(store, 0) + orders
        if not entry.spent:
            entry.spent = spent  # replaced, not changed, below
        else:  # another spelling of the store
            merged = dict(entry.spent)
            for currency, value in spent.items():
                merged[currency] = merged.get(currency, zero) + value
            entry.spent = merged
        if entry.last_order_text is None or last > entry.last_order_text:
            entry.last_order_text = last
    for _order_id, _arrived_at, days, store in arrivals:
        (of_text.get(store) or entry_of(store)).delivery.append(days)
    for store, outcome in outcomes:
        entry = of_text.get(store) or entry_of(store)
        entry.disputes += 1
        entry.won += outcome == WON
        entry.lost += outcome == LOST
    for key, mark in marks.items():
        noted = rows.get(key)
        if noted is None:
            noted = rows[key] = LedgerRow(key, mark.name)
        noted.note, noted.avoid = mark.note, mark.avoid
    for key, entry in rows.items():
        entry.spent = dict(sorted(entry.spent.items()))
        texts = spellings.get(key)
        if texts is not None:  # the spelling of most orders (the first met of equals)
            entry.name = " ".join(max(texts, key=texts.__getitem__).split())
    return sorted(rows.values(), key=lambda r: (-r.orders, r.name.casefold(), r.key))
