"""Regenerate the screenshots in docs/screenshots/ (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py

Every picture is made from sample data on a frozen clock, so they change only when the GUI does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.clock import FrozenClock
    from app.services.demo import generate
    from app.services.listing import load_rows
    from app.services.orders import OrderService
    from app.store.database import Database
    from app.store.paths import DataDir
    from ui.main_window import MainWindow
    from ui.order_editor import OrderEditorDialog
    from ui.services import Services
    from ui.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Dispute Desk")
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote docs/screenshots/{name}.png")

    with tempfile.TemporaryDirectory() as tmp:
        clock = FrozenClock(NOW)
        settings = QSettings(str(Path(tmp) / "layout.ini"), QSettings.Format.IniFormat)

        empty_dir = DataDir(Path(tmp) / "empty")
        empty_db = Database.open(empty_dir, clock=clock)
        empty = MainWindow(
            Services.ready(empty_dir, clock, OrderService(empty_db, clock)), clock, [], settings
        )
        empty.resize(1100, 700)
        empty.show()
        save(empty, "empty-state")
        empty.close()

        data_dir = DataDir(Path(tmp) / "sample")
        db = Database.open(data_dir, clock=clock)
        service = OrderService(db, clock)
        generate(service, count=300, seed=11)
        rows = load_rows(data_dir.database, int(NOW.timestamp())).rows
        window = MainWindow(Services.ready(data_dir, clock, service), clock, rows, settings)
        window.resize(1400, 820)
        window.show()
        disputed = next(r.number for r in rows if r.status == "dispute_open")
        window.open_order(disputed)
        save(window, "main-window")
        save(window.detail_panel, "detail-panel")

        editor = OrderEditorDialog(service, clock, window)
        editor.show()
        save(editor, "order-editor")
        editor.close()

        dialog = SettingsDialog(service, window.tasks, window)
        dialog.show()
        save(dialog, "settings")
        dialog.close()

        cancel_wizard_pages(service, clock, window, save)
        dispute_wizard_pages(service, clock, window, save)
        case_panel(service, window, save)
        window.close()
        db.close()
        empty_db.close()
    return 0


def cancel_wizard_pages(service: Any, clock: Any, parent: Any, save: Any) -> None:
    """Each page of the cancel wizard: a card payment from two days ago that the buyer no longer
    wants (request, message, what you did), and one paid two hours ago (a live countdown)."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.views import NewOrder
    from ui.cancel_wizard import CancelWizard

    def order(number: str, title: str, paid_ago: timedelta) -> str:
        paid = NOW - paid_ago
        service.add_order(
            NewOrder(number, "Tiny Gadgets Store", title, Decimal("12.40"), "USD", paid, paid, "card", 7)
        )
        return number

    wizard = CancelWizard(
        service, clock, order("8100000000000417", "USB-C cable, 2 m", timedelta(days=2)), parent
    )
    wizard.show()
    wizard.situation_page.reason_buttons["changed_mind"].setChecked(True)
    save(wizard, "cancel-situation")
    for name in ("cancel-verdict", "cancel-message", "cancel-what-you-did"):
        wizard.next()
        save(wizard, name)
    wizard.close()

    waiting = order("8100000000000418", "Desk lamp", timedelta(hours=2, minutes=14))
    wizard = CancelWizard(service, clock, waiting, parent)
    wizard.show()
    wizard.situation_page.reason_buttons["found_cheaper"].setChecked(True)
    wizard.next()
    save(wizard, "cancel-verdict-wait")
    wizard.close()


def dispute_wizard_pages(service: Any, clock: Any, parent: Any, save: Any) -> None:
    """The dispute wizard on a parcel shipped 25 days ago whose tracking stopped moving: the
    reason, the eligibility (until when, counting down), the evidence and the dispute text."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.views import NewEvent, NewOrder
    from ui.dispute_wizard import DisputeWizard

    number = "8100000000000519"
    paid = NOW - timedelta(days=28)
    service.add_order(
        NewOrder(
            number, "Bright Home Store", "LED strip, 5 m", Decimal("18.90"), "USD", paid, paid, "card", 7
        )
    )
    service.record_event(
        number, NewEvent("shipped", at=NOW - timedelta(days=25), tracking="LP00498765432101CN")
    )
    wizard = DisputeWizard(service, clock, number, parent)
    wizard.show()
    page = wizard.reason_page
    page.not_received.setChecked(True)
    page.reason_buttons["tracking_stalled"].setChecked(True)
    save(wizard, "dispute-reason")
    wizard.next()
    save(wizard, "dispute-eligibility")
    wizard.next()
    for check in wizard.evidence_page.checks[:1]:
        check.setChecked(True)
    save(wizard, "dispute-evidence")
    wizard.next()  # the refund page: a full refund is preselected
    wizard.next()
    save(wizard, "dispute-text")
    wizard.close()


def case_panel(service: Any, window: Any, save: Any) -> None:
    """The detail panel of a dispute that the seller answered with a small offer and the buyer
    escalated: the case section on top, waiting for the platform's decision."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.views import NewEvent, NewOrder

    number = "8100000000000520"
    paid = NOW - timedelta(days=40)
    service.add_order(
        NewOrder(
            number,
            "Gadget Official Store",
            "Wireless earbuds",
            Decimal("36.50"),
            "USD",
            paid,
            paid,
            "card",
            7,
        )
    )
    service.record_event(
        number, NewEvent("shipped", at=paid + timedelta(days=3), tracking="LP00411122233344CN")
    )
    service.record_event(
        number,
        NewEvent(
            "dispute-opened",
            at=NOW - timedelta(days=6),
            reason="tracking_stalled",
            refund=Decimal("36.50"),
        ),
    )
    service.record_event(
        number, NewEvent("seller-responded", at=NOW - timedelta(days=4), offer=Decimal("5.00"))
    )
    service.record_event(number, NewEvent("escalated", at=NOW - timedelta(days=3, hours=2)))
    window.open_order(number)
    save(window.detail_panel, "case-panel")


if __name__ == "__main__":
    sys.exit(main())
