"""Orders and their timelines: add, record, edit, trash and restore (the reading use cases are
in :mod:`app.services.order_reads`, what the buyer typed is checked in
:mod:`app.services.order_input`).

Every method that writes runs in one transaction: validation first, then the rows, then the
list cache of the order, so a refused action writes nothing and a committed event always comes
with a fresh cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from app.clock import Clock
from app.domain.currencies import is_known_currency
from app.domain.deadlines import derive
from app.domain.errors import Refused
from app.domain.model import Event, EventKind, LineFacts, OrderFacts
from app.domain.order_numbers import valid_order_number
from app.domain.parsing import format_utc
from app.domain.profile import PAYMENT_METHODS
from app.domain.timeutil import epoch
from app.domain.validation import validate_new_event, validate_timeline
from app.i18n import translate
from app.services.order_input import (
    DAYS_LIMITS,
    checked_edit,
    checked_ship_by,
    event_data,
    note_text,
    plain,
    recordable_kind,
    required_text,
)
from app.services.order_reads import OrderReads, derive_ids, find_order, live_order, order_detail
from app.services.rules import RuleService
from app.services.views import NewEvent, NewOrder, OrderDetail
from app.store.list_rows import DEMO_SOURCE, ListRow
from app.store.records import LineRecord, NewOrderRecord
from app.store.store import Store

K = EventKind
EDITABLE = frozenset({"number", "store", "title", "note", "payment_method", "total", "currency", "ship_by"})


class OrderService(OrderReads):
    def __init__(self, store: Store, clock: Clock, *, rules: RuleService | None = None) -> None:
        self._store = store
        self._clock = clock
        self.rules = rules or RuleService(store, clock)
        self.rules.when_changed(self.refresh_all)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def clock(self) -> Clock:
        return self._clock

    # -- writing --------------------------------------------------------------------------------

    def add_order(self, new: NewOrder) -> OrderDetail:
        now = self._clock.now()
        number = valid_order_number(new.number)
        store = required_text(new.store, "store")
        title = required_text(new.title, "title")
        if new.total < 0:
            raise Refused(translate("refusal", "the total can't be negative"), fields=("total",))
        if not is_known_currency(new.currency):
            raise Refused(
                translate("refusal", 'unknown currency "{code}" (use an ISO code such as USD or EUR)').format(
                    code=new.currency
                ),
                fields=("currency",),
            )
        if new.payment_method is not None and new.payment_method not in PAYMENT_METHODS:
            raise Refused(
                translate("refusal", "payment method must be one of {choices}").format(
                    choices=", ".join(PAYMENT_METHODS)
                ),
                fields=("payment_method",),
            )
        ordered_at = new.ordered_at or new.paid_at or now
        if ordered_at > now:
            raise Refused(translate("refusal", "the order date is in the future"), fields=("ordered_at",))
        if new.paid_at is not None and new.paid_at < ordered_at:
            raise Refused(
                translate("refusal", "the payment time is before the order time"), fields=("paid_at",)
            )
        if new.paid_at is not None and new.paid_at > now:
            raise Refused(translate("refusal", "the payment time is in the future"), fields=("paid_at",))
        if new.processing_days is not None and new.ship_by is not None:
            raise Refused(
                translate("refusal", "give the processing days or the ship-by time, not both"),
                fields=("processing_days", "ship_by"),
            )
        if new.processing_days is not None and not DAYS_LIMITS[0] <= new.processing_days <= DAYS_LIMITS[1]:
            raise Refused(
                translate("refusal", "processing days must be between 1 and 365"),
                fields=("processing_days",),
                limits=DAYS_LIMITS,
            )
        if new.ship_by is not None and new.ship_by <= ordered_at:
            raise Refused(
                translate("refusal", "the ship-by time must be after the order time"), fields=("ship_by",)
            )
        profile = self.rules.profile()
        ordered_data: dict[str, Any] = {}
        if new.processing_days is not None:
            ordered_data["processing_days"] = new.processing_days
        if new.ship_by is not None:
            ordered_data["ship_by"] = format_utc(new.ship_by)
        events = [Event(K.ORDERED, ordered_at, now, ordered_data)]
        if new.paid_at is not None:
            events.append(Event(K.PAID, new.paid_at, now, {}))
        with self._store.write() as tx:
            if tx.order(number) is not None:
                raise Refused(translate("refusal", "order {order} already exists").format(order=number))
            record = NewOrderRecord(
                number=number,
                store=store,
                title=title,
                currency=new.currency,
                total=new.total,
                payment_method=new.payment_method,
                ordered_at=ordered_at,
                lines=[LineRecord(0, title, 1, new.total)],
                events=events,
                evaluation=derive(
                    OrderFacts(
                        number,
                        new.currency,
                        new.total,
                        ordered_at,
                        new.payment_method,
                        (LineFacts(1, title, new.total),),
                    ),
                    events,
                    profile,
                    now,
                ),
                note=note_text(new.note),
            )
            tx.insert_orders([record], now)
            return order_detail(tx, find_order(tx, number), profile, now)

    def record_event(self, number: str, new: NewEvent) -> OrderDetail:
        now = self._clock.now()
        at = new.at or now
        if at > now:
            raise Refused(
                translate("refusal", "that time is in the future; record what has happened"), fields=("at",)
            )
        kind = recordable_kind(new.kind)
        data = event_data(kind, new, at)
        profile = self.rules.profile()
        with self._store.write() as tx:
            order = live_order(tx, number)
            events = tx.events(order.id)
            event = Event(kind, at, now, data)
            validate_new_event(order.facts, events, event, profile)
            tx.append_events(order.id, [event])
            if data.get("tracking"):
                # The cleaned values, as in the event: the list and the timeline must agree.
                tx.add_tracking(order.id, data["tracking"], data.get("carrier"), now)
            tx.update_fields(order.id, {"updated_at": now})
            tx.store_cache(order.id, derive(order.facts, [*events, event], profile, now))
            return order_detail(tx, order, profile, now)

    def edit_order(self, number: str, changes: dict[str, Any]) -> OrderDetail:
        """Change the order's own fields; the old and new values are kept as an ``edited`` event.
        A new ``number`` (a typo corrected) must be free; the returned order carries it."""
        now = self._clock.now()
        unknown = set(changes) - EDITABLE
        if unknown:
            raise Refused(translate("refusal", "can't edit {field}").format(field=", ".join(sorted(unknown))))
        profile = self.rules.profile()
        with self._store.write() as tx:
            order = live_order(tx, number)
            events = tx.events(order.id)
            diff: dict[str, list[Any]] = {}
            if "ship_by" in changes:
                # Not a column: the seller's time to ship lives in the timeline, so the edit
                # event carries it and the fold applies it (basis entered).
                old_stamp, new_stamp = checked_ship_by(order.facts, events, profile, now, changes["ship_by"])
                if old_stamp != new_stamp:
                    diff["ship_by"] = [old_stamp, new_stamp]
            values: dict[str, Any] = {}
            for field, value in changes.items():
                if field == "ship_by":
                    continue
                value = checked_edit(field, value)
                old = getattr(order, field)
                if field == "number" and old != value and tx.order(value) is not None:
                    raise Refused(
                        translate("refusal", "order {order} already exists").format(order=value),
                        fields=("number",),
                    )
                if old != value:
                    diff[field] = [plain(old), plain(value)]
                    values[field] = value
            if not diff:
                return order_detail(tx, order, profile, now)
            edited = replace(order, **values)
            if "total" in diff:
                # Amounts already in the timeline must still fit the new total.
                validate_timeline(edited.facts, events, profile)
            edit = Event(K.EDITED, now, now, {"changes": diff})
            tx.append_events(order.id, [edit])
            tx.update_fields(order.id, {**values, "updated_at": now})
            tx.store_cache(order.id, derive(edited.facts, [*events, edit], profile, now))
            return order_detail(tx, edited, profile, now)

    def trash(self, number: str) -> None:
        now = self._clock.now()
        with self._store.write() as tx:
            order = find_order(tx, number)
            if order.in_trash:
                raise Refused(
                    translate("refusal", "order {order} is already in the trash").format(order=number)
                )
            tx.update_fields(order.id, {"deleted_at": now})
            tx.append_events(order.id, [Event(K.TRASHED, now, now, {})])

    def restore(self, number: str) -> None:
        now = self._clock.now()
        with self._store.write() as tx:
            order = find_order(tx, number)
            if not order.in_trash:
                raise Refused(translate("refusal", "order {order} is not in the trash").format(order=number))
            tx.update_fields(order.id, {"deleted_at": None})
            tx.append_events(order.id, [Event(K.RESTORED, now, now, {})])

    def refresh_all(self) -> int:
        """Derive every order's cache again (after the rules changed). Returns the count."""
        now = self._clock.now()
        profile = self.rules.profile()
        with self._store.write() as tx:
            derived = derive_ids(tx, tx.all_order_ids(), profile, now)
            tx.store_caches(derived)
            return len(derived)

    def refresh_stale(self, ids: Sequence[int]) -> list[ListRow]:
        """Derive the given orders again as of now, store their caches and return their rows."""
        if ids:
            now = self._clock.now()
            profile = self.rules.profile()
            with self._store.write() as tx:
                tx.store_caches(derive_ids(tx, list(ids), profile, now))
        with self._store.read() as tx:
            return tx.list_rows(epoch(self._clock.now()), ids).rows

    def has_demo_orders(self) -> bool:
        with self._store.read() as tx:
            return tx.has_orders_from(DEMO_SOURCE)

    def remove_demo_orders(self) -> int:
        """Remove the sample data in one step. Only rows the demo wrote: the buyer's own orders
        are never touched (they have another source)."""
        with self._store.write() as tx:
            return tx.remove_orders_from(DEMO_SOURCE)

    def doctor(self) -> list[str]:
        """What is wrong with the stored data; an empty list means all is well."""
        return self._store.check()
