"""Two small userscript exports.

- su14iman/aliexpress-order-exporter CSV: ``orderId,itemId,Product,Date,Unit Price,Quantity,
  Price,Store Name,SKU, InvoiceURL,ImageUrl`` (the leading space of " InvoiceURL" is real;
  dates are dd.mm.yyyy). No status column: an order with an invoice is paid, so orders come in
  as paid (awaiting shipment) unless something later says more.
- chriskomus userscripts: tab-separated rows, with or without a header, of Order Number, Order
  Date, Subtotal, Shipping and Tax, Total Order Amount, Store Name, Order Status, Tracking
  Number, Tracking Status, Status Last Updated, Tracking Link, Product Title, Option, Price,
  Quantity. The order's amounts repeat on each of its rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final

from app.importers.common import (
    RowRecord,
    date,
    group_orders,
    money,
    optional_id,
    order_number,
    quantity,
    read_rows,
    required,
)
from app.importers.model import Format, ImportedLine, ParsedSource, Progress, RowError, Stage
from app.importers.statuses import stage_of
from app.importers.text_files import csv_rows, open_text, read_text

CHRISKOMUS_COLUMNS: Final = (
    "Order Number", "Order Date", "Subtotal", "Shipping and Tax", "Total Order Amount", "Store Name",
    "Order Status", "Tracking Number", "Tracking Status", "Status Last Updated", "Tracking Link",
    "Product Title", "Option", "Price", "Quantity",
)  # fmt: skip


def read_su14iman(path: Path, default_currency: str, encoding: str | None = None) -> ParsedSource:
    source = ParsedSource(Format.SU14IMAN_CSV)
    with open_text(path, encoding) as (stream, source.encoding):
        records, source.rows = read_rows(
            csv_rows(stream, errors=source.errors),
            lambda line, row: _su14iman_row(line, row, default_currency),
            source.errors,
        )
    source.orders = group_orders(records, source.errors)
    return source


def _su14iman_row(line: int, row: Mapping[str, str], default_currency: str) -> RowRecord:
    unit, currency = money(required(row, "Unit Price"), default_currency, "Unit Price")
    title = required(row, "Product")
    invoice = (row.get(" InvoiceURL") or row.get("InvoiceURL") or "").strip()
    return RowRecord(
        line=line,
        number=order_number(row.get("orderId")),
        store=required(row, "Store Name"),
        currency=currency,
        ordered_at=date(required(row, "Date"), "Date"),
        raw=row,
        title=title,
        order_line=ImportedLine(
            title=title,
            quantity=quantity(row.get("Quantity", "")),
            unit_price=unit,
            options=row.get("SKU", "").strip(),
            source_line_id=optional_id(row.get("itemId")),
        ),
        progress=Progress(Stage.PAID, status_text="invoice" if invoice else ""),
    )


def chriskomus_rows(text: str, errors: list[RowError] | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows by column name whether or not the first line is the header."""
    first = text.split("\n", 1)[0].rstrip("\r").split("\t")
    if first and first[0].strip() == CHRISKOMUS_COLUMNS[0]:
        yield from csv_rows(text, "\t", errors)
        return
    header = "\t".join(CHRISKOMUS_COLUMNS) + "\n"
    for line, row in csv_rows(header + text, "\t", errors):
        yield line - 1, row


def read_chriskomus(path: Path, default_currency: str, encoding: str | None = None) -> ParsedSource:
    source = ParsedSource(Format.CHRISKOMUS_TSV)
    text, source.encoding = read_text(path, encoding)
    records, source.rows = read_rows(
        chriskomus_rows(text, source.errors),
        lambda line, row: _chriskomus_row(line, row, default_currency),
        source.errors,
    )
    source.orders = group_orders(records, source.errors)
    return source


def _chriskomus_row(line: int, row: Mapping[str, str], default_currency: str) -> RowRecord:
    total, currency = money(required(row, "Total Order Amount"), default_currency, "Total Order Amount")
    unit, _ = money(required(row, "Price"), currency, "Price")
    title = required(row, "Product Title")
    status = row.get("Order Status", "").strip()
    stage = stage_of(status)
    tracking_status = stage_of(row.get("Tracking Status", ""))
    if stage is Stage.SHIPPED and tracking_status is Stage.DELIVERED:
        stage = Stage.DELIVERED
    delivered_at = None
    if stage is Stage.DELIVERED and row.get("Status Last Updated", "").strip():
        delivered_at = date(row["Status Last Updated"], "Status Last Updated")
    return RowRecord(
        line=line,
        number=order_number(row.get("Order Number"), "order number"),
        store=required(row, "Store Name"),
        currency=currency,
        ordered_at=date(required(row, "Order Date")),
        raw=row,
        title=title,
        total=total,
        order_line=ImportedLine(
            title=title,
            quantity=quantity(row.get("Quantity", "")),
            unit_price=unit,
            options=row.get("Option", "").strip(),
        ),
        progress=Progress(
            stage,
            status_text=status,
            tracking=row.get("Tracking Number", "").strip() or None,
            delivered_at=delivered_at,
        ),
    )
