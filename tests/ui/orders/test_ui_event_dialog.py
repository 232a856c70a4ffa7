"""The event dialog, driven as a buyer does: the fields of each kind, live previews, warnings,
and what the service stores or refuses."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.model import RECORDABLE_KINDS, Basis, DeadlineKind
from app.services.order_input import EVENT_OPTIONS
from app.services.views import NewEvent, NewOrder
from ui.common import form_fields
from ui.common import format as fmt
from ui.orders.event_dialog import FIELD_OPTIONS, KIND_FIELDS, EventDialog

NUMBER = "8196543210987654"


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch) -> None:
    """Closing a dialog with typed input asks first; a real message box would block the test."""
    monkeypatch.setattr(form_fields, "ask_discard_changes", lambda parent: True)


def paid_order(service, clock, total: str = "20.00") -> None:
    five_days_ago = clock.now() - timedelta(days=5)
    service.add_order(
        NewOrder(
            NUMBER, "Tiny Gadgets Store", "USB-C cable", Decimal(total), "USD", five_days_ago, five_days_ago
        )
    )


def shipped_order(service, clock) -> None:
    paid_order(service, clock)
    service.record_event(NUMBER, NewEvent("shipped", at=clock.now() - timedelta(days=3), tracking="LP1"))


def open_dialog(qtbot, service, clock, kind: str) -> EventDialog:
    dialog = EventDialog(service, clock, NUMBER, kind, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def interactive_widgets(dialog: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QPushButton)
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        and w.isVisibleTo(dialog)
    ]


def record(qtbot, dialog: EventDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_each_kind_offers_exactly_the_options_the_service_takes():
    for kind in RECORDABLE_KINDS:
        offered = set().union(*(FIELD_OPTIONS[name] for name in KIND_FIELDS.get(kind.value, ())))
        assert offered == set(EVENT_OPTIONS.get(kind, frozenset())), kind


def test_shipped_with_a_protection_countdown_ends_protection_at_now_plus_countdown(qtbot, service, clock):
    paid_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "shipped")
    assert dialog.windowTitle() == f"Shipped — order {NUMBER}"
    assert dialog.explanation.text() == "Record that the seller shipped the order"
    assert dialog.focusWidget() is dialog.line("tracking")
    qtbot.keyClicks(dialog.line("tracking"), "LP00123456789CN")
    qtbot.keyClicks(dialog.line("carrier"), "Cainiao")
    choose(dialog.protection.mode, "Countdown on the order page")
    assert "as the order page shows it now" in dialog.protection.countdown.basis.text().lower()
    qtbot.keyClicks(dialog.protection.countdown.edit, "58 d 03:02:01")
    left = timedelta(days=58, hours=3, minutes=2, seconds=1)
    assert dialog.protection.countdown.preview.text().endswith(fmt.local_time(clock.now() + left))
    shipped_at = clock.now() - timedelta(days=1)
    dialog.when.set_value(shipped_at)  # shipped yesterday: the countdown still counts from now
    assert dialog.protection.countdown.preview.text().endswith(fmt.local_time(clock.now() + left))

    record(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = service.show(NUMBER)
    ends = [d for d in detail.deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
    assert [(d.due, d.basis) for d in ends] == [(clock.now() + left, Basis.ENTERED)]
    shipped = detail.timeline[-1]
    assert (shipped.kind, shipped.at) == ("shipped", shipped_at)
    assert (shipped.data["tracking"], shipped.data["carrier"]) == ("LP00123456789CN", "Cainiao")
    assert dialog.recorded_detail() == detail


def test_a_protection_countdown_counts_from_the_moment_ok_is_pressed_not_from_when(qtbot, service, clock):
    paid_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "shipped")
    qtbot.keyClicks(dialog.line("tracking"), "LP1")
    dialog.when.set_value(clock.now() - timedelta(days=3))
    choose(dialog.protection.mode, "Countdown on the order page")
    qtbot.keyClicks(dialog.protection.countdown.edit, "58 d 00:00:00")
    clock.advance(timedelta(minutes=7))  # the buyer took a while before pressing Record

    record(qtbot, dialog)

    ends = [d.due for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
    assert ends == [clock.now() + timedelta(days=58)]


def test_an_extension_given_as_a_countdown_counts_from_now(qtbot, service, clock):
    shipped_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "protection-extended")
    dialog.when.set_value(clock.now() - timedelta(days=2))
    choose(dialog.protection.mode, "Countdown on the order page")
    qtbot.keyClicks(dialog.protection.countdown.edit, "75 d 00:00:00")
    record(qtbot, dialog)
    ends = [d.due for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.PROTECTION_ENDS]
    assert ends == [clock.now() + timedelta(days=75)]


def test_shipped_with_an_unreadable_countdown_says_why_and_cannot_be_recorded(qtbot, service, clock):
    paid_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "shipped")
    choose(dialog.protection.mode, "Countdown on the order page")
    assert not dialog.ok_button.isEnabled() and "countdown" in dialog.hint.text()
    qtbot.keyClicks(dialog.protection.countdown.edit, "5 parsecs")
    assert 'Can\'t read "5 parsecs" as a duration' in dialog.protection.countdown.preview.text()
    assert not dialog.ok_button.isEnabled()
    choose(dialog.protection.mode, "End date")
    assert dialog.ok_button.isEnabled()


@pytest.mark.parametrize("days", [15, 20])
def test_the_received_warning_names_the_dispute_window_from_the_rules(qtbot, service, clock, days):
    shipped_order(service, clock)
    if days != 15:
        service.rules.set("dispute_after_confirm_days", days)
    dialog = open_dialog(qtbot, service, clock, "received")
    assert dialog.warning.isVisible()
    assert f"only {days} day" in dialog.warning.text()
    assert "Confirming receipt ends buyer protection" in dialog.warning.text()


def test_a_dispute_refund_larger_than_the_total_is_refused(qtbot, service, clock):
    shipped_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "dispute-opened")
    assert dialog.warning.isVisible() and "don't file a chargeback" in dialog.warning.text()
    choose(dialog.combo("dispute_reason"), "Not received: tracking stopped moving")
    qtbot.keyClicks(dialog.line("refund"), "25")
    message = dialog._messages["refund"]
    assert message.isVisible() and message.text() == "That is more than the order total, $20.00."
    assert not dialog.ok_button.isEnabled()
    record(qtbot, dialog)
    assert dialog.isVisible() and "dispute-opened" not in [e.kind for e in service.show(NUMBER).timeline]

    retype(qtbot, dialog.line("refund"), "US $15")
    assert not message.isVisible() and dialog.ok_button.isEnabled()
    # Nothing to send back when nothing came: no return with a "not received" reason.
    assert not dialog.wants_return.isEnabled()
    record(qtbot, dialog)
    opened = service.show(NUMBER).timeline[-1]
    assert opened.kind == "dispute-opened"
    assert opened.data == {"reason": "tracking_stalled", "refund": "15.00"}


def test_a_refusal_from_the_service_keeps_the_dialog_open_with_the_input(qtbot, service, clock):
    paid_order(service, clock)  # not shipped yet
    dialog = open_dialog(qtbot, service, clock, "received")
    qtbot.keyClicks(dialog.note, "parcel came today")

    record(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == "Can't record received: it hasn't shipped yet"
    assert dialog.note.toPlainText() == "parcel came today"
    assert dialog.recorded_detail() is None
    assert [e.kind for e in service.show(NUMBER).timeline] == ["ordered", "paid"]


def test_the_partial_decision_warns_and_needs_its_amount(qtbot, service, clock):
    shipped_order(service, clock)
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="damaged", refund=Decimal("20")))
    dialog = open_dialog(qtbot, service, clock, "decided")
    assert not dialog.warning.isVisible()
    choose(dialog.combo("outcome"), "Partial refund")
    assert dialog.warning.isVisible() and "partial refund settles the dispute" in dialog.warning.text()
    assert not dialog.ok_button.isEnabled() and "amount of the partial refund" in dialog.hint.text()
    qtbot.keyClicks(dialog.line("amount"), "7,50")
    record(qtbot, dialog)
    decided = service.show(NUMBER).timeline[-1]
    assert (decided.kind, decided.data) == ("decided", {"outcome": "partial", "amount": "7.50"})


def test_choosing_a_partial_refund_moves_nothing_under_the_pointer(qtbot, service, clock):
    shipped_order(service, clock)
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="damaged", refund=Decimal("20")))
    dialog = open_dialog(qtbot, service, clock, "decided")
    qtbot.waitExposed(dialog)
    outcome, amount = dialog.combo("outcome"), dialog.line("amount")

    def places() -> tuple[int, int, int]:
        QApplication.processEvents()
        return (
            outcome.mapTo(dialog, outcome.rect().topLeft()).y(),
            amount.mapTo(dialog, amount.rect().topLeft()).y(),
            dialog.height(),
        )

    before = places()
    choose(outcome, "Partial refund")
    assert dialog.warning.isVisible()
    assert places() == before
    choose(outcome, "Full refund")
    assert not dialog.warning.isVisible()
    assert places() == before


def test_a_full_decision_shows_no_warning(qtbot, service, clock):
    shipped_order(service, clock)
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="damaged"))
    dialog = open_dialog(qtbot, service, clock, "decided")
    choose(dialog.combo("outcome"), "Full refund")
    assert not dialog.warning.isVisible() and dialog.ok_button.isEnabled()


def test_cancelling_a_dispute_warns_before_it_is_recorded(qtbot, service, clock):
    shipped_order(service, clock)
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="damaged"))
    dialog = open_dialog(qtbot, service, clock, "dispute-cancelled")
    assert dialog.warning.isVisible()
    assert "a new one can be opened only while buyer protection still runs" in dialog.warning.text()


def test_paid_with_a_ship_by_countdown_sets_ship_by_from_now(qtbot, service, clock):
    service.add_order(
        NewOrder(NUMBER, "Store", "Lamp", Decimal("9.99"), "USD", clock.now() - timedelta(hours=2))
    )
    dialog = open_dialog(qtbot, service, clock, "paid")
    dialog.when.set_value(clock.now() - timedelta(hours=1))  # paid an hour ago; the countdown is read now
    choose(dialog.processing.mode, "Ship-by countdown on the order page")
    qtbot.keyClicks(dialog.processing.countdown.edit, "10 d 02:00:00")
    record(qtbot, dialog)
    due = [d.due for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.SHIP_BY]
    assert due == [clock.now() + timedelta(days=10, hours=2)]


def test_a_note_needs_its_text(qtbot, service, clock):
    paid_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "note")
    assert not dialog.ok_button.isEnabled() and dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "seller promised a gift")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # a new line, not OK
    qtbot.keyClicks(dialog.note, "by mail")
    assert dialog.isVisible()
    dialog.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.show(NUMBER).timeline[-1].data == {"note": "seller promised a gift\nby mail"}


def test_a_cancel_request_offers_readable_reasons(qtbot, service, clock):
    paid_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "cancel-requested")
    labels = [dialog.combo("cancel_reason").itemText(i) for i in range(dialog.combo("cancel_reason").count())]
    assert "Seller raised the price" in labels and "price_raised" not in labels
    choose(dialog.combo("cancel_reason"), "Found it cheaper")
    record(qtbot, dialog)
    assert service.show(NUMBER).timeline[-1].data == {"reason": "found_cheaper"}


def test_escape_after_typing_asks_before_discarding(qtbot, service, clock, monkeypatch):
    paid_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "note")
    monkeypatch.setattr(form_fields, "ask_discard_changes", lambda parent: False)
    qtbot.keyClicks(dialog.note, "draft")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.note.toPlainText() == "draft"


@pytest.mark.parametrize("kind", [k.value for k in RECORDABLE_KINDS])
def test_every_kind_opens_with_a_title_and_named_fields(qtbot, service, clock, kind):
    shipped_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, kind)
    assert dialog.explanation.text().startswith(("Record", "Add"))
    assert [w for w in interactive_widgets(dialog) if not w.accessibleName()] == []
    warned = {
        "received",
        "extension-requested",
        "dispute-opened",
        "dispute-cancelled",
    }  # "decided": only once partial
    assert (kind in warned) == dialog.warning.isVisible()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset to change the local zone")
def test_a_refusal_names_its_moments_in_local_time(qtbot, service, clock, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        paid_at = clock.now() - timedelta(days=5)
        ship_by = clock.now() - timedelta(days=1)  # typed from the order page: it refuses
        service.add_order(
            NewOrder(
                NUMBER,
                "Tiny Gadgets Store",
                "USB-C cable",
                Decimal(5),
                "USD",
                paid_at,
                paid_at,
                ship_by=ship_by,
            )
        )
        dialog = open_dialog(qtbot, service, clock, "cancel-requested")
        record(qtbot, dialog)
        assert dialog.banner.isVisible()
        # In the buyer's zone with its offset, never a bare UTC "…Z".
        assert f"{fmt.local_time(ship_by, with_seconds=True)} UTC+09:00" in dialog.banner.text()
        assert "Z)" not in dialog.banner.text()
        assert ship_by.astimezone().utcoffset() == timedelta(hours=9)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_an_event_about_a_dispute_or_a_refund_names_its_item(qtbot, service, clock, tmp_path):
    from tests.two_items import CABLE, add_lamp_and_cable
    from tests.two_items import NUMBER as TWO

    add_lamp_and_cable(service.store, clock, tmp_path, clock.now() - timedelta(days=12))
    service.record_event(TWO, NewEvent("received", at=clock.now() - timedelta(days=3)))
    opened = EventDialog(service, clock, TWO, "dispute-opened", None)
    qtbot.addWidget(opened)
    opened.show()
    items = opened.combo("item")
    assert items.isVisible()
    assert [items.itemText(i) for i in range(items.count())] == [
        "The whole order",
        "Item 1: Desk lamp",
        "Item 2: USB cable",
    ]
    choose(items, "Item 2: USB cable")
    choose(opened.combo("dispute_reason"), "Damaged")
    record(qtbot, opened)
    assert service.show(TWO).timeline[-1].data == {"line": CABLE, "reason": "damaged"}
    # From the item's case section the dialog opens with the item chosen.
    decided = EventDialog(service, clock, TWO, "decided", None, line=CABLE)
    qtbot.addWidget(decided)
    decided.show()
    assert decided.combo("item").currentData() == CABLE
    choose(decided.combo("outcome"), "Partial refund")
    qtbot.keyClicks(decided.line("amount"), "2")
    decided.wants_return.click()
    # Only a full refund comes with a return; with a partial one the buyer keeps the item.
    assert not decided.ok_button.isEnabled()
    decided.wants_return.click()
    record(qtbot, decided)
    assert service.show(TWO).timeline[-1].data == {"amount": "2.00", "line": CABLE, "outcome": "partial"}


def test_an_order_of_one_item_shows_no_item_choice(qtbot, service, clock):
    shipped_order(service, clock)
    dialog = open_dialog(qtbot, service, clock, "dispute-opened")
    assert not dialog.combo("item").isVisible() and dialog.new_event().line is None
