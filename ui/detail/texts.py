"""Words for the order detail panel: event names, button labels and timeline details.

Everything here turns stored codes (event kinds, reasons, payment methods, payload keys) into
sentences; no rule decides anything. Strings are marked with QT_TRANSLATE_NOOP so lupdate finds
them, and translated at display time in the context "detail".
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from app.domain.lifecycle import parse_stamp
from app.domain.model import Basis, Urgency
from app.services.views import TimelineEntry
from ui.common import format as fmt
from ui.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "detail"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


# Buttons for the events a buyer can record; "…" where a dialog asks for more.
_BUTTON_LABELS: dict[str, str] = {
    "paid": QT_TRANSLATE_NOOP("detail", "Mark paid"),
    "shipped": QT_TRANSLATE_NOOP("detail", "Shipped…"),
    "tracking-update": QT_TRANSLATE_NOOP("detail", "Tracking update…"),
    "delivered": QT_TRANSLATE_NOOP("detail", "Delivered"),
    "received": QT_TRANSLATE_NOOP("detail", "Confirm receipt…"),
    "cancel-requested": QT_TRANSLATE_NOOP("detail", "Request cancellation…"),
    "cancel-approved": QT_TRANSLATE_NOOP("detail", "Cancellation approved"),
    "cancel-rejected": QT_TRANSLATE_NOOP("detail", "Cancellation refused"),
    "cancelled": QT_TRANSLATE_NOOP("detail", "Cancelled"),
    "extension-requested": QT_TRANSLATE_NOOP("detail", "Extension requested…"),
    "protection-extended": QT_TRANSLATE_NOOP("detail", "Protection extended…"),
    "dispute-opened": QT_TRANSLATE_NOOP("detail", "Open dispute…"),
    "dispute-cancelled": QT_TRANSLATE_NOOP("detail", "Dispute cancelled…"),
    "seller-responded": QT_TRANSLATE_NOOP("detail", "Seller responded…"),
    "escalated": QT_TRANSLATE_NOOP("detail", "Escalated"),
    "decided": QT_TRANSLATE_NOOP("detail", "Decision…"),
    "appealed": QT_TRANSLATE_NOOP("detail", "Appealed"),
    "refund-issued": QT_TRANSLATE_NOOP("detail", "Refund issued…"),
    "refund-received": QT_TRANSLATE_NOOP("detail", "Refund received…"),
}

# What each timeline entry is called.
_EVENT_LABELS: dict[str, str] = {
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

_REASONS: dict[str, str] = {
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

_OUTCOMES: dict[str, str] = {
    "full": QT_TRANSLATE_NOOP("detail", "full refund"),
    "partial": QT_TRANSLATE_NOOP("detail", "partial refund"),
    "rejected": QT_TRANSLATE_NOOP("detail", "rejected"),
}

_PAYMENT_METHODS: dict[str, str] = {
    "card": QT_TRANSLATE_NOOP("detail", "Card"),
    "paypal": QT_TRANSLATE_NOOP("detail", "PayPal"),
    "wallet": QT_TRANSLATE_NOOP("detail", "Wallet"),
    "balance": QT_TRANSLATE_NOOP("detail", "Balance"),
    "other": QT_TRANSLATE_NOOP("detail", "Other"),
}

_FIELDS: dict[str, str] = {
    "store": QT_TRANSLATE_NOOP("detail", "Store"),
    "title": QT_TRANSLATE_NOOP("detail", "Title"),
    "note": QT_TRANSLATE_NOOP("detail", "Note"),
    "payment_method": QT_TRANSLATE_NOOP("detail", "Payment method"),
    "total": QT_TRANSLATE_NOOP("detail", "Total"),
    "currency": QT_TRANSLATE_NOOP("detail", "Currency"),
    "ship_by": QT_TRANSLATE_NOOP("detail", "Ship-by time"),
}


def _word(table: Mapping[str, str], code: Any) -> str:
    key = str(code)
    return tr(table[key]) if key in table else key


def button_label(kind: str) -> str:
    return _word(_BUTTON_LABELS, kind)


def event_label(kind: str) -> str:
    return _word(_EVENT_LABELS, kind)


def payment_text(method: str | None) -> str:
    return _word(_PAYMENT_METHODS, method) if method else tr("not given")


def basis_text(basis: Basis) -> str:
    if basis is Basis.ENTERED:
        return tr("entered from the order page")
    return tr("estimated from the rules")


def _money(value: Any, currency: str) -> str:
    try:
        return fmt.money(Decimal(str(value)), currency)
    except (InvalidOperation, ValueError):
        return str(value)


def _when(value: Any) -> str:
    try:
        return fmt.local_time(parse_stamp(value))
    except ValueError:
        return str(value)


def _edit_value(field: str, value: Any, currency: str) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if field == "payment_method":
        return payment_text(str(value))
    if field == "ship_by":
        return _when(value)
    return str(value)


def timeline_details(entry: TimelineEntry, currency: str) -> list[str]:
    """The facts an entry carries, one short line each, in a fixed order."""
    data = entry.data
    lines: list[str] = []
    if data.get("line") is not None:
        lines.append(tr("About item %1").replace("%1", str(data["line"])))
    if data.get("tracking"):
        tracking = tr("Tracking number: %1").replace("%1", str(data["tracking"]))
        if data.get("carrier"):
            tracking += " " + tr("(%1)").replace("%1", str(data["carrier"]))
        lines.append(tracking)
    elif data.get("carrier"):
        lines.append(tr("Carrier: %1").replace("%1", str(data["carrier"])))
    if data.get("reason"):
        lines.append(tr("Reason: %1").replace("%1", _word(_REASONS, data["reason"])))
    if data.get("refund") is not None:
        lines.append(tr("Refund asked: %1").replace("%1", _money(data["refund"], currency)))
    if data.get("return"):
        lines.append(tr("With a return of the item"))
    if data.get("offer") is not None:
        lines.append(tr("Seller offers: %1").replace("%1", _money(data["offer"], currency)))
    if data.get("outcome"):
        lines.append(tr("Outcome: %1").replace("%1", _word(_OUTCOMES, data["outcome"])))
    if data.get("amount") is not None:
        lines.append(tr("Amount: %1").replace("%1", _money(data["amount"], currency)))
    if data.get("processing_days") is not None:
        lines.append(tr("Processing time: %n day(s)", int(data["processing_days"])))
    if data.get("ship_by"):
        lines.append(tr("Seller must ship by %1").replace("%1", _when(data["ship_by"])))
    if data.get("protection_ends"):
        lines.append(tr("Protection ends %1").replace("%1", _when(data["protection_ends"])))
    if data.get("days") is not None:
        lines.append(tr("By %n day(s)", int(data["days"])))
    changes = data.get("changes")
    if isinstance(changes, Mapping):
        for field, pair in changes.items():
            old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
            lines.append(
                tr("%1: %2 → %3")
                .replace("%1", _word(_FIELDS, field))
                .replace("%2", _edit_value(field, old, currency))
                .replace("%3", _edit_value(field, new, currency))
            )
    if data.get("note"):
        lines.append(str(data["note"]))
    return lines


# Countdown colours by urgency, one set for light and one for dark backgrounds, so both stay
# readable. LATER keeps the palette's own text colour.
_LIGHT = {
    Urgency.OVERDUE: "#b3261e",
    Urgency.CRITICAL: "#c62828",
    Urgency.SOON: "#a14d00",
    Urgency.WATCH: "#1f5fa8",
}
_DARK = {
    Urgency.OVERDUE: "#ff8a80",
    Urgency.CRITICAL: "#ff6e6e",
    Urgency.SOON: "#ffb74d",
    Urgency.WATCH: "#8ab4f8",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def urgency_color(urgency: Urgency, palette: QPalette) -> QColor:
    table = _DARK if is_dark(palette) else _LIGHT
    if urgency in table:
        return QColor(table[urgency])
    return palette.color(QPalette.ColorRole.WindowText)
