"""The dispute text the buyer pastes into the platform's form, in English and in Russian, and
the outcome to ask for. The parts only the buyer knows are marked ``[…]``; the order's number
and dates, and a partial refund already chosen, are filled in. A date the app only guessed (an
import said the order shipped, not when) is never stated: it is a ``[…]`` too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from app.domain.currencies import format_amount
from app.domain.lifecycle import History
from app.domain.model import NOT_RECEIVED_REASONS, RECEIVED_REASONS, OrderFacts
from app.domain.wording import utc_day

DISPUTE_OUTCOMES = ("full_refund", "partial_refund_or_return")


def outcome_for(reason: str) -> str:
    """What to ask for: the money back when nothing (or a fake) arrived, else a partial refund
    or a return."""
    if reason in NOT_RECEIVED_REASONS or reason == "counterfeit":
        return "full_refund"
    return "partial_refund_or_return"


def dispute_texts(
    facts: OrderFacts,
    history: History,
    reason: str,
    refund: Decimal | None,
    item: str | None = None,
    evidence: int | None = None,
) -> tuple[str, str]:
    """The dispute text in English and in Russian; ``item``: the title of the item it is about
    (AliExpress opens a dispute per item), None for the whole order. ``evidence``: how many photos
    and videos the order has in the app (None: not known); the text says it attaches them only
    when there are some, else it leaves a ``[…]`` reminding the buyer to attach them."""
    number = facts.number
    dates_en = [f"ordered on {utc_day(facts.ordered_at)}"]
    dates_ru = [f"оформлен {utc_day(facts.ordered_at)}"]
    # A time the source didn't give (a guess, see model.TIME_GUESSED) is left for the buyer to fill.
    day_en = _day_or("en", history)
    day_ru = _day_or("ru", history)
    if history.shipped_at is not None:
        dates_en.append(f"shipped on {day_en('shipped_at', history.shipped_at)}")
        dates_ru.append(f"отправлен {day_ru('shipped_at', history.shipped_at)}")
    if history.received_at is not None:
        dates_en.append(f"received on {day_en('received_at', history.received_at)}")
        dates_ru.append(f"получен {day_ru('received_at', history.received_at)}")
    elif history.delivered_at is not None:
        dates_en.append(
            f"delivered on {day_en('delivered_at', history.delivered_at)} according to the tracking"
        )
        dates_ru.append(f"доставлен {day_ru('delivered_at', history.delivered_at)} по данным отслеживания")
    what_en, what_ru = _WHAT[reason]
    words_en, words_ru = _REASON_WORDS[reason]
    if outcome_for(reason) == "full_refund":
        ask_en, ask_ru = "I ask for a full refund.", "Прошу полный возврат денег."
    else:
        amount_en = amount_ru = "[amount]"
        if refund is not None:
            amount_en = amount_ru = f"{format_amount(refund, facts.currency)} {facts.currency}"
        else:
            amount_ru = "[сумма]"
        ask_en = f"I ask for a partial refund of {amount_en} and will keep the item, or a full refund if I return it."
        ask_ru = (
            f"Прошу частичный возврат {amount_ru}, товар оставлю себе, или полный возврат денег при "
            "возврате товара."
        )
    proof_en, proof_ru = _proof(reason, evidence or 0)
    about_en = f"Order {number}, item “{item}”" if item else f"Order {number}"
    about_ru = f"Заказ № {number}, товар «{item}»" if item else f"Заказ № {number}"
    return (
        f"{about_en}: {', '.join(dates_en)}. Reason: {words_en}. {what_en} {proof_en} {ask_en}",
        f"{about_ru}: {', '.join(dates_ru)}. Причина: {words_ru}. {what_ru} {proof_ru} {ask_ru}",
    )


def _proof(reason: str, evidence: int) -> tuple[str, str]:
    """What the text says about the evidence: attached (with how many) when the order has some,
    else a reminder in ``[…]`` to attach it; never a claim with nothing behind it."""
    if reason in RECEIVED_REASONS:
        if evidence:
            return (
                f"I attach {evidence} photo{'s' if evidence != 1 else ''} or video{'s' if evidence != 1 else ''} that show it.",
                f"Прилагаю фото и видео, которые это показывают ({evidence} шт.).",
            )
        return (
            "[Attach photos or a video that show it, and say so here.]",
            "[Приложите фото или видео, которые это показывают, и напишите об этом здесь.]",
        )
    if evidence:
        return (
            f"I attach screenshots of the tracking ({evidence}).",
            f"Прилагаю скриншоты отслеживания ({evidence} шт.).",
        )
    return (
        "[Attach screenshots of the tracking, and say so here.]",
        "[Приложите скриншоты отслеживания и напишите об этом здесь.]",
    )


_UNKNOWN_DAY: dict[str, dict[str, str]] = {
    "en": {
        "shipped_at": "[date of shipment]",
        "received_at": "[date you received it]",
        "delivered_at": "[date of delivery]",
    },
    "ru": {
        "shipped_at": "[дата отправки]",
        "received_at": "[дата получения]",
        "delivered_at": "[дата доставки]",
    },
}


def _day_or(language: str, history: History) -> Callable[[str, datetime], str]:
    """The day of a fact, or a ``[…]`` for the buyer to fill when its time is only a guess."""

    def day(fact: str, when: datetime) -> str:
        return _UNKNOWN_DAY[language][fact] if fact in history.guessed else utc_day(when)

    return day


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
