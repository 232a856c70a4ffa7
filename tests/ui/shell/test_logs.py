"""The log lives in the per-user log folder (beside a chosen data folder instead), and a hard
crash leaves its traceback there too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from app.services import DataDir, resolve_data_dir
from ui.shell.logs import FAULT_FILENAME, LOG_FILENAME, log_file, log_folder

ROOT = Path(__file__).resolve().parents[3]


def test_the_default_data_folder_logs_to_the_users_log_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPUTE_DESK_DATA_DIR", raising=False)
    default = DataDir(resolve_data_dir(None, {}))
    assert log_folder(default) == Path(platformdirs.user_log_dir("dispute-desk", appauthor=False))
    assert log_file(default).name == LOG_FILENAME


def test_a_chosen_data_folder_keeps_its_log_beside_it(tmp_path: Path) -> None:
    assert log_folder(DataDir(tmp_path)) == tmp_path / "logs"


@pytest.mark.skipif(sys.platform == "win32", reason="the child crashes with SIGSEGV")
def test_a_hard_crash_leaves_its_traceback_in_the_log_folder(tmp_path: Path) -> None:
    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from app.services import DataDir\n"
        "from ui.shell.application import setup_logging\n"
        "setup_logging(DataDir(Path(sys.argv[1])))\n"
        "faulthandler._sigsegv()\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode != 0
    assert "Fatal Python error" in (tmp_path / "logs" / FAULT_FILENAME).read_text(encoding="utf-8")
