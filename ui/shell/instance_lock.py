"""One running window per data folder, decided by an operating-system file lock.

The lock is taken on a file in the data folder and held for as long as the window is open. The
system drops it when the process ends, however it ends (a crash or ``kill -9`` included), so a
lock is never stale: there is no PID to check and nothing to clean up. Standard library only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_FILENAME = "dispute-desk.lock"


class InstanceLock:
    """``acquire()`` is True when this process now holds the folder's lock, False when another
    process does. ``release()`` (or the end of the process) gives it back."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILENAME
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        if self._file is not None:
            return True
        handle = open(self.path, "a+b")  # held open for as long as the lock is held
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())  # for a person looking; the lock is what counts
        handle.flush()
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is None:
            return
        try:
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
