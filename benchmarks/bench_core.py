"""Core benchmarks: demo generation rate and ``deadlines`` over 50,000 orders.

    python benchmarks/bench_core.py [--orders 50000]

- demo generation: orders written per second, and as a ratio to a raw ``sqlite3`` executemany
  of the same rows (what the storage alone costs);
- ``deadlines`` across all orders with fresh caches, against a raw ``sqlite3`` fetch of the
  same rows (the floor any implementation pays);
- the same when every cache has gone stale (``--at`` a month ahead: each open order is derived
  again from its events), against the same raw fetch.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, best_of, report

# What a list of the cached deadlines needs of each order: the floor any implementation pays.
RAW_COLUMNS = (
    "id, number, store, title, total, currency, status, deadlines_json, cache_valid_from, cache_valid_until"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=50_000)
    args = parser.parse_args()

    from app.clock import FrozenClock
    from app.services import open_services
    from app.services.demo import generate

    clock = FrozenClock(datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "data", clock)
        service = services.orders
        path = services.data_dir.database
        start = time.perf_counter()
        generate(service, count=args.orders, seed=7)
        demo_s = time.perf_counter() - start
        raw_insert_s = _raw_insert_baseline(path, Path(tmp))

        def raw_fetch() -> list[tuple[object, ...]]:
            conn = sqlite3.connect(path)
            try:
                return conn.execute(f"SELECT {RAW_COLUMNS} FROM orders WHERE deleted_at IS NULL").fetchall()
            finally:
                conn.close()

        service.deadlines()  # bring every cache up to date, as the app does on its first read
        fresh_s = best_of(lambda: service.deadlines(), repeat=5)
        raw_s = best_of(raw_fetch, repeat=5)
        later = clock.now() + timedelta(days=30)
        stale_s = best_of(lambda: service.deadlines(at=later), repeat=3)
        count = len(service.deadlines())
        services.close()

    print(
        f"{args.orders} demo orders in {demo_s:.1f} s ({args.orders / demo_s:,.0f} orders/s); {count} open deadlines"
    )
    results = [
        Result(
            "demo generation vs raw executemany of the rows",
            demo_s,
            raw_insert_s,
            None,
            f"{args.orders / demo_s:,.0f} orders/s",
        ),
        Result(f"deadlines, {args.orders} orders, caches fresh", fresh_s, raw_s, 8.0),
        Result(f"deadlines, {args.orders} orders, caches stale", stale_s, raw_s, None),
    ]
    return 0 if report(results, "core") else 1


def _raw_insert_baseline(source: Path, tmp: Path) -> float:
    """Copy every row of the demo's tables into an empty schema with plain executemany."""
    src = sqlite3.connect(source)
    tables = ["orders", "order_lines", "events", "tracking_numbers"]
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    schema = [
        sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE type='table' AND sql IS NOT NULL")
    ]
    src.close()
    target = sqlite3.connect(tmp / "raw.sqlite3")
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=FULL")
    for sql in schema:
        target.execute(sql)
    target.commit()
    start = time.perf_counter()
    with target:
        for table in tables:
            if rows[table]:
                marks = ",".join("?" * len(rows[table][0]))
                target.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
    elapsed = time.perf_counter() - start
    target.close()
    return elapsed


if __name__ == "__main__":
    sys.exit(main())
