"""What the dispute wizard tells the buyer to do: the steps to open a dispute, to wait for its
window, after missing it, and to follow one already open; and the warnings against the moves
that lose a case, in the buyer's language (``app.i18n``, context "dispute"); the moments in them
are marked (``errors.moment``) for the reader to write in the buyer's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.dispute_drafts import outcome_for
from app.domain.errors import moment
from app.domain.lifecycle import CaseStage, Dispute, History
from app.domain.model import NOT_RECEIVED_REASONS, Status
from app.domain.profile import RuleProfile
from app.domain.wording import confidence_words
from app.i18n import translate


def receipt_warning_text() -> str:
    return translate(
        "dispute",
        "Don't confirm receipt before the parcel is in your hands, even if the seller asks: it ends "
        'buyer protection, and a "not received" dispute can\'t be opened after it.',
    )


def promise_warning() -> str:
    return translate(
        "dispute",
        "Don't cancel the dispute or press \"Accept\" on the seller's promise alone: a cancelled "
        "dispute can be opened again only while buyer protection runs.",
    )


def chargeback_warning() -> str:
    return translate(
        "dispute",
        "Don't file a chargeback with your bank beside an open case: the order freezes and you may lose both.",
    )


def waiting_steps() -> tuple[str, ...]:
    return (
        translate("dispute", "Wait until the window opens; meanwhile collect the evidence in the checklist."),
        translate("dispute", "Write to the seller meanwhile: sometimes that is enough."),
        translate(
            "dispute", "Ask the seller to extend buyer protection if the parcel is late and still on its way."
        ),
    )


def not_arrived_steps() -> tuple[str, ...]:
    return (translate("dispute", "Open this wizard again when the parcel has arrived."),)


def receipt_warning(reason: str, history: History) -> tuple[str, ...]:
    """The warning not to confirm receipt, while a "not received" reason still applies."""
    if reason in NOT_RECEIVED_REASONS and history.received_at is None:
        return (receipt_warning_text(),)
    return ()


def opening_steps(reason: str, profile: RuleProfile) -> tuple[str, ...]:
    if outcome_for(reason) == "full_refund":
        ask = translate("dispute", "Ask for a full refund.")
    else:
        count = int(profile["return_ship_days"])
        ask = translate(
            "dispute",
            "Ask for a partial refund if you keep the item, or for a full refund with a return "
            "(then ship it within %n day(s) of the agreement).",
            None,
            count,
        )
    return (
        translate("dispute", "Collect the evidence in the checklist before you open the dispute."),
        translate("dispute", 'On the order page press "Open dispute" and choose the reason.'),
        ask,
        translate(
            "dispute",
            "Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.",
        ),
        _record_opening(profile),
    )


def _record_opening(profile: RuleProfile) -> str:
    """The seller's days and the escalation's days in one sentence: each count its own plural."""
    answer, escalates = int(profile["seller_response_days"]), int(profile["escalation_days"])
    return translate(
        "dispute",
        "Record the dispute here: the seller then has %n day(s) to answer, and after {escalation} it goes "
        "to the platform.",
        None,
        answer,
    ).format(
        escalation=translate(
            "dispute", "%n day(s)", "after this long the dispute goes to the platform", escalates
        )
    )


def late_warning(protection_ended: datetime, closes: datetime, profile: RuleProfile) -> str:
    """Protection ended without a dispute: the window after completion is the last chance."""
    rule = profile.values["dispute_after_confirm_days"]
    count = int(rule.value)
    return translate(
        "dispute",
        "Buyer protection ended at {ended}: the safe time to open a dispute was before then. The order "
        "counts as completed, and a completed order can still be disputed for %n day(s) (until {closes}; "
        "{confidence}): this is the last chance, open it now.",
        None,
        count,
    ).format(
        ended=moment(protection_ended), closes=moment(closes), confidence=confidence_words(rule.confidence)
    )


def missed_steps(has_fallbacks: bool) -> tuple[str, ...]:
    if has_fallbacks:
        return (
            translate(
                "dispute",
                "The platform's window is missed, but your payment method may still protect you (see below).",
            ),
        )
    return (
        translate(
            "dispute", "The platform's window is missed, and no payment-method fallback applies any more."
        ),
    )


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
    answer_days = int(profile["seller_response_days"])
    return_days = int(profile["return_ship_days"])
    if status is Status.REFUND_PENDING:
        steps.append(
            translate(
                "dispute",
                "The seller didn't answer in time, so the refund you asked for goes through. Record it "
                "here when the money arrives.",
            )
        )
    elif (
        dispute.stage is CaseStage.OPEN
        and status is Status.DISPUTE_OPEN
        and dispute.wants_return
        and (dispute.responded_at is None)
    ):
        steps.append(
            translate(
                "dispute",
                "The seller must answer within %n day(s) of the opening; if silent, your return is accepted: "
                "ship the item back within {return_days} and record its tracking number.",
                None,
                answer_days,
            ).format(
                return_days=translate("dispute", "%n day(s)", "the time to ship a return back", return_days)
            )
        )
    elif dispute.stage is CaseStage.OPEN and status is Status.DISPUTE_OPEN:
        if dispute.responded_at is None:
            steps.append(
                translate(
                    "dispute",
                    "The seller must answer within %n day(s) of the opening; if silent, the refund you asked "
                    "for goes through.",
                    None,
                    answer_days,
                )
            )
        else:
            steps.append(
                translate(
                    "dispute",
                    "The seller answered: accept an offer only when the money or the return is agreed on "
                    "the platform, not on a promise.",
                )
            )
        count = int(profile["escalation_days"])
        steps.append(
            translate(
                "dispute",
                "If it is still unresolved %n day(s) after the opening, it goes to the platform; you can press "
                '"Escalate dispute" earlier.',
                None,
                count,
            )
        )
    elif status is Status.DISPUTE_DECIDED:
        if dispute.outcome == "rejected":
            count2 = int(profile["appeal_days"])
            steps.append(
                translate(
                    "dispute",
                    "The platform decided against you: you can appeal once, within %n day(s) of the decision, "
                    "with more evidence.",
                    None,
                    count2,
                )
            )
            shown = fallbacks
            if shown:
                steps.append(
                    translate(
                        "dispute",
                        "If the appeal fails too, the payment method's own protection may still help "
                        "(see the deadlines).",
                    )
                )
        else:
            steps.append(
                translate(
                    "dispute",
                    "Ship the return within %n day(s) of the decision and record its tracking number, or the "
                    "refund is lost.",
                    None,
                    return_days,
                )
            )
    else:
        steps.append(
            translate(
                "dispute",
                "The platform is deciding: answer its questions quickly and add evidence if it asks.",
            )
        )
    steps.append(
        translate(
            "dispute",
            "Record the seller's answer, the escalation, the decision and the refund here as they happen.",
        )
    )
    warnings = [*receipt_warning(reason, history), promise_warning()]
    if not shown:
        warnings.append(chargeback_warning())
    return FollowUp(tuple(steps), tuple(warnings), shown)
