"""The apply step of an import: what it adds, updates or leaves alone, and writing it.

:func:`plan_and_write` runs inside the caller's transaction. It compares every imported order
with the stored ones (by order number; lines by line id, else product + SKU, else title) and
decides: add, update (what changed), unchanged, or skip (why). With ``write`` it also writes,
through the store: new orders in bulk (with their lines, events, tracking numbers and list
cache), updates one by one, e-mail notices as events (:mod:`app.services.import_notices`).
Every new event passes the same lifecycle validation as one the buyer records; an order the
domain refuses is skipped with the reason and the line numbers, and the rest of the file still
goes in. The caller commits once at the end, so a crash leaves all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from app.domain.deadlines import derive, evaluate
from app.domain.errors import Refused
from app.domain.lifecycle import fold
from app.domain.model import Event, EventKind, LineFacts, OrderFacts
from app.domain.profile import RuleProfile
from app.domain.validation import validate_new_event, validate_timeline
from app.domain.words import event_name
from app.i18n import translate
from app.importers.aliexpress_xlsx import UNKNOWN_STORE
from app.importers.model import Format, ImportedLine, ImportedOrder, ParsedSource, RowError, line_key
from app.importers.timeline import new_for_existing, status_events
from app.services.import_notices import apply_notices
from app.services.import_outcome import ADD, SKIP, UNCHANGED, UPDATE, CheckedOrder, Outcome, PlanEntry
from app.services.import_write import check_cancel
from app.store.codec import compact_json
from app.store.records import LineRecord, NewOrderRecord, StoredOrder, Tracking
from app.store.transaction import Transaction

__all__ = ["ADD", "SKIP", "UNCHANGED", "UPDATE", "Outcome", "PlanEntry", "plan_and_write"]

K = EventKind
CHUNK = 500  # orders compared (and written) at a time
Progress = Callable[[int, int], None]


def plan_and_write(
    tx: Transaction,
    source: ParsedSource,
    profile: RuleProfile,
    now: datetime,
    *,
    write: bool,
    progress: Progress | None = None,
    checked: Mapping[str, CheckedOrder] = MappingProxyType({}),
    cancel: Callable[[], bool] | None = None,
) -> Outcome:
    """Compare (and with ``write``, write) every order of ``source``. ``checked``: the new
    orders a preview with the same rule profile and language checked (its ``Outcome.checked``);
    a new order's timeline is built from the file alone, so it needs no second check."""
    outcome = Outcome(errors=list(source.errors))
    numbers = [order.number for order in source.orders] + [n.order for n in source.notices if n.order]
    ids = tx.order_ids(numbers)
    fresh = [order for order in source.orders if order.number not in ids]
    known = [order for order in source.orders if order.number in ids]
    total_steps = len(source.orders) + len(source.notices)
    done = 0
    for start in range(0, len(fresh), CHUNK):
        check_cancel(cancel)
        chunk = fresh[start : start + CHUNK]
        _add_orders(tx, chunk, source.format, profile, now, outcome, write, checked)
        done += len(chunk)
        if progress is not None:
            progress(done, total_steps)
    for start in range(0, len(known), CHUNK):
        check_cancel(cancel)
        chunk = known[start : start + CHUNK]
        loaded = tx.stored_orders([ids[order.number] for order in chunk])
        for order in chunk:
            _update_order(tx, order, loaded[ids[order.number]], source.format, profile, now, outcome, write)
        done += len(chunk)
        if progress is not None:
            progress(done, total_steps)
    if source.notices:
        apply_notices(tx, source.notices, ids, profile, now, outcome, write)
        done += len(source.notices)
        if progress is not None:
            progress(done, total_steps)
    return outcome


# -- new orders -----------------------------------------------------------------------------------


def _add_orders(
    tx: Transaction,
    orders: Sequence[ImportedOrder],
    fmt: Format,
    profile: RuleProfile,
    now: datetime,
    outcome: Outcome,
    write: bool,
    checked: Mapping[str, CheckedOrder],
) -> None:
    records: list[NewOrderRecord] = []
    said: dict[tuple[int, str], str] = {}  # the entries' words, by the shape they describe
    for order in orders:
        new = checked.get(order.number)
        events: Sequence[Event]
        if new is not None and new.checked_at <= now:
            # Checked at or before now, so nothing of it lies ahead of now either: the same
            # timeline, recorded now (the record says so; the events are not copied).
            events = new.events
        else:
            try:
                new = _check_new_order(order, fmt, profile, now, said)
            except Refused as exc:
                _skip(outcome, order, str(exc))
                continue
            events = new.events
        outcome.checked[order.number] = new
        outcome.entries.append(new.entry)
        if not write:
            continue
        tracking = dict.fromkeys([str(e.data["tracking"]) for e in events if e.data.get("tracking")])
        records.append(
            NewOrderRecord(
                number=order.number,
                store=order.store,
                title=new.entry.title,
                currency=order.currency,
                total=new.facts.total,
                payment_method=order.payment_method,
                ordered_at=order.ordered_at,
                lines=[_line_record(position, line) for position, line in enumerate(_lines_for_new(order))],
                events=events,
                # derive() without replaying the events again: none lies ahead of now.
                evaluation=evaluate(new.history, new.facts, profile, now),
                tracking=[Tracking(number) for number in tracking],
                source=fmt.value,
                source_raw=raw_json(order.parts),
                recorded_now=True,
            )
        )
    if write:
        tx.insert_orders(records, now)


def _check_new_order(
    order: ImportedOrder, fmt: Format, profile: RuleProfile, now: datetime, said: dict[tuple[int, str], str]
) -> CheckedOrder:
    """A new order's facts and timeline, validated; Refused (with the reason) when the domain
    refuses it."""
    lines = _lines_for_new(order)
    amounts = [ln.unit_price * ln.quantity for ln in lines]
    total = order.total if order.total is not None else sum(amounts, Decimal(0))
    items = tuple(
        LineFacts(n, ln.title, amount) for n, (ln, amount) in enumerate(zip(lines, amounts, strict=True), 1)
    )
    facts = OrderFacts(order.number, order.currency, total, order.ordered_at, order.payment_method, items)
    _check_new(order, now)
    # Every event is at or before now (checked by both), so none waits in the future.
    events = (Event(K.ORDERED, order.ordered_at, now, {}), *status_events(order, fmt, now))
    history = validate_timeline(facts, events, profile)
    entry = PlanEntry(
        order.number,
        ADD,
        _describe_new(order, events, said),
        tuple(order.source_lines),
        order.store,
        order.title or lines[0].title,
        total,
        order.currency,
    )
    return CheckedOrder(facts, events, history, entry, now)


def _check_new(order: ImportedOrder, now: datetime) -> None:
    if order.ordered_at > now:
        raise Refused(
            translate("import", "the order date {date} is in the future").format(
                date=f"{order.ordered_at:%Y-%m-%d}"
            )
        )
    if not order.store.strip():
        raise Refused(translate("refusal", "the store is empty"))


def _lines_for_new(order: ImportedOrder) -> list[ImportedLine]:
    if order.lines:
        return order.lines
    # The file lists no lines (the order export's orders file alone): one line for the order.
    return [ImportedLine(order.title or order.number, 1, order.total or Decimal(0))]


def _describe_new(order: ImportedOrder, events: Sequence[Event], said: dict[tuple[int, str], str]) -> str:
    """What the plan says about a new order; ``said``: the words already said for orders of the
    same shape (thousands of orders share a few shapes)."""
    count = len(order.lines) or 1
    last = events[-1].kind.value if len(events) > 1 else "ordered"
    words = said.get((count, last))
    if words is None:
        words = translate("import", "new order, %n line(s), {event}", None, count).format(
            event=event_name(last)
        )
        said[(count, last)] = words
    return words


# -- existing orders ------------------------------------------------------------------------------


def _update_order(
    tx: Transaction,
    order: ImportedOrder,
    existing: StoredOrder,
    fmt: Format,
    profile: RuleProfile,
    now: datetime,
    outcome: Outcome,
    write: bool,
) -> None:
    stored = existing.order
    if stored.in_trash:
        _skip(
            outcome,
            order,
            translate("import", "order {order} is in the trash; restore it to import it again").format(
                order=order.number
            ),
            error=False,
        )
        return
    changes: dict[str, list[Any]] = {}
    new_values: dict[str, Any] = {}
    lines_changed = False
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
        old = getattr(stored, name)
        if value is not None and value != old:
            changes[name] = [_plain(old), _plain(value)]
            new_values[name] = value
    facts = replace(stored, **new_values).facts
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
            notes.append(
                translate("import", "status “{status}” not recorded: {reason}").format(
                    status=order.progress.status_text, reason=exc
                )
            )
            break
        added.append(event)
    raw_changed = False
    parts = order.parts
    if stored.source == fmt.value:
        old_parts = parts_of(stored.source_raw)
        parts = {**old_parts, **order.parts}
        raw_changed = parts != old_parts
    if not added and not raw_changed and not lines_changed:
        reason = "; ".join(notes) or translate("import", "already imported, nothing changed")
        outcome.entries.append(_entry(order, UNCHANGED, reason, existing))
        return
    described = [f"{name} {old} → {new}" for name, (old, new) in changes.items()]
    new_kinds = [e.kind.value for e in added if e.kind is not K.EDITED]
    if new_kinds:
        described.append(
            translate("import", "adds {events}").format(events=", ".join(map(event_name, new_kinds)))
        )
    reason = ", ".join(described) or translate("import", "the source rows changed")
    outcome.entries.append(_entry(order, UPDATE, "; ".join([reason, *notes]), existing))
    if not write:
        return
    for event in added:
        number = event.data.get("tracking")
        if number and number not in existing.tracking:
            existing.tracking.append(str(number))
            tx.add_tracking(stored.id, str(number), event.data.get("carrier"), now)
    values: dict[str, Any] = {**new_values, "updated_at": now}
    if stored.source in (None, fmt.value) or changes:
        values["source"] = fmt.value
        values["source_raw"] = raw_json(parts)
    if lines_changed:
        tx.replace_lines(
            stored.id, [_line_record(position, line) for position, line in enumerate(order.lines)]
        )
    tx.update_fields(stored.id, values)
    tx.store_cache(stored.id, derive(facts, [*events, *added], profile, now))
    if added:
        tx.append_events(stored.id, added)


def _entry(order: ImportedOrder, action: str, reason: str, existing: StoredOrder) -> PlanEntry:
    stored = existing.order
    return PlanEntry(
        order.number,
        action,
        reason,
        tuple(order.source_lines),
        stored.store,
        stored.title,
        stored.total,
        stored.currency,
    )


def _line_record(position: int, line: ImportedLine) -> LineRecord:
    return LineRecord(
        position,
        line.title,
        line.quantity,
        line.unit_price,
        line.options,
        line.product_id,
        line.sku_id,
        line.source_line_id,
    )


_RAW_JSON = compact_json(ensure_ascii=False)  # made once, not per order


def raw_json(parts: dict[str, Any]) -> str:
    """The raw rows an order came from, as kept with it (``orders.source_raw``)."""
    return _RAW_JSON(parts)


def parts_of(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _count_text(count: int) -> str:
    """How many lines, as the ``edited`` event stores it (stored data: English, not translated)."""
    return f"{count} line{'s' if count != 1 else ''}"


def _line_tuples(lines: Iterable[ImportedLine]) -> list[tuple[Any, ...]]:
    return [
        (ln.key, ln.title, ln.quantity, ln.unit_price, ln.options, ln.product_id, ln.sku_id) for ln in lines
    ]


def _stored_tuple(line: LineRecord) -> tuple[Any, ...]:
    key = line_key(line.source_line_id, line.product_id, line.sku_id, line.title)
    return (key, line.title, line.quantity, line.unit_price, line.options, line.product_id, line.sku_id)


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
        outcome.errors.append(
            RowError(
                first,
                translate("import", "order {order}: {reason}").format(order=order.number, reason=reason),
            )
        )
