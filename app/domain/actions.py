"""What the buyer should do about each deadline, in plain words.

Texts are keyed by deadline kind, with a few variants by status where the advice differs;
``warning_for`` gives the warning to show while the buyer records an event. Both come translated
(``app.i18n``, contexts "deadline" and "warning"): the tables are marked for ``lupdate`` and
translated when asked for.
"""

from __future__ import annotations

from app.domain.model import DeadlineKind, EventKind, Status
from app.domain.profile import RuleProfile
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

D = DeadlineKind

_ACTIONS: dict[DeadlineKind, str] = {
    D.UNPAID_AUTOCLOSE: QT_TRANSLATE_NOOP(
        "deadline",
        "Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.",
    ),
    D.PAYMENT_CHECK_ENDS: QT_TRANSLATE_NOOP(
        "deadline", "The payment is being checked. Cancelling becomes possible when the check ends."
    ),
    D.SHIP_BY: QT_TRANSLATE_NOOP(
        "deadline",
        "The seller must ship by then; otherwise the order closes and the money comes back by itself.",
    ),
    D.CANCEL_AUTO_APPROVE: QT_TRANSLATE_NOOP(
        "deadline",
        "If the seller doesn't answer by then, the cancellation is approved automatically. Write to the seller meanwhile.",
    ),
    D.REQUEST_EXTENSION_BY: QT_TRANSLATE_NOOP(
        "deadline",
        "Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.",
    ),
    D.PROTECTION_ENDS: QT_TRANSLATE_NOOP(
        "deadline",
        "Open a dispute before then if the parcel hasn't arrived. When protection ends the seller is paid.",
    ),
    D.NOT_RECEIVED_DISPUTE_OPENS: QT_TRANSLATE_NOOP(
        "deadline", 'From then on a "not received" dispute can be opened if tracking stops moving.'
    ),
    D.DISPUTE_WINDOW_ENDS: QT_TRANSLATE_NOOP(
        "deadline", "Last moment to open a dispute if something is wrong with the order."
    ),
    D.SELLER_RESPONSE_DUE: QT_TRANSLATE_NOOP(
        "deadline",
        "The seller must answer the dispute by then; if silent, your requested refund goes through.",
    ),
    D.ESCALATION: QT_TRANSLATE_NOOP(
        "deadline",
        "If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.",
    ),
    D.RETURN_SHIP_BY: QT_TRANSLATE_NOOP(
        "deadline", "Ship the return by then and record its tracking number, or the refund is lost."
    ),
    D.REFUND_EXPECTED_BY: QT_TRANSLATE_NOOP(
        "deadline", "The refund should have arrived by then. If not, contact support or your bank."
    ),
    D.PAYPAL_DISPUTE_ENDS: QT_TRANSLATE_NOOP(
        "deadline", "Last day to open a PayPal dispute (escalate it to a claim within 20 days)."
    ),
    D.CHARGEBACK_WINDOW_ENDS: QT_TRANSLATE_NOOP(
        "deadline", "Last day to ask your bank for a chargeback. Never while a platform case is open."
    ),
    D.DECISION_EXPECTED_BY: QT_TRANSLATE_NOOP(
        "deadline",
        "The platform's decision is expected by then. Answer its questions quickly; if nothing comes, ask support.",
    ),
    D.APPEAL_WINDOW_ENDS: QT_TRANSLATE_NOOP(
        "deadline", "Last moment to appeal the decision, once, with new evidence."
    ),
}

# A deadline estimated because a fact is missing says what to enter for the real one.
_MISSING: dict[tuple[DeadlineKind, str], str] = {
    (D.SHIP_BY, "processing_time"): QT_TRANSLATE_NOOP(
        "deadline",
        "Estimated from the usual processing time: the seller's real one isn't known. Enter the "
        "processing time or the ship-by countdown from the order page (edit the order) for the real "
        "deadline. If it has passed and the order didn't ship, the order closes by itself and the "
        "money comes back.",
    ),
}

_BY_STATUS: dict[tuple[DeadlineKind, Status], str] = {
    (D.PROTECTION_ENDS, Status.DELIVERED): QT_TRANSLATE_NOOP(
        "deadline",
        "Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then.",
    ),
}


def action_for(kind: DeadlineKind, status: Status, missing: str | None = None) -> str:
    if missing is not None and (kind, missing) in _MISSING:
        return translate_marked("deadline", _MISSING[(kind, missing)])
    return translate_marked("deadline", _BY_STATUS.get((kind, status)) or _ACTIONS[kind])


# Warnings shown when an event is recorded, at the moment they matter. The receipt warning names
# the number of days; one day has a sentence of its own, since "remain" agrees with the count.
E = EventKind


def warning_for(kind: EventKind, profile: RuleProfile, outcome: str | None = None) -> str | None:
    """The warning to show while the buyer records ``kind``, or None when there is none.

    ``outcome`` matters only for a decision: accepting a partial refund has consequences.
    """
    if kind is E.RECEIVED:
        days = int(profile["dispute_after_confirm_days"])
        if days == 1:
            return translate(
                "warning",
                "Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. "
                "Confirm only when everything is right.",
            )
        if days <= 0:
            return translate(
                "warning",
                "Confirming receipt ends buyer protection, and no dispute can be opened after that. "
                "Confirm only when everything is right.",
            )
        return translate(
            "warning",
            "Confirming receipt ends buyer protection: after that, only %n day(s) remain to open a dispute. "
            "Confirm only when everything is right.",
            None,
            days,
        )
    if kind is E.DECIDED:
        if outcome != "partial":
            return None
        return translate(
            "warning",
            "Accepting a partial refund settles the dispute: you get only this amount, the seller gets "
            "the rest, and no new dispute can be opened for this order.",
        )
    if kind is E.EXTENSION_REQUESTED:
        return translate(
            "warning",
            "Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn't "
            "extended in time, open a dispute before protection ends.",
        )
    if kind is E.DISPUTE_OPENED:
        return translate(
            "warning",
            "While the dispute is open: don't confirm receipt, don't cancel the dispute or accept an "
            "offer on the seller's promise alone, and don't file a chargeback with your bank beside "
            "the open case.",
        )
    if kind is E.DISPUTE_CANCELLED:
        return translate(
            "warning",
            "Cancel only when the problem is solved: after a cancelled dispute, a new one can be "
            "opened only while buyer protection still runs, and not at all once the parcel is "
            "received or protection has ended. A seller's promise alone is no reason to cancel.",
        )
    return None
