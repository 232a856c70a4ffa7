"""The order table's model: up to 50,000 light ``ListRow`` tuples, filtered and sorted in place.

Filtering (sidebar view + search) and sorting happen here, on a list of visible row ids, not in
a ``QSortFilterProxyModel``: the proxy calls Python once per row to filter and once per
comparison to sort, which takes seconds on 50,000 rows. Here a search keystroke is one list
comprehension over precomputed lower-case texts (a few milliseconds), and a sort is one Python
``sort`` of (key, id) pairs. Views keep their selection across filtering and sorting because
both are announced as layout changes with the persistent indexes moved along.

The model never reads the clock: its owner calls :meth:`set_now` and :meth:`tick` (which marks
only the "time left" cells of the given rows as changed) once a second.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.domain.attention import ACTING_KINDS, shown_urgency
from app.domain.model import Urgency
from app.domain.stores import StoreMark
from app.domain.views import View, in_view, needs_attention
from app.services.listing import ListRow
from ui.insights.marks import AvoidedStores
from ui.orders import cells
from ui.orders.cells import (
    COL_ITEMS,
    COL_LEFT,
    COL_STORE,
    COL_TOTAL,
    COLUMN_COUNT,
    NUMERIC_COLUMNS,
)
from ui.orders.sorting import column_key, rank, sorted_ids

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # raw sortable value of a cell (None sorts last)
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the row's ListRow

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TICK_ROLES = [_DISPLAY, _TOOLTIP, _ACCESSIBLE, _BACKGROUND, _FOREGROUND]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ACTING_KIND = ACTING_KINDS[0]  # any deadline kind that asks the buyer to act
# Where a flagged store's orders carry the warning sign: the store, and the items (the store
# column gives way when the window is narrow; the order number's width is fixed).
_MARKED = (COL_STORE, COL_ITEMS)
_BULK = 32  # update_rows with more rows than this re-sorts once instead of moving rows one by one


class OrderTableModel(QAbstractTableModel):
    SORT_ROLE = SORT_ROLE
    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, ListRow] = {}
        self._texts: dict[int, str] = {}  # id -> ListRow.search, for the search loop
        self._order: list[int] = []  # every id, in the current sort order
        self._view_ids: set[int] = set()  # ids in the current view (before search)
        self._visible: list[int] = []  # ids shown, in order: row r of the model is _visible[r]
        self._in_view: tuple[list[int], list[str]] | None = None  # cache of _filtered: ids, texts
        self._by_number: dict[str, int] | None = None  # built when first asked
        self._view = View.NEEDS_ATTENTION
        self._term = ""
        self._now = 0
        self._descending = False
        self._key = column_key(COL_LEFT)
        self._colours: dict[Urgency, tuple[QColor, QColor]] = {}
        self.avoided = AvoidedStores()  # stores the buyer flagged "avoid" (see _MARKED)
        self.set_palette(QGuiApplication.palette())

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return cells.header_text(section)
        if role == _ALIGN:  # "Time left" stays left of the sort arrow that usually sits on it
            return _RIGHT if section == COL_TOTAL else _LEFT
        if role == _TOOLTIP and section == COL_LEFT:
            return self.tr("Time left until the order's next deadline")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if column in _MARKED and self.avoided:  # a store the buyer flagged "avoid"
            marked = self.avoided.cell(row.store, role, cells.display(row, column, self._now))
            if marked is not None:
                return marked
        if role == _DISPLAY:
            return cells.display(row, column, self._now)
        if role == _ALIGN:
            return _RIGHT if column in NUMERIC_COLUMNS else _LEFT
        if role in (_BACKGROUND, _FOREGROUND):
            if column != COL_LEFT or row.next_due is None:
                return None
            level = shown_urgency(row.next_kind, row.next_due - self._now)
            colours = None if level is None else self._colours.get(level)
            return None if colours is None else colours[0 if role == _BACKGROUND else 1]
        if role == _TOOLTIP:
            return cells.tooltip(row, column, self._now)
        if role == _ACCESSIBLE:
            return cells.accessible(row, column, self._now)
        if role == SORT_ROLE:
            return column_key(column)(row)
        if role == ROW_ROLE:
            return row
        return None

    def set_store_marks(self, marks: Mapping[str, StoreMark]) -> None:
        """The buyer's flags on stores: flagged ones are marked in the store column."""
        if self.avoided.set_marks(marks) and self._visible:
            self.dataChanged.emit(self.index(0, COL_STORE), self.index(len(self._visible) - 1, COL_ITEMS))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._key = column_key(column)
        self._order = self._sorted_ids()
        self._in_view = None
        self._relayout(self._filtered())

    def set_palette(self, palette: QPalette) -> None:
        """Pick the urgency colours for a light or a dark palette."""
        self._colours = cells.urgency_colours(palette)
        if self._visible:
            self.tick(0, len(self._visible) - 1)

    # -- sorting and filtering ------------------------------------------------------------------

    def _sorted_ids(self) -> list[int]:
        return sorted_ids(self._rows, self._key, self._descending)

    def _rank(self, rid: int) -> Any:
        return rank(rid, self._rows[rid], self._key, self._descending)

    def _belongs(self, row: ListRow) -> bool:
        return in_view(self._view, row.status, row.next_kind, row.next_due, row.in_trash, self._now)

    def _members(self) -> set[int]:
        view, now = self._view, self._now
        return {
            rid
            for rid, r in self._rows.items()
            if in_view(view, r.status, r.next_kind, r.next_due, r.in_trash, now)
        }

    def _filtered(self) -> list[int]:
        """The current view's ids in sort order, narrowed by the search term.

        The view's ids and their search texts are kept as two parallel lists between changes, so
        a keystroke is one zip over plain lists (no dict or set lookups per row)."""
        if self._in_view is None:
            view_ids, texts = self._view_ids, self._texts
            ids = [rid for rid in self._order if rid in view_ids]
            self._in_view = (ids, [texts[rid] for rid in ids])
        ids, texts_in_view = self._in_view
        term = self._term
        if not term:
            return list(ids)
        return [rid for rid, text in zip(ids, texts_in_view, strict=True) if term in text]

    def _relayout(self, visible: list[int]) -> None:
        """Show ``visible`` instead of the current rows, moving persistent indexes (selection,
        current row) with their orders; an index whose order left the view becomes invalid."""
        if visible == self._visible:
            return
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        persistent = self.persistentIndexList()
        self._visible = visible
        if persistent:
            wanted = {old_visible[p.row()] for p in persistent if 0 <= p.row() < len(old_visible)}
            where = {rid: r for r, rid in enumerate(visible) if rid in wanted}
            moved = []
            for p in persistent:
                r = where.get(old_visible[p.row()]) if 0 <= p.row() < len(old_visible) else None
                moved.append(QModelIndex() if r is None else self.createIndex(r, p.column()))
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- what the owner calls -------------------------------------------------------------------

    def set_now(self, epoch: int) -> None:
        """The time countdowns are computed against. Takes effect at the next paint or tick."""
        self._now = int(epoch)

    def now(self) -> int:
        return self._now

    def view(self) -> View:
        return self._view

    def set_view(self, view: View) -> None:
        self._view = view
        self._view_ids = self._members()
        self._in_view = None
        self._relayout(self._filtered())

    def refilter(self) -> bool:
        """Re-evaluate which rows the view holds at the current ``now`` (orders come into "Needs
        attention" as time passes). Returns whether the rows shown changed."""
        before = self._visible
        self.set_view(self._view)
        return self._visible is not before

    def count_matching(self, view: View) -> int:
        """How many orders of ``view`` the current search finds (another view than the one shown)."""
        term, now = self._term, self._now
        return sum(
            1
            for rid, r in self._rows.items()
            if (not term or term in self._texts[rid])
            and in_view(view, r.status, r.next_kind, r.next_due, r.in_trash, now)
        )

    def set_search(self, text: str) -> None:
        """Show only rows whose number, store, titles or tracking numbers contain ``text``."""
        term = text.strip().casefold()
        if term == self._term:
            return
        self._term = term
        self._relayout(self._filtered())

    def set_rows(self, rows: Iterable[ListRow]) -> None:
        """A real reload: every row replaced (views lose their selection)."""
        self.beginResetModel()
        self._rows = {row.id: row for row in rows}
        self._texts = {rid: row.search for rid, row in self._rows.items()}
        self._by_number = None
        self._order = self._sorted_ids()
        self._view_ids = self._members()
        self._in_view = None
        self._visible = self._filtered()
        self.endResetModel()

    def update_rows(self, rows: Sequence[ListRow]) -> None:
        """Rows changed or added: changed rows update (and move if their sort key changed), new
        rows are inserted where they belong, rows that left the view are removed."""
        if len(rows) > _BULK:
            for row in rows:
                self._store(row)
            self._order = self._sorted_ids()
            self._view_ids = self._members()
            self._in_view = None
            self._relayout(self._filtered())
            if self._visible:
                self._data_changed(0, len(self._visible) - 1, 0, COLUMN_COUNT - 1)
            return
        for row in rows:
            self._update_one(row)

    def _store(self, row: ListRow) -> None:
        old = self._rows.get(row.id)
        if self._by_number is not None:
            if old is not None and old.number != row.number:
                self._by_number.pop(old.number, None)
            self._by_number[row.number] = row.id
        self._rows[row.id] = row
        self._texts[row.id] = row.search
        self._in_view = None

    def _update_one(self, row: ListRow) -> None:
        rid = row.id
        old_pos = self._position(rid)
        if rid in self._rows:
            self._order.remove(rid)
        self._store(row)
        self._order.insert(bisect.bisect_right(self._order, self._rank(rid), key=self._rank), rid)
        if self._belongs(row):
            self._view_ids.add(rid)
        else:
            self._view_ids.discard(rid)
        shown = rid in self._view_ids and (not self._term or self._term in row.search)
        others = self._visible if old_pos is None else self._visible[:old_pos] + self._visible[old_pos + 1 :]
        new_pos = bisect.bisect_right(others, self._rank(rid), key=self._rank) if shown else None
        root = QModelIndex()
        if old_pos is None and new_pos is not None:
            self.beginInsertRows(root, new_pos, new_pos)
            self._visible = [*others[:new_pos], rid, *others[new_pos:]]
            self.endInsertRows()
        elif old_pos is not None and new_pos is None:
            self.beginRemoveRows(root, old_pos, old_pos)
            self._visible = others
            self.endRemoveRows()
        elif old_pos is not None and new_pos is not None:
            if new_pos != old_pos:
                self.beginMoveRows(
                    root, old_pos, old_pos, root, new_pos + 1 if new_pos > old_pos else new_pos
                )
                self._visible = [*others[:new_pos], rid, *others[new_pos:]]
                self.endMoveRows()
            self._data_changed(new_pos, new_pos, 0, COLUMN_COUNT - 1)

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Rows deleted for good (not trashed: a trashed order is an update to the Trash view)."""
        gone = {rid for rid in ids if rid in self._rows}
        if not gone:
            return
        positions = [r for r, rid in enumerate(self._visible) if rid in gone]
        root = QModelIndex()
        for first, last in reversed(_runs(positions)):
            self.beginRemoveRows(root, first, last)
            del self._visible[first : last + 1]
            self.endRemoveRows()
        for rid in gone:
            number = self._rows.pop(rid).number
            del self._texts[rid]
            if self._by_number is not None:
                self._by_number.pop(number, None)
        self._view_ids -= gone
        self._order = [rid for rid in self._order if rid not in gone]
        self._in_view = None

    def tick(self, first_row: int, last_row: int) -> None:
        """Mark the "time left" cells of rows ``first_row..last_row`` changed; nothing else."""
        first, last = max(first_row, 0), min(last_row, len(self._visible) - 1)
        if first > last:
            return
        self._data_changed(first, last, COL_LEFT, COL_LEFT, _TICK_ROLES)

    def _data_changed(
        self, first: int, last: int, left: int, right: int, roles: list[int] | None = None
    ) -> None:
        self.dataChanged.emit(self.index(first, left), self.index(last, right), roles or [])

    def counts(self) -> dict[View, int]:
        """How many orders each sidebar view holds at the current ``now``, in one pass."""
        now = self._now
        groups = Counter(
            (r.status, r.in_trash, needs_attention(r.next_kind, r.next_due, now)) for r in self._rows.values()
        )
        counts = dict.fromkeys(View, 0)
        for (status, in_trash, attention), count in groups.items():
            # in_view looks at the deadline only to ask needs_attention: an acting deadline due now
            # stands for every group that needs attention, no deadline for every one that doesn't.
            kind, due = (_ACTING_KIND, now) if attention else (None, None)
            for view in View:
                if in_view(view, status, kind, due, in_trash, now):
                    counts[view] += count
        return counts

    # -- lookups --------------------------------------------------------------------------------

    def _position(self, rid: int) -> int | None:
        try:
            return self._visible.index(rid)
        except ValueError:
            return None

    def row_of_number(self, number: str) -> int | None:
        if self._by_number is None:
            self._by_number = {row.number: rid for rid, row in self._rows.items()}
        rid = self._by_number.get(number)
        return None if rid is None else self._position(rid)

    def row_by_number(self, number: str) -> ListRow | None:
        """The order's row, shown in the current view or not."""
        self.row_of_number(number)  # builds the index by number
        assert self._by_number is not None
        rid = self._by_number.get(number)
        return None if rid is None else self._rows[rid]

    def row_at(self, row: int) -> ListRow:
        return self._rows[self._visible[row]]

    def all_rows(self) -> list[ListRow]:
        return list(self._rows.values())


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p - 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs
