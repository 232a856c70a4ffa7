"""The SQLAlchemy engine the migrations run on (Alembic needs one). Nothing else uses
SQLAlchemy: the app reads and writes through :class:`app.store.store.Store` on plain
``sqlite3``.

Every connection gets the store's pragmas (:func:`app.store.sqlite.apply_pragmas`; foreign keys
off for a migration, see :mod:`app.store.migrate`). Python's ``sqlite3`` (before 3.16) runs in
"legacy transaction control": it only emits BEGIN before INSERT/UPDATE/DELETE, so DDL would run
outside any transaction. Following SQLAlchemy's documented recipe, the driver is put in
autocommit mode and SQLAlchemy emits the BEGIN itself: ``BEGIN IMMEDIATE``, so a migration
holds the write lock from its first statement to its commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from app.store.sqlite import apply_pragmas


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file at ``path`` that keeps no connection open after use."""
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
