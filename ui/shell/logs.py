"""Where the log goes: the per-user log folder of the system, rotated.

Linux ``~/.local/state/dispute-desk/log``, macOS ``~/Library/Logs/dispute-desk``, Windows
``%LOCALAPPDATA%\\dispute-desk\\Logs``. A data folder chosen with ``--data-dir`` or
``DISPUTE_DESK_DATA_DIR`` (a portable install, a test) keeps its log beside it, in ``logs/``, so
two data folders never write into one log and nothing leaks out of a portable folder.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.services import APP_NAME, DataDir, resolve_data_dir

if TYPE_CHECKING:  # logging is imported after the first paint
    import logging

LOG_FILENAME = "dispute-desk.log"
FAULT_FILENAME = "crashes.log"  # where a hard crash (in Qt's C++, say) leaves Python's traceback
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3  # dispute-desk.log.1 … .3: about 4 MB at most


def log_folder(data_dir: DataDir) -> Path:
    if data_dir.root.absolute() != resolve_data_dir(None, {}).absolute():
        return data_dir.root / "logs"
    import platformdirs  # deferred: only for the per-user folder, which start-up may not need

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file(data_dir: DataDir) -> Path:
    return log_folder(data_dir) / LOG_FILENAME


_fault_file: IO[str] | None = None  # kept open for as long as the process runs: faulthandler writes to it


def record_hard_crashes(folder: Path) -> Path:
    """Send the Python traceback of a crash Python can't catch (a segfault in a library) to
    ``crashes.log`` in the log folder, so even that leaves something to report."""
    import faulthandler  # deferred: set up after the first paint, like the rest of the logging

    global _fault_file
    path = folder / FAULT_FILENAME
    if _fault_file is None:
        _fault_file = open(path, "a", encoding="utf-8", opener=private_opener)
        faulthandler.enable(_fault_file)
    return path


def private_opener(path: str, flags: int) -> int:
    """``open(..., opener=private_opener)``: a file the app creates is readable by its owner
    only (the log names orders and file paths); an existing one is made so too."""
    fd = os.open(path, flags, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return fd


def private_log_handler(path: Path, max_bytes: int, backups: int) -> logging.Handler:
    """A rotating log file whose every generation is 0600."""
    from logging.handlers import RotatingFileHandler  # deferred: logging is set up after the first paint

    class PrivateRotatingFileHandler(RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            stream = open(self.baseFilename, self.mode, encoding=self.encoding, opener=private_opener)
            assert isinstance(stream, io.TextIOWrapper)
            return stream

    return PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
