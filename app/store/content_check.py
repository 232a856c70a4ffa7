"""What a data file holds, checked before the app trusts it: a restored backup, a data folder
opened as it is, the file ``doctor`` looks at.

``integrity_check`` and ``foreign_key_check`` say the file is a sound SQLite database; they say
nothing about whether its rows are what this app writes. A backup whose evidence row names its
file ``../../../../tmp/x/escape`` is a sound database. So :func:`content_problems` also checks
the schema (every table and column of this build is there) and the formats of the values that
the app turns into paths, times, amounts and kinds of events. Each problem is a sentence that
names the table and row, never the row's content (order data stays out of messages).

Standard library only: it runs on a read-only connection, also on a full disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from app.domain.model import EventKind
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from app.store.paths import EVIDENCE_EXTENSIONS, SHA256_TEXT
from app.store.sqlite import integrity_problems

# Every table of the schema and the columns the app reads from it (the store's SQL names them).
# A test compares this with the sqlmodel tables, so a migration that adds a column adds it here.
EXPECTED_COLUMNS: dict[str, frozenset[str]] = {
    "orders": frozenset(
        {
            "id", "number", "marketplace", "store", "title", "currency", "total", "payment_method",
            "ordered_at", "note", "created_at", "updated_at", "deleted_at", "source", "source_raw",
            "status", "items_count", "next_deadline_kind", "next_deadline_due", "deadlines_json",
            "cache_valid_from", "cache_valid_until", "search_text",
        }
    ),
    "order_lines": frozenset(
        {"id", "order_id", "position", "title", "options", "quantity", "unit_price", "product_id",
         "sku_id", "source_line_id"}
    ),
    "events": frozenset({"id", "order_id", "kind", "at", "recorded_at", "data"}),
    "tracking_numbers": frozenset({"id", "order_id", "number", "carrier", "added_at"}),
    "rule_overrides": frozenset({"id", "profile", "key", "value", "updated_at"}),
    "settings": frozenset({"key", "value"}),
    "evidence": frozenset(
        {"id", "order_id", "sha256", "ext", "kind", "mime", "original_name", "size", "width", "height",
         "duration_ms", "captured_at", "caption", "dispute_event_id", "added_at", "deleted_at"}
    ),
}  # fmt: skip

_SHOWN = 5  # problems of one kind listed one by one; the rest are counted
_EVENT_KINDS = frozenset(kind.value for kind in EventKind)


def content_problems(conn: sqlite3.Connection, *, integrity: bool = True) -> list[str]:
    """Everything wrong with the file behind ``conn`` (read only); empty means it can be used."""
    problems = integrity_problems(conn) if integrity else []
    if problems:
        return problems  # a damaged file's rows can't be trusted to say more
    missing = schema_problems(conn)
    if missing:
        return missing
    return row_problems(conn)


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Tables or columns of this build that the file lacks."""
    present = {
        str(name)
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    problems: list[str] = []
    for table, wanted in EXPECTED_COLUMNS.items():
        if table not in present:
            problems.append(translate("doctor", "schema: the table {table} is missing").format(table=table))
            continue
        columns = {str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')}
        lacking = sorted(wanted - columns)
        if lacking:
            problems.append(
                translate("doctor", "schema: the table {table} lacks the column(s) {columns}").format(
                    table=table, columns=", ".join(lacking)
                )
            )
    return problems


def row_problems(conn: sqlite3.Connection) -> list[str]:
    """Values in a form the app never writes: evidence names (they become paths), event kinds,
    times, amounts and currency codes."""
    problems: list[str] = []
    problems += _listed(
        "evidence",
        QT_TRANSLATE_NOOP(
            "doctor",
            "{table} row {rows} names its file with something that is not a SHA-256 and one of the app's extensions",
        ),
        (
            row_id
            for row_id, sha, ext in conn.execute("SELECT id, sha256, ext FROM evidence")
            if not (isinstance(sha, str) and SHA256_TEXT.fullmatch(sha) and ext in EVIDENCE_EXTENSIONS)
        ),
    )
    problems += _listed(
        "events",
        QT_TRANSLATE_NOOP("doctor", "{table} row {rows} is of a kind the app doesn't know"),
        (row_id for row_id, kind in conn.execute("SELECT id, kind FROM events") if kind not in _EVENT_KINDS),
    )
    for table, columns in (
        ("orders", ("ordered_at", "created_at", "updated_at")),
        ("events", ("at", "recorded_at")),
    ):
        select = ", ".join(columns)
        problems += _listed(
            table,
            QT_TRANSLATE_NOOP("doctor", "{table} row {rows} holds a time the app can't read"),
            (
                row[0]
                for row in conn.execute(f"SELECT id, {select} FROM {table}")
                if not all(map(_is_time, row[1:]))
            ),
        )
    problems += _listed(
        "orders",
        QT_TRANSLATE_NOOP("doctor", "{table} row {rows} holds a total or currency the app can't read"),
        (
            row_id
            for row_id, total, currency in conn.execute("SELECT id, total, currency FROM orders")
            if not (
                _is_amount(total) and isinstance(currency, str) and len(currency) == 3 and currency.isalpha()
            )
        ),
    )
    problems += _listed(
        "order_lines",
        QT_TRANSLATE_NOOP("doctor", "{table} row {rows} holds a price or quantity the app can't read"),
        (
            row_id
            for row_id, price, quantity in conn.execute("SELECT id, unit_price, quantity FROM order_lines")
            if not (_is_amount(price) and isinstance(quantity, int))
        ),
    )
    return problems


def _listed(table: str, sentence: str, ids: Iterable[int]) -> list[str]:
    """``sentence`` (marked, with ``{table}`` and ``{rows}``) about the rows ``ids`` of ``table``."""
    found = list(ids)
    if not found:
        return []
    rows = ", ".join(str(i) for i in found[:_SHOWN])
    if len(found) > _SHOWN:
        count = len(found) - _SHOWN
        rows = translate("doctor", "{rows} and %n more", None, count).format(rows=rows)
    return [translate_marked("doctor", sentence).format(table=table, rows=rows)]


def _is_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_amount(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        return Decimal(value).is_finite()
    except InvalidOperation:
        return False
