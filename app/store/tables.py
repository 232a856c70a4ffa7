"""The tables, as sqlmodel models: the schema the migrations create and a test compares them
with. The app reads and writes them with plain SQL (:mod:`app.store.transaction`), not through
these models. Portable SQL only (they must also run on PostgreSQL).

The events table is the source of truth; the ``orders`` columns under "cache" are derived
from the events by the services, in the same transaction as each event, so the order list can
be read with one plain query. Every constraint and index has a fixed name (see
:data:`NAMING_CONVENTION`): SQLite batch migrations rebuild tables and must be able to find
constraints by name, and the migration files spell the same names out.

Rules for future changes: never edit a shipped migration; add a revision in
``migrations/versions`` that makes the database match these models, bump
:data:`app.store.schema.HEAD_REVISION`, add a seed for the new revision to
``tests/store/migration_seeds.py`` and commit a ``schema-<rev>.sqlite3`` fixture.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from app.store.types import DecimalText, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Names are given to constraints when a table is defined, so this must run first.
SQLModel.metadata.naming_convention = NAMING_CONVENTION


class OrderRow(SQLModel, table=True):
    """One order. Facts entered once (number, store, total…) plus the list cache."""

    __tablename__ = "orders"
    # The start-up reads of the list (app/store/list_rows.py) all filter out the trash first:
    # the sidebar counts by status, the "needs attention" count and the first rows by deadline.
    # With deleted_at leading, each is one index range, covering for the counts (the kind of the
    # next deadline beside its due time for "needs attention"), and the first rows come out in
    # deadline order. The single-column deleted_at index stays: it is
    # (deleted_at, id) in effect, and the store's cached_rows reads all non-trash orders ORDER BY id.
    # The reminder check (app/store/reminder_rows.py) reads the orders due within a week from the
    # index alone (deadlines_json beside the next deadline), and finds the orders whose cached
    # derivation ran out by its end, each once a minute without reading every row.
    __table_args__ = (
        Index("ix_orders_deleted_at_status", "deleted_at", "status"),
        Index(
            "ix_orders_deleted_at_next_deadline_due_source_deadlines_json",
            "deleted_at",
            "next_deadline_due",
            "source",
            "deadlines_json",
        ),
        Index("ix_orders_deleted_at_cache_valid_until", "deleted_at", "cache_valid_until"),
        # The stores ledger walks this one in store order, reading nothing else of the row; the
        # "needs attention" count the next, weighing each due order by its deadline's kind.
        Index(
            "ix_orders_deleted_at_store_ordered_at_currency_total",
            "deleted_at",
            "store",
            "ordered_at",
            "currency",
            "total",
        ),
        Index(
            "ix_orders_deleted_at_next_deadline_due_next_deadline_kind",
            "deleted_at",
            "next_deadline_due",
            "next_deadline_kind",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Order numbers are text: 16-digit ids lose digits as numbers and may have leading zeros.
    number: str = Field(unique=True)
    marketplace: str = Field(default="aliexpress", sa_column_kwargs={"server_default": "aliexpress"})
    store: str
    title: str
    currency: str = Field(max_length=3)
    total: Decimal = Field(sa_type=DecimalText)
    payment_method: str | None = None
    ordered_at: datetime = Field(sa_type=UTCDateTime)
    note: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    # The trash: set means "in the trash", restoring clears it. Nothing is deleted outright.
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    # Importers keep what they read, so a bad import can be explained and redone.
    source: str | None = None
    source_raw: str | None = Field(default=None, sa_type=Text)

    # -- cache, derived from the events by the services ---------------------------------------
    # "" means "not derived yet".
    status: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})
    items_count: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    next_deadline_kind: str | None = None
    # UTC epoch seconds (BIGINT: deadlines may lie past 2038).
    next_deadline_due: int | None = Field(default=None, sa_type=BigInteger, index=True)
    # JSON list of the order's open deadlines.
    deadlines_json: str = Field(default="[]", sa_type=Text, sa_column_kwargs={"server_default": "[]"})
    # The window (epoch seconds) in which the cached derivation holds; outside it, re-derive.
    cache_valid_from: int | None = Field(default=None, sa_type=BigInteger)
    cache_valid_until: int | None = Field(default=None, sa_type=BigInteger)
    # Lower-cased number, store, titles and tracking numbers, for the search box.
    search_text: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})


class OrderLineRow(SQLModel, table=True):
    """One line (product) of an order."""

    __tablename__ = "order_lines"
    # The item's number the buyer names (``--line K``): never changes, never reused in an order.
    __table_args__ = (Index("uq_order_lines_order_id_line_no", "order_id", "line_no", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", ondelete="CASCADE", index=True)
    position: int
    line_no: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    title: str
    options: str = Field(default="", sa_column_kwargs={"server_default": ""})
    quantity: int
    unit_price: Decimal = Field(sa_type=DecimalText)
    product_id: str | None = None
    sku_id: str | None = None
    source_line_id: str | None = None


class EventRow(SQLModel, table=True):
    """One fact in an order's timeline: the source of truth for status and deadlines."""

    __tablename__ = "events"
    # (kind, order_id, at): the statistics read each order's first event of a kind (first
    # payment, shipment, arrival) and the dispute and refund events as index ranges.
    __table_args__ = (
        Index("ix_events_order_id_at", "order_id", "at"),
        Index("ix_events_kind_order_id_at", "kind", "order_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", ondelete="CASCADE")
    kind: str
    at: datetime = Field(sa_type=UTCDateTime)  # when it happened
    recorded_at: datetime = Field(sa_type=UTCDateTime)  # when the buyer told us
    # JSON object as plain TEXT; the services encode and decode it.
    data: str = Field(default="{}", sa_type=Text, sa_column_kwargs={"server_default": "{}"})


class TrackingNumberRow(SQLModel, table=True):
    """A tracking number of an order (text: carriers use letters and leading zeros)."""

    __tablename__ = "tracking_numbers"
    __table_args__ = (UniqueConstraint("order_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", ondelete="CASCADE")
    number: str
    carrier: str | None = None
    added_at: datetime = Field(sa_type=UTCDateTime)


class RuleOverrideRow(SQLModel, table=True):
    """A user's edit of one rule-profile value (JSON text)."""

    __tablename__ = "rule_overrides"
    __table_args__ = (UniqueConstraint("profile", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    profile: str
    key: str
    value: str = Field(sa_type=Text)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class SettingRow(SQLModel, table=True):
    """An application setting (JSON text)."""

    __tablename__ = "settings"

    key: str = Field(primary_key=True)
    value: str = Field(sa_type=Text)


class EvidenceRow(SQLModel, table=True):
    """A photo or video kept as evidence for an order.

    The file itself lives under the data dir at ``evidence/<sha256[:2]>/<sha256>.<ext>``, byte
    for byte as the buyer gave it; the same content is stored once however often it is attached.
    One row per (order, content): attaching the same file to the same order twice is a no-op.
    Removing evidence sets ``deleted_at`` (the trash); the file stays until nothing refers to it.
    """

    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("order_id", "sha256"),
        Index("ix_evidence_sha256", "sha256"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", ondelete="CASCADE", index=True)
    sha256: str = Field(max_length=64)  # lower-case hex of the original's bytes
    ext: str  # the stored file's extension, lower case without the dot: jpg, png, heic, mp4…
    kind: str  # "image" or "video"
    mime: str
    original_name: str
    size: int = Field(sa_type=BigInteger)  # bytes
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = Field(default=None, sa_type=BigInteger)  # videos, when known
    captured_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # EXIF, when known
    caption: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})
    # The dispute it was gathered for: the order's dispute-opened event, when there is one.
    dispute_event_id: int | None = Field(default=None, foreign_key="events.id", ondelete="SET NULL")
    added_at: datetime = Field(sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ReminderRow(SQLModel, table=True):
    """A reminder given: which deadline of which order, at which lead time, when and by whom.

    Written in the same transaction that decides the reminder is due, so the window, the
    ``remind`` command and a restart never give one twice (see :mod:`app.domain.reminders`).
    """

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("order_id", "kind", "due", "lead_seconds"),
        Index("ix_reminders_given_at", "given_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", ondelete="CASCADE")
    kind: str  # the deadline's kind
    due: int = Field(sa_type=BigInteger)  # the deadline's due time, UTC epoch seconds
    lead: str  # the lead time as the buyer wrote it in reminder_leads, e.g. "48h"
    lead_seconds: int = Field(sa_type=BigInteger)
    given_at: int = Field(sa_type=BigInteger)  # UTC epoch seconds, compared with due in the check
    given_by: str  # "app" (the window) or "remind" (the command line)


class StoreNoteRow(SQLModel, table=True):
    """What the buyer keeps about a store: a note and the "avoid" flag.

    Stores are not entities of their own (an order names its store as text): a row is keyed by
    the name as the ledger groups it (trimmed, case-folded), and keeps the spelling last shown.
    """

    __tablename__ = "store_notes"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # app.domain.stores.store_key(name)
    name: str
    note: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})
    avoid: bool = Field(default=False, sa_column_kwargs={"server_default": text("0")})
    updated_at: datetime = Field(sa_type=UTCDateTime)


class ExchangeRateRow(SQLModel, table=True):
    """A rate the buyer entered: one unit of ``currency`` was worth ``rate`` units of ``home``
    from ``valid_from`` (a calendar date) until the next rate of the same pair. Typed in by
    hand, never fetched: the app makes no network connection."""

    __tablename__ = "exchange_rates"
    __table_args__ = (UniqueConstraint("currency", "home", "valid_from"),)

    id: int | None = Field(default=None, primary_key=True)
    currency: str = Field(max_length=3)
    home: str = Field(max_length=3)
    valid_from: date
    rate: Decimal = Field(sa_type=DecimalText)
    updated_at: datetime = Field(sa_type=UTCDateTime)
