"""Initial schema: orders, order lines, events, tracking numbers, rule overrides, settings.

Revision ID: 0001
Revises:
Create Date: 2026-01-01

Written out by hand rather than with metadata.create_all, so that this revision keeps creating
exactly this schema whatever the models in app/store/tables.py become later. Plain SQLAlchemy
types only (UTCDateTime is DATETIME, DecimalText is TEXT in the database).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("marketplace", sa.String(), server_default="aliexpress", nullable=False),
        sa.Column("store", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total", sa.Text(), nullable=False),
        sa.Column("payment_method", sa.String(), nullable=True),
        sa.Column("ordered_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("source_raw", sa.Text(), nullable=True),
        sa.Column("status", sa.String(), server_default="", nullable=False),
        sa.Column("items_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_deadline_kind", sa.String(), nullable=True),
        sa.Column("next_deadline_due", sa.BigInteger(), nullable=True),
        sa.Column("deadlines_json", sa.Text(), server_default="[]", nullable=False),
        sa.Column("cache_valid_from", sa.BigInteger(), nullable=True),
        sa.Column("cache_valid_until", sa.BigInteger(), nullable=True),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_orders"),
        sa.UniqueConstraint("number", name="uq_orders_number"),
    )
    op.create_index("ix_orders_deleted_at", "orders", ["deleted_at"])
    op.create_index("ix_orders_next_deadline_due", "orders", ["next_deadline_due"])
    op.create_index("ix_orders_status", "orders", ["status"])

    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("options", sa.String(), server_default="", nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Text(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=True),
        sa.Column("sku_id", sa.String(), nullable=True),
        sa.Column("source_line_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_order_lines_order_id_orders", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_order_lines"),
    )
    op.create_index("ix_order_lines_order_id", "order_lines", ["order_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.Text(), server_default="{}", nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_events_order_id_orders", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_order_id_at", "events", ["order_id", "at"])

    op.create_table(
        "tracking_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("carrier", sa.String(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_tracking_numbers_order_id_orders", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tracking_numbers"),
        sa.UniqueConstraint("order_id", "number", name="uq_tracking_numbers_order_id_number"),
    )

    op.create_table(
        "rule_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rule_overrides"),
        sa.UniqueConstraint("profile", "key", name="uq_rule_overrides_profile_key"),
    )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("rule_overrides")
    op.drop_table("tracking_numbers")
    op.drop_index("ix_events_order_id_at", table_name="events")
    op.drop_table("events")
    op.drop_index("ix_order_lines_order_id", table_name="order_lines")
    op.drop_table("order_lines")
    op.drop_index("ix_orders_status", table_name="orders")
    op.drop_index("ix_orders_next_deadline_due", table_name="orders")
    op.drop_index("ix_orders_deleted_at", table_name="orders")
    op.drop_table("orders")
