"""Run under ``dbus-run-session`` (see test_dbus_notifications.py): reminders reach a stand-in
notification service on the private session bus, from the command line and from the window, and
a click on the window's notification opens the order. Prints one JSON document of what happened.

    dbus-run-session -- python dbus_scenario.py WORK_DIR
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.cli import run  # noqa: E402
from app.clock import FrozenClock  # noqa: E402
from app.domain.reminders import QuietHours  # noqa: E402
from app.services import open_services  # noqa: E402
from app.services.views import NewOrder  # noqa: E402
from ui.entry import notify_desktop  # noqa: E402

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
HERE = Path(__file__).resolve().parent


def start_service(log: Path, *, click: bool) -> subprocess.Popen[str]:
    args = [sys.executable, str(HERE / "fake_notification_service.py"), str(log)] + (
        ["--click"] if click else []
    )
    service = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    assert service.stdout is not None
    assert service.stdout.readline().strip() == "ready"
    return service


def records(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def add_order(data: Path, clock: FrozenClock, number: str, left: timedelta) -> None:
    services = open_services(data, clock)
    try:
        services.orders.add_order(
            NewOrder(
                number,
                "Lamp Store",
                "Desk lamp",
                Decimal("9.99"),
                "USD",
                paid_at=NOW - timedelta(days=3),
                ship_by=NOW + left,
            )
        )
        services.reminders.set_quiet_hours(QuietHours(enabled=False))
    finally:
        services.close()


def remind(data: Path, clock: FrozenClock) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), "remind"], clock=clock, stdout=out, stderr=err,
               env=dict(os.environ), notifier=notify_desktop)  # fmt: skip
    return code, out.getvalue() + err.getvalue()


def command_line(work: Path) -> dict[str, Any]:
    """``remind`` sends to the service; without the service it prints."""
    clock = FrozenClock(NOW)
    data, log = work / "cli-data", work / "cli.jsonl"
    add_order(data, clock, "8100000000000001", timedelta(hours=20))
    service = start_service(log, click=False)
    try:
        code, output = remind(data, clock)
    finally:
        service.kill()
        service.wait()
    add_order(data, clock, "8100000000000002", timedelta(hours=20))
    code_without, output_without = remind(data, clock)  # the service is gone: printed
    return {
        "code": code,
        "output": output,
        "sent": records(log),
        "code_without_service": code_without,
        "output_without_service": output_without,
    }


class Window:
    """What the reminders need of the main window, recording what they asked for."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.notices: list[str] = []

    def open_order(self, number: str) -> None:
        self.opened.append(number)

    def bring_forward(self) -> None:
        pass

    def quit(self) -> None:
        pass

    def notice(self, text: str) -> None:
        self.notices.append(text)


def window(work: Path) -> dict[str, Any]:
    """The window without a tray: the reminder goes to the service; its click opens the order."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.common import plurals
    from ui.common.tasks import TaskRunner
    from ui.reminders.desk import ReminderDesk

    app = QApplication.instance() or QApplication([])
    plurals.install(app)
    clock = FrozenClock(NOW)
    data, log = work / "gui-data", work / "gui.jsonl"
    add_order(data, clock, "8100000000000003", timedelta(hours=1))
    service = start_service(log, click=True)
    services = open_services(data, clock)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    tasks = TaskRunner()
    shown = Window()
    desk = ReminderDesk(
        shown, services, clock, settings, tasks, env=dict(os.environ), tray_available=lambda: False
    )
    try:
        desk.start()
        deadline = time.monotonic() + 20
        while not shown.opened and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        tasks.wait()
        with services.orders.store.read() as tx:
            remembered = tx.count_reminders()
    finally:
        desk.close()
        services.close()
        service.kill()
        service.wait()
    return {"sent": records(log), "opened": shown.opened, "notices": shown.notices, "remembered": remembered}


def main() -> int:
    work = Path(sys.argv[1])
    result = {
        "bus": os.environ.get("DBUS_SESSION_BUS_ADDRESS", ""),
        "cli": command_line(work),
        "gui": window(work),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
