"""The paste dialog: pasted order-page text, a live view of what was recognized, fields for what
is missing, Add."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.model import Basis, DeadlineKind
from app.services.importing import ImportService
from app.services.orders import OrderService
from ui.common.tasks import TaskRunner
from ui.files.paste_order import PasteOrderDialog

PAGE = """Awaiting delivery
Closes in: 23 d 14:22:10
Order number: 8123456789012345 Copy
Order time: 2026-02-21 10:22
Store: UGREEN Official Store
USB-C Cable 2m 100W
Color: Black
US $5.99 x2
Total: US $11.98
Tracking number: LP00123456789CN
"""


@pytest.fixture
def dialog(qtbot: QtBot, service: OrderService, clock: FrozenClock):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    widget = PasteOrderDialog(lambda: ImportService(service.store, clock), tasks, clock)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    tasks.wait()


def test_recognized_facts_fill_the_fields(qtbot: QtBot, dialog: PasteOrderDialog) -> None:
    assert not dialog.add_button.isEnabled()
    assert (
        "Still needed: order number, store, title, total, currency, order date" in dialog.error_label.text()
    )
    dialog.text.setPlainText(PAGE)
    qtbot.waitUntil(lambda: dialog.edits["number"].text() == "8123456789012345", timeout=3000)
    assert dialog.edits["store"].text() == "UGREEN Official Store"
    assert dialog.edits["title"].text() == "USB-C Cable 2m 100W"
    assert (dialog.edits["total"].text(), dialog.edits["currency"].text()) == ("11.98", "USD")
    recognized = dialog.recognized.text()
    assert "2 × USB-C Cable 2m 100W (Color: Black): $5.99" in recognized
    assert dialog.edits["tracking"].text() == "LP00123456789CN"
    assert "Timer on the page: Closes in: 23 d 14:22:10" in recognized
    assert dialog.fields.countdown.edit.text() == "23d 14:22:10"
    assert dialog.fields.countdown_kind.currentData() == "protection"
    assert dialog.error_label.text() == ""
    assert dialog.add_button.isEnabled()


def test_missing_facts_are_typed_in_then_added(
    qtbot: QtBot, dialog: PasteOrderDialog, service: OrderService
) -> None:
    dialog.text.setPlainText(PAGE.replace("Store: UGREEN Official Store\n", ""))
    qtbot.waitUntil(lambda: "Still needed: store" in dialog.error_label.text(), timeout=3000)
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.edits["store"], "UGREEN")
    assert dialog.add_button.isEnabled()
    dialog.edits["total"].clear()
    qtbot.keyClicks(dialog.edits["total"], "twelve")
    assert "can't read" in dialog.error_label.text().lower() and not dialog.add_button.isEnabled()
    assert dialog.fields.messages["total"].isVisible()  # said under the field too
    dialog.edits["total"].clear()
    qtbot.keyClicks(dialog.edits["total"], "11,98")
    with qtbot.waitSignal(dialog.added, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["8123456789012345"]
    order = service.show("8123456789012345")
    assert (order.store, order.total, order.status.value) == ("UGREEN", Decimal("11.98"), "in_transit")
    assert order.tracking == ("LP00123456789CN",)


def test_typed_fields_survive_more_pasting(qtbot: QtBot, dialog: PasteOrderDialog) -> None:
    dialog.text.setPlainText("Order number: 8123456789012345")
    qtbot.waitUntil(lambda: dialog.edits["number"].text() == "8123456789012345", timeout=3000)
    qtbot.keyClicks(dialog.edits["store"], "My Store")
    dialog.text.setPlainText(PAGE)
    qtbot.waitUntil(lambda: dialog.edits["title"].text() == "USB-C Cable 2m 100W", timeout=3000)
    assert dialog.edits["store"].text() == "My Store"  # typed by the buyer: kept


def test_a_refused_order_says_why(qtbot: QtBot, dialog: PasteOrderDialog) -> None:
    dialog.text.setPlainText(PAGE.replace("2026-02-21 10:22", "2026-12-21 10:22"))
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=3000)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "in the future" in dialog.error_label.text(), timeout=10_000)
    assert dialog.isVisible()


PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def test_every_fact_of_the_page_shows_in_a_field_of_its_own(qtbot: QtBot, dialog: PasteOrderDialog) -> None:
    dialog.text.setPlainText((PAGES / "de.txt").read_text("utf-8"))
    qtbot.waitUntil(lambda: dialog.edits["number"].text() == "8123456789012351", timeout=3000)
    fields = dialog.fields
    assert fields.payment.currentData() == "paypal"
    assert fields.processing.text() == "5 days"
    assert fields.status.text() == "Zustellung ausstehend"
    assert (dialog.edits["tracking"].text(), dialog.edits["carrier"].text()) == ("LP00123456789CN", "Cainiao")
    assert dialog.edits["paid_at"].text() == "2026-02-21 10:25"
    assert fields.countdown_kind.currentData() == "protection"
    assert fields.countdown.edit.text() == "23d 14:22:10"
    assert fields.countdown.preview.text().startswith("→ ")  # the date it ends, from now
    assert dialog.edits["title"].text() == "USB-C-Kabel 100 W 2 m"  # no timer in the title
    assert "Lieferbestätigung" not in dialog.recognized.text().split("Timer on the page")[0]


def test_the_countdown_is_added_as_an_entered_deadline(
    qtbot: QtBot, dialog: PasteOrderDialog, service: OrderService, clock: FrozenClock
) -> None:
    dialog.text.setPlainText((PAGES / "en-awaiting-delivery.txt").read_text("utf-8"))
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=3000)
    with qtbot.waitSignal(dialog.added, timeout=10_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    detail = service.show("8123456789012345")
    protection = [d for d in detail.deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
    left = timedelta(days=23, hours=14, minutes=22, seconds=10)
    assert [(d.due, d.basis) for d in protection] == [(clock.now() + left, Basis.ENTERED)]
    assert detail.payment_method == "paypal"
    assert detail.title == "Wireless Charger 15W" or detail.title.startswith("USB-C Cable")


def test_a_countdown_the_page_text_lacked_is_typed_with_what_it_counts_to(
    qtbot: QtBot, dialog: PasteOrderDialog, service: OrderService, clock: FrozenClock
) -> None:
    dialog.text.setPlainText(
        PAGE.replace("Closes in: 23 d 14:22:10\n", "").replace("Awaiting delivery\n", "")
    )
    qtbot.waitUntil(lambda: dialog.edits["number"].text() == "8123456789012345", timeout=3000)
    fields = dialog.fields
    assert fields.countdown_kind.currentData() == "none" and not fields.countdown.isEnabled()
    fields.countdown_kind.setCurrentIndex(fields.countdown_kind.findData("protection"))
    qtbot.keyClicks(fields.countdown.edit, "40 d 2:00:00")
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(dialog.added, timeout=10_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    detail = service.show("8123456789012345")
    protection = [d for d in detail.deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
    assert [(d.due, d.basis) for d in protection] == [
        (clock.now() + timedelta(days=40, hours=2), Basis.ENTERED)
    ]


def test_an_impossible_order_number_on_the_page_is_flagged(qtbot: QtBot, dialog: PasteOrderDialog) -> None:
    dialog.text.setPlainText(PAGE)
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=3000)
    dialog.edits["number"].setText("8123 456")
    dialog.fields.edited.emit()
    assert not dialog.add_button.isEnabled()
    assert dialog.fields.messages["number"].text() == "The number contains a space: copy the number alone."
