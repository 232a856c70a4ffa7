"""What the buyer should do about each deadline, in plain words.

Texts are keyed by deadline kind, with a few variants by status where the advice differs;
``warning_for`` gives the warning to show while the buyer records an event.
They are English source strings; the GUI translates them (``QCoreApplication.translate``
with the context "actions").
"""

from __future__ import annotations

from app.domain.model import DeadlineKind, EventKind, Status
from app.domain.profile import RuleProfile

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
    D.DECISION_EXPECTED_BY: "The platform's decision is expected by then. Answer its questions quickly; if nothing comes, ask support.",
    D.APPEAL_WINDOW_ENDS: "Last moment to appeal the decision, once, with new evidence.",
}

# A deadline estimated because a fact is missing says what to enter for the real one.
_MISSING: dict[tuple[DeadlineKind, str], str] = {
    (D.SHIP_BY, "processing_time"): (
        "Estimated from the usual processing time: the seller's real one isn't known. Enter the "
        "processing time or the ship-by countdown from the order page (edit the order) for the real "
        "deadline. If it has passed and the order didn't ship, the order closes by itself and the "
        "money comes back."
    ),
}

_BY_STATUS: dict[tuple[DeadlineKind, Status], str] = {
    (D.PROTECTION_ENDS, Status.DELIVERED): (
        "Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then."
    ),
}


def action_for(kind: DeadlineKind, status: Status, missing: str | None = None) -> str:
    if missing is not None and (kind, missing) in _MISSING:
        return _MISSING[(kind, missing)]
    return _BY_STATUS.get((kind, status)) or _ACTIONS[kind]


# Warnings shown when an event is recorded, at the moment they matter. English source strings,
# translated in the GUI like the texts above. The receipt warning names the number of days, so
# it has one sentence per count instead of a "day(s)" plural.
E = EventKind

_RECEIPT_MANY = (
    "Confirming receipt ends buyer protection: after that, only {days} days remain to open a dispute. "
    "Confirm only when everything is right."
)
_RECEIPT_ONE = (
    "Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. "
    "Confirm only when everything is right."
)
_RECEIPT_NONE = (
    "Confirming receipt ends buyer protection, and no dispute can be opened after that. "
    "Confirm only when everything is right."
)
_WARNINGS: dict[EventKind, str] = {
    E.EXTENSION_REQUESTED: (
        "Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn't "
        "extended in time, open a dispute before protection ends."
    ),
    E.DISPUTE_OPENED: (
        "While the dispute is open: don't confirm receipt, don't cancel the dispute or accept an "
        "offer on the seller's promise alone, and don't file a chargeback with your bank beside "
        "the open case."
    ),
    E.DISPUTE_CANCELLED: (
        "Cancel only when the problem is solved: after a cancelled dispute, a new one can be "
        "opened only while buyer protection still runs, and not at all once the parcel is "
        "received or protection has ended. A seller's promise alone is no reason to cancel."
    ),
}
_PARTIAL_DECISION = (
    "Accepting a partial refund settles the dispute: you get only this amount, the seller gets "
    "the rest, and no new dispute can be opened for this order."
)


def warning_for(kind: EventKind, profile: RuleProfile, outcome: str | None = None) -> str | None:
    """The warning to show while the buyer records ``kind``, or None when there is none.

    ``outcome`` matters only for a decision: accepting a partial refund has consequences.
    """
    if kind is E.RECEIVED:
        days = int(profile["dispute_after_confirm_days"])
        if days == 1:
            return _RECEIPT_ONE
        if days <= 0:
            return _RECEIPT_NONE
        return _RECEIPT_MANY.format(days=days)
    if kind is E.DECIDED:
        return _PARTIAL_DECISION if outcome == "partial" else None
    return _WARNINGS.get(kind)
