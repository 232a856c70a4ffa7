"""Order status words as exports print them (in several languages) → how far the order came.

Matching is on the case-folded text with spaces collapsed; an unknown status is ``None`` and
the order is imported with no status events (the preview says so).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from app.importers.model import Progress, Stage

_STATUS_WORDS: Final[dict[Stage, tuple[str, ...]]] = {
    Stage.UNPAID: (
        "awaiting payment", "pending payment", "unpaid", "place_order_success", "to pay",
        "zahlung ausstehend", "ожидает оплаты", "oczekuje na płatność", "aguardando pagamento",
        "pendiente de pago", "en attente de paiement",
    ),
    Stage.PAID: (
        "awaiting shipment", "to ship", "processing", "paid", "wait_seller_send_goods",
        "wait_seller_examine_money", "risk_control", "payment processing",
        "versand ausstehend", "warten auf versand", "ожидает отправки", "oczekuje na wysyłkę",
        "aguardando envio", "pendiente de envío", "en attente d'expédition", "in attesa di spedizione",
    ),
    Stage.SHIPPED: (
        "awaiting delivery", "shipped", "to receive", "in transit", "wait_buyer_accept_goods",
        "seller_part_send_goods", "zustellung ausstehend", "versandt", "отправлен", "ожидает получения",
        "ожидает доставки", "oczekuje na dostawę", "wysłane", "aguardando entrega", "enviado",
        "pendiente de entrega", "en attente de livraison", "expédiée", "in attesa di consegna",
    ),
    Stage.DELIVERED: ("delivered", "zugestellt", "доставлен", "dostarczone", "entregue", "entregado", "livrée"),
    Stage.RECEIVED: (
        "completed", "finished", "finish", "confirmed", "received", "abgeschlossen", "завершен",
        "завершён", "zakończone", "concluído", "concluido", "completado", "finalizado", "terminée",
        "completato",
    ),
    Stage.CANCELLED: (
        "cancelled", "canceled", "expired", "closed", "order closed", "in_cancel", "storniert",
        "abgelaufen", "отменен", "отменён", "закрыт", "anulowane", "cancelado", "annulée", "annullato",
    ),
}  # fmt: skip

_BY_WORD: Final[dict[str, Stage]] = {word: stage for stage, words in _STATUS_WORDS.items() for word in words}


def stage_of(status: str) -> Stage | None:
    """The stage a status text means, ``None`` when empty or not understood."""
    folded = " ".join(status.split()).casefold()
    if not folded:
        return None
    return _BY_WORD.get(folded)


@lru_cache(maxsize=1024)
def status_progress(status: str) -> Progress:
    """What a status text alone says about an order's progress (no times). Remembered: a file
    repeats a few statuses on every row, and the record is immutable."""
    return Progress(stage_of(status), status_text=status.strip())
