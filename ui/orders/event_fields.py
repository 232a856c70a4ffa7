"""Which fields the event dialog shows for each kind of event, and which options of the service's
``NewEvent`` each field fills. Mirrors ``EVENT_OPTIONS`` in app/services/order_input.py (a test
keeps the two in step)."""

from __future__ import annotations

# The fields each kind shows ("when" and "note" always).
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "paid": ("processing",),
    "shipped": ("tracking", "carrier", "protection"),
    "tracking-update": ("tracking", "carrier"),
    "cancel-requested": ("cancel_reason",),
    "cancel-rejected": ("cancel_reason",),
    "cancelled": ("cancel_reason",),
    "extension-requested": ("days",),
    "protection-extended": ("extension",),
    "dispute-opened": ("item", "dispute_reason", "refund", "return"),
    "dispute-cancelled": ("item",),
    "seller-responded": ("item", "offer"),
    "escalated": ("item",),
    "decided": ("item", "outcome", "amount", "return"),
    "appealed": ("item",),
    "refund-issued": ("item", "amount"),
    "refund-received": ("item", "amount"),
}
# Which NewEvent options each field fills.
FIELD_OPTIONS: dict[str, frozenset[str]] = {
    "processing": frozenset({"processing_days", "ship_by"}),
    "tracking": frozenset({"tracking"}),
    "carrier": frozenset({"carrier"}),
    "protection": frozenset({"protection_ends", "protection_left"}),
    "extension": frozenset({"protection_ends", "protection_left", "days"}),
    "cancel_reason": frozenset({"reason"}),
    "dispute_reason": frozenset({"reason"}),
    "days": frozenset({"days"}),
    "refund": frozenset({"refund"}),
    "return": frozenset({"wants_return"}),
    "offer": frozenset({"offer"}),
    "outcome": frozenset({"outcome"}),
    "amount": frozenset({"amount"}),
    "item": frozenset({"line"}),
}
