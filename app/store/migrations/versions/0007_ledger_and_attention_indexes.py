"""Two covering indexes on the orders: the stores ledger and the "needs attention" count.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

No table is rebuilt and no row changes; one index gives way to a wider one.

- ``ix_orders_deleted_at_store_ordered_at_currency_total``: the stores ledger groups the orders
  outside the trash by store and reads each one's last order date and its paid totals. With
  these columns in the index it walks the index in store order: no temporary sort, no table row
  read.
- ``ix_orders_deleted_at_next_deadline_due_next_deadline_kind``: the sidebar's "needs
  attention" count, read before the window's first paint, weighs each order due soon by the
  kind of its next deadline; with the kind beside the due time it counts from the index alone.
  It replaces ``ix_orders_deleted_at_next_deadline_due`` (its first two columns), which serves
  nothing the new one doesn't.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_orders_deleted_at_store_ordered_at_currency_total",
        "orders",
        ["deleted_at", "store", "ordered_at", "currency", "total"],
    )
    op.create_index(
        "ix_orders_deleted_at_next_deadline_due_next_deadline_kind",
        "orders",
        ["deleted_at", "next_deadline_due", "next_deadline_kind"],
    )
    op.drop_index("ix_orders_deleted_at_next_deadline_due", table_name="orders")


def downgrade() -> None:
    op.create_index("ix_orders_deleted_at_next_deadline_due", "orders", ["deleted_at", "next_deadline_due"])
    op.drop_index("ix_orders_deleted_at_next_deadline_due_next_deadline_kind", table_name="orders")
    op.drop_index("ix_orders_deleted_at_store_ordered_at_currency_total", table_name="orders")
