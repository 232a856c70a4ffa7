"""Regenerate the import screenshots: docs/screenshots/import-dialog.png and paste-order.png.

    QT_QPA_PLATFORM=offscreen python docs/make_import_screenshots.py

Made from the test fixtures on a frozen clock: the preview of a Shopper Inventory CSV that
adds, updates and leaves orders unchanged (and lists the rows it can't read), and the paste
dialog with an order page pasted and the store still to fill in.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
FIXTURES = ROOT / "tests" / "fixtures" / "imports"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PAGE = """Awaiting delivery
Closes in: 23 d 14:22:10
Order details
Order number: 8123456789012345 Copy
Order time: Feb 21, 2026 10:22
Payment method: Visa
USB-C Cable 2m 100W
Color: Black, Length: 2m
US $5.99 x2
Wireless Charger 15W
US $12.50 x1
Subtotal US $24.48
Shipping Free shipping
Total: US $24.48
Tracking number: LP00123456789CN
Carrier: Cainiao
"""


def main() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.clock import FrozenClock
    from app.services import open_services
    from ui.common.language import install_language
    from ui.common.tasks import TaskRunner
    from ui.files.import_dialog import ImportDialog
    from ui.files.paste_order import PasteOrderDialog

    app = QApplication.instance() or QApplication([])
    install_language(app, "en")  # English, with its plural forms and formats, as the app has them
    app.setApplicationName("Dispute Desk")
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote docs/screenshots/{name}.png")

    def settle(condition: object, limit: int = 2000) -> None:
        for _ in range(limit):
            app.processEvents()
            if condition():  # type: ignore[operator]
                return
            tasks.wait(10)

    with tempfile.TemporaryDirectory() as tmp:
        clock = FrozenClock(NOW)
        services = open_services(Path(tmp) / "data", clock)
        service = services.imports
        service.apply(service.preview(FIXTURES / "shopper-sample.csv"))
        tasks = TaskRunner()

        # A later export of the same shop: one order moved on, six new ones, three bad rows.
        later = Path(tmp) / "orders-2026-03-10.csv"
        sample = (
            (FIXTURES / "shopper-sample.csv")
            .read_text("utf-8")
            .replace("USD,Awaiting shipment,", "USD,Completed,")
        )
        traps = (FIXTURES / "shopper-traps.csv").read_text("utf-8").split("\n", 1)[1]
        later.write_text(sample + traps, "utf-8")
        dialog = ImportDialog(lambda: service, tasks, [later])
        dialog.resize(980, 560)
        dialog.show()
        settle(lambda: "to add" in dialog.summary_label.text())
        save(dialog, "import-dialog")
        dialog.close()

        paste = PasteOrderDialog(lambda: service, tasks, clock)
        paste.resize(900, 560)
        paste.show()
        paste.text.setPlainText(PAGE)
        paste.recognize()
        save(paste, "paste-order")
        paste.close()
        tasks.wait()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
