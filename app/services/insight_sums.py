"""The statistics, added up from the store's plain rows (the stores ledger is in
:mod:`app.services.insight_ledger`).

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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from functools import partial
from statistics import median
from typing import Any, TypeVar

from app.domain.periods import Period, month_starts
from app.domain.rates import Converted, RateTable
from app.services.insight_cases import CANCELLED, LOST, OPEN, OUTCOMES, WON, OrderCases

# The ledger has its own module; its row and function are named here too, where they were.
from app.services.insight_ledger import LedgerRow as LedgerRow
from app.services.insight_ledger import ledger as ledger
from app.services.insight_ledger import one_decimal
from app.store.codec import db_time, from_db_time
from app.store.insight_rows import ArrivalRow, PaidRow, Payments

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

    def keep_payments(self, payments: Payments) -> Payments:
        """The payments made in the period, by currency."""
        if self.low is None and self.high is None:
            return payments
        kept: Payments = {}
        for currency, columns in payments.items():
            rows = self.keep(zip(*columns, strict=True), 0)
            if rows:
                times, totals, ids = zip(*rows, strict=True)
                kept[currency] = (list(times), list(totals), list(ids))
        return kept


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

    def sums(self, stamps: list[str], amounts: list[str]) -> dict[int, Decimal]:
        """The decimal ``amounts`` added up by the month of their ``stamps`` (1 is the first
        month, as :func:`bisect_right` numbers them)."""
        parts: dict[int, list[str]] = {}
        for index, amount in zip(map(partial(bisect_right, self.bounds), stamps), amounts, strict=True):
            part = parts.get(index)
            if part is None:
                parts[index] = [amount]
            else:
                part.append(amount)
        zero = Decimal(0)
        return {index: sum(map(Decimal, part), zero) for index, part in parts.items()}


def payments_of(rows: Iterable[PaidRow]) -> Payments:
    """Payment rows as the store hands them: by currency, their times, totals and orders' ids
    as lists side by side."""
    payments: Payments = {}
    for order_id, currency, total, stamp in rows:
        times, totals, ids = payments.setdefault(currency, ([], [], []))
        times.append(stamp)
        totals.append(total)
        ids.append(str(order_id))
    return payments


def statistics(
    paid: Payments | Iterable[PaidRow],
    arrivals: Iterable[ArrivalRow],
    cases: Iterable[OrderCases],
    period: Period,
    *,
    tz: tzinfo | None = None,
    rates: RateTable | None = None,
) -> Statistics:
    """The statistics of ``period`` from the store's rows (which may hold more than the
    period: each is checked against it here too); ``paid`` as the store reads the payments, or
    as rows."""
    span = _Range(period)
    low, high = span.low, span.high
    refunded: Money = {}
    back: list[tuple[str, str, Decimal]] = []  # (stored time, currency, amount)
    counts = dict.fromkeys(OUTCOMES, 0)
    by_reason: dict[str, dict[str, int]] = {}
    days: dict[str, list[float]] = {outcome: [] for outcome in OUTCOMES}
    disputed: Money = {}
    pending: Money = {}
    zero = Decimal(0)
    for order in cases:
        currency = order.currency
        for stamp, value in order.refunds:
            if (low is None or stamp >= low) and (high is None or stamp < high):
                refunded[currency] = refunded.get(currency, zero) + value
                back.append((stamp, currency, value))
        if not order.cases:
            continue
        chosen = [
            case
            for case in order.cases
            if (low is None or case.opened_at >= low) and (high is None or case.opened_at < high)
        ]
        if not chosen:
            continue
        total = Decimal(order.total)
        expected = zero  # still to come back: the claims of open disputes, the awards of won ones
        for case in chosen:
            outcome = case.outcome
            counts[outcome] += 1
            reason = case.reason or "other"
            tally = by_reason.get(reason)
            if tally is None:
                tally = by_reason[reason] = dict.fromkeys(OUTCOMES, 0)
            tally[outcome] += 1
            took = case.days
            if took is not None:
                days[outcome].append(took)
            claim = case.claimed if case.claimed is not None else total
            disputed[currency] = disputed.get(currency, zero) + claim
            if outcome == OPEN:
                expected += claim
            elif outcome == WON:
                expected += case.awarded if case.awarded is not None else claim
        if expected:  # less what the order received since its first of these disputes
            since = min(case.opened_at for case in chosen)
            received = sum((value for stamp, value in order.refunds if stamp >= since), zero)
            if expected > received:
                pending[currency] = pending.get(currency, zero) + (expected - received)

    payments = span.keep_payments(paid if isinstance(paid, dict) else payments_of(paid))
    delivery = [row[2] for row in span.keep(arrivals, 1)]
    firsts = [min(times) for times, _totals, _ids in payments.values() if times]
    lasts = [max(times) for times, _totals, _ids in payments.values() if times]
    if back:
        firsts.append(min(stamp for stamp, _c, _v in back))
        lasts.append(max(stamp for stamp, _c, _v in back))
    months = _Months(min(firsts), max(lasts), tz) if firsts else _Months.none()
    spent: Money = {}
    by_month: dict[str, tuple[Money, Money]] = {}
    orders = 0
    for currency, (times, totals, _ids) in payments.items():
        orders += len(times)
        # Sum per month first: a few dozen sums of C-level loops instead of a dict per payment.
        for index, value in months.sums(times, totals).items():
            _add(spent, currency, value)
            _add(by_month.setdefault(months.labels[index - 1], ({}, {}))[0], currency, value)
    for stamp, currency, value in back:
        _add(by_month.setdefault(months.label(stamp), ({}, {}))[1], currency, value)

    converted_spent = converted_refunded = None
    if rates:
        converted_spent, converted_refunded = _converted(payments, rates), Converted(rates.home)
        for stamp, currency, value in back:
            converted_refunded.add(rates, currency, value, stamp)

    return Statistics(
        period=period,
        orders=orders,
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


def _converted(payments: Payments, rates: RateTable) -> Converted:
    """The payments converted at the rate of their day. The currencies without one are named
    in the order of the first order paid in them without a rate (as reading the payments in
    order would meet them)."""
    converted, zero = Converted(rates.home), Decimal(0)
    missing: Money = {}
    first: dict[str, int] = {}  # a currency without a rate -> the first order paid so
    for currency, (times, totals, ids) in payments.items():
        for stamp, amount, order_id in zip(times, totals, ids, strict=True):
            rate = rates.rate_on(currency, stamp)
            if rate is None:
                missing[currency] = missing.get(currency, zero) + Decimal(amount)
                first[currency] = min(first.get(currency, int(order_id)), int(order_id))
            else:
                converted.amount += Decimal(amount) * rate
    converted.missing = {currency: missing[currency] for currency in sorted(first, key=first.__getitem__)}
    return converted
