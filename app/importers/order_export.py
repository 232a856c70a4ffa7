"""AliExpress-Order-Export (nrbrook): an orders CSV and an order-lines CSV.

Orders: ``order_id, order_date, status, total_price_text, currency, store_name, order_title,
order_titles, item_image_url, order_line_count, payment_method, …, order_detail_url, …``.
Lines: ``order_id, order_date, store_name, status, line_index, order_line_id, product_id,
sku_id, item_title, item_image_url, item_price_text, currency, quantity, …``.
Either file alone imports (orders alone: one line per order with its title and total; lines
alone: the total is the lines' sum), and both together give orders with their real lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from app.domain.errors import Refused
from app.i18n import translate
from app.importers.common import (
    RowProblem,
    RowRecord,
    currency_code,
    date,
    group_orders,
    optional_id,
    order_number,
    payment_method,
    price_in,
    quantity,
    read_rows,
    required,
)
from app.importers.model import Format, ImportedLine, ImportedOrder, ParsedSource, Progress, RowError
from app.importers.statuses import stage_of
from app.importers.text_files import csv_rows, header_of, open_text

ORDERS_COLUMNS: Final = frozenset({"order_id", "total_price_text", "order_title", "store_name"})
LINES_COLUMNS: Final = frozenset({"order_id", "order_line_id", "item_title", "item_price_text"})


def kind_of(header: Sequence[str]) -> str | None:
    """ "orders", "lines" or None for a CSV header."""
    names = {name.strip() for name in header}
    if LINES_COLUMNS <= names:
        return "lines"
    if ORDERS_COLUMNS <= names:
        return "orders"
    return None


def read(paths: Sequence[Path], default_currency: str, encoding: str | None = None) -> ParsedSource:
    source = ParsedSource(Format.ORDER_EXPORT_CSV)
    by_kind: dict[str, list[ImportedOrder]] = {}
    for path in paths:
        errors: list[RowError] = []
        with open_text(path, encoding) as (stream, chosen):
            source.encoding = source.encoding or chosen
            kind = kind_of(header_of(stream.readline()))
            stream.seek(0)
            if kind is None:
                raise Refused(
                    translate(
                        "import",
                        "{name} is neither the orders nor the order lines file of AliExpress-Order-Export",
                    ).format(name=path.name)
                )
            reader = _orders_row if kind == "orders" else _lines_row
            records, count = read_rows(
                csv_rows(stream, errors=errors),
                lambda line, row, read=reader: read(line, row, default_currency),
                errors,
            )
        source.rows += count
        prefix = f"{path.name}: " if len(paths) > 1 else ""
        source.errors.extend(RowError(e.line, prefix + e.message) for e in errors)
        by_kind.setdefault(kind, []).extend(group_orders(records, source.errors))
    source.orders = _merge(by_kind.get("orders", []), by_kind.get("lines", []))
    return source


def _merge(orders: list[ImportedOrder], lines: list[ImportedOrder]) -> list[ImportedOrder]:
    """Orders from the orders file get their lines from the lines file; orders found only in
    one file come as that file describes them."""
    merged = {order.number: order for order in orders}
    for lined in lines:
        order = merged.get(lined.number)
        if order is None:
            merged[lined.number] = lined
            continue
        order.lines, order.lines_known = lined.lines, True
        order.source_lines.extend(lined.source_lines)
        order.parts.update(lined.parts)
        if order.progress.stage is None:
            order.progress = lined.progress
    return list(merged.values())


def _currency(row: Mapping[str, str]) -> str | None:
    text = row.get("currency", "").strip()
    return currency_code(text) if text else None


def _orders_row(line: int, row: Mapping[str, str], default_currency: str) -> RowRecord:
    total, currency = price_in(
        required(row, "total_price_text"), _currency(row), default_currency, "total_price_text"
    )
    title = row.get("order_title", "").strip() or row.get("order_titles", "").strip()
    if not title:
        raise RowProblem(translate("import", "order_title is empty"))
    status = row.get("status", "").strip()
    return RowRecord(
        line=line,
        number=order_number(row.get("order_id")),
        store=required(row, "store_name"),
        currency=currency,
        ordered_at=date(required(row, "order_date")),
        raw=row,
        title=title,
        total=total,
        payment_method=payment_method(row.get("payment_method", "")),
        progress=Progress(stage_of(status), status_text=status),
        part="orders",
    )


def _lines_row(line: int, row: Mapping[str, str], default_currency: str) -> RowRecord:
    price, currency = price_in(
        required(row, "item_price_text"), _currency(row), default_currency, "item_price_text"
    )
    title = required(row, "item_title")
    status = row.get("status", "").strip()
    return RowRecord(
        line=line,
        number=order_number(row.get("order_id")),
        store=row.get("store_name", "").strip() or "(store not in the file)",
        currency=currency,
        ordered_at=date(required(row, "order_date")),
        raw=row,
        title=title,
        order_line=ImportedLine(
            title=title,
            quantity=quantity(row.get("quantity", "")),
            unit_price=price,
            product_id=optional_id(row.get("product_id")),
            sku_id=optional_id(row.get("sku_id")),
            source_line_id=optional_id(row.get("order_line_id")),
        ),
        progress=Progress(stage_of(status), status_text=status),
        part="lines",
    )
