"""Whole data files, for backups and restores: consistent snapshots, a reading of every row for a
fingerprint, checks of a file nobody has opened yet, and taking the live file for a restore.

These work on a file's path, not through a :class:`~app.store.store.Store`: a backup copies the
live file beside whoever is using it, and a restore checks a file unpacked from an archive and
must be the only one holding the live file when it replaces it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.store.codec import CACHE_COLUMNS
from app.store.content_check import content_problems
from app.store.paths import DataDir
from app.store.sqlite import backup_database, connect, connect_readonly

# What the orders table derives from the events (and so changes as time passes, with no
# change to the data): the list cache, the item count and the search text.
DERIVED_ORDER_COLUMNS = frozenset({*CACHE_COLUMNS, "items_count", "search_text"})


def snapshot(database: Path, target: Path, source: sqlite3.Connection | None = None) -> Path:
    """A consistent copy of the live ``database`` at ``target`` (online backup API), taken
    through ``source`` (a connection whose lock keeps writers out) or a connection of its own."""
    if source is not None:
        return backup_database(source, target)
    conn = connect(database)
    try:
        return backup_database(conn, target)
    finally:
        conn.close()


def content_rows(database: Path, *, skip_settings: frozenset[str] = frozenset()) -> Iterator[str]:
    """Every table of the file at ``database`` (by name) and its rows in rowid order, as text to
    hash: equal texts mean equal data. The orders' derived columns and the settings named in
    ``skip_settings`` are left out. Opens the file read-only."""
    conn = connect_readonly(database)
    try:
        tables = [
            str(name)
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')]
            if table == "orders":
                columns = [c for c in columns if c not in DERIVED_ORDER_COLUMNS]
            yield f"\x00table {table} {columns!r}\x00"
            select = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid'):
                if table == "settings" and row[columns.index("key")] in skip_settings:
                    continue
                yield repr(row)
    finally:
        conn.close()


def file_problems(path: Path) -> list[str]:
    """``integrity_check``, ``foreign_key_check``, the schema and the formats of the rows (see
    :mod:`app.store.content_check`) of a file, opened read-only; empty = ok. Raises
    ``sqlite3.DatabaseError`` when the file is not a database at all."""
    conn = connect_readonly(path)
    try:
        return content_problems(conn)
    finally:
        conn.close()


def sound_file_problems(path: Path) -> list[str]:
    """Only ``integrity_check`` and ``foreign_key_check`` (for a file of an older schema, which
    is upgraded before its content is checked)."""
    from app.store.sqlite import integrity_problems

    conn = connect_readonly(path)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def count_orders_and_events(path: Path) -> tuple[int, int]:
    conn = connect_readonly(path)
    try:
        orders = int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
        events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        conn.close()
    return orders, events


def make_self_contained(path: Path) -> None:
    """Switch a file nobody else has open out of WAL mode: one file, no ``-wal`` beside it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        conn.close()


class InUse(Exception):
    """Another connection (another window, a command) has the live file open."""


def take_live_file(live: Path) -> sqlite3.Connection | None:
    """The only connection to the live file, which is now out of WAL mode (leaving WAL needs the
    only connection, and checkpoints and removes the ``-wal``); None when the file is not a
    readable database at all. Raises :class:`InUse` when someone else has it open."""
    try:
        conn = sqlite3.connect(live, timeout=2.0, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise InUse from None
        return None
    except sqlite3.DatabaseError:
        conn.close()
        return None
    if mode is None or str(mode[0]).lower() != "delete":
        conn.close()
        raise InUse
    return conn


def hold_read_lock(conn: sqlite3.Connection) -> None:
    """Begin a read transaction and read, so that no one else can commit until it ends (the
    file is in rollback-journal mode); the backup API can still read through ``conn``."""
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def thin_safety_copies(layout: DataDir, keep: int = 3) -> list[Path]:
    """Keep the newest ``keep`` before-restore archives (``backups/before-restore-*.zip``) and
    pre-migration copies (``backups/pre-migration-*.sqlite3``); remove older ones."""
    folder = layout.backups
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    for prefix, suffix in (("before-restore-", ".zip"), ("pre-migration-", ".sqlite3")):
        copies = sorted(
            (
                p
                for p in folder.iterdir()
                if p.name.startswith(prefix) and p.name.endswith(suffix) and p.is_file()
            ),
            key=lambda p: (p.stat().st_mtime, p.name),
        )
        for old in copies[:-keep] if keep else copies:
            old.unlink(missing_ok=True)
            removed.append(old)
    return removed


def change_marker(database: Path, evidence_names: list[str], skip_settings: frozenset[str]) -> str | None:
    """A short text that changes whenever the data's content does, read in milliseconds: the
    newest event (every fact about an order is one), the number of orders, the evidence rows
    and files, the rule overrides and the settings (``skip_settings`` left out). Equal markers
    mean the content did not change (a list-cache refresh does not count); None when the file
    can't be read. Read-only."""
    try:
        conn = connect_readonly(database)
    except sqlite3.Error:
        return None
    try:
        parts = [
            conn.execute("SELECT coalesce(max(id), 0), count(*) FROM events").fetchone(),
            conn.execute("SELECT count(*), coalesce(max(id), 0) FROM orders").fetchone(),
            conn.execute(
                "SELECT count(*), coalesce(max(id), 0), count(deleted_at), total(length(caption)), "
                "coalesce(group_concat(caption, char(0)), '') FROM evidence"
            ).fetchone(),
            conn.execute(
                "SELECT coalesce(group_concat(profile || ':' || key || '=' || value, char(0)), '') FROM "
                "(SELECT profile, key, value FROM rule_overrides ORDER BY profile, key)"
            ).fetchone(),
            [
                row
                for row in conn.execute("SELECT key, value FROM settings ORDER BY key")
                if row[0] not in skip_settings
            ],
        ]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    import hashlib

    digest = hashlib.sha256(repr((parts, sorted(evidence_names))).encode())
    return digest.hexdigest()


def write_private_text(path: Path, text: str) -> None:
    """Write a small file in one step (temporary file, rename), 0600."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temp, path)
