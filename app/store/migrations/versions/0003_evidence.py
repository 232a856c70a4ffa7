"""The evidence locker: one row per photo or video attached to an order.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

A new table only: no existing table is rebuilt and no row changes. The files themselves live
under the data dir (``evidence/ab/abcdef….ext``), named by the SHA-256 of their bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("ext", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("mime", sa.String(), nullable=False),
        sa.Column("original_name", sa.String(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.BigInteger(), nullable=True),
        sa.Column("captured_at", sa.DateTime(), nullable=True),
        sa.Column("caption", sa.Text(), server_default="", nullable=False),
        sa.Column("dispute_event_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_evidence_order_id_orders", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["dispute_event_id"],
            ["events.id"],
            name="fk_evidence_dispute_event_id_events",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        sa.UniqueConstraint("order_id", "sha256", name="uq_evidence_order_id_sha256"),
    )
    op.create_index("ix_evidence_order_id", "evidence", ["order_id"])
    op.create_index("ix_evidence_sha256", "evidence", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_evidence_sha256", table_name="evidence")
    op.drop_index("ix_evidence_order_id", table_name="evidence")
    op.drop_table("evidence")
