"""The cancel wizard's advice: what to do about an order the buyer no longer wants.

``advise_cancel`` is a pure function of the order's facts, its events, the rule profile, ``now``
and the buyer's reason. It follows the buyer's guide (DESIGN.md §1 and §3):

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
comes from the profile; nothing is hard-coded. Texts are English source strings (the GUI
translates them); the seller message comes in English and in Russian.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain.deadlines import Evaluation, derive
from app.domain.errors import Refused
from app.domain.lifecycle import History, Phase, fold
from app.domain.model import CANCEL_REASONS, DeadlineKind, Event, EventKind, OrderFacts, Status
from app.domain.profile import RuleProfile
from app.domain.validation import sensible_events

CANCEL_VERDICTS = (
    "not_paid_ignore",
    "wait_payment_check",
    "wait_for_auto_refund",
    "request_cancellation",
    "cancel_pending",
    "shipped_wait_or_dispute",
    "not_possible",
)

# The seller can't or won't ship: letting the ship-by time run out beats cancelling.
SELLER_SIDE_REASONS = ("out_of_stock", "price_raised", "seller_asked")
# The buyer's own reasons: the cancellation has to be requested and approved.
PERSONAL_REASONS = ("changed_mind", "found_cheaper", "other")

D = DeadlineKind
K = EventKind


@dataclass(frozen=True)
class CancelAdvice:
    verdict: str  # one of CANCEL_VERDICTS
    wait_until: datetime | None  # when waiting ends (live countdown in the GUI), else None
    headline: str  # one plain sentence: the verdict in words
    steps: tuple[str, ...]  # what to do, in order, plain words
    message: str  # draft message to the seller in English naming the order number ("" when none)
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


def advise_cancel(
    facts: OrderFacts,
    events: Sequence[Event],
    profile: RuleProfile,
    now: datetime,
    reason: str | None = None,
    ship_by: datetime | None = None,
) -> CancelAdvice:
    """What the buyer should do about cancelling the order, as of ``now``. ``ship_by`` is a
    ship-by time the buyer has just typed (not saved yet): the advice answers as if it had been
    entered now, the way ``OrderService.edit_order`` would store it."""
    if reason is not None and reason not in CANCEL_REASONS:
        raise Refused(f'unknown reason "{reason}" (one of: {", ".join(CANCEL_REASONS)})')
    if ship_by is not None:
        events = [*events, _typed_ship_by(facts, events, profile, now, ship_by)]
    history = fold(facts, [e for e in events if e.at <= now], profile)
    evaluation = derive(facts, events, profile, now)
    ctx = _Ctx(facts, events, history, evaluation, profile, now, reason)
    status = evaluation.status

    if status is Status.AWAITING_PAYMENT:
        return _not_paid(ctx)
    if status is Status.PAYMENT_CHECK and not profile.flag("cancel_during_payment_check"):
        return _payment_check(ctx)
    if status in (Status.PAYMENT_CHECK, Status.AWAITING_SHIPMENT):
        if reason in SELLER_SIDE_REASONS:
            return _wait_for_ship_by(ctx)
        return _request(ctx)
    if status is Status.REFUND_PENDING and history.phase is Phase.AWAITING_SHIPMENT:
        # Not shipped in time: the order closed by itself, whatever the reason.
        return _closed_unshipped(ctx)
    if status is Status.CANCEL_REQUESTED:
        return _pending(ctx)
    if status in (Status.IN_TRANSIT, Status.DELIVERED):
        return _shipped(ctx)
    return _not_possible(ctx)


def _typed_ship_by(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime, ship_by: datetime
) -> Event:
    """The ``edited`` event that saving the typed ship-by time would record now."""
    if ship_by.tzinfo is None:
        raise Refused("the ship-by time needs a date, a time and a time zone")
    paid_at = fold(facts, [e for e in events if e.at <= now], profile).paid_at
    if paid_at is not None and ship_by <= paid_at:
        raise Refused("the ship-by time must be after the payment")
    return Event(K.EDITED, now, now, {"changes": {"ship_by": [None, ship_by.astimezone(UTC).isoformat()]}})


# -- the paths ----------------------------------------------------------------------------------


def _not_paid(c: _Ctx) -> CancelAdvice:
    days = _count(int(c.profile["unpaid_autoclose_days"]), "day")
    return c.advice(
        "not_paid_ignore",
        c.due(D.UNPAID_AUTOCLOSE),
        f"Nothing to do: the order isn't paid, so it closes by itself {days} after it was placed, "
        "with no penalty.",
        (
            "Don't pay for it.",
            "Ignore the seller's reminders to pay: an unpaid order costs you nothing.",
            "It closes by itself when the countdown ends.",
            "If you cancel it on the order page anyway, record that here.",
        ),
        follow_up=(K.CANCELLED,),
    )


def _payment_check(c: _Ctx) -> CancelAdvice:
    assert c.history.paid_at is not None
    ends = c.history.paid_at + c.profile.hours("payment_check_hours")
    hours = _count(int(c.profile["payment_check_hours"]), "hour")
    steps = [
        f"Wait until the payment check ends ({hours} after paying): the order can't be cancelled "
        "before then.",
        "Then open this wizard again: the advice continues from there.",
    ]
    if c.reason in SELLER_SIDE_REASONS:
        steps.append(
            "Since the seller can't or won't ship, you will most likely just let the ship-by time run "
            "out: the order then closes by itself and the money comes back."
        )
    return c.advice(
        "wait_payment_check",
        ends,
        "Wait: the payment is still being checked, and the order can't be cancelled until the check ends.",
        tuple(steps),
    )


def _wait_for_ship_by(c: _Ctx) -> CancelAdvice:
    ship_by = c.history.ship_by
    refund = _day_range(c.profile, "nonship_refund_days")
    message, message_ru = _seller_side_message(c.facts.number, c.reason)
    dont_cancel = (
        "Don't cancel the order yourself, even if the seller asks: if it isn't shipped in time, it "
        f"closes by itself and the money comes back automatically (usually within {refund})."
    )
    if c.reason == "seller_asked":
        dont_cancel += (
            " Sellers ask buyers to cancel so that the failure to ship doesn't count against the "
            "store; you don't have to."
        )
    if ship_by is None:
        return c.advice(
            "wait_for_auto_refund",
            None,
            "Better not to cancel: wait until the seller's time to ship runs out, and the order "
            "closes and refunds itself. The ship-by time isn't known yet.",
            (
                "Look on the order page for the countdown of the seller's time to ship (processing "
                "time): this app doesn't know it yet. When it ends, the order closes by itself.",
                dont_cancel,
                "Send the seller the message below, so they know what to expect.",
                "If the seller ships after all, record it here: the parcel is then on its way.",
            ),
            message,
            message_ru,
            missing=("ship_by",),
            follow_up=(K.SHIPPED,),
        )
    return c.advice(
        "wait_for_auto_refund",
        ship_by,
        "Better not to cancel: wait until the ship-by time runs out; the order then closes by itself "
        "and the money comes back automatically.",
        (
            "Wait for the ship-by countdown to end.",
            dont_cancel,
            "Send the seller the message below, so they know what to expect.",
            "If the seller ships after all, record it here: the parcel is then on its way.",
        ),
        message,
        message_ru,
        follow_up=(K.SHIPPED,),
    )


def _closed_unshipped(c: _Ctx) -> CancelAdvice:
    refund = _day_range(c.profile, "nonship_refund_days")
    expected = c.due(D.REFUND_EXPECTED_BY)
    steps = ["Don't cancel anything: the order closes by itself."]
    if expected is None:
        steps.append(
            "The refund should have arrived by now. If it hasn't, contact support or your "
            "bank, with the order number at hand."
        )
    else:
        steps.append(f"The money goes back to where it came from, usually within {refund}.")
        steps.append("If it hasn't arrived when the countdown ends, contact support or your bank.")
    return c.advice(
        "wait_for_auto_refund",
        expected,
        "The seller didn't ship in time: the order closes by itself and the refund is on its way.",
        tuple(steps),
    )


def _request(c: _Ctx) -> CancelAdvice:
    hours = _count(int(c.profile["cancel_auto_approve_hours"]), "hour")
    message, message_ru = _request_message(c.facts.number, c.reason)
    return c.advice(
        "request_cancellation",
        None,
        'Ask to cancel: write to the seller first, then press "Cancel order" on the order page.',
        (
            "Write to the seller now, before the order ships: ask them to approve the cancellation "
            "(message below). Be quick: once it has shipped, it can't be cancelled.",
            'Press "Cancel order" on the order page and choose your reason.',
            "The money comes back only if the seller approves. If the seller doesn't answer within "
            f"{hours}, the request is approved automatically.",
            "If the seller says the order has already shipped, it can't be cancelled any more: wait "
            "for the parcel, or open a dispute when its time comes.",
            "Record here that you asked to cancel, so the app counts down to the automatic approval.",
        ),
        message,
        message_ru,
        follow_up=(K.CANCEL_REQUESTED,),
    )


def _pending(c: _Ctx) -> CancelAdvice:
    assert c.history.cancel_requested_at is not None
    approves = c.history.cancel_requested_at + c.profile.hours("cancel_auto_approve_hours")
    hours = _count(int(c.profile["cancel_auto_approve_hours"]), "hour")
    number = c.facts.number
    return c.advice(
        "cancel_pending",
        approves,
        "Your cancellation request is waiting for the seller; if the seller stays silent, it is "
        "approved automatically when the countdown ends.",
        (
            "If you haven't written to the seller yet, do it now (message below).",
            f"If the seller doesn't answer within {hours} of your request, it is approved "
            "automatically and the money comes back.",
            "When the seller approves or refuses, record it here.",
            "If the seller says the order has already shipped, record it as shipped: then wait for the "
            "parcel, or open a dispute when its time comes.",
        ),
        f"Hello! I have sent a cancellation request for order {number}. Could you please approve it "
        "and not ship the order? Thank you!",
        f"Здравствуйте! По заказу № {number} отправлен запрос на отмену. Пожалуйста, подтвердите "
        "его и не отправляйте заказ. Спасибо!",
        follow_up=(K.CANCEL_APPROVED, K.CANCEL_REJECTED, K.SHIPPED),
    )


def _shipped(c: _Ctx) -> CancelAdvice:
    too_late = "Cancelling is no longer possible: the order has shipped."
    if c.evaluation.status is Status.DELIVERED:
        return c.advice(
            "shipped_wait_or_dispute",
            None,
            f"{too_late} Tracking says it was delivered.",
            (
                "Check the parcel when you have it.",
                "Confirm receipt only when everything is right: that ends buyer protection.",
                "If something is wrong, or the parcel never reached you, open a dispute before buyer "
                "protection ends.",
            ),
        )
    opens = c.due(D.NOT_RECEIVED_DISPUTE_OPENS)
    days = _count(int(c.profile["not_received_earliest_days"]), "day")
    if opens is not None:
        return c.advice(
            "shipped_wait_or_dispute",
            opens,
            f'{too_late} Wait for the parcel; a "not received" dispute can be opened when the '
            "countdown ends.",
            (
                "Wait for the parcel and keep an eye on its tracking.",
                f'From {days} after shipment, a "not received" dispute can be opened if tracking stops '
                "moving or shows something wrong.",
                "Don't confirm receipt before the parcel is in your hands.",
            ),
        )
    return c.advice(
        "shipped_wait_or_dispute",
        None,
        f'{too_late} Wait for the parcel, or open a "not received" dispute now if tracking has stalled.',
        (
            "Check the tracking: if it hasn't moved for a long time or shows another destination, "
            "open a dispute now.",
            "Otherwise wait for the parcel, and open a dispute before buyer protection ends if it "
            "doesn't come.",
            "Don't confirm receipt before the parcel is in your hands.",
        ),
    )


def _not_possible(c: _Ctx) -> CancelAdvice:
    status, phase = c.evaluation.status, c.history.phase
    if status is Status.REFUND_PENDING:
        days = c.profile.refund_business_days(c.facts.payment_method).max
        if phase is Phase.CANCEL_REQUESTED:
            headline = (
                "Nothing to cancel: the seller didn't answer in time, so your cancellation was "
                "approved automatically and the refund is on its way."
            )
            follow: tuple[EventKind, ...] = (K.CANCEL_APPROVED,)
            record = "Record here that the cancellation was approved."
        else:
            headline = "Nothing to cancel: a refund for this order is already on its way."
            follow = (K.REFUND_RECEIVED,)
            record = "Record here when the money arrives."
        return c.advice(
            "not_possible",
            None,
            headline,
            (
                "The money goes back to where it came from; allow up to "
                f"{_count(days, 'business day')} for your payment method.",
                record,
                "If it doesn't arrive in time, contact support or your bank, with the order number at hand.",
            ),
            follow_up=follow,
        )
    if status in (Status.DISPUTE_OPEN, Status.DISPUTE_ESCALATED, Status.DISPUTE_DECIDED):
        return c.advice(
            "not_possible",
            None,
            "Cancelling is not possible: the order is in a dispute. Follow the dispute instead.",
            (
                "Follow the dispute: its deadlines are on the order.",
                "Don't cancel the dispute or confirm receipt on the seller's promise alone.",
            ),
        )
    if status is Status.COMPLETED:
        window = c.due(D.DISPUTE_WINDOW_ENDS)
        steps = (
            (
                "If something is wrong with the order, you can still open a dispute before the dispute window ends.",
            )
            if window is not None
            else ("The platform's dispute window has closed.",)
        )
        return c.advice(
            "not_possible", None, "Nothing to cancel: the order is completed and the seller was paid.", steps
        )
    headlines = {
        Status.CANCELLED: "Nothing to cancel: the order is already cancelled.",
        Status.CLOSED: "Nothing to cancel: the order was never paid and has closed by itself.",
        Status.REFUNDED: "Nothing to cancel: the order is already refunded.",
    }
    return c.advice("not_possible", None, headlines.get(status, "Nothing to cancel."), ())


# -- seller messages ----------------------------------------------------------------------------


def _request_message(number: str, reason: str | None) -> tuple[str, str]:
    if reason in ("changed_mind", "found_cheaper"):
        why_en, why_ru = ": I no longer need it", ": он мне больше не нужен"
    else:
        why_en, why_ru = "", ""
    return (
        f"Hello! I'd like to cancel order {number}{why_en}. Please don't ship it; I'm sending a "
        "cancellation request now. Could you please approve it? Thank you!",
        f"Здравствуйте! Прошу отменить заказ № {number}{why_ru}. Пожалуйста, не отправляйте его: я "
        "отправляю запрос на отмену. Подтвердите его, пожалуйста. Спасибо!",
    )


_CLOSES_EN = (
    "if you can't ship it, the order will close automatically when the shipping time runs out, and "
    "the payment will be refunded."
)
_CLOSES_RU = (
    "если вы не сможете его отправить, заказ закроется автоматически, когда закончится срок "
    "отправки, и деньги вернутся."
)


def _seller_side_message(number: str, reason: str | None) -> tuple[str, str]:
    if reason == "out_of_stock":
        return (
            f"Hello! I understand the item in order {number} is out of stock. I won't cancel the order "
            f"myself: {_CLOSES_EN} Thank you!",
            f"Здравствуйте! Понимаю, что товара из заказа № {number} нет в наличии. Отменять заказ "
            f"самостоятельно я не буду: {_CLOSES_RU} Спасибо!",
        )
    if reason == "price_raised":
        return (
            f"Hello! Order {number} was paid at the price shown when I ordered; please ship it at that "
            f"price. I won't cancel the order myself: {_CLOSES_EN} Thank you!",
            f"Здравствуйте! Заказ № {number} оплачен по цене, указанной при оформлении; пожалуйста, "
            f"отправьте его по этой цене. Отменять заказ самостоятельно я не буду: {_CLOSES_RU} "
            "Спасибо!",
        )
    return (
        f"Hello! You asked me to cancel order {number}. I'd rather not cancel it myself: {_CLOSES_EN} "
        "Thank you for understanding!",
        f"Здравствуйте! Вы попросили отменить заказ № {number}. Мне бы не хотелось отменять его "
        f"самостоятельно: {_CLOSES_RU} Спасибо за понимание!",
    )


# -- helpers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    facts: OrderFacts
    events: Sequence[Event]
    history: History
    evaluation: Evaluation
    profile: RuleProfile
    now: datetime
    reason: str | None

    def due(self, kind: DeadlineKind) -> datetime | None:
        """The due time of an open deadline of that kind, if it is still ahead."""
        for deadline in self.evaluation.deadlines:
            if deadline.kind is kind and deadline.due > self.now:
                return deadline.due
        return None

    def advice(
        self,
        verdict: str,
        wait_until: datetime | None,
        headline: str,
        steps: tuple[str, ...],
        message: str = "",
        message_ru: str = "",
        *,
        missing: tuple[str, ...] = (),
        follow_up: tuple[EventKind, ...] = (),
    ) -> CancelAdvice:
        # Offer only what the timeline would accept now, so that no button leads to a refusal.
        possible = (
            set(sensible_events(self.facts, self.events, self.profile, self.now)) if follow_up else set()
        )
        return CancelAdvice(
            verdict=verdict,
            wait_until=wait_until,
            headline=headline,
            steps=steps,
            message=message,
            message_ru=message_ru,
            missing=missing,
            follow_up=tuple(k.value for k in follow_up if k in possible),
        )


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _day_range(profile: RuleProfile, key: str) -> str:
    days = profile.day_range(key)
    if days.min == days.max:
        return _count(days.max, "day")
    return f"{days.min}–{days.max} days"
