"""What the buyer should do about each deadline, in plain words.

Texts are keyed by deadline kind, with a few variants by status where the advice differs.
They are English source strings; the GUI translates them (``QCoreApplication.translate``
with the context "actions").
"""

from __future__ import annotations

from app.domain.model import DeadlineKind, Status

D = DeadlineKind

_ACTIONS: dict[DeadlineKind, str] = {
    D.UNPAID_AUTOCLOSE: "Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.",
    D.PAYMENT_CHECK_ENDS: "The payment is being checked. Cancelling becomes possible when the check ends.",
    D.SHIP_BY: "The seller must ship by then; otherwise the order closes and the money comes back by itself.",
    D.CANCEL_AUTO_APPROVE: "If the seller doesn't answer by then, the cancellation is approved automatically. Write to the seller meanwhile.",
    D.REQUEST_EXTENSION_BY: "Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.",
    D.PROTECTION_ENDS: "Open a dispute before then if the parcel hasn't arrived. When protection ends the seller is paid.",
    D.NOT_RECEIVED_DISPUTE_OPENS: 'From then on a "not received" dispute can be opened if tracking stops moving.',
    D.DISPUTE_WINDOW_ENDS: "Last moment to open a dispute if something is wrong with the order.",
    D.SELLER_RESPONSE_DUE: "The seller must answer the dispute by then; if silent, your requested refund goes through.",
    D.ESCALATION: "If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.",
    D.RETURN_SHIP_BY: "Ship the return by then and record its tracking number, or the refund is lost.",
    D.REFUND_EXPECTED_BY: "The refund should have arrived by then. If not, contact support or your bank.",
    D.PAYPAL_DISPUTE_ENDS: "Last day to open a PayPal dispute (escalate it to a claim within 20 days).",
    D.CHARGEBACK_WINDOW_ENDS: "Last day to ask your bank for a chargeback. Never while a platform case is open.",
}

_BY_STATUS: dict[tuple[DeadlineKind, Status], str] = {
    (D.PROTECTION_ENDS, Status.DELIVERED): (
        "Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then."
    ),
}


def action_for(kind: DeadlineKind, status: Status) -> str:
    return _BY_STATUS.get((kind, status)) or _ACTIONS[kind]
