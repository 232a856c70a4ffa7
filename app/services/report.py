"""What happened to the deadlines while the app was closed: the start-up report.

Two lists, over every order not in the trash:

- **crossed**: deadlines whose due time fell in ``(since, now]``;
- **came close**: deadlines due within 48 hours of ``now`` that were more than 48 hours away at
  ``since``.

A deadline is crossed when it was open, with every event known now, right before it was due.
Once a deadline passes, the order may move on (the ship-by time runs out and the order closes)
and the deadline is no longer listed as of ``now``; another may have begun and ended while the
app was closed (a cancellation recorded from the command line, then auto-approved; buyer
protection ending, then the 15 days after it). So each order is followed through the interval
one validity window at a time: an evaluation holds from its ``valid_from`` until its
``valid_until`` (the next moment anything changes by time or by an event), and a deadline it
lists that falls due inside its window is crossed. An order whose cached evaluation holds for
the whole interval changed in nothing: its cached deadlines are read as they are, so only the
orders that moved are derived again, a few times each.

Time comes from the arguments only; the caller reads ``last seen`` with :func:`last_seen` and
stores the new one after showing the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.actions import action_for
from app.domain.deadlines import Deadline, derive
from app.domain.model import DeadlineKind, Event, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.timeutil import epoch
from app.services.orders import OrderService
from app.services.settings import LAST_SEEN, SettingsService
from app.services.views import DeadlineView
from app.store.codec import decode_many_deadlines

CLOSE = timedelta(hours=48)


@dataclass(frozen=True)
class ReportItem:
    """One deadline in the report: which order, what, when, and the advice for it."""

    order: str
    kind: DeadlineKind
    due: datetime
    action: str


@dataclass(frozen=True)
class InterruptedWork:
    """An import, a restore or an upgrade of the data that a killed or crashed run left
    unfinished (each is all or nothing: the data holds all of it or none)."""

    kind: str  # "import" | "restore" | "migration"
    detail: str  # the file imported or restored, or the schema versions
    started: datetime


@dataclass(frozen=True)
class StartupReport:
    since: datetime | None
    now: datetime
    crossed: tuple[ReportItem, ...] = field(default_factory=tuple)
    came_close: tuple[ReportItem, ...] = field(default_factory=tuple)
    interrupted: tuple[InterruptedWork, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not self.crossed and not self.came_close and not self.interrupted


def last_seen(settings: SettingsService) -> datetime | None:
    """When the app last showed the deadlines (``settings.LAST_SEEN``), or None on a first run
    or when the stored value is unreadable."""
    return _from_epoch(settings.get(LAST_SEEN))


def startup_report(service: OrderService, since: datetime | None, now: datetime) -> StartupReport:
    """The deadlines crossed in ``(since, now]`` and the ones that came within 48 hours.

    A first run (``since`` is None) or a clock that went back (``since >= now``) gives an empty
    report: there is no "while you were away" to tell about.
    """
    if since is None or since >= now:
        return StartupReport(since, now)
    current = service.deadlines(at=now, within=CLOSE)
    crossed = _crossed(service, since, now)
    came_close = [_item(v) for v in current if now < v.due <= now + CLOSE and v.due - since > CLOSE]
    return StartupReport(
        since,
        now,
        tuple(sorted(crossed.values(), key=_order_key)),
        tuple(sorted(came_close, key=_order_key)),
    )


_MAX_WINDOWS = 64  # per order; a timeline changes a few times a month, not more


def _crossed(
    service: OrderService, since: datetime, now: datetime
) -> dict[tuple[str, DeadlineKind, datetime], ReportItem]:
    """Every deadline that fell due in ``(since, now]`` while open (see the module docstring)."""
    with service.store.read() as tx:
        steady, moving = tx.cached_over(epoch(since), epoch(now))
    crossed: dict[tuple[str, DeadlineKind, datetime], ReportItem] = {}
    for row, deadlines in zip(steady, decode_many_deadlines([r.deadlines_json for r in steady]), strict=True):
        for deadline in deadlines:
            if since < deadline.due <= now:
                _add(crossed, row.number, deadline, Status(row.status))
    if moving:
        profile = service.rules.profile()
        for facts, events in service.timelines(moving):
            _follow(crossed, facts, events, profile, since, now)
    return crossed


def _follow(
    crossed: dict[tuple[str, DeadlineKind, datetime], ReportItem],
    facts: OrderFacts,
    events: list[Event],
    profile: RuleProfile,
    since: datetime,
    now: datetime,
) -> None:
    """One order through ``(since, now]``, a validity window at a time."""
    when = max(since, facts.ordered_at)
    for _ in range(_MAX_WINDOWS):
        if when > now:
            return
        evaluation = derive(facts, events, profile, when)
        end = evaluation.valid_until
        for deadline in evaluation.deadlines:
            if since < deadline.due <= now and (end is None or deadline.due <= end):
                _add(crossed, facts.number, deadline, evaluation.status)
        if end is None or end <= when:
            return
        when = end


def _add(
    crossed: dict[tuple[str, DeadlineKind, datetime], ReportItem],
    number: str,
    deadline: Deadline,
    status: Status,
) -> None:
    key = (number, deadline.kind, deadline.due)
    if key not in crossed:
        crossed[key] = ReportItem(number, deadline.kind, deadline.due, action_for(deadline.kind, status))


def _key(view: DeadlineView) -> tuple[str, DeadlineKind, datetime]:
    return (view.order, view.kind, view.due)


def _item(view: DeadlineView) -> ReportItem:
    return ReportItem(view.order, view.kind, view.due, view.action)


def _order_key(item: ReportItem) -> tuple[datetime, str, str]:
    return (item.due, item.order, item.kind.value)


def _from_epoch(value: Any) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
