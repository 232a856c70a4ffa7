"""The dispute text the buyer pastes into the platform's form, and the outcome to ask for. The
parts only the buyer knows are marked ``[…]``; the order's number and dates, and a partial refund
already chosen, are filled in. A date the app only guessed (an import said the order shipped, not
when) is never stated: it is a ``[…]`` too.

The text comes in the language the buyer picks (``app.i18n.draft_languages``: their own, English
or Russian; context "draft"), each sentence whole with its ``{named}`` fields. Dates and amounts
keep the neutral forms (``2026-03-10``, ``12.50 USD``): the reader is the platform's staff or a
seller abroad, whatever the buyer's own locale writes."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.domain.currencies import format_amount
from app.domain.lifecycle import History
from app.domain.model import NOT_RECEIVED_REASONS, RECEIVED_REASONS, OrderFacts
from app.domain.wording import utc_day
from app.i18n import QT_TRANSLATE_NOOP, language_scope, translate, translate_marked

DISPUTE_OUTCOMES = ("full_refund", "partial_refund_or_return")


def outcome_for(reason: str) -> str:
    """What to ask for: the money back when nothing (or a fake) arrived, else a partial refund
    or a return."""
    if reason in NOT_RECEIVED_REASONS or reason == "counterfeit":
        return "full_refund"
    return "partial_refund_or_return"


def dispute_text(
    facts: OrderFacts,
    history: History,
    reason: str,
    refund: Decimal | None,
    item: str | None = None,
    evidence: int | None = None,
    language: str | None = None,
) -> str:
    """The dispute text in ``language`` (None: the buyer's own); ``item``: the title of the item it
    is about (AliExpress opens a dispute per item), None for the whole order. ``evidence``: how
    many photos and videos the order has in the app (None: not known); the text says it attaches
    them only when there are some, else it leaves a ``[…]`` reminding the buyer to attach them."""
    with language_scope(language):
        sentences = (
            _facts_sentence(facts, history, item),
            translate("draft", "Reason: {reason}.").format(
                reason=translate_marked("draft", _REASON_WORDS[reason])
            ),
            translate_marked("draft", _WHAT[reason]),
            _proof(reason, evidence or 0),
            _ask(facts, reason, refund),
        )
    return " ".join(sentences)


def _facts_sentence(facts: OrderFacts, history: History, item: str | None) -> str:
    """The order (and item) with its dates: "Order 81…: ordered on 2026-03-01, shipped on …"."""
    if item:
        about = translate("draft", "Order {order}, item “{item}”").format(order=facts.number, item=item)
    else:
        about = translate("draft", "Order {order}").format(order=facts.number)
    dates = [translate("draft", "ordered on {date}").format(date=utc_day(facts.ordered_at))]
    if history.shipped_at is not None:
        dates.append(
            translate("draft", "shipped on {date}").format(
                date=_day("shipped_at", history.shipped_at, history)
            )
        )
    if history.received_at is not None:
        dates.append(
            translate("draft", "received on {date}").format(
                date=_day("received_at", history.received_at, history)
            )
        )
    elif history.delivered_at is not None:
        dates.append(
            translate("draft", "delivered on {date} according to the tracking").format(
                date=_day("delivered_at", history.delivered_at, history)
            )
        )
    return translate("draft", "{about}: {dates}.").format(about=about, dates=", ".join(dates))


def _ask(facts: OrderFacts, reason: str, refund: Decimal | None) -> str:
    if outcome_for(reason) == "full_refund":
        return translate("draft", "I ask for a full refund.")
    amount = (
        f"{format_amount(refund, facts.currency)} {facts.currency}"
        if refund is not None
        else translate("draft", "[amount]")
    )
    return translate(
        "draft",
        "I ask for a partial refund of {amount} and will keep the item, or a full refund if I return it.",
    ).format(amount=amount)


def _proof(reason: str, evidence: int) -> str:
    """What the text says about the evidence: attached (with how many) when the order has some,
    else a reminder in ``[…]`` to attach it; never a claim with nothing behind it."""
    if reason in RECEIVED_REASONS:
        if evidence:
            return translate("draft", "I attach %n photo(s) or video(s) that show it.", None, evidence)
        return translate("draft", "[Attach photos or a video that show it, and say so here.]")
    if evidence:
        return translate("draft", "I attach screenshots of the tracking ({count}).").format(count=evidence)
    return translate("draft", "[Attach screenshots of the tracking, and say so here.]")


def _day(fact: str, when: datetime, history: History) -> str:
    """The day of a fact, or a ``[…]`` for the buyer to fill when its time is only a guess."""
    if fact not in history.guessed:
        return utc_day(when)
    if fact == "shipped_at":
        return translate("draft", "[date of shipment]")
    if fact == "received_at":
        return translate("draft", "[date you received it]")
    return translate("draft", "[date of delivery]")


# What happened, for each reason; ``[…]`` for what only the buyer knows.
_WHAT: dict[str, str] = {
    "tracking_stalled": QT_TRANSLATE_NOOP(
        "draft",
        "The tracking hasn't been updated since [date of the last update], and I haven't received the parcel.",
    ),
    "wrong_destination": QT_TRANSLATE_NOOP(
        "draft",
        "The tracking shows the parcel going to [the other destination or country], not to my address.",
    ),
    "delivery_period_ending": QT_TRANSLATE_NOOP(
        "draft",
        "Buyer protection ends soon and the parcel still hasn't arrived; the tracking last showed [last tracking event].",
    ),
    "returned_to_sender": QT_TRANSLATE_NOOP(
        "draft", "The tracking shows the parcel returned to the sender on [date]; I never received it."
    ),
    "customs": QT_TRANSLATE_NOOP("draft", "The parcel is held at customs since [date]: [what customs says]."),
    "not_as_described": QT_TRANSLATE_NOOP(
        "draft", "The listing promised: [what the listing said]. What arrived: [what you received]."
    ),
    "defective": QT_TRANSLATE_NOOP(
        "draft",
        "The item doesn't work: [what happens when you use it]. The listing promised: [what the listing said].",
    ),
    "damaged": QT_TRANSLATE_NOOP("draft", "The item arrived damaged: [what is damaged]."),
    "wrong_item": QT_TRANSLATE_NOOP("draft", "I ordered [what you ordered], but received [what arrived]."),
    "quantity_short": QT_TRANSLATE_NOOP("draft", "I ordered [number] pieces, but only [number] arrived."),
    "counterfeit": QT_TRANSLATE_NOOP(
        "draft",
        "The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].",
    ),
    "empty_parcel": QT_TRANSLATE_NOOP(
        "draft", "The parcel arrived empty: it weighs [weight] instead of [expected weight]."
    ),
}

# The reason as the text names it after "Reason: ".
_REASON_WORDS: dict[str, str] = {
    "tracking_stalled": QT_TRANSLATE_NOOP("draft", "parcel not received, tracking not updated"),
    "wrong_destination": QT_TRANSLATE_NOOP("draft", "parcel not received, sent to another destination"),
    "delivery_period_ending": QT_TRANSLATE_NOOP("draft", "parcel not received, delivery period ending"),
    "returned_to_sender": QT_TRANSLATE_NOOP("draft", "parcel not received, returned to the sender"),
    "customs": QT_TRANSLATE_NOOP("draft", "parcel not received, held at customs"),
    "not_as_described": QT_TRANSLATE_NOOP("draft", "item not as described"),
    "defective": QT_TRANSLATE_NOOP("draft", "item defective or doesn't work"),
    "damaged": QT_TRANSLATE_NOOP("draft", "item damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("draft", "wrong item sent"),
    "quantity_short": QT_TRANSLATE_NOOP("draft", "quantity short"),
    "counterfeit": QT_TRANSLATE_NOOP("draft", "counterfeit item"),
    "empty_parcel": QT_TRANSLATE_NOOP("draft", "empty parcel"),
}
