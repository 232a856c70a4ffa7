"""The statistics and the stores ledger, added up from the store's plain rows.

Definitions (the command line's contract says the same):

- **spent**: the totals of the orders whose first ``paid`` event falls in the period, per
  currency, never converted; **orders** counts those orders.
- **refunded**: the ``refund-received`` amounts whose event falls in the period, per the
  order's currency (whichever item they were for). A refund recorded without an amount counts
  as what the order was waiting for (see :mod:`app.services.insight_cases`).
- **disputes**: those opened in the period; won, lost, open and cancelled as
  :mod:`app.services.insight_cases` says.
- **disputed**: what those disputes asked for (the refund named when opening, else the order's
  total); **pending**: what is still expected from them: the claims of open disputes and the
  awards of won ones, less the refunds the order received since its first dispute.
- **by month**: spent and refunded per calendar month of the buyer's zone, months without
  either left out, oldest first.
- **delivery days**: shipped to delivered or received (whichever came first), for the
  parcels that arrived in the period.

The trash is left out everywhere (the store's reads skip it).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from statistics import median
from typing import Any, TypeVar

from app.domain.periods import Period, month_starts
from app.domain.rates import Converted, RateTable
from app.domain.stores import StoreMark, store_key
from app.services.insight_cases import CANCELLED, LOST, OPEN, OUTCOMES, WON, Case, OrderCases
from app.store.codec import db_time, from_db_time
from app.store.insight_rows import ArrivalRow, PaidRow, StoreGroupRow

Money = dict[str, Decimal]
RowT = TypeVar("RowT", bound=tuple[Any, ...])

# Delivery-time bands for the distribution: (label, upper bound in days, inclusive).
DELIVERY_BANDS: tuple[tuple[str, float], ...] = (
    ("0–7", 7),
    ("8–14", 14),
    ("15–21", 21),
    ("22–30", 30),
    ("31–45", 45),
    ("46–60", 60),
    ("61+", float("inf")),
)


@dataclass(frozen=True)
class MonthSums:
    month: str  # "2026-08", the buyer's calendar month
    spent: Money
    refunded: Money


@dataclass(frozen=True)
class DisputeCounts:
    opened: int = 0
    won: int = 0
    lost: int = 0
    open: int = 0
    cancelled: int = 0


@dataclass(frozen=True)
class Statistics:
    period: Period
    orders: int
    spent: Money
    refunded: Money
    by_month: list[MonthSums]
    disputes: DisputeCounts
    by_reason: dict[str, dict[str, int]]  # reason -> outcome -> count
    dispute_days: dict[str, list[float]]  # outcome -> how long each took (decided or cancelled)
    disputed: Money
    pending: Money
    delivery_days: list[float]
    converted_spent: Converted | None = None
    converted_refunded: Converted | None = None

    def delivery_bands(self) -> list[tuple[str, int]]:
        counts = [0] * len(DELIVERY_BANDS)
        for days in self.delivery_days:
            for index, (_label, upper) in enumerate(DELIVERY_BANDS):
                if days <= upper:
                    counts[index] += 1
                    break
        return [(label, count) for (label, _upper), count in zip(DELIVERY_BANDS, counts, strict=True)]

    def median_delivery_days(self) -> Decimal | None:
        return one_decimal(median(self.delivery_days)) if self.delivery_days else None


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


def _add(money: Money, currency: str, value: Decimal) -> None:
    money[currency] = money.get(currency, Decimal(0)) + value


class _Range:
    """A period as stored-time text bounds (stored times sort as their instants do)."""

    def __init__(self, period: Period) -> None:
        self.low = db_time(period.start) if period.start is not None else None
        self.high = db_time(period.end) if period.end is not None else None

    def keep(self, rows: Iterable[RowT], column: int) -> list[RowT]:
        """The rows whose stored time in ``column`` is in the period (no call per row)."""
        low, high = self.low, self.high
        if low is None and high is None:
            return list(rows)
        if high is None:
            return [row for row in rows if row[column] >= low]
        if low is None:
            return [row for row in rows if row[column] < high]
        return [row for row in rows if low <= row[column] < high]

    def holds(self, stored: str | None) -> bool:
        if stored is None:
            return False
        return (self.low is None or stored >= self.low) and (self.high is None or stored < self.high)


class _Months:
    """Puts stored times into the buyer's calendar months by comparing text with the months'
    first instants (one bisection per amount, no datetime per row)."""

    def __init__(self, first: str | None, last: str | None, tz: tzinfo | None) -> None:
        starts = month_starts(from_db_time(first), from_db_time(last), tz) if first and last else []
        self.labels = [label for label, _start in starts]
        self.bounds = [db_time(start) for _label, start in starts]

    @classmethod
    def none(cls) -> _Months:
        return cls(None, None, None)

    def label(self, stored: str) -> str:
        return self.labels[bisect_right(self.bounds, stored) - 1]


def statistics(
    paid: Iterable[PaidRow],
    arrivals: Iterable[ArrivalRow],
    cases: Iterable[OrderCases],
    period: Period,
    *,
    tz: tzinfo | None = None,
    rates: RateTable | None = None,
) -> Statistics:
    """The statistics of ``period`` from the store's rows (which may hold more than the
    period: each is checked against it here too)."""
    span = _Range(period)
    refunded: Money = {}
    back: list[tuple[str, str, Decimal]] = []  # (stored time, currency, amount)
    counts = dict.fromkeys(OUTCOMES, 0)
    by_reason: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    days: dict[str, list[float]] = {outcome: [] for outcome in OUTCOMES}
    disputed: Money = {}
    pending: Money = {}
    for order in cases:
        currency = order.currency
        for stamp, value in order.refunds:
            if span.holds(stamp):
                _add(refunded, currency, value)
                back.append((stamp, currency, value))
        chosen = [case for case in order.cases if span.holds(case.opened_at)]
        if not chosen:
            continue
        total = Decimal(order.total)
        for case in chosen:
            outcome = case.outcome
            counts[outcome] += 1
            by_reason[case.reason or "other"][outcome] += 1
            took = case.days
            if took is not None:
                days[outcome].append(took)
            _add(disputed, currency, case.claimed if case.claimed is not None else total)
        expected = _still_expected(chosen, order, total)
        if expected > 0:
            _add(pending, currency, expected)

    payments = span.keep(paid, 3)
    delivery = [row[2] for row in span.keep(arrivals, 1)]
    stamps = [row[3] for row in payments] + [stamp for stamp, _c, _v in back]
    months = _Months(min(stamps), max(stamps), tz) if stamps else _Months.none()
    # Sum per (month, currency) cell first: a few hundred cells instead of a dict per payment.
    cells: dict[tuple[int, str], Decimal] = {}
    bounds, zero = months.bounds, Decimal(0)
    for _order_id, currency, amount, stamp in payments:
        cell = (bisect_right(bounds, stamp), currency)
        cells[cell] = cells.get(cell, zero) + Decimal(amount)
    spent: Money = {}
    by_month: dict[str, tuple[Money, Money]] = {}
    for (index, currency), value in cells.items():
        _add(spent, currency, value)
        _add(by_month.setdefault(months.labels[index - 1], ({}, {}))[0], currency, value)
    for stamp, currency, value in back:
        _add(by_month.setdefault(months.label(stamp), ({}, {}))[1], currency, value)

    converted_spent = converted_refunded = None
    if rates:
        converted_spent, converted_refunded = Converted(rates.home), Converted(rates.home)
        for _order_id, currency, amount, stamp in payments:
            converted_spent.add(rates, currency, Decimal(amount), stamp)
        for stamp, currency, value in back:
            converted_refunded.add(rates, currency, value, stamp)

    return Statistics(
        period=period,
        orders=len(payments),
        spent=dict(sorted(spent.items())),
        refunded=dict(sorted(refunded.items())),
        by_month=[
            MonthSums(month, dict(sorted(s.items())), dict(sorted(r.items())))
            for month, (s, r) in sorted(by_month.items())
        ],
        disputes=DisputeCounts(
            opened=sum(counts.values()),
            won=counts[WON],
            lost=counts[LOST],
            open=counts[OPEN],
            cancelled=counts[CANCELLED],
        ),
        by_reason={reason: dict(values) for reason, values in sorted(by_reason.items())},
        dispute_days=days,
        disputed=dict(sorted(disputed.items())),
        pending=dict(sorted(pending.items())),
        delivery_days=delivery,
        converted_spent=converted_spent,
        converted_refunded=converted_refunded,
    )


def _still_expected(cases: Sequence[Case], order: OrderCases, total: Decimal) -> Decimal:
    """The claims of the open disputes and the awards of the won ones, less what the order
    received since its first of them."""
    expected = Decimal(0)
    for case in cases:
        claim = case.claimed if case.claimed is not None else total
        if case.outcome == OPEN:
            expected += claim
        elif case.outcome == WON:
            expected += case.awarded if case.awarded is not None else claim
    if not expected:
        return expected
    since = min(case.opened_at for case in cases)
    received = sum((value for stamp, value in order.refunds if stamp >= since), Decimal(0))
    return max(expected - received, Decimal(0))


def ledger(
    groups: Iterable[StoreGroupRow],
    arrivals: Iterable[ArrivalRow],
    cases: Iterable[OrderCases],
    marks: dict[str, StoreMark],
) -> list[LedgerRow]:
    """One row per store, most orders first: every store with an order outside the trash, and
    every store the buyer wrote a note about or flagged. Spellings of one store (spaces, case)
    are one row, named as most of its orders spell it. Spent adds the paid orders' totals."""
    rows: dict[str, LedgerRow] = {}
    spellings: dict[str, Counter[str]] = {}
    keys: dict[str, str] = {}  # a store's text -> its key

    def entry_of(store: str) -> LedgerRow:
        key = keys.get(store)
        if key is None:
            key = keys[store] = store_key(store)
        entry = rows.get(key)
        if entry is None:
            entry = rows[key] = LedgerRow(key, " ".join(store.split()))
        return entry

    for store, currency, count, last, paid_totals in groups:
        entry = entry_of(store)
        entry.orders += count
        spellings.setdefault(entry.key, Counter())[store] += count
        if paid_totals:
            total = sum((Decimal(text) for text in paid_totals.split(" ")), Decimal(0))
            _add(entry.spent, currency, total)
        if entry.last_order_text is None or last > entry.last_order_text:
            entry.last_order_text = last
    for _order_id, _arrived_at, days, store in arrivals:
        entry_of(store).delivery.append(days)
    for order in cases:
        entry = entry_of(order.store)
        for case in order.cases:
            entry.disputes += 1
            outcome = case.outcome
            entry.won += outcome == WON
            entry.lost += outcome == LOST
    for key, mark in marks.items():
        noted = rows.get(key)
        if noted is None:
            noted = rows[key] = LedgerRow(key, mark.name)
        noted.note, noted.avoid = mark.note, mark.avoid
    for key, entry in rows.items():
        entry.spent = dict(sorted(entry.spent.items()))
        if key in spellings:
            entry.name = " ".join(spellings[key].most_common(1)[0][0].split())
    return sorted(rows.values(), key=lambda r: (-r.orders, r.name.casefold(), r.key))
