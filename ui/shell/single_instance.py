"""The Qt side of one window per data folder (the rule is in :mod:`ui.shell.window_claim`): the
running window's ``QLocalServer``, a later launch's handover over ``QLocalSocket`` (one line of
JSON, answered with ``ok``), bringing the window forward, and macOS's file-open events."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services import DataDir
from ui.common.language import ensure_language
from ui.files.import_actions import droppable

HANDOVER_TIMEOUT_S = 8.0  # the first may still be starting (it listens right after its first paint)
_REPLY = b"ok\n"


class Handover:
    """What a later launch tells the running one."""

    def __init__(self, files: Sequence[Path], token: str = "") -> None:
        self.files = [Path(f).resolve() for f in files]
        self.token = token  # a Wayland activation token, so the compositor lets the window forward

    def encode(self) -> bytes:
        document = {"files": [str(f) for f in self.files], "token": self.token}
        return json.dumps(document).encode("utf-8") + b"\n"

    @staticmethod
    def decode(line: bytes) -> Handover:
        document = json.loads(line.decode("utf-8"))
        if not isinstance(document, dict):
            raise ValueError("a handover is a JSON object")
        files = document.get("files", [])
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ValueError("files must be a list of paths")
        return Handover([Path(f) for f in files], str(document.get("token", "")))


def hand_over(name: str, handover: Handover, timeout_s: float | None = None) -> bool:
    """Give ``handover`` to the instance listening on ``name``; True once it answered."""
    _allow_foreground_window()
    deadline = time.monotonic() + (HANDOVER_TIMEOUT_S if timeout_s is None else timeout_s)
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(handover.encode())
            socket.waitForBytesWritten(2000)
            reply = b""
            while _REPLY not in reply and socket.waitForReadyRead(2000):
                reply += bytes(socket.readAll().data())
            socket.disconnectFromServer()
            if reply.startswith(_REPLY):
                return True
        time.sleep(0.15)
    return False


def _allow_foreground_window() -> None:
    """Windows lets only the foreground process bring a window forward: this launch, which the
    user just started, passes that right on to the running one."""
    if sys.platform == "win32":
        import ctypes  # Windows only

        asfw_any = 0xFFFFFFFF
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


class InstanceServer(QObject):
    """The running instance's end: emits ``handed_over`` for each later launch."""

    handed_over = Signal(object)  # a Handover

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a socket file left by a killed instance
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def error_text(self) -> str:
        return str(self._server.errorString())

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            _Connection(socket, self)


class _Connection(QObject):
    """One later launch's message, read as it arrives; a child of its socket, so both go together."""

    def __init__(self, socket: QObject, server: InstanceServer) -> None:
        super().__init__(socket)
        self._socket = socket
        self._server = server
        self._buffer = b""
        socket.readyRead.connect(self._read)  # type: ignore[attr-defined]
        socket.disconnected.connect(socket.deleteLater)  # type: ignore[attr-defined]

    @Slot()
    def _read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())  # type: ignore[attr-defined]
        if b"\n" not in self._buffer:
            if len(self._buffer) > 1_000_000:
                self._socket.abort()  # type: ignore[attr-defined]
            return
        line = self._buffer.split(b"\n", 1)[0]
        try:
            handover = Handover.decode(line)
        except (ValueError, UnicodeDecodeError):
            self._socket.abort()  # type: ignore[attr-defined]
            return
        self._socket.write(_REPLY)  # type: ignore[attr-defined]
        self._socket.flush()  # type: ignore[attr-defined]
        self._server.handed_over.emit(handover)


class FileOpenFilter(QObject):
    """macOS opens documents with an event to the running app (Finder's "Open with", a drop on
    the Dock icon) instead of starting it again: those files take the same way."""

    opened = Signal(object)  # a Handover

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.opened.emit(Handover([Path(path)]))
                return True
        return super().eventFilter(watched, event)


class _WindowReceiver(QObject):
    """Brings the window to the front and opens the import preview for the files handed over."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    @Slot(object)
    def receive(self, handover: Handover) -> None:
        bring_to_front(self._window, handover.token)
        files = droppable(handover.files)
        if files:
            self._window.imports.import_files(files)  # type: ignore[attr-defined]


def bring_to_front(window: QWidget, token: str = "") -> None:
    if token:  # Qt's Wayland plugin hands this token to the compositor on activation
        os.environ["XDG_ACTIVATION_TOKEN"] = token
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def serve(name: str, window: QWidget, files: Sequence[Path]) -> InstanceServer:
    """Listen for later launches and route them, the ``files`` this launch was given and macOS
    file-open events to ``window`` (a main window with ``imports``). Called after the first paint."""
    receiver = _WindowReceiver(window)
    server = InstanceServer(name, window)
    server.handed_over.connect(receiver.receive)
    if not server.listen():
        logging.getLogger("dispute_desk").warning("cannot listen on %s: %s", name, server.error_text())
    app = QCoreApplication.instance()
    if app is not None:
        file_filter = FileOpenFilter(window)
        file_filter.opened.connect(receiver.receive)
        app.installEventFilter(file_filter)
    if files:
        receiver.receive(Handover(files))
    return server


def say_not_answering(data_dir: DataDir, env: Mapping[str, str]) -> None:
    app = None
    if env.get("QT_QPA_PLATFORM") != "offscreen":  # else nobody would see a dialog
        app = QApplication.instance() or QApplication(sys.argv[:1])
        ensure_language(app, env)
    text = QCoreApplication.translate(
        "SingleInstance",
        "Dispute Desk is already open with the data folder {folder}, but it does not answer.\n\n"
        "Switch to it, or close it (if it hangs, end it in your system's task manager) and start "
        "Dispute Desk again.",
    ).format(folder=data_dir.root)
    print(f"dispute-desk: {' '.join(text.split())}", file=sys.stderr)
    if app is None:
        return
    QMessageBox.warning(None, QCoreApplication.translate("SingleInstance", "Dispute Desk"), text)
    del app
