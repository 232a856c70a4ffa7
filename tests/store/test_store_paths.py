"""Where the data dir is, and that it is private."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from app.store.paths import DATABASE_FILENAME, DataDir, UnsafeFolder, ensure_data_dir, resolve_data_dir

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_explicit_dir_wins_over_environment(tmp_path: Path) -> None:
    env = {"DISPUTE_DESK_DATA_DIR": str(tmp_path / "from-env")}
    assert resolve_data_dir(tmp_path / "explicit", env) == tmp_path / "explicit"
    assert resolve_data_dir(str(tmp_path / "explicit"), env) == tmp_path / "explicit"


def test_environment_is_used_without_explicit_dir(tmp_path: Path) -> None:
    env = {"DISPUTE_DESK_DATA_DIR": str(tmp_path / "from-env")}
    assert resolve_data_dir(None, env) == tmp_path / "from-env"


def test_platform_dir_is_the_default() -> None:
    expected = Path(platformdirs.user_data_dir("dispute-desk", appauthor=False))
    assert resolve_data_dir(None, {}) == expected
    assert resolve_data_dir(None, {"DISPUTE_DESK_DATA_DIR": ""}) == expected


def test_home_is_expanded() -> None:
    assert resolve_data_dir("~/dd", {}) == Path.home() / "dd"
    assert resolve_data_dir(None, {"DISPUTE_DESK_DATA_DIR": "~/dd"}) == Path.home() / "dd"


def test_layout() -> None:
    layout = DataDir(Path("/somewhere"))
    assert (
        layout.database == Path("/somewhere") / DATABASE_FILENAME == Path("/somewhere/dispute-desk.sqlite3")
    )
    assert layout.backups == Path("/somewhere/backups")


@posix_only
def test_ensure_creates_nested_private_dir(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert ensure_data_dir(target) == target
    assert target.is_dir()
    assert mode(target) == 0o700


@posix_only
def test_ensure_leaves_the_mode_of_a_folder_it_did_not_create(tmp_path: Path) -> None:
    target = tmp_path / "loose"
    target.mkdir(mode=0o755)
    os.chmod(target, 0o755)
    ensure_data_dir(target)
    assert mode(target) == 0o755


@posix_only
def test_a_world_writable_folder_is_refused_untouched(tmp_path: Path, make_cli: Any) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with pytest.raises(UnsafeFolder, match="every user of this computer"):
        ensure_data_dir(shared)
    cli = make_cli(shared)
    message = cli.refused("orders")
    assert "every user of this computer" in message
    assert mode(shared) == 0o1777 and list(shared.iterdir()) == []
