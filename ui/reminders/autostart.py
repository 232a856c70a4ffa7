"""Starting Dispute Desk at login, the way each system does it: an XDG autostart entry on Linux
(``~/.config/autostart``), a LaunchAgent on macOS (``~/Library/LaunchAgents``), the per-user
Run key on Windows (``HKCU\\...\\CurrentVersion\\Run``). The entry starts the app with
``--autostart``: into the tray, or minimised where there is none.

:meth:`Autostart.installed` reads what is really there (an entry the desktop's own settings
switched off counts as off), and :meth:`Autostart.remove` leaves nothing behind. Qt-free; the
places are passed in, so tests write into a temporary home and a stand-in registry.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from app import APP_ID

AUTOSTART = "--autostart"  # the login launch (ui/shell/launch_args.py reads it; a test checks they agree)

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's "Startup apps" switch: a value here whose first byte is odd means disabled.
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE = "Dispute Desk"


def app_command(data_dir: Path | None = None) -> list[str]:
    """How to start this very app: the packaged executable when frozen, else this Python with
    ``-m ui``; with ``--data-dir`` when the app runs on a folder of its own."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "ui"]
    return program + (["--data-dir", str(data_dir)] if data_dir is not None else [])


class Autostart(Protocol):
    def installed(self) -> bool: ...

    def install(self, command: Sequence[str]) -> None: ...

    def remove(self) -> None: ...

    def where(self) -> str: ...


# -- Linux: XDG autostart ---------------------------------------------------------------------------


def desktop_exec(command: Sequence[str]) -> str:
    """A desktop entry's ``Exec`` value (quoting as the Desktop Entry Specification says)."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(arg) for arg in command)


class XdgAutostart:
    def __init__(self, home: Path, env: Mapping[str, str]) -> None:
        config = env.get("XDG_CONFIG_HOME") or str(home / ".config")
        self.path = Path(config) / "autostart" / f"{APP_ID}.desktop"

    def installed(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        keys = dict(
            line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
        )
        return (
            keys.get("Hidden", "false").strip().lower() != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true").strip().lower() != "false"
            and AUTOSTART in keys.get("Exec", "")
        )

    def install(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entry = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Dispute Desk\n"
            "Comment=Reminds you of your orders' deadlines\n"
            f"Exec={desktop_exec([*command, AUTOSTART])}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        partial = self.path.with_name(f".{self.path.name}.partial")
        partial.write_text(entry, encoding="utf-8")
        os.replace(partial, self.path)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    def where(self) -> str:
        return str(self.path)


# -- macOS: a LaunchAgent ---------------------------------------------------------------------------


class LaunchAgent:
    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def installed(self) -> bool:
        try:
            with self.path.open("rb") as handle:
                agent = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("Label") == APP_ID
            and not agent.get("Disabled", False)
            and AUTOSTART in agent.get("ProgramArguments", [])
        )

    def install(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        agent = {
            "Label": APP_ID,
            "ProgramArguments": [*command, AUTOSTART],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        partial = self.path.with_name(f".{self.path.name}.partial")
        with partial.open("wb") as handle:
            plistlib.dump(agent, handle)
        os.replace(partial, self.path)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    def where(self) -> str:
        return str(self.path)


# -- Windows: the per-user Run key ------------------------------------------------------------------


class WindowsRunKey:
    """``winreg`` is passed in (the real module on Windows, a stand-in in tests)."""

    def __init__(self, winreg: Any) -> None:
        self._reg = winreg

    def _read(self, key_path: str) -> Any:
        try:
            with self._reg.OpenKey(self._reg.HKEY_CURRENT_USER, key_path) as key:
                value, _kind = self._reg.QueryValueEx(key, RUN_VALUE)
                return value
        except OSError:  # FileNotFoundError: no such key or value
            return None

    def installed(self) -> bool:
        command = self._read(RUN_KEY)
        if not isinstance(command, str) or AUTOSTART not in command:
            return False
        approved = self._read(APPROVED_KEY)
        return not (isinstance(approved, bytes | bytearray) and approved and approved[0] % 2 == 1)

    def install(self, command: Sequence[str]) -> None:
        with self._reg.CreateKey(self._reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            self._reg.SetValueEx(
                key, RUN_VALUE, 0, self._reg.REG_SZ, subprocess.list2cmdline([*command, AUTOSTART])
            )
        self._delete(APPROVED_KEY)  # switched off in Task Manager before: on again, as asked

    def remove(self) -> None:
        self._delete(RUN_KEY)
        self._delete(APPROVED_KEY)

    def _delete(self, key_path: str) -> None:
        try:
            with self._reg.OpenKey(self._reg.HKEY_CURRENT_USER, key_path, 0, self._reg.KEY_SET_VALUE) as key:
                self._reg.DeleteValue(key, RUN_VALUE)
        except OSError:
            pass  # nothing there

    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}"


def for_this_system(
    platform: str | None = None,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    winreg: Any = None,
) -> Autostart | None:
    """The way this system starts apps at login; None where there is none we know."""
    platform = platform or sys.platform
    home = home or Path.home()
    env = os.environ if env is None else env
    if platform.startswith("linux") or "bsd" in platform:
        return XdgAutostart(home, env)
    if platform == "darwin":
        return LaunchAgent(home)
    if platform == "win32":
        if winreg is None:
            import winreg as windows_registry  # deferred: exists on Windows only

            winreg = windows_registry
        return WindowsRunKey(winreg)
    return None
