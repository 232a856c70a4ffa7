"""The messages to the seller that the cancel wizard drafts, in English and in Russian, each
naming the order's number."""

from __future__ import annotations


def request_message(number: str, reason: str | None) -> tuple[str, str]:
    """Ask the seller to approve the cancellation requested for ``reason``."""
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


def pending_message(number: str) -> tuple[str, str]:
    """A request already sent: ask the seller to approve it and not ship."""
    return (
        f"Hello! I have sent a cancellation request for order {number}. Could you please approve it "
        "and not ship the order? Thank you!",
        f"Здравствуйте! По заказу № {number} отправлен запрос на отмену. Пожалуйста, подтвердите "
        "его и не отправляйте заказ. Спасибо!",
    )


_CLOSES_EN = (
    "if you can't ship it, the order will close automatically when the shipping time runs out, and "
    "the payment will be refunded."
)
_CLOSES_RU = (
    "если вы не сможете его отправить, заказ закроется автоматически, когда закончится срок "
    "отправки, и деньги вернутся."
)


def seller_side_message(number: str, reason: str | None) -> tuple[str, str]:
    """Tell a seller who can't or won't ship that the buyer lets the ship-by time run out."""
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
