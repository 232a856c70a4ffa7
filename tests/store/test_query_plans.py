"""The order list's start-up reads use the indexes made for them (revisions 0002 and 0007), and
the statistics and the stores ledger theirs (revisions 0006 and 0007).

The queries are those of app/store/list_rows.py (``view_counts``, ``first_rows``, ``cached_rows``),
run through plain ``sqlite3`` as the store does, with EXPLAIN QUERY PLAN on a database at head: freshly
created, and upgraded from the saved 0001 file. Plans depend on the indexes, not on the row
count (there is no ANALYZE), so the seed data is enough.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_migrations import FIXTURES, database_at

from app.clock import FrozenClock
from app.domain.attention import needs_attention_sql
from app.store.codec import cache_holds_sql
from app.store.insight_rows import _ARRIVALS, _CASE_EVENTS, _DISPUTE_EVENTS, _PAID, _STORES
from app.store.list_rows import LIST_SELECT
from app.store.paths import DataDir
from app.store.schema import HEAD_REVISION, read_revision
from app.store.sqlite import connect
from app.store.store import Store

BY_STATUS = "SELECT status, count(*) FROM orders WHERE deleted_at IS NULL GROUP BY status"
DUE_SOON = "SELECT count(*) FROM orders WHERE deleted_at IS NULL AND next_deadline_due <= ?"
FIRST_ROWS = f"{LIST_SELECT} WHERE deleted_at IS NULL AND next_deadline_due IS NOT NULL ORDER BY next_deadline_due LIMIT ?"
# The store's cached_rows (the list and the deadlines of the CLI): why the single-column
# ix_orders_deleted_at is kept.
NOT_TRASHED_BY_ID = f"SELECT id, status, deadlines_json, {cache_holds_sql('?')} FROM orders WHERE deleted_at IS NULL ORDER BY id"
AT = 1_767_225_600
NEEDS_ATTENTION = "SELECT count(*) FROM orders WHERE deleted_at IS NULL AND " + needs_attention_sql(
    "next_deadline_kind", "next_deadline_due", str(AT)
)


@pytest.fixture(params=["fresh", "upgraded-from-0001"])
def database(request: pytest.FixtureRequest, tmp_path: Path, clock: FrozenClock) -> Iterator[Path]:
    """The data file of a database at head, opened (and so migrated) by Store.open."""
    if request.param == "fresh":
        layout = database_at(HEAD_REVISION, tmp_path / "data")
    else:
        layout = DataDir(tmp_path / "data").ensure()
        shutil.copyfile(FIXTURES / "schema-0001.sqlite3", layout.database)
    Store.open(layout.root, clock=clock).close()
    assert read_revision(layout.database) == HEAD_REVISION
    yield layout.database


def plan(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[str]:
    conn = connect(path)
    try:
        return [str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        conn.close()


def test_count_by_status_is_a_covering_index_scan(database: Path) -> None:
    steps = plan(database, BY_STATUS)
    assert steps == ["SEARCH orders USING COVERING INDEX ix_orders_deleted_at_status (deleted_at=?)"], steps


def test_due_soon_count_is_a_covering_range_search(database: Path) -> None:
    steps = plan(database, DUE_SOON, (1_767_225_600,))
    assert steps == [
        "SEARCH orders USING COVERING INDEX ix_orders_deleted_at_next_deadline_due_next_deadline_kind"
        " (deleted_at=? AND next_deadline_due<?)"
    ], steps


def test_the_needs_attention_count_reads_the_index_alone(database: Path) -> None:
    """Revision 0007: the due time and the kind of each order's next deadline side by side, so
    the count before the first paint reads no table row."""
    steps = plan(database, NEEDS_ATTENTION)
    assert steps == [
        "SEARCH orders USING COVERING INDEX ix_orders_deleted_at_next_deadline_due_next_deadline_kind"
        " (deleted_at=? AND next_deadline_due<?)"
    ], steps


def test_first_rows_are_read_in_index_order(database: Path) -> None:
    steps = plan(database, FIRST_ROWS, (AT, AT, 300))
    assert len(steps) == 1, steps
    assert steps[0].startswith(
        "SEARCH orders USING INDEX ix_orders_deleted_at_next_deadline_due_next_deadline_kind (deleted_at=?"
    )
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_not_trashed_orders_by_id_need_no_sort(database: Path) -> None:
    steps = plan(database, NOT_TRASHED_BY_ID, (AT, AT))
    assert steps == ["SEARCH orders USING INDEX ix_orders_deleted_at (deleted_at=?)"], steps


def test_start_up_queries_return_the_seed_data(database: Path) -> None:
    conn = connect(database)
    try:
        # The order with a deadline; the seed of 0004 adds one in dispute, without a cached deadline.
        assert set(conn.execute(BY_STATUS).fetchall()) - {("dispute_escalated", 1)} == {("in_transit", 1)}
        assert conn.execute(DUE_SOON, (1_767_225_600,)).fetchone() == (1,)
        assert [row[:2] for row in conn.execute(FIRST_ROWS, (AT, AT, 300))] == [(1, "8100123456789012")]
    finally:
        conn.close()


def test_the_statistics_read_first_events_and_disputes_as_ranges_of_the_kind_index(database: Path) -> None:
    """Revision 0006's ix_events_kind_order_id_at: each order's first payment, shipment and
    arrival, and the dispute and refund events, are index ranges; no scan of the events."""
    for sql in (_PAID, _ARRIVALS, _CASE_EVENTS):
        steps = plan(database, sql)
        assert not any(step.startswith("SCAN events") for step in steps), steps
        assert any("ix_events_kind_order_id_at" in step for step in steps), steps
        assert not any(step.startswith("SCAN o") or step.startswith("SCAN orders") for step in steps), steps


def test_the_ledger_reads_its_disputes_and_stores_without_scanning_the_events(database: Path) -> None:
    """The ledger's dispute events are ranges of the kind index; its stores are one pass over
    the orders outside the trash, the paid ones looked up in one range of the kind index."""
    steps = plan(database, _DISPUTE_EVENTS)
    assert not any(step.startswith("SCAN") for step in steps), steps
    assert any("ix_events_kind_order_id_at" in step for step in steps), steps
    steps = plan(database, _STORES)
    assert not any(step.startswith("SCAN") for step in steps), steps
    # Revision 0007: the orders in store order from the index alone, no temporary sort.
    assert (
        "SEARCH o USING COVERING INDEX ix_orders_deleted_at_store_ordered_at_currency_total (deleted_at=?)"
        in steps
    ), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps
    assert "SEARCH events USING COVERING INDEX ix_events_kind_order_id_at (kind=?)" in steps, steps
