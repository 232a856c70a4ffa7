"""The "AliExpress Shopper Inventory" / "My Purchases Collector" exports: CSV and JSON.

CSV header (exactly): Order Date, Order ID, Title, Qty, Price, Store, Product ID, SKU ID,
Attributes, Price Info, Currency, Status, Product Url, Product Image Url, Store Url, Tags.
One row per order line; ``Price`` is the unit price as displayed, ``Price Info`` is
``display|integer|fraction``. The JSON is an array of objects with camel-case keys
(``orderId``, ``orderLineId``, ``price``, ``orderDate`` as "Feb 21, 2026", ``orderDateIso``…).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from app.domain.currencies import minor_units
from app.domain.errors import Refused
from app.i18n import translate
from app.importers.common import (
    RowProblem,
    RowRecord,
    amount_with_currency,
    currency_code,
    date,
    group_orders,
    optional_id,
    order_number,
    quantity,
    read_rows,
    required,
)
from app.importers.model import Format, ImportedLine, ParsedSource
from app.importers.statuses import status_progress
from app.importers.text_files import csv_rows, open_text, read_text

CSV_HEADER: Final = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
).split(",")
JSON_KEYS: Final = frozenset({"orderId", "title", "price", "currency", "storeName"})
MAX_JSON_BYTES: Final = 100 << 20


def read_csv(path: Path, encoding: str | None = None) -> ParsedSource:
    source = ParsedSource(Format.SHOPPER_CSV)
    with open_text(path, encoding) as (stream, source.encoding):
        records, source.rows = read_rows(csv_rows(stream, errors=source.errors), _csv_row, source.errors)
    source.orders = group_orders(records, source.errors)
    return source


def _price(display: str, info: str, currency: str) -> Decimal:
    """The unit price. ``Price Info`` (``display|integer|fraction``) is the structured form:
    when its parts are plain digits with the currency's number of decimals, they are the
    amount; otherwise ``Price`` is read as displayed (symbols, separators and all)."""
    parts = info.split("|")
    if len(parts) == 3 and parts[0].strip() == display.strip():
        whole, fraction = parts[1].strip(), parts[2].strip()
        if whole.isascii() and whole.isdigit() and fraction.isascii() and fraction.isdigit():
            if len(fraction) == minor_units(currency):
                return Decimal(f"{int(whole)}.{fraction}")
    return amount_with_currency(display, currency)[0]


def _csv_row(line: int, row: Mapping[str, str]) -> RowRecord:
    currency = currency_code(required(row, "Currency"))
    title = required(row, "Title")
    return RowRecord(
        line=line,
        number=order_number(row.get("Order ID")),
        store=required(row, "Store"),
        currency=currency,
        ordered_at=date(required(row, "Order Date")),
        raw=row,
        title=title,
        order_line=ImportedLine(
            title=title,
            quantity=quantity(row.get("Qty", "")),
            unit_price=_price(required(row, "Price"), row.get("Price Info", ""), currency),
            options=row.get("Attributes", "").strip(),
            product_id=optional_id(row.get("Product ID")),
            sku_id=optional_id(row.get("SKU ID")),
        ),
        progress=status_progress(row.get("Status", "")),
    )


def read_json(path: Path, encoding: str | None = None) -> ParsedSource:
    source = ParsedSource(Format.SHOPPER_JSON)
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        # JSON is decoded whole (bytes and text at once): past this, memory would pass its bar.
        raise Refused(
            translate(
                "import",
                "{name} is {size} MB; a JSON order list of more than {limit} MB can't be imported (export it as CSV, or in parts)",
            ).format(name=path.name, size=size >> 20, limit=MAX_JSON_BYTES >> 20)
        )
    text, source.encoding = read_text(path, encoding)
    records, source.rows = read_rows(json_items(text, path), _json_item, source.errors)
    source.orders = group_orders(records, source.errors)
    return source


def json_items(text: str, path: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The objects of a top-level JSON array with the line each starts on. Numbers stay exact:
    integers as text (16-digit ids), decimals as ``Decimal``."""
    decoder = json.JSONDecoder(parse_int=str, parse_float=Decimal)
    position = _skip(text, 0)
    if not text.startswith("[", position):
        raise Refused(translate("import", "{name} is not a JSON list of orders").format(name=path.name))
    position, line, counted = position + 1, 1, 0
    while True:
        position = _skip(text, position)
        if text.startswith("]", position):
            return
        line += text.count("\n", counted, position)
        counted = position
        try:
            item, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise Refused(
                translate("import", "{name} is not valid JSON (line {line}: {reason})").format(
                    name=path.name, line=exc.lineno, reason=exc.msg
                )
            ) from None
        except RecursionError:
            # The C decoder counts its depth and stops cleanly: nothing of Python's stack is hurt.
            raise Refused(
                translate(
                    "import",
                    "{name} nests lists or objects too deeply (line {line}); an order list is a few levels deep",
                ).format(name=path.name, line=line)
            ) from None
        yield line, item if isinstance(item, Mapping) else {"…value": item}
        position = _skip(text, position)
        if text.startswith(",", position):
            position += 1
        elif not text.startswith("]", position):
            raise Refused(
                translate(
                    "import", "{name} is not valid JSON (a list item is not followed by , or ])"
                ).format(name=path.name)
            )


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _text(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return "" if value is None else str(value).strip()


def _attributes(value: Any) -> str:
    if isinstance(value, list):
        parts = []
        for entry in value:
            if isinstance(entry, Mapping):
                name, text = entry.get("name") or entry.get("key"), entry.get("value")
                parts.append(f"{name}: {text}" if name else str(text))
            else:
                parts.append(str(entry))
        return ", ".join(parts)
    return "" if value is None else str(value).strip()


def _json_item(line: int, item: Mapping[str, Any]) -> RowRecord:
    if "…value" in item:
        raise RowProblem(translate("import", "this list item is not an object"))
    currency = currency_code(_text(item, "currency") or "")
    price = item.get("price")
    info = item.get("priceInfo")
    info_text = (
        "|".join(str(info.get(k, "")) for k in ("display", "integer", "fraction"))
        if isinstance(info, Mapping)
        else _text(item, "priceInfo")
    )
    unit = price if isinstance(price, Decimal) else _price(_text(item, "price"), info_text, currency)
    title = _text(item, "title")
    if not title:
        raise RowProblem(translate("import", "title is empty"))
    when = _text(item, "orderDateIso") or _text(item, "orderDate")
    if not when:
        raise RowProblem(translate("import", "orderDate is empty"))
    return RowRecord(
        line=line,
        number=order_number(item.get("orderId")),
        store=_text(item, "storeName") or "(unknown store)",
        currency=currency,
        ordered_at=date(when),
        raw=_plain(item),
        title=title,
        order_line=ImportedLine(
            title=title,
            quantity=quantity(_text(item, "quantity")),
            unit_price=unit,
            options=_attributes(item.get("attributes")),
            product_id=optional_id(item.get("productId")),
            sku_id=optional_id(item.get("skuId")),
            source_line_id=optional_id(item.get("orderLineId")),
        ),
        progress=status_progress(_text(item, "status")),
    )


def _plain(value: Any) -> Any:
    """JSON-ready copy (Decimals as text)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value
