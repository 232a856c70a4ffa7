"""From what a file says about an order to timeline events the domain accepts.

A file gives a status ("Completed") and at most a few times (the order date; the data backup
also the payment and completion times). The events take the times given; a step without its
own time takes the time of the step before it (a completed order listed only with its order
date was paid, shipped and received "at" that date as far as we know). That is the earliest
possible moment, so deadlines that run from an event are never later than the real ones; the
event says its time is a guess (``model.TIME_GUESSED``), so it is shown as one and never stated
as a fact in a dispute text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.domain.errors import Refused
from app.domain.lifecycle import History
from app.domain.model import TIME_GUESSED, Event, EventKind
from app.domain.parsing import format_utc
from app.domain.words import event_name
from app.i18n import translate
from app.importers.model import FORMAT_NAMES, Format, ImportedOrder, Notice, Stage

K = EventKind

# Which existing events already say what a status event would say.
_ALREADY: dict[EventKind, frozenset[EventKind]] = {
    K.PAID: frozenset({K.PAID}),
    K.SHIPPED: frozenset({K.SHIPPED}),
    K.DELIVERED: frozenset({K.DELIVERED, K.RECEIVED}),
    K.RECEIVED: frozenset({K.RECEIVED}),
    K.CANCELLED: frozenset({K.CANCELLED, K.CANCEL_APPROVED}),
}


def status_events(order: ImportedOrder, fmt: Format, now: datetime) -> list[Event]:
    """The events after "ordered" that the order's status and times stand for."""
    p = order.progress
    stage = p.stage
    steps: list[tuple[EventKind, datetime | None, dict[str, Any]]] = []
    if stage is Stage.CANCELLED:
        if p.paid_at is not None:
            steps.append((K.PAID, p.paid_at, {}))
        steps.append((K.CANCELLED, p.cancelled_at, {}))
    elif stage is not None and stage is not Stage.UNPAID:
        paid: dict[str, Any] = {}
        if p.ship_by is not None:
            paid["ship_by"] = format_utc(p.ship_by)
        elif p.processing_days is not None:
            paid["processing_days"] = p.processing_days
        steps.append((K.PAID, p.paid_at, paid))
        if stage in (Stage.SHIPPED, Stage.DELIVERED, Stage.RECEIVED):
            shipped: dict[str, Any] = {}
            if p.tracking:
                shipped["tracking"] = p.tracking
            if p.carrier:
                shipped["carrier"] = p.carrier
            if p.protection_ends is not None:
                shipped["protection_ends"] = format_utc(p.protection_ends)
            steps.append((K.SHIPPED, p.shipped_at, shipped))
        if stage is Stage.DELIVERED:
            steps.append((K.DELIVERED, p.delivered_at, {}))
        if stage is Stage.RECEIVED:
            steps.append((K.RECEIVED, p.completed_at or p.delivered_at, {}))
    events: list[Event] = []
    at = order.ordered_at
    # The last step says where the status came from.
    note = f"From the {FORMAT_NAMES[fmt]}: status “{p.status_text}”" if p.status_text else None
    last = len(steps) - 1
    for index, (kind, when, data) in enumerate(steps):
        if when is None:  # the source says it happened, not when: the earliest possible, marked
            data = {**data, TIME_GUESSED: True}
        if index == last and note is not None:
            data = {**data, "note": note}
        at = max(at, when) if when is not None else at
        if at > now:
            raise Refused(
                translate("import", "{event} on {time}Z is in the future").format(
                    event=event_name(kind.value), time=format(at, "%Y-%m-%d %H:%M")
                )
            )
        events.append(Event(kind, at, now, data))
    if events and "ship_by" in events[0].data and events[0].kind is K.PAID:
        if format_utc(events[0].at) >= events[0].data["ship_by"]:
            first = events[0]
            events[0] = Event(
                first.kind,
                first.at,
                first.recorded_at,
                {k: v for k, v in first.data.items() if k != "ship_by"},
            )
    return events


_BOOKKEEPING = frozenset({K.EDITED, K.NOTE, K.TRASHED, K.RESTORED})


def new_for_existing(wanted: Sequence[Event], existing: Sequence[Event], history: History) -> list[Event]:
    """The status events an existing order doesn't have yet (none that it already has, in
    any form), each no earlier than its last event; a new tracking number of a shipped order
    becomes a tracking update."""
    kinds = {e.kind for e in existing}
    last = max((e.at for e in existing if e.kind not in _BOOKKEEPING), default=None)
    result: list[Event] = []
    for event in wanted:
        if kinds & _ALREADY.get(event.kind, frozenset({event.kind})):
            tracking = event.data.get("tracking")
            if tracking and tracking not in history.tracking:
                result.append(
                    Event(
                        K.TRACKING_UPDATE,
                        max(event.at, last or event.at),
                        event.recorded_at,
                        {"tracking": tracking},
                    )
                )
            continue
        at = max(event.at, last) if last is not None else event.at
        result.append(Event(event.kind, at, event.recorded_at, dict(event.data)))
    return result


def notice_event(notice: Notice, history: History, existing: Sequence[Event], now: datetime) -> Event | None:
    """The event an e-mail adds to an order, or None when the order already knows it. The
    e-mail's subject stays with the event (the raw source of the fact)."""
    origin = {"email": str(notice.raw.get("subject", ""))} if notice.raw.get("subject") else {}
    if notice.kind == "shipped":
        if history.shipped_at is None:
            data: dict[str, Any] = {"note": "From an AliExpress e-mail", **origin}
            if notice.tracking:
                data["tracking"] = notice.tracking
            return Event(K.SHIPPED, notice.at, now, data)
        if notice.tracking and notice.tracking not in history.tracking:
            return Event(K.TRACKING_UPDATE, notice.at, now, {"tracking": notice.tracking, **origin})
        return None
    if notice.kind == "delivered":
        if history.delivered_at is not None or history.received_at is not None:
            return None
        return Event(K.DELIVERED, notice.at, now, {"note": "From an AliExpress e-mail", **origin})
    text = notice.note + (f" ({notice.tracking})" if notice.tracking else "")
    if any(e.kind is K.NOTE and e.at == notice.at and e.data.get("note") == text for e in existing):
        return None
    return Event(K.NOTE, notice.at, now, {"note": text, **origin})
