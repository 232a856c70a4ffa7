"""The paste dialog: pasted order-page text, a live view of what was recognized, fields for what
is missing, Add."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
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
    widget = PasteOrderDialog(lambda: ImportService(service.store, clock), tasks)
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
    assert "2 × USB-C Cable 2m 100W (Color: Black): 5.99" in recognized
    assert "Tracking: LP00123456789CN" in recognized
    assert "Buyer protection ends in 23d 14:22:10" in recognized
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
    assert "can't read" in dialog.error_label.text() and not dialog.add_button.isEnabled()
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
