"""The names of things as a buyer reads them, and the facts of a timeline entry in sentences.

One wording for every reader: the detail panel shows it translated with local times (the GUI
passes its own :class:`Wording`), the case pack prints it in English with UTC times
(:data:`ENGLISH_UTC`). The texts are English source strings marked with ``QT_TRANSLATE_NOOP``
in the contexts named beside them ("format" for statuses and deadlines, "detail" for the rest,
"case" for a dispute's stages), so ``lupdate`` extracts them and a reader translates them where
shown, in the same context; a stored code ("dispute-opened", "not_as_described") never reaches a
reader as it is. The timeline's sentences reach the reader through :attr:`Wording.text` (context
"detail"), their ``{named}`` fields filled in after translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.currencies import format_amount
from app.domain.model import TIME_GUESSED
from app.i18n import QT_TRANSLATE_NOOP, translate_marked
from app.i18n import english_forms as english_forms

# Context "format".
STATUS_WORDS: dict[str, str] = {
    "awaiting_payment": QT_TRANSLATE_NOOP("format", "Awaiting payment"),
    "payment_check": QT_TRANSLATE_NOOP("format", "Payment being checked"),
    "awaiting_shipment": QT_TRANSLATE_NOOP("format", "Awaiting shipment"),
    "in_transit": QT_TRANSLATE_NOOP("format", "In transit"),
    "delivered": QT_TRANSLATE_NOOP("format", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("format", "Completed"),
    "cancel_requested": QT_TRANSLATE_NOOP("format", "Cancellation requested"),
    "cancelled": QT_TRANSLATE_NOOP("format", "Cancelled"),
    "dispute_open": QT_TRANSLATE_NOOP("format", "Dispute open"),
    "dispute_escalated": QT_TRANSLATE_NOOP("format", "Dispute escalated"),
    "dispute_decided": QT_TRANSLATE_NOOP("format", "Dispute decided"),
    "refund_pending": QT_TRANSLATE_NOOP("format", "Refund pending"),
    "refunded": QT_TRANSLATE_NOOP("format", "Refunded"),
    "closed": QT_TRANSLATE_NOOP("format", "Closed"),
}

# Context "format".
DEADLINE_WORDS: dict[str, str] = {
    "unpaid_autoclose": QT_TRANSLATE_NOOP("format", "Unpaid order closes"),
    "payment_check_ends": QT_TRANSLATE_NOOP("format", "Payment check ends"),
    "ship_by": QT_TRANSLATE_NOOP("format", "Seller must ship"),
    "cancel_auto_approve": QT_TRANSLATE_NOOP("format", "Cancellation auto-approved"),
    "request_extension_by": QT_TRANSLATE_NOOP("format", "Ask for extension"),
    "protection_ends": QT_TRANSLATE_NOOP("format", "Protection ends"),
    "not_received_dispute_opens": QT_TRANSLATE_NOOP("format", '"Not received" dispute possible'),
    "dispute_window_ends": QT_TRANSLATE_NOOP("format", "Dispute window ends"),
    "seller_response_due": QT_TRANSLATE_NOOP("format", "Seller must respond"),
    "escalation": QT_TRANSLATE_NOOP("format", "Dispute escalates"),
    "return_ship_by": QT_TRANSLATE_NOOP("format", "Ship the return"),
    "refund_expected_by": QT_TRANSLATE_NOOP("format", "Refund expected"),
    "paypal_dispute_ends": QT_TRANSLATE_NOOP("format", "PayPal dispute window ends"),
    "chargeback_window_ends": QT_TRANSLATE_NOOP("format", "Chargeback window ends"),
    "decision_expected_by": QT_TRANSLATE_NOOP("format", "Platform's decision expected"),
    "appeal_window_ends": QT_TRANSLATE_NOOP("format", "Appeal window ends"),
}

# Context "detail": what each timeline entry is called.
EVENT_WORDS: dict[str, str] = {
    "ordered": QT_TRANSLATE_NOOP("detail", "Order placed"),
    "paid": QT_TRANSLATE_NOOP("detail", "Paid"),
    "shipped": QT_TRANSLATE_NOOP("detail", "Shipped"),
    "tracking-update": QT_TRANSLATE_NOOP("detail", "Tracking update"),
    "delivered": QT_TRANSLATE_NOOP("detail", "Delivered (tracking says so)"),
    "received": QT_TRANSLATE_NOOP("detail", "Receipt confirmed"),
    "cancel-requested": QT_TRANSLATE_NOOP("detail", "Cancellation requested"),
    "cancel-approved": QT_TRANSLATE_NOOP("detail", "Cancellation approved"),
    "cancel-rejected": QT_TRANSLATE_NOOP("detail", "Cancellation refused"),
    "cancelled": QT_TRANSLATE_NOOP("detail", "Cancelled"),
    "extension-requested": QT_TRANSLATE_NOOP("detail", "Protection extension requested"),
    "protection-extended": QT_TRANSLATE_NOOP("detail", "Protection extended"),
    "dispute-opened": QT_TRANSLATE_NOOP("detail", "Dispute opened"),
    "dispute-cancelled": QT_TRANSLATE_NOOP("detail", "Dispute cancelled"),
    "seller-responded": QT_TRANSLATE_NOOP("detail", "Seller responded"),
    "escalated": QT_TRANSLATE_NOOP("detail", "Escalated to the platform"),
    "decided": QT_TRANSLATE_NOOP("detail", "Decision"),
    "appealed": QT_TRANSLATE_NOOP("detail", "Appealed"),
    "refund-issued": QT_TRANSLATE_NOOP("detail", "Refund issued"),
    "refund-received": QT_TRANSLATE_NOOP("detail", "Refund received"),
    "note": QT_TRANSLATE_NOOP("detail", "Note"),
    "edited": QT_TRANSLATE_NOOP("detail", "Order edited"),
    "trashed": QT_TRANSLATE_NOOP("detail", "Moved to trash"),
    "restored": QT_TRANSLATE_NOOP("detail", "Restored from trash"),
}

# Context "detail": dispute and cancel reasons, as they read after "Reason: ".
REASON_WORDS: dict[str, str] = {
    "tracking_stalled": QT_TRANSLATE_NOOP("detail", "tracking stopped moving"),
    "wrong_destination": QT_TRANSLATE_NOOP("detail", "sent to the wrong address"),
    "delivery_period_ending": QT_TRANSLATE_NOOP("detail", "delivery period ending"),
    "returned_to_sender": QT_TRANSLATE_NOOP("detail", "returned to the sender"),
    "customs": QT_TRANSLATE_NOOP("detail", "held at customs"),
    "not_as_described": QT_TRANSLATE_NOOP("detail", "not as described"),
    "defective": QT_TRANSLATE_NOOP("detail", "defective"),
    "damaged": QT_TRANSLATE_NOOP("detail", "damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("detail", "wrong item"),
    "quantity_short": QT_TRANSLATE_NOOP("detail", "fewer items than ordered"),
    "counterfeit": QT_TRANSLATE_NOOP("detail", "counterfeit"),
    "empty_parcel": QT_TRANSLATE_NOOP("detail", "empty parcel"),
    "changed_mind": QT_TRANSLATE_NOOP("detail", "changed my mind"),
    "found_cheaper": QT_TRANSLATE_NOOP("detail", "found it cheaper"),
    "out_of_stock": QT_TRANSLATE_NOOP("detail", "seller out of stock"),
    "price_raised": QT_TRANSLATE_NOOP("detail", "seller raised the price"),
    "seller_asked": QT_TRANSLATE_NOOP("detail", "the seller asked"),
    "other": QT_TRANSLATE_NOOP("detail", "other"),
}

# Context "detail".
OUTCOME_WORDS: dict[str, str] = {
    "full": QT_TRANSLATE_NOOP("detail", "full refund"),
    "partial": QT_TRANSLATE_NOOP("detail", "partial refund"),
    "rejected": QT_TRANSLATE_NOOP("detail", "rejected"),
}

# Context "detail".
PAYMENT_WORDS: dict[str, str] = {
    "card": QT_TRANSLATE_NOOP("detail", "Card"),
    "paypal": QT_TRANSLATE_NOOP("detail", "PayPal"),
    "wallet": QT_TRANSLATE_NOOP("detail", "Wallet"),
    "balance": QT_TRANSLATE_NOOP("detail", "Balance"),
    "other": QT_TRANSLATE_NOOP("detail", "Other"),
}

# Context "detail": the fields an edit can change.
FIELD_WORDS: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("detail", "Store"),
    "title": QT_TRANSLATE_NOOP("detail", "Title"),
    "note": QT_TRANSLATE_NOOP("detail", "Note"),
    "payment_method": QT_TRANSLATE_NOOP("detail", "Payment method"),
    "total": QT_TRANSLATE_NOOP("detail", "Total"),
    "currency": QT_TRANSLATE_NOOP("detail", "Currency"),
    "ship_by": QT_TRANSLATE_NOOP("detail", "Ship-by time"),
}

# Context "case": where a dispute stands (``app.domain.case.STAGES``).
STAGE_WORDS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("case", "Dispute open: waiting for the seller's answer"),
    "seller_responded": QT_TRANSLATE_NOOP("case", "The seller answered"),
    "escalated": QT_TRANSLATE_NOOP("case", "Escalated: the platform is deciding"),
    "decided": QT_TRANSLATE_NOOP("case", "Decided against you"),
    "appealed": QT_TRANSLATE_NOOP("case", "Appealed: the platform looks again"),
    "return_pending": QT_TRANSLATE_NOOP("case", "Refund agreed with a return: ship the item back"),
    "refund_pending": QT_TRANSLATE_NOOP("case", "Refund on its way"),
    "refunded": QT_TRANSLATE_NOOP("case", "Refunded: the case is closed"),
    "closed_without_refund": QT_TRANSLATE_NOOP("case", "Closed without a refund"),
    "cancelled": QT_TRANSLATE_NOOP("case", "Dispute cancelled"),
}


def event_name(code: str) -> str:
    """A timeline entry's name in the current language ("Shipped" for ``shipped``), for sentences
    that name what happened; a code no table knows shows as it is."""
    return translate_marked("detail", EVENT_WORDS[code]) if code in EVENT_WORDS else code


def english(source: str, n: int = -1) -> str:
    """``source`` as English reads it: with a count ``n`` (not negative), in the singular or
    plural and with ``%n`` replaced by the number."""
    if n < 0 or "%n" not in source:
        return source
    return english_forms(source, n).replace("%n", str(n))


def utc_minute(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def plain_money(amount: Decimal, currency: str) -> str:
    return f"{format_amount(amount, currency)} {currency}"


class Wording:
    """How the words reach one reader: ``text(source, n)`` gives a source sentence in the
    reader's language (``n`` is the count for ``%n``, -1 when nothing is counted), ``when`` a
    moment, ``money`` an amount in a currency. (A plain class: this module is imported before the
    window's first paint, and a dataclass costs a millisecond to make.)"""

    __slots__ = ("money", "text", "when")

    def __init__(
        self,
        text: Callable[[str, int], str],
        when: Callable[[datetime], str],
        money: Callable[[Decimal, str], str],
    ) -> None:
        self.text = text
        self.when = when
        self.money = money

    def word(self, table: Mapping[str, str], code: Any) -> str:
        """The word for a stored code; a code the table doesn't know shows as it is."""
        key = str(code)
        return self.text(table[key], -1) if key in table else key


ENGLISH_UTC = Wording(english, utc_minute, plain_money)


def _money(value: Any, currency: str, wording: Wording) -> str:
    try:
        return wording.money(Decimal(str(value)), currency)
    except (InvalidOperation, ValueError):
        return str(value)


def _when(value: Any, wording: Wording) -> str:
    from app.domain.lifecycle import parse_stamp  # the fold's module: the list's first paint needs none of it

    try:
        return wording.when(parse_stamp(value))
    except ValueError:
        return str(value)


def _edit_value(field: str, value: Any, wording: Wording) -> str:
    if value is None or value == "":
        return wording.text(QT_TRANSLATE_NOOP("detail", "(empty)"), -1)
    if field == "payment_method":
        return wording.word(PAYMENT_WORDS, value)
    if field == "ship_by":
        return _when(value, wording)
    return str(value)


def event_time(at: datetime, data: Mapping[str, Any], wording: Wording = ENGLISH_UTC) -> str:
    """When an entry happened; a guessed time (the source said the step happened, not when) is
    shown as the earliest it can have been, never as a fact."""
    when = wording.when(at)
    if not data.get(TIME_GUESSED):
        return when
    return wording.text(QT_TRANSLATE_NOOP("detail", "{time} or later"), -1).format(time=when)


def timeline_details(data: Mapping[str, Any], currency: str, wording: Wording = ENGLISH_UTC) -> list[str]:
    """The facts a timeline entry carries (its payload), one short sentence each, in a fixed
    order; the note last, as written."""
    t = wording.text
    lines: list[str] = []
    if data.get(TIME_GUESSED):
        lines.append(
            t(
                QT_TRANSLATE_NOOP("detail", "Date not known: the import or the pasted page didn't say when."),
                -1,
            )
        )
    if data.get("line") is not None:
        lines.append(t(QT_TRANSLATE_NOOP("detail", "About item {item}"), -1).format(item=data["line"]))
    tracking, carrier = data.get("tracking"), data.get("carrier")
    if tracking and carrier:
        lines.append(
            t(QT_TRANSLATE_NOOP("detail", "Tracking number: {tracking} ({carrier})"), -1).format(
                tracking=tracking, carrier=carrier
            )
        )
    elif tracking:
        lines.append(
            t(QT_TRANSLATE_NOOP("detail", "Tracking number: {tracking}"), -1).format(tracking=tracking)
        )
    elif carrier:
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Carrier: {carrier}"), -1).format(carrier=carrier))
    if data.get("reason"):
        reason = wording.word(REASON_WORDS, data["reason"])
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Reason: {reason}"), -1).format(reason=reason))
    if data.get("refund") is not None:
        refund = _money(data["refund"], currency, wording)
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Refund asked: {amount}"), -1).format(amount=refund))
    if data.get("return"):
        lines.append(t(QT_TRANSLATE_NOOP("detail", "With a return of the item"), -1))
    if data.get("offer") is not None:
        offer = _money(data["offer"], currency, wording)
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Seller offers: {amount}"), -1).format(amount=offer))
    if data.get("outcome"):
        outcome = wording.word(OUTCOME_WORDS, data["outcome"])
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Outcome: {outcome}"), -1).format(outcome=outcome))
    if data.get("amount") is not None:
        amount = _money(data["amount"], currency, wording)
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Amount: {amount}"), -1).format(amount=amount))
    if data.get("processing_days") is not None:
        lines.append(
            t(QT_TRANSLATE_NOOP("detail", "Processing time: %n day(s)"), int(data["processing_days"]))
        )
    if data.get("ship_by"):
        ship_by = _when(data["ship_by"], wording)
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Seller must ship by {time}"), -1).format(time=ship_by))
    if data.get("protection_ends"):
        ends = _when(data["protection_ends"], wording)
        lines.append(t(QT_TRANSLATE_NOOP("detail", "Protection ends {time}"), -1).format(time=ends))
    if data.get("days") is not None:
        lines.append(t(QT_TRANSLATE_NOOP("detail", "By %n day(s)"), int(data["days"])))
    changes = data.get("changes")
    if isinstance(changes, Mapping):
        for field, pair in changes.items():
            old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
            lines.append(
                t(QT_TRANSLATE_NOOP("detail", "{field}: {old} → {new}"), -1).format(
                    field=wording.word(FIELD_WORDS, field),
                    old=_edit_value(field, old, wording),
                    new=_edit_value(field, new, wording),
                )
            )
    if data.get("note"):
        lines.append(str(data["note"]))
    return lines
