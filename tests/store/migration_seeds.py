"""Representative data for every schema revision, and the "nothing was lost" comparison.

Each seed is plain SQL written against the schema *of its revision* (never the current models),
so it keeps working when the models move on. When you add a revision, add its seed here: the
migration tests fail for any revision without one.

The comparison is generic: every row of every table that existed before an upgrade must still
be there afterwards, under the same primary key, with the same value in every column that
exists on both sides. A migration that transforms a column on purpose lists it in
``TRANSFORMED`` with the revision that does it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

Seed = Callable[[sqlite3.Connection], None]
Snapshot = dict[str, dict[tuple[object, ...], dict[str, object]]]

# (table, column) pairs whose values a later revision rewrites on purpose; empty today.
TRANSFORMED: set[tuple[str, str]] = set()

# Tables a later revision drops or renames on purpose; empty today.
DROPPED: set[str] = set()


def seed_0001(conn: sqlite3.Connection) -> None:
    """Two orders (one in the trash) with lines, events, tracking numbers; rule overrides and
    settings. Edge values on purpose: 16-digit and zero-padded order numbers, "0.10" and a
    16-digit amount, Cyrillic and Chinese text, JSON with non-ASCII, NULLs."""
    _orders_0001(conn)
    _lines_0001(conn)
    _events_0001(conn)


def _orders_0001(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO orders (id, number, marketplace, store, title, currency, total, payment_method,"
        " ordered_at, note, created_at, updated_at, deleted_at, source, source_raw, status,"
        " items_count, next_deadline_kind, next_deadline_due, deadlines_json, cache_valid_from,"
        " cache_valid_until, search_text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                "8100123456789012",
                "aliexpress",
                "Shenzhen Gadget Store",
                "USB-C кабель 2 м ×2",
                "USD",
                "1234567890123456.78",
                "card",
                "2025-11-01 08:15:00.000000",
                "продавец обещал трек",
                "2025-11-01 09:00:00.000000",
                "2025-11-20 10:30:00.123456",
                None,
                "aliexpress-csv",
                '{"Order ID": "8100123456789012", "Amount": "US $12.30"}',
                "in_transit",
                2,
                "protection_ends",
                1767225600,
                '[{"kind": "protection_ends", "due": 1767225600, "entered": true}]',
                1763600000,
                1767225600,
                "8100123456789012 shenzhen gadget store usb-c кабель 2 м ×2 lp00123456789cn",
            ),
            (
                2,
                "0000000000000042",
                "aliexpress",
                "小米 Official Store",
                "Screen protector",
                "EUR",
                "0.10",
                None,
                "2025-10-02 23:59:59.000000",
                "",
                "2025-10-03 00:00:00.000000",
                "2025-10-04 00:00:00.000000",
                "2025-10-05 12:00:00.000000",
                None,
                None,
                "cancelled",
                1,
                None,
                None,
                "[]",
                None,
                None,
                "0000000000000042 小米 official store screen protector",
            ),
        ],
    )


_LINES_0001 = [
    (
        1,
        1,
        0,
        "USB-C кабель 2 м",
        "Цвет: чёрный",
        2,
        "6.15",
        "1005001234567890",
        "12000023456789",
        "a1",
    ),
    (2, 1, 1, "Gift", "", 1, "0", None, None, None),
    (3, 2, 0, "Screen protector", "9H", 1, "0.10", "1005009999999999", None, None),
]


def _lines_0001(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO order_lines (id, order_id, position, title, options, quantity, unit_price,"
        " product_id, sku_id, source_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _LINES_0001,
    )


def _events_0001(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO events (id, order_id, kind, at, recorded_at, data) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (1, 1, "paid", "2025-11-01 08:16:00.000000", "2025-11-01 09:00:00.000000", '{"method": "card"}'),
            (
                2,
                1,
                "shipped",
                "2025-11-03 02:00:00.000000",
                "2025-11-03 07:00:00.000000",
                '{"protection_due": 1767225600, "countdown": "59d 23:10:00"}',
            ),
            (
                3,
                1,
                "note",
                "2025-11-20 10:30:00.123456",
                "2025-11-20 10:30:00.123456",
                '{"text": "трек не обновляется"}',
            ),
            (4, 2, "cancelled", "2025-10-04 00:00:00.000000", "2025-10-04 00:00:00.000000", "{}"),
        ],
    )
    conn.executemany(
        "INSERT INTO tracking_numbers (id, order_id, number, carrier, added_at) VALUES (?, ?, ?, ?, ?)",
        [
            (1, 1, "LP00123456789CN", "Cainiao", "2025-11-03 07:00:00.000000"),
            (2, 1, "0012345678", None, "2025-11-05 07:00:00.000000"),
        ],
    )
    conn.executemany(
        "INSERT INTO rule_overrides (id, profile, key, value, updated_at) VALUES (?, ?, ?, ?, ?)",
        [
            (1, "aliexpress", "escalation_days", "7", "2025-12-01 00:00:00.000000"),
            (2, "aliexpress", "cancel_during_payment_check", "true", "2025-12-01 00:00:01.000000"),
        ],
    )
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [("rule_profile", '"aliexpress"'), ("ui.columns", '["number", "store", "due"]')],
    )


def seed_0002(conn: sqlite3.Connection) -> None:
    """0002 only adds indexes: the tables and columns are those of 0001, and so is the data."""
    seed_0001(conn)


def seed_0003(conn: sqlite3.Connection) -> None:
    """0003 adds the evidence table: the data of 0002 plus evidence rows, one in the trash, one
    tied to a dispute event, non-ASCII names and captions, NULL dimensions for a video."""
    seed_0002(conn)
    _evidence_0003(conn)


def _evidence_0003(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO evidence (id, order_id, sha256, ext, kind, mime, original_name, size, width,"
        " height, duration_ms, captured_at, caption, dispute_event_id, added_at, deleted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                1,
                "a" * 64,
                "jpg",
                "image",
                "image/jpeg",
                "кабель сломан.JPG",
                4_123_456,
                4000,
                3000,
                None,
                "2025-11-21 07:00:00.000000",
                "Разъём отломан",
                2,
                "2025-11-21 08:00:00.000000",
                None,
            ),
            (
                2,
                1,
                "b" * 64,
                "mp4",
                "video",
                "video/mp4",
                "unboxing.mp4",
                98_765_432,
                None,
                None,
                61_500,
                None,
                "",
                None,
                "2025-11-21 08:01:00.000000",
                "2025-11-22 08:00:00.000000",
            ),
        ],
    )


def seed_0004(conn: sqlite3.Connection) -> None:
    """0004 numbers the order lines (``line_no``): the data of 0003 with its lines numbered, plus
    an order of two items (numbered 1 and 3: a number is never reused) with a dispute about one
    item decided partly and its refund, and an escalated dispute with a return about the other."""
    _orders_0001(conn)
    conn.executemany(
        "INSERT INTO order_lines (id, order_id, position, title, options, quantity, unit_price,"
        " product_id, sku_id, source_line_id, line_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row, number) for row, number in zip(_LINES_0001, (1, 2, 1), strict=True)],
    )
    _events_0001(conn)
    _evidence_0003(conn)
    conn.execute(
        "INSERT INTO orders (id, number, marketplace, store, title, currency, total, payment_method,"
        " ordered_at, note, created_at, updated_at, deleted_at, source, source_raw, status,"
        " items_count, next_deadline_kind, next_deadline_due, deadlines_json, cache_valid_from,"
        " cache_valid_until, search_text)"
        " VALUES (3, '8200000000000003', 'aliexpress', 'Lamp Store', 'Desk lamp', 'EUR', '27.50', 'paypal',"
        " '2026-01-05 10:00:00.000000', '', '2026-01-05 10:00:00.000000', '2026-02-10 10:00:00.000000',"
        " NULL, NULL, NULL, 'dispute_escalated', 3, NULL, NULL, '[]', NULL, NULL,"
        " '8200000000000003 lamp store desk lamp usb cable')"
    )
    conn.executemany(
        "INSERT INTO order_lines (id, order_id, position, title, options, quantity, unit_price,"
        " product_id, sku_id, source_line_id, line_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (4, 3, 0, "Desk lamp", "Warm white", 1, "22.50", None, None, "l1", 1),
            # Line 3: a number is never reused, even after an import removed the line numbered 2.
            (5, 3, 1, "USB cable", "", 2, "2.50", None, None, "l3", 3),
        ],
    )
    conn.executemany(
        "INSERT INTO events (id, order_id, kind, at, recorded_at, data) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (5, 3, "paid", "2026-01-05 10:05:00.000000", "2026-01-05 10:05:00.000000", "{}"),
            (6, 3, "shipped", "2026-01-07 10:00:00.000000", "2026-01-07 10:00:00.000000", "{}"),
            (7, 3, "received", "2026-01-25 10:00:00.000000", "2026-01-25 10:00:00.000000", "{}"),
            (
                8,
                3,
                "dispute-opened",
                "2026-01-26 10:00:00.000000",
                "2026-01-26 10:00:00.000000",
                '{"line":3,"reason":"damaged","refund":"5.00"}',
            ),
            (
                9,
                3,
                "decided",
                "2026-02-05 10:00:00.000000",
                "2026-02-05 10:00:00.000000",
                '{"amount":"2.50","line":3,"outcome":"partial"}',
            ),
            (
                10,
                3,
                "refund-received",
                "2026-02-08 10:00:00.000000",
                "2026-02-08 10:00:00.000000",
                '{"amount":"2.50","line":3}',
            ),
            (
                11,
                3,
                "dispute-opened",
                "2026-02-09 10:00:00.000000",
                "2026-02-09 10:00:00.000000",
                '{"line":1,"reason":"defective","return":true}',
            ),
            (12, 3, "escalated", "2026-02-10 10:00:00.000000", "2026-02-10 10:00:00.000000", '{"line":1}'),
        ],
    )


def seed_0005(conn: sqlite3.Connection) -> None:
    """0005 adds the reminders table: the data of 0004 plus reminders given for order 1's
    protection deadline (two lead times, by the window and by the command line), a lead written
    with a space, a due time past 2038."""
    seed_0004(conn)
    conn.executemany(
        "INSERT INTO reminders (id, order_id, kind, due, lead, lead_seconds, given_at, given_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, "protection_ends", 1767225600, "7d", 604800, 1766620831, "app"),
            (2, 1, "protection_ends", 1767225600, "48 h", 172800, 1767052860, "remind"),
            (3, 1, "refund_expected_by", 4102444800, "2h", 7200, 4102437600, "app"),
        ],
    )


def seed_0006(conn: sqlite3.Connection) -> None:
    """0006 adds the buyer's store notes and exchange rates: the data of 0005 plus a flagged
    store with a Cyrillic note, an unflagged one with an empty note, and rates of two pairs
    (one with many decimals, one older than the other)."""
    seed_0005(conn)
    conn.executemany(
        "INSERT INTO store_notes (id, key, name, note, avoid, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                "shenzhen gadget store",
                "Shenzhen Gadget Store",
                "Шлёт пустые коробки",
                1,
                "2025-12-01 10:00:00.000000",
            ),
            (2, "小米 official store", "小米 Official Store", "", 0, "2025-12-02 10:00:00.000000"),
        ],
    )
    conn.executemany(
        "INSERT INTO exchange_rates (id, currency, home, valid_from, rate, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (1, "USD", "EUR", "2025-01-01", "0.9123456789", "2025-12-01 10:00:00.000000"),
            (2, "USD", "EUR", "2025-07-01", "0.86", "2025-12-01 10:00:01.000000"),
            (3, "PLN", "EUR", "2025-01-01", "0.23", "2025-12-01 10:00:02.000000"),
        ],
    )


def seed_0007(conn: sqlite3.Connection) -> None:
    """0007 adds two indexes on the orders and no data: the data of 0006."""
    seed_0006(conn)


SEEDS: dict[str, Seed] = {
    "0001": seed_0001,
    "0002": seed_0002,
    "0003": seed_0003,
    "0004": seed_0004,
    "0005": seed_0005,
    "0006": seed_0006,
    "0007": seed_0007,
}


def seed_database(path: Path, revision: str) -> None:
    """Fill the database at ``path`` (already at ``revision``) with that revision's seed."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            SEEDS[revision](conn)


def _primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keyed = sorted((row[5], row[1]) for row in info if row[5] > 0)
    return [name for _position, name in keyed] or ["rowid"]


def snapshot(path: Path) -> Snapshot:
    """Every row of every application table, by primary key (read-only; the file is not touched)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        result: Snapshot = {}
        for table in tables:
            key = _primary_key(conn, table)
            cursor = conn.execute(f'SELECT {", ".join(key)}, * FROM "{table}"')
            columns = [d[0] for d in cursor.description][len(key) :]
            result[table] = {
                tuple(row[: len(key)]): dict(zip(columns, row[len(key) :], strict=True)) for row in cursor
            }
        return result


def assert_rows_survived(before: Snapshot, after: Snapshot) -> None:
    """Fail with a readable message if any row or value of ``before`` is missing in ``after``."""
    for table, rows in before.items():
        if table in DROPPED:
            continue
        assert table in after, f"table {table} disappeared"
        missing = set(rows) - set(after[table])
        assert not missing, f"{table}: rows {sorted(missing, key=repr)} were lost"
        for key, values in rows.items():
            now = after[table][key]
            for column, value in values.items():
                if column in now and (table, column) not in TRANSFORMED:
                    assert now[column] == value, f"{table} {key} {column}: {value!r} became {now[column]!r}"
