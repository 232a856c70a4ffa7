"""Reminders while the app is closed: ``dispute-desk remind`` run every 15 minutes by the system.
The line to install for cron (Linux, macOS) or the Task Scheduler (Windows), and on Linux a
systemd user timer installed and removed on request.

Qt-free; ``systemctl`` is run through a function passed in, so tests watch what would run.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

EVERY_MINUTES = 15
UNIT = "dispute-desk-remind"
TASK_NAME = "Dispute Desk reminders"

Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def run_command(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=30, check=False)


def install_line(command: Sequence[str], platform: str | None = None) -> str:
    """The line that runs ``command`` every 15 minutes: a crontab line, or on Windows the
    ``schtasks`` command that creates the task."""
    platform = platform or sys.platform
    if platform == "win32":
        return (
            f'schtasks /Create /F /SC MINUTE /MO {EVERY_MINUTES} /TN "{TASK_NAME}" '
            f'/TR "{subprocess.list2cmdline(list(command)).replace(chr(34), chr(92) + chr(34))}"'
        )
    return f"*/{EVERY_MINUTES} * * * * {shlex.join(command)}"


def systemd_exec(command: Sequence[str]) -> str:
    """An ``ExecStart=`` value: each word quoted as systemd reads it, ``%`` and ``$`` escaped."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%").replace("$", "$$")
        if arg and not any(c in arg for c in " \t\n\"'\\;"):
            return arg
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return " ".join(quote(arg) for arg in command)


class SystemdTimer:
    """``~/.config/systemd/user/dispute-desk-remind.{service,timer}``, enabled and started."""

    def __init__(self, home: Path, env: Mapping[str, str], run: Runner = run_command) -> None:
        config = env.get("XDG_CONFIG_HOME") or str(home / ".config")
        self.folder = Path(config) / "systemd" / "user"
        self.service = self.folder / f"{UNIT}.service"
        self.timer = self.folder / f"{UNIT}.timer"
        self._run = run

    @staticmethod
    def available(platform: str | None = None) -> bool:
        return (platform or sys.platform).startswith("linux") and shutil.which("systemctl") is not None

    def installed(self) -> bool:
        """The timer's file is there and systemd has it enabled."""
        if not self.timer.exists():
            return False
        return self._systemctl("is-enabled", f"{UNIT}.timer").returncode == 0

    def install(self, command: Sequence[str]) -> None:
        """Write the units, reload systemd, enable and start the timer. ``OSError`` with
        systemctl's words when it refuses (everything written is taken back)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.service.write_text(
            "[Unit]\n"
            "Description=Dispute Desk: deadline reminders\n\n"
            "[Service]\n"
            "Type=oneshot\n"
            f"ExecStart={systemd_exec(command)}\n",
            encoding="utf-8",
        )
        self.timer.write_text(
            "[Unit]\n"
            f"Description=Dispute Desk: deadline reminders every {EVERY_MINUTES} minutes\n\n"
            "[Timer]\n"
            f"OnCalendar=*:0/{EVERY_MINUTES}\n"
            "Persistent=true\n\n"
            "[Install]\n"
            "WantedBy=timers.target\n",
            encoding="utf-8",
        )
        for step in (("daemon-reload",), ("enable", "--now", f"{UNIT}.timer")):
            done = self._systemctl(*step)
            if done.returncode != 0:
                self.remove()
                raise OSError((done.stderr or done.stdout or "systemctl failed").strip())

    def remove(self) -> None:
        """Stop and disable the timer and delete both units."""
        if self.timer.exists():
            self._systemctl("disable", "--now", f"{UNIT}.timer")
        self.timer.unlink(missing_ok=True)
        self.service.unlink(missing_ok=True)
        self._systemctl("daemon-reload")

    def _systemctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        try:
            return self._run(["systemctl", "--user", *args])
        except (OSError, subprocess.SubprocessError) as exc:
            return subprocess.CompletedProcess(["systemctl"], 1, "", str(exc))


def systemd_timer(env: Mapping[str, str] | None = None, run: Runner = run_command) -> SystemdTimer | None:
    """The systemd user timer of this computer, or None where systemd isn't there."""
    if not SystemdTimer.available():
        return None
    return SystemdTimer(Path.home(), os.environ if env is None else env, run)
