"""Which automatic backups to keep: a grandfather-father-son rotation, as a pure function.

The newest backup of each of the last ``daily`` days that have a backup is kept, the newest of
each of the last ``weekly`` ISO weeks, the newest of each of the last ``monthly`` months. Days,
weeks and months are counted on the UTC calendar (backups are named and stamped in UTC), and only
periods that have a backup count ("the last 7 days with a backup", so a week away from the
computer does not wipe the history). The newest backup of all is always the newest of its day,
week and month, so it is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain.errors import Refused
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

MAX_PER_PERIOD = 1000


_TOO_MANY = {
    "daily": QT_TRANSLATE_NOOP(
        "backup", "the number of daily backups to keep must be a whole number from 0 to 1000"
    ),
    "weekly": QT_TRANSLATE_NOOP(
        "backup", "the number of weekly backups to keep must be a whole number from 0 to 1000"
    ),
    "monthly": QT_TRANSLATE_NOOP(
        "backup", "the number of monthly backups to keep must be a whole number from 0 to 1000"
    ),
}


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups to keep: newest per day, per ISO week, per month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PER_PERIOD:
                raise Refused(
                    translate_marked("backup", _TOO_MANY[name]), fields=(name,), limits=(0, MAX_PER_PERIOD)
                )
        if self.daily + self.weekly + self.monthly == 0:
            raise Refused(
                translate("backup", "keep at least one automatic backup (daily, weekly or monthly)")
            )

    def as_json(self) -> dict[str, int]:
        return {"daily": self.daily, "weekly": self.weekly, "monthly": self.monthly}

    @classmethod
    def from_json(cls, value: object) -> RetentionPolicy:
        """The stored setting; anything unreadable gives the defaults rather than failing a backup."""
        if not isinstance(value, dict):
            return cls()
        try:
            return cls(**{k: value[k] for k in ("daily", "weekly", "monthly") if k in value})
        except (Refused, TypeError):
            return cls()


def _day(when: datetime) -> Hashable:
    return when.astimezone(UTC).date()


def _week(when: datetime) -> Hashable:
    year, week, _ = when.astimezone(UTC).isocalendar()
    return (year, week)


def _month(when: datetime) -> Hashable:
    utc = when.astimezone(UTC)
    return (utc.year, utc.month)


def _newest_per_period(
    times: Sequence[datetime], order: Sequence[int], period: Callable[[datetime], Hashable], count: int
) -> set[int]:
    """Indexes of the newest backup in each of the ``count`` most recent periods that have one.
    ``order`` lists the indexes newest first."""
    kept: set[int] = set()
    seen: set[Hashable] = set()
    for index in order:
        if len(seen) >= count:
            break
        key = period(times[index])
        if key not in seen:
            seen.add(key)
            kept.add(index)
    return kept


def keep(times: Sequence[datetime], policy: RetentionPolicy) -> set[int]:
    """The indexes into ``times`` (each backup's creation time, aware) of the backups to keep.

    Ties (two backups in the same second) are broken by position: the later in ``times`` counts
    as newer, so the result is deterministic.
    """
    order = sorted(range(len(times)), key=lambda i: (times[i], i), reverse=True)
    return (
        _newest_per_period(times, order, _day, policy.daily)
        | _newest_per_period(times, order, _week, policy.weekly)
        | _newest_per_period(times, order, _month, policy.monthly)
    )
