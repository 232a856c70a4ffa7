"""What the buyer typed, checked and turned into what an order's timeline stores: the fields of
an order, an event's options (each event takes its own), an edit of the ship-by time.

Each check refuses with a sentence the buyer understands (:class:`Refused`, in the buyer's
language) before anything is written. A sentence names an input in the buyer's words and the
refusal carries its ``fields`` (the names of :class:`NewEvent`'s fields): the window marks the
field, the command line names its option (``--days``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from app.domain.currencies import is_known_currency
from app.domain.errors import Refused
from app.domain.lifecycle import Phase, fold
from app.domain.model import (
    CANCEL_REASONS,
    DISPUTE_REASONS,
    NOT_RECEIVED_REASONS,
    OUTCOMES,
    RECORDABLE_KINDS,
    Event,
    EventKind,
    OrderFacts,
)
from app.domain.order_numbers import valid_order_number
from app.domain.parsing import format_utc
from app.domain.profile import PAYMENT_METHODS, RuleProfile
from app.domain.text import clean_text
from app.domain.validation import describe_phase, event_name
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from app.services.views import NewEvent

K = EventKind
MAX_TEXT = 2000


# Context "refusal": a text the buyer typed that is empty or too long, per field.
_EMPTY: dict[str, str] = {
    "tracking": QT_TRANSLATE_NOOP("refusal", "the tracking number is empty"),
    "store": QT_TRANSLATE_NOOP("refusal", "the store is empty"),
    "title": QT_TRANSLATE_NOOP("refusal", "the title is empty"),
}
_TOO_LONG: dict[str, str] = {
    "tracking": QT_TRANSLATE_NOOP("refusal", "the tracking number is too long (at most {limit} characters)"),
    "store": QT_TRANSLATE_NOOP("refusal", "the store is too long (at most {limit} characters)"),
    "title": QT_TRANSLATE_NOOP("refusal", "the title is too long (at most {limit} characters)"),
}


def required_text(value: str, field: str) -> str:
    """A one-line text the buyer typed for ``field`` ("tracking", "store", "title")."""
    text = clean_text(value or "").strip()
    if not text:
        raise Refused(translate_marked("refusal", _EMPTY[field]), fields=(field,))
    if len(text) > MAX_TEXT:
        raise Refused(translate_marked("refusal", _TOO_LONG[field]).format(limit=MAX_TEXT), fields=(field,))
    return text


def note_text(value: str) -> str:
    """A note as kept: line breaks kept, other control characters removed, at most MAX_TEXT."""
    return clean_text(value or "", multiline=True).strip()[:MAX_TEXT]


def recordable_kind(name: str) -> EventKind:
    try:
        kind = EventKind(name)
    except ValueError:
        kind = None
    if kind is None or kind not in RECORDABLE_KINDS:
        raise Refused(
            translate("refusal", 'unknown event "{event}" (one of: {choices})').format(
                event=name, choices=", ".join(k.value for k in RECORDABLE_KINDS)
            )
        )
    return kind


# Which options each event takes; anything else given is refused rather than silently dropped.
EVENT_OPTIONS: dict[EventKind, frozenset[str]] = {
    K.PAID: frozenset({"processing_days", "ship_by"}),
    K.SHIPPED: frozenset({"tracking", "carrier", "protection_ends", "protection_left"}),
    K.TRACKING_UPDATE: frozenset({"tracking", "carrier"}),
    K.CANCEL_REQUESTED: frozenset({"reason"}),
    K.CANCEL_APPROVED: frozenset(),
    K.CANCEL_REJECTED: frozenset({"reason"}),
    K.CANCELLED: frozenset({"reason"}),
    K.EXTENSION_REQUESTED: frozenset({"days"}),
    K.PROTECTION_EXTENDED: frozenset({"protection_ends", "protection_left", "days"}),
    K.DISPUTE_OPENED: frozenset({"reason", "refund", "wants_return", "line"}),
    K.DISPUTE_CANCELLED: frozenset({"line"}),
    K.SELLER_RESPONDED: frozenset({"offer", "line"}),
    K.ESCALATED: frozenset({"line"}),
    K.DECIDED: frozenset({"outcome", "amount", "wants_return", "line"}),
    K.APPEALED: frozenset({"line"}),
    K.REFUND_ISSUED: frozenset({"amount", "line"}),
    K.REFUND_RECEIVED: frozenset({"amount", "line"}),
}
# The inputs of an event, by the names of ``NewEvent``'s fields, in the buyer's words (context
# "field"): a refusal about one names it so.
FIELD_NAMES: dict[str, str] = {
    "processing_days": QT_TRANSLATE_NOOP("field", "the processing time"),
    "ship_by": QT_TRANSLATE_NOOP("field", "the ship-by time"),
    "tracking": QT_TRANSLATE_NOOP("field", "the tracking number"),
    "carrier": QT_TRANSLATE_NOOP("field", "the carrier"),
    "protection_ends": QT_TRANSLATE_NOOP("field", "the end of buyer protection"),
    "protection_left": QT_TRANSLATE_NOOP("field", "the protection countdown"),
    "reason": QT_TRANSLATE_NOOP("field", "a reason"),
    "refund": QT_TRANSLATE_NOOP("field", "the refund asked for"),
    "wants_return": QT_TRANSLATE_NOOP("field", "a return of the item"),
    "offer": QT_TRANSLATE_NOOP("field", "the seller's offer"),
    "outcome": QT_TRANSLATE_NOOP("field", "an outcome"),
    "amount": QT_TRANSLATE_NOOP("field", "an amount"),
    "days": QT_TRANSLATE_NOOP("field", "a number of days"),
    "line": QT_TRANSLATE_NOOP("field", "an item"),
}
DAYS_LIMITS = (1, 365)  # processing time, an extension: whole days


def event_data(kind: EventKind, new: NewEvent, at: datetime) -> dict[str, Any]:
    # "is not": 0 == False, and "--days 0" is an option given, not an option left out.
    given = {name for name in FIELD_NAMES if not _unset(getattr(new, name))}
    extra = sorted(given - EVENT_OPTIONS.get(kind, frozenset()))
    if extra:
        names = ", ".join(translate_marked("field", FIELD_NAMES[name]) for name in extra)
        raise Refused(
            translate("refusal", "{event} doesn't take {fields}").format(
                fields=names, event=event_name(kind)
            ),
            fields=tuple(extra),
        )
    if new.protection_ends is not None and new.protection_left is not None:
        raise Refused(
            translate("refusal", "give the end of buyer protection or its countdown, not both"),
            fields=("protection_ends", "protection_left"),
        )
    if new.ship_by is not None and new.processing_days is not None:
        raise Refused(
            translate("refusal", "give the processing time or the ship-by time, not both"),
            fields=("processing_days", "ship_by"),
        )
    data: dict[str, Any] = {}
    if new.note.strip():
        data["note"] = note_text(new.note)
    if kind is K.NOTE and not data:
        raise Refused(translate("refusal", "a note needs its text"), fields=("note",))
    if new.processing_days is not None:
        if not DAYS_LIMITS[0] <= new.processing_days <= DAYS_LIMITS[1]:
            raise Refused(
                translate("refusal", "processing days must be between 1 and 365"),
                fields=("processing_days",),
                limits=DAYS_LIMITS,
            )
        data["processing_days"] = new.processing_days
    if new.ship_by is not None:
        if new.ship_by <= at:
            raise Refused(
                translate("refusal", "the ship-by time must be after the payment"), fields=("ship_by",)
            )
        data["ship_by"] = format_utc(new.ship_by)
    if new.tracking is not None:
        data["tracking"] = required_text(new.tracking, "tracking")
    if new.carrier:
        data["carrier"] = clean_text(new.carrier).strip()
    ends = new.protection_ends
    if new.protection_left is not None:
        if new.protection_left <= timedelta(0):
            raise Refused(
                translate("refusal", "the protection countdown must be more than zero"),
                fields=("protection_left",),
            )
        ends = at + new.protection_left
    if ends is not None:
        if ends <= at:
            raise Refused(
                translate("refusal", "buyer protection must end after the event"),
                fields=("protection_left",) if new.protection_left is not None else ("protection_ends",),
            )
        data["protection_ends"] = format_utc(ends)
    if kind is K.PROTECTION_EXTENDED and ends is None and new.days is None:
        raise Refused(
            translate(
                "refusal",
                "{event} needs the new end of buyer protection, its countdown or the days it was extended by",
            ).format(event=event_name(kind)),
            fields=("protection_ends", "protection_left", "days"),
        )
    if new.days is not None:
        if not DAYS_LIMITS[0] <= new.days <= DAYS_LIMITS[1]:
            raise Refused(
                translate("refusal", "the number of days must be between 1 and 365"),
                fields=("days",),
                limits=DAYS_LIMITS,
            )
        data["days"] = new.days
    if new.reason is not None:
        allowed = DISPUTE_REASONS if kind is K.DISPUTE_OPENED else CANCEL_REASONS
        if new.reason not in allowed:
            raise Refused(
                translate("refusal", 'unknown reason "{reason}" (one of: {choices})').format(
                    reason=new.reason, choices=", ".join(allowed)
                ),
                fields=("reason",),
            )
        data["reason"] = new.reason
    if kind is K.DISPUTE_OPENED and "reason" not in data:
        raise Refused(
            translate("refusal", "{event} needs a reason (one of: {choices})").format(
                event=event_name(kind), choices=", ".join(DISPUTE_REASONS)
            ),
            fields=("reason",),
        )
    if new.wants_return:
        if kind is K.DISPUTE_OPENED and new.reason in NOT_RECEIVED_REASONS:
            raise Refused(
                translate(
                    "refusal",
                    'a "not received" dispute can\'t ask for a return: there is nothing to send back',
                ),
                fields=("wants_return",),
            )
        data["return"] = True
    if new.line is not None:
        if new.line < 1:
            raise Refused(translate("refusal", "an item is named by its number: 1, 2, …"), fields=("line",))
        data["line"] = new.line
    if new.outcome is not None:
        if new.outcome not in OUTCOMES:
            raise Refused(
                translate("refusal", "the outcome must be one of {choices}").format(
                    choices=", ".join(OUTCOMES)
                ),
                fields=("outcome",),
            )
        data["outcome"] = new.outcome
    if kind is K.DECIDED and "outcome" not in data:
        raise Refused(
            translate("refusal", "{event} needs an outcome: full, partial or rejected").format(
                event=event_name(kind)
            ),
            fields=("outcome",),
        )
    for name in ("refund", "offer", "amount"):
        value = getattr(new, name)
        if value is not None:
            data[name] = str(value)
    return data


def _unset(value: Any) -> bool:
    return value is None or value is False or value == ""


def checked_edit(field: str, value: Any) -> Any:
    if field == "number":
        return valid_order_number(str(value))
    if field in ("store", "title"):
        return required_text(str(value), field)
    if field == "note":
        return note_text(str(value))
    if field == "payment_method":
        if value is not None and value not in PAYMENT_METHODS:
            raise Refused(
                translate("refusal", "payment method must be one of {choices}").format(
                    choices=", ".join(PAYMENT_METHODS)
                ),
                fields=(field,),
            )
        return value
    if field == "total":
        if not isinstance(value, Decimal) or value < 0:
            raise Refused(
                translate("refusal", "the total must be an amount of zero or more"), fields=(field,)
            )
        return value
    if field == "currency":
        if not is_known_currency(str(value)):
            raise Refused(translate("input", 'unknown currency "{code}"').format(code=value), fields=(field,))
        return str(value)
    raise Refused(translate("refusal", "can't edit {field}").format(field=field))


def checked_ship_by(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime, value: Any
) -> tuple[str | None, str]:
    """The stored ship-by time and the new one, as event-payload stamps; refused unless the
    order is paid, not shipped yet, and the time comes after the payment."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise Refused(
            translate("refusal", "the ship-by time needs a date, a time and a time zone"), fields=("ship_by",)
        )
    history = fold(facts, [e for e in events if e.at <= now], profile)
    if history.paid_at is None:
        raise Refused(
            translate(
                "refusal", "the order isn't paid yet: the seller's time to ship starts with the payment"
            ),
            fields=("ship_by",),
        )
    if history.phase not in (Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED):
        raise Refused(
            translate("refusal", "the ship-by time can't be changed any more: {reason}").format(
                reason=describe_phase(history.phase)
            ),
            fields=("ship_by",),
        )
    if value <= history.paid_at:
        raise Refused(translate("refusal", "the ship-by time must be after the payment"), fields=("ship_by",))
    old = format_utc(history.ship_by) if history.ship_by is not None else None
    return old, format_utc(value)


def plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value
