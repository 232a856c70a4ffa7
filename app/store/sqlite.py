"""Plain ``sqlite3`` helpers: connecting with the standard pragmas, backups, checks.

Standard library only (see :mod:`app.store`). Every connection to the data file, the store's
and the migrations' (through SQLAlchemy) alike, gets the same pragmas from
:func:`apply_pragmas`, so both see the same database in the same way.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.i18n import translate
from app.store.errors import StoreError, describe
from app.store.paths import create_private_file

BUSY_TIMEOUT_MS = 5000


def apply_pragmas(conn: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """Configure one fresh connection. Must run before any transaction starts: SQLite ignores
    ``PRAGMA foreign_keys`` inside a transaction.

    - ``busy_timeout`` first, so the other pragmas wait for a lock instead of failing when
      the GUI and a CLI cron job touch the file at the same time;
    - WAL: readers never block the writer, and a crash never leaves a half-written page;
    - ``synchronous=FULL``: a committed event survives a power cut, not only a crash;
    - ``foreign_keys``: on for all normal work; off only while migrating (see
      :mod:`app.store.migrate`).
    """
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL").fetchall()
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect(path: Path, *, foreign_keys: bool = True, check_same_thread: bool = True) -> sqlite3.Connection:
    """Open an existing data file read-write with the standard pragmas. Never creates the
    file: a missing file is an error here, because only :class:`~app.store.store.Store`
    knows how to create one with the right permissions and schema."""
    try:
        conn = sqlite3.connect(_uri(path, "rw"), uri=True, check_same_thread=check_same_thread)
    except sqlite3.OperationalError as exc:
        raise describe(exc, path) from None
    try:
        apply_pragmas(conn, foreign_keys=foreign_keys)
    except sqlite3.OperationalError as exc:
        conn.close()
        raise describe(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def connect_readonly(
    path: Path, *, immutable: bool = False, check_same_thread: bool = True
) -> sqlite3.Connection:
    """Open an existing file without any possibility of writing to it (used to look at a file
    before deciding whether this app may touch it at all). ``immutable`` reads it without any
    locking or shared-memory file: the way to read a WAL file on a full disk (where SQLite can't
    create its ``-shm``), at the price of not seeing what another process is writing meanwhile
    or what only the ``-wal`` holds."""
    uri = _uri(path, "ro") + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread)


def open_for_reading(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection that works on a full disk too: the normal one when it can read,
    else an immutable one (see :func:`connect_readonly`). Returns it and whether it is the
    immutable one. Raises ``sqlite3.DatabaseError`` when neither can read the file."""
    conn = connect_readonly(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, False
    except sqlite3.DatabaseError as exc:
        conn.close()
        from app.store.errors import is_not_ours

        if is_not_ours(exc):
            raise
    conn = connect_readonly(path, immutable=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn, True


def backup_database(source: sqlite3.Connection, target: Path) -> Path:
    """Copy a live database into ``target`` with the SQLite online backup API.

    A file copy of a WAL database can miss committed pages still in the ``-wal`` file or catch
    a page mid-write; the backup API copies a consistent snapshot. The copy goes to a private
    ``.partial`` file first and is renamed into place only when complete, so a crash never
    leaves a half-written file under the final name. The result is a self-contained
    single-file database (rollback journal mode), 0600. Refuses to overwrite ``target``.
    """
    if target.exists():
        raise StoreError(
            translate("store", "{target} already exists; not overwriting it").format(target=target)
        )
    partial = target.with_name(target.name + ".partial")
    if partial.exists():
        partial.unlink()
    create_private_file(partial)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def foreign_key_violations(conn: sqlite3.Connection) -> list[tuple[str, int | None, str]]:
    """``PRAGMA foreign_key_check``: (child table, child rowid, parent table) per dangling row."""
    return [
        (str(table), rowid, str(parent))
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
    ]


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """The foreign-key violations as sentences; empty means every reference resolves."""
    sentence = translate("doctor", "{table} row {row}: refers to a missing row in {parent}")
    return [
        sentence.format(table=table, row=rowid, parent=parent)
        for table, rowid, parent in foreign_key_violations(conn)
    ]


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check`` (which says ``ok`` when all is well) plus the foreign keys."""
    found = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    integrity = translate("doctor", "integrity: {problem}")
    problems = [] if found == ["ok"] else [integrity.format(problem=message) for message in found]
    foreign = translate("doctor", "foreign key: {problem}")
    return problems + [foreign.format(problem=message) for message in foreign_key_problems(conn)]
