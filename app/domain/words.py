"""The names of things as a buyer reads them, and the facts of a timeline entry in sentences.

One wording for every reader: the detail panel shows it translated with local times (the GUI
passes its own :class:`Wording`), the case pack prints it in English with UTC times
(:data:`ENGLISH_UTC`). The texts are English source strings; the GUI translates the tables in
the contexts named beside them ("format" for statuses and deadlines, "detail" for the rest,
"case" for a dispute's stages), so a stored code ("dispute-opened", "not_as_described") never
reaches a reader as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.currencies import format_amount
from app.domain.model import TIME_GUESSED

# Context "format".
STATUS_WORDS: dict[str, str] = {
    "awaiting_payment": "Awaiting payment",
    "payment_check": "Payment being checked",
    "awaiting_shipment": "Awaiting shipment",
    "in_transit": "In transit",
    "delivered": "Delivered",
    "completed": "Completed",
    "cancel_requested": "Cancellation requested",
    "cancelled": "Cancelled",
    "dispute_open": "Dispute open",
    "dispute_escalated": "Dispute escalated",
    "dispute_decided": "Dispute decided",
    "refund_pending": "Refund pending",
    "refunded": "Refunded",
    "closed": "Closed",
}

# Context "format".
DEADLINE_WORDS: dict[str, str] = {
    "unpaid_autoclose": "Unpaid order closes",
    "payment_check_ends": "Payment check ends",
    "ship_by": "Seller must ship",
    "cancel_auto_approve": "Cancellation auto-approved",
    "request_extension_by": "Ask for extension",
    "protection_ends": "Protection ends",
    "not_received_dispute_opens": '"Not received" dispute possible',
    "dispute_window_ends": "Dispute window ends",
    "seller_response_due": "Seller must respond",
    "escalation": "Dispute escalates",
    "return_ship_by": "Ship the return",
    "refund_expected_by": "Refund expected",
    "paypal_dispute_ends": "PayPal dispute window ends",
    "chargeback_window_ends": "Chargeback window ends",
    "decision_expected_by": "Platform's decision expected",
    "appeal_window_ends": "Appeal window ends",
}

# Context "detail": what each timeline entry is called.
EVENT_WORDS: dict[str, str] = {
    "ordered": "Order placed",
    "paid": "Paid",
    "shipped": "Shipped",
    "tracking-update": "Tracking update",
    "delivered": "Delivered (tracking says so)",
    "received": "Receipt confirmed",
    "cancel-requested": "Cancellation requested",
    "cancel-approved": "Cancellation approved",
    "cancel-rejected": "Cancellation refused",
    "cancelled": "Cancelled",
    "extension-requested": "Protection extension requested",
    "protection-extended": "Protection extended",
    "dispute-opened": "Dispute opened",
    "dispute-cancelled": "Dispute cancelled",
    "seller-responded": "Seller responded",
    "escalated": "Escalated to the platform",
    "decided": "Decision",
    "appealed": "Appealed",
    "refund-issued": "Refund issued",
    "refund-received": "Refund received",
    "note": "Note",
    "edited": "Order edited",
    "trashed": "Moved to trash",
    "restored": "Restored from trash",
}

# Context "detail": dispute and cancel reasons, as they read after "Reason: ".
REASON_WORDS: dict[str, str] = {
    "tracking_stalled": "tracking stopped moving",
    "wrong_destination": "sent to the wrong address",
    "delivery_period_ending": "delivery period ending",
    "returned_to_sender": "returned to the sender",
    "customs": "held at customs",
    "not_as_described": "not as described",
    "defective": "defective",
    "damaged": "damaged",
    "wrong_item": "wrong item",
    "quantity_short": "fewer items than ordered",
    "counterfeit": "counterfeit",
    "empty_parcel": "empty parcel",
    "changed_mind": "changed my mind",
    "found_cheaper": "found it cheaper",
    "out_of_stock": "seller out of stock",
    "price_raised": "seller raised the price",
    "seller_asked": "the seller asked",
    "other": "other",
}

# Context "detail".
OUTCOME_WORDS: dict[str, str] = {
    "full": "full refund",
    "partial": "partial refund",
    "rejected": "rejected",
}

# Context "detail".
PAYMENT_WORDS: dict[str, str] = {
    "card": "Card",
    "paypal": "PayPal",
    "wallet": "Wallet",
    "balance": "Balance",
    "other": "Other",
}

# Context "detail": the fields an edit can change.
FIELD_WORDS: dict[str, str] = {
    "store": "Store",
    "title": "Title",
    "note": "Note",
    "payment_method": "Payment method",
    "total": "Total",
    "currency": "Currency",
    "ship_by": "Ship-by time",
}

# Context "case": where a dispute stands (``app.domain.case.STAGES``).
STAGE_WORDS: dict[str, str] = {
    "open": "Dispute open: waiting for the seller's answer",
    "seller_responded": "The seller answered",
    "escalated": "Escalated: the platform is deciding",
    "decided": "Decided against you",
    "appealed": "Appealed: the platform looks again",
    "return_pending": "Refund agreed with a return: ship the item back",
    "refund_pending": "Refund on its way",
    "refunded": "Refunded: the case is closed",
    "closed_without_refund": "Closed without a refund",
    "cancelled": "Dispute cancelled",
}

# Nouns written in the plural in a source text that lose their "s" in the singular.
_SINGULAR = {"%n items": "%n item"}


def english_forms(source: str, n: int) -> str:
    """``source`` with the English singular or plural for the count ``n``: "(s)" is the plural
    ending ("%n day(s)": "%n day", "%n days"); ``%n`` stays for the caller to fill in."""
    if n == 1:
        text = source.replace("(s)", "")
        for plural, singular in _SINGULAR.items():
            text = text.replace(plural, singular)
        return text
    return source.replace("(s)", "s")


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
        return wording.text("(empty)", -1)
    if field == "payment_method":
        return wording.word(PAYMENT_WORDS, value)
    if field == "ship_by":
        return _when(value, wording)
    return str(value)


def event_time(at: datetime, data: Mapping[str, Any], wording: Wording = ENGLISH_UTC) -> str:
    """When an entry happened; a guessed time (the source said the step happened, not when) is
    shown as the earliest it can have been, never as a fact."""
    when = wording.when(at)
    return wording.text("%1 or later", -1).replace("%1", when) if data.get(TIME_GUESSED) else when


def timeline_details(data: Mapping[str, Any], currency: str, wording: Wording = ENGLISH_UTC) -> list[str]:
    """The facts a timeline entry carries (its payload), one short sentence each, in a fixed
    order; the note last, as written."""
    t = wording.text
    lines: list[str] = []
    if data.get(TIME_GUESSED):
        lines.append(t("Date not known: the import or the pasted page didn't say when.", -1))
    if data.get("line") is not None:
        lines.append(t("About item %1", -1).replace("%1", str(data["line"])))
    if data.get("tracking"):
        tracking = t("Tracking number: %1", -1).replace("%1", str(data["tracking"]))
        if data.get("carrier"):
            tracking += " " + t("(%1)", -1).replace("%1", str(data["carrier"]))
        lines.append(tracking)
    elif data.get("carrier"):
        lines.append(t("Carrier: %1", -1).replace("%1", str(data["carrier"])))
    if data.get("reason"):
        lines.append(t("Reason: %1", -1).replace("%1", wording.word(REASON_WORDS, data["reason"])))
    if data.get("refund") is not None:
        lines.append(t("Refund asked: %1", -1).replace("%1", _money(data["refund"], currency, wording)))
    if data.get("return"):
        lines.append(t("With a return of the item", -1))
    if data.get("offer") is not None:
        lines.append(t("Seller offers: %1", -1).replace("%1", _money(data["offer"], currency, wording)))
    if data.get("outcome"):
        lines.append(t("Outcome: %1", -1).replace("%1", wording.word(OUTCOME_WORDS, data["outcome"])))
    if data.get("amount") is not None:
        lines.append(t("Amount: %1", -1).replace("%1", _money(data["amount"], currency, wording)))
    if data.get("processing_days") is not None:
        lines.append(t("Processing time: %n day(s)", int(data["processing_days"])))
    if data.get("ship_by"):
        lines.append(t("Seller must ship by %1", -1).replace("%1", _when(data["ship_by"], wording)))
    if data.get("protection_ends"):
        lines.append(t("Protection ends %1", -1).replace("%1", _when(data["protection_ends"], wording)))
    if data.get("days") is not None:
        lines.append(t("By %n day(s)", int(data["days"])))
    changes = data.get("changes")
    if isinstance(changes, Mapping):
        for field, pair in changes.items():
            old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
            lines.append(
                t("%1: %2 → %3", -1)
                .replace("%1", wording.word(FIELD_WORDS, field))
                .replace("%2", _edit_value(field, old, wording))
                .replace("%3", _edit_value(field, new, wording))
            )
    if data.get("note"):
        lines.append(str(data["note"]))
    return lines
