"""Reminders of deadlines: which are due now, and giving them once, whoever asks first.

The window's notifications and ``dispute-desk remind`` both call :meth:`ReminderService.give`.
It works out the reminders due (the rules are in :mod:`app.domain.reminders`) and remembers them
as given in one write transaction, so two askers at once (the window and a cron job) queue on
the write lock and the second finds the first one's reminders given. A ``deliver`` callback runs
inside that transaction: if showing or printing fails, nothing is remembered and the reminders
come again at the next ask.

The work starts from the list cache (tens of thousands of small objects each time: the cycle
collector is paused meanwhile, see :mod:`app.services.gc_pause`): only orders whose next deadline falls within the longest
lead time, plus those whose cached deadlines no longer hold (derived again from their events),
are looked at; never every order's events.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from app.clock import Clock
from app.domain.actions import action_for
from app.domain.model import DeadlineKind, Status
from app.domain.reminders import (
    MOVE_TOLERANCE,
    QuietHours,
    hold_until,
    lead_to_give,
    parse_clock,
    parse_leads,
)
from app.domain.timeutil import epoch, from_epoch
from app.i18n import translate
from app.services.export_ics import deadline_label
from app.services.gc_pause import collector_paused
from app.services.order_reads import derive_ids
from app.services.rules import RuleService
from app.store.codec import decode_deadline_lists
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
    status: Status  # the order's, when asked

    @property
    def action(self) -> str:
        """What to do about it, in the buyer's language."""
        return action_for(self.kind, self.status)

    @property
    def title(self) -> str:
        """In the buyer's language: the command line prints it, the window shows it."""
        return reminder_texts(self)[0]

    @property
    def body(self) -> str:
        return reminder_texts(self)[1]


Deliver = Callable[[list[Reminder]], object]


class ReminderService:
    def __init__(self, store: Store, clock: Clock, rules: RuleService) -> None:
        self._store = store
        self._clock = clock
        self._rules = rules
        # The shortest lead told for each deadline (order id, kind, due), read once and then only
        # the rows added since: reminders are never removed, so what was read stays true, and the
        # minute check reads the few new ones instead of every reminder of the last week.
        self._told: dict[tuple[int, str, int], int] = {}
        self._told_row = 0
        self._told_lock = threading.Lock()
        # Each order's cached deadlines as last read and decoded: most don't change from one
        # minute to the next, and comparing the stored text is cheaper than decoding it again.
        self._decoded: dict[int, tuple[str, list[list[Any]]]] = {}

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
            return [
                reminder for _, reminder in self._work_out(tx, when, tz, persist=False, as_of=at is not None)
            ]

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
        with collector_paused(), self._store.write() as tx:
            worked_out = self._work_out(tx, when, tz, persist=at is None, as_of=at is not None)
            reminders = [reminder for _, reminder in worked_out]
            if reminders:
                if deliver is not None:
                    deliver(reminders)
                tx.remember_reminders(
                    [
                        GivenReminder(order_id, r.kind.value, epoch(r.due), r.lead, r.lead_seconds)
                        for order_id, r in worked_out
                    ],
                    epoch(when),
                    given_by,
                )
        return reminders

    def _work_out(
        self, tx: Transaction, when: datetime, tz: tzinfo | None, *, persist: bool, as_of: bool
    ) -> list[tuple[int, Reminder]]:
        """The reminders due at ``when``, each with its order's id. ``persist``: store the fresh
        derivations of stale orders (``when`` is now; the next read finds them). ``as_of``:
        ``when`` is another moment than now, for which caches made at a later one don't hold
        either."""
        profile = self._rules.profile()
        leads = parse_leads(profile["reminder_leads"])
        if not leads:
            return []
        now = epoch(when)
        longest = leads[0].seconds
        horizon = now + longest
        stale = tx.reminder_stale_ids(now, thorough=as_of)
        fresh = derive_ids(tx, stale, profile, when, placed_by=when if as_of else None) if stale else {}
        if persist and fresh:
            tx.store_caches(fresh)
        skip = set(stale)
        lists = [
            (order_id, deadlines)
            for order_id, deadlines in self._decode(tx.cached_deadline_texts(horizon))
            if order_id not in skip
        ]
        lists += [
            (order_id, [[d.kind.value, epoch(d.due), d.basis] for d in evaluation.deadlines])
            for order_id, evaluation in fresh.items()
        ]
        if not lists:
            return []
        # A reminder given longer ago than this can't count for a deadline still ahead.
        since = now - longest - longest // MOVE_TOLERANCE
        told = self._told_so_far(tx, since)
        hold = hold_until(
            when, _quiet_from(tx.setting(QUIET_HOURS)), _epoch_setting(tx.setting(PAUSED_UNTIL)), tz
        )
        held_after = epoch(hold) if hold is not None else None
        never = leads[0].seconds + 1
        bounds = [(lead.seconds, lead) for lead in leads]  # longest first
        shortest_told = told.get
        due_now = []
        for order_id, kind, due in (
            (order_id, kind, due)
            for order_id, deadlines in lists
            for kind, due, _basis in deadlines
            if now < due <= horizon
        ):
            left = due - now
            lead, lead_seconds = None, 0
            for seconds, candidate in bounds:  # the last one the deadline is within
                if left > seconds:
                    break
                lead, lead_seconds = candidate, seconds
            if lead is None or (held_after is not None and due > held_after):
                continue
            # Most of them, each minute: this very deadline was told at this lead or a shorter one.
            if shortest_told((order_id, kind, due), never) <= lead_seconds:
                continue
            if lead_to_give(due, now, leads, tx.reminders_given_for(order_id, kind, since)) is not None:
                due_now.append((order_id, kind, due, lead))
        if not due_now:
            return []
        orders = tx.reminder_orders({order_id for order_id, *_ in due_now})
        statuses = {order_id: evaluation.status for order_id, evaluation in fresh.items()}
        reminders = []
        for order_id, kind, due, lead in sorted(due_now, key=lambda r: (r[2], orders[r[0]].number, r[1])):
            order = orders[order_id]
            at = from_epoch(due)
            status = statuses.get(order_id) or Status(order.status)
            reminder = Reminder(
                order.number,
                DeadlineKind(kind),
                at,
                lead.text,
                lead.seconds,
                at - when,
                order.store,
                order.title,
                status,
            )
            reminders.append((order_id, reminder))
        return reminders

    def _decode(self, rows: list[tuple[int, str]]) -> list[tuple[int, list[list[Any]]]]:
        """The orders' deadlines, decoded where the stored text changed since the last look."""
        with self._told_lock:
            known = self._decoded
            changed = [(order_id, text) for order_id, text in rows if known.get(order_id, ("",))[0] != text]
            for (order_id, text), deadlines in zip(
                changed, decode_deadline_lists([text for _id, text in changed]), strict=True
            ):
                known[order_id] = (text, deadlines)
            if len(known) > 2 * len(rows) + 1000:  # orders that left the week: forget them now and then
                wanted = {order_id for order_id, _text in rows}
                self._decoded = known = {k: v for k, v in known.items() if k in wanted}
            return [(order_id, known[order_id][1]) for order_id, _text in rows]

    def _told_so_far(self, tx: Transaction, since: int) -> dict[tuple[int, str, int], int]:
        """The shortest lead told for each deadline, brought up to date with the rows added
        since the last look (the first look reads those given from ``since`` on)."""
        with self._told_lock:
            rows, self._told_row = tx.reminders_given_after(
                self._told_row, since if not self._told_row else 0
            )
            told = self._told
            for order_id, kind, due, lead_seconds in rows:
                key = (order_id, kind, due)
                if lead_seconds < told.get(key, lead_seconds + 1):
                    told[key] = lead_seconds
            return told


def heading_words(kind: DeadlineKind, left: timedelta) -> str:
    """The deadline and the time left as a person says it, rounded: "Seller must ship in 7 days",
    "… in 48 hours", "… in 40 minutes"."""
    deadline = deadline_label(kind)
    seconds = max(0, int(left.total_seconds()))
    days, hours, minutes = round(seconds / 86400), round(seconds / 3600), round(seconds / 60)
    if hours >= 72:
        return translate("reminder", "{deadline} in %n day(s)", None, days).format(deadline=deadline)
    if hours >= 2:
        return translate("reminder", "{deadline} in %n hour(s)", None, hours).format(deadline=deadline)
    if minutes >= 60:
        return translate("reminder", "{deadline} in 1 hour").format(deadline=deadline)
    if minutes <= 1:
        return translate("reminder", "{deadline} in 1 minute").format(deadline=deadline)
    return translate("reminder", "{deadline} in %n minute(s)", None, minutes).format(deadline=deadline)


def reminder_texts(reminder: Reminder, moment: Callable[[datetime], str] | None = None) -> tuple[str, str]:
    """The title and body of a reminder, in the buyer's language: the deadline and the time left,
    the order, when it is due on the computer's clock (written by ``moment``; the window passes
    its locale's), and what to do."""
    r = reminder
    fields = {"order": r.order, "store": r.store, "title": r.order_title}
    if r.store and r.order_title:
        what = translate("reminder", "Order {order} ({store}): {title}").format(**fields)
    elif r.store:
        what = translate("reminder", "Order {order} ({store})").format(**fields)
    elif r.order_title:
        what = translate("reminder", "Order {order}: {title}").format(**fields)
    else:
        what = translate("reminder", "Order {order}").format(**fields)
    local = moment(r.due) if moment is not None else r.due.astimezone().strftime("%Y-%m-%d %H:%M")
    due = translate("reminder", "Due {time}. {action}").format(time=local, action=r.action)
    return heading_words(r.kind, r.left), f"{what}\n{due}"


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
