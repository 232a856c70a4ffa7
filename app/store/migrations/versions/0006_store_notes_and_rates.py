"""The buyer's notes on stores (with the "avoid" flag) and exchange rates to a home currency.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10

Two new tables and an index on the events (``kind, order_id, at``: the statistics read each
order's first payment, shipment and arrival, and the dispute and refund events, as index
ranges); no existing table is rebuilt and no row changes. ``store_notes`` is keyed
by the store's name as the stores ledger groups it (trimmed and case-folded); ``exchange_rates``
holds the dated rates the buyer typed in (one unit of ``currency`` in ``home`` units from
``valid_from`` on), used only to show a converted total marked as such.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "store_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("avoid", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_store_notes"),
        sa.UniqueConstraint("key", name="uq_store_notes_key"),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("home", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_rates"),
        sa.UniqueConstraint(
            "currency", "home", "valid_from", name="uq_exchange_rates_currency_home_valid_from"
        ),
    )

    op.create_index("ix_events_kind_order_id_at", "events", ["kind", "order_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_events_kind_order_id_at", table_name="events")
    op.drop_table("exchange_rates")
    op.drop_table("store_notes")
