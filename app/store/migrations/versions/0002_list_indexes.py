"""Composite indexes for the order list's start-up reads.

Revision ID: 0002
Revises: 0001
Create Date: 2026-03-01

The sidebar counts and the first rows (app/services/listing.py) all filter on
``deleted_at IS NULL``; with only single-column indexes SQLite searched ix_orders_deleted_at
(every non-trash row) and then grouped or sorted in a temporary B-tree. With deleted_at leading:

- ``(deleted_at, status)``: the count by status is a covering index scan, already grouped;
- ``(deleted_at, next_deadline_due)``: the "due soon" count is a covering range search and the
  first rows by deadline are read in index order (no sort).

The single-column indexes are kept: ix_orders_deleted_at is in effect (deleted_at, id), which
OrderService relies on to read the non-trash orders ORDER BY id without a sort; ix_orders_status
and ix_orders_next_deadline_due are not prefixes of the new indexes. Only indexes: no table is
rebuilt and no row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_orders_deleted_at_status", "orders", ["deleted_at", "status"])
    op.create_index("ix_orders_deleted_at_next_deadline_due", "orders", ["deleted_at", "next_deadline_due"])


def downgrade() -> None:
    op.drop_index("ix_orders_deleted_at_next_deadline_due", table_name="orders")
    op.drop_index("ix_orders_deleted_at_status", table_name="orders")
