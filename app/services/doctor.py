"""``doctor``: what is wrong with a data folder, found without changing anything in it.

It never opens the data the usual way (which creates, upgrades and cleans): the database is read
through a read-only connection, or on a full disk through an immutable one, so it answers when
every other command can only say the disk is full. It checks the file (integrity, foreign keys,
schema, row formats: :mod:`app.store.content_check`), every evidence file against its hash (the
names checked before they become paths), and lists what is not a problem but worth knowing:
evidence files nothing refers to, leftovers of killed runs (removed by the next run), work that
was interrupted, and a disk that is nearly full.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.evidence.store import file_sha256
from app.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from app.services.backup_archive import evidence_files
from app.store.activity import interrupted_work, leftovers
from app.store.content_check import content_problems
from app.store.errors import describe, free_space, is_not_ours, size_text
from app.store.paths import EVIDENCE_DIRNAME, DataDir, UnsafePath
from app.store.schema import HEAD_REVISION, VERSION_TABLE
from app.store.sqlite import integrity_problems, open_for_reading

LOW_SPACE_NOTE = 100 << 20


@dataclass
class Diagnosis:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def diagnose(layout: DataDir) -> Diagnosis:
    found = Diagnosis()
    database = layout.database
    if database.exists() and database.stat().st_size > 0:
        _check_database(layout, found)
    for path, live in leftovers(layout):
        if live:
            found.notes.append(
                translate(
                    "doctor", "in use by a Dispute Desk window or command that is running: {path}"
                ).format(path=path)
            )
        else:
            found.notes.append(
                translate("doctor", "left by an interrupted run (the next run removes it): {path}").format(
                    path=path
                )
            )
    for work in interrupted_work(layout):
        when = datetime.fromtimestamp(work.started, UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        what = translate_marked("doctor", _WORK[work.kind]) if work.kind in _WORK else work.kind
        if work.detail:
            what = translate("doctor", "{work} ({detail})").format(work=what, detail=work.detail)
        found.notes.append(
            translate("doctor", "{work} started {time} was interrupted; nothing of it was saved").format(
                work=what, time=when
            )
        )
    free = free_space(layout.root)
    if free is not None and free < LOW_SPACE_NOTE:
        found.notes.append(
            translate("doctor", "the disk holding {path} has only {size} free").format(
                path=layout.root, size=size_text(free)
            )
        )
    return found


# The work a lock file can say was interrupted (``activity.REPORTED_KINDS``), as a sentence names it.
_WORK = {
    "import": QT_TRANSLATE_NOOP("doctor", "an import"),
    "restore": QT_TRANSLATE_NOOP("doctor", "a restore"),
    "migration": QT_TRANSLATE_NOOP("doctor", "an upgrade of the data"),
}


def _check_database(layout: DataDir, found: Diagnosis) -> None:
    try:
        conn, immutable = open_for_reading(layout.database)
    except sqlite3.DatabaseError as exc:
        if is_not_ours(exc):
            found.problems.append(
                translate("doctor", "{path} is damaged or not a Dispute Desk data file ({reason})").format(
                    path=layout.database, reason=exc
                )
            )
        else:
            found.problems.append(str(describe(exc, layout.database, doing="using")))
        return
    try:
        if immutable:
            found.notes.append(
                translate(
                    "doctor",
                    "the data file was read without locking it (the disk is full): changes another "
                    "window is making right now are not part of this check",
                )
            )
        revision = _revision(conn)
        if revision != HEAD_REVISION:
            found.notes.append(
                translate(
                    "doctor",
                    "the data is at schema {revision}; this version upgrades it to {head} when it next opens it "
                    "(only the file's integrity was checked)",
                ).format(revision=revision, head=HEAD_REVISION)
            )
            found.problems += integrity_problems(conn)
            return
        found.problems += content_problems(conn)
        if found.problems:
            return  # a damaged database can't be trusted to say which files belong
        _check_evidence(layout, conn, found)
    finally:
        conn.close()


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def _check_evidence(layout: DataDir, conn: sqlite3.Connection, found: Diagnosis) -> None:
    rows = conn.execute(
        "SELECT e.sha256, e.ext, e.original_name, o.number FROM evidence e JOIN orders o ON o.id = e.order_id "
        "ORDER BY e.id"
    ).fetchall()
    seen: set[tuple[str, str]] = set()
    known: set[str] = set()
    for sha, ext, name, number in rows:
        if (sha, ext) in seen:
            continue
        seen.add((sha, ext))
        try:
            path = layout.evidence_file(sha, ext)
        except UnsafePath as exc:
            found.problems.append(
                translate("doctor", "evidence item {file} of order {order}: {reason}").format(
                    file=name, order=number, reason=exc
                )
            )
            continue
        known.add(f"{sha}.{ext}")
        if not path.is_file():
            found.problems.append(
                translate("doctor", "evidence file missing: {file} of order {order} ({path})").format(
                    file=name, order=number, path=path
                )
            )
        elif file_sha256(path) != sha:
            found.problems.append(
                translate(
                    "doctor", "evidence file damaged (its content changed): {file} of order {order} ({path})"
                ).format(file=name, order=number, path=path)
            )
    for _member, path in evidence_files(layout.root / EVIDENCE_DIRNAME):
        if path.name not in known:
            found.notes.append(
                translate("doctor", "evidence file no item refers to (can be deleted): {path}").format(
                    path=path
                )
            )
