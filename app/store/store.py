"""The data of one data dir: opening (and upgrading) the file, then every read and write in
transactions on plain ``sqlite3`` connections.

``Store.open`` is the only way the app gets at its data: it makes sure the dir and the file are
private, refuses files it does not understand, and brings an older schema up to date after an
online backup. Only a migration imports SQLAlchemy and Alembic (they cost more than showing the
window); opening an up-to-date file, reading and writing use the standard library only.

Transactions: :meth:`Store.write` begins with ``BEGIN IMMEDIATE``, so the write lock is taken at
the start and two processes (the GUI and a cron job) queue behind the busy timeout instead of
one failing halfway when it upgrades a read to a write; :meth:`Store.read` begins a deferred
transaction that takes no lock and never makes a writer wait. Either commits when its block
ends normally and rolls back when it raises. Idle connections are kept for the next
transaction (the last one to close checkpoints the WAL, which costs a sync); the store is safe
to use from several threads, each transaction on one connection of its own.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from app.clock import Clock
from app.i18n import translate
from app.store.activity import Activity, clean_leftovers, live_kinds, restore_running
from app.store.errors import StoreBusy, StoreError, busy_notice, busy_words, describe, is_busy
from app.store.paths import (
    PRIVATE_FILE_MODE,
    DataDir,
    create_private_file,
    make_private,
)
from app.store.schema import HEAD_REVISION, read_revision
from app.store.sqlite import BUSY_TIMEOUT_MS, backup_database, connect
from app.store.transaction import Transaction

IDLE_CONNECTIONS = 4  # kept open between transactions; more threads than that open their own
PATIENCE_S = 300.0  # how long a write waits for another process's lock before it gives up
QUICK_PATIENCE_S = 1.5  # the same on a thread that must not freeze (the GUI's): it says so at once
RESTORE_POLL_S = 0.25
KEEP_PRE_MIGRATION = 3
# What another process is doing, by the activity it registered (app/store/activity.py): the keys
# of ``errors.doing_words``.
_DOING = {
    "import": "importing",
    "restore": "restoring",
    "backup": "backing_up",
    "migration": "upgrading",
    "attach": "attaching",
}

BusyNotice = Callable[[str], None]


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


class Store:
    """One SQLite data file. Construct it with :meth:`open`; the constructor touches nothing."""

    def __init__(self, data_dir: DataDir | Path, *, clock: Clock) -> None:
        self.data_dir = data_dir if isinstance(data_dir, DataDir) else DataDir(Path(data_dir))
        self.path = self.data_dir.database
        self.clock = clock
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False
        self._files: dict[int, tuple[int, int]] = {}  # id(connection) -> (device, inode) it opened
        self.patience_s = PATIENCE_S
        # Threads that must not wait long for a lock (the GUI's): they get StoreBusy quickly and
        # keep what the buyer typed; everything else waits patiently.
        self.quick_threads: set[int] = set()
        # Told, once per wait, what the wait is for ("… is saving a large import; trying again…").
        self.on_busy: BusyNotice | None = None

    @classmethod
    def open(cls, data_dir: DataDir | str | os.PathLike[str], *, clock: Clock) -> Store:
        """Open the data file in ``data_dir``, creating and upgrading it as needed.

        Raises :class:`StoreError`, leaving the file untouched, when the file was written by a
        newer app or is not a Dispute Desk file; and when an upgrade fails (the backup taken
        before it stays in ``backups/``).
        """
        layout = data_dir if isinstance(data_dir, DataDir) else DataDir(Path(data_dir))
        with _private_umask():
            layout.ensure()
            clean_leftovers(layout)  # what a killed run left (staging folders, partial files)
            if not layout.database.exists():
                try:
                    create_private_file(layout.database)
                except FileExistsError:
                    pass  # created by another process meanwhile: fine, it is checked below
            current = read_revision(layout.database)
            store = cls(layout, clock=clock)
            try:
                if current != HEAD_REVISION:
                    store.migrate()
                store._make_files_private()
            except BaseException:
                store.close()
                raise
        return store

    def migrate(self) -> None:
        """Bring the schema to :data:`HEAD_REVISION`.

        A file with data at an older revision is first backed up (online backup API) to
        ``backups/pre-migration-<rev>-<UTC time>.sqlite3``; a new empty file needs no backup.
        A revision this build does not know was written by a newer app: refused, untouched.
        """
        current = read_revision(self.path)
        if current == HEAD_REVISION:
            return
        from app.store import migrate as migrations  # Alembic and SQLAlchemy: only when migrating

        if current is not None and current not in migrations.known_revisions():
            raise StoreError(
                translate(
                    "store",
                    "this data was written by a newer Dispute Desk (schema {revision}); update the app",
                ).format(revision=current)
            )
        with Activity(self.data_dir, "migration", f"{current} to {HEAD_REVISION}"):
            if current is not None:
                self.backup(f"pre-migration-{current}")
            try:
                migrations.upgrade(self.path)
            except sqlite3.Error as exc:
                raise describe(exc, self.path, doing="upgrading") from None
        if current is not None:
            from app.store.files import thin_safety_copies  # only after a migration

            thin_safety_copies(self.data_dir, KEEP_PRE_MIGRATION)
        after = read_revision(self.path)
        if after != HEAD_REVISION:
            raise StoreError(
                translate(
                    "store",
                    "the schema upgrade ended at {revision}, not at {head}; this build is inconsistent",
                ).format(revision=after, head=HEAD_REVISION)
            )

    # -- transactions -------------------------------------------------------------------------------

    def write(self) -> AbstractContextManager[Transaction]:
        """One use case that writes: the write lock is taken at the start."""
        return self._transaction("BEGIN IMMEDIATE")

    def read(self) -> AbstractContextManager[Transaction]:
        """One use case that only reads: a consistent snapshot without the write lock. A write in
        it would have to take the lock halfway and may fail with "database is locked": writes
        belong in :meth:`write`."""
        return self._transaction("BEGIN")

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[Transaction]:
        conn = self._begin(begin)
        healthy = False
        try:
            transaction = Transaction(conn)
            try:
                yield transaction
                transaction.finish()
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:  # a full disk, a lock lost to another process
                raise describe(exc, self.path, doing=self._doing()) from None
            healthy = True
        finally:
            if not healthy and conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                    healthy = True
                except sqlite3.Error:
                    pass  # the connection is closed below instead of being kept
            self._checkin(conn, healthy)

    def _begin(self, begin: str) -> sqlite3.Connection:
        """A connection inside a transaction begun with ``begin``. A write waits for another
        process's lock (the busy timeout, then again until :attr:`patience_s`, telling
        :attr:`on_busy` once), and for a restore running elsewhere; a connection to a file that a
        restore replaced meanwhile is dropped for a new one."""
        quick = threading.get_ident() in self.quick_threads
        patience = QUICK_PATIENCE_S if quick else self.patience_s
        deadline = time.monotonic() + patience
        told = False
        while True:
            if restore_running(self.data_dir):
                if time.monotonic() >= deadline:
                    raise StoreBusy(busy_words("restoring"))
                if not told:
                    told = self._tell_busy("restoring", waiting=True)
                time.sleep(RESTORE_POLL_S)
                continue
            conn = self._checkout()
            try:
                if quick:
                    conn.execute(f"PRAGMA busy_timeout={int(QUICK_PATIENCE_S * 1000)}")
                try:
                    conn.execute(begin)
                finally:
                    if quick:
                        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            except sqlite3.OperationalError as exc:
                self._checkin(conn, not conn.in_transaction)
                if not is_busy(exc) or time.monotonic() >= deadline:
                    raise describe(exc, self.path, doing=self._doing()) from None
                if not told:
                    told = self._tell_busy(self._doing(), waiting=False)
                continue
            if self._same_file(conn):
                return conn
            # The file was replaced (a restore finished) since this connection opened it.
            conn.execute("ROLLBACK")
            self._forget_idle()
            conn.close()

    def _doing(self) -> str:
        kinds = live_kinds(self.data_dir)
        return next((_DOING[kind] for kind in _DOING if kind in kinds), "saving")

    def _tell_busy(self, doing: str, *, waiting: bool) -> bool:
        if self.on_busy is not None:
            self.on_busy(busy_notice(doing, waiting=waiting))
        return True

    def _same_file(self, conn: sqlite3.Connection) -> bool:
        opened = self._files.get(id(conn))
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            raise StoreError(
                translate("store", "the data file {path} was removed while the app was using it").format(
                    path=self.path
                )
            ) from None
        return opened is None or opened == (now.st_dev, now.st_ino)

    def _forget_idle(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            self._files.pop(id(conn), None)
            conn.close()

    def _checkout(self) -> sqlite3.Connection:
        with self._lock:
            if self._closed:
                raise StoreError(
                    translate("store", "the data file {path} was closed; open it again to use it").format(
                        path=self.path
                    )
                )
            if self._idle:
                return self._idle.pop()
        try:
            before = os.stat(self.path)
            conn = connect(self.path, check_same_thread=False)
        except sqlite3.OperationalError as exc:
            raise describe(exc, self.path, doing=self._doing()) from None
        except FileNotFoundError:
            raise StoreError(
                translate("store", "the data file {path} is missing").format(path=self.path)
            ) from None
        conn.isolation_level = None  # autocommit: the transactions above say BEGIN themselves
        self._files[id(conn)] = (before.st_dev, before.st_ino)
        return conn

    def _checkin(self, conn: sqlite3.Connection, healthy: bool) -> None:
        with self._lock:
            if healthy and not self._closed and len(self._idle) < IDLE_CONNECTIONS:
                self._idle.append(conn)
                return
        self._files.pop(id(conn), None)
        conn.close()

    # -- the file -----------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found by ``PRAGMA integrity_check`` and ``foreign_key_check``, and rows in a
        form the app never writes (:mod:`app.store.content_check`); empty = ok."""
        from app.store.content_check import content_problems  # the domain's model: not at start-up

        conn = self._checkout()
        try:
            return content_problems(conn)
        finally:
            self._checkin(conn, not conn.in_transaction)

    def backup_to(self, target: Path) -> Path:
        """Write a consistent copy of the live database to ``target`` (online backup API; the
        file is 0600 and never overwrites an existing one)."""
        conn = connect(self.path)
        try:
            return backup_database(conn, Path(target))
        finally:
            conn.close()

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
        """Close the connections (the last one to close checkpoints the WAL). A transaction
        still running closes its connection when it ends; a closed store can't be used again."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def _make_files_private(self) -> None:
        for path in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            if path.exists():
                make_private(path, PRIVATE_FILE_MODE)
