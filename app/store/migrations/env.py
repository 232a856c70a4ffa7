"""Alembic environment for Dispute Desk.

Migrations run only through :func:`app.store.migrate.upgrade`, which hands over a connection
in ``config.attributes["connection"]`` that already has foreign keys off and a transaction
open (so the whole upgrade commits or rolls back as one). There is no alembic.ini and no
offline (``--sql``) mode.
"""

from __future__ import annotations

import app.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from alembic import context
from sqlmodel import SQLModel

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("Dispute Desk migrations run only through app.store.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds the table (copy, drop, rename).
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
