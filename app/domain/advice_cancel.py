"""The cancel wizard's advice: what to do about an order the buyer no longer wants.

``advise_cancel`` is a pure function of the order's facts, its events, the rule profile, ``now``
and the buyer's reason. It follows the buyer's guide:

- not paid: nothing to do, the order expires by itself (``not_paid_ignore``);
- paid less than ``payment_check_hours`` ago: wait for the payment check (``wait_payment_check``),
  unless the profile says cancelling works during the check;
- the seller can't or won't ship (out of stock, price raised, seller asked): let the ship-by time
  run out and get the automatic refund (``wait_for_auto_refund``);
- personal reasons, not shipped: write to the seller, then press "Cancel order"
  (``request_cancellation``); a request already sent waits for the seller (``cancel_pending``);
- shipped: wait for the parcel or open a dispute (``shipped_wait_or_dispute``);
- completed, cancelled, closed, refunded, refund on its way, in a dispute: ``not_possible``.

The order's status comes from ``deadlines.derive`` as of ``now``, so what happens by time alone
(the payment check ending, the ship-by time running out, a silent seller) counts. Every period
comes from the profile; nothing is hard-coded. Texts come in the buyer's language (``app.i18n``);
the message to the seller in the language asked for (``language``, one of
``app.i18n.draft_languages()``) and in Russian.

This module decides which path applies; what each path says is in ``cancel_paths``, the
messages to the seller in ``cancel_messages``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain import cancel_paths as paths
from app.domain.cancel_paths import SELLER_SIDE_REASONS, Answer, CancelCase
from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.lifecycle import Phase, fold
from app.domain.model import CANCEL_REASONS, Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.validation import sensible_events
from app.i18n import translate

CANCEL_VERDICTS = (
    "not_paid_ignore",
    "wait_payment_check",
    "wait_for_auto_refund",
    "request_cancellation",
    "cancel_pending",
    "shipped_wait_or_dispute",
    "not_possible",
)

K = EventKind


@dataclass(frozen=True)
class CancelAdvice:
    verdict: str  # one of CANCEL_VERDICTS
    wait_until: datetime | None  # when waiting ends (live countdown in the GUI), else None
    headline: str  # one plain sentence: the verdict in words
    steps: tuple[str, ...]  # what to do, in order, plain words
    message: (
        str  # draft message to the seller naming the order number ("" when none), in the language asked for
    )
    message_ru: str  # the same in Russian
    missing: tuple[str, ...]  # facts to ask for rather than guess, e.g. ("ship_by",)
    follow_up: tuple[str, ...]  # event kinds the buyer may record next from the wizard


# Statuses for which the guide may have something to do; for every other one it says
# ``not_possible`` (completed, cancelled, closed, refunded, in a dispute), so the GUI need not offer it.
GUIDED_STATUSES: frozenset[Status] = frozenset(
    {
        Status.AWAITING_PAYMENT,
        Status.PAYMENT_CHECK,
        Status.AWAITING_SHIPMENT,
        Status.CANCEL_REQUESTED,
        Status.IN_TRANSIT,
        Status.DELIVERED,
        Status.REFUND_PENDING,  # the ship-by time ran out: the guide explains the automatic refund
    }
)


def offers_cancel_guide(status: Status, possible: Iterable[EventKind]) -> bool:
    """Whether the cancel guide has something to do for an order in ``status`` whose timeline
    accepts ``possible`` events now (``validation.sensible_events``): the buttons and menus offer
    it only then. A refund on its way is guided only while the timeline still takes a
    cancellation (the ship-by time ran out; a silent seller let the request through), not
    after a dispute's decision or a refund already recorded."""
    if status not in GUIDED_STATUSES:
        return False
    if status is Status.REFUND_PENDING:
        return bool({K.CANCELLED, K.CANCEL_APPROVED} & set(possible))
    return True


def advise_cancel(
    facts: OrderFacts,
    events: Sequence[Event],
    profile: RuleProfile,
    now: datetime,
    reason: str | None = None,
    ship_by: datetime | None = None,
    language: str | None = None,
) -> CancelAdvice:
    """What the buyer should do about cancelling the order, as of ``now``. ``ship_by`` is a
    ship-by time the buyer has just typed (not saved yet): the advice answers as if it had been
    entered now, the way ``OrderService.edit_order`` would store it. ``language``: of the message
    to the seller (None: the buyer's own; the advice itself is always in the buyer's)."""
    if reason is not None and reason not in CANCEL_REASONS:
        raise Refused(
            translate("refusal", 'unknown reason "{reason}" (one of: {choices})').format(
                reason=reason, choices=", ".join(CANCEL_REASONS)
            ),
            fields=("reason",),
        )
    if ship_by is not None:
        events = [*events, _typed_ship_by(facts, events, profile, now, ship_by)]
    history = fold(facts, [e for e in events if e.at <= now], profile)
    evaluation = derive(facts, events, profile, now)
    case = CancelCase(facts, history, evaluation, profile, now, reason, language)
    return _advice(_path(case), facts, events, profile, now)


def _path(c: CancelCase) -> Answer:
    status = c.evaluation.status
    if status is Status.AWAITING_PAYMENT:
        return paths.not_paid(c)
    if status is Status.PAYMENT_CHECK and not c.profile.flag("cancel_during_payment_check"):
        return paths.payment_check(c)
    if status in (Status.PAYMENT_CHECK, Status.AWAITING_SHIPMENT):
        if c.reason in SELLER_SIDE_REASONS:
            return paths.wait_for_ship_by(c)
        return paths.request(c)
    if status is Status.REFUND_PENDING and c.history.phase is Phase.AWAITING_SHIPMENT:
        # Not shipped in time: the order closed by itself, whatever the reason.
        return paths.closed_unshipped(c)
    if status is Status.CANCEL_REQUESTED:
        return paths.pending(c)
    if status in (Status.IN_TRANSIT, Status.DELIVERED):
        return paths.shipped(c)
    return paths.not_possible(c)


def _typed_ship_by(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime, ship_by: datetime
) -> Event:
    """The ``edited`` event that saving the typed ship-by time would record now."""
    if ship_by.tzinfo is None:
        raise Refused(
            translate("refusal", "the ship-by time needs a date, a time and a time zone"), fields=("ship_by",)
        )
    paid_at = fold(facts, [e for e in events if e.at <= now], profile).paid_at
    if paid_at is not None and ship_by <= paid_at:
        raise Refused(translate("refusal", "the ship-by time must be after the payment"), fields=("ship_by",))
    return Event(K.EDITED, now, now, {"changes": {"ship_by": [None, ship_by.astimezone(UTC).isoformat()]}})


def _advice(
    answer: Answer, facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime
) -> CancelAdvice:
    # Offer only what the timeline would accept now, so that no button leads to a refusal.
    possible = set(sensible_events(facts, events, profile, now)) if answer.follow_up else set()
    return CancelAdvice(
        verdict=answer.verdict,
        wait_until=answer.wait_until,
        headline=answer.headline,
        steps=answer.steps,
        message=answer.message,
        message_ru=answer.message_ru,
        missing=answer.missing,
        follow_up=tuple(k.value for k in answer.follow_up if k in possible),
    )
