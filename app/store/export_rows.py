"""Everything an export writes, read as stored (times as stored text, money as decimal text).

The JSON export takes every column of every table, so a column a later schema adds comes along
even in an export written by code that does not know it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

_TABLES = {
    "orders": "SELECT * FROM orders ORDER BY id",
    "order_lines": "SELECT * FROM order_lines ORDER BY order_id, position, id",
    "events": "SELECT * FROM events ORDER BY order_id, at, id",
    "tracking_numbers": "SELECT * FROM tracking_numbers ORDER BY order_id, added_at, id",
    "evidence": "SELECT * FROM evidence ORDER BY order_id, added_at, id",
    "rule_overrides": "SELECT * FROM rule_overrides ORDER BY profile, key",
    "settings": "SELECT * FROM settings ORDER BY key",
}


class ExportRows:
    """Mixed into :class:`~app.store.transaction.Transaction`."""

    _conn: sqlite3.Connection

    def table_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table of the data, as ``{column: stored value}``, by table name."""
        result: dict[str, list[dict[str, Any]]] = {}
        for table, sql in _TABLES.items():
            cursor = self._conn.execute(sql)
            names = [d[0] for d in cursor.description]
            result[table] = [dict(zip(names, row, strict=True)) for row in cursor]
        return result

    def sheet_rows(self) -> tuple[list[tuple[Any, ...]], dict[int, list[tuple[Any, ...]]]]:
        """The orders not in the trash, ``(id, number, store, title, currency, total, ordered_at)``
        oldest first, and their lines ``(title, options, quantity, unit_price, product_id,
        sku_id, line_no)`` by order id: what the spreadsheet export writes."""
        orders = self._conn.execute(
            "SELECT id, number, store, title, currency, total, ordered_at FROM orders "
            "WHERE deleted_at IS NULL ORDER BY ordered_at, id"
        ).fetchall()
        lines: dict[int, list[tuple[Any, ...]]] = {}
        for order_id, *line in self._conn.execute(
            "SELECT order_id, title, options, quantity, unit_price, product_id, sku_id, line_no "
            "FROM order_lines ORDER BY order_id, position, id"
        ):
            lines.setdefault(int(order_id), []).append(tuple(line))
        return orders, lines

    def order_ids_with_events(self, kinds: Sequence[str]) -> list[int]:
        """The orders (ids, ascending) that have an event of one of ``kinds``."""
        marks = ",".join("?" * len(kinds))
        return [
            int(order_id)
            for (order_id,) in self._conn.execute(
                f"SELECT DISTINCT order_id FROM events WHERE kind IN ({marks}) ORDER BY order_id", list(kinds)
            )
        ]
