"""The dispute wizard's advice: can a dispute be opened for this reason, from when, until when,
with what evidence, asking for what, and in which words.

``advise_dispute`` is a pure function of the order's facts, its events, the rule profile, ``now``
and the buyer's reason (DESIGN.md §1 and §3, issue 5):

- "not received" reasons (``NOT_RECEIVED``) open ``not_received_earliest_days`` after shipment
  (``delivery_period_ending`` at once when less than ``extension_warning_days`` of buyer
  protection remain) and close when protection ends (the effective end, after the cut once
  tracking says delivered); they can't be opened once receipt is confirmed;
- "received" reasons (``RECEIVED``) need the goods delivered or received, and close
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
hard-coded. Texts are English source strings (the GUI translates them); the dispute text comes
in English and in Russian, with the parts only the buyer knows marked ``[…]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from app.domain.deadlines import Evaluation, derive
from app.domain.errors import Refused
from app.domain.lifecycle import History, Phase, effective_protection_end, fold
from app.domain.model import (
    DISPUTE_REASONS,
    NOT_RECEIVED_REASONS,
    RECEIVED_REASONS,
    DeadlineKind,
    Event,
    OrderFacts,
    Status,
)
from app.domain.parsing import format_amount
from app.domain.profile import RuleProfile

NOT_RECEIVED = NOT_RECEIVED_REASONS
RECEIVED = RECEIVED_REASONS

DISPUTE_OUTCOMES = ("full_refund", "partial_refund_or_return")

D = DeadlineKind


@dataclass(frozen=True)
class DisputeAdvice:
    reason: str
    eligible: bool  # can be opened at `now`
    opens_at: datetime | None  # earliest time it can be opened (None when already possible or never)
    closes_at: datetime | None  # end of the window: from then on it can't be opened (None: never)
    refusal: str  # plain sentence why not eligible ("" when eligible)
    evidence: tuple[str, ...]  # checklist for this reason (plain words)
    outcome: str  # one of DISPUTE_OUTCOMES
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
) -> DisputeAdvice:
    """Whether a dispute for ``reason`` can be opened at ``now``, and how. ``refund`` is the
    partial refund the buyer chose (the dispute text names it; without it, a placeholder)."""
    if reason not in DISPUTE_REASONS:
        raise Refused(f'unknown reason "{reason}" (one of: {", ".join(DISPUTE_REASONS)})')
    history = fold(facts, [e for e in events if e.at <= now], profile)
    evaluation = derive(facts, events, profile, now)
    c = _Ctx(facts, history, evaluation, profile, now, reason, refund)
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
        return _following(c)
    if phase is Phase.REFUND_PENDING:
        return c.never(
            "a refund for this order is already on its way, so there is nothing to dispute.",
            ("Record the refund here when the money arrives.",),
        )
    if phase is Phase.REFUNDED:
        return c.never("the order is refunded, so there is nothing to dispute.")
    # Shipped, delivered or received, with no dispute open.
    if reason in NOT_RECEIVED:
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
                f"buyer protection ended at {_ts(ends)} before the parcel arrived, so the "
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
            f"only while buyer protection runs, and it ended at {_ts(ends)}.",
            ends,
        )
    return c.window(opens, ends, "buyer protection ended")


# -- a dispute already open ---------------------------------------------------------------------


def _following(c: _Ctx) -> DisputeAdvice:
    h, p, status = c.history, c.profile, c.evaluation.status
    dispute = h.dispute
    assert dispute is not None
    steps: list[str] = []
    fallbacks: tuple[tuple[str, datetime], ...] = ()
    if status is Status.REFUND_PENDING:
        steps.append(
            "The seller didn't answer in time, so the refund you asked for goes through. Record it "
            "here when the money arrives."
        )
    elif h.phase is Phase.DISPUTE_OPEN and status is Status.DISPUTE_OPEN:
        if dispute.responded_at is None:
            steps.append(
                f"The seller must answer within {_count(int(p['seller_response_days']), 'day')} of "
                "the opening; if silent, the refund you asked for goes through."
            )
        else:
            steps.append(
                "The seller answered: accept an offer only when the money or the return is agreed on "
                "the platform, not on a promise."
            )
        steps.append(
            f"If it is still unresolved {_count(int(p['escalation_days']), 'day')} after the opening, "
            'it goes to the platform; you can press "Escalate dispute" earlier.'
        )
    elif status is Status.DISPUTE_DECIDED:
        if dispute.outcome == "rejected":
            steps.append("The platform decided against you: you can appeal the decision, with more evidence.")
            fallbacks = c.fallbacks()
            if fallbacks:
                steps.append(
                    "If the appeal fails too, the payment method's own protection may still help "
                    "(see the deadlines)."
                )
        else:
            steps.append(
                f"Ship the return within {_count(int(p['return_ship_days']), 'day')} of the decision "
                "and record its tracking number, or the refund is lost."
            )
    else:
        steps.append("The platform is deciding: answer its questions quickly and add evidence if it asks.")
    steps.append(
        "Record the seller's answer, the escalation, the decision and the refund here as they happen."
    )
    warnings = [_W_PROMISE]
    if c.reason in NOT_RECEIVED and h.received_at is None:
        warnings.insert(0, _W_RECEIPT)
    if not fallbacks:
        warnings.append(_W_CHARGEBACK)
    return c.advice(False, None, None, "a dispute is already open.", tuple(steps), tuple(warnings), fallbacks)


# -- texts --------------------------------------------------------------------------------------

_W_RECEIPT = (
    "Don't confirm receipt before the parcel is in your hands, even if the seller asks: it ends "
    'buyer protection, and a "not received" dispute can\'t be opened after it.'
)
_W_PROMISE = (
    "Don't cancel the dispute or press \"Accept\" on the seller's promise alone: a cancelled "
    "dispute can be opened again only while buyer protection runs."
)
_W_CHARGEBACK = (
    "Don't file a chargeback with your bank beside an open case: the order freezes and you may lose both."
)

_EVIDENCE_TRACKING = "Screenshots of the tracking page, with the dates of its last events"
_EVIDENCE_CHAT = "Screenshots of your chat with the seller"
_EVIDENCE_UNBOXING = "An unboxing video, from the sealed parcel to its contents"
_EVIDENCE_LISTING = "A screenshot of the listing (description, photos, chosen options)"

EVIDENCE: dict[str, tuple[str, ...]] = {
    "tracking_stalled": (_EVIDENCE_TRACKING + " (no update for a long time)", _EVIDENCE_CHAT),
    "wrong_destination": (
        _EVIDENCE_TRACKING + " (another destination, country or post office)",
        "A screenshot of your delivery address on the order page",
        "A statement from your post office that the parcel didn't arrive there",
        _EVIDENCE_CHAT,
    ),
    "delivery_period_ending": (
        _EVIDENCE_TRACKING,
        "A screenshot of the buyer protection countdown on the order page",
        _EVIDENCE_CHAT,
    ),
    "returned_to_sender": (_EVIDENCE_TRACKING + " (the return to the sender)", _EVIDENCE_CHAT),
    "customs": (
        _EVIDENCE_TRACKING + " (held at customs)",
        "The customs or post-office statement or notice about the parcel",
        _EVIDENCE_CHAT,
    ),
    "not_as_described": (
        "Photos of each difference from the listing",
        "For size problems: a photo with a ruler next to the item, and its size label",
        _EVIDENCE_LISTING,
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "defective": (
        "A video showing that it doesn't work",
        "Photos of the defect",
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "damaged": (
        "Photos of each damage",
        "Photos of the parcel and its packaging as it arrived",
        _EVIDENCE_UNBOXING,
        "A post-office statement if the parcel arrived damaged",
        _EVIDENCE_CHAT,
    ),
    "wrong_item": (
        "Photos of what arrived, next to the listing's photos",
        "Photos of the labels and markings of what arrived",
        _EVIDENCE_LISTING,
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "quantity_short": (
        "A photo of everything that arrived, laid out and counted",
        "A weight photo of the parcel on scales",
        _EVIDENCE_LISTING + " showing the quantity",
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "counterfeit": (
        "Photos of each difference from the genuine product (logos, labels, serial numbers)",
        _EVIDENCE_LISTING + " claiming the brand",
        _EVIDENCE_UNBOXING,
        _EVIDENCE_CHAT,
    ),
    "empty_parcel": (
        "A weight photo of the parcel on scales",
        "Photos of the empty parcel and its packaging",
        _EVIDENCE_UNBOXING,
        "A post-office statement of the parcel's weight on delivery",
        _EVIDENCE_CHAT,
    ),
}

_WHAT: dict[str, tuple[str, str]] = {
    "tracking_stalled": (
        "The tracking hasn't been updated since [date of the last update], and I haven't received the parcel.",
        "Трек-номер не обновляется с [дата последнего обновления], посылку я не получил(а).",
    ),
    "wrong_destination": (
        "The tracking shows the parcel going to [the other destination or country], not to my address.",
        "Отслеживание показывает, что посылка идёт в [другой пункт или страна], а не по моему адресу.",
    ),
    "delivery_period_ending": (
        "Buyer protection ends soon and the parcel still hasn't arrived; the tracking last showed [last tracking event].",
        "Срок защиты покупателя скоро закончится, а посылка так и не пришла; последнее событие отслеживания: [последнее событие].",
    ),
    "returned_to_sender": (
        "The tracking shows the parcel returned to the sender on [date]; I never received it.",
        "Отслеживание показывает, что посылка возвращена отправителю [дата]; я её не получил(а).",
    ),
    "customs": (
        "The parcel is held at customs since [date]: [what customs says].",
        "Посылка задержана на таможне с [дата]: [что сообщает таможня].",
    ),
    "not_as_described": (
        "The listing promised: [what the listing said]. What arrived: [what you received].",
        "В описании товара обещано: [что указано в описании]. Пришло: [что вы получили].",
    ),
    "defective": (
        "The item doesn't work: [what happens when you use it]. The listing promised: [what the listing said].",
        "Товар не работает: [что происходит при использовании]. В описании обещано: [что указано в описании].",
    ),
    "damaged": (
        "The item arrived damaged: [what is damaged].",
        "Товар пришёл повреждённым: [что повреждено].",
    ),
    "wrong_item": (
        "I ordered [what you ordered], but received [what arrived].",
        "Я заказал(а) [что вы заказали], а получил(а) [что пришло].",
    ),
    "quantity_short": (
        "I ordered [number] pieces, but only [number] arrived.",
        "Я заказал(а) [количество] шт., а пришло только [количество] шт.",
    ),
    "counterfeit": (
        "The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].",
        "В описании обещан оригинальный товар [бренд], а пришла подделка: [чем это видно].",
    ),
    "empty_parcel": (
        "The parcel arrived empty: it weighs [weight] instead of [expected weight].",
        "Посылка пришла пустой: её вес [вес] вместо [ожидаемый вес].",
    ),
}

_REASON_WORDS: dict[str, tuple[str, str]] = {
    "tracking_stalled": ("parcel not received, tracking not updated", "посылка не получена, трек не обновляется"),
    "wrong_destination": ("parcel not received, sent to another destination", "посылка не получена, отправлена не туда"),
    "delivery_period_ending": ("parcel not received, delivery period ending", "посылка не получена, срок доставки истекает"),
    "returned_to_sender": ("parcel not received, returned to the sender", "посылка не получена, возвращена отправителю"),
    "customs": ("parcel not received, held at customs", "посылка не получена, задержана на таможне"),
    "not_as_described": ("item not as described", "товар не соответствует описанию"),
    "defective": ("item defective or doesn't work", "товар неисправен или не работает"),
    "damaged": ("item damaged", "товар повреждён"),
    "wrong_item": ("wrong item sent", "прислан не тот товар"),
    "quantity_short": ("quantity short", "пришло меньше, чем заказано"),
    "counterfeit": ("counterfeit item", "подделка"),
    "empty_parcel": ("empty parcel", "пустая посылка"),
}  # fmt: skip


def outcome_for(reason: str) -> str:
    if reason in NOT_RECEIVED or reason == "counterfeit":
        return "full_refund"
    return "partial_refund_or_return"


def _messages(c: _Ctx) -> tuple[str, str]:
    h, number, reason = c.history, c.facts.number, c.reason
    dates_en = [f"ordered on {_day(c.facts.ordered_at)}"]
    dates_ru = [f"оформлен {_day(c.facts.ordered_at)}"]
    if h.shipped_at is not None:
        dates_en.append(f"shipped on {_day(h.shipped_at)}")
        dates_ru.append(f"отправлен {_day(h.shipped_at)}")
    if h.received_at is not None:
        dates_en.append(f"received on {_day(h.received_at)}")
        dates_ru.append(f"получен {_day(h.received_at)}")
    elif h.delivered_at is not None:
        dates_en.append(f"delivered on {_day(h.delivered_at)} according to the tracking")
        dates_ru.append(f"доставлен {_day(h.delivered_at)} по данным отслеживания")
    what_en, what_ru = _WHAT[reason]
    words_en, words_ru = _REASON_WORDS[reason]
    if outcome_for(reason) == "full_refund":
        ask_en, ask_ru = "I ask for a full refund.", "Прошу полный возврат денег."
    else:
        amount_en = amount_ru = "[amount]"
        if c.refund is not None:
            amount_en = amount_ru = f"{format_amount(c.refund, c.facts.currency)} {c.facts.currency}"
        else:
            amount_ru = "[сумма]"
        ask_en = f"I ask for a partial refund of {amount_en} and will keep the item, or a full refund if I return it."
        ask_ru = (
            f"Прошу частичный возврат {amount_ru}, товар оставлю себе, или полный возврат денег при "
            "возврате товара."
        )
    proof_en = "Evidence is attached." if reason in RECEIVED else "Tracking screenshots are attached."
    proof_ru = "Доказательства приложены." if reason in RECEIVED else "Скриншоты отслеживания приложены."
    return (
        f"Order {number}: {', '.join(dates_en)}. Reason: {words_en}. {what_en} {proof_en} {ask_en}",
        f"Заказ № {number}: {', '.join(dates_ru)}. Причина: {words_ru}. {what_ru} {proof_ru} {ask_ru}",
    )


def _opening_steps(c: _Ctx) -> tuple[str, ...]:
    p = c.profile
    if outcome_for(c.reason) == "full_refund":
        ask = "Ask for a full refund."
    else:
        ask = (
            "Ask for a partial refund if you keep the item, or for a full refund with a return "
            f"(then ship it within {_count(int(p['return_ship_days']), 'day')} of the agreement)."
        )
    return (
        "Collect the evidence in the checklist before you open the dispute.",
        'On the order page press "Open dispute" and choose the reason.',
        ask,
        "Paste the dispute text below, fill in the parts in […], and attach the evidence.",
        "Record the dispute here: the seller then has "
        f"{_count(int(p['seller_response_days']), 'day')} to answer, and after "
        f"{_count(int(p['escalation_days']), 'day')} it goes to the platform.",
    )


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

    def window(self, opens: datetime | None, closes: datetime, closed_words: str) -> DisputeAdvice:
        """A window [opens, closes): not yet, open now, or missed."""
        if opens is not None and opens >= closes:
            return self.missed("buyer protection ends before this dispute could be opened.", closes)
        if self.now >= closes:
            return self.missed(
                f"{closed_words} at {_ts(closes)}, so the dispute can't be opened any more.", closes
            )
        if opens is not None and self.now < opens:
            return self.advice(
                False,
                opens,
                closes,
                f"too early: this dispute can be opened from {_ts(opens)}.",
                (
                    "Wait until the window opens; meanwhile collect the evidence in the checklist.",
                    "Write to the seller meanwhile: sometimes that is enough.",
                    "Ask the seller to extend buyer protection if the parcel is late and still on its way.",
                ),
                self.receipt_warning(),
            )
        return self.advice(
            True,
            None,
            closes,
            "",
            _opening_steps(self),
            (*self.receipt_warning(), _W_PROMISE, _W_CHARGEBACK),
        )

    def not_yet(self, refusal: str) -> DisputeAdvice:
        return self.advice(
            False, None, None, refusal, ("Open this wizard again when the parcel has arrived.",)
        )

    def missed(self, refusal: str, closes: datetime | None) -> DisputeAdvice:
        fallbacks = self.fallbacks()
        steps = (
            ("The platform's window is missed, but your payment method may still protect you (see below).",)
            if fallbacks
            else ("The platform's window is missed, and no payment-method fallback applies any more.",)
        )
        return self.advice(False, None, closes, refusal, steps, (), fallbacks)

    def never(self, refusal: str, steps: tuple[str, ...] = ()) -> DisputeAdvice:
        return self.advice(False, None, None, refusal, steps)

    def receipt_warning(self) -> tuple[str, ...]:
        if self.reason in NOT_RECEIVED and self.history.received_at is None:
            return (_W_RECEIPT,)
        return ()

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
        message, message_ru = _messages(self)
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


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _day(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d")


def _ts(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
