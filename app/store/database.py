"""The data file of one data dir: opening (and upgrading) it, sessions, raw reads, checks and
backups.

``Database.open`` is the only way the app gets at its data: it makes sure the dir and file are
private, refuses files it does not understand, and brings an older schema up to date after an
online backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from app.clock import Clock
from app.store.engine import READ_ONLY_OPTION, make_engine
from app.store.errors import StoreError
from app.store.paths import (
    DATABASE_FILENAME,
    PRIVATE_FILE_MODE,
    DataDir,
    create_private_file,
    ensure_data_dir,
    make_private,
    resolve_data_dir,
)
from app.store.schema import HEAD_REVISION, read_revision
from app.store.sqlite import backup_database, connect, integrity_problems

__all__ = [
    "DATABASE_FILENAME",
    "DataDir",
    "Database",
    "StoreError",
    "ensure_data_dir",
    "resolve_data_dir",
]


@contextmanager
def _private_umask() -> Iterator[None]:
    """Files created meanwhile (the database, its -wal/-shm) are readable by the owner only.
    The umask is process-wide, so this wraps only the short start-up steps that create files."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


class Database:
    """One SQLite data file, reached through SQLAlchemy sessions or plain ``sqlite3``.

    Construct it with :meth:`open`; the constructor only wires things up and touches nothing.
    """

    def __init__(self, data_dir: DataDir | Path, *, clock: Clock) -> None:
        self.data_dir = data_dir if isinstance(data_dir, DataDir) else DataDir(Path(data_dir))
        self.path = self.data_dir.database
        self.clock = clock
        self.engine = make_engine(self.path)

    @classmethod
    def open(cls, data_dir: DataDir | str | os.PathLike[str], *, clock: Clock) -> Database:
        """Open the data file in ``data_dir``, creating and upgrading it as needed.

        Raises :class:`StoreError`, leaving the file untouched, when the file was written by a
        newer app or is not a Dispute Desk file; and when an upgrade fails (the backup taken
        before it stays in ``backups/``).
        """
        layout = data_dir if isinstance(data_dir, DataDir) else DataDir(Path(data_dir))
        with _private_umask():
            layout.ensure()
            if not layout.database.exists():
                try:
                    create_private_file(layout.database)
                except FileExistsError:
                    pass  # created by another process meanwhile: fine, it is checked below
            current = read_revision(layout.database)
            database = cls(layout, clock=clock)
            try:
                if current != HEAD_REVISION:
                    database.migrate()
                database._make_files_private()
            except BaseException:
                database.close()
                raise
        return database

    def migrate(self) -> None:
        """Bring the schema to :data:`HEAD_REVISION`.

        A file with data at an older revision is first backed up (online backup API) to
        ``backups/pre-migration-<rev>-<UTC time>.sqlite3``; a new empty file needs no backup.
        A revision this build does not know was written by a newer app: refused, untouched.
        """
        current = read_revision(self.path)
        if current == HEAD_REVISION:
            return
        from app.store import migrate as migrations  # Alembic is imported only when needed

        if current is not None and current not in migrations.known_revisions():
            raise StoreError(
                f"this data was written by a newer Dispute Desk (schema {current}); update the app"
            )
        if current is not None:
            self.backup(f"pre-migration-{current}")
        migrations.upgrade(self.path)
        after = read_revision(self.path)
        if after != HEAD_REVISION:
            raise StoreError(
                f"the schema upgrade ended at {after}, not at {HEAD_REVISION}; this build is inconsistent"
            )

    def session(self) -> AbstractContextManager[Session]:
        """One use case, one transaction: commits when the block ends normally, rolls back if
        it raises. Objects stay readable after the commit (``expire_on_commit=False``) so a
        service can return them."""
        return _transaction(self.engine)

    def read(self) -> AbstractContextManager[Session]:
        """A use case that only reads: one consistent snapshot, without the write lock, so a
        reader never makes a writer (the GUI, a cron job) wait. A write in it is not refused,
        but it would have to take the lock halfway and may then fail with "database is
        locked": writes belong in :meth:`session`."""
        return _transaction(self.engine.execution_options(**{READ_ONLY_OPTION: True}))

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A plain ``sqlite3`` connection with the same pragmas, for fast read paths (the
        order list). Commits on success, rolls back on error, always closes."""
        conn = connect(self.path)
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()

    def check(self) -> list[str]:
        """Problems found by ``PRAGMA integrity_check`` and ``foreign_key_check``; empty = ok."""
        with self.raw() as conn:
            return integrity_problems(conn)

    def backup_to(self, target: Path) -> Path:
        """Write a consistent copy of the live database to ``target`` (online backup API; the
        file is 0600 and never overwrites an existing one)."""
        with self.raw() as conn:
            return backup_database(conn, Path(target))

    def backup(self, prefix: str = "backup") -> Path:
        """Back up into ``backups/<prefix>-<UTC time from the clock>.sqlite3``."""
        folder = self.data_dir.ensure_backups()
        stamp = self.clock.now().strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{prefix}-{stamp}.sqlite3"
        suffix = 1
        while target.exists():  # two backups within one second: keep both
            target = folder / f"{prefix}-{stamp}-{suffix}.sqlite3"
            suffix += 1
        return self.backup_to(target)

    def close(self) -> None:
        """Close pooled connections (the last one to close checkpoints the WAL)."""
        self.engine.dispose()

    def _make_files_private(self) -> None:
        for path in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            if path.exists():
                make_private(path, PRIVATE_FILE_MODE)


@contextmanager
def _transaction(engine: Engine) -> Iterator[Session]:
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
