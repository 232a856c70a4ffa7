"""The one place the application reads the wall clock.

Everything else receives a :class:`Clock` (or a plain ``now`` argument) so that tests can
freeze time and so that "as of" questions (``--at``) use the same code path as "now".
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC, truncated to whole seconds."""
        ...


class SystemClock:
    """The real clock. Re-read on every call, so sleep/resume and clock changes show."""

    def now(self) -> datetime:
        return datetime.fromtimestamp(int(time.time()), tz=UTC)


@dataclass
class FrozenClock:
    """A clock for tests and for ``--at``: it says what it is told."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 1, tzinfo=UTC))

    def __post_init__(self) -> None:
        if self.current.tzinfo is None:
            raise ValueError("FrozenClock needs a timezone-aware datetime")
        self.current = self.current.astimezone(UTC).replace(microsecond=0)

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current = self.current + delta

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("FrozenClock needs a timezone-aware datetime")
        self.current = when.astimezone(UTC).replace(microsecond=0)
