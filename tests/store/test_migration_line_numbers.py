"""Revision 0004 numbers the order lines and leaves every dispute a dispute about the whole order.

Every saved database of an earlier schema gets its lines numbered 1, 2, … in the order's own
order (by position, then id); a database holding disputes recorded before items had numbers still
shows each of them as the whole order's dispute, for every item, after the upgrade.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from test_migrations import SAVED, database_at, revision_of_fixture

from app.clock import FrozenClock
from app.domain.model import Status
from app.services import open_services
from app.store import migrate
from app.store.paths import DataDir
from app.store.store import Store

BEFORE = [p for p in SAVED if revision_of_fixture(p) < "0004"]


def line_numbers(database: Path) -> list[tuple[int, int, int, int]]:
    with closing(sqlite3.connect(database)) as conn:
        return list(conn.execute("SELECT order_id, position, id, line_no FROM order_lines ORDER BY id"))


@pytest.mark.parametrize("saved", BEFORE, ids=[p.name for p in BEFORE])
def test_saved_databases_get_their_lines_numbered_in_order(
    saved: Path, tmp_path: Path, clock: FrozenClock
) -> None:
    layout = DataDir(tmp_path / "data").ensure()
    shutil.copyfile(saved, layout.database)
    Store.open(layout.root, clock=clock).close()
    # Order 1 has two lines (positions 0 and 1), order 2 one line.
    assert line_numbers(layout.database) == [(1, 0, 1, 1), (1, 1, 2, 2), (2, 0, 3, 1)]


def test_lines_at_the_same_position_are_numbered_by_id(tmp_path: Path) -> None:
    layout = DataDir(tmp_path / "data").ensure()
    migrate.upgrade(layout.database, "0003")
    with closing(sqlite3.connect(layout.database)) as conn, conn:
        conn.execute(
            "INSERT INTO orders (id, number, store, title, currency, total, ordered_at, created_at,"
            " updated_at) VALUES (1, '1', 's', 't', 'USD', '3', '2026-01-01 00:00:00.000000',"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
        conn.executemany(
            "INSERT INTO order_lines (id, order_id, position, title, quantity, unit_price)"
            " VALUES (?, 1, ?, ?, 1, '1')",
            [(7, 1, "b"), (5, 1, "a"), (9, 0, "first")],
        )
    migrate.upgrade(layout.database)
    assert line_numbers(layout.database) == [(1, 1, 5, 2), (1, 1, 7, 3), (1, 0, 9, 1)]


def test_a_dispute_recorded_before_items_had_numbers_stays_the_whole_orders(
    tmp_path: Path, clock: FrozenClock
) -> None:
    """An order of two items with a dispute, a decision and a partial refund recorded at 0003."""
    layout = database_at("0003", tmp_path / "data")
    with closing(sqlite3.connect(layout.database)) as conn, conn:
        conn.executemany(
            "INSERT INTO events (order_id, kind, at, recorded_at, data) VALUES (1, ?, ?, ?, ?)",
            [
                ("received", "2025-11-20 11:00:00.000000", "2025-11-20 11:00:00.000000", "{}"),
                (
                    "dispute-opened",
                    "2025-11-21 09:00:00.000000",
                    "2025-11-21 09:00:00.000000",
                    '{"reason":"damaged","refund":"6.15"}',
                ),
                (
                    "decided",
                    "2025-11-30 09:00:00.000000",
                    "2025-11-30 09:00:00.000000",
                    '{"amount":"6.15","outcome":"partial"}',
                ),
            ],
        )
    later = FrozenClock(datetime(2025, 12, 1, 12, 0, tzinfo=UTC))
    services = open_services(layout.root, later)
    try:
        detail = services.orders.show("8100123456789012")
        assert [line.line for line in detail.lines] == [1, 2]
        # The same case for every item: the whole order's dispute, its refund on its way.
        assert {
            (ln.dispute.reason, ln.dispute.state, ln.dispute.whole_order) for ln in detail.lines if ln.dispute
        } == {("damaged", "refund_pending", True)}
        assert all(ln.dispute is not None for ln in detail.lines)
        assert detail.status is Status.REFUND_PENDING and detail.refunded == Decimal(0)
        [case] = services.orders.cases("8100123456789012")
        assert (case.line, case.stage, case.decided_amount) == (None, "refund_pending", Decimal("6.15"))
    finally:
        services.close()
