"""Insights benchmarks: statistics and the stores ledger with 50,000 orders.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_insights.py [--orders 50000] [--stores 2000]

- "all time" statistics, read cold (``InsightsService.statistics`` after ``forget``: first payments, arrivals, dispute and
  refund events, sums per currency and month) against the 300 ms bar, and as a ratio to a raw
  ``sqlite3`` aggregate of the same sums (SQLite's float ``sum`` grouped by currency and
  month, disputes counted by SQL): the floor any implementation pays to read the same rows;
  then another period with nothing changed (what was read is kept);
- the statistics view from its construction to its first paint with the numbers in (the
  computation, four charts and their tables) against the 500 ms bar;
- the stores ledger (≈ 2,000 stores: the demo's orders are spread over that many names) read
  and shown in the ledger's model against the 200 ms bar, and as a ratio to a raw ``sqlite3``
  ``GROUP BY store``; and the ledger opened after the statistics (nothing changed between).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Result, best_of, report

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
STATS_BAR_S, FIRST_PAINT_BAR_S, LEDGER_BAR_S = 0.300, 0.500, 0.200

_FIRST = "SELECT order_id, min(at) AS at FROM events WHERE kind IN ({}) GROUP BY order_id"
RAW_STATS = (
    # spent per currency and local month (float sums: what SQL alone would give)
    f"SELECT o.currency, strftime('%Y-%m', p.at, 'localtime'), sum(o.total), count(*) "
    f"FROM ({_FIRST.format(repr('paid'))}) AS p JOIN orders AS o ON o.id = p.order_id "
    "WHERE o.deleted_at IS NULL GROUP BY 1, 2",
    # refunded per currency and month
    "SELECT o.currency, strftime('%Y-%m', e.at, 'localtime'), sum(json_extract(e.data, '$.amount')) "
    "FROM events AS e JOIN orders AS o ON o.id = e.order_id "
    "WHERE e.kind = 'refund-received' AND o.deleted_at IS NULL GROUP BY 1, 2",
    # disputes opened, and the outcome of each order's last decision
    "SELECT count(*) FROM events AS e JOIN orders AS o ON o.id = e.order_id "
    "WHERE e.kind = 'dispute-opened' AND o.deleted_at IS NULL",
    "SELECT json_extract(e.data, '$.outcome'), count(*) FROM events AS e JOIN orders AS o ON o.id = e.order_id "
    "WHERE e.kind = 'decided' AND o.deleted_at IS NULL AND e.at = "
    "(SELECT max(at) FROM events WHERE order_id = e.order_id AND kind = 'decided') GROUP BY 1",
    # delivery days
    "SELECT avg(julianday(a.at) - julianday(s.at)) "
    f"FROM ({_FIRST.format(repr('delivered') + ', ' + repr('received'))}) AS a "
    f"JOIN ({_FIRST.format(repr('shipped'))}) AS s ON s.order_id = a.order_id",
)
RAW_LEDGER = (
    "SELECT store, currency, count(*), sum(total), max(ordered_at) FROM orders "
    "WHERE deleted_at IS NULL GROUP BY store, currency"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--stores", type=int, default=2_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.clock import FrozenClock
    from app.domain.periods import Period, Preset, preset_period
    from app.services import open_services
    from app.services.demo import generate
    from ui.common.tasks import TaskRunner
    from ui.insights.ledger_model import LedgerModel
    from ui.insights.statistics_view import StatisticsView

    app = QApplication.instance() or QApplication([])
    clock = FrozenClock(NOW)
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "data", clock)
        start = time.perf_counter()
        generate(services.orders, count=args.orders, seed=11)
        print(f"{args.orders} demo orders generated in {time.perf_counter() - start:.1f} s")
        path = services.data_dir.database
        services.close()
        conn = sqlite3.connect(path)
        with conn:  # spread the orders over many stores, as a buyer of years has them
            conn.execute("UPDATE orders SET store = 'Store ' || (id % ?)", (args.stores,))
        conn.close()

        reader = open_services(path.parent, clock)
        insights = reader.insights
        stats = insights.statistics(Period())  # warm the file cache and the imports
        ledger = insights.ledger()
        print(f"{stats.orders} orders paid, {stats.disputes.opened} disputes, {len(ledger)} stores")

        def raw(queries: tuple[str, ...]) -> None:
            conn = sqlite3.connect(path)
            try:
                for query in queries:
                    conn.execute(query).fetchall()
            finally:
                conn.close()

        def cold_statistics() -> None:
            insights.forget()  # read everything again: the first question after a change
            insights.statistics(Period())

        def cold_ledger() -> None:
            insights.forget()
            model.set_rows(insights.ledger())

        raw_stats_s = best_of(lambda: raw(RAW_STATS), repeat=5)
        stats_s = best_of(cold_statistics, repeat=5)
        insights.statistics(Period())
        this_year = preset_period(Preset.THIS_YEAR, NOW)
        warm_s = best_of(lambda: insights.statistics(this_year), repeat=5)

        model = LedgerModel(insights.set_store_mark)
        raw_ledger_s = best_of(lambda: raw((RAW_LEDGER,)), repeat=5)
        ledger_s = best_of(cold_ledger, repeat=5)

        def ledger_after_statistics() -> None:
            insights.forget()
            insights.statistics(Period())
            start = time.perf_counter()
            model.set_rows(insights.ledger())
            after.append(time.perf_counter() - start)

        after: list[float] = []
        for _ in range(5):
            ledger_after_statistics()
        ledger_after_s = min(after)

        tasks = TaskRunner()

        def first_paint() -> None:
            insights.forget()
            view = StatisticsView(reader, clock, tasks)
            view.set_preset(Preset.ALL)
            view.resize(1200, 900)
            done: list[bool] = []
            view.computed.connect(lambda: done.append(True))
            view.show()
            while not done:
                app.processEvents()
                time.sleep(0.001)
            view.repaint()  # the first paint with the numbers in
            view.close()
            view.deleteLater()
            tasks.wait()

        paint_s = best_of(first_paint, repeat=5)
        reader.close()

    results = [
        Result(f"statistics, all time, {args.orders} orders, vs 300 ms", stats_s, STATS_BAR_S, 1.0),
        Result(
            "statistics, all time, vs raw sqlite3 aggregates",
            stats_s,
            raw_stats_s,
            None,
            "exact Decimal sums and local months vs SQLite's float sums",
        ),
        Result(
            "statistics, another period, nothing changed since",
            warm_s,
            STATS_BAR_S,
            1.0,
            "what was read is kept until an order changes",
        ),
        Result(
            f"statistics view to first paint, {args.orders} orders, vs 500 ms",
            paint_s,
            FIRST_PAINT_BAR_S,
            1.0,
        ),
        Result(f"stores ledger, {len(ledger)} stores, vs 200 ms", ledger_s, LEDGER_BAR_S, 1.0),
        Result("stores ledger vs raw sqlite3 GROUP BY store", ledger_s, raw_ledger_s, None),
        Result(
            "stores ledger after the statistics, vs 200 ms",
            ledger_after_s,
            LEDGER_BAR_S,
            1.0,
            "arrivals and disputes already read",
        ),
    ]
    return 0 if report(results, "insights") else 1


if __name__ == "__main__":
    sys.exit(main())
