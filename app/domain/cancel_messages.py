"""The messages to the seller that the cancel wizard drafts, each naming the order's number, in
the language the buyer picks (``app.i18n.draft_languages``: the buyer's own, English, Russian;
context "draft"). A draft's language is its own: the buyer may write to a seller in English while
the app speaks Polish."""

from __future__ import annotations

from app.i18n import language_scope, translate


def request_message(number: str, reason: str | None, language: str | None = None) -> str:
    """Ask the seller to approve the cancellation requested for ``reason``."""
    with language_scope(language):
        if reason in ("changed_mind", "found_cheaper"):
            text = translate(
                "draft",
                "Hello! I'd like to cancel order {order}: I no longer need it. Please don't ship it; I'm "
                "sending a cancellation request now. Could you please approve it? Thank you!",
            )
        else:
            text = translate(
                "draft",
                "Hello! I'd like to cancel order {order}. Please don't ship it; I'm sending a "
                "cancellation request now. Could you please approve it? Thank you!",
            )
    return text.format(order=number)


def pending_message(number: str, language: str | None = None) -> str:
    """A request already sent: ask the seller to approve it and not ship."""
    with language_scope(language):
        text = translate(
            "draft",
            "Hello! I have sent a cancellation request for order {order}. Could you please approve it "
            "and not ship the order? Thank you!",
        )
    return text.format(order=number)


def seller_side_message(number: str, reason: str | None, language: str | None = None) -> str:
    """Tell a seller who can't or won't ship that the buyer lets the ship-by time run out."""
    with language_scope(language):
        if reason == "out_of_stock":
            text = translate(
                "draft",
                "Hello! I understand the item in order {order} is out of stock. I won't cancel the order "
                "myself: if you can't ship it, the order will close automatically when the shipping time "
                "runs out, and the payment will be refunded. Thank you!",
            )
        elif reason == "price_raised":
            text = translate(
                "draft",
                "Hello! Order {order} was paid at the price shown when I ordered; please ship it at that "
                "price. I won't cancel the order myself: if you can't ship it, the order will close "
                "automatically when the shipping time runs out, and the payment will be refunded. Thank you!",
            )
        else:
            text = translate(
                "draft",
                "Hello! You asked me to cancel order {order}. I'd rather not cancel it myself: if you "
                "can't ship it, the order will close automatically when the shipping time runs out, and "
                "the payment will be refunded. Thank you for understanding!",
            )
    return text.format(order=number)
