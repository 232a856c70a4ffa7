"""Where the log goes: the per-user log folder of the system, rotated.

Linux ``~/.local/state/dispute-desk/log``, macOS ``~/Library/Logs/dispute-desk``, Windows
``%LOCALAPPDATA%\\dispute-desk\\Logs``. A data folder chosen with ``--data-dir`` or
``DISPUTE_DESK_DATA_DIR`` (a portable install, a test) keeps its log beside it, in ``logs/``, so
two data folders never write into one log and nothing leaks out of a portable folder.
"""

from __future__ import annotations

from pathlib import Path

from app.store.paths import APP_NAME, DataDir, resolve_data_dir

LOG_FILENAME = "dispute-desk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3  # dispute-desk.log.1 … .3: about 4 MB at most


def log_folder(data_dir: DataDir) -> Path:
    if data_dir.root.absolute() != resolve_data_dir(None, {}).absolute():
        return data_dir.root / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file(data_dir: DataDir) -> Path:
    return log_folder(data_dir) / LOG_FILENAME
