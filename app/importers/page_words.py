"""The words an AliExpress order page uses, in the languages it speaks to buyers (English,
Russian, Spanish, Portuguese, French, Polish, German): the labels of its fields and the timers it
counts down, and the countdowns themselves ("23 d 14:22:10", "23 дн. 14:22:10", "23 j 14:22:10",
"23 T. 14:22:10", "23 días 14 h 22 min").

A timer says what runs out when it reaches zero:

- ``PROTECTION``: buyer protection; the order then completes by itself ("Delivery confirmation
  in …", "Confirm receipt within …"). The buyer must open a dispute or ask for more time before.
- ``SHIP``: the seller's time to ship; unshipped, the order closes and is refused ("Ship within …").
- ``PAY``: an unpaid order closes by itself ("Pay within …").
- ``CLOSES``: "Closes in …", which means one of the three depending on the order's status.

The phrases are matched on case-folded text with spaces collapsed; a line holds at most one timer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Final

from app.domain.errors import ParseError
from app.domain.parsing import MAX_DURATION
from app.i18n import translate


class TimerKind(StrEnum):
    PROTECTION = "protection"
    SHIP = "ship"
    PAY = "pay"
    CLOSES = "closes"  # its meaning depends on the order's status


_TIMER_PHRASES: Final[dict[TimerKind, tuple[str, ...]]] = {
    TimerKind.PROTECTION: (
        # English
        "delivery confirmation in", "confirm receipt within", "confirm delivery within",
        "confirm order received within", "automatically confirmed in", "auto-confirm in",
        "auto confirm in", "order will be completed automatically in", "buyer protection ends in",
        "protection ends in", "buyer protection:", "purchase protection ends in",
        # Russian
        "подтверждение получения через", "подтвердите получение в течение",
        "подтвердить получение в течение", "автоматическое подтверждение через",
        "заказ будет автоматически подтвержден через", "заказ будет автоматически подтверждён через",
        "защита покупателя истекает через", "защита покупателя закончится через",
        "защита покупателя:", "срок защиты покупателя:",
        # Spanish
        "confirmación de entrega en", "confirmación de recepción en", "confirma la recepción en",
        "confirmar la recepción en", "confirmar recepción en un plazo de",
        "se confirmará automáticamente en", "la protección del comprador termina en",
        "protección del comprador:",
        # Portuguese
        "confirmação de entrega em", "confirmação de recebimento em", "confirme o recebimento em",
        "confirmar recebimento em até", "confirmar o recebimento em", "será confirmado automaticamente em",
        "a proteção do comprador termina em", "proteção do comprador:",
        # French
        "confirmation de livraison dans", "confirmation de réception dans", "confirmez la réception sous",
        "confirmer la réception sous", "confirmer la réception dans", "sera confirmée automatiquement dans",
        "la protection acheteur se termine dans", "protection acheteur :", "protection acheteur:",
        # Polish
        "potwierdzenie dostawy za", "potwierdzenie odbioru za", "potwierdź odbiór w ciągu",
        "potwierdź otrzymanie w ciągu", "automatyczne potwierdzenie za",
        "ochrona kupującego kończy się za", "ochrona kupującego:",
        # German
        "lieferbestätigung in", "empfangsbestätigung in", "erhalt bestätigen innerhalb",
        "bestätige den erhalt innerhalb", "empfang bestätigen innerhalb", "wird automatisch bestätigt in",
        "käuferschutz endet in", "käuferschutz:",
    ),
    TimerKind.SHIP: (
        "ship within", "ships within", "will ship within", "to be shipped within", "seller will ship in",
        "seller will ship within", "seller must ship within", "shipping deadline in", "will be shipped in",
        "отправит в течение", "отправка в течение", "продавец отправит заказ в течение",
        "срок отправки истекает через", "будет отправлен в течение",
        "se enviará en", "el vendedor enviará en", "envío en un plazo de", "el vendedor lo enviará en",
        "será enviado em", "o vendedor enviará em", "envio em até", "será enviado em até",
        "sera expédiée sous", "sera expédiée dans", "le vendeur expédiera sous", "expédition sous",
        "wysyłka w ciągu", "sprzedawca wyśle w ciągu", "zostanie wysłane w ciągu",
        "versand innerhalb", "verkäufer versendet innerhalb", "wird versendet in", "wird versandt in",
    ),
    TimerKind.PAY: (
        "pay within", "complete payment within", "complete payment in", "order will be closed in",
        "оплатите в течение", "оплатить в течение", "заказ будет закрыт через",
        "paga en", "realiza el pago en", "completa el pago en",
        "pague em", "conclua o pagamento em", "pague em até",
        "payez sous", "payez dans", "finalisez le paiement sous",
        "zapłać w ciągu", "dokonaj płatności w ciągu",
        "bezahlen innerhalb", "zahlung abschließen innerhalb", "bitte bezahlen innerhalb",
    ),
    TimerKind.CLOSES: (
        "closes in", "closing in", "закроется через", "se cierra en", "fecha em", "se ferme dans",
        "zamknie się za", "schließt in", "endet in",
    ),
}  # fmt: skip

# Labels of the fields an order page shows, before their value ("Order number: 81234…").
LABELS: Final[dict[str, tuple[str, ...]]] = {
    "number": (
        "order number", "order no.", "order no", "order id", "order #", "order#",
        "номер заказа", "número de pedido", "número del pedido", "número do pedido",
        "numéro de commande", "n° de commande", "numer zamówienia", "bestellnummer", "bestell-nr.",
    ),
    "ordered_at": (
        "order time", "order date", "ordered on", "order placed on", "placed on", "order placed",
        "время заказа", "дата заказа", "заказ оформлен", "fecha del pedido", "pedido realizado el",
        "hora del pedido", "data do pedido", "pedido feito em", "hora do pedido", "date de commande",
        "commande passée le", "heure de la commande", "data zamówienia", "czas zamówienia",
        "złożono", "bestellzeit", "bestelldatum", "bestellt am",
    ),
    "paid_at": (
        "payment time", "payment date", "paid on", "paid at", "время оплаты", "дата оплаты",
        "fecha de pago", "hora de pago", "data do pagamento", "hora do pagamento", "date de paiement",
        "heure du paiement", "data płatności", "czas płatności", "zahlungszeit", "bezahlt am",
        "zahlungsdatum",
    ),
    "store": (
        "store name", "store", "seller", "shop", "магазин", "продавец", "tienda", "vendedor", "loja",
        "boutique", "magasin", "vendeur", "sklep", "sprzedawca", "verkäufer", "geschäft",
    ),
    "tracking": (
        "tracking number", "tracking no.", "tracking no", "tracking #", "трек-номер", "трек номер",
        "номер отслеживания", "número de seguimiento", "código de rastreio", "código de rastreamento",
        "número de rastreamento", "numéro de suivi", "numer przesyłki", "numer śledzenia",
        "sendungsnummer", "tracking-nummer", "trackingnummer",
    ),
    "carrier": (
        "carrier", "logistics company", "shipping company", "shipping method", "перевозчик",
        "служба доставки", "transportista", "empresa de logística", "transportadora", "transporteur",
        "przewoźnik", "versanddienstleister", "spediteur", "versandunternehmen",
    ),
    "total": (
        "order total", "total", "amount paid", "итого", "всего", "сумма заказа", "total del pedido",
        "total do pedido", "total de la commande", "razem", "suma", "łącznie", "gesamtsumme", "gesamt",
        "summe",
    ),
    "processing": (
        "processing time", "processing period", "срок обработки", "время обработки",
        "tiempo de procesamiento", "plazo de procesamiento", "tempo de processamento",
        "prazo de processamento", "délai de traitement", "temps de traitement", "czas realizacji",
        "czas przetwarzania", "bearbeitungszeit", "bearbeitungsdauer",
    ),
    "payment_method": (
        "payment method", "paid with", "payment type", "способ оплаты", "метод оплаты", "método de pago",
        "forma de pago", "método de pagamento", "forma de pagamento", "moyen de paiement",
        "mode de paiement", "metoda płatności", "sposób płatności", "zahlungsmethode", "zahlungsart",
    ),
}  # fmt: skip

_COLON = r"\s*[:：]\s*"


def _label_pattern(words: tuple[str, ...], value: str, separator: str = _COLON) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?:{separator}){value}$", re.I | re.M)


# A labelled line, with the value's shape where it has one.
LABEL_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "number": re.compile(
        r"(?:" + "|".join(re.escape(w) for w in sorted(LABELS["number"], key=len, reverse=True)) + r")"
        r"\s*[:：]?\s*([0-9]{6,})(?![0-9])",  # every digit: a number too long is shown, then refused
        re.I,
    ),
    "tracking": re.compile(
        r"(?:" + "|".join(re.escape(w) for w in sorted(LABELS["tracking"], key=len, reverse=True)) + r")"
        r"\s*[:：]?\s*([A-Z0-9][A-Z0-9-]{7,39})",
        re.I,
    ),
    # Times, amounts and durations may follow their label after a space ("Subtotal US $5"):
    # their value has a digit, so an item titled "Total War figure" is not taken for one.
    **{
        name: _label_pattern(LABELS[name], r"(.*[0-9].*)", rf"{_COLON}|\s+")
        for name in ("ordered_at", "paid_at", "total", "processing")
    },
    **{name: _label_pattern(LABELS[name], r"(.+)") for name in ("carrier", "payment_method")},
    # A store only with a colon: "Store" alone is also a word in item titles.
    "store": re.compile(
        r"^(?:" + "|".join(re.escape(w) for w in sorted(LABELS["store"], key=len, reverse=True)) + r")"
        r"\s*[:：]\s*(.+)$",
        re.I | re.M,
    ),
}

# -- countdowns ---------------------------------------------------------------------------------

_DAY_WORDS: Final = (
    "d", "day", "days", "дн", "дня", "дней", "день", "д", "día", "días", "dia", "dias", "j", "jour",
    "jours", "dni", "dzień", "dzien", "t", "tag", "tage", "tagen",
)  # fmt: skip
_HOUR_WORDS: Final = (
    "h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов", "hora", "horas", "heure", "heures",
    "godz", "godzin", "godzina", "godziny", "std", "stunde", "stunden",
)  # fmt: skip
_MINUTE_WORDS: Final = (
    "m", "min", "mins", "minute", "minutes", "мин", "минут", "минуты", "минута", "minuto", "minutos",
    "minut", "minuty", "minuten",
)  # fmt: skip
_SECOND_WORDS: Final = (
    "s", "sec", "secs", "second", "seconds", "с", "сек", "секунд", "секунды", "segundo", "segundos",
    "seconde", "secondes", "sek", "sekund", "sekundy", "sekunden",
)  # fmt: skip


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_END = r"\.?(?![^\W\d_])"
COUNTDOWN: Final = re.compile(
    rf"""(?<![0-9:])(?:
        (?P<days>[0-9]{{1,4}})\s*(?:{_words(_DAY_WORDS)}){_UNIT_END}\s*,?\s*
        (?:(?P<clock>[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)
          |(?:(?P<h>[0-9]{{1,2}})\s*(?:{_words(_HOUR_WORDS)}){_UNIT_END}\s*)?
           (?:(?P<m>[0-9]{{1,2}})\s*(?:{_words(_MINUTE_WORDS)}){_UNIT_END}\s*)?
           (?:(?P<s>[0-9]{{1,2}})\s*(?:{_words(_SECOND_WORDS)}){_UNIT_END})?)
      | (?P<clock_only>[0-9]{{1,3}}:[0-9]{{2}}:[0-9]{{2}})
      | (?P<h_only>[0-9]{{1,3}})\s*(?:{_words(_HOUR_WORDS)}){_UNIT_END}\s*
        (?:(?P<m2>[0-9]{{1,2}})\s*(?:{_words(_MINUTE_WORDS)}){_UNIT_END}\s*)?
        (?:(?P<s2>[0-9]{{1,2}})\s*(?:{_words(_SECOND_WORDS)}){_UNIT_END})?
    )(?![0-9:])""",
    re.I | re.X,
)


def parse_page_countdown(text: str) -> timedelta:
    """The first countdown in ``text`` as the page shows it ("23 d 14:22:10", "23 дн. 14:22:10",
    "5 días 3 h", "14:22:10"); ParseError when there is none or it can't be a countdown."""
    match = COUNTDOWN.search(text)
    if match is None:
        raise ParseError(
            translate("import", 'no countdown in "{text}"').format(text=" ".join(text.split())[:60])
        )
    return countdown_of(match)


def countdown_of(match: re.Match[str]) -> timedelta:
    if match["clock_only"]:
        hours, minutes, seconds = (int(part) for part in match["clock_only"].split(":"))
        days = 0
    elif match["h_only"]:
        days, hours = 0, int(match["h_only"])
        minutes, seconds = int(match["m2"] or 0), int(match["s2"] or 0)
    else:
        days = int(match["days"])
        if match["clock"]:
            parts = [int(part) for part in match["clock"].split(":")]
            hours, minutes, seconds = [*parts, 0][:3]
        else:
            hours, minutes, seconds = int(match["h"] or 0), int(match["m"] or 0), int(match["s"] or 0)
    if minutes > 59 or seconds > 59:
        raise ParseError(
            translate("import", '"{text}" is not a countdown: minutes and seconds go up to 59').format(
                text=match.group(0).strip()
            )
        )
    left = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if left > MAX_DURATION:
        raise ParseError(
            translate("import", '"{text}" is not a countdown: more than 3650 days').format(
                text=match.group(0).strip()
            )
        )
    return left


@dataclass(frozen=True)
class PageTimer:
    """A timer the page shows: what runs out, how long is left, and the line it came from."""

    kind: TimerKind
    left: timedelta
    line: str


def find_timer(line: str) -> PageTimer | None:
    """The timer ``line`` shows, if it names one and holds a countdown after the name."""
    folded = " ".join(line.split()).casefold()
    best: tuple[int, TimerKind, str] | None = None
    for kind, phrases in _TIMER_PHRASES.items():
        for phrase in phrases:
            at = folded.find(phrase)
            if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(phrase) > len(best[2]))):
                best = (at, kind, phrase)
    if best is None:
        return None
    at, kind, phrase = best
    match = COUNTDOWN.search(folded, at + len(phrase))
    if match is None:
        return None
    try:
        return PageTimer(kind, countdown_of(match), " ".join(line.split()))
    except ParseError:
        return None


def names_a_timer(line: str) -> bool:
    """Whether the line names a timer at all (with or without a readable countdown)."""
    folded = " ".join(line.split()).casefold()
    return any(phrase in folded for phrases in _TIMER_PHRASES.values() for phrase in phrases)


# -- values of labelled fields -------------------------------------------------------------------

_DAYS_VALUE: Final = re.compile(
    rf"(?:(?P<low>[0-9]{{1,3}})\s*[-–—]\s*)?(?P<days>[0-9]{{1,3}})\s*(?:{_words(_DAY_WORDS)}|business days|"
    rf"рабочих дней|días hábiles|dias úteis|jours ouvrés|dni roboczych|werktage){_UNIT_END}",
    re.I,
)


def processing_days_of(value: str) -> int | None:
    """The seller's processing time in days ("5 days", "5 дней", "3-5 Tage": the longer end)."""
    match = _DAYS_VALUE.search(value)
    if match is None:
        return None
    days = int(match["days"])
    return days if 0 < days <= 365 else None


_PAYMENT_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("paypal", ("paypal",)),
    ("balance", ("balance", "saldo", "баланс", "solde", "guthaben", "aliexpress wallet", "кошелёк aliexpress")),
    (
        "wallet",
        ("apple pay", "google pay", "klarna", "qiwi", "yoomoney", "юmoney", "юmoney", "webmoney", "alipay",
         "ideal", "blik", "pix", "boleto", "mercado pago", "sberpay", "sbp", "сбп", "e-wallet", "wallet",
         "электронный кошел"),
    ),
    (
        "card",
        ("visa", "mastercard", "master card", "maestro", "american express", "amex", "mir", "мир",
         "unionpay", "card", "карта", "карты", "tarjeta", "cartão", "cartao", "carte", "karta", "kreditkarte",
         "karte", "debit", "credit"),
    ),
)  # fmt: skip


def payment_method_of(value: str) -> str:
    """The payment method a page names ("Visa ****1234", "PayPal", "Баланс AliExpress"): one of
    card, paypal, wallet, balance, or other."""
    folded = " ".join(value.split()).casefold()
    for method, words in _PAYMENT_WORDS:
        if any(re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", folded) for word in words):
            return method
    return "other"
