"""Words for the event dialog: each kind's title and explanation, reason and outcome labels.

Marked with QT_TRANSLATE_NOOP so lupdate finds them, translated at display time in the context
"EventDialog". The warnings shown while recording come from app/domain/actions.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.translation import QT_TRANSLATE_NOOP

# Title and one line of explanation per kind.
TITLES: dict[str, tuple[str, str]] = {
    "paid": (QT_TRANSLATE_NOOP("EventDialog", "Payment"), QT_TRANSLATE_NOOP("EventDialog", "Record that you paid for the order")),
    "shipped": (QT_TRANSLATE_NOOP("EventDialog", "Shipped"), QT_TRANSLATE_NOOP("EventDialog", "Record that the seller shipped the order")),
    "tracking-update": (QT_TRANSLATE_NOOP("EventDialog", "Tracking update"), QT_TRANSLATE_NOOP("EventDialog", "Record a new tracking number or carrier")),
    "delivered": (QT_TRANSLATE_NOOP("EventDialog", "Delivered"), QT_TRANSLATE_NOOP("EventDialog", "Record that tracking shows the parcel delivered")),
    "received": (QT_TRANSLATE_NOOP("EventDialog", "Confirm receipt"), QT_TRANSLATE_NOOP("EventDialog", "Record that you confirmed receipt of the order")),
    "cancel-requested": (QT_TRANSLATE_NOOP("EventDialog", "Cancellation requested"), QT_TRANSLATE_NOOP("EventDialog", "Record that you asked to cancel the order")),
    "cancel-approved": (QT_TRANSLATE_NOOP("EventDialog", "Cancellation approved"), QT_TRANSLATE_NOOP("EventDialog", "Record that the seller approved the cancellation")),
    "cancel-rejected": (QT_TRANSLATE_NOOP("EventDialog", "Cancellation refused"), QT_TRANSLATE_NOOP("EventDialog", "Record that the seller refused to cancel")),
    "cancelled": (QT_TRANSLATE_NOOP("EventDialog", "Cancelled"), QT_TRANSLATE_NOOP("EventDialog", "Record that the order was cancelled")),
    "extension-requested": (QT_TRANSLATE_NOOP("EventDialog", "Extension requested"), QT_TRANSLATE_NOOP("EventDialog", "Record that you asked the seller to extend buyer protection")),
    "protection-extended": (QT_TRANSLATE_NOOP("EventDialog", "Protection extended"), QT_TRANSLATE_NOOP("EventDialog", "Record that buyer protection was extended")),
    "dispute-opened": (QT_TRANSLATE_NOOP("EventDialog", "Dispute opened"), QT_TRANSLATE_NOOP("EventDialog", "Record that you opened a dispute")),
    "dispute-cancelled": (
        QT_TRANSLATE_NOOP("EventDialog", "Dispute cancelled"),
        QT_TRANSLATE_NOOP("EventDialog", "Record that you cancelled the open dispute"),
    ),
    "seller-responded": (QT_TRANSLATE_NOOP("EventDialog", "Seller responded"), QT_TRANSLATE_NOOP("EventDialog", "Record the seller's answer to the dispute")),
    "escalated": (QT_TRANSLATE_NOOP("EventDialog", "Escalated"), QT_TRANSLATE_NOOP("EventDialog", "Record that the dispute went to the platform")),
    "decided": (QT_TRANSLATE_NOOP("EventDialog", "Decision"), QT_TRANSLATE_NOOP("EventDialog", "Record how the dispute was decided")),
    "appealed": (QT_TRANSLATE_NOOP("EventDialog", "Appealed"), QT_TRANSLATE_NOOP("EventDialog", "Record that you appealed the decision")),
    "refund-issued": (QT_TRANSLATE_NOOP("EventDialog", "Refund issued"), QT_TRANSLATE_NOOP("EventDialog", "Record that the refund was issued")),
    "refund-received": (QT_TRANSLATE_NOOP("EventDialog", "Refund received"), QT_TRANSLATE_NOOP("EventDialog", "Record that the refund arrived")),
    "note": (QT_TRANSLATE_NOOP("EventDialog", "Note"), QT_TRANSLATE_NOOP("EventDialog", "Add a note to the order's timeline")),
}  # fmt: skip

REASON_LABELS: dict[str, str] = {
    "tracking_stalled": QT_TRANSLATE_NOOP("EventDialog", "Not received: tracking stopped moving"),
    "wrong_destination": QT_TRANSLATE_NOOP("EventDialog", "Not received: sent to the wrong address"),
    "delivery_period_ending": QT_TRANSLATE_NOOP("EventDialog", "Not received: delivery period ending"),
    "returned_to_sender": QT_TRANSLATE_NOOP("EventDialog", "Not received: returned to the sender"),
    "customs": QT_TRANSLATE_NOOP("EventDialog", "Not received: held at customs"),
    "not_as_described": QT_TRANSLATE_NOOP("EventDialog", "Not as described"),
    "defective": QT_TRANSLATE_NOOP("EventDialog", "Defective, doesn't work"),
    "damaged": QT_TRANSLATE_NOOP("EventDialog", "Damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("EventDialog", "Wrong item"),
    "quantity_short": QT_TRANSLATE_NOOP("EventDialog", "Fewer items than ordered"),
    "counterfeit": QT_TRANSLATE_NOOP("EventDialog", "Counterfeit"),
    "empty_parcel": QT_TRANSLATE_NOOP("EventDialog", "Empty parcel"),
    "changed_mind": QT_TRANSLATE_NOOP("EventDialog", "Changed my mind"),
    "found_cheaper": QT_TRANSLATE_NOOP("EventDialog", "Found it cheaper"),
    "out_of_stock": QT_TRANSLATE_NOOP("EventDialog", "Seller out of stock"),
    "price_raised": QT_TRANSLATE_NOOP("EventDialog", "Seller raised the price"),
    "seller_asked": QT_TRANSLATE_NOOP("EventDialog", "The seller asked for it"),
    "other": QT_TRANSLATE_NOOP("EventDialog", "Other"),
}
OUTCOME_LABELS: dict[str, str] = {
    "full": QT_TRANSLATE_NOOP("EventDialog", "Full refund"),
    "partial": QT_TRANSLATE_NOOP("EventDialog", "Partial refund"),
    "rejected": QT_TRANSLATE_NOOP("EventDialog", "Rejected"),
}


def kind_title(kind: str) -> tuple[str, str]:
    """(title, explanation) of an event kind, translated; an unknown kind is its own title."""
    title, explanation = TITLES.get(kind, (kind, ""))
    return QCoreApplication.translate("EventDialog", title), QCoreApplication.translate(
        "EventDialog", explanation
    ) if explanation else ""


def reason_label(code: str) -> str:
    return QCoreApplication.translate("EventDialog", REASON_LABELS.get(code, code))


def outcome_label(code: str) -> str:
    return QCoreApplication.translate("EventDialog", OUTCOME_LABELS.get(code, code))
