"""Regenerate docs/screenshots/settings-backups.png (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen python docs/make_backup_screenshots.py

Sample orders on a frozen clock, changed a little each day for ten days with an automatic
backup after each change (thinned by the default policy), and one backup made by hand.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.clock import FrozenClock
    from app.services import DataDir, open_services
    from app.services.backup import BackupService
    from app.services.demo import generate
    from app.services.views import NewOrder
    from ui.common.language import install_language
    from ui.common.tasks import TaskRunner
    from ui.settings.dialog import SettingsDialog

    app = QApplication.instance() or QApplication([])
    install_language(app, "en")  # English, with its plural forms and formats, as the app has them
    app.setApplicationName("Dispute Desk")
    OUT.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        clock = FrozenClock(NOW - timedelta(days=10))
        data_dir = DataDir(Path(tmp) / "sample")
        services = open_services(data_dir, clock)
        service = services.orders
        generate(service, count=60, seed=11)
        backups = BackupService(data_dir.root, clock)
        for day in range(10):
            clock.advance(timedelta(days=1, minutes=7 * day))
            service.add_order(
                NewOrder(
                    f"81000000000009{day:02d}", "Tiny Gadgets Store", "USB-C cable", Decimal("3.20"), "USD"
                )
            )
            backups.auto_backup("changed")
            if day == 6:
                backups.backup(data_dir.ensure_backups() / "before-moving.zip")
        tasks = TaskRunner()
        dialog = SettingsDialog(service, tasks, backups=backups)
        dialog.resize(780, 620)
        dialog.show()
        dialog.show_backups()
        page = dialog.backups_page
        assert page is not None
        while page.listing:
            app.processEvents()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / "settings-backups.png"))
        print("wrote docs/screenshots/settings-backups.png")
        dialog.close()
        tasks.wait()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
