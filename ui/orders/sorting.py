"""How the order list sorts: a key per column from the row's raw values (not its display texts),
ties broken by the row's id, rows without a key last; and a rank that places one row by
bisecting, in either direction, so a changed row moves without sorting everything again."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from app.domain.model import Status
from app.services.listing import ListRow
from ui.common import format as fmt
from ui.orders.cells import COL_DEADLINE, COL_ITEMS, COL_ORDER, COL_STATUS, COL_STORE, COL_TOTAL

_STATUS_RANK = {status.value: rank for rank, status in enumerate(Status)}


def column_key(column: int) -> Callable[[ListRow], Any]:
    """The sort key of ``column``'s cells; None for a row that has no value there."""
    if column == COL_ORDER:
        return lambda r: r.number
    if column == COL_STORE:
        return lambda r: r.store.casefold()
    if column == COL_ITEMS:
        return lambda r: (r.title.casefold(), r.items)
    if column == COL_TOTAL:
        return lambda r: (r.currency, Decimal(r.total))  # amounts only compare within a currency
    if column == COL_STATUS:
        return lambda r: _STATUS_RANK.get(r.status, len(_STATUS_RANK))  # lifecycle order
    if column == COL_DEADLINE:
        words: dict[str, str] = {}  # one translation per kind, not per row

        def deadline_key(r: ListRow) -> Any:
            if r.next_kind is None or r.next_due is None:
                return None
            text = words.get(r.next_kind)
            if text is None:
                text = words[r.next_kind] = fmt.deadline_text(r.next_kind).casefold()
            return (text, r.next_due)

        return deadline_key
    return lambda r: r.next_due  # time left sorts by due time


def sorted_ids(rows: Mapping[int, ListRow], key: Callable[[ListRow], Any], descending: bool) -> list[int]:
    """Rows with a key in the asked order (ties by id), then rows without one, by id."""
    keyed: list[tuple[Any, ...]] = []
    missing: list[int] = []
    for rid, row in rows.items():
        value = key(row)
        if value is None:
            missing.append(rid)
        else:
            keyed.append(_entry(value, rid))
    keyed.sort(reverse=descending)
    missing.sort()
    return [entry[-1] for entry in keyed] + missing


def rank(rid: int, row: ListRow, key: Callable[[ListRow], Any], descending: bool) -> Any:
    """A value that increases along ``sorted_ids``'s order, for bisecting one row into place."""
    value = key(row)
    if value is None:
        return (1, rid)
    entry = _entry(value, rid)
    return (0, _Reversed(entry) if descending else entry)


def _entry(value: Any, rid: int) -> tuple[Any, ...]:
    """A sort key with the id as tie-break, flat: comparing nested tuples costs twice as much."""
    return (*value, rid) if type(value) is tuple else (value, rid)


class _Reversed:
    """Inverts ``<`` so one ascending bisect serves descending order too."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)
