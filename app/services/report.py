"""What happened to the deadlines while the app was closed: the start-up report.

Two lists, over every order not in the trash:

- **crossed**: deadlines whose due time fell in ``(since, now]``;
- **came close**: deadlines due within 48 hours of ``now`` that were more than 48 hours away at
  ``since``.

Once a deadline passes, the order's status may move on (the ship-by time runs out and the order
closes) and the deadline is no longer listed as of ``now``. So the crossed deadlines come from
the deadlines open as of ``since`` too. An event that happened in between (the parcel shipped
before the ship-by time, recorded from the command line) means it was not crossed after all, so
a deadline of an order changed after ``since`` is checked against the order as of just before
it was due. (An event can't be dated after the moment it is recorded, so an order not changed
since then had no such event; only the few changed ones are read again.) Deadlines still open as of ``now`` but already due (overdue ones, or ones
of an order added after ``since``) are crossed as well. Not reported: a deadline that both
began and ended while the app was closed and is no longer listed (a cancellation recorded from
the command line after ``since`` and auto-approved before ``now``); finding those would mean
deriving every order at every instant in between.

Time comes from the arguments only; the caller reads ``last seen`` with :func:`last_seen` and
stores the new one after showing the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import col, select

from app.domain.errors import Refused
from app.domain.model import DeadlineKind
from app.services.orders import OrderService
from app.services.settings import LAST_SEEN, SettingsService
from app.services.views import DeadlineView
from app.store.tables import OrderRow

CLOSE = timedelta(hours=48)
_JUST_BEFORE = timedelta(seconds=1)


@dataclass(frozen=True)
class ReportItem:
    """One deadline in the report: which order, what, when, and the advice for it."""

    order: str
    kind: DeadlineKind
    due: datetime
    action: str


@dataclass(frozen=True)
class StartupReport:
    since: datetime | None
    now: datetime
    crossed: tuple[ReportItem, ...] = field(default_factory=tuple)
    came_close: tuple[ReportItem, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not self.crossed and not self.came_close


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
    crossed: dict[tuple[str, DeadlineKind, datetime], ReportItem] = {}
    for view in current:
        if since < view.due <= now:
            crossed[_key(view)] = _item(view)
    earlier = [
        v for v in service.deadlines(at=since, within=now - since) if since < v.due and _key(v) not in crossed
    ]
    changed = _changed_since(service, since) if earlier else set()
    for view in earlier:
        if view.order not in changed or _still_open_before_due(service, view):
            crossed[_key(view)] = _item(view)
    came_close = [_item(v) for v in current if now < v.due <= now + CLOSE and v.due - since > CLOSE]
    return StartupReport(
        since,
        now,
        tuple(sorted(crossed.values(), key=_order_key)),
        tuple(sorted(came_close, key=_order_key)),
    )


def _still_open_before_due(service: OrderService, view: DeadlineView) -> bool:
    """Whether the deadline was still open just before it was due, with every event known now
    (one recorded after ``since`` may have closed it in time)."""
    try:
        detail = service.show(view.order, at=view.due - _JUST_BEFORE)
    except Refused:
        return False  # the order is gone (removed sample data): nothing to report
    if detail.in_trash:
        return False
    return any(d.kind is view.kind and d.due == view.due for d in detail.deadlines)


def _changed_since(service: OrderService, since: datetime) -> set[str]:
    """The orders with anything recorded or edited after ``since``."""
    with service.database.session() as session:
        return set(session.exec(select(OrderRow.number).where(col(OrderRow.updated_at) > since)))


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
