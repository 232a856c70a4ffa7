"""Stable item numbers: every order line gets ``line_no`` (1, 2, … in the order's own order).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

AliExpress opens disputes per item, so disputes, decisions, appeals and refunds may name an
item of the order (``--line K``): the number must never change, even when an import rewrites
the order's lines. Existing lines are numbered by their position (ties by id). No dispute is
touched: an event without a line is about the whole order, so every dispute recorded before
this revision stays a dispute about the whole order, exactly as it was.

The column is added with a server default (SQLite's ALTER TABLE ADD COLUMN, no table rebuild),
filled in one UPDATE and then kept unique per order by an index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "order_lines", sa.Column("line_no", sa.Integer(), server_default=sa.text("0"), nullable=False)
    )
    op.execute(
        "UPDATE order_lines SET line_no = ("
        " SELECT count(*) FROM order_lines AS earlier"
        " WHERE earlier.order_id = order_lines.order_id"
        " AND (earlier.position < order_lines.position"
        " OR (earlier.position = order_lines.position AND earlier.id <= order_lines.id)))"
    )
    op.create_index("uq_order_lines_order_id_line_no", "order_lines", ["order_id", "line_no"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_order_lines_order_id_line_no", table_name="order_lines")
    with op.batch_alter_table("order_lines") as batch:
        batch.drop_column("line_no")
