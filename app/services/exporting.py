"""Exports: the orders as a Shopper Inventory CSV, the whole history as JSON, the deadlines as
an iCalendar file (``export_ics``, see :mod:`app.services.export_ics`).

Every export is written to a private temporary file next to the target and renamed over it
when complete (``os.replace``): an existing file of that name is replaced in one step, and a
crash or a full disk never leaves half a file under the final name. The files are created
readable by the owner only (they hold the buyer's orders); an export may overwrite an older
export of the same name, unlike a backup.

CSV choices:

- The layout of the Shopper Inventory browser extension (its exact header), one row per order
  line, so the file imports back (``dispute-desk import``) to the same orders: numbers, stores,
  titles, lines, quantities, unit prices and currencies. Orders in the trash are left out.
- UTF-8 without a BOM, ``\\r\\n`` line ends (RFC 4180), every text cell quoted.
- ``Price`` is a plain decimal (``1382.11``) with the ISO code in ``Currency``; ``Price Info``
  is ``display|integer|fraction`` (``1382.11|1382|11``; ``1299|1299|`` for a currency without
  minor units); ``Status`` uses the extension's English words (see :data:`CSV_STATUS`).
- Spreadsheet formula injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return gets a leading ``'`` so a spreadsheet shows it as text instead of
  running it. This changes such a value on the way back in: the importer strips the ``'``
  from order ids, but a title such as ``=2 pack`` comes back as ``'=2 pack``. Safety of the
  person opening the file wins over a byte-exact round trip of those rare values; the JSON
  export is the exact one.

JSON: ``{"format": "dispute-desk-export", "version": 1, ...}`` with every order (also those
in the trash), its lines (each with its number, the refunds recorded for it and its disputes:
what was claimed, decided and received), tracking numbers, events, notes and evidence metadata,
plus the rule overrides and the settings. Amounts are strings, times UTC ISO 8601 with ``Z``.

The CSV's ``Tags`` column (free labels in the extension's layout, ignored on import) says per
line what its dispute claimed and decided and what came back.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app import __version__
from app.domain.currencies import format_amount, minor_units
from app.domain.errors import Refused
from app.domain.model import Status
from app.domain.parsing import format_utc
from app.domain.text import clean_text
from app.i18n import translate
from app.services.export_items import ITEM_KINDS, item_json, item_tags
from app.store.paths import create_private_file
from app.store.schema import HEAD_REVISION

if TYPE_CHECKING:
    from app.services.order_reads import ItemStates
    from app.services.orders import OrderService

JSON_FORMAT = "dispute-desk-export"
JSON_VERSION = 1

CSV_HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
    "Status,Product Url,Product Image Url,Store Url,Tags"
).split(",")

S = Status
CSV_STATUS: dict[Status, str] = {
    S.AWAITING_PAYMENT: "Awaiting payment",
    S.PAYMENT_CHECK: "Awaiting shipment",
    S.AWAITING_SHIPMENT: "Awaiting shipment",
    S.CANCEL_REQUESTED: "Awaiting shipment",
    S.IN_TRANSIT: "Awaiting delivery",
    S.DELIVERED: "Awaiting delivery",
    S.DISPUTE_OPEN: "Awaiting delivery",
    S.DISPUTE_ESCALATED: "Awaiting delivery",
    S.DISPUTE_DECIDED: "Awaiting delivery",
    S.REFUND_PENDING: "Awaiting delivery",
    S.COMPLETED: "Completed",
    S.CANCELLED: "Cancelled",
    S.CLOSED: "Cancelled",
    S.REFUNDED: "Cancelled",
}
"""Our status → the extension's vocabulary. Orders still open after shipping (delivered but not
confirmed, in a dispute, waiting for a refund) are "Awaiting delivery", as the platform keeps
them; every order that ended with the money back is "Cancelled"."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """A text cell a spreadsheet will not run as a formula (see the module doc), without control
    characters (data stored before they were removed on the way in may still hold a NUL)."""
    cell = clean_text(cell, multiline=True)
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# -- writing files atomically -------------------------------------------------------------------


def write_atomically(out: Path, write: Callable[[IO[str]], object], *, newline: str | None = None) -> None:
    """Write text to ``out`` through a private temporary file renamed over it when complete."""
    out = Path(out)
    if out.is_dir():
        raise Refused(translate("export", "{path} is a folder; give a file name").format(path=out))
    if not out.parent.is_dir():
        raise Refused(translate("export", "the folder {path} does not exist").format(path=out.parent))
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        create_private_file(partial)
        with partial.open("w", encoding="utf-8", newline=newline) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise Refused(
            translate("export", "can't write {path}: {reason}").format(path=out, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- CSV ----------------------------------------------------------------------------------------


def export_csv(service: OrderService, out: Path) -> int:
    """The orders (not those in the trash) as a Shopper Inventory CSV. Returns the number of
    orders written."""
    statuses = {item.order: item.status for item in service.list_orders()}
    with service.store.read() as tx:
        orders, lines = tx.sheet_rows()
        disputed = tx.order_ids_with_events(sorted(ITEM_KINDS))
    items = service.items_of(disputed)
    written = 0

    def write(handle: IO[str]) -> None:
        nonlocal written
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for order_id, number, store, title, currency, total, ordered_at in orders:
            status = CSV_STATUS.get(statuses.get(number, S.AWAITING_PAYMENT), "")
            rows = lines.get(order_id) or [(title, "", 1, total, None, None, 0)]
            for line_title, options, quantity, unit_price, product_id, sku_id, line_no in rows:
                price = format_amount(Decimal(unit_price), currency)
                writer.writerow(
                    [
                        _date(ordered_at),
                        neutralize(number),
                        neutralize(line_title),
                        int(quantity),
                        price,
                        neutralize(store),
                        neutralize(product_id or ""),
                        neutralize(sku_id or ""),
                        neutralize(options or ""),
                        _price_info(price, currency),
                        currency,
                        status,
                        "",
                        "",
                        "",
                        neutralize(item_tags(items.get(order_id), line_no, currency)),
                    ]
                )
            written += 1

    write_atomically(out, write, newline="")
    return written


def _price_info(price: str, currency: str) -> str:
    whole, _, fraction = price.partition(".")
    if minor_units(currency) == 0:
        fraction = ""
    return f"{price}|{whole}|{fraction}"


def _date(stored: str) -> str:
    """The UTC calendar date of a stored time (``2026-02-20 09:00:00.000000``)."""
    return str(stored)[:10]


# -- JSON ---------------------------------------------------------------------------------------


def export_json(service: OrderService, out: Path) -> int:
    """Every order with its whole history, the rule overrides and the settings, as JSON.
    Returns the number of orders written."""
    now = service.clock.now()
    statuses = {i.order: i.status.value for i in [*service.list_orders(), *service.list_orders(trash=True)]}
    with service.store.read() as tx:
        tables = tx.table_rows()
    orders, overrides, settings = tables["orders"], tables["rule_overrides"], tables["settings"]
    lines, events = _by_order(tables["order_lines"]), _by_order(tables["events"])
    tracking, evidence = _by_order(tables["tracking_numbers"]), _by_order(tables["evidence"])
    items = service.items_of(
        sorted({e["order_id"] for e in tables["events"] if e["kind"] in ITEM_KINDS}), now
    )
    exported = [_order_json(o, statuses, lines, events, tracking, evidence, items) for o in orders]
    head = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "app_version": __version__,
        "schema": HEAD_REVISION,
        "exported_at": format_utc(now),
    }
    tail = {
        "rule_overrides": [
            {
                "profile": r["profile"],
                "key": r["key"],
                "value": json.loads(r["value"]),
                "updated_at": _utc(r["updated_at"]),
            }
            for r in overrides
        ],
        "settings": {r["key"]: json.loads(r["value"]) for r in settings},
    }

    def write(handle: IO[str]) -> None:
        # One order per line: still readable and diffable, and json's C encoder (which an
        # indented dump can't use) writes 50,000 orders in a second instead of ten.
        handle.write("{\n")
        for key, value in head.items():
            handle.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        handle.write(' "orders": [')
        handle.write(",".join("\n  " + json.dumps(order, ensure_ascii=False) for order in exported))
        handle.write("\n ],\n")
        handle.write(
            ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in tail.items())
        )
        handle.write("\n}\n")

    write_atomically(out, write)
    return len(orders)


def _order_json(
    o: dict[str, Any],
    statuses: dict[str, str],
    lines: dict[int, list[dict[str, Any]]],
    events: dict[int, list[dict[str, Any]]],
    tracking: dict[int, list[dict[str, Any]]],
    evidence: dict[int, list[dict[str, Any]]],
    items: dict[int, ItemStates],
) -> dict[str, Any]:
    oid = o["id"]
    states = items.get(oid)
    document = {
        "order": o["number"],
        "marketplace": o["marketplace"],
        "store": o["store"],
        "title": o["title"],
        "total": _amount(o["total"]),
        "currency": o["currency"],
        "payment_method": o["payment_method"],
        "ordered_at": _utc(o["ordered_at"]),
        "status": statuses.get(o["number"], o["status"]),
        "in_trash": o["deleted_at"] is not None,
        "deleted_at": _utc(o["deleted_at"]),
        "note": o["note"],
        "created_at": _utc(o["created_at"]),
        "updated_at": _utc(o["updated_at"]),
        "source": o["source"],
        "source_raw": o["source_raw"],
        "refunded": format_amount(states.refunded if states else Decimal(0), o["currency"]),
        "lines": [
            {
                "line": ln["line_no"],
                "position": ln["position"],
                "title": ln["title"],
                "options": ln["options"],
                "quantity": ln["quantity"],
                "unit_price": _amount(ln["unit_price"]),
                "product_id": ln["product_id"],
                "sku_id": ln["sku_id"],
                "source_line_id": ln["source_line_id"],
                **item_json(states, ln["line_no"], o["currency"]),
            }
            for ln in lines.get(oid, [])
        ],
        "tracking": [
            {"number": t["number"], "carrier": t["carrier"], "added_at": _utc(t["added_at"])}
            for t in tracking.get(oid, [])
        ],
        "events": [
            {
                "id": e["id"],
                "kind": e["kind"],
                "at": _utc(e["at"]),
                "recorded_at": _utc(e["recorded_at"]),
                "data": json.loads(e["data"]),
            }
            for e in events.get(oid, [])
        ],
        "evidence": [_evidence_json(ev) for ev in evidence.get(oid, [])],
    }
    # Columns a later schema adds (a flag, a label…) come along as they are, so a newer
    # database never loses data in an export written before the column existed.
    for column, value in o.items():
        if column not in _ORDER_COLUMNS_READ and column not in document:
            document[column] = value
    return document


_ORDER_COLUMNS_READ = frozenset(
    {
        "id", "number", "marketplace", "store", "title", "total", "currency", "payment_method",
        "ordered_at", "status", "deleted_at", "note", "created_at", "updated_at", "source",
        "source_raw", "items_count", "next_deadline_kind", "next_deadline_due", "deadlines_json",
        "cache_valid_from", "cache_valid_until", "search_text",
    }
)  # fmt: skip


def _evidence_json(ev: dict[str, Any]) -> dict[str, Any]:
    sha, ext = ev["sha256"], ev["ext"]
    return {
        "file": f"evidence/{sha[:2]}/{sha}.{ext}" if ext else f"evidence/{sha[:2]}/{sha}",
        "sha256": sha,
        "ext": ext,
        "kind": ev["kind"],
        "mime": ev["mime"],
        "original_name": ev["original_name"],
        "size": ev["size"],
        "width": ev["width"],
        "height": ev["height"],
        "duration_ms": ev["duration_ms"],
        "captured_at": _utc(ev["captured_at"]),
        "caption": ev["caption"],
        "dispute_event_id": ev["dispute_event_id"],
        "added_at": _utc(ev["added_at"]),
        "deleted_at": _utc(ev["deleted_at"]),
    }


def _by_order(rows: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(int(row["order_id"]), []).append(row)
    return grouped


def _amount(stored: Any) -> str | None:
    return None if stored is None else f"{Decimal(str(stored)):f}"


def _utc(stored: Any) -> str | None:
    """A stored UTC time (SQLite text, naive, UTC by convention) as ``…Z``."""
    if stored is None:
        return None
    text = str(stored)
    if len(text) >= 19 and text[10] in " T" and (len(text) == 19 or text[19] == "."):
        return f"{text[:10]}T{text[11:19]}Z"  # SQLAlchemy's "2026-02-20 09:00:00.000000"
    return format_utc(datetime.fromisoformat(text).replace(tzinfo=UTC))


# -- ICS ----------------------------------------------------------------------------------------


def export_ics(service: OrderService, out: Path) -> int:
    """Every open deadline as an event in an iCalendar file (RFC 5545) with a reminder 48 hours
    before. Returns the number of events written."""
    from app.services.export_ics import calendar_text

    text, count = calendar_text(service)
    write_atomically(out, lambda handle: handle.write(text), newline="")
    return count
