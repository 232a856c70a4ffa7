"""Between stored rows and domain objects: event payloads, the deadline cache, order facts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain.actions import action_for
from app.domain.deadlines import Deadline, Evaluation
from app.domain.model import Basis, DeadlineKind, Event, EventKind, OrderFacts, Status, urgency
from app.domain.timeutil import epoch, from_epoch
from app.services.views import DeadlineView

_BASIS_CODE = {Basis.ENTERED: "e", Basis.ESTIMATED: "s"}
_CODE_BASIS = {code: basis for basis, code in _BASIS_CODE.items()}


def encode_deadlines(deadlines: Sequence[Deadline]) -> str:
    """Compact JSON for the orders table: ``[[kind, due_epoch, basis_code], ...]``, soonest first."""
    return json.dumps(
        [[d.kind.value, epoch(d.due), _BASIS_CODE[d.basis]] for d in deadlines], separators=(",", ":")
    )


_KINDS = {kind.value: kind for kind in DeadlineKind}  # a dict lookup beats Enum(value) 5×


def decode_many_deadlines(texts: Sequence[str]) -> list[list[Deadline]]:
    """Decode many cached lists with one JSON parse (the list read touches tens of thousands)."""
    if not texts:
        return []
    return [
        [Deadline(_KINDS[k], from_epoch(due), _CODE_BASIS[b]) for k, due, b in items]
        for items in json.loads("[" + ",".join(texts) + "]")
    ]


def cache_columns(evaluation: Evaluation) -> dict[str, Any]:
    nxt = evaluation.next_deadline
    return {
        "status": evaluation.status.value,
        "next_deadline_kind": nxt.kind.value if nxt else None,
        "next_deadline_due": epoch(nxt.due) if nxt else None,
        "deadlines_json": encode_deadlines(evaluation.deadlines),
        "cache_valid_from": epoch(evaluation.valid_from) if evaluation.valid_from else None,
        "cache_valid_until": epoch(evaluation.valid_until) if evaluation.valid_until else None,
    }


def deadline_view(order: str, deadline: Deadline, status: Status, now: datetime) -> DeadlineView:
    left = deadline.due - now
    return DeadlineView(
        order,
        deadline.kind,
        deadline.due,
        deadline.basis,
        left,
        urgency(left),
        action_for(deadline.kind, status),
    )


def encode_data(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode_event(kind: str, at: datetime, recorded_at: datetime, data: str) -> Event:
    return Event(EventKind(kind), at, recorded_at, json.loads(data))


def order_facts(
    number: str, currency: str, total: Decimal, ordered_at: datetime, payment_method: str | None
) -> OrderFacts:
    return OrderFacts(number, currency, total, ordered_at, payment_method)


def stamp(when: datetime) -> str:
    """A time inside an event payload: ISO 8601 UTC with ``Z``."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def search_text(number: str, store: str, titles: Iterable[str], tracking: Iterable[str]) -> str:
    return " ".join([number, store, *titles, *tracking]).casefold()
