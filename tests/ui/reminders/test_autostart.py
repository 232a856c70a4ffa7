"""Start at login, in each system's format, in a temporary home: written with the app's command
and ``--autostart``, read back as it really is (switched off by the desktop = off), removed
without a trace. And the systemd user timer and the line to install for cron or schtasks."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app import APP_ID
from ui.reminders.autostart import (
    APPROVED_KEY,
    AUTOSTART,
    RUN_KEY,
    RUN_VALUE,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    app_command,
    desktop_exec,
    for_this_system,
)
from ui.reminders.schedule import SystemdTimer, install_line, systemd_exec
from ui.shell import launch_args
from ui.shell.launch_args import gui_launch

COMMAND = ["/opt/Dispute Desk/dispute-desk", "--data-dir", "/home/ana/My Orders"]


def test_the_command_is_this_app_frozen_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_command() == [sys.executable, "-m", "ui"]
    assert app_command(Path("/data")) == [sys.executable, "-m", "ui", "--data-dir", "/data"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app_command() == [sys.executable]


def test_the_login_launch_opens_the_window_hidden() -> None:
    assert AUTOSTART == launch_args.AUTOSTART
    launch = gui_launch(["--data-dir", "/data", "--autostart"])
    assert launch is not None and launch.autostart and launch.data_dir == "/data"
    assert gui_launch(["--autostart", "--autostart"]) is None


# -- Linux ---------------------------------------------------------------------------------------


def test_xdg_entry_is_written_read_and_removed(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, {})
    assert autostart.where() == str(tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop")
    assert not autostart.installed()
    autostart.install(COMMAND)
    assert autostart.installed()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(autostart.where(), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == APP_ID
    assert section["Exec"] == '"/opt/Dispute Desk/dispute-desk" --data-dir "/home/ana/My Orders" --autostart'
    assert shlex.split(section["Exec"]) == [*COMMAND, "--autostart"]
    autostart.remove()
    assert not autostart.installed()
    assert list((tmp_path / ".config" / "autostart").iterdir()) == []
    autostart.remove()  # removing twice is fine


def test_xdg_entry_switched_off_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    autostart.install(COMMAND)
    path = Path(autostart.where())
    assert path.parent == tmp_path / "cfg" / "autostart"
    path.write_text(
        path.read_text().replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false")
    )
    assert not autostart.installed()
    autostart.install(COMMAND)
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart.installed()


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert desktop_exec(["/usr/bin/app", "--autostart"]) == "/usr/bin/app --autostart"
    assert desktop_exec(['a "b"', "50%", "$HOME"]) == '"a \\"b\\"" 50%% "\\$HOME"'


# -- macOS ---------------------------------------------------------------------------------------


def test_launch_agent_is_written_read_and_removed(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path)
    assert agent.where() == str(tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist")
    assert not agent.installed()
    agent.install(COMMAND)
    with open(agent.where(), "rb") as handle:
        plist = plistlib.load(handle)
    assert plist == {
        "Label": APP_ID,
        "ProgramArguments": [*COMMAND, "--autostart"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert agent.installed()
    plist["Disabled"] = True
    with open(agent.where(), "wb") as handle:
        plistlib.dump(plist, handle)
    assert not agent.installed()
    agent.remove()
    assert list((tmp_path / "Library" / "LaunchAgents").iterdir()) == []
    Path(agent.where()).write_text("not a plist")
    assert not agent.installed()


# -- Windows -------------------------------------------------------------------------------------


class FakeRegistry:
    """Enough of ``winreg`` for the Run key: keys of named values under HKEY_CURRENT_USER."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}

    @contextmanager
    def OpenKey(self, root: str, path: str, reserved: int = 0, access: int = 1) -> Iterator[str]:
        if path not in self.keys:
            raise FileNotFoundError(path)
        yield path

    @contextmanager
    def CreateKey(self, root: str, path: str) -> Iterator[str]:
        self.keys.setdefault(path, {})
        yield path

    def QueryValueEx(self, key: str, name: str) -> tuple[Any, int]:
        if name not in self.keys[key]:
            raise FileNotFoundError(name)
        return self.keys[key][name]

    def SetValueEx(self, key: str, name: str, reserved: int, kind: int, value: Any) -> None:
        self.keys[key][name] = (value, kind)

    def DeleteValue(self, key: str, name: str) -> None:
        if name not in self.keys[key]:
            raise FileNotFoundError(name)
        del self.keys[key][name]


def test_run_key_is_written_read_and_removed() -> None:
    registry = FakeRegistry()
    run_key = WindowsRunKey(registry)
    assert not run_key.installed()
    command = [r"C:\Program Files\Dispute Desk\dispute-desk.exe", "--data-dir", r"D:\My Orders"]
    run_key.install(command)
    value, kind = registry.keys[RUN_KEY][RUN_VALUE]
    assert kind == registry.REG_SZ
    assert value == r'"C:\Program Files\Dispute Desk\dispute-desk.exe" --data-dir "D:\My Orders" --autostart'
    assert run_key.installed()
    assert run_key.where() == rf"HKEY_CURRENT_USER\{RUN_KEY}"
    run_key.remove()
    assert not run_key.installed() and registry.keys[RUN_KEY] == {}


def test_run_key_switched_off_in_task_manager_counts_as_off_and_install_turns_it_on() -> None:
    registry = FakeRegistry()
    run_key = WindowsRunKey(registry)
    run_key.install([r"C:\dd.exe"])
    with registry.CreateKey(registry.HKEY_CURRENT_USER, APPROVED_KEY) as key:
        registry.SetValueEx(key, RUN_VALUE, 0, registry.REG_BINARY, b"\x03" + bytes(11))
    assert not run_key.installed()
    run_key.install([r"C:\dd.exe"])
    assert run_key.installed() and RUN_VALUE not in registry.keys[APPROVED_KEY]
    with registry.CreateKey(registry.HKEY_CURRENT_USER, APPROVED_KEY) as key:
        registry.SetValueEx(key, RUN_VALUE, 0, registry.REG_BINARY, b"\x02" + bytes(11))
    assert run_key.installed()  # 02: switched on
    run_key.remove()
    assert registry.keys[APPROVED_KEY] == {} and registry.keys[RUN_KEY] == {}


def test_each_system_gets_its_own_way(tmp_path: Path) -> None:
    assert isinstance(for_this_system("linux", tmp_path, {}), XdgAutostart)
    assert isinstance(for_this_system("darwin", tmp_path, {}), LaunchAgent)
    assert isinstance(for_this_system("win32", tmp_path, {}, FakeRegistry()), WindowsRunKey)
    assert for_this_system("emscripten", tmp_path, {}) is None


# -- while the app is closed: cron, schtasks, a systemd timer -------------------------------------


def test_the_line_to_install() -> None:
    command = ["/opt/Dispute Desk/dispute-desk", "remind"]
    assert install_line(command, "linux") == "*/15 * * * * '/opt/Dispute Desk/dispute-desk' remind"
    assert install_line(command, "darwin").startswith("*/15 * * * * ")
    assert install_line([r"C:\Program Files\DD\dispute-desk.exe", "remind"], "win32") == (
        'schtasks /Create /F /SC MINUTE /MO 15 /TN "Dispute Desk reminders" '
        '/TR "\\"C:\\Program Files\\DD\\dispute-desk.exe\\" remind"'
    )


class FakeSystemctl:
    def __init__(self, fail: str = "") -> None:
        self.calls: list[list[str]] = []
        self.enabled = False
        self.fail = fail

    def __call__(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(args)
        verb = args[2]
        if verb == self.fail:
            return subprocess.CompletedProcess(args, 1, "", "Failed to connect to bus: No medium found")
        if verb == "enable":
            self.enabled = True
        elif verb == "disable":
            self.enabled = False
        elif verb == "is-enabled":
            return subprocess.CompletedProcess(args, 0 if self.enabled else 1, "", "")
        return subprocess.CompletedProcess(args, 0, "", "")


def test_systemd_timer_is_installed_enabled_and_removed(tmp_path: Path) -> None:
    systemctl = FakeSystemctl()
    timer = SystemdTimer(tmp_path, {}, systemctl)
    assert not timer.installed()
    timer.install(["/opt/Dispute Desk/dispute-desk", "--data-dir", "/data/50%", "remind"])
    units = tmp_path / ".config" / "systemd" / "user"
    service = (units / "dispute-desk-remind.service").read_text()
    assert 'ExecStart="/opt/Dispute Desk/dispute-desk" --data-dir /data/50%% remind' in service
    assert "Type=oneshot" in service
    timer_text = (units / "dispute-desk-remind.timer").read_text()
    assert "OnCalendar=*:0/15" in timer_text and "Persistent=true" in timer_text
    assert "WantedBy=timers.target" in timer_text
    assert systemctl.calls[:2] == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", "dispute-desk-remind.timer"],
    ]
    assert timer.installed()
    timer.remove()
    assert not timer.installed() and list(units.iterdir()) == []
    assert ["systemctl", "--user", "disable", "--now", "dispute-desk-remind.timer"] in systemctl.calls


def test_a_refused_timer_leaves_nothing_behind(tmp_path: Path) -> None:
    timer = SystemdTimer(tmp_path, {}, FakeSystemctl(fail="enable"))
    with pytest.raises(OSError, match="No medium found"):
        timer.install(["dispute-desk", "remind"])
    assert list((tmp_path / ".config" / "systemd" / "user").iterdir()) == []


def test_systemd_quoting() -> None:
    assert systemd_exec(["/usr/bin/dd", "remind"]) == "/usr/bin/dd remind"
    assert systemd_exec(['a "b"', "$X"]) == '"a \\"b\\"" $$X'


# -- the command line's way to the desktop ---------------------------------------------------------


def test_the_command_line_prints_when_there_is_no_desktop(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui.reminders import desktop, freedesktop

    monkeypatch.setattr(sys, "platform", "linux")
    assert freedesktop.session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None  # no bus socket there
    assert desktop.notify_from_command_line([object()], {"XDG_RUNTIME_DIR": str(tmp_path)}) is False
    (tmp_path / "bus").touch()
    assert freedesktop.session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"
    assert freedesktop.session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert freedesktop.session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) is None
    assert desktop.notify_from_command_line([object()], {"QT_QPA_PLATFORM": "offscreen"}) is False
