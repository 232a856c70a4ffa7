"""Column types that make the database keep the two promises of the design: time is UTC and
money is exact.

Both are portable (a plain timestamp and a plain TEXT column), so the same tables work on
PostgreSQL later.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, Text, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time, stored as naive UTC and handed back timezone-aware in UTC.

    Naive datetimes are refused with ``ValueError``: a naive value is ambiguous (local? UTC?)
    and one wrong guess shifts a deadline by hours. SQLite (and PostgreSQL's ``timestamp
    without time zone``) give back naive values, so the UTC zone is put back on read.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing naive datetime {value.isoformat()}: times must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {type(value).__name__}")
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal amount, stored as its canonical string (``str(Decimal)``) in TEXT.

    Never passes through float: SQLite's NUMERIC affinity would turn "0.10" into the binary
    float 0.1, and 16-digit amounts lose digits. ``str`` keeps sign, digits and exponent, so
    ``Decimal("0.10")`` comes back as ``Decimal("0.10")``, not ``Decimal("0.1")``. Floats are
    refused with ``TypeError`` (they are already inexact); NaN and infinities with
    ``ValueError``. ``int`` is accepted (it is exact). Note that SQL comparisons and sums on
    this column are textual: do money arithmetic in Python.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"money must be a Decimal, not {type(value).__name__}")
        amount = Decimal(value)
        if not amount.is_finite():
            raise ValueError(f"money must be a finite amount, not {amount}")
        return str(amount)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))
