"""One window per user and data folder. A second launch hands over to the first and quits.

The first launch holds the data folder's lock (:mod:`ui.shell.instance_lock`) and, from its
first paint on, listens on a local socket (``QLocalServer``) named after the user and the
folder. A later launch finds the lock taken, connects, sends one line of JSON (``{"files":
[...], "token": ...}``), waits for ``ok`` and exits: the running window comes to the front and
opens the import preview for the files. The later launch never opens the database, so nothing is
written behind the first one's back. If the first holds the lock but does not answer, the later
launch says so and quits.

A socket left by a killed instance does not block: the lock is the system's (dropped with the
process), and whoever holds it removes any old socket before listening.

Qt-free until it needs Qt: the lock is taken before the start-up reads the data (which may
migrate it), while Qt is still being imported.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app.services import DataDir
from ui.shell.instance_lock import InstanceLock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.shell.single_instance import InstanceServer


def server_name(data_dir: Path, env: Mapping[str, str]) -> str:
    """The local socket's name, one per user and data folder. On Linux a path in the user's
    private runtime folder when there is one (in a Flatpak the per-app folder every instance
    shares), else a name Qt places in the temporary folder (a named pipe on Windows)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    import hashlib  # deferred: loading OpenSSL costs start-up time, and the window serves after its first paint

    folder = os.path.normcase(str(data_dir.resolve()))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    name = f"dispute-desk-{digest}"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        flatpak = env.get("FLATPAK_ID", "")
        base = Path(runtime) / "app" / flatpak if flatpak else Path(runtime)
        if base.is_dir():
            return str(base / f"{name}.sock")
    return name


class WindowClaim:
    """This launch holds the folder: it runs the window and serves later launches."""

    def __init__(self, lock: InstanceLock, root: Path, env: Mapping[str, str], files: Sequence[Path]) -> None:
        self.lock = lock
        self._root = root
        self._env = dict(env)
        self.files = list(files)
        self.server: InstanceServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name (see :func:`server_name`)."""
        return server_name(self._root, self._env)

    def serve(self, window: QWidget) -> None:
        from ui.shell.single_instance import serve  # deferred: Qt is imported once the window claims

        self.server = serve(self.name, window, self.files)

    def __enter__(self) -> WindowClaim:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()


def claim_window(data_dir: DataDir, files: Sequence[Path], env: Mapping[str, str]) -> WindowClaim | int:
    """The window for ``data_dir``: a :class:`WindowClaim` when this launch runs it, else the exit
    code of a launch that handed ``files`` over to the running one (0) or could not (1)."""
    lock = InstanceLock(data_dir.root)
    if lock.acquire():
        return WindowClaim(lock, data_dir.root, env, files)
    name = server_name(data_dir.root, env)
    # Deferred: Qt is loaded only when another window holds the folder and must be told.
    from ui.shell.single_instance import Handover, hand_over, say_not_answering

    if hand_over(name, Handover(files, env.get("XDG_ACTIVATION_TOKEN", ""))):
        return 0
    say_not_answering(data_dir, env)
    return 1
