"""Who is working on a data folder, and what a process that was killed left behind.

Long work (an import, a backup, a restore, attaching files, a migration) registers an
:class:`Activity`: a small lock file ``.run/<kind>-<pid>-<token>.lock`` in the data folder that
names the process and what it does, held with an exclusive ``flock`` (``msvcrt.locking`` on
Windows) for as long as the work runs. The operating system releases that lock when the process
ends, however it ends, so a lock file that can be locked by someone else belongs to a dead
process: its work was interrupted. The file's modification time says when it started (no clock
is read here).

:func:`clean_leftovers`, run at the start of every run (``Store.open``, backups), removes what
dead processes left: staging folders (``.backup-<pid>-…``, ``.restore-<pid>-…``), half-written
archives (``.<name>.<pid>.<hex>.partial``), half-written database copies
(``*.sqlite3.partial``), hidden ``.tmp`` files beside evidence and cached pictures, and any path a
dead activity registered (a partial archive written outside the data folder). Interrupted
imports and restores are remembered in ``.run/interrupted.jsonl`` for the start-up report.
:func:`leftovers` lists what is still there, for ``doctor``.

Other processes' live work is never touched: a leftover whose name carries a PID is removed only
when that process holds no activity here; one without (written by an older version) only when
no other process is at work on the folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final

from app.store.paths import BACKUPS_DIRNAME, EVIDENCE_DIRNAME, PRIVATE_FILE_MODE, DataDir

RUN_DIRNAME: Final = ".run"
RESTORE_LOCK: Final = ".restoring"  # beside the database: every transaction checks for it
INTERRUPTED: Final = "interrupted.jsonl"
KEEP_INTERRUPTED: Final = 20
# What a dead process's work says about the data when the start-up report shows it.
REPORTED_KINDS: Final = frozenset({"import", "restore", "migration"})

_MARK = re.compile(r"(?P<kind>[a-z-]+)-(?P<pid>[0-9]+)-[0-9a-f]+\.lock")
_STAGING = re.compile(r"\.(?:backup|restore)-(?:(?P<pid>[0-9]+)-)?.*")
_PARTIAL = re.compile(r"\..+?\.(?:(?P<pid>[0-9]+)\.)?[0-9a-f]+\.partial|.+\.sqlite3\.partial")
_TEMP = re.compile(r"\..+?\.(?:(?P<pid>[0-9]+)\.)?[A-Za-z0-9_]+\.tmp")


@dataclass(frozen=True)
class ActivityInfo:
    kind: str
    pid: int
    detail: str
    started: float  # epoch seconds (the lock file's modification time)
    live: bool


class Activity:
    """``with Activity(layout, "import", "orders.csv") as activity:`` around long work."""

    def __init__(self, layout: DataDir, kind: str, detail: str = "", *, lock_name: str | None = None) -> None:
        self._layout = layout
        self._kind = kind
        self._detail = detail[:300]
        folder = layout.root / RUN_DIRNAME
        self.path = (
            layout.root / lock_name
            if lock_name is not None
            else folder / f"{kind}-{os.getpid()}-{os.urandom(4).hex()}.lock"
        )
        self._handle: IO[str] | None = None

    def __enter__(self) -> Activity:
        for attempt in range(3):  # another activity ending may remove the empty .run meanwhile
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
                break
            except FileNotFoundError:
                if attempt == 2:
                    raise
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        _lock(handle)
        handle.write(json.dumps({"kind": self._kind, "pid": os.getpid(), "detail": self._detail}) + "\n")
        handle.flush()
        self._handle = handle
        return self

    def add_path(self, path: Path) -> None:
        """A file or folder this work creates outside the usual places (removed if it dies)."""
        if self._handle is not None:
            self._handle.write(json.dumps({"path": str(path)}) + "\n")
            self._handle.flush()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        handle, self._handle = self._handle, None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        if handle is not None:
            handle.close()  # releases the lock
        with contextlib.suppress(OSError):  # not empty (another activity, a note): stays
            (self._layout.root / RUN_DIRNAME).rmdir()


def _lock(handle: IO[str], *, wait: bool = True) -> bool:
    """Lock the file for this process; without ``wait``, False when someone else holds it."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _held_by_someone(path: Path) -> bool:
    """Whether a live process holds the lock of ``path`` (ours included: a lock taken on another
    open file description conflicts even within one process)."""
    try:
        handle = path.open("r+", encoding="utf-8")
    except OSError:
        return False
    with handle:  # closing it releases a lock taken just now
        return not _lock(handle, wait=False)


def _read_mark(path: Path) -> tuple[dict[str, Any], list[Path]]:
    head: dict[str, Any] = {}
    extra: list[Path] = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return head, extra
    for index, line in enumerate(lines):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if not isinstance(value, dict):
            continue
        if index == 0:
            head = value
        elif isinstance(value.get("path"), str):
            extra.append(Path(value["path"]))
    return head, extra


def activities(layout: DataDir) -> list[ActivityInfo]:
    """Every activity registered in the data folder, live or left by a dead process."""
    found: list[ActivityInfo] = []
    for path in _mark_files(layout):
        match = _MARK.fullmatch(path.name)
        head, _extra = _read_mark(path)
        try:
            started = path.stat().st_mtime
        except OSError:
            continue
        found.append(
            ActivityInfo(
                str(head.get("kind") or (match["kind"] if match else "work")),
                int(head.get("pid") or (match["pid"] if match else 0)),
                str(head.get("detail") or ""),
                started,
                _held_by_someone(path),
            )
        )
    return found


def live_kinds(layout: DataDir) -> set[str]:
    """What live processes are doing in the folder (for the "someone else is saving" sentence)."""
    return {info.kind for info in activities(layout) if info.live}


def restore_running(layout: DataDir) -> bool:
    """Whether another process is restoring a backup into this folder right now (one stat when
    not; every transaction asks)."""
    lock = layout.root / RESTORE_LOCK
    return lock.exists() and _held_by_someone(lock)


def _mark_files(layout: DataDir) -> list[Path]:
    files = []
    folder = layout.root / RUN_DIRNAME
    if folder.is_dir():
        files = [p for p in folder.iterdir() if p.name.endswith(".lock")]
    restore = layout.root / RESTORE_LOCK
    if restore.exists():
        files.append(restore)
    return files


@dataclass(frozen=True)
class Cleaned:
    interrupted: tuple[ActivityInfo, ...]
    removed: tuple[Path, ...]


def clean_leftovers(layout: DataDir, *, deep: bool = False) -> Cleaned:
    """Remove what dead processes left in the data folder (see the module docstring). ``deep``
    also looks through every evidence and cache folder for hidden ``.tmp`` files; it happens by
    itself when a dead process's activity was found."""
    if not layout.root.is_dir():
        return Cleaned((), ())
    interrupted: list[ActivityInfo] = []
    removed: list[Path] = []
    live_pids: set[int] = set()
    for path in _mark_files(layout):
        if _held_by_someone(path):
            head, _ = _read_mark(path)
            live_pids.add(int(head.get("pid") or 0))
            continue
        head, extra = _read_mark(path)
        try:
            started = path.stat().st_mtime
        except OSError:
            continue
        info = ActivityInfo(
            str(head.get("kind") or "work"),
            int(head.get("pid") or 0),
            str(head.get("detail") or ""),
            started,
            False,
        )
        for leftover in extra:
            if _remove(leftover):
                removed.append(leftover)
        if _remove(path):
            interrupted.append(info)
            deep = True
    others_at_work = bool(live_pids - {os.getpid()})
    for candidate, pid in _candidates(layout, deep=deep):
        mine = pid == os.getpid()
        owner_alive = pid is not None and (pid in live_pids or mine)
        if owner_alive or (pid is None and others_at_work):
            continue
        if _remove(candidate):
            removed.append(candidate)
    # One piece of work may hold two locks (a restore: its activity and the restore lock).
    unique = {(info.kind, info.pid): info for info in interrupted if info.kind in REPORTED_KINDS}
    _remember(layout, list(unique.values()))
    return Cleaned(tuple(interrupted), tuple(removed))


def leftovers(layout: DataDir) -> list[tuple[Path, bool]]:
    """What the cleaning would look at now, with whether a live process owns it (for doctor)."""
    live_pids = {info.pid for info in activities(layout) if info.live}
    found = [(path, pid is not None and pid in live_pids) for path, pid in _candidates(layout, deep=True)]
    found += [
        (layout.root / RUN_DIRNAME / f"{info.kind}-{info.pid}", False)
        for info in activities(layout)
        if not info.live
    ]
    return found


def _candidates(layout: DataDir, *, deep: bool) -> Iterator[tuple[Path, int | None]]:
    root = layout.root
    for entry in _entries(root):
        match = _STAGING.fullmatch(entry.name)
        if match and entry.is_dir() and not entry.is_symlink():
            yield entry, _pid(match)
    for folder in (root / BACKUPS_DIRNAME, root / BACKUPS_DIRNAME / "auto"):
        for entry in _entries(folder):
            match = _PARTIAL.fullmatch(entry.name)
            if match and entry.is_file():
                yield entry, _pid(match)
    if not deep:
        return
    for base in (root / EVIDENCE_DIRNAME, root / "cache"):
        for folder in _entries(base):
            if folder.is_dir() and not folder.is_symlink():
                for entry in _entries(folder):
                    match = _TEMP.fullmatch(entry.name)
                    if match and entry.is_file():
                        yield entry, _pid(match)


def _pid(match: re.Match[str]) -> int | None:
    text = match.groupdict().get("pid")
    return int(text) if text else None


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            import shutil  # only when there is a folder to remove: start-up rarely has one

            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def _remember(layout: DataDir, interrupted: list[ActivityInfo]) -> None:
    if not interrupted:
        return
    path = layout.root / RUN_DIRNAME / INTERRUPTED
    old = _read_interrupted(path)
    lines = [
        *old,
        *({"kind": i.kind, "detail": i.detail, "started": i.started, "pid": i.pid} for i in interrupted),
    ]
    path.parent.mkdir(mode=0o700, exist_ok=True)
    text = "".join(json.dumps(line) + "\n" for line in lines[-KEEP_INTERRUPTED:])
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def _read_interrupted(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    found = []
    for line in lines:
        with contextlib.suppress(ValueError):
            value = json.loads(line)
            if isinstance(value, dict):
                found.append(value)
    return found


def interrupted_work(layout: DataDir) -> list[ActivityInfo]:
    """Imports, restores and migrations that a killed process left unfinished, oldest first
    (nothing of an interrupted import or restore was written: each is one transaction or one
    rename)."""
    return [
        ActivityInfo(
            str(v.get("kind", "")),
            int(v.get("pid") or 0),
            str(v.get("detail") or ""),
            float(v.get("started") or 0),
            False,
        )
        for v in _read_interrupted(layout.root / RUN_DIRNAME / INTERRUPTED)
    ]


def forget_interrupted(layout: DataDir) -> None:
    """The start-up report has shown them."""
    with contextlib.suppress(FileNotFoundError):
        (layout.root / RUN_DIRNAME / INTERRUPTED).unlink()
