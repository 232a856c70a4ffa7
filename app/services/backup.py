"""Backups of one data dir: manual, automatic (thinned) and safety copies, and restoring them.

The service never keeps the database open; each call opens what it needs and closes it. Qt-free:
the GUI runs these calls off the UI thread and passes a ``progress(done, total)`` callback.

Where backups live: ``backups/auto/auto-<UTC>.zip`` (automatic, thinned by the retention
policy), ``backups/before-restore-<UTC>.zip`` (the safety copy every restore makes first) and
any other ``backups/*.zip`` (manual backups saved there). ``backup --out`` may write anywhere.

Restoring checks the whole archive (see :mod:`app.services.backup_archive`) and the database
in it (integrity, foreign keys, schema; an older schema is migrated while still in staging)
before it changes anything; see :mod:`app.services.backup_restore` for the swap.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.clock import Clock
from app.domain.errors import Refused
from app.i18n import formats, translate
from app.services.backup_archive import (
    DATABASE_MEMBER,
    ArchiveExists,
    Limits,
    Manifest,
    Progress,
    evidence_files,
    open_checked,
    write_archive,
)
from app.services.backup_policy import RetentionPolicy, keep
from app.store.activity import Activity, clean_leftovers
from app.store.files import change_marker, content_rows, snapshot, thin_safety_copies, write_private_text
from app.store.paths import DataDir, ensure_data_dir
from app.store.schema import read_revision

if TYPE_CHECKING:
    from app.services.settings import SettingsService

__all__ = [
    "BackupInfo",
    "BackupService",
    "Limits",
    "Manifest",
    "Refused",
    "RestoreResult",
    "RetentionPolicy",
]

AUTO_DIRNAME = "auto"
AUTO_PREFIX = "auto-"
SAFETY_PREFIX = "before-restore-"
POLICY_KEY = "backup_retention"
# Settings that change without the buyer changing anything: not a reason for a new backup.
# (app.services.settings.LAST_SEEN, spelled out: that module is imported only when needed.)
VOLATILE_SETTINGS = frozenset({"last_seen_at"})
STAGING_PREFIXES = (".backup-", ".restore-")
MARKER_FILE = ".marker.json"  # in backups/auto: the change marker of the newest automatic backup
KEEP_SAFETY_COPIES = 3  # before-restore archives and pre-migration copies: the newest three of each
_SPACE_MARGIN = 16 << 20

StageHook = Callable[[str], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # "manual" | "auto" | "safety"
    size: int


@dataclass(frozen=True)
class RestoreResult:
    archive: Path
    created_at: datetime  # when the backup was made
    schema: str  # the schema revision in the archive (before any upgrade)
    migrated: bool  # the restored data was upgraded to this build's schema
    orders: int
    events: int
    evidence_files: int
    safety: BackupInfo | None  # the copy of the data that was replaced (None: there was none)


class BackupService:
    """Back up and restore the data dir ``data_dir``. ``stage_hook`` is told the name of each
    step as it starts (the crash tests kill the process at a named step); normal callers leave
    it out."""

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        *,
        limits: Limits | None = None,
        stage_hook: StageHook | None = None,
    ) -> None:
        self._layout = DataDir(Path(data_dir))
        self._clock = clock
        self._limits = limits or Limits()
        self._stage_hook = stage_hook
        self.wait_for_others_s = 20.0  # a restore waits this long for commands already running

    @property
    def data_dir(self) -> Path:
        return self._layout.root

    @property
    def auto_dir(self) -> Path:
        return self._layout.backups / AUTO_DIRNAME

    # -- making backups -------------------------------------------------------------------------

    def backup(self, out: Path, *, progress: Progress | None = None, replace: bool = False) -> BackupInfo:
        """Write a backup of the whole data (database snapshot, evidence, manifest) to ``out``.
        Refuses a data dir without data, and an existing ``out`` unless ``replace`` (the user
        confirmed overwriting it in a save dialog): it is then replaced in one step when the new
        archive is complete, and never when it lies inside the data dir."""
        out = Path(out)
        if out.exists() and not replace:
            raise ArchiveExists(out)
        if out.is_dir():
            raise Refused(
                translate("backup", "{path} is a folder; choose a file name for the backup").format(path=out)
            )
        if replace and out.exists() and out.resolve().is_relative_to(self._layout.root.resolve()):
            raise Refused(
                translate("backup", "{path} is part of the data being backed up; choose another file").format(
                    path=out
                )
            )
        if not out.parent.is_dir():
            raise Refused(translate("backup", "the folder {path} does not exist").format(path=out.parent))
        if not self._layout.database.exists():
            raise Refused(
                translate("backup", "there is no data to back up in {path}").format(path=self._layout.root)
            )
        clean_leftovers(self._layout)
        self._check_space(out.parent)
        with Activity(self._layout, "backup", out.name) as activity, self._snapshot() as snapshot:
            return self._write(
                out, snapshot, "manual", "", "", progress, replace=replace, register=activity.add_path
            )

    def auto_backup(self, reason: str, progress: Progress | None = None) -> BackupInfo | None:
        """An automatic backup into ``backups/auto/`` when the data changed since the newest
        automatic backup (None when it did not, or when there is no data yet); then thins the
        automatic backups by the retention policy.

        "Changed" compares a SHA-256 over the content of every table (except the orders list's
        derived cache columns and settings that change by themselves) and the evidence file
        names, computed from the consistent snapshot, with the one stored in the newest
        automatic backup's manifest. Correct (any edit anywhere shows), and cheap next to the
        backup it saves. Cheaper still, first: a marker read in milliseconds (the newest event,
        the number of orders, the evidence rows, the rules and settings; see
        :func:`~app.store.files.change_marker`) equal to the one kept with the newest automatic
        backup means nothing changed, with no snapshot at all. Quitting the window with 200,000
        orders took 12 s because the snapshot and the fingerprint were made every time."""
        if not self._layout.database.exists():
            return None
        clean_leftovers(self._layout)
        names = [name for name, _ in evidence_files(self._layout.evidence)]
        marker = change_marker(self._layout.database, names, VOLATILE_SETTINGS)
        if marker is not None and self._kept_marker() == marker:
            return None
        with Activity(self._layout, "backup", "automatic"), self._snapshot() as snapshot:
            fingerprint = data_fingerprint(snapshot, names)
            newest = next((b for b in self.list_backups() if b.kind == "auto"), None)
            if newest is not None and _stored_fingerprint(newest.path) == fingerprint:
                self._keep_marker(newest.path, marker)
                return None
            folder = ensure_data_dir(self._layout.ensure_backups() / AUTO_DIRNAME)
            info = self._write_new(folder, AUTO_PREFIX, snapshot, "auto", reason, fingerprint, progress)
        self._keep_marker(info.path, marker)
        self.thin()
        return info

    def _kept_marker(self) -> str | None:
        """The marker kept with the newest automatic backup, if that backup is still there."""
        try:
            kept = json.loads((self.auto_dir / MARKER_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(kept, dict) or not (self.auto_dir / str(kept.get("archive", ""))).is_file():
            return None
        newest = next((b for b in self.list_backups() if b.kind == "auto"), None)
        if newest is None or newest.path.name != kept.get("archive"):
            return None
        marker = kept.get("marker")
        return marker if isinstance(marker, str) else None

    def _keep_marker(self, archive: Path, marker: str | None) -> None:
        if marker is None:
            return
        path = self.auto_dir / MARKER_FILE
        with contextlib.suppress(OSError):
            write_private_text(path, json.dumps({"archive": archive.name, "marker": marker}))

    def _write(
        self,
        out: Path,
        snapshot: Path,
        kind: str,
        reason: str,
        fingerprint: str,
        progress: Progress | None,
        *,
        replace: bool = False,
        register: Callable[[Path], None] | None = None,
    ) -> BackupInfo:
        created_at = self._clock.now()
        schema = read_revision(snapshot) or ""
        files = [(DATABASE_MEMBER, snapshot), *evidence_files(self._layout.evidence)]
        self._stage(f"{kind}:writing")
        write_archive(
            out,
            files,
            app_version=__version__,
            schema=schema,
            created_at=created_at,
            kind=kind,
            reason=reason,
            fingerprint=fingerprint,
            progress=progress,
            replace=replace,
            register=register,
        )
        self._stage(f"{kind}:written")
        return BackupInfo(out, created_at, kind, out.stat().st_size)

    @contextmanager
    def _snapshot(self, source: sqlite3.Connection | None = None) -> Iterator[Path]:
        """A consistent copy of the live database in a private staging folder inside the data
        dir (removed afterwards). Taken with the online backup API through ``source`` or a
        connection of its own."""
        if not self._layout.database.exists():
            raise Refused(
                translate("backup", "there is no data to back up in {path}").format(path=self._layout.root)
            )
        # The PID in the name tells a later run whose staging folder it is (app/store/activity.py).
        work = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIXES[0]}{os.getpid()}-", dir=self._layout.root))
        try:
            target = snapshot(self._layout.database, work / DATABASE_MEMBER, source)
            self._stage("snapshot")
            yield target
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _write_new(
        self,
        folder: Path,
        prefix: str,
        snapshot: Path,
        kind: str,
        reason: str,
        fingerprint: str,
        progress: Progress | None = None,
    ) -> BackupInfo:
        """Write under the first free ``<prefix><UTC>[-n].zip`` name in ``folder``; another
        process taking that name meanwhile (two automatic backups in one second) moves on to
        the next one."""
        for _attempt in range(20):
            try:
                return self._write(
                    self._free_name(folder, prefix), snapshot, kind, reason, fingerprint, progress
                )
            except ArchiveExists:
                continue
        raise Refused(
            translate("backup", "can't find a free name for the backup in {path}").format(path=folder)
        )

    def _free_name(self, folder: Path, prefix: str) -> Path:
        stamp = self._clock.now().strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{prefix}{stamp}.zip"
        suffix = 1
        while target.exists():  # two within one second: keep both
            target = folder / f"{prefix}{stamp}-{suffix}.zip"
            suffix += 1
        return target

    # -- checking and restoring -----------------------------------------------------------------

    def verify(self, archive: Path) -> Manifest:
        """Check ``archive`` completely (names, sizes, ratios, every hash, the database's
        integrity and schema) without changing anything. Raises :class:`Refused` with the reason."""
        from app.services.backup_restore import Restorer

        return Restorer(self, Path(archive)).verify()

    def restore(self, archive: Path, *, progress: Progress | None = None) -> RestoreResult:
        """Replace the data with the backup ``archive``, after checking all of it. The caller must
        have closed its :class:`~app.store.store.Store`. A safety copy of the current data
        is kept in ``backups/before-restore-<UTC>.zip``. Raises :class:`Refused` (nothing changed)
        when anything is wrong with the archive or the data is in use."""
        from app.services.backup_restore import Restorer

        return Restorer(self, Path(archive)).restore(progress)

    # -- listing and thinning -------------------------------------------------------------------

    def list_backups(self) -> list[BackupInfo]:
        """Every readable backup in ``backups/`` and ``backups/auto/``, newest first. Files that
        are not readable Dispute Desk backups are left out."""
        found: list[BackupInfo] = []
        for folder in (self._layout.backups, self.auto_dir):
            if not folder.is_dir():
                continue
            for path in folder.glob("*.zip"):
                if path.name.startswith(".") or not path.is_file():
                    continue
                try:
                    with open_checked(path, self._limits) as (_zf, manifest):
                        created_at = manifest.created_at
                        kind = manifest.kind
                except Refused:
                    continue
                if folder == self.auto_dir:
                    kind = "auto"
                elif path.name.startswith(SAFETY_PREFIX):
                    kind = "safety"
                elif kind == "auto":
                    kind = "manual"  # moved out of auto/ by the buyer: thinning leaves it alone
                found.append(BackupInfo(path, created_at, kind, path.stat().st_size))
        found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
        return found

    def _check_space(self, target_folder: Path) -> None:
        """Refuse a backup the disk can't hold, before anything is written: the snapshot in the
        data folder, and the archive (database plus evidence, stored) where it goes."""
        database = self._layout.database.stat().st_size if self._layout.database.exists() else 0
        evidence = sum(path.stat().st_size for _, path in evidence_files(self._layout.evidence))
        here = shutil.disk_usage(self._layout.root)
        there = shutil.disk_usage(target_folder)
        same = os.stat(self._layout.root).st_dev == os.stat(target_folder).st_dev
        needs = [(self._layout.root, here.free, database + _SPACE_MARGIN)]
        archive = database + evidence + _SPACE_MARGIN
        if same:
            needs = [(self._layout.root, here.free, database + archive)]
        else:
            needs.append((target_folder, there.free, archive))
        for folder, free, needed in needs:
            if free < needed:
                raise Refused(
                    translate(
                        "backup",
                        "not enough free disk space for the backup: the disk holding {path} has {free} free and "
                        "the backup needs about {needed}; free some space and try again",
                    ).format(path=folder, free=_mb(free), needed=_mb(needed))
                )

    def thin_safety_copies(self) -> list[Path]:
        """Keep the newest :data:`KEEP_SAFETY_COPIES` before-restore archives and pre-migration
        copies; older ones go (each restore or upgrade leaves one more, 100 MB apiece at 200,000
        orders)."""
        return thin_safety_copies(self._layout, KEEP_SAFETY_COPIES)

    def thin(self, policy: RetentionPolicy | None = None) -> list[Path]:
        """Delete the automatic backups the retention policy (default: the stored one) does not
        keep. Manual and safety backups are never deleted. Returns the deleted files."""
        chosen = policy or self.policy()
        autos = [b for b in self.list_backups() if b.kind == "auto"]
        kept = keep([b.created_at for b in autos], chosen)
        deleted = []
        for index, info in enumerate(autos):
            if index not in kept:
                info.path.unlink(missing_ok=True)
                deleted.append(info.path)
        return deleted

    def policy(self) -> RetentionPolicy:
        """The retention policy of the automatic backups (stored with the data's settings)."""
        if not self._layout.database.exists():
            return RetentionPolicy()
        with self._settings() as settings:
            return RetentionPolicy.from_json(settings.get(POLICY_KEY))

    def set_policy(self, policy: RetentionPolicy) -> None:
        with self._settings() as settings:
            settings.set(POLICY_KEY, policy.as_json())

    @contextmanager
    def _settings(self) -> Iterator[SettingsService]:
        from app.services.settings import SettingsService
        from app.store.store import Store

        store = Store.open(self._layout, clock=self._clock)
        try:
            yield SettingsService(store)
        finally:
            store.close()

    # -- for the restorer -----------------------------------------------------------------------

    @property
    def layout(self) -> DataDir:
        return self._layout

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def limits(self) -> Limits:
        return self._limits

    def _stage(self, name: str) -> None:
        if self._stage_hook is not None:
            self._stage_hook(name)

    def write_safety_copy(self, source: sqlite3.Connection) -> BackupInfo:
        """The copy of the current data a restore makes before it replaces anything, through
        ``source`` (the restorer's connection, whose read lock keeps writers out meanwhile)."""
        folder = self._layout.ensure_backups()
        with self._snapshot(source) as snapshot:
            return self._write_new(folder, SAFETY_PREFIX, snapshot, "safety", "restore", "")


def _mb(size: int) -> str:
    if size >= 1 << 20:
        return translate("backup", "{size} MB").format(size=formats().number(round(max(size, 0) / (1 << 20))))
    return translate("backup", "{size} KB").format(size=formats().number(max(size, 0) // 1024))


def data_fingerprint(database: Path, evidence_names: list[str]) -> str:
    """SHA-256 over the content of every table of the database file at ``database`` (rows in
    rowid order; without the orders' derived columns and volatile settings) and the evidence
    file names. Equal fingerprints mean equal data."""
    digest = hashlib.sha256()
    for text in content_rows(database, skip_settings=VOLATILE_SETTINGS):
        digest.update(text.encode())
    for name in sorted(evidence_names):
        digest.update(f"\x00file {name}".encode())
    return digest.hexdigest()


def _stored_fingerprint(archive: Path) -> str | None:
    try:
        with open_checked(archive) as (_zf, manifest):
            return manifest.fingerprint or None
    except Refused:
        return None
