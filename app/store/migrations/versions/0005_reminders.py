"""Reminders: one row per reminder given, so none is ever given twice.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-01

A new table only: no existing table is rebuilt and no row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0003"
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
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("given_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_reminders_order_id_orders", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_reminders"),
        sa.UniqueConstraint(
            "order_id", "kind", "due", "lead_seconds", name="uq_reminders_order_id_kind_due_lead_seconds"
        ),
    )


def downgrade() -> None:
    op.drop_table("reminders")
