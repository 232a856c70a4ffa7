"""Reminders: one row per reminder given, so none is ever given twice.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

A new table, and two indexes on ``orders`` for the reminder check, which runs every minute
while the app is open: the next deadline with the cached deadlines beside it (a range read of
the orders due within the longest lead time touches the index only), and the end of each cached
derivation (the orders to derive again, without reading every row). No table is rebuilt and no
row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("due", sa.BigInteger(), nullable=False),
        sa.Column("lead", sa.String(), nullable=False),
        sa.Column("lead_seconds", sa.BigInteger(), nullable=False),
        sa.Column("given_at", sa.BigInteger(), nullable=False),
        sa.Column("given_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_reminders_order_id_orders", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reminders"),
        sa.UniqueConstraint(
            "order_id", "kind", "due", "lead_seconds", name="uq_reminders_order_id_kind_due_lead_seconds"
        ),
    )
    op.create_index("ix_reminders_given_at", "reminders", ["given_at"])
    op.create_index(
        "ix_orders_deleted_at_next_deadline_due_source_deadlines_json",
        "orders",
        ["deleted_at", "next_deadline_due", "source", "deadlines_json"],
    )
    op.create_index("ix_orders_deleted_at_cache_valid_until", "orders", ["deleted_at", "cache_valid_until"])


def downgrade() -> None:
    op.drop_index("ix_orders_deleted_at_cache_valid_until", table_name="orders")
    op.drop_index("ix_orders_deleted_at_next_deadline_due_source_deadlines_json", table_name="orders")
    op.drop_index("ix_reminders_given_at", table_name="reminders")
    op.drop_table("reminders")
