"""Restoring a backup: check everything, then swap, so that a crash at any moment leaves either
the old data or the new, each complete.

1. Unpack into a private staging folder inside the data dir (same file system), hashing every
   member against the manifest; check the database (integrity, foreign keys, schema revision;
   an older revision is migrated here, in staging; a newer one is refused).
2. Make sure nobody else has the data open: switching the live file out of WAL mode needs the
   only connection (and checkpoints and removes its ``-wal``). Hold a read lock (no one else
   can commit) while a
   safety copy of the current data is written to ``backups/before-restore-<UTC>.zip``.
3. Move the new evidence files into ``evidence/``. Files are named by their content, so adding
   files never changes what the old database refers to.
4. ``os.replace`` the database file: the one moment the data switches from old to new.
5. Remove the evidence files only the old data used (they are in the safety copy).

A crash before step 4 leaves the old database with a superset of its evidence; after it, the
new database with a superset of its evidence. Leftover staging folders are removed by the next
restore.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import Refused
from app.i18n import formats, translate
from app.services.backup_archive import (
    DATABASE_MEMBER,
    Manifest,
    Progress,
    copy_member,
    evidence_files,
    fsync_dir,
    open_checked,
)
from app.store.activity import RESTORE_LOCK, Activity, clean_leftovers
from app.store.errors import StoreError
from app.store.files import (
    InUse,
    count_orders_and_events,
    file_problems,
    hold_read_lock,
    make_self_contained,
    sound_file_problems,
    take_live_file,
)
from app.store.paths import create_private_file, ensure_data_dir
from app.store.schema import HEAD_REVISION, read_revision

if TYPE_CHECKING:
    from app.services.backup import BackupInfo, BackupService, RestoreResult

_SPACE_MARGIN = 16 << 20


class Restorer:
    def __init__(self, service: BackupService, archive: Path) -> None:
        self._service = service
        self._layout = service.layout
        self._archive = archive
        self._label = archive.name

    # -- checking -------------------------------------------------------------------------------

    def verify(self) -> Manifest:
        """The same checks as :meth:`restore` makes before it replaces anything: the archive,
        then the database's integrity, foreign keys, schema and row formats (an older schema
        is upgraded in the scratch copy first, so its rows are checked as this build reads
        them)."""
        with tempfile.TemporaryDirectory(prefix="dispute-desk-verify-") as folder:
            manifest = self._unpack(Path(folder), with_evidence=False, progress=None)
            self._prepare_database(Path(folder) / DATABASE_MEMBER, migrate=True)
            return manifest

    def _unpack(self, staging: Path, *, with_evidence: bool, progress: Progress | None) -> Manifest:
        """Check the archive and stream every member through its hash check; the database (and,
        with ``with_evidence``, the evidence files) land in ``staging``."""
        with open_checked(self._archive, self._service.limits) as (zf, manifest):
            total, done = manifest.total_size, 0

            def advance(count: int) -> None:
                nonlocal done
                done += count
                if progress is not None:
                    progress(done, total)

            for member in manifest.members:
                if member.name == DATABASE_MEMBER or with_evidence:
                    target = staging / member.name
                    ensure_data_dir(target.parent)
                    create_private_file(target)
                    with target.open("wb") as sink:
                        copy_member(zf, member, sink, self._label, advance)
                        sink.flush()
                        os.fsync(sink.fileno())
                else:
                    copy_member(zf, member, None, self._label, advance)
        return manifest

    def _prepare_database(self, path: Path, *, migrate: bool) -> tuple[str, bool]:
        """Check the unpacked database; with ``migrate``, bring an older schema up to date (in
        staging) and leave a self-contained file (no WAL). Returns (revision in the archive,
        whether it was upgraded)."""
        label = self._label
        try:
            revision = read_revision(path)
        except StoreError as exc:
            raise Refused(
                translate(
                    "backup", "{file}: the database in it is damaged or not a Dispute Desk file ({reason})"
                ).format(file=label, reason=exc)
            ) from None
        if revision is None:
            raise Refused(translate("backup", "{file}: the database in it holds no data").format(file=label))
        if revision != HEAD_REVISION:
            from app.store import migrate as migrations

            if revision not in migrations.known_revisions():
                raise Refused(
                    translate(
                        "backup",
                        "{file} was made by a newer Dispute Desk (schema {revision}); update the app to restore it",
                    ).format(file=label, revision=revision)
                )
        if revision == HEAD_REVISION:
            self._check_integrity(path)
        else:  # the schema check waits for the upgrade; the file must be sound before it
            self._check_integrity(path, content=False)
        upgraded = False
        if migrate and revision != HEAD_REVISION:
            from app.store.store import Store

            try:
                Store.open(path.parent, clock=self._service.clock).close()
            except (StoreError, sqlite3.Error) as exc:
                raise Refused(
                    translate("backup", "{file}: the database in it can't be upgraded ({reason})").format(
                        file=label, reason=exc
                    )
                ) from None
            self._check_integrity(path)
            upgraded = True
        if migrate:
            make_self_contained(path)
        return revision, upgraded

    def _check_integrity(self, path: Path, *, content: bool = True) -> None:
        try:
            problems = file_problems(path) if content else sound_file_problems(path)
        except sqlite3.DatabaseError as exc:
            raise Refused(
                translate("backup", "{file}: the database in it is damaged ({reason})").format(
                    file=self._label, reason=exc
                )
            ) from None
        if problems:
            raise Refused(
                translate("backup", "{file}: the database in it fails its check ({problems})").format(
                    file=self._label, problems=problems[0]
                )
            )

    # -- restoring ------------------------------------------------------------------------------

    def restore(self, progress: Progress | None) -> RestoreResult:
        layout = self._layout
        existed = layout.root.exists()
        layout.ensure()
        clean_leftovers(layout)
        with Activity(layout, "restore", self._label):
            return self._restore(progress, existed)

    def _restore(self, progress: Progress | None, existed: bool) -> RestoreResult:
        from app.services.backup import STAGING_PREFIXES, RestoreResult

        layout = self._layout
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIXES[1]}{os.getpid()}-", dir=layout.root))
        try:
            try:
                with open_checked(self._archive, self._service.limits) as (_zf, manifest):
                    self._check_space(manifest)
                manifest = self._unpack(staging, with_evidence=True, progress=progress)
                staged_db = staging / DATABASE_MEMBER
                schema, migrated = self._prepare_database(staged_db, migrate=True)
                counts = count_orders_and_events(staged_db)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                if not existed:
                    shutil.rmtree(layout.root, ignore_errors=True)
                raise
            self._service._stage("verified")
            # From here on other processes wait (with a message) instead of opening the file.
            with Activity(layout, "restore", self._label, lock_name=RESTORE_LOCK):
                safety, damaged = self._quiesce_and_copy(staging)
                self._service._stage("database-replaced")
                if not damaged:
                    self._prune_evidence(manifest)
                self._service._stage("evidence-pruned")
            self._service.thin_safety_copies()
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return RestoreResult(
            archive=self._archive,
            created_at=manifest.created_at,
            schema=schema,
            migrated=migrated,
            orders=counts[0],
            events=counts[1],
            evidence_files=len(manifest.evidence),
            safety=safety,
        )

    def _check_space(self, manifest: Manifest) -> None:
        current = 0
        if self._layout.database.exists():
            current += self._layout.database.stat().st_size
        current += sum(path.stat().st_size for _, path in evidence_files(self._layout.evidence))
        needed = 2 * manifest.total_size + current + _SPACE_MARGIN
        free = shutil.disk_usage(self._layout.root).free
        if free < needed:
            raise Refused(
                translate(
                    "backup",
                    "not enough free disk space to restore {file}: {needed} MB needed, {free} MB free",
                ).format(
                    file=self._label,
                    needed=formats().number(needed // (1 << 20)),
                    free=formats().number(free // (1 << 20)),
                )
            )

    def _quiesce_and_copy(self, staged: Path) -> tuple[BackupInfo | None, bool]:
        """Steps 2-4: take the live file for ourselves, copy it to safety, add the evidence,
        swap the database. Returns the safety copy and whether the live file was damaged (then
        it is kept as plain files next to the backups instead)."""
        live = self._layout.database
        guard: sqlite3.Connection | None = None
        damaged = False
        safety: BackupInfo | None = None
        if live.exists() and live.stat().st_size > 0:
            guard, damaged = self._quiesce(live)
        try:
            if guard is not None:
                hold_read_lock(guard)  # no one else can commit while the safety copy is written
                safety = self._service.write_safety_copy(guard)
            elif damaged:
                self._keep_damaged(live)
            self._service._stage("safety-copy")
            self._add_evidence(staged)
            self._service._stage("evidence-added")
        finally:
            if guard is not None:
                guard.rollback()
                guard.close()
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        os.replace(staged / DATABASE_MEMBER, live)
        fsync_dir(live.parent)
        return safety, damaged

    def _quiesce(self, live: Path) -> tuple[sqlite3.Connection | None, bool]:
        """A connection that is the only one to the live file, which is now out of WAL mode;
        or (None, True) when the live file is not a readable database at all. Commands that
        started before the restore lock was taken are given a while to finish; a window that
        keeps the file open is not."""
        deadline = time.monotonic() + self._service.wait_for_others_s
        while True:
            try:
                guard = take_live_file(live)
            except InUse:
                if time.monotonic() >= deadline:
                    raise Refused(
                        translate(
                            "backup",
                            "the data is in use by another Dispute Desk window or command; close it and try again",
                        )
                    ) from None
                time.sleep(0.2)
                continue
            return guard, guard is None

    def _keep_damaged(self, live: Path) -> None:
        """The live file can't be read as a database: keep its bytes next to the backups."""
        folder = self._layout.ensure_backups()
        stamp = self._service.clock.now().strftime("%Y%m%dT%H%M%SZ")
        target = ensure_data_dir(folder / f"damaged-{stamp}")
        for suffix in ("", "-wal", "-shm", "-journal"):
            source = Path(f"{live}{suffix}")
            if source.exists():
                shutil.copy2(source, target / source.name)

    def _add_evidence(self, staged: Path) -> None:
        source_root = staged / "evidence"
        if not source_root.is_dir():
            return
        target_root = ensure_data_dir(self._layout.evidence)
        for name, path in evidence_files(source_root):
            ensure_data_dir(self._layout.root / name.rsplit("/", 1)[0])
            target = self._layout.inside(name)  # checked names, and still: never outside the folder
            os.replace(path, target)
        for folder in [target_root, *(p for p in target_root.iterdir() if p.is_dir())]:
            fsync_dir(folder)

    def _prune_evidence(self, manifest: Manifest) -> None:
        wanted = {member.name for member in manifest.evidence}
        for name, path in evidence_files(self._layout.evidence):
            if name not in wanted:
                path.unlink(missing_ok=True)
                try:
                    path.parent.rmdir()
                except OSError:
                    pass  # not empty
