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

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.lifecycle import fold
from app.domain.model import Event, EventKind, OrderFacts
from app.domain.profile import RuleProfile
from app.domain.validation import validate_new_event, validate_timeline
from app.importers.aliexpress_xlsx import UNKNOWN_STORE
from app.importers.model import Format, ImportedLine, ImportedOrder, Notice, ParsedSource, RowError, line_key
from app.importers.timeline import new_for_existing, notice_event, status_events
from app.services import codec
from app.store.tables import EventRow, OrderLineRow, OrderRow, TrackingNumberRow
from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, col

K = EventKind
CHUNK = 500
Progress = Callable[[int, int], None]

ADD, UPDATE, UNCHANGED, SKIP = "add", "update", "unchanged", "skip"


@dataclass(frozen=True)
class PlanEntry:
    """What the import does with one order, and why."""

    order: str
    action: str  # add | update | unchanged | skip
    reason: str
    lines: tuple[int, ...]
    store: str = ""
    title: str = ""
    total: Decimal | None = None
    currency: str = ""


@dataclass
class Outcome:
    entries: list[PlanEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for entry in self.entries if entry.action == action)


@dataclass
class _Existing:
    id: int
    row: dict[str, Any]
    lines: list[dict[str, Any]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tracking: list[str] = field(default_factory=list)


def plan_and_write(
    session: Session,
    source: ParsedSource,
    profile: RuleProfile,
    now: datetime,
    *,
    write: bool,
    progress: Progress | None = None,
) -> Outcome:
    outcome = Outcome(errors=list(source.errors))
    numbers = [order.number for order in source.orders] + [n.order for n in source.notices if n.order]
    ids = _ids_by_number(session, numbers)
    fresh = [order for order in source.orders if order.number not in ids]
    known = [order for order in source.orders if order.number in ids]
    total_steps = len(source.orders) + len(source.notices)
    done = 0
    next_id = (session.execute(select(func.max(OrderRow.id))).scalar() or 0) + 1
    for start in range(0, len(fresh), CHUNK):
        chunk = fresh[start : start + CHUNK]
        next_id = _add_orders(session, chunk, source.format, profile, now, next_id, outcome, write)
        done += len(chunk)
        if progress is not None:
            progress(done, total_steps)
    for start in range(0, len(known), CHUNK):
        chunk = known[start : start + CHUNK]
        loaded = _load(session, [ids[order.number] for order in chunk])
        for order in chunk:
            _update_order(
                session, order, loaded[ids[order.number]], source.format, profile, now, outcome, write
            )
        done += len(chunk)
        if progress is not None:
            progress(done, total_steps)
    if source.notices:
        _apply_notices(session, source.notices, ids, profile, now, outcome, write)
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
) -> int:
    order_rows: list[dict[str, Any]] = []
    line_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    tracking_rows: list[dict[str, Any]] = []
    for order in orders:
        lines = _lines_for_new(order)
        total = (
            order.total
            if order.total is not None
            else sum((ln.unit_price * ln.quantity for ln in lines), Decimal(0))
        )
        try:
            _check_new(order, now)
            facts = OrderFacts(order.number, order.currency, total, order.ordered_at, order.payment_method)
            events = [Event(K.ORDERED, order.ordered_at, now, {}), *status_events(order, fmt, now)]
            validate_timeline(facts, events, profile)
        except Refused as exc:
            _skip(outcome, order, str(exc))
            continue
        evaluation = derive(facts, events, profile, now)
        title = order.title or lines[0].title
        tracking = list(dict.fromkeys(str(e.data["tracking"]) for e in events if e.data.get("tracking")))
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
        order_rows.append(
            {
                "id": order_id,
                "number": order.number,
                "marketplace": "aliexpress",
                "store": order.store,
                "title": title,
                "currency": order.currency,
                "total": total,
                "payment_method": order.payment_method,
                "ordered_at": order.ordered_at,
                "note": "",
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
                "source": fmt.value,
                "source_raw": _raw_json(order.parts),
                "items_count": sum(ln.quantity for ln in lines),
                "search_text": codec.search_text(
                    order.number, order.store, [ln.title for ln in lines], tracking
                ),
                **codec.cache_columns(evaluation),
            }
        )
        line_rows.extend(_line_row(order_id, position, line) for position, line in enumerate(lines))
        event_rows.extend(_event_row(order_id, event) for event in events)
        tracking_rows.extend(
            {"order_id": order_id, "number": n, "carrier": None, "added_at": now} for n in tracking
        )
    if write:
        connection = session.connection()
        for table, rows in (
            (OrderRow, order_rows),
            (OrderLineRow, line_rows),
            (EventRow, event_rows),
            (TrackingNumberRow, tracking_rows),
        ):
            if rows:
                # Core executemany on the table, as the demo generator does (the ORM costs more).
                connection.execute(insert(table.__table__), rows)  # type: ignore[attr-defined,union-attr,unused-ignore]
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
    existing: _Existing,
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
        old_parts = _parts(row["source_raw"])
        parts = {**old_parts, **order.parts}
        raw_changed = parts != old_parts
    if not added and not raw_changed and not lines_changed:
        reason = "; ".join(notes) or "already imported, nothing changed"
        outcome.entries.append(_entry(order, UNCHANGED, reason, row))
        return
    described = [f"{name} {old} → {new}" for name, (old, new) in changes.items()]
    described += [e.kind.value for e in added if e.kind is not K.EDITED]
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
        values["source_raw"] = _raw_json(parts)
    connection = session.connection()
    if lines_now is not None:
        values["items_count"] = sum(ln.quantity for ln in lines_now)
        connection.execute(delete(OrderLineRow).where(col(OrderLineRow.order_id) == existing.id))
        connection.execute(
            insert(OrderLineRow.__table__),  # type: ignore[attr-defined,unused-ignore]
            [_line_row(existing.id, position, line) for position, line in enumerate(lines_now)],
        )
    connection.execute(update(OrderRow).where(col(OrderRow.id) == existing.id).values(**values))
    if added:
        connection.execute(
            insert(EventRow.__table__),  # type: ignore[attr-defined,unused-ignore]
            [_event_row(existing.id, event) for event in added],
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


# -- e-mail notices -------------------------------------------------------------------------------


def _apply_notices(
    session: Session,
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
    by_tracking.update({k: v for k, v in _ids_by_tracking(session, unknown).items() if k not in by_tracking})
    grouped: dict[int, list[Notice]] = {}
    for notice in sorted(notices, key=lambda n: n.at):
        order_id = ids.get(notice.order or "") or by_tracking.get(notice.tracking or "")
        if order_id is None:
            what = f"order {notice.order}" if notice.order else f"the parcel {notice.tracking}"
            outcome.entries.append(
                PlanEntry(
                    notice.order or notice.tracking or "?",
                    SKIP,
                    f"{what} is not in Dispute Desk",
                    (notice.line,),
                )
            )
            outcome.errors.append(
                RowError(
                    notice.line,
                    f"message {notice.line}: {what} is not in Dispute Desk; import the order first",
                )
            )
            continue
        grouped.setdefault(order_id, []).append(notice)
    loaded = _load(session, list(grouped))
    for order_id, items in grouped.items():
        existing = loaded[order_id]
        row = existing.row
        facts = OrderFacts(
            row["number"], row["currency"], row["total"], row["ordered_at"], row["payment_method"]
        )
        events = list(existing.events)
        for notice in items:
            lines = (notice.line,)
            base = PlanEntry(
                row["number"], UNCHANGED, "", lines, row["store"], row["title"], row["total"], row["currency"]
            )
            if row["deleted_at"] is not None:
                outcome.entries.append(_replace(base, SKIP, "the order is in the trash"))
                continue
            event = notice_event(notice, fold(facts, events, profile), events, now)
            if event is None:
                outcome.entries.append(_replace(base, UNCHANGED, f"{notice.kind}: already known"))
                continue
            try:
                if event.at > now:
                    raise Refused(f"the e-mail is dated in the future ({event.at:%Y-%m-%d %H:%M}Z)")
                validate_new_event(facts, events, event, profile)
            except Refused as exc:
                outcome.entries.append(_replace(base, SKIP, str(exc)))
                outcome.errors.append(
                    RowError(notice.line, f"message {notice.line} (order {row['number']}): {exc}")
                )
                continue
            events.append(event)
            detail = event.kind.value + (f" {event.data['tracking']}" if event.data.get("tracking") else "")
            if event.kind is K.NOTE:
                detail = f"note: {event.data.get('note', '')}"
            outcome.entries.append(_replace(base, UPDATE, detail))
            if write:
                _write_notice(session, existing, facts, events, event, profile, now)


def _replace(entry: PlanEntry, action: str, reason: str) -> PlanEntry:
    return PlanEntry(
        entry.order, action, reason, entry.lines, entry.store, entry.title, entry.total, entry.currency
    )


def _write_notice(
    session: Session,
    existing: _Existing,
    facts: OrderFacts,
    events: Sequence[Event],
    event: Event,
    profile: RuleProfile,
    now: datetime,
) -> None:
    connection = session.connection()
    connection.execute(insert(EventRow.__table__), [_event_row(existing.id, event)])  # type: ignore[attr-defined,unused-ignore]
    number = event.data.get("tracking")
    if number and number not in existing.tracking:
        existing.tracking.append(str(number))
        connection.execute(
            insert(TrackingNumberRow.__table__),  # type: ignore[attr-defined,unused-ignore]
            [{"order_id": existing.id, "number": number, "carrier": None, "added_at": now}],
        )
    titles = [ln["title"] for ln in existing.lines]
    values = {
        "updated_at": now,
        "search_text": codec.search_text(facts.number, existing.row["store"], titles, existing.tracking),
        **codec.cache_columns(derive(facts, events, profile, now)),
    }
    connection.execute(update(OrderRow).where(col(OrderRow.id) == existing.id).values(**values))


# -- reading what is there ------------------------------------------------------------------------


def _ids_by_number(session: Session, numbers: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        for order_id, number in session.execute(
            select(col(OrderRow.id), col(OrderRow.number)).where(col(OrderRow.number).in_(chunk))
        ):
            found[number] = order_id
    return found


def _ids_by_tracking(session: Session, numbers: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        for order_id, number in session.execute(
            select(col(TrackingNumberRow.order_id), col(TrackingNumberRow.number)).where(
                col(TrackingNumberRow.number).in_(chunk)
            )
        ):
            found.setdefault(number, order_id)
    return found


_ORDER_COLUMNS = (
    "id", "number", "store", "title", "currency", "total", "payment_method", "ordered_at", "source",
    "source_raw", "deleted_at",
)  # fmt: skip
_LINE_COLUMNS = (
    "order_id",
    "title",
    "quantity",
    "unit_price",
    "options",
    "product_id",
    "sku_id",
    "source_line_id",
)


def _load(session: Session, ids: Sequence[int]) -> dict[int, _Existing]:
    result: dict[int, _Existing] = {}
    orders = OrderRow.__table__.c  # type: ignore[attr-defined]
    lines = OrderLineRow.__table__.c  # type: ignore[attr-defined]
    events = EventRow.__table__.c  # type: ignore[attr-defined]
    tracking = TrackingNumberRow.__table__.c  # type: ignore[attr-defined]
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        for values in session.execute(
            select(*(orders[c] for c in _ORDER_COLUMNS)).where(orders.id.in_(chunk))
        ):
            row = dict(zip(_ORDER_COLUMNS, values, strict=True))
            result[row["id"]] = _Existing(row["id"], row)
        for values in session.execute(
            select(*(lines[c] for c in _LINE_COLUMNS))
            .where(lines.order_id.in_(chunk))
            .order_by(lines.order_id, lines.position)
        ):
            line = dict(zip(_LINE_COLUMNS, values, strict=True))
            result[line["order_id"]].lines.append(line)
        for order_id, kind, at, recorded_at, data in session.execute(
            select(events.order_id, events.kind, events.at, events.recorded_at, events.data)
            .where(events.order_id.in_(chunk))
            .order_by(events.id)
        ):
            result[order_id].events.append(codec.decode_event(kind, at, recorded_at, data))
        for order_id, number in session.execute(
            select(tracking.order_id, tracking.number)
            .where(tracking.order_id.in_(chunk))
            .order_by(tracking.id)
        ):
            result[order_id].tracking.append(number)
    return result


# -- rows -----------------------------------------------------------------------------------------


def _line_row(order_id: int, position: int, line: ImportedLine) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "position": position,
        "title": line.title,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "options": line.options,
        "product_id": line.product_id,
        "sku_id": line.sku_id,
        "source_line_id": line.source_line_id,
    }


def _event_row(order_id: int, event: Event) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "kind": event.kind.value,
        "at": event.at,
        "recorded_at": event.recorded_at,
        "data": codec.encode_data(dict(event.data)),
    }


def _raw_json(parts: dict[str, Any]) -> str:
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _parts(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


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
