"""The cancel guide's paths: for each situation an order can be in, the verdict, the headline,
the steps, the message to the seller and what the buyer may record next. ``advice_cancel``
decides which path applies; each path reads only the case it is given. Every period comes from
the profile. The texts come in the buyer's language (``app.i18n``, context "cancel"), each a whole
sentence with its count (``%n``) or its ``{named}`` fields; the message to the seller comes in the
language the buyer picked (``cancel_messages``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.cancel_messages import pending_message, request_message, seller_side_message
from app.domain.deadlines import Evaluation
from app.domain.lifecycle import History, Phase
from app.domain.model import DeadlineKind, EventKind, OrderFacts, Status
from app.domain.profile import DayRange, RuleProfile
from app.i18n import translate

# The seller can't or won't ship: letting the ship-by time run out beats cancelling.
SELLER_SIDE_REASONS = ("out_of_stock", "price_raised", "seller_asked")

D = DeadlineKind
K = EventKind


@dataclass(frozen=True)
class CancelCase:
    """The order as of ``now``, folded and evaluated, and the buyer's reason."""

    facts: OrderFacts
    history: History
    evaluation: Evaluation
    profile: RuleProfile
    now: datetime
    reason: str | None
    language: str | None = None  # of the message to the seller (None: the buyer's own)

    def due(self, kind: DeadlineKind) -> datetime | None:
        """The due time of an open deadline of that kind, if it is still ahead."""
        for deadline in self.evaluation.deadlines:
            if deadline.kind is kind and deadline.due > self.now:
                return deadline.due
        return None


@dataclass(frozen=True)
class Answer:
    """A path's advice, before ``follow_up`` is narrowed to what the timeline accepts now."""

    verdict: str
    wait_until: datetime | None
    headline: str
    steps: tuple[str, ...]
    message: str = ""
    message_ru: str = ""
    missing: tuple[str, ...] = ()
    follow_up: tuple[EventKind, ...] = ()


def not_paid(c: CancelCase) -> Answer:
    count = int(c.profile["unpaid_autoclose_days"])
    return Answer(
        "not_paid_ignore",
        c.due(D.UNPAID_AUTOCLOSE),
        translate(
            "cancel",
            "Nothing to do: the order isn't paid, so it closes by itself %n day(s) after it was placed, "
            "with no penalty.",
            None,
            count,
        ),
        (
            translate("cancel", "Don't pay for it."),
            translate("cancel", "Ignore the seller's reminders to pay: an unpaid order costs you nothing."),
            translate("cancel", "It closes by itself when the countdown ends."),
            translate("cancel", "If you cancel it on the order page anyway, record that here."),
        ),
        follow_up=(K.CANCELLED,),
    )


def payment_check(c: CancelCase) -> Answer:
    assert c.history.paid_at is not None
    ends = c.history.paid_at + c.profile.hours("payment_check_hours")
    count = int(c.profile["payment_check_hours"])
    steps = [
        translate(
            "cancel",
            "Wait until the payment check ends (%n hour(s) after paying): the order can't be cancelled "
            "before then.",
            None,
            count,
        ),
        translate("cancel", "Then open this wizard again: the advice continues from there."),
    ]
    if c.reason in SELLER_SIDE_REASONS:
        steps.append(
            translate(
                "cancel",
                "Since the seller can't or won't ship, you will most likely just let the ship-by time run "
                "out: the order then closes by itself and the money comes back.",
            )
        )
    return Answer(
        "wait_payment_check",
        ends,
        translate(
            "cancel",
            "Wait: the payment is still being checked, and the order can't be cancelled until the check ends.",
        ),
        tuple(steps),
    )


def _dont_cancel(c: CancelCase) -> str:
    """Don't cancel a seller's failure to ship yourself: the refund comes by itself."""
    days = _refund_days(c)
    if _one_number(days):
        count = days.max
        text = translate(
            "cancel",
            "Don't cancel the order yourself, even if the seller asks: if it isn't shipped in time, it "
            "closes by itself and the money comes back automatically (usually within %n business day(s)).",
            None,
            count,
        )
    else:
        count = days.max
        text = translate(
            "cancel",
            "Don't cancel the order yourself, even if the seller asks: if it isn't shipped in time, it "
            "closes by itself and the money comes back automatically (usually within {low}–%n business "
            "day(s)).",
            None,
            count,
        ).format(low=days.min)
    if c.reason != "seller_asked":
        return text
    return translate(
        "cancel",
        "{advice} Sellers ask buyers to cancel so that the failure to ship doesn't count against the "
        "store; you don't have to.",
    ).format(advice=text)


def wait_for_ship_by(c: CancelCase) -> Answer:
    ship_by = c.history.ship_by
    message = seller_side_message(c.facts.number, c.reason, c.language)
    message_ru = seller_side_message(c.facts.number, c.reason, "ru")
    dont_cancel = _dont_cancel(c)
    send = translate("cancel", "Send the seller the drafted message, so they know what to expect.")
    ships = translate(
        "cancel", "If the seller ships after all, record it here: the parcel is then on its way."
    )
    if ship_by is None:
        return Answer(
            "wait_for_auto_refund",
            None,
            translate(
                "cancel",
                "Better not to cancel: wait until the seller's time to ship runs out, and the order "
                "closes and refunds itself. The ship-by time isn't known yet.",
            ),
            (
                translate(
                    "cancel",
                    "Look on the order page for the countdown of the seller's time to ship (processing "
                    "time): this app doesn't know it yet. When it ends, the order closes by itself.",
                ),
                dont_cancel,
                send,
                ships,
            ),
            message,
            message_ru,
            missing=("ship_by",),
            follow_up=(K.SHIPPED,),
        )
    return Answer(
        "wait_for_auto_refund",
        ship_by,
        translate(
            "cancel",
            "Better not to cancel: wait until the ship-by time runs out; the order then closes by itself "
            "and the money comes back automatically.",
        ),
        (translate("cancel", "Wait for the ship-by countdown to end."), dont_cancel, send, ships),
        message,
        message_ru,
        follow_up=(K.SHIPPED,),
    )


def closed_unshipped(c: CancelCase) -> Answer:
    expected = c.due(D.REFUND_EXPECTED_BY)
    steps = [translate("cancel", "Don't cancel anything: the order closes by itself.")]
    if expected is None:
        steps.append(
            translate(
                "cancel",
                "The refund should have arrived by now. If it hasn't, contact support or your "
                "bank, with the order number at hand.",
            )
        )
    else:
        days = _refund_days(c)
        if _one_number(days):
            count = days.max
            steps.append(
                translate(
                    "cancel",
                    "The money goes back to where it came from, usually within %n business day(s).",
                    None,
                    count,
                )
            )
        else:
            count = days.max
            steps.append(
                translate(
                    "cancel",
                    "The money goes back to where it came from, usually within {low}–%n business day(s).",
                    None,
                    count,
                ).format(low=days.min)
            )
        steps.append(
            translate("cancel", "If it hasn't arrived when the countdown ends, contact support or your bank.")
        )
    return Answer(
        "wait_for_auto_refund",
        expected,
        translate(
            "cancel",
            "The seller didn't ship in time: the order closes by itself and the refund is on its way.",
        ),
        tuple(steps),
    )


def request(c: CancelCase) -> Answer:
    message = request_message(c.facts.number, c.reason, c.language)
    message_ru = request_message(c.facts.number, c.reason, "ru")
    count = int(c.profile["cancel_auto_approve_hours"])
    return Answer(
        "request_cancellation",
        None,
        translate(
            "cancel", 'Ask to cancel: write to the seller first, then press "Cancel order" on the order page.'
        ),
        (
            translate(
                "cancel",
                "Write to the seller now, before the order ships: ask them to approve the cancellation "
                "(a message is drafted for you). Be quick: once it has shipped, it can't be cancelled.",
            ),
            translate("cancel", 'Press "Cancel order" on the order page and choose your reason.'),
            translate(
                "cancel",
                "The money comes back only if the seller approves. If the seller doesn't answer within "
                "%n hour(s), the request is approved automatically.",
                None,
                count,
            ),
            translate(
                "cancel",
                "If the seller says the order has already shipped, it can't be cancelled any more: wait "
                "for the parcel, or open a dispute when its time comes.",
            ),
            translate(
                "cancel",
                "Record here that you asked to cancel, so the app counts down to the automatic approval.",
            ),
        ),
        message,
        message_ru,
        follow_up=(K.CANCEL_REQUESTED,),
    )


def pending(c: CancelCase) -> Answer:
    assert c.history.cancel_requested_at is not None
    approves = c.history.cancel_requested_at + c.profile.hours("cancel_auto_approve_hours")
    message = pending_message(c.facts.number, c.language)
    message_ru = pending_message(c.facts.number, "ru")
    count = int(c.profile["cancel_auto_approve_hours"])
    return Answer(
        "cancel_pending",
        approves,
        translate(
            "cancel",
            "Your cancellation request is waiting for the seller; if the seller stays silent, it is "
            "approved automatically when the countdown ends.",
        ),
        (
            translate(
                "cancel",
                "If you haven't written to the seller yet, do it now (a message is drafted for you).",
            ),
            translate(
                "cancel",
                "If the seller doesn't answer within %n hour(s) of your request, it is approved "
                "automatically and the money comes back.",
                None,
                count,
            ),
            translate("cancel", "When the seller approves or refuses, record it here."),
            translate(
                "cancel",
                "If the seller says the order has already shipped, record it as shipped: then wait for the "
                "parcel, or open a dispute when its time comes.",
            ),
        ),
        message,
        message_ru,
        follow_up=(K.CANCEL_APPROVED, K.CANCEL_REJECTED, K.SHIPPED),
    )


def shipped(c: CancelCase) -> Answer:
    dont_confirm = translate("cancel", "Don't confirm receipt before the parcel is in your hands.")
    if c.evaluation.status is Status.DELIVERED:
        return Answer(
            "shipped_wait_or_dispute",
            None,
            translate(
                "cancel",
                "Cancelling is no longer possible: the order has shipped. Tracking says it was delivered.",
            ),
            (
                translate("cancel", "Check the parcel when you have it."),
                translate(
                    "cancel", "Confirm receipt only when everything is right: that ends buyer protection."
                ),
                translate(
                    "cancel",
                    "If something is wrong, or the parcel never reached you, open a dispute before buyer "
                    "protection ends.",
                ),
            ),
        )
    opens = c.due(D.NOT_RECEIVED_DISPUTE_OPENS)
    if opens is not None:
        count = int(c.profile["not_received_earliest_days"])
        return Answer(
            "shipped_wait_or_dispute",
            opens,
            translate(
                "cancel",
                'Cancelling is no longer possible: the order has shipped. Wait for the parcel; a "not '
                'received" dispute can be opened when the countdown ends.',
            ),
            (
                translate("cancel", "Wait for the parcel and keep an eye on its tracking."),
                translate(
                    "cancel",
                    'From %n day(s) after shipment, a "not received" dispute can be opened if tracking stops '
                    "moving or shows something wrong.",
                    None,
                    count,
                ),
                dont_confirm,
            ),
        )
    return Answer(
        "shipped_wait_or_dispute",
        None,
        translate(
            "cancel",
            'Cancelling is no longer possible: the order has shipped. Wait for the parcel, or open a "not '
            'received" dispute now if tracking has stalled.',
        ),
        (
            translate(
                "cancel",
                "Check the tracking: if it hasn't moved for a long time or shows another destination, "
                "open a dispute now.",
            ),
            translate(
                "cancel",
                "Otherwise wait for the parcel, and open a dispute before buyer protection ends if it "
                "doesn't come.",
            ),
            dont_confirm,
        ),
    )


def not_possible(c: CancelCase) -> Answer:
    status, phase = c.evaluation.status, c.history.phase
    if status is Status.REFUND_PENDING:
        days = c.profile.refund_business_days(c.facts.payment_method).max
        if phase is Phase.CANCEL_REQUESTED:
            headline = translate(
                "cancel",
                "Nothing to cancel: the seller didn't answer in time, so your cancellation was "
                "approved automatically and the refund is on its way.",
            )
            follow: tuple[EventKind, ...] = (K.CANCEL_APPROVED,)
            record = translate("cancel", "Record here that the cancellation was approved.")
        else:
            headline = translate(
                "cancel", "Nothing to cancel: a refund for this order is already on its way."
            )
            follow = (K.REFUND_RECEIVED,)
            record = translate("cancel", "Record here when the money arrives.")
        return Answer(
            "not_possible",
            None,
            headline,
            (
                translate(
                    "cancel",
                    "The money goes back to where it came from; allow up to %n business day(s) for your "
                    "payment method.",
                    None,
                    days,
                ),
                record,
                translate(
                    "cancel",
                    "If it doesn't arrive in time, contact support or your bank, with the order number at hand.",
                ),
            ),
            follow_up=follow,
        )
    if status in (Status.DISPUTE_OPEN, Status.DISPUTE_ESCALATED, Status.DISPUTE_DECIDED):
        return Answer(
            "not_possible",
            None,
            translate(
                "cancel", "Cancelling is not possible: the order is in a dispute. Follow the dispute instead."
            ),
            (
                translate("cancel", "Follow the dispute: its deadlines are on the order."),
                translate(
                    "cancel", "Don't cancel the dispute or confirm receipt on the seller's promise alone."
                ),
            ),
        )
    if status is Status.COMPLETED:
        window = c.due(D.DISPUTE_WINDOW_ENDS)
        step = (
            translate(
                "cancel",
                "If something is wrong with the order, you can still open a dispute before the dispute window ends.",
            )
            if window is not None
            else translate("cancel", "The platform's dispute window has closed.")
        )
        return Answer(
            "not_possible",
            None,
            translate("cancel", "Nothing to cancel: the order is completed and the seller was paid."),
            (step,),
        )
    if status is Status.CANCELLED:
        headline = translate("cancel", "Nothing to cancel: the order is already cancelled.")
    elif status is Status.CLOSED:
        headline = translate(
            "cancel", "Nothing to cancel: the order was never paid and has closed by itself."
        )
    elif status is Status.REFUNDED:
        headline = translate("cancel", "Nothing to cancel: the order is already refunded.")
    else:
        headline = translate("cancel", "Nothing to cancel.")
    return Answer("not_possible", None, headline, ())


def _refund_days(c: CancelCase) -> DayRange:
    """How long the refund takes for the order's payment method, like every refund."""
    return c.profile.refund_business_days(c.facts.payment_method)


def _one_number(days: DayRange) -> bool:
    """Whether "within N business days" says the range: one value, or from 0 ("within 1 business
    day", not "within 0–1 business day"). Otherwise the range is given, its count the larger end."""
    return days.min in (0, days.max)
