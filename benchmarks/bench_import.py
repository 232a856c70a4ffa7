"""Import benchmark: 10,000 Shopper Inventory CSV rows, file to committed rows.

    python benchmarks/bench_import.py [--rows 10000]

Ours: ``ImportService.preview`` + ``apply`` on an empty database (what ``dispute-desk import``
does: read and detect the file, parse every amount and date, validate each order's timeline,
derive its list cache, write orders, lines, events and tracking numbers in one transaction).
Baseline: a raw ``sqlite3`` executemany of the very rows the import wrote, into the same
tables (the same schema: tables and their indexes) of an empty file with the same pragmas, in
one transaction: what the storage alone costs. Both sides are the best of ``--repeat`` runs,
each on a fresh database, with the parsers' memo caches cleared before each import.
Budget: ≤ 10×.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, report

HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
)
_PRICES = [("USD", "US ${:,}.{:02d}"), ("EUR", "€{},{:02d}"), ("PLN", "{},{:02d}zł"), ("BRL", "R$ {},{:02d}")]
_STATUSES = ["Completed", "Completed", "Completed", "Awaiting delivery", "Awaiting shipment", "Cancelled"]
_DATES = ["2026-02-{:02d}", "Feb {}, 2026", "{:02d}.02.2026"]


def write_csv(path: Path, rows: int, seed: int = 7) -> int:
    """``rows`` lines; about one order in five has two to four lines. Returns the order count."""
    rng = random.Random(seed)
    lines = [HEADER]
    orders = 0
    while len(lines) - 1 < rows:
        orders += 1
        number = 8100000000000000 + orders
        currency, shape = rng.choice(_PRICES)
        day = rng.randint(1, 27)
        when = rng.choice(_DATES).format(day)
        status = rng.choice(_STATUSES)
        store = f"Store {rng.randint(1, 300)}"
        for item in range(rng.choice([1, 1, 1, 1, 2, 3, 4])):
            if len(lines) - 1 >= rows:
                break
            whole, cents = rng.randint(0, 2500), rng.randint(0, 99)
            price = shape.format(whole, cents)
            lines.append(
                f'"{when}",{number},"Item {orders}-{item}",{rng.randint(1, 3)},"{price}","{store}",'
                f'"{1005000000000000 + orders * 10 + item}","{12000000000000000 + orders * 10 + item}",'
                f'"Color: Black","{price}|{whole}|{cents:02d}",{currency},{status},,,,""'
            )
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return orders


def raw_insert(source: Path, target: Path, *, indexes: bool = True) -> float:
    """Copy every row the import wrote into an empty copy of the schema with executemany
    (without ``indexes``: the tables alone, as bench_core's baseline does)."""
    src = sqlite3.connect(source)
    tables = ["orders", "order_lines", "events", "tracking_numbers"]
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    schema = [
        sql
        for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE type IN (?, ?) AND sql IS NOT NULL ORDER BY type = 'index'",
            ("table", "index" if indexes else "table"),
        )
    ]
    src.close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    for sql in schema:
        conn.execute(sql)
    conn.commit()
    start = time.perf_counter()
    with conn:
        for table in tables:
            if rows[table]:
                marks = ",".join("?" * len(rows[table][0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _clear_memos() -> None:
    from app.importers import common, statuses
    from app.store import codec

    common._parse_amount.cache_clear()
    statuses.status_progress.cache_clear()
    common._parse_date.cache_clear()
    codec.db_time.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from app.clock import FrozenClock
    from app.services import open_services

    clock = FrozenClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "orders.csv"
        orders = write_csv(source, args.rows)
        best = float("inf")
        baseline = bare = float("inf")
        for attempt in range(args.repeat):
            services = open_services(Path(tmp) / f"data{attempt}", clock)
            service = services.imports
            service.rules.profile()  # the rule profile is read once per service, not per import
            _clear_memos()
            start = time.perf_counter()
            result = service.apply(service.preview(source))
            best = min(best, time.perf_counter() - start)
            services.close()
            assert result.added == orders and not result.errors, result.errors[:3]
            path = services.data_dir.database
            baseline = min(baseline, raw_insert(path, Path(tmp) / f"raw{attempt}.sqlite3"))
            bare = min(bare, raw_insert(path, Path(tmp) / f"bare{attempt}.sqlite3", indexes=False))
    print(f"{args.rows} rows, {orders} orders imported in {best:.2f} s ({args.rows / best:,.0f} rows/s)")
    results = [
        Result(
            f"import {args.rows} Shopper CSV rows vs raw executemany",
            best,
            baseline,
            10.0,
            f"{orders} orders",
        ),
        Result("the same vs executemany into tables without indexes", best, bare, None),
    ]
    return 0 if report(results, "import") else 1


if __name__ == "__main__":
    sys.exit(main())
