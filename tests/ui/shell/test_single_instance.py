"""One window per data folder: a second launch (a real second process) hands its file to the
first and quits; a socket left by a killed instance does not block the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services import DataDir
from app.services.orders import OrderService
from tests.ui.windows import layout_settings, open_window
from ui.shell import single_instance
from ui.shell.instance_lock import InstanceLock
from ui.shell.main_window import MainWindow
from ui.shell.window_claim import WindowClaim, claim_window, server_name

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the child processes use POSIX signals")


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PYTHONPATH": str(ROOT)}


def _launch(data: Path, *args: str | Path, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ui", "--data-dir", str(data), *[str(a) for a in args]],
        cwd=ROOT,
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def window(qtbot: QtBot, service: OrderService, clock: FrozenClock, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, service, clock, layout_settings(tmp_path))


def _claim(data_dir: DataDir) -> WindowClaim:
    claim = claim_window(data_dir, [], dict(os.environ))
    assert isinstance(claim, WindowClaim)
    return claim


def _wait_for_exit(qtbot: QtBot, child: subprocess.Popen[str], timeout_ms: int = 30_000) -> int:
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=timeout_ms)  # our event loop answers it
    return int(child.returncode)


def test_the_lock_is_held_by_one_holder_at_a_time(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_a_second_launch_brings_the_window_forward_and_opens_the_import_preview_for_its_file(
    qtbot: QtBot, window: MainWindow, service: OrderService, tmp_path: Path
) -> None:
    data_dir = DataDir(service.store.data_dir.root)
    orders_file = tmp_path / "orders.csv"
    orders_file.write_text("Order ID,Store\n8123456789012345,Shop\n", encoding="utf-8")
    with _claim(data_dir) as claim:
        claim.serve(window)
        window.showMinimized()

        second = _launch(data_dir.root, orders_file, home=tmp_path)
        assert _wait_for_exit(qtbot, second) == 0, second.stderr.read() if second.stderr else ""

        dialog = window.imports.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog._paths == [orders_file.resolve()]
        assert not window.isMinimized()
        dialog.close()


def test_a_second_launch_never_opens_the_database(
    qtbot: QtBot, window: MainWindow, service: OrderService, tmp_path: Path
) -> None:
    """It hands over and quits before reading the data (which might migrate it)."""
    data_dir = DataDir(service.store.data_dir.root)
    with _claim(data_dir) as claim:
        claim.serve(window)
        probe = (
            "import sys\n"
            "import ui.shell.application\n"
            "def refuse(*args):\n"
            "    raise AssertionError('the second launch read the data')\n"
            "ui.shell.application.open_data = refuse\n"
            "from ui.entry import main\n"
            "code = main(['--data-dir', sys.argv[1]])\n"
            "print(code, sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'app.services.orders'))))\n"
        )
        child = subprocess.Popen(
            [sys.executable, "-c", probe, str(data_dir.root)],
            cwd=ROOT,
            env=_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert _wait_for_exit(qtbot, child) == 0
        assert child.stdout is not None
        assert child.stdout.read().strip() == "0 []"


def test_a_socket_left_by_a_killed_instance_does_not_block_the_next_start(
    qtbot: QtBot, window: MainWindow, service: OrderService, tmp_path: Path
) -> None:
    data_dir = DataDir(service.store.data_dir.root)
    first = _launch(data_dir.root, home=tmp_path)
    name = server_name(data_dir.root, dict(os.environ))
    try:
        from PySide6.QtNetwork import QLocalSocket

        def listening() -> bool:
            socket = QLocalSocket()
            socket.connectToServer(name)
            up = socket.waitForConnected(200)
            socket.abort()
            return up

        qtbot.waitUntil(listening, timeout=30_000)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    if not name.startswith("/"):
        name_path = Path(os.environ.get("TMPDIR", "/tmp")) / name
    else:
        name_path = Path(name)
    assert name_path.exists(), "a killed instance leaves its socket file behind"

    with _claim(data_dir) as claim:  # the lock went with the killed process
        claim.serve(window)
        assert claim.server is not None
        orders_file = tmp_path / "more.csv"
        orders_file.write_text("Order ID\n1\n", encoding="utf-8")
        third = _launch(data_dir.root, orders_file, home=tmp_path)
        assert _wait_for_exit(qtbot, third) == 0
        assert window.imports.dialog is not None
        assert window.imports.dialog._paths == [orders_file.resolve()]
        window.imports.dialog.close()


def test_a_first_instance_that_does_not_answer_is_reported_and_nothing_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = DataDir(tmp_path / "data").ensure()
    holder = InstanceLock(data_dir.root)  # holds the folder but never listens, like a hung window
    assert holder.acquire()
    try:
        monkeypatch.setattr(single_instance, "HANDOVER_TIMEOUT_S", 0.5)
        started = time.monotonic()
        code = claim_window(data_dir, [], {"QT_QPA_PLATFORM": "offscreen"})
        assert code == 1
        assert time.monotonic() - started < 5
        assert "already open with the data folder" in capsys.readouterr().err
        assert not data_dir.database.exists()
    finally:
        holder.release()


def test_the_socket_name_is_per_user_and_per_data_folder(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert server_name(one, {}) != server_name(two, {})
    assert server_name(one, {}) == server_name(tmp_path / "x" / ".." / "one", {})


@pytest.mark.parametrize("line", [b"[]", b"not json", b'{"files": "a.csv"}', b'{"files": [1]}', b"\xff\xfe"])
def test_a_handover_that_is_not_ours_is_refused(line: bytes) -> None:
    with pytest.raises(ValueError):
        single_instance.Handover.decode(line)


def test_a_handover_round_trips(tmp_path: Path) -> None:
    sent = single_instance.Handover([tmp_path / "a.eml"], token="t-1")
    got = single_instance.Handover.decode(sent.encode().rstrip(b"\n"))
    assert (got.files, got.token) == ([tmp_path / "a.eml"], "t-1")
