"""The normalized record every importer produces, whatever the file looked like.

An importer reads a file into :class:`ParsedSource`: orders (each with its lines, the facts
its status and times say, and the raw rows it came from) plus the rows it could not read, each
with its line number and why. The import service's apply step
(:mod:`app.services.import_apply`) compares them with the stored orders and writes them;
importers never touch the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP


class Format(StrEnum):
    """The formats ``import --format`` names (CLI contract)."""

    SHOPPER_CSV = "shopper-csv"
    SHOPPER_JSON = "shopper-json"
    ALIEXPRESS_XLSX = "aliexpress-xlsx"
    ORDER_EXPORT_CSV = "order-export-csv"
    SU14IMAN_CSV = "su14iman-csv"
    CHRISKOMUS_TSV = "chriskomus-tsv"
    EMAIL = "email"
    PASTE = "paste"  # text pasted from an order page (GUI only)


# The formats' names (context "import"), translated where shown; the notes an import stores keep
# them in English.
FORMAT_NAMES: dict[Format, str] = {
    Format.SHOPPER_CSV: QT_TRANSLATE_NOOP("import", "Shopper Inventory CSV"),
    Format.SHOPPER_JSON: QT_TRANSLATE_NOOP("import", "Shopper Inventory JSON"),
    Format.ALIEXPRESS_XLSX: QT_TRANSLATE_NOOP("import", "AliExpress data backup (XLSX)"),
    Format.ORDER_EXPORT_CSV: QT_TRANSLATE_NOOP("import", "AliExpress-Order-Export CSV"),
    Format.SU14IMAN_CSV: QT_TRANSLATE_NOOP("import", "aliexpress-order-exporter CSV"),
    Format.CHRISKOMUS_TSV: QT_TRANSLATE_NOOP("import", "tab-separated order rows"),
    Format.EMAIL: QT_TRANSLATE_NOOP("import", "AliExpress notification e-mails"),
    Format.PASTE: QT_TRANSLATE_NOOP("import", "order page text"),
}

# What ``import --format`` and the import dialog offer: detection, then every file format.
FILE_FORMAT_CHOICES: tuple[str, ...] = ("auto", *(f.value for f in Format if f is not Format.PASTE))


class Stage(StrEnum):
    """How far an order has come, as a file's status column says (see ``statuses``)."""

    UNPAID = "unpaid"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RECEIVED = "received"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class RowError:
    """A row that could not be read: its line in the file (1 = the first line; for e-mail,
    the message's number in the file) and why."""

    line: int
    message: str


@dataclass(frozen=True)
class ImportedLine:
    title: str
    quantity: int
    unit_price: Decimal
    options: str = ""
    product_id: str | None = None
    sku_id: str | None = None
    source_line_id: str | None = None

    @property
    def key(self) -> str:
        """What identifies the line within its order across imports."""
        return line_key(self.source_line_id, self.product_id, self.sku_id, self.title)


def line_key(source_line_id: str | None, product_id: str | None, sku_id: str | None, title: str) -> str:
    if source_line_id:
        return f"id:{source_line_id}"
    if product_id or sku_id:
        return f"sku:{product_id or ''}:{sku_id or ''}"
    return f"title:{title}"


@dataclass(frozen=True)
class Progress:
    """What the file says about the order's progress, with the times it gives (``None`` where
    it gives none)."""

    stage: Stage | None  # None: the file says nothing about it (or nothing we understood)
    status_text: str = ""
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None
    tracking: str | None = None
    carrier: str | None = None
    protection_ends: datetime | None = None
    ship_by: datetime | None = None
    processing_days: int | None = None  # the seller's processing time, when the source names it


@dataclass(frozen=True)
class Notice:
    """A fact about an order that already exists (from an e-mail): shipped with tracking,
    delivered, or a note (out for delivery, at customs)."""

    kind: str  # "shipped", "delivered" or "note"
    at: datetime
    order: str | None  # the order number the message names, if any
    tracking: str | None = None  # the tracking number it names (also finds the order)
    note: str = ""
    line: int = 0  # the message's number in the file
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class ImportedOrder:
    """One order as a file describes it.

    ``total`` None: the file gives no total (the lines' sum is used for a new order, an
    existing order keeps its own). ``lines`` empty with ``lines_known`` False: the file lists
    no lines (a new order gets one line with its title and total; an existing one keeps its).
    ``parts`` are the raw rows by part of the source (``{"rows": [...]}``; the order export
    has ``orders`` and ``lines``), kept with the order as JSON.
    """

    number: str
    store: str
    currency: str
    ordered_at: datetime
    title: str = ""
    lines: list[ImportedLine] = field(default_factory=list)
    lines_known: bool = True
    total: Decimal | None = None
    payment_method: str | None = None
    progress: Progress = field(default_factory=lambda: Progress(None))
    source_lines: list[int] = field(default_factory=list)
    parts: dict[str, list[Mapping[str, Any]]] = field(default_factory=dict)


@dataclass
class ParsedSource:
    """Everything read from one import: orders (or notices about orders), and the bad rows."""

    format: Format
    orders: list[ImportedOrder] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0  # rows (or messages) read, good and bad
    encoding: str | None = None  # what a text file was read as (None: not a text format)
