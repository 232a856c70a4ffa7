"""The apply step: what an import adds, updates or leaves alone, and writing it.

:func:`plan_and_write` runs inside the caller's transaction. It compares every imported order
with the database (by order number; lines by line id, else product + SKU, else title) and
decides: add, update (what changed), unchanged, or skip (why). With ``write`` it also writes:
new orders in bulk (rows, lines, events, tracking numbers and the list cache, like the demo
generator), updates one by one, e-mail notices as events. Every new event passes the same
lifecycle validation as one the buyer records; an order the domain refuses is skipped with
the reason and the line numbers, and the rest of the file still goes in. The caller commits
once at the end, so a crash leaves all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, col

from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.lifecycle import fold
from app.domain.model import Event, EventKind, OrderFacts
from app.domain.profile import RuleProfile
from app.domain.validation import validate_new_event, validate_timeline
from app.importers.aliexpress_xlsx import UNKNOWN_STORE
from app.importers.model import Format, ImportedLine, ImportedOrder, ParsedSource, RowError, line_key
from app.importers.notices import apply_notices
from app.importers.outcome import ADD, SKIP, UNCHANGED, UPDATE, Outcome, PlanEntry
from app.importers.rows import (
    CHUNK,
    Existing,
    NewRows,
    event_row,
    ids_by_number,
    line_row,
    load,
    parts_of,
    raw_json,
)
from app.importers.timeline import new_for_existing, status_events
from app.services import codec
from app.store.tables import EventRow, OrderLineRow, OrderRow, TrackingNumberRow

__all__ = ["ADD", "SKIP", "UNCHANGED", "UPDATE", "Outcome", "PlanEntry", "plan_and_write"]

K = EventKind
Progress = Callable[[int, int], None]


def plan_and_write(
    session: Session,
    source: ParsedSource,
    profile: RuleProfile,
    now: datetime,
    *,
    write: bool,
    progress: Progress | None = None,
    validated: frozenset[str] = frozenset(),
) -> Outcome:
    """Compare (and with ``write``, write) every order of ``source``. ``validated``: numbers
    of new orders whose timeline a preview with the same rule profile already validated; the
    timeline is built from the file alone, so it needs no second check."""
    outcome = Outcome(errors=list(source.errors))
    numbers = [order.number for order in source.orders] + [n.order for n in source.notices if n.order]
    ids = ids_by_number(session, numbers)
    fresh = [order for order in source.orders if order.number not in ids]
    known = [order for order in source.orders if order.number in ids]
    total_steps = len(source.orders) + len(source.notices)
    done = 0
    next_id = (session.execute(select(func.max(OrderRow.id))).scalar() or 0) + 1
    for start in range(0, len(fresh), CHUNK):
        chunk = fresh[start : start + CHUNK]
        next_id = _add_orders(session, chunk, source.format, profile, now, next_id, outcome, write, validated)
        done += len(chunk)
        if progress is not None:
            progress(done, total_steps)
    for start in range(0, len(known), CHUNK):
        chunk = known[start : start + CHUNK]
        loaded = load(session, [ids[order.number] for order in chunk])
        for order in chunk:
            _update_order(
                session, order, loaded[ids[order.number]], source.format, profile, now, outcome, write
            )
        done += len(chunk)
        if progress is not None:
            progress(done, total_steps)
    if source.notices:
        apply_notices(session, source.notices, ids, profile, now, outcome, write)
        done += len(source.notices)
        if progress is not None:
            progress(done, total_steps)
    return outcome


# -- new orders -----------------------------------------------------------------------------------


def _add_orders(
    session: Session,
    orders: Sequence[ImportedOrder],
    fmt: Format,
    profile: RuleProfile,
    now: datetime,
    next_id: int,
    outcome: Outcome,
    write: bool,
    validated: frozenset[str],
) -> int:
    rows = NewRows()
    for order in orders:
        lines = _lines_for_new(order)
        total = (
            order.total
            if order.total is not None
            else sum((ln.unit_price * ln.quantity for ln in lines), Decimal(0))
        )
        facts = OrderFacts(order.number, order.currency, total, order.ordered_at, order.payment_method)
        try:
            _check_new(order, now)
            events = [Event(K.ORDERED, order.ordered_at, now, {}), *status_events(order, fmt, now)]
            if order.number not in validated:
                validate_timeline(facts, events, profile)
        except Refused as exc:
            _skip(outcome, order, str(exc))
            continue
        title = order.title or lines[0].title
        outcome.entries.append(
            PlanEntry(
                order.number,
                ADD,
                _describe_new(order, events),
                tuple(order.source_lines),
                order.store,
                title,
                total,
                order.currency,
            )
        )
        if not write:
            continue
        order_id = next_id
        next_id += 1
        tracking = list(dict.fromkeys(str(e.data["tracking"]) for e in events if e.data.get("tracking")))
        values = {
            "number": order.number,
            "store": order.store,
            "title": title,
            "currency": order.currency,
            "total": total,
            "payment_method": order.payment_method,
            "ordered_at": order.ordered_at,
            "source": fmt.value,
            "source_raw": raw_json(order.parts),
            "items_count": sum(ln.quantity for ln in lines),
            "search_text": codec.search_text(order.number, order.store, [ln.title for ln in lines], tracking),
            **codec.cache_columns(derive(facts, events, profile, now)),
        }
        rows.add_order(order_id, values, now)
        for position, line in enumerate(lines):
            rows.add_line(order_id, position, line)
        for event in events:
            rows.add_event(order_id, event)
        for number in tracking:
            rows.add_tracking(order_id, number, now)
    if write:
        rows.write(session)
    return next_id


def _check_new(order: ImportedOrder, now: datetime) -> None:
    if order.ordered_at > now:
        raise Refused(f"the order date {order.ordered_at:%Y-%m-%d} is in the future")
    if not order.store.strip():
        raise Refused("the store is empty")


def _lines_for_new(order: ImportedOrder) -> list[ImportedLine]:
    if order.lines:
        return order.lines
    # The file lists no lines (the order export's orders file alone): one line for the order.
    return [ImportedLine(order.title or order.number, 1, order.total or Decimal(0))]


def _describe_new(order: ImportedOrder, events: Sequence[Event]) -> str:
    count = len(order.lines) or 1
    what = f"{count} line{'s' if count != 1 else ''}"
    last = events[-1].kind.value if len(events) > 1 else "ordered"
    return f"new order, {what}, {last}"


# -- existing orders ------------------------------------------------------------------------------


def _update_order(
    session: Session,
    order: ImportedOrder,
    existing: Existing,
    fmt: Format,
    profile: RuleProfile,
    now: datetime,
    outcome: Outcome,
    write: bool,
) -> None:
    row = existing.row
    if row["deleted_at"] is not None:
        _skip(
            outcome,
            order,
            f"order {order.number} is in the trash; restore it to import it again",
            error=False,
        )
        return
    changes: dict[str, list[Any]] = {}
    new_values: dict[str, Any] = {}
    lines_changed = False
    new_lines = order.lines
    if order.lines_known and _line_tuples(order.lines) != [_stored_tuple(ln) for ln in existing.lines]:
        lines_changed = True
        changes["lines"] = [_count_text(len(existing.lines)), _count_text(len(order.lines))]
    total = order.total
    if total is None and order.lines_known:
        total = sum((ln.unit_price * ln.quantity for ln in order.lines), Decimal(0))
    title = order.title or (order.lines[0].title if order.lines else "")
    for name, value in (
        ("store", order.store if order.store != UNKNOWN_STORE else None),
        ("title", title or None),
        ("currency", order.currency),
        ("total", total),
        ("payment_method", order.payment_method),
    ):
        if value is not None and value != row[name]:
            changes[name] = [_plain(row[name]), _plain(value)]
            new_values[name] = value
    facts = OrderFacts(
        order.number,
        new_values.get("currency", row["currency"]),
        new_values.get("total", row["total"]),
        row["ordered_at"],
        new_values.get("payment_method", row["payment_method"]),
    )
    events = list(existing.events)
    notes: list[str] = []
    added: list[Event] = []
    if changes:
        added.append(Event(K.EDITED, now, now, {"changes": changes}))
    try:
        if "total" in changes or "currency" in changes:
            validate_timeline(facts, events, profile)
        wanted = status_events(order, fmt, now)
    except Refused as exc:
        _skip(outcome, order, str(exc))
        return
    history = fold(facts, events, profile)
    for event in new_for_existing(wanted, events, history):
        try:
            validate_new_event(facts, [*events, *added], event, profile)
        except Refused as exc:
            notes.append(f"status “{order.progress.status_text}” not recorded: {exc}")
            break
        added.append(event)
    raw_changed = False
    parts = order.parts
    if row["source"] == fmt.value:
        old_parts = parts_of(row["source_raw"])
        parts = {**old_parts, **order.parts}
        raw_changed = parts != old_parts
    if not added and not raw_changed and not lines_changed:
        reason = "; ".join(notes) or "already imported, nothing changed"
        outcome.entries.append(_entry(order, UNCHANGED, reason, row))
        return
    described = [f"{name} {old} → {new}" for name, (old, new) in changes.items()]
    new_kinds = [e.kind.value for e in added if e.kind is not K.EDITED]
    if new_kinds:
        described.append("adds " + ", ".join(new_kinds))
    reason = ", ".join(described) or "the source rows changed"
    outcome.entries.append(_entry(order, UPDATE, "; ".join([reason, *notes]), row))
    if not write:
        return
    all_events = [*events, *added]
    evaluation = derive(facts, all_events, profile, now)
    lines_now = new_lines if lines_changed else None
    tracking = list(existing.tracking)
    for event in added:
        number = event.data.get("tracking")
        if number and number not in tracking:
            tracking.append(str(number))
            session.connection().execute(
                insert(TrackingNumberRow.__table__),  # type: ignore[attr-defined,unused-ignore]
                [
                    {
                        "order_id": existing.id,
                        "number": number,
                        "carrier": event.data.get("carrier"),
                        "added_at": now,
                    }
                ],
            )
    titles = (
        [ln.title for ln in lines_now] if lines_now is not None else [ln["title"] for ln in existing.lines]
    )
    values: dict[str, Any] = {
        **new_values,
        "updated_at": now,
        "search_text": codec.search_text(
            order.number, new_values.get("store", row["store"]), titles, tracking
        ),
        **codec.cache_columns(evaluation),
    }
    if row["source"] in (None, fmt.value) or changes:
        values["source"] = fmt.value
        values["source_raw"] = raw_json(parts)
    connection = session.connection()
    if lines_now is not None:
        values["items_count"] = sum(ln.quantity for ln in lines_now)
        connection.execute(delete(OrderLineRow).where(col(OrderLineRow.order_id) == existing.id))
        connection.execute(
            insert(OrderLineRow.__table__),  # type: ignore[attr-defined,unused-ignore]
            [line_row(existing.id, position, line) for position, line in enumerate(lines_now)],
        )
    connection.execute(update(OrderRow).where(col(OrderRow.id) == existing.id).values(**values))
    if added:
        connection.execute(
            insert(EventRow.__table__),  # type: ignore[attr-defined,unused-ignore]
            [event_row(existing.id, event) for event in added],
        )


def _entry(order: ImportedOrder, action: str, reason: str, row: dict[str, Any]) -> PlanEntry:
    return PlanEntry(
        order.number,
        action,
        reason,
        tuple(order.source_lines),
        row["store"],
        row["title"],
        row["total"],
        row["currency"],
    )


def _count_text(count: int) -> str:
    return f"{count} line{'s' if count != 1 else ''}"


def _line_tuples(lines: Iterable[ImportedLine]) -> list[tuple[Any, ...]]:
    return [
        (ln.key, ln.title, ln.quantity, ln.unit_price, ln.options, ln.product_id, ln.sku_id) for ln in lines
    ]


def _stored_tuple(line: dict[str, Any]) -> tuple[Any, ...]:
    key = line_key(line["source_line_id"], line["product_id"], line["sku_id"], line["title"])
    return (
        key,
        line["title"],
        line["quantity"],
        line["unit_price"],
        line["options"],
        line["product_id"],
        line["sku_id"],
    )


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _skip(outcome: Outcome, order: ImportedOrder, reason: str, *, error: bool = True) -> None:
    first = order.source_lines[0] if order.source_lines else 0
    outcome.entries.append(
        PlanEntry(
            order.number,
            SKIP,
            reason,
            tuple(order.source_lines),
            order.store,
            order.title,
            order.total,
            order.currency,
        )
    )
    if error:
        outcome.errors.append(RowError(first, f"order {order.number}: {reason}"))
