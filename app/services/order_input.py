"""What the buyer typed, checked and turned into what an order's timeline stores: the fields of
an order, an event's options (each event takes its own), an edit of the ship-by time.

Each check refuses with a sentence the buyer understands (:class:`Refused`) before anything is
written.
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
from app.domain.validation import describe_phase
from app.services.views import NewEvent

K = EventKind
MAX_TEXT = 2000


def required_text(value: str, what: str) -> str:
    text = clean_text(value or "").strip()
    if not text:
        raise Refused(f"the {what} is empty")
    if len(text) > MAX_TEXT:
        raise Refused(f"the {what} is too long (at most {MAX_TEXT} characters)")
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
        raise Refused(f'unknown event "{name}" (one of: {", ".join(k.value for k in RECORDABLE_KINDS)})')
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
OPTION_FLAGS = {
    "processing_days": "--processing-days",
    "ship_by": "--ship-by",
    "tracking": "--tracking",
    "carrier": "--carrier",
    "protection_ends": "--protection-ends",
    "protection_left": "--protection-left",
    "reason": "--reason",
    "refund": "--refund",
    "wants_return": "--return",
    "offer": "--offer",
    "outcome": "--outcome",
    "amount": "--amount",
    "days": "--days",
    "line": "--line",
}


def event_data(kind: EventKind, new: NewEvent, at: datetime) -> dict[str, Any]:
    # "is not": 0 == False, and "--days 0" is an option given, not an option left out.
    given = {name for name in OPTION_FLAGS if not _unset(getattr(new, name))}
    extra = given - EVENT_OPTIONS.get(kind, frozenset())
    if extra:
        flags = ", ".join(sorted(OPTION_FLAGS[name] for name in extra))
        raise Refused(f"{flags} doesn't apply to {kind.value}")
    if new.protection_ends is not None and new.protection_left is not None:
        raise Refused("give --protection-ends or --protection-left, not both")
    if new.ship_by is not None and new.processing_days is not None:
        raise Refused("give --processing-days or --ship-by, not both")
    data: dict[str, Any] = {}
    if new.note.strip():
        data["note"] = note_text(new.note)
    if kind is K.NOTE and not data:
        raise Refused("a note needs its text (--note)")
    if new.processing_days is not None:
        if not 0 < new.processing_days <= 365:
            raise Refused("processing days must be between 1 and 365")
        data["processing_days"] = new.processing_days
    if new.ship_by is not None:
        if new.ship_by <= at:
            raise Refused("the ship-by time must be after the payment")
        data["ship_by"] = format_utc(new.ship_by)
    if new.tracking is not None:
        data["tracking"] = required_text(new.tracking, "tracking number")
    if new.carrier:
        data["carrier"] = clean_text(new.carrier).strip()
    ends = new.protection_ends
    if new.protection_left is not None:
        if new.protection_left <= timedelta(0):
            raise Refused("the protection countdown must be more than zero")
        ends = at + new.protection_left
    if ends is not None:
        if ends <= at:
            raise Refused("buyer protection must end after the event")
        data["protection_ends"] = format_utc(ends)
    if kind is K.PROTECTION_EXTENDED and ends is None and new.days is None:
        raise Refused("protection-extended needs --protection-ends, --protection-left or --days")
    if new.days is not None:
        if not 0 < new.days <= 365:
            raise Refused("--days must be between 1 and 365")
        data["days"] = new.days
    if new.reason is not None:
        allowed = DISPUTE_REASONS if kind is K.DISPUTE_OPENED else CANCEL_REASONS
        if new.reason not in allowed:
            raise Refused(f'unknown reason "{new.reason}" (one of: {", ".join(allowed)})')
        data["reason"] = new.reason
    if kind is K.DISPUTE_OPENED and "reason" not in data:
        raise Refused(f"dispute-opened needs --reason (one of: {', '.join(DISPUTE_REASONS)})")
    if new.wants_return:
        if kind is K.DISPUTE_OPENED and new.reason in NOT_RECEIVED_REASONS:
            raise Refused(
                'a "not received" dispute can\'t ask for a return (--return): there is nothing to send back'
            )
        data["return"] = True
    if new.line is not None:
        if new.line < 1:
            raise Refused("--line is the item's number: 1, 2, …")
        data["line"] = new.line
    if new.outcome is not None:
        if new.outcome not in OUTCOMES:
            raise Refused(f"the outcome must be one of {', '.join(OUTCOMES)}")
        data["outcome"] = new.outcome
    if kind is K.DECIDED and "outcome" not in data:
        raise Refused("decided needs --outcome full, partial or rejected")
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
            raise Refused(f"payment method must be one of {', '.join(PAYMENT_METHODS)}")
        return value
    if field == "total":
        if not isinstance(value, Decimal) or value < 0:
            raise Refused("the total must be an amount of zero or more")
        return value
    if field == "currency":
        if not is_known_currency(str(value)):
            raise Refused(f'unknown currency "{value}"')
        return str(value)
    raise Refused(f"can't edit {field}")


def checked_ship_by(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, now: datetime, value: Any
) -> tuple[str | None, str]:
    """The stored ship-by time and the new one, as event-payload stamps; refused unless the
    order is paid, not shipped yet, and the time comes after the payment."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise Refused("the ship-by time needs a date, a time and a time zone")
    history = fold(facts, [e for e in events if e.at <= now], profile)
    if history.paid_at is None:
        raise Refused("the order isn't paid yet: the seller's time to ship starts with the payment")
    if history.phase not in (Phase.AWAITING_SHIPMENT, Phase.CANCEL_REQUESTED):
        raise Refused(f"the ship-by time can't be changed any more: {describe_phase(history.phase)}")
    if value <= history.paid_at:
        raise Refused("the ship-by time must be after the payment")
    old = format_utc(history.ship_by) if history.ship_by is not None else None
    return old, format_utc(value)


def plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value
