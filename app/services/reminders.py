"""Reminders of deadlines: which are due now, and giving them once, whoever asks first.

The window's notifications and ``dispute-desk remind`` both call :meth:`ReminderService.give`.
It works out the reminders due (the rules are in :mod:`app.domain.reminders`) and remembers them
as given in one write transaction, so two askers at once (the window and a cron job) queue on
the write lock and the second finds the first one's reminders given. A ``deliver`` callback runs
inside that transaction: if showing or printing fails, nothing is remembered and the reminders
come again at the next ask.

The work starts from the list cache: only orders whose next deadline falls within the longest
lead time, plus those whose cached deadlines no longer hold (derived again from their events),
are looked at; never every order's events.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from app.clock import Clock
from app.domain.actions import action_for
from app.domain.deadlines import Deadline
from app.domain.model import DeadlineKind, Status
from app.domain.reminders import QuietHours, hold_until, lead_to_give, parse_clock, parse_leads
from app.domain.timeutil import epoch, from_epoch
from app.services.export_ics import LABELS
from app.services.order_reads import derive_ids
from app.services.rules import RuleService
from app.store.codec import decode_many_deadlines
from app.store.reminder_rows import GivenReminder
from app.store.store import Store
from app.store.transaction import Transaction

QUIET_HOURS = "reminders.quiet_hours"  # {"enabled": bool, "start": "22:00", "end": "08:00"}
PAUSED_UNTIL = "reminders.paused_until"  # epoch seconds, or null

BY_APP = "app"  # the window gave it
BY_COMMAND = "remind"  # `dispute-desk remind` gave it


@dataclass(frozen=True)
class Reminder:
    """One reminder: the order, its deadline, the lead time crossed, and texts to show."""

    order: str
    kind: DeadlineKind
    due: datetime
    lead: str  # as written in reminder_leads
    lead_seconds: int
    left: timedelta  # from the moment asked to the deadline
    store: str
    order_title: str
    action: str  # what to do about it (English; the GUI translates it)
    title: str  # English; the GUI builds its own, translated, from the fields above
    body: str


Deliver = Callable[[list[Reminder]], object]


class ReminderService:
    def __init__(self, store: Store, clock: Clock, rules: RuleService) -> None:
        self._store = store
        self._clock = clock
        self._rules = rules

    # -- preferences kept with the data (the command line obeys them too) -----------------------

    def quiet_hours(self) -> QuietHours:
        with self._store.read() as tx:
            stored = tx.setting(QUIET_HOURS)
        return _quiet_from(stored)

    def set_quiet_hours(self, quiet: QuietHours) -> None:
        value = {"enabled": quiet.enabled, "start": f"{quiet.start:%H:%M}", "end": f"{quiet.end:%H:%M}"}
        with self._store.write() as tx:
            tx.set_setting(QUIET_HOURS, value)

    def paused_until(self) -> datetime | None:
        """Until when reminders are paused (from the tray menu); None when they are not."""
        with self._store.read() as tx:
            stored = tx.setting(PAUSED_UNTIL)
        until = _epoch_setting(stored)
        return until if until is not None and until > self._clock.now() else None

    def pause(self, until: datetime) -> None:
        with self._store.write() as tx:
            tx.set_setting(PAUSED_UNTIL, epoch(until))

    def resume(self) -> None:
        with self._store.write() as tx:
            tx.set_setting(PAUSED_UNTIL, None)

    # -- the reminders ------------------------------------------------------------------------------

    def due(self, at: datetime | None = None, *, tz: tzinfo | None = None) -> list[Reminder]:
        """The reminders due as of ``at`` (default now), soonest deadline first; remembers
        nothing (``remind --dry-run``)."""
        when = at or self._clock.now()
        with self._store.read() as tx:
            return [reminder for _, reminder in self._work_out(tx, when, tz, persist=False)]

    def give(
        self,
        at: datetime | None = None,
        *,
        given_by: str = BY_APP,
        tz: tzinfo | None = None,
        deliver: Deliver | None = None,
    ) -> list[Reminder]:
        """The reminders due as of ``at`` (default now), remembered as given in the same
        transaction; ``deliver`` (if given) shows or prints them before it commits."""
        when = at or self._clock.now()
        with self._store.write() as tx:
            worked_out = self._work_out(tx, when, tz, persist=at is None)
            reminders = [reminder for _, reminder in worked_out]
            if reminders:
                if deliver is not None:
                    deliver(reminders)
                tx.remember_reminders(
                    [
                        GivenReminder(order_id, r.kind.value, epoch(r.due), r.lead, r.lead_seconds)
                        for order_id, r in worked_out
                    ],
                    when,
                    given_by,
                )
        return reminders

    def _work_out(
        self, tx: Transaction, when: datetime, tz: tzinfo | None, *, persist: bool
    ) -> list[tuple[int, Reminder]]:
        """The reminders due at ``when``, each with its order's id. ``persist``: ``when`` is now,
        so the fresh derivations of stale orders are stored (the next read finds them)."""
        profile = self._rules.profile()
        leads = parse_leads(profile["reminder_leads"])
        if not leads:
            return []
        now = epoch(when)
        horizon = now + leads[0].seconds
        candidates = tx.reminder_candidates(now, horizon)
        stale = [c.id for c in candidates if not c.holds]
        fresh = derive_ids(tx, stale, profile, when, placed_by=None if persist else when) if stale else {}
        if persist and fresh:
            tx.store_caches(fresh)
        steady = [c for c in candidates if c.holds]
        lists: dict[int, tuple[str, Sequence[Deadline]]] = {
            c.id: (c.status, d)
            for c, d in zip(steady, decode_many_deadlines([c.deadlines_json for c in steady]), strict=True)
        }
        for order_id, evaluation in fresh.items():
            lists[order_id] = (evaluation.status.value, evaluation.deadlines)
        near = [
            (c, status, deadline)
            for c in candidates
            if c.id in lists
            for status, deadlines in (lists[c.id],)
            for deadline in deadlines
            if now < epoch(deadline.due) <= horizon
        ]
        if not near:
            return []
        given = tx.reminders_given({c.id for c, _, _ in near})
        hold = hold_until(
            when, _quiet_from(tx.setting(QUIET_HOURS)), _epoch_setting(tx.setting(PAUSED_UNTIL)), tz
        )
        reminders = []
        for c, status, deadline in near:
            due = epoch(deadline.due)
            lead = lead_to_give(due, now, leads, given.get((c.id, deadline.kind.value), ()))
            if lead is None or (hold is not None and deadline.due > hold):
                continue
            left = deadline.due - when
            action = action_for(deadline.kind, Status(status))
            title, body = reminder_texts(
                c.number, c.store, c.title, deadline.kind, deadline.due, left, action
            )
            reminder = Reminder(
                c.number,
                deadline.kind,
                deadline.due,
                lead.text,
                lead.seconds,
                left,
                c.store,
                c.title,
                action,
                title,
                body,
            )
            reminders.append((c.id, reminder))
        reminders.sort(key=lambda pair: (pair[1].due, pair[1].order, pair[1].kind.value))
        return reminders


def left_words(left: timedelta) -> str:
    """Time left as a person says it, rounded: "7 days", "48 hours", "2 hours", "40 minutes"."""
    seconds = max(0, int(left.total_seconds()))
    days, hours, minutes = round(seconds / 86400), round(seconds / 3600), round(seconds / 60)
    if hours >= 72:
        return f"{days} days"
    if hours >= 2:
        return f"{hours} hours"
    if minutes >= 60:
        return "1 hour"
    return "1 minute" if minutes <= 1 else f"{minutes} minutes"


def reminder_texts(
    number: str, store: str, title: str, kind: DeadlineKind, due: datetime, left: timedelta, action: str
) -> tuple[str, str]:
    """The English title and body of a reminder: the deadline and the time left, the order, when
    it is due on the computer's clock, and what to do."""
    label = LABELS.get(kind, kind.value)
    heading = f"{label} in {left_words(left)}"
    what = f"Order {number}" + (f" ({store})" if store else "") + (f": {title}" if title else "")
    local = due.astimezone().strftime("%Y-%m-%d %H:%M")
    return heading, f"{what}\nDue {local}. {action}"


def _quiet_from(stored: Any) -> QuietHours:
    default = QuietHours()
    if not isinstance(stored, dict):
        return default
    try:
        return QuietHours(
            parse_clock(str(stored.get("start", "22:00"))),
            parse_clock(str(stored.get("end", "08:00"))),
            bool(stored.get("enabled", True)),
        )
    except ValueError:  # a hand-edited value that makes no sense: the defaults
        return default


def _epoch_setting(stored: Any) -> datetime | None:
    if isinstance(stored, bool) or not isinstance(stored, int):
        return None
    try:
        return from_epoch(stored)
    except (OverflowError, OSError, ValueError):
        return None
