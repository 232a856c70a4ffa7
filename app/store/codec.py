"""Between stored values and domain values: times, money, event payloads, the list cache and the
search text. Every row the store writes or reads goes through these functions, so there is one
stored form of each thing.

- **Times** are stored as naive UTC text with microseconds (``2026-02-20 09:00:00.000000``),
  the form SQLAlchemy's ``DateTime`` gives SQLite (the table definitions and the migrations
  still use it, see :mod:`app.store.types`); naive datetimes are refused, and UTC is put back
  on read.
- **Money** is the canonical text of a ``Decimal`` (never a float).
- **Event payloads** are compact JSON with sorted keys.
- **The list cache** (status, next deadline, every open deadline, the span in which they hold)
  comes from one :class:`~app.domain.deadlines.Evaluation`.

Standard library and the domain's vocabulary only: the start-up path imports this module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from app.domain.model import Basis, DeadlineKind, Event, EventKind
from app.domain.timeutil import epoch, from_epoch

if TYPE_CHECKING:
    from app.domain.deadlines import Deadline, Evaluation


# -- times and money ------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def db_time(when: datetime) -> str:
    """A point in time as stored: naive UTC text with microseconds. Remembered, because an
    import's or a demo's rows share their times. Naive datetimes are refused: one wrong guess
    (local? UTC?) shifts a deadline by hours."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"refusing naive datetime {when.isoformat()}: times must be timezone-aware")
    return when.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def optional_db_time(when: datetime | None) -> str | None:
    return None if when is None else db_time(when)


def from_db_time(stored: str) -> datetime:
    """A stored time, aware in UTC again."""
    value = datetime.fromisoformat(stored)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def optional_from_db_time(stored: str | None) -> datetime | None:
    return None if stored is None else from_db_time(stored)


def db_money(amount: Decimal | int) -> str:
    """An exact amount as its canonical text (``Decimal("0.10")`` stays ``"0.10"``). Floats
    are refused (they are inexact already), and so are NaN and the infinities."""
    if type(amount) is Decimal and amount.is_finite():  # the usual case: no copy to check
        return str(amount)
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"money must be a Decimal, not {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"money must be a finite amount, not {value}")
    return str(value)


# -- events ---------------------------------------------------------------------------------------


def compact_json(*, sort_keys: bool = False, ensure_ascii: bool = True) -> Callable[[Any], str]:
    """A function that gives what ``json.dumps(value, separators=(",", ":"), sort_keys=...,
    ensure_ascii=...)`` gives, made once. ``JSONEncoder.encode`` builds its C encoder (and a
    closure) again on every call, half the cost of a small payload; this one builds it once (an
    import encodes tens of thousands of payloads). Without the C encoder: the plain encoder.
    It does not look for circular references (stored values never have any; one would fail
    with RecursionError instead of ValueError)."""
    plain = json.JSONEncoder(ensure_ascii=ensure_ascii, sort_keys=sort_keys, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return plain.encode
    escape = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    encoder = make(None, plain.default, escape, None, ":", ",", sort_keys, False, True)

    def encode(value: Any, join: Callable[[Iterable[str]], str] = "".join) -> str:
        return join(encoder(value, 0))

    return encode


_PAYLOAD_JSON = compact_json(sort_keys=True, ensure_ascii=False)
_COMPACT_JSON = compact_json()


def encode_data(data: dict[str, Any]) -> str:
    """An event's payload as stored: compact JSON, keys sorted, text as it is."""
    return _PAYLOAD_JSON(data)


_EVENT_KINDS = {kind.value: kind for kind in EventKind}  # a dict lookup beats Enum(value)


def decode_event(kind: str, at: str, recorded_at: str, data: str) -> Event:
    """An event from its stored columns."""
    return Event(_EVENT_KINDS[kind], from_db_time(at), from_db_time(recorded_at), json.loads(data))


def event_values(order_id: int, event: Event, recorded: str | None = None) -> tuple[int, str, str, str, str]:
    """The stored columns of an event: ``(order_id, kind, at, recorded_at, data)``;
    ``recorded``: the stored time it is recorded at, instead of its own ``recorded_at``."""
    return (
        order_id,
        event.kind._value_,  # the member's own attribute: ``.value`` goes through a descriptor
        db_time(event.at),
        db_time(event.recorded_at) if recorded is None else recorded,
        encode_data(dict(event.data)) if event.data else "{}",
    )


# -- the list cache -------------------------------------------------------------------------------

_BASIS_CODE = {Basis.ENTERED: "e", Basis.ESTIMATED: "s"}
_CODE_BASIS = {code: basis for basis, code in _BASIS_CODE.items()}
_DEADLINE_KINDS = {kind.value: kind for kind in DeadlineKind}


class CacheColumns(NamedTuple):
    """The ``orders`` columns derived from the events, in the order of :data:`CACHE_COLUMNS`."""

    status: str
    next_deadline_kind: str | None
    next_deadline_due: int | None  # UTC epoch seconds
    deadlines_json: str
    cache_valid_from: int | None
    cache_valid_until: int | None


CACHE_COLUMNS = CacheColumns._fields


def cache_columns(evaluation: Evaluation) -> CacheColumns:
    nxt = evaluation.next_deadline
    return CacheColumns(
        evaluation.status.value,
        nxt.kind.value if nxt else None,
        epoch(nxt.due) if nxt else None,
        encode_deadlines(evaluation.deadlines),
        epoch(evaluation.valid_from) if evaluation.valid_from else None,
        epoch(evaluation.valid_until) if evaluation.valid_until else None,
    )


def encode_deadlines(deadlines: Sequence[Deadline]) -> str:
    """Compact JSON: ``[[kind, due_epoch, basis_code], ...]``, soonest first; a deadline
    estimated for want of a fact has that fact's name fourth."""
    return _COMPACT_JSON(
        [
            [d.kind.value, epoch(d.due), _BASIS_CODE[d.basis], d.missing]
            if d.missing
            else [d.kind.value, epoch(d.due), _BASIS_CODE[d.basis]]
            for d in deadlines
        ]
    )


def decode_many_deadlines(texts: Sequence[str]) -> list[list[Deadline]]:
    """Decode many cached lists with one JSON parse (a list read touches tens of thousands;
    one parse each costs three times more)."""
    if not texts:
        return []
    from app.domain.deadlines import Deadline  # the engine's module, not needed before the first paint

    return [
        [Deadline(_DEADLINE_KINDS[d[0]], from_epoch(d[1]), _CODE_BASIS[d[2]], *d[3:]) for d in items]
        for items in json.loads("[" + ",".join(texts) + "]")
    ]


def decode_deadline_lists(texts: Sequence[str]) -> list[list[list[Any]]]:
    """Cached deadline lists as stored, ``[kind, due epoch seconds, basis code]`` each, without
    building datetimes: the reminder check reads thousands each minute. One JSON parse for all."""
    if not texts:
        return []
    lists: list[list[list[Any]]] = json.loads("[" + ",".join(texts) + "]")
    return lists


def cache_holds_sql(at: str) -> str:
    """The SQL condition "the cached derivation answers for the time ``at``" (a parameter
    name such as ``:at``): derived at all, and ``at`` inside its span. The one definition of
    the rule; every read that asks it (the list, the stale ids, the deadlines, the start-up
    report) uses this expression."""
    return (
        f"(status != '' AND (cache_valid_from IS NULL OR cache_valid_from <= {at})"
        f" AND (cache_valid_until IS NULL OR cache_valid_until > {at}))"
    )


# -- search ---------------------------------------------------------------------------------------


def search_text(
    number: str, store: str, title: str, line_titles: Sequence[str], tracking: Iterable[str]
) -> str:
    """What the search box matches, lower-cased: the order number, the store, the title the list
    shows (unless it is one of the lines' titles anyway), every line's title and every tracking
    number."""
    titles = line_titles if title in line_titles else [title, *line_titles]
    return " ".join([number, store, *titles, *tracking]).casefold()
