"""The dispute wizard's advice: can a dispute be opened for this reason (and this item), from
when, until when, with what evidence, asking for what, and in which words.

``advise_dispute`` is a pure function of the order's facts, its events, the rule profile, ``now``,
the buyer's reason and the item (``line``; None for the whole order). When the dispute can be
opened is ``eligibility``'s answer, the one the deadline list and the validation of a recorded
``dispute-opened`` give too: "not received" reasons from ``not_received_earliest_days`` after
shipment, "received" ones once the goods arrived; the safe time is before buyer protection ends,
and after it the window of ``dispute_after_confirm_days`` after completion is the last chance
(the advice says so, with how sure that rule is). An order that isn't paid, hasn't shipped, is
cancelled or refunded can't be disputed; a dispute already open is followed, not opened again.

``opens_at`` is set only while the window is still ahead; ``closes_at`` is the time to act by
(also once it has passed, so the refusal can say when it closed) and ``None`` when the reason
can't be opened at all. ``fallbacks`` lists PayPal's and the card network's own windows when the
platform's window is missed or the case lost. Every period comes from the profile; nothing is
hard-coded. Texts come in the buyer's language (``app.i18n``); the dispute text in the language
asked for (``language``) and in Russian. The moments in the refusal and the warnings are marked
(``errors.moment``) and written in the buyer's zone by the reader.

This module decides what to say; the evidence checklist is in ``dispute_evidence``, the dispute
text and the outcome to ask for in ``dispute_drafts``, the steps and warnings (also for a
dispute already open) in ``dispute_steps``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from app.domain.deadlines import Evaluation, derive, dispute_status
from app.domain.dispute_drafts import dispute_text, outcome_for
from app.domain.dispute_evidence import evidence_for
from app.domain.dispute_steps import (
    chargeback_warning,
    follow_up,
    late_warning,
    missed_steps,
    not_arrived_steps,
    opening_steps,
    promise_warning,
    receipt_warning,
    waiting_steps,
)
from app.domain.eligibility import (
    Eligibility,
    Window,
    cancelled_words,
    dispute_window,
    no_such_item,
    not_paid_words,
    not_shipped_words,
    refund_on_its_way_words,
    refunded_words,
)
from app.domain.errors import Refused
from app.domain.lifecycle import History, Phase, case_index, effective_protection_end, fold
from app.domain.model import DISPUTE_REASONS, DeadlineKind, Event, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.i18n import translate

D = DeadlineKind


@dataclass(frozen=True)
class DisputeAdvice:
    reason: str
    eligible: bool  # can be opened at `now`
    opens_at: datetime | None  # earliest time it can be opened (None when already possible or never)
    closes_at: datetime | None  # the time to act by (see eligibility.Eligibility.closes_at; None: never)
    refusal: str  # plain sentence why not eligible ("" when eligible); moments marked (errors.moment)
    evidence: tuple[str, ...]  # checklist for this reason (plain words)
    outcome: str  # one of dispute_drafts.DISPUTE_OUTCOMES
    steps: tuple[str, ...]
    message: str  # dispute text draft in the language asked for; [..] marks what the buyer fills in
    message_ru: str  # the same in Russian
    warnings: tuple[str, ...]  # moments marked like the refusal's
    fallbacks: tuple[tuple[str, datetime], ...]  # (deadline kind, due) outside the platform
    line: int | None = None  # the item asked about (None: the whole order)
    late: bool = False  # protection has ended: the window after completion is the last chance
    confidence: str = ""  # when late: how sure the rule keeping the window open is


def advise_dispute(
    facts: OrderFacts,
    events: Sequence[Event],
    profile: RuleProfile,
    now: datetime,
    reason: str,
    refund: Decimal | None = None,
    line: int | None = None,
    evidence: int | None = None,
    language: str | None = None,
) -> DisputeAdvice:
    """Whether a dispute for ``reason`` about item ``line`` (None: the whole order) can be opened
    at ``now``, and how. ``refund`` is the partial refund the buyer chose (the dispute text names
    it; without it, a placeholder). The window is ``eligibility``'s answer, the same one the
    deadline list and the validation of a recorded dispute give. ``evidence``: how many photos and
    videos the order has (the text attaches only what exists). ``language``: of the dispute text
    (None: the buyer's own; the advice itself is always in the buyer's)."""
    if reason not in DISPUTE_REASONS:
        raise Refused(
            translate("refusal", 'unknown reason "{reason}" (one of: {choices})').format(
                reason=reason, choices=", ".join(DISPUTE_REASONS)
            ),
            fields=("reason",),
        )
    if line is not None and facts.line(line) is None:
        raise Refused(no_such_item(facts, line).rstrip("."), fields=("line",))
    history = fold(facts, [e for e in events if e.at <= now], profile)
    evaluation = derive(facts, events, profile, now)
    c = _Ctx(facts, history, evaluation, profile, now, reason, refund, line, evidence, language)
    base, status = history.base, evaluation.status

    if base is Phase.AWAITING_PAYMENT:
        if status is Status.CLOSED:
            return c.never(
                translate(
                    "refusal",
                    "the order was never paid and has closed by itself, so there is nothing to dispute.",
                )
            )
        return c.never(not_paid_words())
    if base is Phase.CANCELLED:
        return c.never(cancelled_words())
    if base in (Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED):
        if status is Status.REFUND_PENDING:
            return c.never(
                translate(
                    "refusal",
                    "the seller didn't ship in time: the order closes by itself and the money comes back.",
                )
            )
        return c.never(
            not_shipped_words(),
            (
                translate(
                    "dispute",
                    'Use the cancel wizard ("advise cancel"): an order that hasn\'t shipped is cancelled, not disputed.',
                ),
            ),
        )
    index = case_index(history, line)
    if index is not None:
        dispute = history.disputes[index]
        case_status, _ = dispute_status(history, dispute, facts, profile, now)
        if dispute.in_dispute and case_status is not None:
            # Followed, not opened again (a silent seller's refund too: the dispute goes on).
            after = follow_up(history, dispute, case_status, profile, reason, c.fallbacks())
            return c.advice(
                False,
                None,
                None,
                translate("refusal", "a dispute is already open."),
                after.steps,
                after.warnings,
                after.fallbacks,
            )
        if case_status is Status.REFUND_PENDING:
            return _refund_on_its_way(c)
    if base is Phase.REFUND_PENDING or (status is Status.REFUND_PENDING and not history.disputes):
        return _refund_on_its_way(c)
    if history.phase is Phase.REFUNDED:
        return c.never(refunded_words())
    return _from_window(c, dispute_window(history, facts, profile, reason, line).at(now))


def _refund_on_its_way(c: _Ctx) -> DisputeAdvice:
    return c.never(
        refund_on_its_way_words(), (translate("dispute", "Record the refund here when the money arrives."),)
    )


# -- the window ---------------------------------------------------------------------------------


def _from_window(c: _Ctx, answer: Eligibility) -> DisputeAdvice:
    """The advice for the window's answer at ``now``."""
    rule = answer.window_rule
    if answer.window is Window.NEVER:
        return c.never(answer.refusal)
    if answer.window is Window.CLOSED:
        return c.missed(answer.refusal, answer.closes_at)
    if answer.window is Window.NOT_YET:
        if rule.needs_arrival:
            return c.advice(False, None, answer.closes_at, answer.refusal, not_arrived_steps())
        return c.advice(
            False,
            answer.opens_at,
            answer.closes_at,
            answer.refusal,
            waiting_steps(),
            receipt_warning(c.reason, c.history),
        )
    warnings: tuple[str, ...] = ()
    confidence = ""
    if answer.late:
        assert rule.safe_until is not None and rule.closes is not None
        confidence = str(c.profile.values["dispute_after_confirm_days"].confidence)
        warnings = (late_warning(rule.safe_until, rule.closes, c.profile),)
    warnings += (*receipt_warning(c.reason, c.history), promise_warning(), chargeback_warning())
    advice = c.advice(True, None, answer.closes_at, "", opening_steps(c.reason, c.profile), warnings)
    return replace(advice, late=answer.late, confidence=confidence)


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
    line: int | None = None
    evidence: int | None = None
    language: str | None = None

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
        item = self.facts.line(self.line) if self.line is not None else None
        title = item.title if item is not None else None
        message = dispute_text(
            self.facts, self.history, self.reason, self.refund, title, self.evidence, self.language
        )
        message_ru = dispute_text(
            self.facts, self.history, self.reason, self.refund, title, self.evidence, "ru"
        )
        return DisputeAdvice(
            reason=self.reason,
            eligible=eligible,
            opens_at=opens,
            closes_at=closes,
            refusal=_sentence(refusal),
            evidence=evidence_for(self.reason),
            outcome=outcome_for(self.reason),
            steps=steps,
            message=message,
            message_ru=message_ru,
            warnings=warnings,
            fallbacks=fallbacks,
            line=self.line,
        )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else ""
