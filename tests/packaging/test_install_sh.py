"""install.sh on a stand-in of the unpacked app folder: installs per user into HOME, updates in
place, uninstalls everything it added and never the user's data. (The real archive goes through
the same steps in packaging/smoke.py, which CI runs on the built app.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import APP_ID
from tests.packaging.helpers import PACKAGING, ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")


def _fake_app(folder: Path, version: str) -> Path:
    """The archive's layout with a shell script for the executable."""
    app = folder / "dispute-desk"
    (app / "_internal").mkdir(parents=True)
    exe = app / "dispute-desk"
    exe.write_text(f"#!/bin/sh\necho dispute-desk {version}\n", encoding="utf-8")
    exe.chmod(0o755)
    shutil.copy2(PACKAGING / "linux" / "install.sh", app / "install.sh")
    for source, target in (
        (PACKAGING / "linux" / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        (
            ROOT / "resources" / "icons" / "dispute-desk.svg",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        ),
    ):
        (app / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, app / target)
    return app


def _sh(script: Path, *args: str, home: Path | None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin"} | ({"HOME": str(home)} if home else {})
    return subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True, check=False)


def test_install_update_and_uninstall_in_a_bare_environment(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    first = _fake_app(tmp_path / "v1", "0.1.0")
    done = _sh(first / "install.sh", home=home)
    assert done.returncode == 0, done.stderr
    assert "not on your PATH" in done.stdout and "--uninstall" in done.stdout

    program = home / ".local" / "lib" / "dispute-desk"
    link = home / ".local" / "bin" / "dispute-desk"
    share = home / ".local" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert os.readlink(link) == str(program / "dispute-desk")
    assert subprocess.run([link], capture_output=True, text=True).stdout.strip() == "dispute-desk 0.1.0"
    assert f'Exec="{program}/dispute-desk" %F' in desktop.read_text(encoding="utf-8")
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True).returncode == 0

    # the downloaded folder can go: the app runs from its own copy; a newer one replaces it
    shutil.rmtree(first)
    second = _fake_app(tmp_path / "v2", "0.2.0")
    assert _sh(second / "install.sh", home=home).returncode == 0
    assert subprocess.run([link], capture_output=True, text=True).stdout.strip() == "dispute-desk 0.2.0"

    data = share / "dispute-desk"
    data.mkdir()
    (data / "dispute-desk.sqlite3").write_text("orders", encoding="utf-8")
    done = _sh(program / "install.sh", "--uninstall", home=home)
    assert done.returncode == 0, done.stderr
    assert str(data) in done.stdout
    assert not link.exists() and not link.is_symlink() and not program.exists() and not desktop.exists()
    assert (data / "dispute-desk.sqlite3").read_text(encoding="utf-8") == "orders"


def test_install_refuses_without_home_or_outside_the_app_folder(tmp_path: Path) -> None:
    app = _fake_app(tmp_path, "0.1.0")
    done = _sh(app / "install.sh", home=None)
    assert done.returncode == 2 and "HOME is not set" in done.stderr
    stray = tmp_path / "elsewhere"
    stray.mkdir()
    shutil.copy2(app / "install.sh", stray / "install.sh")
    done = _sh(stray / "install.sh", home=tmp_path)
    assert done.returncode == 2 and "unpacked dispute-desk folder" in done.stderr
    assert _sh(app / "install.sh", "--bogus", home=tmp_path).returncode == 2
