"""What the dispute wizard tells the buyer to do: the steps to open a dispute, to wait for its
window, after missing it, and to follow one already open; and the warnings against the moves
that lose a case. English source strings; the GUI translates them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.dispute_drafts import outcome_for
from app.domain.errors import moment
from app.domain.lifecycle import CaseStage, Dispute, History
from app.domain.model import NOT_RECEIVED_REASONS, Status
from app.domain.profile import RuleProfile
from app.domain.wording import confidence_words, count

RECEIPT_WARNING = (
    "Don't confirm receipt before the parcel is in your hands, even if the seller asks: it ends "
    'buyer protection, and a "not received" dispute can\'t be opened after it.'
)
PROMISE_WARNING = (
    "Don't cancel the dispute or press \"Accept\" on the seller's promise alone: a cancelled "
    "dispute can be opened again only while buyer protection runs."
)
CHARGEBACK_WARNING = (
    "Don't file a chargeback with your bank beside an open case: the order freezes and you may lose both."
)

WAITING_STEPS = (
    "Wait until the window opens; meanwhile collect the evidence in the checklist.",
    "Write to the seller meanwhile: sometimes that is enough.",
    "Ask the seller to extend buyer protection if the parcel is late and still on its way.",
)
NOT_ARRIVED_STEPS = ("Open this wizard again when the parcel has arrived.",)


def receipt_warning(reason: str, history: History) -> tuple[str, ...]:
    """The warning not to confirm receipt, while a "not received" reason still applies."""
    if reason in NOT_RECEIVED_REASONS and history.received_at is None:
        return (RECEIPT_WARNING,)
    return ()


def opening_steps(reason: str, profile: RuleProfile) -> tuple[str, ...]:
    if outcome_for(reason) == "full_refund":
        ask = "Ask for a full refund."
    else:
        ask = (
            "Ask for a partial refund if you keep the item, or for a full refund with a return "
            f"(then ship it within {count(int(profile['return_ship_days']), 'day')} of the agreement)."
        )
    return (
        "Collect the evidence in the checklist before you open the dispute.",
        'On the order page press "Open dispute" and choose the reason.',
        ask,
        "Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.",
        "Record the dispute here: the seller then has "
        f"{count(int(profile['seller_response_days']), 'day')} to answer, and after "
        f"{count(int(profile['escalation_days']), 'day')} it goes to the platform.",
    )


def late_warning(protection_ended: datetime, closes: datetime, profile: RuleProfile) -> str:
    """Protection ended without a dispute: the window after completion is the last chance."""
    rule = profile.values["dispute_after_confirm_days"]
    return (
        f"Buyer protection ended at {moment(protection_ended)}: the safe time to open a dispute was "
        "before then. The order counts as completed, and a completed order can still be disputed for "
        f"{count(int(rule.value), 'day')} (until {moment(closes)}; {confidence_words(rule.confidence)}): "
        "this is the last chance, open it now."
    )


def missed_steps(has_fallbacks: bool) -> tuple[str, ...]:
    if has_fallbacks:
        return (
            "The platform's window is missed, but your payment method may still protect you (see below).",
        )
    return ("The platform's window is missed, and no payment-method fallback applies any more.",)


@dataclass(frozen=True)
class FollowUp:
    """The advice for a dispute already open."""

    steps: tuple[str, ...]
    warnings: tuple[str, ...]
    fallbacks: tuple[tuple[str, datetime], ...]  # shown only once the platform decided against the buyer


def follow_up(
    history: History,
    dispute: Dispute,
    status: Status,
    profile: RuleProfile,
    reason: str,
    fallbacks: tuple[tuple[str, datetime], ...],
) -> FollowUp:
    """What to do next about the open ``dispute``, given its status as of now and the payment
    method's own windows still ahead (``fallbacks``)."""
    steps: list[str] = []
    shown: tuple[tuple[str, datetime], ...] = ()
    if status is Status.REFUND_PENDING:
        steps.append(
            "The seller didn't answer in time, so the refund you asked for goes through. Record it "
            "here when the money arrives."
        )
    elif (
        dispute.stage is CaseStage.OPEN
        and status is Status.DISPUTE_OPEN
        and dispute.wants_return
        and (dispute.responded_at is None)
    ):
        steps.append(
            f"The seller must answer within {count(int(profile['seller_response_days']), 'day')} of the "
            "opening; if silent, your return is accepted: ship the item back within "
            f"{count(int(profile['return_ship_days']), 'day')} and record its tracking number."
        )
    elif dispute.stage is CaseStage.OPEN and status is Status.DISPUTE_OPEN:
        if dispute.responded_at is None:
            steps.append(
                f"The seller must answer within {count(int(profile['seller_response_days']), 'day')} of "
                "the opening; if silent, the refund you asked for goes through."
            )
        else:
            steps.append(
                "The seller answered: accept an offer only when the money or the return is agreed on "
                "the platform, not on a promise."
            )
        steps.append(
            f"If it is still unresolved {count(int(profile['escalation_days']), 'day')} after the opening, "
            'it goes to the platform; you can press "Escalate dispute" earlier.'
        )
    elif status is Status.DISPUTE_DECIDED:
        if dispute.outcome == "rejected":
            steps.append(
                "The platform decided against you: you can appeal once, within "
                f"{count(int(profile['appeal_days']), 'day')} of the decision, with more evidence."
            )
            shown = fallbacks
            if shown:
                steps.append(
                    "If the appeal fails too, the payment method's own protection may still help "
                    "(see the deadlines)."
                )
        else:
            steps.append(
                f"Ship the return within {count(int(profile['return_ship_days']), 'day')} of the decision "
                "and record its tracking number, or the refund is lost."
            )
    else:
        steps.append("The platform is deciding: answer its questions quickly and add evidence if it asks.")
    steps.append(
        "Record the seller's answer, the escalation, the decision and the refund here as they happen."
    )
    warnings = [*receipt_warning(reason, history), PROMISE_WARNING]
    if not shown:
        warnings.append(CHARGEBACK_WARNING)
    return FollowUp(tuple(steps), tuple(warnings), shown)
