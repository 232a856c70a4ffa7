"""E-mail notices applied to orders already in Dispute Desk (part of the apply step, see
:mod:`app.services.import_apply`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.lifecycle import fold
from app.domain.model import Event, EventKind, OrderFacts
from app.domain.profile import RuleProfile
from app.domain.validation import validate_new_event
from app.domain.words import event_name
from app.i18n import translate
from app.importers.model import Notice, RowError
from app.importers.timeline import notice_event
from app.services.import_outcome import SKIP, UNCHANGED, UPDATE, Outcome, PlanEntry
from app.store.records import StoredOrder
from app.store.transaction import Transaction

K = EventKind


def apply_notices(
    tx: Transaction,
    notices: Sequence[Notice],
    ids: dict[str, int],
    profile: RuleProfile,
    now: datetime,
    outcome: Outcome,
    write: bool,
) -> None:
    # A parcel is found by the order an e-mail of the same file names with it, else by the
    # tracking numbers already stored.
    by_tracking = {n.tracking: ids[n.order] for n in notices if n.tracking and n.order in ids}
    unknown = [n.tracking for n in notices if n.tracking and n.tracking not in by_tracking]
    by_tracking.update({k: v for k, v in tx.order_ids_by_tracking(unknown).items() if k not in by_tracking})
    grouped: dict[int, list[Notice]] = {}
    for notice in sorted(notices, key=lambda n: n.at):
        order_id = ids.get(notice.order or "") or by_tracking.get(notice.tracking or "")
        if order_id is None:
            if notice.order:
                missing = translate("import", "order {order} is not in Dispute Desk").format(
                    order=notice.order
                )
                error = translate(
                    "import",
                    "message {message}: order {order} is not in Dispute Desk; import the order first",
                ).format(message=notice.line, order=notice.order)
            else:
                missing = translate("import", "the parcel {tracking} is not in Dispute Desk").format(
                    tracking=notice.tracking
                )
                error = translate(
                    "import",
                    "message {message}: the parcel {tracking} is not in Dispute Desk; import the order first",
                ).format(message=notice.line, tracking=notice.tracking)
            outcome.entries.append(
                PlanEntry(notice.order or notice.tracking or "?", SKIP, missing, (notice.line,))
            )
            outcome.errors.append(RowError(notice.line, error))
            continue
        grouped.setdefault(order_id, []).append(notice)
    loaded = tx.stored_orders(list(grouped))
    for order_id, items in grouped.items():
        existing = loaded[order_id]
        row = existing.order
        facts = row.facts
        events = list(existing.events)
        for notice in items:
            lines = (notice.line,)
            base = PlanEntry(row.number, UNCHANGED, "", lines, row.store, row.title, row.total, row.currency)
            if row.in_trash:
                outcome.entries.append(_replace(base, SKIP, translate("import", "the order is in the trash")))
                continue
            event = notice_event(notice, fold(facts, events, profile), events, now)
            if event is None:
                outcome.entries.append(
                    _replace(
                        base,
                        UNCHANGED,
                        translate("import", "{event}: already known").format(event=event_name(notice.kind)),
                    )
                )
                continue
            try:
                if event.at > now:
                    raise Refused(
                        translate("import", "the e-mail is dated in the future ({time})").format(
                            time=f"{event.at:%Y-%m-%d %H:%M}Z"
                        )
                    )
                validate_new_event(facts, events, event, profile)
            except Refused as exc:
                outcome.entries.append(_replace(base, SKIP, str(exc)))
                outcome.errors.append(
                    RowError(
                        notice.line,
                        translate("import", "message {message} (order {order}): {reason}").format(
                            message=notice.line, order=row.number, reason=exc
                        ),
                    )
                )
                continue
            events.append(event)
            detail = event.kind.value + (f" {event.data['tracking']}" if event.data.get("tracking") else "")
            if event.kind is K.NOTE:
                detail = translate("import", "note: {note}").format(note=event.data.get("note", ""))
            outcome.entries.append(_replace(base, UPDATE, detail))
            if write:
                _write_notice(tx, existing, facts, events, event, profile, now)


def _replace(entry: PlanEntry, action: str, reason: str) -> PlanEntry:
    return PlanEntry(
        entry.order, action, reason, entry.lines, entry.store, entry.title, entry.total, entry.currency
    )


def _write_notice(
    tx: Transaction,
    existing: StoredOrder,
    facts: OrderFacts,
    events: Sequence[Event],
    event: Event,
    profile: RuleProfile,
    now: datetime,
) -> None:
    order_id = existing.order.id
    tx.append_events(order_id, [event])
    number = event.data.get("tracking")
    if number and number not in existing.tracking:
        existing.tracking.append(str(number))
        tx.add_tracking(order_id, str(number), None, now)
    tx.update_fields(order_id, {"updated_at": now})
    tx.store_cache(order_id, derive(facts, events, profile, now))
