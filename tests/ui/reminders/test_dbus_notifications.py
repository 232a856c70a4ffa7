"""Notifications over D-Bus, end to end on a private session bus (``dbus-run-session``) with a
stand-in notification service as strict as GNOME Shell's: the ``remind`` command's notification
arrives with the app's desktop entry and goes to print when no service answers; the window's
arrives with an "open" action whose click opens the order."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="D-Bus notifications are Linux's"
)


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    runner = shutil.which("dbus-run-session")
    assert runner, "dbus-run-session is missing: install Debian's dbus package (.ci/run does)"
    work = tmp_path_factory.mktemp("dbus")
    env = {key: value for key, value in os.environ.items() if key != "DBUS_SESSION_BUS_ADDRESS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TZ"] = "Europe/Berlin"
    done = subprocess.run(
        [runner, "--", sys.executable, str(HERE / "dbus_scenario.py"), str(work)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_scenario_ran_on_a_private_bus(outcome: dict[str, Any]) -> None:
    assert outcome["bus"].startswith("unix:") and outcome["bus"] != os.environ.get("DBUS_SESSION_BUS_ADDRESS")


def test_the_remind_command_sends_a_notification(outcome: dict[str, Any]) -> None:
    cli = outcome["cli"]
    assert (cli["code"], cli["output"]) == (0, "1 reminder shown on the desktop\n")
    [sent] = cli["sent"]
    assert sent["app"] == "Dispute Desk"
    assert sent["summary"] == "Seller must ship in 20 hours"
    assert sent["body"].startswith("Order 8100000000000001 (Lamp Store): Desk lamp\nDue 2026-06-11 08:00.")
    assert sent["hints"]["desktop-entry"] == "io.github.disputedesk.DisputeDesk"
    assert sent["actions"] == []  # the command has ended by the time anyone clicks


def test_without_a_notification_service_the_command_prints(outcome: dict[str, Any]) -> None:
    cli = outcome["cli"]
    assert cli["code_without_service"] == 0
    assert cli["output_without_service"].startswith(
        "Seller must ship in 20 hours\n    Order 8100000000000002"
    )


def test_the_windows_notification_opens_its_order_when_clicked(outcome: dict[str, Any]) -> None:
    gui = outcome["gui"]
    [sent] = gui["sent"]
    assert sent["summary"] == "Seller must ship in 1 hour"
    assert "Order 8100000000000003 (Lamp Store): Desk lamp" in sent["body"]
    assert sent["actions"] == ["default", "Open"]
    assert gui["opened"] == ["8100000000000003"]
    assert gui["notices"] == []
    assert gui["remembered"] == 1
