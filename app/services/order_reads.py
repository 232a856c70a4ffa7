"""The reading half of :class:`~app.services.orders.OrderService`: the list, the deadlines, one
order in full, the wizards' advice and where a dispute stands.

Reads take ``at`` ("as of", default now). The list and the deadlines come from the list cache;
an order whose cache does not hold at ``at`` is derived again from its events (and, when ``at``
is now, the fresh result is stored, so the next read finds it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from app.clock import Clock
from app.domain.actions import action_for
from app.domain.advice_cancel import CancelAdvice, advise_cancel
from app.domain.advice_dispute import DisputeAdvice, advise_dispute
from app.domain.case import CaseSummary, case_summaries
from app.domain.deadlines import Deadline, Evaluation, derive
from app.domain.errors import Refused
from app.domain.lifecycle import fold
from app.domain.model import CANCEL_REASONS, DISPUTE_REASONS, LINE_EVENTS, Event, OrderFacts, Status, urgency
from app.domain.profile import RuleProfile
from app.domain.timeutil import epoch
from app.domain.validation import sensible_events
from app.services.gc_pause import collector_paused
from app.services.rules import RuleService
from app.services.views import (
    DeadlineView,
    LineDispute,
    OrderDetail,
    OrderLineView,
    OrderListItem,
    TimelineEntry,
)
from app.store.codec import decode_many_deadlines
from app.store.list_rows import CachedRow
from app.store.records import OrderRecord
from app.store.store import Store
from app.store.transaction import Transaction


class OrderReads:
    """Mixed into :class:`~app.services.orders.OrderService`."""

    _store: Store
    _clock: Clock
    rules: RuleService

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
                    deadline_view(row.number, nxt, Status(status_value), when) if nxt else None,
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
                views.append(deadline_view(row.number, deadline, status, when))
        views.sort(key=lambda v: (v.due, v.order, v.kind.value))
        return views

    def show(self, number: str, *, at: datetime | None = None) -> OrderDetail:
        when = at or self._clock.now()
        profile = self.rules.profile()
        with self._store.read() as tx:
            return order_detail(tx, find_order(tx, number), profile, when)

    def advise_cancel(
        self,
        number: str,
        reason: str | None = None,
        at: datetime | None = None,
        ship_by: datetime | None = None,
        language: str | None = None,
    ) -> CancelAdvice:
        """The cancel wizard's advice for the order as of ``at`` (default now); see
        ``app.domain.advice_cancel``. ``ship_by`` is a ship-by time the buyer has just typed and
        not saved: the advice answers as if it were known. ``language``: of the message to the
        seller (``app.i18n.draft_languages()``; None: the buyer's). Reads only."""
        if reason is not None and reason not in CANCEL_REASONS:
            raise Refused(f'unknown reason "{reason}" (one of: {", ".join(CANCEL_REASONS)})')
        when = at or self._clock.now()
        facts, events = self._timeline(number)
        advice = advise_cancel(facts, events, self.rules.profile(), when, reason, ship_by=ship_by)
        return _drafted_in(advice, language)

    def advise_dispute(
        self,
        number: str,
        reason: str,
        at: datetime | None = None,
        refund: Decimal | None = None,
        line: int | None = None,
        language: str | None = None,
    ) -> DisputeAdvice:
        """The dispute wizard's advice for the order (its item ``line``, None: the whole order)
        and ``reason`` as of ``at`` (default now); see ``app.domain.advice_dispute``.
        ``language``: of the dispute text (``app.i18n.draft_languages()``; None: the buyer's).
        Reads only."""
        if reason not in DISPUTE_REASONS:
            raise Refused(f'unknown reason "{reason}" (one of: {", ".join(DISPUTE_REASONS)})')
        when = at or self._clock.now()
        with self._store.read() as tx:
            order = find_order(tx, number)
            facts, events, evidence = order.facts, tx.events(order.id), tx.evidence_count(order.id)
        # The text attaches the photos and videos the order has, and only those.
        advice = advise_dispute(
            facts, events, self.rules.profile(), when, reason, refund, line=line, evidence=evidence
        )
        return _drafted_in(advice, language)

    def case(self, number: str, at: datetime | None = None) -> CaseSummary | None:
        """Where the order's latest dispute stands as of ``at`` (default now) and what comes next;
        None when the order never had a dispute. See ``app.domain.case``. Reads only."""
        cases = self.cases(number, at)
        return cases[-1] if cases else None

    def cases(self, number: str, at: datetime | None = None) -> tuple[CaseSummary, ...]:
        """Every dispute of the order as of ``at`` (default now), oldest first: one per item
        disputed, or one for the whole order. Reads only."""
        when = at or self._clock.now()
        facts, events = self._timeline(number)
        return case_summaries(facts, events, self.rules.profile(), when)

    def sensible_events(self, number: str) -> list[str]:
        """The events that could be recorded now, in lifecycle order (the GUI's buttons)."""
        now = self._clock.now()
        profile = self.rules.profile()
        with self._store.read() as tx:
            order = live_order(tx, number)
            events = tx.events(order.id)
        return [k.value for k in sensible_events(order.facts, events, profile, now)]

    def timelines(self, ids: Sequence[int]) -> Iterator[tuple[OrderFacts, list[Event]]]:
        """The facts and the events of the orders ``ids``, read in one reading transaction."""
        with self._store.read() as tx:
            for order, events in tx.timelines(ids):
                yield order.facts, events

    def items_of(self, ids: Sequence[int], at: datetime | None = None) -> dict[int, ItemStates]:
        """Per order of ``ids`` (by id), the refunds and disputes of each item (for exports)."""
        when = at or self._clock.now()
        profile = self.rules.profile()
        with self._store.read() as tx:
            return {
                order.id: item_states(order.facts, events, profile, when, quick=True)
                for order, events in tx.timelines(ids)
            }

    def count(self) -> int:
        """How many orders there are, not counting the trash."""
        with self._store.read() as tx:
            return tx.count_orders(in_trash=False)

    def _timeline(self, number: str) -> tuple[OrderFacts, list[Event]]:
        with self._store.read() as tx:
            order = find_order(tx, number)
            return order.facts, tx.events(order.id)

    def _current(
        self, when: datetime, *, trash: bool, persist: bool, only_open: bool = False
    ) -> list[tuple[CachedRow, str, list[Deadline]]]:
        """Every order's status and deadlines as of ``when``: the cache where it holds, a fresh
        derivation where it doesn't (stored when ``persist``: ``when`` is now)."""
        with self._store.read() as tx:
            rows = tx.cached_rows(epoch(when), in_trash=trash, only_open=only_open)
        stale = [r.id for r in rows if not r.holds]
        fresh: dict[int, Evaluation] = {}
        if stale:
            profile = self.rules.profile()
            if persist:
                with self._store.write() as tx:
                    fresh = derive_ids(tx, stale, profile, when)
                    tx.store_caches(fresh)
            else:
                # As of another time, orders placed after it did not exist yet: leave them out.
                # (Now, every order counts, even one dated ahead by a wrong clock.)
                with self._store.read() as tx:
                    fresh = derive_ids(tx, stale, profile, when, placed_by=when)
        unplaced = set(stale) - fresh.keys()
        cached = [r for r in rows if r.id not in fresh and r.id not in unplaced]
        result: list[tuple[CachedRow, str, list[Deadline]]] = []
        with collector_paused():
            # One JSON parse for all cached lists: tens of thousands of small parses cost 3× more.
            decoded = dict(
                zip(
                    (r.id for r in cached),
                    decode_many_deadlines([r.deadlines_json for r in cached]),
                    strict=True,
                )
            )
            for r in rows:
                derived = fresh.get(r.id)
                if derived is not None:
                    result.append((r, derived.status.value, list(derived.deadlines)))
                elif r.id in decoded:
                    result.append((r, r.status, decoded[r.id]))
        return result


def derive_ids(
    tx: Transaction,
    ids: Sequence[int],
    profile: RuleProfile,
    when: datetime,
    *,
    placed_by: datetime | None = None,
) -> dict[int, Evaluation]:
    """Derive the given orders as of ``when``; with ``placed_by``, orders placed after it are
    left out of the result."""
    result: dict[int, Evaluation] = {}
    with collector_paused():
        for order, events in tx.timelines(ids):
            if placed_by is not None and order.ordered_at > placed_by:
                continue
            result[order.id] = derive(order.facts, events, profile, when)
    return result


def order_detail(tx: Transaction, order: OrderRecord, profile: RuleProfile, when: datetime) -> OrderDetail:
    """The order in full as of ``when``: fields, lines, the timeline up to then, status and
    deadlines."""
    events = tx.events(order.id)
    evaluation = derive(order.facts, events, profile, when)
    items = item_states(order.facts, events, profile, when)
    timeline = tuple(
        TimelineEntry(e.kind.value, e.at, e.recorded_at, dict(e.data))
        for e in sorted(events, key=lambda e: e.at)
        if e.at <= when
    )
    return OrderDetail(
        order=order.number,
        store=order.store,
        title=order.title,
        total=order.total,
        currency=order.currency,
        payment_method=order.payment_method,
        ordered_at=order.ordered_at,
        note=order.note,
        status=evaluation.status,
        in_trash=order.in_trash,
        lines=tuple(
            OrderLineView(ln.title, ln.quantity, ln.unit_price, ln.options, ln.line_no, *items.of(ln.line_no))
            for ln in tx.lines(order.id)
        ),
        refunded=items.refunded,
        # From the events, so that an as-of view shows only the numbers known by then.
        tracking=tuple(dict.fromkeys(str(e.data["tracking"]) for e in timeline if e.data.get("tracking"))),
        timeline=timeline,
        deadlines=tuple(
            deadline_view(order.number, d, evaluation.status, when) for d in evaluation.deadlines
        ),
    )


@dataclass(frozen=True)
class ItemStates:
    """Per item of an order: the refunds recorded for it and the dispute it is in."""

    refunded: Decimal  # every refund received, for items or the whole order
    by_line: dict[int, Decimal]
    cases: tuple[CaseSummary, ...]
    disputes: dict[int | None, LineDispute]

    def of(self, line: int) -> tuple[Decimal, LineDispute | None]:
        return self.by_line.get(line, Decimal(0)), self.disputes.get(line, self.disputes.get(None))

    def cases_of(self, line: int) -> tuple[CaseSummary, ...]:
        """The disputes about this item: its own, and the whole order's."""
        return tuple(c for c in self.cases if c.line in (None, line))


_ITEM_EVENTS = frozenset(k.value for k in LINE_EVENTS)


def item_states(
    facts: OrderFacts, events: Sequence[Event], profile: RuleProfile, when: datetime, *, quick: bool = False
) -> ItemStates:
    """The refunds and disputes of each item as of ``when``. ``quick`` (exports of many orders):
    the disputes without the events each one could record next."""
    if not any(e.kind.value in _ITEM_EVENTS for e in events):
        return ItemStates(Decimal(0), {}, (), {})
    history = fold(facts, [e for e in events if e.at <= when], profile)
    cases = case_summaries(facts, events, profile, when, with_next_events=not quick)
    by_line = {ln.number: history.refunded_on(ln.number) for ln in facts.lines}
    return ItemStates(history.refund_received, by_line, cases, line_disputes(cases))


def line_disputes(cases: Sequence[CaseSummary]) -> dict[int | None, LineDispute]:
    """The dispute each item is in, by item number (None: the whole order's, for every item):
    the latest one, a cancelled one only when there is no other."""
    found: dict[int | None, LineDispute] = {}
    for case in cases:
        known = found.get(case.line)
        if known is not None and case.stage == "cancelled" and known.state != "cancelled":
            continue
        found[case.line] = LineDispute(case.reason, case.stage, case.line is None)
    return found


def deadline_view(order: str, deadline: Deadline, status: Status, now: datetime) -> DeadlineView:
    left = deadline.due - now
    return DeadlineView(
        order,
        deadline.kind,
        deadline.due,
        deadline.basis,
        left,
        urgency(left),
        action_for(deadline.kind, status, deadline.missing),
        deadline.missing,
    )


def find_order(tx: Transaction, number: str) -> OrderRecord:
    """The order with this number, in the trash or not; refused when there is none."""
    order = tx.order(number.strip())
    if order is None:
        raise Refused(f"no order {number}")
    return order


def live_order(tx: Transaction, number: str) -> OrderRecord:
    """The order with this number, refused when there is none or it is in the trash."""
    order = find_order(tx, number)
    if order.in_trash:
        raise Refused(f"order {number} is in the trash; restore it first")
    return order


_Advice = TypeVar("_Advice", CancelAdvice, DisputeAdvice)


def _drafted_in(advice: _Advice, language: str | None) -> _Advice:
    """The advice with its draft (``message``) in ``language``: the engines write it in English
    and in Russian."""
    return replace(advice, message=advice.message_ru) if language == "ru" and advice.message_ru else advice
