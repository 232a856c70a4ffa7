"""Converting money to the buyer's home currency with rates the buyer typed in.

Nothing here is fetched: a rate is what the buyer entered, dated (one unit of the currency was
worth ``rate`` home units from that day on, until the next rate of the same currency). A
payment is converted at the rate in force on its (UTC) date; money paid before a currency's
first rate can't be converted, and the result says which currencies were left out, so a total
is never silently short.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Rate:
    currency: str
    home: str
    valid_from: date
    rate: Decimal  # home units for one unit of ``currency``


@dataclass
class RateTable:
    """The rates to one home currency, ready for lookups by day."""

    home: str
    _days: dict[str, list[str]] = field(default_factory=dict)  # currency -> ISO days, sorted
    _rates: dict[str, list[Decimal]] = field(default_factory=dict)

    @classmethod
    def build(cls, home: str, rates: Iterable[Rate]) -> RateTable:
        table = cls(home)
        for rate in sorted((r for r in rates if r.home == home), key=lambda r: (r.currency, r.valid_from)):
            table._days.setdefault(rate.currency, []).append(rate.valid_from.isoformat())
            table._rates.setdefault(rate.currency, []).append(rate.rate)
        return table

    def rate_on(self, currency: str, day: str) -> Decimal | None:
        """The rate of ``currency`` in force on ``day`` ("2026-03-01" or a longer stored time,
        compared by its first ten characters); 1 for the home currency; None when none was."""
        if currency == self.home:
            return Decimal(1)
        days = self._days.get(currency)
        if not days:
            return None
        index = bisect_right(days, day[:10])
        return self._rates[currency][index - 1] if index else None

    def __bool__(self) -> bool:
        return bool(self._days)


@dataclass
class Converted:
    """A total in the home currency, and the currencies (with amounts) it could not include."""

    home: str
    amount: Decimal = Decimal(0)
    missing: dict[str, Decimal] = field(default_factory=dict)

    def add(self, table: RateTable, currency: str, amount: Decimal, day: str) -> None:
        rate = table.rate_on(currency, day)
        if rate is None:
            self.missing[currency] = self.missing.get(currency, Decimal(0)) + amount
        else:
            self.amount += amount * rate
