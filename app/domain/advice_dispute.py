"""The dispute wizard's advice: can a dispute be opened for this reason, from when, until when,
with what evidence, asking for what, and in which words.

``advise_dispute`` is a pure function of the order's facts, its events, the rule profile, ``now``
and the buyer's reason:

- "not received" reasons (``NOT_RECEIVED_REASONS``) open ``not_received_earliest_days`` after
  shipment (``delivery_period_ending`` at once when less than ``extension_warning_days`` of buyer
  protection remain) and close when protection ends (the effective end, after the cut once
  tracking says delivered); they can't be opened once receipt is confirmed;
- "received" reasons (``RECEIVED_REASONS``) need the goods delivered or received, and close
  ``dispute_after_confirm_days`` after receipt is confirmed, or after the order completed by
  protection running out;
- unpaid, cancelled, refunded orders (or with a refund on its way) can't be disputed; an unshipped
  one can't either (ask to cancel instead);
- one dispute per order: after the buyer cancelled one, a new one only while protection still
  runs; a dispute already open is followed, not opened again.

``opens_at`` is set only while the window is still ahead; ``closes_at`` is the end of the
window (also once it has passed, so the refusal can say when it closed) and ``None`` when the
reason can't be opened at all (or its window depends on something that hasn't happened yet, the
parcel's arrival). ``fallbacks`` lists PayPal's and the card network's own windows when the
platform's window is missed or the case lost. Every period comes from the profile; nothing is
hard-coded. Texts are English source strings (the GUI translates them).

This module decides the window; the evidence checklist is in ``dispute_evidence``, the dispute
text and the outcome to ask for in ``dispute_drafts``, the steps and warnings (also for a
dispute already open) in ``dispute_steps``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.deadlines import Evaluation, derive
from app.domain.dispute_drafts import dispute_texts, outcome_for
from app.domain.dispute_evidence import EVIDENCE
from app.domain.dispute_steps import (
    CHARGEBACK_WARNING,
    NOT_ARRIVED_STEPS,
    PROMISE_WARNING,
    WAITING_STEPS,
    follow_up,
    missed_steps,
    opening_steps,
    receipt_warning,
)
from app.domain.errors import Refused
from app.domain.lifecycle import History, Phase, effective_protection_end, fold
from app.domain.model import (
    DISPUTE_REASONS,
    NOT_RECEIVED_REASONS,
    DeadlineKind,
    Event,
    OrderFacts,
    Status,
)
from app.domain.profile import RuleProfile
from app.domain.wording import utc_stamp

D = DeadlineKind


@dataclass(frozen=True)
class DisputeAdvice:
    reason: str
    eligible: bool  # can be opened at `now`
    opens_at: datetime | None  # earliest time it can be opened (None when already possible or never)
    closes_at: datetime | None  # end of the window: from then on it can't be opened (None: never)
    refusal: str  # plain sentence why not eligible ("" when eligible)
    evidence: tuple[str, ...]  # checklist for this reason (plain words)
    outcome: str  # one of dispute_drafts.DISPUTE_OUTCOMES
    steps: tuple[str, ...]
    message: str  # dispute text draft in English; [..] marks what the buyer fills in
    message_ru: str
    warnings: tuple[str, ...]
    fallbacks: tuple[tuple[str, datetime], ...]  # (deadline kind, due) outside the platform


def advise_dispute(
    facts: OrderFacts,
    events: Sequence[Event],
    profile: RuleProfile,
    now: datetime,
    reason: str,
    refund: Decimal | None = None,
    evidence: int | None = None,
) -> DisputeAdvice:
    """Whether a dispute for ``reason`` can be opened at ``now``, and how. ``refund`` is the
    partial refund the buyer chose (the dispute text names it; without it, a placeholder);
    ``evidence`` how many photos and videos the order has (the text attaches only what exists)."""
    if reason not in DISPUTE_REASONS:
        raise Refused(f'unknown reason "{reason}" (one of: {", ".join(DISPUTE_REASONS)})')
    history = fold(facts, [e for e in events if e.at <= now], profile)
    evaluation = derive(facts, events, profile, now)
    c = _Ctx(facts, history, evaluation, profile, now, reason, refund, evidence)
    phase, status = history.phase, evaluation.status

    if phase is Phase.AWAITING_PAYMENT:
        if status is Status.CLOSED:
            return c.never(
                "the order was never paid and has closed by itself, so there is nothing to dispute."
            )
        return c.never("the order isn't paid, so there is nothing to dispute.")
    if phase is Phase.CANCELLED:
        return c.never("the order is cancelled, so there is nothing to dispute.")
    if phase in (Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED):
        if status is Status.REFUND_PENDING:
            return c.never(
                "the seller didn't ship in time: the order closes by itself and the money comes back."
            )
        return c.never(
            "the order hasn't shipped yet, so a dispute can't be opened: ask to cancel instead.",
            (
                'Use the cancel wizard ("advise cancel"): an order that hasn\'t shipped is cancelled, not disputed.',
            ),
        )
    if phase in (Phase.DISPUTE_OPEN, Phase.DISPUTE_ESCALATED, Phase.DISPUTE_DECIDED):
        after = follow_up(history, status, profile, reason, c.fallbacks())
        return c.advice(
            False, None, None, "a dispute is already open.", after.steps, after.warnings, after.fallbacks
        )
    if phase is Phase.REFUND_PENDING:
        return c.never(
            "a refund for this order is already on its way, so there is nothing to dispute.",
            ("Record the refund here when the money arrives.",),
        )
    if phase is Phase.REFUNDED:
        return c.never("the order is refunded, so there is nothing to dispute.")
    # Shipped, delivered or received, with no dispute open.
    if reason in NOT_RECEIVED_REASONS:
        return _not_received(c)
    return _received(c)


# -- the windows --------------------------------------------------------------------------------


def _not_received(c: _Ctx) -> DisputeAdvice:
    h, p = c.history, c.profile
    assert h.shipped_at is not None
    if h.received_at is not None:
        return c.never(
            'you confirmed receipt, so a "not received" dispute can\'t be opened any more; if '
            "something is wrong with what arrived, choose a reason for that instead."
        )
    ends = effective_protection_end(h, p)
    assert ends is not None
    opens = h.shipped_at + p.days("not_received_earliest_days")
    if c.reason == "delivery_period_ending":
        # The delivery period has ended once less than the warning time of protection remains.
        opens = max(h.shipped_at, min(opens, ends - p.days("extension_warning_days")))
    if h.dispute_cancelled_at is not None:
        return _after_cancelled(c, opens, ends)
    return c.window(opens, ends, "buyer protection ended")


def _received(c: _Ctx) -> DisputeAdvice:
    h, p = c.history, c.profile
    ends = effective_protection_end(h, p)
    assert ends is not None
    arrived = h.received_at or h.delivered_at
    if arrived is None:
        if c.now >= ends:
            return c.missed(
                f"buyer protection ended at {utc_stamp(ends)} before the parcel arrived, so the "
                "platform's dispute window is gone.",
                None,
            )
        return c.not_yet(
            "the parcel hasn't arrived yet: a dispute about what arrived needs the goods in your "
            'hands. If it doesn\'t come, choose a "not received" reason.'
        )
    if h.dispute_cancelled_at is not None:
        if h.received_at is not None:
            return c.missed(
                "this order already had a dispute; after a cancelled one, a new dispute can be "
                "opened only while buyer protection runs, and confirming receipt ended it.",
                None,
            )
        return _after_cancelled(c, None, ends)
    confirm = p.days("dispute_after_confirm_days")
    closes = h.received_at + confirm if h.received_at is not None else ends + confirm
    return c.window(None, closes, "the dispute window closed")


def _after_cancelled(c: _Ctx, opens: datetime | None, ends: datetime) -> DisputeAdvice:
    """The buyer cancelled a dispute: a new one only while buyer protection still runs."""
    if c.now >= ends:
        return c.missed(
            "this order already had a dispute; after a cancelled one, a new dispute can be opened "
            f"only while buyer protection runs, and it ended at {utc_stamp(ends)}.",
            ends,
        )
    return c.window(opens, ends, "buyer protection ended")


# -- helpers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    facts: OrderFacts
    history: History
    evaluation: Evaluation
    profile: RuleProfile
    now: datetime
    reason: str
    refund: Decimal | None = None
    evidence: int | None = None

    def window(self, opens: datetime | None, closes: datetime, closed_words: str) -> DisputeAdvice:
        """A window [opens, closes): not yet, open now, or missed."""
        if opens is not None and opens >= closes:
            return self.missed("buyer protection ends before this dispute could be opened.", closes)
        if self.now >= closes:
            return self.missed(
                f"{closed_words} at {utc_stamp(closes)}, so the dispute can't be opened any more.", closes
            )
        if opens is not None and self.now < opens:
            return self.advice(
                False,
                opens,
                closes,
                f"too early: this dispute can be opened from {utc_stamp(opens)}.",
                WAITING_STEPS,
                receipt_warning(self.reason, self.history),
            )
        return self.advice(
            True,
            None,
            closes,
            "",
            opening_steps(self.reason, self.profile),
            (*receipt_warning(self.reason, self.history), PROMISE_WARNING, CHARGEBACK_WARNING),
        )

    def not_yet(self, refusal: str) -> DisputeAdvice:
        return self.advice(False, None, None, refusal, NOT_ARRIVED_STEPS)

    def missed(self, refusal: str, closes: datetime | None) -> DisputeAdvice:
        fallbacks = self.fallbacks()
        return self.advice(False, None, closes, refusal, missed_steps(bool(fallbacks)), (), fallbacks)

    def never(self, refusal: str, steps: tuple[str, ...] = ()) -> DisputeAdvice:
        return self.advice(False, None, None, refusal, steps)

    def fallbacks(self) -> tuple[tuple[str, datetime], ...]:
        """PayPal's and the card network's windows still ahead (as ``deadlines._fallbacks``)."""
        h, p, method = self.history, self.profile, self.facts.payment_method
        found: list[tuple[str, datetime]] = []
        if method == "paypal" and h.paid_at is not None:
            found.append((D.PAYPAL_DISPUTE_ENDS.value, h.paid_at + p.days("paypal_dispute_days")))
        if method == "card":
            expected = h.delivered_at or h.received_at or effective_protection_end(h, p) or h.paid_at
            if expected is not None:
                found.append((D.CHARGEBACK_WINDOW_ENDS.value, expected + p.days("chargeback_days")))
        return tuple((kind, due) for kind, due in found if due > self.now)

    def advice(
        self,
        eligible: bool,
        opens: datetime | None,
        closes: datetime | None,
        refusal: str,
        steps: tuple[str, ...],
        warnings: tuple[str, ...] = (),
        fallbacks: tuple[tuple[str, datetime], ...] = (),
    ) -> DisputeAdvice:
        message, message_ru = dispute_texts(self.facts, self.history, self.reason, self.refund, self.evidence)
        return DisputeAdvice(
            reason=self.reason,
            eligible=eligible,
            opens_at=opens,
            closes_at=closes,
            refusal=_sentence(refusal),
            evidence=EVIDENCE[self.reason],
            outcome=outcome_for(self.reason),
            steps=steps,
            message=message,
            message_ru=message_ru,
            warnings=warnings,
            fallbacks=fallbacks,
        )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else ""
