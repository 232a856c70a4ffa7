"""Where the data lives: the data dir, the database file, the evidence and backups folders.

Standard library plus platformdirs only, so the start-up path can find the file without
importing SQLAlchemy. Everything under the data dir is private to the user: directories are
0700 and files 0600 on POSIX (Windows relies on the per-user profile ACLs instead).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import Refused
from app.i18n import translate
from app.store.errors import StoreError

APP_NAME = "dispute-desk"
DATA_DIR_ENV = "DISPUTE_DESK_DATA_DIR"
DATABASE_FILENAME = "dispute-desk.sqlite3"
BACKUPS_DIRNAME = "backups"
EVIDENCE_DIRNAME = "evidence"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

# What an evidence file may be called: the SHA-256 of its bytes (64 lowercase hex digits) and one
# of the extensions the app stores (app/evidence/inspect.py's formats). Anything else read from a
# database (a restored backup, a file opened as it is) is refused before it becomes a path.
SHA256_TEXT = re.compile(r"[0-9a-f]{64}")
EVIDENCE_EXTENSIONS = frozenset({"jpg", "png", "webp", "heic", "mp4", "mov", "webm"})

IS_POSIX = os.name == "posix"


def resolve_data_dir(explicit: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path:
    """The data dir to use: ``--data-dir`` if given, else ``$DISPUTE_DESK_DATA_DIR``, else the
    platform's per-user data dir. ``env`` is passed in (not read from ``os.environ``) so tests
    and the CLI decide what the environment is. ``~`` is expanded; an empty value counts as
    unset."""
    if explicit is not None and os.fspath(explicit) != "":
        return Path(explicit).expanduser()
    from_env = env.get(DATA_DIR_ENV, "")
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs  # only here: it costs start-up time (it imports tempfile, shutil…)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def make_private(path: Path, mode: int) -> None:
    """chmod on POSIX; a no-op on Windows, where chmod can only toggle read-only."""
    if IS_POSIX:
        os.chmod(path, mode)


class UnsafePath(StoreError, Refused):
    """A path made from stored data would lie outside the data folder, or a stored value that
    names a file is not in the form the app writes (a tampered backup, a hand-edited file)."""


class UnsafeFolder(StoreError, Refused):
    """A folder that other users of the computer may write to: not a place for the buyer's data."""


def ensure_data_dir(path: Path) -> Path:
    """Create a folder of the data dir (and parents) if needed, 0700. A folder that already
    exists keeps its mode: the app never changes the permissions of a folder it didn't create
    (``--data-dir /tmp`` must not turn /tmp private). A folder that every user may write to
    is refused: another user could put files (or links) where the app expects its own."""
    try:
        path.mkdir(parents=True, exist_ok=False, mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        refuse_shared_folder(path)
        return path
    make_private(path, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask
    return path


def refuse_shared_folder(path: Path) -> None:
    """:class:`UnsafeFolder` when ``path`` is a folder others may write to (POSIX)."""
    if not IS_POSIX:
        return
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # the caller's next step says what is wrong with it
    if stat.S_ISDIR(mode) and mode & stat.S_IWOTH:
        raise UnsafeFolder(
            translate(
                "store",
                "the folder {path} can be changed by every user of this computer, so it can't hold your orders; choose a folder of your own (for example {example})",
            ).format(path=path, example=path / APP_NAME)
        )


def evidence_name(sha256: object, ext: object) -> str:
    """``ab/ab….ext`` for a stored hash and extension, after checking both are in the form the
    app writes; :class:`UnsafePath` otherwise (the value came from a database that may have
    been tampered with)."""
    if not isinstance(sha256, str) or not SHA256_TEXT.fullmatch(sha256):
        raise UnsafePath(
            translate("store", "an evidence item names its file {sha256}, which is not a SHA-256").format(
                sha256=repr(str(sha256)[:80])
            )
        )
    if not isinstance(ext, str) or ext not in EVIDENCE_EXTENSIONS:
        raise UnsafePath(
            translate(
                "store", "an evidence item has the file extension {ext}, which the app never stores"
            ).format(ext=repr(str(ext)[:20]))
        )
    return f"{sha256[:2]}/{sha256}.{ext}"


def inside(root: Path, relative: str | os.PathLike[str]) -> Path:
    """``root / relative``, resolved (links followed), after checking it lies inside ``root``:
    the one way a path made from stored data becomes a file the app reads or writes.
    :class:`UnsafePath` when it would lead elsewhere ("..", an absolute path, a link out)."""
    base = Path(os.path.realpath(root))
    text = os.fspath(relative)
    if "\x00" in text:
        raise UnsafePath(
            translate("store", "the path {text} holds a NUL character").format(text=repr(text[:80]))
        )
    target = Path(os.path.realpath(base / text))
    if target == base or not target.is_relative_to(base):
        raise UnsafePath(
            translate(
                "store", "the path {text} leads outside the data folder {root}; not touching it"
            ).format(text=repr(text[:80]), root=root)
        )
    return target


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only. Refuses to reuse an existing file
    (``FileExistsError``), so nothing is ever overwritten by accident. The mode is given to
    ``open`` itself so there is no moment in which the file is world-readable."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path, PRIVATE_FILE_MODE)


@dataclass(frozen=True)
class DataDir:
    """The layout of one data dir. Pure paths: nothing is created here."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIRNAME

    @property
    def evidence(self) -> Path:
        """Photos and videos, named by content hash: ``evidence/ab/abcdef….ext``."""
        return self.root / EVIDENCE_DIRNAME

    def inside(self, relative: str | os.PathLike[str]) -> Path:
        """A path under the data dir, checked to stay inside it (see :func:`inside`)."""
        return inside(self.root, relative)

    def evidence_file(self, sha256: object, ext: object) -> Path:
        """The stored evidence file with this hash and extension, both checked first."""
        return self.inside(f"{EVIDENCE_DIRNAME}/{evidence_name(sha256, ext)}")

    def ensure(self) -> DataDir:
        ensure_data_dir(self.root)
        return self

    def ensure_backups(self) -> Path:
        ensure_data_dir(self.root)
        return ensure_data_dir(self.backups)
