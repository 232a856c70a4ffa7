"""Order list benchmarks: 50,000 orders in the model and the panel.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_list.py [--orders 50000]

- list load: ``ListingService.rows`` + ``OrderListPanel.set_rows`` (model, view reset, sidebar counts)
  against a raw ``sqlite3`` fetch of the same columns (the floor any implementation pays);
- one countdown tick with 50,000 rows against one with 50 rows, in the same shown window: the
  tick must cost the same whatever the list's length (only the rows on screen are touched);
- a search keystroke over 50,000 rows (the panel's search box, the "All orders" view), as a
  ratio to the 50 ms a keystroke may take;
- memory: resident size with 50,000 rows in the model and panel minus with 50 rows, as a
  ratio to 100 MB (measured in a fresh process, so earlier steps' garbage doesn't count).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Result, best_of, report

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
WINDOW = (1200, 700)
SEARCH_BUDGET_S = 0.050
MEMORY_BUDGET_MB = 100.0
RAW_SELECT = (
    "SELECT id, number, store, title, items_count, total, currency, status, next_deadline_kind, "
    "next_deadline_due, search_text, deleted_at IS NOT NULL, source IS 'demo', cache_valid_from, "
    "cache_valid_until FROM orders"
)


@dataclass
class MemoryResult(Result):
    """ours_s and baseline_s hold megabytes here."""

    def line(self) -> str:
        verdict = "  ok" if self.ok else "  OVER BUDGET"
        return (
            f"{self.name:<46} {self.ratio:7.2f}×  ({self.ours_s:9.1f} MB vs {self.baseline_s:9.1f} MB; "
            f"budget ≤ {self.budget:g}×){verdict}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--memory-probe", type=Path, help=argparse.SUPPRESS)  # internal: child process
    args = parser.parse_args()
    if args.memory_probe:
        return _memory_probe(args.memory_probe)

    from PySide6.QtWidgets import QApplication

    from app.clock import FrozenClock
    from app.domain.views import View
    from app.services import open_services
    from app.services.demo import generate
    from ui.orders.list_panel import OrderListPanel

    app = QApplication.instance() or QApplication([])
    clock = FrozenClock(NOW)
    now = int(NOW.timestamp())
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "data", clock)
        start = time.perf_counter()
        generate(services.orders, count=args.orders, seed=11)
        print(f"{args.orders} demo orders generated in {time.perf_counter() - start:.1f} s")
        path = services.data_dir.database
        services.close()
        reader = open_services(path.parent, clock)
        listing = reader.listing
        listing.rows(now)  # warm the file cache and the imports: both sides read a warm file

        def raw_fetch() -> list[tuple[object, ...]]:
            conn = sqlite3.connect(path)
            try:
                return conn.execute(RAW_SELECT).fetchall()
            finally:
                conn.close()

        panel = OrderListPanel(clock)
        panel.resize(*WINDOW)
        panel.show()
        app.processEvents()
        panel.set_view(View.ALL)  # every row in view: the worst case for ticks and search

        def list_load() -> None:
            panel.set_rows(listing.rows(now).rows)

        raw_s = best_of(raw_fetch, repeat=5)
        load_s = best_of(list_load, repeat=5)
        app.processEvents()
        rows = panel.rows()
        assert len(rows) == args.orders and panel.model.rowCount() == args.orders

        def ticks() -> None:
            for _ in range(1000):
                panel.tick()

        panel.set_rows(rows[:50])
        app.processEvents()
        small_tick_s = best_of(ticks, repeat=7) / 1000
        panel.set_rows(rows)
        app.processEvents()
        big_tick_s = best_of(ticks, repeat=7) / 1000
        panel.model.set_now(now)
        counts_s = best_of(panel.model.counts, repeat=5)

        terms = iter(["usb", "cab", "sto", "led", "ugr", "box"] * 10)
        search_s = best_of(lambda: panel.search.setText(next(terms)), repeat=9)
        panel.search.clear()
        panel.close()
        reader.close()
        memory = _memory_in_child(path)

    print(
        f"visible rows per tick: {panel.table.rowAt(panel.table.viewport().height() - 1) + 1}; "
        f"sidebar recount (once a minute): {counts_s * 1000:.1f} ms"
    )
    results = [
        Result(f"list load, {args.orders} rows, vs raw sqlite3 fetch", load_s, raw_s, 3.0),
        Result(
            f"tick, {args.orders} rows vs 50 rows",
            big_tick_s,
            small_tick_s,
            1.2,
            f"{big_tick_s * 1e6:.0f} µs vs {small_tick_s * 1e6:.0f} µs per tick",
        ),
        Result(f"search keystroke, {args.orders} rows, vs 50 ms", search_s, SEARCH_BUDGET_S, 1.0),
        MemoryResult(f"memory, {args.orders} rows minus 50 rows, vs 100 MB", memory, MEMORY_BUDGET_MB, 1.0),
    ]
    return 0 if report(results, "list") else 1


def _memory_in_child(path: Path) -> float:
    """Megabytes the rows add, measured by a fresh interpreter (see ``_memory_probe``)."""
    out = subprocess.run(
        [sys.executable, __file__, "--memory-probe", str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["delta_mb"])


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:  # resident pages; Linux
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _memory_probe(path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from app.clock import FrozenClock
    from app.services import open_services
    from ui.orders.list_panel import OrderListPanel

    app = QApplication([])
    clock = FrozenClock(NOW)
    now = int(NOW.timestamp())
    listing = open_services(path.parent, clock).listing
    panel = OrderListPanel(clock)
    panel.resize(*WINDOW)
    panel.show()
    panel.set_rows(listing.rows(now, ids=range(1, 51)).rows)
    app.processEvents()
    gc.collect()
    before = _rss_mb()
    panel.set_rows(listing.rows(now).rows)
    app.processEvents()
    gc.collect()
    after = _rss_mb()
    print(json.dumps({"before_mb": before, "after_mb": after, "delta_mb": after - before}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
