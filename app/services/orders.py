"""Orders and their timelines: add, record, list, show, deadlines, trash and restore.

Every method that writes runs in one transaction: validation first, then the rows, then the
list cache of the order, so a refused action writes nothing and a committed event always comes
with a fresh cache. Reading methods take ``at`` ("as of") and read the list cache with plain
SQL; an order whose cache does not hold for ``at`` is derived again from its events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from app.clock import Clock
from app.domain.advice_cancel import CancelAdvice, advise_cancel
from app.domain.advice_dispute import DisputeAdvice, advise_dispute
from app.domain.case import CaseSummary, case_summary
from app.domain.currencies import is_known_currency
from app.domain.deadlines import Evaluation, derive
from app.domain.errors import Refused
from app.domain.lifecycle import Phase, fold
from app.domain.model import (
    CANCEL_REASONS,
    DISPUTE_REASONS,
    OUTCOMES,
    RECORDABLE_KINDS,
    Event,
    EventKind,
    OrderFacts,
    Status,
)
from app.domain.profile import PAYMENT_METHODS, RuleProfile
from app.domain.timeutil import epoch
from app.domain.validation import (
    describe_phase,
    sensible_events,
    validate_new_event,
    validate_timeline,
)
from app.services import codec
from app.services.listing import DEMO_SOURCE, ListRow, cache_holds, load_rows
from app.services.rules import RuleService
from app.services.views import (
    DeadlineView,
    NewEvent,
    NewOrder,
    OrderDetail,
    OrderLineView,
    OrderListItem,
    TimelineEntry,
)
from app.store.database import Database
from app.store.tables import EventRow, OrderLineRow, OrderRow, TrackingNumberRow

K = EventKind
MAX_TEXT = 2000
_LIST_COLUMNS = (
    "id, number, store, title, total, currency, status, deadlines_json, cache_valid_from, cache_valid_until"
)


@dataclass(frozen=True)
class _CachedRow:
    id: int
    number: str
    store: str
    title: str
    total: str
    currency: str
    status: str
    deadlines_json: str
    valid_from: int | None
    valid_until: int | None


class OrderService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.rules = RuleService(db, clock, on_change=self.refresh_all)

    @property
    def database(self) -> Database:
        return self._db

    @property
    def clock(self) -> Clock:
        return self._clock

    # -- writing --------------------------------------------------------------------------------

    def add_order(self, new: NewOrder) -> OrderDetail:
        now = self._clock.now()
        number = _required_text(new.number, "order number")
        store = _required_text(new.store, "store")
        title = _required_text(new.title, "title")
        if new.total < 0:
            raise Refused("the total can't be negative")
        if not is_known_currency(new.currency):
            raise Refused(f'unknown currency "{new.currency}" (use an ISO code such as USD or EUR)')
        if new.payment_method is not None and new.payment_method not in PAYMENT_METHODS:
            raise Refused(f"payment method must be one of {', '.join(PAYMENT_METHODS)}")
        ordered_at = new.ordered_at or new.paid_at or now
        if ordered_at > now:
            raise Refused("the order date is in the future")
        if new.paid_at is not None and new.paid_at < ordered_at:
            raise Refused("the payment time is before the order time")
        if new.paid_at is not None and new.paid_at > now:
            raise Refused("the payment time is in the future")
        if new.processing_days is not None and new.ship_by is not None:
            raise Refused("give the processing days or the ship-by time, not both")
        if new.processing_days is not None and not 0 < new.processing_days <= 365:
            raise Refused("processing days must be between 1 and 365")
        if new.ship_by is not None and new.ship_by <= ordered_at:
            raise Refused("the ship-by time must be after the order time")
        profile = self.rules.profile()
        with self._db.session() as session:
            if session.exec(select(OrderRow.id).where(OrderRow.number == number)).first() is not None:
                raise Refused(f"order {number} already exists")
            row = OrderRow(
                number=number,
                store=store,
                title=title,
                currency=new.currency,
                total=new.total,
                payment_method=new.payment_method,
                ordered_at=ordered_at,
                note=new.note.strip(),
                created_at=now,
                updated_at=now,
                items_count=1,
                search_text=codec.search_text(number, store, [title], []),
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            session.add(
                OrderLineRow(order_id=row.id, position=0, title=title, quantity=1, unit_price=new.total)
            )
            ordered_data: dict[str, Any] = {}
            if new.processing_days is not None:
                ordered_data["processing_days"] = new.processing_days
            if new.ship_by is not None:
                ordered_data["ship_by"] = codec.stamp(new.ship_by)
            events = [Event(K.ORDERED, ordered_at, now, ordered_data)]
            if new.paid_at is not None:
                events.append(Event(K.PAID, new.paid_at, now, {}))
            for event in events:
                session.add(_event_row(row.id, event))
            self._store_cache(session, row, events, profile, now)
            return self._detail(session, row, profile, now)

    def record_event(self, number: str, new: NewEvent) -> OrderDetail:
        now = self._clock.now()
        at = new.at or now
        if at > now:
            raise Refused("that time is in the future; record what has happened")
        kind = _recordable_kind(new.kind)
        data = _event_data(kind, new, at)
        profile = self.rules.profile()
        with self._db.session() as session:
            row = self._live_order(session, number)
            events = self._events(session, row)
            event = Event(kind, at, now, data)
            validate_new_event(_facts(row), events, event, profile)
            session.add(_event_row(_id(row), event))
            if data.get("tracking"):
                # The cleaned values, as in the event: the list and the timeline must agree.
                self._add_tracking(session, row, data["tracking"], data.get("carrier"), now)
            row.updated_at = now
            self._store_cache(session, row, [*events, event], profile, now)
            return self._detail(session, row, profile, now)

    def edit_order(self, number: str, changes: dict[str, Any]) -> OrderDetail:
        """Change the order's own fields; the old and new values are kept as an ``edited`` event."""
        now = self._clock.now()
        allowed = {"store", "title", "note", "payment_method", "total", "currency", "ship_by"}
        unknown = set(changes) - allowed
        if unknown:
            raise Refused(f"can't edit {', '.join(sorted(unknown))}")
        profile = self.rules.profile()
        with self._db.session() as session:
            row = self._live_order(session, number)
            diff: dict[str, list[Any]] = {}
            if "ship_by" in changes:
                # Not a column: the seller's time to ship lives in the timeline, so the edit
                # event carries it and the fold applies it (basis entered).
                old_stamp, new_stamp = _checked_ship_by(
                    _facts(row), self._events(session, row), profile, now, changes["ship_by"]
                )
                if old_stamp != new_stamp:
                    diff["ship_by"] = [old_stamp, new_stamp]
            for field, value in changes.items():
                if field == "ship_by":
                    continue
                value = _checked_edit(field, value)
                old = getattr(row, field)
                if old != value:
                    diff[field] = [_plain(old), _plain(value)]
                    setattr(row, field, value)
            if not diff:
                return self._detail(session, row, profile, now)
            events = self._events(session, row)
            if "total" in diff:
                # Amounts already in the timeline must still fit the new total.
                validate_timeline(_facts(row), events, profile)
            edit = Event(K.EDITED, now, now, {"changes": diff})
            session.add(_event_row(_id(row), edit))
            row.updated_at = now
            row.search_text = codec.search_text(
                row.number, row.store, [row.title], self._tracking(session, row)
            )
            self._store_cache(session, row, [*events, edit], profile, now)
            return self._detail(session, row, profile, now)

    def trash(self, number: str) -> None:
        now = self._clock.now()
        with self._db.session() as session:
            row = self._order(session, number)
            if row.deleted_at is not None:
                raise Refused(f"order {number} is already in the trash")
            row.deleted_at = now
            session.add(_event_row(_id(row), Event(K.TRASHED, now, now, {})))

    def restore(self, number: str) -> None:
        now = self._clock.now()
        with self._db.session() as session:
            row = self._order(session, number)
            if row.deleted_at is None:
                raise Refused(f"order {number} is not in the trash")
            row.deleted_at = None
            session.add(_event_row(_id(row), Event(K.RESTORED, now, now, {})))

    def refresh_all(self) -> int:
        """Derive every order's cache again (after the rules changed). Returns the count."""
        now = self._clock.now()
        profile = self.rules.profile()
        with self._db.session() as session:
            ids = list(session.exec(select(OrderRow.id)))
            derived = self._derive_ids(session, [i for i in ids if i is not None], profile, now)
            for order_id, evaluation in derived.items():
                session.execute(
                    update(OrderRow)
                    .where(col(OrderRow.id) == order_id)
                    .values(**codec.cache_columns(evaluation))
                )
            return len(derived)

    # -- reading --------------------------------------------------------------------------------

    def list_orders(
        self, *, status: str | None = None, at: datetime | None = None, trash: bool = False
    ) -> list[OrderListItem]:
        when = at or self._clock.now()
        if status is not None and status not in {s.value for s in Status}:
            raise Refused(f'unknown status "{status}"')
        items = []
        for row, status_value, deadlines in self._current(when, trash=trash, persist=at is None):
            if status is not None and status_value != status:
                continue
            nxt = deadlines[0] if deadlines else None
            items.append(
                OrderListItem(
                    row.number,
                    row.store,
                    row.title,
                    Decimal(row.total),
                    row.currency,
                    Status(status_value),
                    codec.deadline_view(row.number, nxt, Status(status_value), when) if nxt else None,
                )
            )
        return items

    def deadlines(self, *, at: datetime | None = None, within: timedelta | None = None) -> list[DeadlineView]:
        when = at or self._clock.now()
        views = []
        for row, status_value, deadlines in self._current(
            when, trash=False, persist=at is None, only_open=True
        ):
            status = Status(status_value)
            for deadline in deadlines:
                if within is not None and deadline.due - when > within:
                    continue
                views.append(codec.deadline_view(row.number, deadline, status, when))
        views.sort(key=lambda v: (v.due, v.order, v.kind.value))
        return views

    def show(self, number: str, *, at: datetime | None = None) -> OrderDetail:
        when = at or self._clock.now()
        profile = self.rules.profile()
        with self._db.read() as session:
            row = self._order(session, number)
            return self._detail(session, row, profile, when)

    def advise_cancel(
        self,
        number: str,
        reason: str | None = None,
        at: datetime | None = None,
        ship_by: datetime | None = None,
    ) -> CancelAdvice:
        """The cancel wizard's advice for the order as of ``at`` (default now); see
        ``app.domain.advice_cancel``. ``ship_by`` is a ship-by time the buyer has just typed and
        not saved: the advice answers as if it were known. Reads only."""
        if reason is not None and reason not in CANCEL_REASONS:
            raise Refused(f'unknown reason "{reason}" (one of: {", ".join(CANCEL_REASONS)})')
        when = at or self._clock.now()
        profile = self.rules.profile()
        with self._db.read() as session:
            row = self._order(session, number)
            facts, events = _facts(row), self._events(session, row)
        return advise_cancel(facts, events, profile, when, reason, ship_by=ship_by)

    def advise_dispute(
        self, number: str, reason: str, at: datetime | None = None, refund: Decimal | None = None
    ) -> DisputeAdvice:
        """The dispute wizard's advice for the order and ``reason`` as of ``at`` (default now); see
        ``app.domain.advice_dispute``. Reads only."""
        if reason not in DISPUTE_REASONS:
            raise Refused(f'unknown reason "{reason}" (one of: {", ".join(DISPUTE_REASONS)})')
        when = at or self._clock.now()
        profile = self.rules.profile()
        with self._db.read() as session:
            row = self._order(session, number)
            facts, events = _facts(row), self._events(session, row)
        return advise_dispute(facts, events, profile, when, reason, refund)

    def case(self, number: str, at: datetime | None = None) -> CaseSummary | None:
        """Where the order's dispute stands as of ``at`` (default now) and what comes next; None
        when the order never had a dispute. See ``app.domain.case``. Reads only."""
        when = at or self._clock.now()
        profile = self.rules.profile()
        with self._db.read() as session:
            row = self._order(session, number)
            facts, events = _facts(row), self._events(session, row)
        return case_summary(facts, events, profile, when)

    def doctor(self) -> list[str]:
        """What is wrong with the stored data; an empty list means all is well."""
        return self._db.check()

    def sensible_events(self, number: str) -> list[str]:
        """The events that could be recorded now, in lifecycle order (the GUI's buttons)."""
        now = self._clock.now()
        profile = self.rules.profile()
        with self._db.read() as session:
            row = self._live_order(session, number)
            return [k.value for k in sensible_events(_facts(row), self._events(session, row), profile, now)]

    def refresh_stale(self, ids: Sequence[int]) -> list[ListRow]:
        """Derive the given orders again as of now, store their caches and return their rows."""
        if ids:
            now = self._clock.now()
            profile = self.rules.profile()
            with self._db.session() as session:
                for order_id, evaluation in self._derive_ids(session, list(ids), profile, now).items():
                    session.execute(
                        update(OrderRow)
                        .where(col(OrderRow.id) == order_id)
                        .values(**codec.cache_columns(evaluation))
                    )
        return load_rows(self._db.path, epoch(self._clock.now()), ids).rows

    def has_demo_orders(self) -> bool:
        with self._db.raw() as conn:
            return (
                conn.execute("SELECT 1 FROM orders WHERE source = ? LIMIT 1", (DEMO_SOURCE,)).fetchone()
                is not None
            )

    def remove_demo_orders(self) -> int:
        """Remove the sample data in one step. Only rows the demo wrote: the buyer's own orders
        are never touched (they have another source)."""
        with self._db.session() as session:
            result = session.execute(delete(OrderRow).where(col(OrderRow.source) == DEMO_SOURCE))
            return int(result.rowcount)  # type: ignore[attr-defined]

    def count(self) -> int:
        with self._db.raw() as conn:
            return int(conn.execute("SELECT count(*) FROM orders WHERE deleted_at IS NULL").fetchone()[0])

    # -- internals ------------------------------------------------------------------------------

    def _current(
        self, when: datetime, *, trash: bool, persist: bool, only_open: bool = False
    ) -> Iterable[tuple[_CachedRow, str, list[Any]]]:
        """Every order's status and deadlines as of ``when``: the cache where it holds, a fresh
        derivation where it doesn't (written back when ``when`` is now)."""
        at = epoch(when)
        where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
        if only_open:
            # Orders without deadlines whose cache holds can't contribute: skip them in SQL.
            where += (
                " AND NOT (deadlines_json = '[]' AND status != '' AND (cache_valid_from IS NULL OR"
                " cache_valid_from <= ?) AND (cache_valid_until IS NULL OR cache_valid_until > ?))"
            )
        params: tuple[int, ...] = (at, at) if only_open else ()
        with self._db.raw() as conn:
            rows = [
                _CachedRow(*r)
                for r in conn.execute(f"SELECT {_LIST_COLUMNS} FROM orders WHERE {where} ORDER BY id", params)
            ]
        stale = [r.id for r in rows if not cache_holds(r.valid_from, r.valid_until, r.status, at)]
        fresh: dict[int, Evaluation] = {}
        if stale:
            profile = self.rules.profile()
            with self._db.session() as session:
                # As of another time, orders placed after it did not exist yet: leave them out.
                # (Now, every order counts, even one dated ahead by a wrong clock.)
                placed_by = None if persist else when
                fresh = self._derive_ids(session, stale, profile, when, placed_by=placed_by)
                if persist:
                    for order_id, evaluation in fresh.items():
                        session.execute(
                            update(OrderRow)
                            .where(col(OrderRow.id) == order_id)
                            .values(**codec.cache_columns(evaluation))
                        )
        unplaced = set(stale) - fresh.keys()
        cached = [r for r in rows if r.id not in fresh and r.id not in unplaced]
        # One JSON parse for all cached lists: tens of thousands of small parses cost 3× more.
        decoded = dict(
            zip(
                (r.id for r in cached),
                codec.decode_many_deadlines([r.deadlines_json for r in cached]),
                strict=True,
            )
        )
        for r in rows:
            derived = fresh.get(r.id)
            if derived is not None:
                yield r, derived.status.value, list(derived.deadlines)
            elif r.id in decoded:
                yield r, r.status, decoded[r.id]

    def _derive_ids(
        self,
        session: Session,
        ids: Sequence[int],
        profile: RuleProfile,
        when: datetime,
        *,
        placed_by: datetime | None = None,
    ) -> dict[int, Evaluation]:
        """Derive the given orders as of ``when``; with ``placed_by``, orders placed after it are
        left out of the result."""
        result: dict[int, Evaluation] = {}
        for row, events in _timelines(session, ids):
            if placed_by is not None and row.ordered_at > placed_by:
                continue
            result[_id(row)] = derive(_facts(row), events, profile, when)
        return result

    def timelines(self, ids: Sequence[int]) -> Iterator[tuple[OrderFacts, list[Event]]]:
        """The facts and the events of the orders ``ids``, read in one reading transaction."""
        with self._db.read() as session:
            for row, events in _timelines(session, ids):
                yield _facts(row), events

    def _store_cache(
        self, session: Session, row: OrderRow, events: Sequence[Event], profile: RuleProfile, now: datetime
    ) -> Evaluation:
        evaluation = derive(_facts(row), events, profile, now)
        for name, value in codec.cache_columns(evaluation).items():
            setattr(row, name, value)
        session.add(row)
        return evaluation

    def _detail(self, session: Session, row: OrderRow, profile: RuleProfile, when: datetime) -> OrderDetail:
        events = self._events(session, row)
        evaluation = derive(_facts(row), events, profile, when)
        lines = session.exec(
            select(OrderLineRow).where(OrderLineRow.order_id == row.id).order_by(col(OrderLineRow.position))
        )
        timeline = tuple(
            TimelineEntry(e.kind.value, e.at, e.recorded_at, dict(e.data))
            for e in sorted(events, key=lambda e: e.at)
            if e.at <= when
        )
        return OrderDetail(
            order=row.number,
            store=row.store,
            title=row.title,
            total=row.total,
            currency=row.currency,
            payment_method=row.payment_method,
            ordered_at=row.ordered_at,
            note=row.note,
            status=evaluation.status,
            in_trash=row.deleted_at is not None,
            lines=tuple(OrderLineView(ln.title, ln.quantity, ln.unit_price, ln.options) for ln in lines),
            # From the events, so that an as-of view shows only the numbers known by then.
            tracking=tuple(
                dict.fromkeys(str(e.data["tracking"]) for e in timeline if e.data.get("tracking"))
            ),
            timeline=timeline,
            deadlines=tuple(
                codec.deadline_view(row.number, d, evaluation.status, when) for d in evaluation.deadlines
            ),
        )

    def _order(self, session: Session, number: str) -> OrderRow:
        row = session.exec(select(OrderRow).where(OrderRow.number == number.strip())).first()
        if row is None:
            raise Refused(f"no order {number}")
        return row

    def _live_order(self, session: Session, number: str) -> OrderRow:
        row = self._order(session, number)
        if row.deleted_at is not None:
            raise Refused(f"order {number} is in the trash; restore it first")
        return row

    def _events(self, session: Session, row: OrderRow) -> list[Event]:
        rows = session.exec(select(EventRow).where(EventRow.order_id == row.id).order_by(col(EventRow.id)))
        return [codec.decode_event(e.kind, e.at, e.recorded_at, e.data) for e in rows]

    def _tracking(self, session: Session, row: OrderRow) -> list[str]:
        return list(
            session.exec(
                select(TrackingNumberRow.number)
                .where(TrackingNumberRow.order_id == row.id)
                .order_by(col(TrackingNumberRow.id))
            )
        )

    def _add_tracking(
        self, session: Session, row: OrderRow, number: str, carrier: str | None, now: datetime
    ) -> None:
        existing = self._tracking(session, row)
        if number in existing:
            return
        session.add(TrackingNumberRow(order_id=_id(row), number=number, carrier=carrier, added_at=now))
        row.search_text = codec.search_text(row.number, row.store, [row.title], [*existing, number])


def _id(row: OrderRow) -> int:
    assert row.id is not None
    return row.id


def _timelines(session: Session, ids: Sequence[int]) -> Iterator[tuple[OrderRow, list[Event]]]:
    """Each order of ``ids`` with its events, 500 orders per query."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        orders = session.exec(select(OrderRow).where(col(OrderRow.id).in_(chunk)).order_by(col(OrderRow.id)))
        events: dict[int, list[Event]] = {i: [] for i in chunk}
        for e in session.exec(
            select(EventRow).where(col(EventRow.order_id).in_(chunk)).order_by(col(EventRow.id))
        ):
            events[e.order_id].append(codec.decode_event(e.kind, e.at, e.recorded_at, e.data))
        for row in orders.all():
            yield row, events[_id(row)]


def _facts(row: OrderRow) -> OrderFacts:
    return OrderFacts(row.number, row.currency, row.total, row.ordered_at, row.payment_method)


def _event_row(order_id: int, event: Event) -> EventRow:
    return EventRow(
        order_id=order_id,
        kind=event.kind.value,
        at=event.at,
        recorded_at=event.recorded_at,
        data=codec.encode_data(dict(event.data)),
    )


def _required_text(value: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise Refused(f"the {what} is empty")
    if len(text) > MAX_TEXT:
        raise Refused(f"the {what} is too long (at most {MAX_TEXT} characters)")
    return text


def _recordable_kind(name: str) -> EventKind:
    try:
        kind = EventKind(name)
    except ValueError:
        kind = None
    if kind is None or kind not in RECORDABLE_KINDS:
        raise Refused(f'unknown event "{name}" (one of: {", ".join(k.value for k in RECORDABLE_KINDS)})')
    return kind


# Which options each event takes; anything else given is refused rather than silently dropped.
_OPTIONS: dict[EventKind, frozenset[str]] = {
    K.PAID: frozenset({"processing_days", "ship_by"}),
    K.SHIPPED: frozenset({"tracking", "carrier", "protection_ends", "protection_left"}),
    K.TRACKING_UPDATE: frozenset({"tracking", "carrier"}),
    K.CANCEL_REQUESTED: frozenset({"reason"}),
    K.CANCEL_APPROVED: frozenset(),
    K.CANCEL_REJECTED: frozenset({"reason"}),
    K.CANCELLED: frozenset({"reason"}),
    K.EXTENSION_REQUESTED: frozenset({"days"}),
    K.PROTECTION_EXTENDED: frozenset({"protection_ends", "protection_left", "days"}),
    K.DISPUTE_OPENED: frozenset({"reason", "refund", "wants_return"}),
    K.DISPUTE_CANCELLED: frozenset(),
    K.SELLER_RESPONDED: frozenset({"offer"}),
    K.DECIDED: frozenset({"outcome", "amount"}),
    K.REFUND_ISSUED: frozenset({"amount"}),
    K.REFUND_RECEIVED: frozenset({"amount"}),
}
_OPTION_FLAGS = {
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
}


def _event_data(kind: EventKind, new: NewEvent, at: datetime) -> dict[str, Any]:
    # "is not": 0 == False, and "--days 0" is an option given, not an option left out.
    given = {name for name in _OPTION_FLAGS if not _unset(getattr(new, name))}
    extra = given - _OPTIONS.get(kind, frozenset())
    if extra:
        flags = ", ".join(sorted(_OPTION_FLAGS[name] for name in extra))
        raise Refused(f"{flags} doesn't apply to {kind.value}")
    if new.protection_ends is not None and new.protection_left is not None:
        raise Refused("give --protection-ends or --protection-left, not both")
    if new.ship_by is not None and new.processing_days is not None:
        raise Refused("give --processing-days or --ship-by, not both")
    data: dict[str, Any] = {}
    if new.note.strip():
        data["note"] = new.note.strip()[:MAX_TEXT]
    if kind is K.NOTE and not data:
        raise Refused("a note needs its text (--note)")
    if new.processing_days is not None:
        if not 0 < new.processing_days <= 365:
            raise Refused("processing days must be between 1 and 365")
        data["processing_days"] = new.processing_days
    if new.ship_by is not None:
        if new.ship_by <= at:
            raise Refused("the ship-by time must be after the payment")
        data["ship_by"] = codec.stamp(new.ship_by)
    if new.tracking is not None:
        data["tracking"] = _required_text(new.tracking, "tracking number")
    if new.carrier:
        data["carrier"] = new.carrier.strip()
    ends = new.protection_ends
    if new.protection_left is not None:
        if new.protection_left <= timedelta(0):
            raise Refused("the protection countdown must be more than zero")
        ends = at + new.protection_left
    if ends is not None:
        if ends <= at:
            raise Refused("buyer protection must end after the event")
        data["protection_ends"] = codec.stamp(ends)
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
        data["return"] = True
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


def _checked_edit(field: str, value: Any) -> Any:
    if field in ("store", "title"):
        return _required_text(str(value), field)
    if field == "note":
        return str(value).strip()[:MAX_TEXT]
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


def _checked_ship_by(
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
    old = codec.stamp(history.ship_by.astimezone(UTC)) if history.ship_by is not None else None
    return old, codec.stamp(value.astimezone(UTC))


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value
