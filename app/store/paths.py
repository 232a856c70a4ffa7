"""Where the data lives: the data dir, the database file, the evidence and backups folders.

Standard library plus platformdirs only, so the start-up path can find the file without
importing SQLAlchemy. Everything under the data dir is private to the user: directories are
0700 and files 0600 on POSIX (Windows relies on the per-user profile ACLs instead).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "dispute-desk"
DATA_DIR_ENV = "DISPUTE_DESK_DATA_DIR"
DATABASE_FILENAME = "dispute-desk.sqlite3"
BACKUPS_DIRNAME = "backups"
EVIDENCE_DIRNAME = "evidence"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

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


def ensure_data_dir(path: Path) -> Path:
    """Create the data dir (and parents) if needed and make it 0700, even if it existed with
    looser permissions: it holds the buyer's orders, payment methods and evidence."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    make_private(path, PRIVATE_DIR_MODE)
    return path


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

    def ensure(self) -> DataDir:
        ensure_data_dir(self.root)
        return self

    def ensure_backups(self) -> Path:
        ensure_data_dir(self.root)
        return ensure_data_dir(self.backups)
