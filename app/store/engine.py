"""The SQLAlchemy engine for a data file: the standard pragmas on every connection and real
transactions.

Python's ``sqlite3`` (before 3.16) runs in "legacy transaction control": it only emits BEGIN
before INSERT/UPDATE/DELETE, so SELECTs and DDL run outside any transaction and a use case that
reads then writes is not atomic. Following SQLAlchemy's documented recipe, the driver is put in
autocommit mode and SQLAlchemy emits the BEGIN itself. It is ``BEGIN IMMEDIATE``: the write
lock is taken when the transaction starts, so two processes (the GUI and a CLI cron job) queue
behind ``busy_timeout`` instead of one failing with SQLITE_BUSY when it upgrades a read to a
write. Use cases that only read open their session with ``Database.read()``, which begins a
plain (deferred) transaction and so takes no write lock; fast read paths use
:func:`app.store.sqlite.connect`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from app.store.sqlite import apply_pragmas

READ_ONLY_OPTION = "dispute_desk_read"  # execution option of Database.read()'s sessions


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    """An engine on the SQLite file at ``path``. ``foreign_keys=False`` and ``pooled=False``
    are for the dedicated migration connection only."""
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url) if pooled else create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module doc)
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A reading use case (Database.read) takes no write lock: a plain, deferred BEGIN.
        reading = connection.get_execution_options().get(READ_ONLY_OPTION, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine
