"""The schema version this build expects, and a cheap way to read a file's version.

Standard library only: the GUI start-up checks the version before the first paint and must not
pay for importing SQLAlchemy or Alembic just to learn that nothing needs migrating.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.i18n import translate
from app.store.errors import StoreError, describe, is_not_ours
from app.store.sqlite import open_for_reading

HEAD_REVISION = "0007"
"""The newest Alembic revision in app/store/migrations/versions. Bump it with every new
revision (a test compares it with Alembic's head)."""

VERSION_TABLE = "alembic_version"


def read_revision(path: str | os.PathLike[str]) -> str | None:
    """The Alembic revision stored in the data file at ``path``.

    Returns ``None`` when there is no schema yet: the file does not exist (it is not created),
    is empty, or is a SQLite database with no tables at all. Raises :class:`StoreError` when
    the file is not something this app should touch: not SQLite, or tables without a version
    (someone else's database), or several versions at once. Opens the file read-only.
    """
    file = Path(path)
    if not file.exists() or file.stat().st_size == 0:
        return None
    try:
        conn, _immutable = open_for_reading(file)
        try:
            tables = {
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            if VERSION_TABLE not in tables:
                if tables:
                    raise StoreError(
                        translate(
                            "store",
                            "{file} is not a Dispute Desk data file (it has tables but no schema version)",
                        ).format(file=file)
                    )
                return None
            versions = [str(row[0]) for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_not_ours(exc):
            raise StoreError(
                translate("store", "{file} is not a Dispute Desk data file ({reason})").format(
                    file=file, reason=exc
                )
            ) from exc
        raise describe(exc, file, doing="using") from None
    if len(versions) > 1:
        raise StoreError(
            translate("store", "{file} records several schema versions at once ({names})").format(
                file=file, names=", ".join(sorted(versions))
            )
        )
    if not versions and tables - {VERSION_TABLE}:
        raise StoreError(
            translate("store", "{file} has tables but no schema version; not touching it").format(file=file)
        )
    return versions[0] if versions else None
