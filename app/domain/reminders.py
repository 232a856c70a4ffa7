"""When a deadline is reminded: the lead times, the once-only rule and quiet hours. Pure rules.

A deadline is reminded when it first comes within one of the lead times (the rule value
``reminder_leads``, "7d", "48h", "24h", "2h" by default). When several were crossed since the
last look (the computer slept, the app was closed for days), only the shortest is given: the
buyer needs to hear "2 hours left", not four messages in a row. A deadline already passed is
never reminded.

Once given, a reminder is never given again. A reminder belongs to an order's deadline of one
kind; a lead counts as given when a reminder of that lead, or a shorter one, was given for that
kind of deadline of that order at a moment when the deadline, as it stands now, was within the
lead, give or take a twelfth of it (:data:`MOVE_TOLERANCE`). So a deadline that moves a little
(the buyer types the order page's countdown over an estimate, minutes apart) is not reminded
twice, while one that moves out of reach (buyer protection extended by 15 days) is reminded
again when it comes close once more.

Quiet hours (22:00 to 08:00 by default, on the computer's clock) hold reminders until they end,
unless the deadline would pass before then. Leads count real time (a deadline 24 hours away is
24 hours away on a daylight-saving night too); quiet hours count the wall clock.

Times are UTC epoch seconds, like the list cache the reminders are worked out from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, NamedTuple

from app.domain.errors import Refused
from app.domain.parsing import parse_duration
from app.i18n import translate

DEFAULT_LEADS = ("7d", "48h", "24h", "2h")
MAX_LEADS = 8
MAX_LEAD = timedelta(days=365)
MOVE_TOLERANCE = 12  # a reminder still counts for a deadline moved later by under lead / 12


@dataclass(frozen=True)
class Lead:
    """A lead time: how long before a deadline it is reminded, and how the buyer wrote it."""

    seconds: int
    text: str


def parse_leads(value: Any) -> tuple[Lead, ...]:
    """The lead times of a ``reminder_leads`` value (a list of durations such as "48h"),
    longest first. Refused, with a sentence: anything but a list of durations, a lead of zero
    or longer than a year, the same lead twice, more than eight. An empty list means no
    reminders."""
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise Refused(
            translate(
                "refusal", 'reminder lead times: expected a list of durations such as ["7d", "48h", "2h"]'
            ),
            fields=("reminder_leads",),
        )
    if len(value) > MAX_LEADS:
        raise Refused(
            translate("refusal", "reminder lead times: at most {count}").format(count=MAX_LEADS),
            fields=("reminder_leads",),
        )
    leads: dict[int, Lead] = {}
    for item in value:
        text = " ".join(item.split())
        left = parse_duration(text)
        if left <= timedelta(0):
            raise Refused(
                translate("refusal", 'reminder lead times: "{lead}" is no time before a deadline').format(
                    lead=text
                ),
                fields=("reminder_leads",),
            )
        if left > MAX_LEAD:
            raise Refused(
                translate("refusal", 'reminder lead times: "{lead}" is more than a year').format(lead=text),
                fields=("reminder_leads",),
            )
        seconds = int(left.total_seconds())
        if seconds in leads:
            raise Refused(
                translate("refusal", 'reminder lead times: "{first}" and "{second}" are the same').format(
                    first=leads[seconds].text, second=text
                ),
                fields=("reminder_leads",),
            )
        leads[seconds] = Lead(seconds, text)
    return tuple(sorted(leads.values(), key=lambda lead: -lead.seconds))


def normalized_leads(value: Any) -> list[str]:
    """A ``reminder_leads`` value as stored: each lead as written, longest first."""
    return [lead.text for lead in parse_leads(value)]


def crossed_lead(left_seconds: int, leads: Sequence[Lead]) -> Lead | None:
    """The shortest lead a deadline ``left_seconds`` away is within, if any (``leads`` longest
    first)."""
    crossed = None
    for lead in leads:
        if left_seconds <= lead.seconds:
            crossed = lead
    return crossed


class Given(NamedTuple):  # a tuple: the check reads thousands of them each minute
    """A reminder given earlier for one kind of deadline of an order."""

    due: int
    lead_seconds: int
    given_at: int


def already_given(lead: Lead, due: int, given: Iterable[Given]) -> bool:
    """Whether the buyer was already told, at a moment the deadline due at ``due`` was within
    ``lead`` (give or take a twelfth of it), by a reminder of that lead or a shorter one (see the
    module docstring)."""
    earliest = due - lead.seconds - lead.seconds // MOVE_TOLERANCE
    return any(g.lead_seconds <= lead.seconds and g.given_at >= earliest for g in given)


def lead_to_give(due: int, now: int, leads: Sequence[Lead], given: Iterable[Given]) -> Lead | None:
    """The lead of the reminder to give now for a deadline due at ``due``, or None: passed
    deadlines, deadlines further away than every lead and leads already given get none."""
    if due <= now:
        return None
    lead = crossed_lead(due - now, leads)
    if lead is None or already_given(lead, due, given):
        return None
    return lead


def next_crossing(due: int, now: int, leads: Sequence[Lead]) -> int | None:
    """When the deadline next comes within a lead it is not yet within (epoch seconds), if
    before it is due: the moment a reminder may next become due for it."""
    later = [due - lead.seconds for lead in leads if due - lead.seconds > now]
    return min(later) if later else None


# -- quiet hours ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    """A nightly span on the wall clock in which reminders wait; ``start == end`` is none."""

    start: time = time(22, 0)
    end: time = time(8, 0)
    enabled: bool = True

    def end_after(self, now: datetime, tz: tzinfo | None = None) -> datetime | None:
        """If ``now`` falls in quiet hours in zone ``tz`` (the computer's when None), the UTC
        instant they end; else None."""
        if not self.enabled or self.start == self.end:
            return None
        local = now.astimezone(tz) if tz is not None else now.astimezone()
        wall = local.time().replace(tzinfo=None)
        today = local.date()
        if self.start < self.end:  # within one day, e.g. 13:00-15:00
            if not self.start <= wall < self.end:
                return None
            end_day = today
        elif wall >= self.start:  # over midnight, e.g. 22:00-08:00, evening part
            end_day = today + timedelta(days=1)
        elif wall < self.end:  # morning part
            end_day = today
        else:
            return None
        return wall_clock_instant(end_day, self.end, tz, not_before=now)


def wall_clock_instant(day: date, clock: time, tz: tzinfo | None, *, not_before: datetime) -> datetime:
    """The first UTC instant, not before ``not_before``, at which the wall clock of ``tz`` (the
    computer's zone when None) shows ``day`` at ``clock`` or later: on a night whose clocks
    jump over that time, the jump; on one that shows it twice, the first time."""
    naive = datetime.combine(day, clock)

    def reading(fold: int) -> datetime:
        candidate = naive.replace(fold=fold)
        aware = candidate.replace(tzinfo=tz) if tz is not None else candidate.astimezone()
        return aware.astimezone(UTC)

    def wall_of(instant: datetime) -> datetime:
        local = instant.astimezone(tz) if tz is not None else instant.astimezone()
        return local.replace(tzinfo=None, fold=0)

    readings = sorted({reading(0), reading(1)})
    exact = [r for r in readings if wall_of(r) == naive]
    if exact:
        found = exact[0]
    else:  # the clocks skip this time: find the jump, to the second, between the two readings
        low, high = readings[0] - timedelta(hours=3), readings[-1] + timedelta(hours=3)
        while high - low > timedelta(seconds=1):
            middle = low + (high - low) / 2
            if wall_of(middle) >= naive:
                high = middle
            else:
                low = middle
        found = high.replace(microsecond=0)
    return max(found, not_before.astimezone(UTC))


def hold_until(
    now: datetime, quiet: QuietHours, paused_until: datetime | None, tz: tzinfo | None = None
) -> datetime | None:
    """Until when reminders wait at ``now``: the end of quiet hours or of a pause, whichever is
    later; None when they don't wait. A deadline due before then is reminded all the same."""
    ends = [end for end in (quiet.end_after(now, tz), paused_until) if end is not None and end > now]
    return max(ends) if ends else None


def parse_clock(text: str) -> time:
    """A wall-clock time written "HH:MM" (quiet hours), refused with a sentence otherwise."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        raise Refused(
            translate("refusal", '"{text}" is not a time of day such as 22:00').format(text=text)
        ) from None
