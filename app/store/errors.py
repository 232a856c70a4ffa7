"""Errors raised by the store, and SQLite's errors said as sentences a buyer can act on.

A full disk made every command say "… is not a Dispute Desk data file (disk I/O error)", which
invites deleting good data; another writer's long import surfaced as ``OperationalError …
database is locked``. :func:`describe` turns SQLite's errors into these classes, whose message
says what is wrong and what to do, and never holds SQL or the buyer's rows.
"""

from __future__ import annotations

import os
import sqlite3
from decimal import Decimal
from pathlib import Path

from app.domain.errors import Refused
from app.i18n import formats, translate


class StoreError(Exception):
    """The data file cannot be used as asked (newer schema, failed migration, not our file…).

    The message is a sentence for the user; the CLI prints it and the GUI shows it before
    touching anything else.
    """


class StoreBusy(StoreError, Refused):
    """Another window or command kept the data locked for longer than this one would wait.
    Nothing was written; the same action can simply be tried again."""


class DiskFull(StoreError, Refused):
    """The disk holding the data (or a backup) has no room; nothing was written."""


class DiskTrouble(StoreError, Refused):
    """The data file can't be read or written for a reason outside the app (a failing or
    removed disk, a read-only folder); the file was not changed by it."""


# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
LOW_SPACE = 1 << 20  # below this, an I/O error on the data folder's disk is taken for a full disk


def doing_words(doing: str) -> str:
    """What another window or command is doing, by its key ("saving", "using", "upgrading",
    "restoring", "importing", "backing_up", "attaching"), as the busy sentences say it."""
    if doing == "using":
        return translate("store", "using the data", "completes: Another Dispute Desk window or command is …")
    if doing == "upgrading":
        return translate(
            "store", "upgrading the data", "completes: Another Dispute Desk window or command is …"
        )
    if doing == "restoring":
        return translate(
            "store", "restoring a backup", "completes: Another Dispute Desk window or command is …"
        )
    if doing == "importing":
        return translate(
            "store", "saving a large import", "completes: Another Dispute Desk window or command is …"
        )
    if doing == "backing_up":
        return translate("store", "making a backup", "completes: Another Dispute Desk window or command is …")
    if doing == "attaching":
        return translate("store", "storing photos", "completes: Another Dispute Desk window or command is …")
    return translate("store", "saving changes", "completes: Another Dispute Desk window or command is …")


def busy_words(doing: str) -> str:
    """The refusal when another window or command kept the data locked too long."""
    return translate(
        "store",
        "Another Dispute Desk window or command is {doing}; nothing was saved yet. Try again when it has finished",
    ).format(doing=doing_words(doing))


def busy_notice(doing: str, *, waiting: bool) -> str:
    """What is said while waiting for another window or command."""
    if waiting:
        return translate(
            "store", "Another Dispute Desk window or command is {doing}; waiting for it…"
        ).format(doing=doing_words(doing))
    return translate("store", "Another Dispute Desk window or command is {doing}; trying again…").format(
        doing=doing_words(doing)
    )


def error_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in str(exc) or "busy" in str(exc)
    )


def is_not_ours(exc: BaseException) -> bool:
    """The file is not a database, or a damaged one (as opposed to a disk that can't be used)."""
    code = error_code(exc)
    if code is None:
        text = str(exc)
        return "not a database" in text or "malformed" in text
    return code in (SQLITE_NOTADB, SQLITE_CORRUPT)


def free_space(folder: Path) -> int | None:
    """Free bytes on the disk holding ``folder`` (its nearest existing parent), or None."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    import shutil  # only when a message needs it

    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def size_text(size: int) -> str:
    """A size in words: ``1.5 GB``, ``12 MB``, ``3 KB`` (the number as the buyer's language writes it)."""
    if size >= 1 << 30:
        gigabytes = Decimal(size / (1 << 30)).quantize(Decimal("0.1"))
        return translate("store", "{size} GB").format(size=formats().number(gigabytes))
    if size >= 1 << 20:
        return translate("store", "{size} MB").format(size=formats().number(round(size / (1 << 20))))
    return translate("store", "{size} KB").format(size=formats().number(max(size, 0) // 1024))


def disk_full(folder: Path, needed: int | None = None) -> DiskFull:
    free = free_space(folder)
    fields = {"path": folder, "free": size_text(free) if free is not None else "", "needed": ""}
    if needed:
        fields["needed"] = size_text(needed)
        if free is not None:
            text = translate(
                "store",
                "the disk holding {path} is full ({free} free); free about {needed} and try again. Nothing was changed",
            )
        else:
            text = translate(
                "store",
                "the disk holding {path} is full; free about {needed} and try again. Nothing was changed",
            )
    elif free is not None:
        text = translate(
            "store",
            "the disk holding {path} is full ({free} free); free some space and try again. Nothing was changed",
        )
    else:
        text = translate(
            "store", "the disk holding {path} is full; free some space and try again. Nothing was changed"
        )
    return DiskFull(text.format(**fields))


def describe(exc: sqlite3.Error, path: Path, *, doing: str = "saving") -> StoreError:
    """SQLite's ``exc`` on the data file ``path`` as one of the classes above (or a plain
    :class:`StoreError` for a file that is not ours). Nothing of the statement or its
    parameters goes into the message."""
    code = error_code(exc)
    text = str(exc)
    folder = path.parent
    if is_busy(exc):
        return StoreBusy(busy_words(doing))
    if is_not_ours(exc):
        return StoreError(
            translate("store", "{path} is damaged or not a Dispute Desk data file ({reason})").format(
                path=path, reason=text
            )
        )
    free = free_space(folder)
    if (
        code == SQLITE_FULL
        or "disk is full" in text
        or (code in (SQLITE_IOERR, SQLITE_CANTOPEN, None) and free is not None and free < LOW_SPACE)
    ):
        return disk_full(folder)
    if code == SQLITE_READONLY or "readonly" in text:
        return DiskTrouble(
            translate(
                "store",
                "the data in {path} can't be written (the folder or disk is read-only); nothing was changed",
            ).format(path=folder)
        )
    if not os.access(folder, os.W_OK) and folder.exists():
        return DiskTrouble(
            translate(
                "store", "the folder {path} can't be written to (no permission); nothing was changed"
            ).format(path=folder)
        )
    return DiskTrouble(
        translate(
            "store",
            "the data file {path} can't be read or written ({reason}); the disk may be failing or was removed. "
            "The file was not changed by this",
        ).format(path=path, reason=text)
    )
