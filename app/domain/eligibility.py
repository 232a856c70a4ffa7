"""The one answer to "can a dispute be opened now, for this reason and this item, and until
when?". The dispute advice, the deadline list and the validation of a recorded
``dispute-opened`` all ask here, so they can't disagree.

The window of an order (the rules in the profile, none hard-coded):

- "not received" reasons open ``not_received_earliest_days`` after shipment
  (``delivery_period_ending`` earlier, once less than ``extension_warning_days`` of buyer
  protection remain); "received" reasons need the goods delivered or received;
- the safe time is before buyer protection ends. After it ends the order completes, and like
  every completed order it can still be disputed for ``dispute_after_confirm_days``: that is the
  last chance (``late``). After "Confirm receipt" the window is those days from the receipt,
  and a "not received" reason no longer applies;
- one dispute per item: a dispute about the whole order is the same case for every item. While
  one is open no second one is opened for the same item; after one was decided or refunded, none;
  after the buyer cancelled one, a new one only while protection still runs;
- nothing to dispute before shipping (cancel instead), after a cancellation, once refunded.

:func:`dispute_window` gives the window's boundaries, which don't depend on ``now``; the deadline
engine compares them with its own clock (so its cache knows how long the answer holds).
:meth:`DisputeWindow.at` answers for a moment. A window whose end rests on an estimate (the
usual protection length, not the countdown the buyer entered) never refuses a dispute the buyer
says was opened: the estimate gives way (``Eligibility.refuses_event``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.errors import moment
from app.domain.lifecycle import CaseStage, History, Phase, effective_protection_end, refunds_cover
from app.domain.model import DISPUTE_REASONS, NOT_RECEIVED_REASONS, Basis, OrderFacts
from app.domain.profile import RuleProfile
from app.i18n import translate


class Window(StrEnum):
    OPEN = "open"
    NOT_YET = "not_yet"
    CLOSED = "closed"
    NEVER = "never"


@dataclass(frozen=True)
class DisputeWindow:
    """When a dispute (one reason, one item or the whole order) can be opened, whatever ``now``.

    ``never`` is the sentence why it can't be opened at all; ``needs_arrival``: a "received"
    reason while the goods haven't arrived. ``safe_until`` is the end of buyer protection when
    the window goes on after it (the last chance until ``closes``). ``firm``: ``closes`` rests on
    recorded facts and entered times, not on an estimate."""

    reason: str
    line: int | None
    opens: datetime | None = None
    closes: datetime | None = None
    safe_until: datetime | None = None
    firm: bool = True
    never: str | None = None
    needs_arrival: bool = False
    cancelled_before: bool = False  # this item had a dispute the buyer cancelled

    def at(self, now: datetime) -> Eligibility:
        """The answer at ``now``."""
        if self.never is not None:
            return Eligibility(self, Window.NEVER, None, None, False, self.never)
        assert self.closes is not None
        if now >= self.closes:
            return Eligibility(self, Window.CLOSED, None, self.closes, False, self._closed_words())
        if self.needs_arrival:
            # Until the goods arrive, the window's end isn't known yet.
            return Eligibility(
                self,
                Window.NOT_YET,
                None,
                None,
                False,
                translate(
                    "refusal",
                    "the parcel hasn't arrived yet: a dispute about what arrived needs the goods in your "
                    'hands. If it doesn\'t come, choose a "not received" reason.',
                ),
            )
        shown = self.safe_until if self.safe_until is not None and now < self.safe_until else self.closes
        if self.opens is not None and now < self.opens:
            return Eligibility(
                self,
                Window.NOT_YET,
                self.opens,
                shown,
                False,
                translate("refusal", "too early: this dispute can be opened from {time}.").format(
                    time=moment(self.opens)
                ),
            )
        late = self.safe_until is not None and now >= self.safe_until
        return Eligibility(self, Window.OPEN, None, shown, late, "")

    def _closed_words(self) -> str:
        assert self.closes is not None
        closed = moment(self.closes)
        if self.cancelled_before and self.line is not None:
            return translate(
                "refusal",
                "this item already had a dispute; after a cancelled one, a new dispute can be opened only "
                "while buyer protection runs, and it ended at {time}.",
            ).format(time=closed)
        if self.cancelled_before:
            return translate(
                "refusal",
                "this order already had a dispute; after a cancelled one, a new dispute can be opened only "
                "while buyer protection runs, and it ended at {time}.",
            ).format(time=closed)
        return translate(
            "refusal", "the dispute window closed at {time}, so the dispute can't be opened any more."
        ).format(time=closed)


@dataclass(frozen=True)
class Eligibility:
    """Whether a dispute can be opened at one moment. ``closes_at`` is the time to act by: the
    end of buyer protection while it runs and the window goes on after it, else the window's end
    (also once passed, so a refusal can say when). ``late``: protection has ended and this is
    the last chance."""

    window_rule: DisputeWindow
    window: Window
    opens_at: datetime | None
    closes_at: datetime | None
    late: bool
    refusal: str  # why it can't be opened now, with moments marked (see ``errors.moment``)

    @property
    def eligible(self) -> bool:
        return self.window is Window.OPEN

    @property
    def refuses_event(self) -> bool:
        """Whether a recorded ``dispute-opened`` at this moment is refused. Too early and "not
        arrived yet" rest on estimates and missing records, and a window closed by an estimated
        protection end gives way too: the buyer saw the dispute opened."""
        if self.window is Window.NEVER:
            return True
        return self.window is Window.CLOSED and self.window_rule.firm


def dispute_window(
    history: History, facts: OrderFacts, profile: RuleProfile, reason: str, line: int | None = None
) -> DisputeWindow:
    """The window for a dispute with ``reason`` about item ``line`` (None: the whole order)."""
    never = _never(history, facts, line)
    if never is not None:
        return DisputeWindow(reason, line, never=never)
    overlapping = [d for d in history.disputes if d.overlaps(line)]
    if any(d.in_dispute and d.stage is not CaseStage.DECIDED for d in overlapping):
        if line is not None:
            return DisputeWindow(
                reason, line, never=translate("refusal", "a dispute about this item is already open.")
            )
        return DisputeWindow(
            reason, line, never=translate("refusal", "a dispute about this order is already open.")
        )
    if any(d.stage is not CaseStage.CANCELLED for d in overlapping):
        if line is not None:
            never = translate(
                "refusal", "this item already had a dispute, and the dispute has been decided or refunded."
            )
        else:
            never = translate(
                "refusal", "this order already had a dispute, and the dispute has been decided or refunded."
            )
        return DisputeWindow(reason, line, never=never)
    cancelled = bool(overlapping)
    h, p = history, profile
    assert h.shipped_at is not None
    ends = effective_protection_end(h, p)
    assert ends is not None
    ends_firm = h.protection_basis is Basis.ENTERED and ends == h.protection_ends
    confirm = p.days("dispute_after_confirm_days")
    if reason in NOT_RECEIVED_REASONS:
        if h.received_at is not None:
            return DisputeWindow(
                reason,
                line,
                never=translate(
                    "refusal",
                    'you confirmed receipt, so a "not received" dispute can\'t be opened any more; if '
                    "something is wrong with what arrived, choose a reason for that instead.",
                ),
            )
        opens = h.shipped_at + p.days("not_received_earliest_days")
        if reason == "delivery_period_ending":
            # The delivery period has ended once less than the warning time of protection remains.
            opens = max(h.shipped_at, min(opens, ends - p.days("extension_warning_days")))
        if cancelled:
            return _after_cancelled(reason, line, opens, ends, ends_firm, h)
        if opens >= ends + confirm:
            return DisputeWindow(reason, line, never=too_late_words())
        return DisputeWindow(reason, line, opens, ends + confirm, ends, ends_firm)
    arrived = h.received_at or h.delivered_at
    if cancelled:
        return _after_cancelled(reason, line, None, ends, ends_firm, h, needs_arrival=arrived is None)
    if h.received_at is not None:
        return DisputeWindow(reason, line, None, h.received_at + confirm, None, True)
    return DisputeWindow(reason, line, None, ends + confirm, ends, ends_firm, needs_arrival=arrived is None)


def _after_cancelled(
    reason: str,
    line: int | None,
    opens: datetime | None,
    ends: datetime,
    firm: bool,
    h: History,
    needs_arrival: bool = False,
) -> DisputeWindow:
    """After a cancelled dispute a new one only while buyer protection runs, never after receipt."""
    if h.received_at is not None:
        if line is not None:
            never = translate(
                "refusal",
                "this item already had a dispute; after a cancelled one, a new dispute can be opened only "
                "while buyer protection runs, and confirming receipt ended it.",
            )
        else:
            never = translate(
                "refusal",
                "this order already had a dispute; after a cancelled one, a new dispute can be opened only "
                "while buyer protection runs, and confirming receipt ended it.",
            )
        return DisputeWindow(reason, line, never=never)
    if opens is not None and opens >= ends:
        return DisputeWindow(reason, line, never=too_late_words())
    return DisputeWindow(
        reason, line, opens, ends, None, firm, needs_arrival=needs_arrival, cancelled_before=True
    )


def too_late_words() -> str:
    return translate("refusal", "buyer protection ends before this dispute could be opened.")


def not_paid_words() -> str:
    return translate("refusal", "the order isn't paid, so there is nothing to dispute.")


def cancelled_words() -> str:
    return translate("refusal", "the order is cancelled, so there is nothing to dispute.")


def not_shipped_words() -> str:
    return translate(
        "refusal", "the order hasn't shipped yet, so a dispute can't be opened: ask to cancel instead."
    )


def refund_on_its_way_words() -> str:
    return translate(
        "refusal", "a refund for this order is already on its way, so there is nothing to dispute."
    )


def refunded_words() -> str:
    return translate("refusal", "the order is refunded, so there is nothing to dispute.")


def no_such_item(facts: OrderFacts, line: int) -> str:
    """The order has no item ``line``: the sentence names the items it has."""
    numbers = ", ".join(str(ln.number) for ln in facts.lines)
    if not numbers:
        return translate("refusal", "the order has no item {line} (its items: none).").format(line=line)
    return translate("refusal", "the order has no item {line} (its items: {items}).").format(
        line=line, items=numbers
    )


def _never(h: History, facts: OrderFacts, line: int | None) -> str | None:
    """Why no dispute can be opened at all, whatever the time and the reason."""
    base = h.base
    if base is Phase.AWAITING_PAYMENT:
        return not_paid_words()
    if base is Phase.CANCELLED:
        return cancelled_words()
    if base in (Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED):
        return not_shipped_words()
    if base is Phase.REFUND_PENDING and h.shipped_at is None:
        return refund_on_its_way_words()
    if refunds_cover(h, facts) or base is Phase.REFUNDED:
        return refunded_words()
    if base is Phase.SETTLED:
        return translate("refusal", "the platform already decided a dispute about the whole order.")
    if line is not None:
        item = facts.line(line)
        if item is None:
            return no_such_item(facts, line)
        if h.refunded_on(line) >= item.amount:
            return translate(
                "refusal", "item {line} is refunded in full, so there is nothing to dispute."
            ).format(line=line)
    return None


def free_windows(
    history: History, facts: OrderFacts, profile: RuleProfile, reason: str
) -> list[DisputeWindow]:
    """The windows for ``reason`` of the whole order and of every item still free to dispute
    (what the deadline list shows: the latest end, the earliest opening)."""
    if not history.disputes and not history.refunds:
        # Every item is as free as the whole order: one answer does for all.
        window = dispute_window(history, facts, profile, reason, None)
        return [window] if window.never is None else []
    scopes: list[int | None] = [None, *(ln.number for ln in facts.lines)]
    windows = (dispute_window(history, facts, profile, reason, scope) for scope in scopes)
    return [window for window in windows if window.never is None]


# One reason of each kind stands for its group in the deadline list: their windows only differ
# in when a "not received" dispute opens.
NOT_RECEIVED_SAMPLE = NOT_RECEIVED_REASONS[0]
RECEIVED_SAMPLE = next(r for r in DISPUTE_REASONS if r not in NOT_RECEIVED_REASONS)
