"""The add/edit order dialog, driven as a buyer does: type, pick, press OK, read what it shows."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.model import DeadlineKind
from app.services.views import NewEvent, NewOrder
from ui.common import form_fields
from ui.common import format as fmt
from ui.orders.editor import OrderEditorDialog

NUMBER = "8196543210987654"


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch) -> None:
    """Closing a dialog with typed input asks first; a real message box would block the test."""
    monkeypatch.setattr(form_fields, "ask_discard_changes", lambda parent: True)


@pytest.fixture
def dialog(qtbot, service, clock) -> OrderEditorDialog:
    widget = OrderEditorDialog(service, clock, None)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)


def fill_valid(qtbot, dialog: OrderEditorDialog, number: str = NUMBER) -> None:
    qtbot.keyClicks(dialog.number, number)
    qtbot.keyClicks(dialog.store, "Tiny Gadgets Store")
    qtbot.keyClicks(dialog.title_edit, "USB-C cable 2 m")
    qtbot.keyClicks(dialog.total, "12.34")
    choose(dialog.processing.mode, "Ship-by countdown on the order page")
    qtbot.keyClicks(dialog.processing.countdown.edit, "23 d 14:22:10")


def test_adding_an_order_stores_the_parsed_total_currency_payment_and_ship_by(qtbot, dialog, service, clock):
    qtbot.keyClicks(dialog.number, NUMBER)
    qtbot.keyClicks(dialog.store, "Tiny Gadgets Store")
    qtbot.keyClicks(dialog.title_edit, "USB-C cable 2 m")
    qtbot.keyClicks(dialog.total, "CA $1,382.11")
    assert dialog.currency.currentText() == "CAD"  # from the symbol typed
    assert dialog.total_read.text() == "→ CA$1,382.11"
    choose(dialog.payment, "PayPal")
    choose(dialog.processing.mode, "Ship-by countdown on the order page")
    qtbot.keyClicks(dialog.processing.countdown.edit, "23 d 14:22:10")
    ship_by = clock.now() + timedelta(days=23, hours=14, minutes=22, seconds=10)
    assert dialog.processing.countdown.preview.text().endswith(fmt.local_time(ship_by))
    assert dialog.processing.countdown.preview.text().startswith("→ ")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_number() == NUMBER
    detail = service.show(NUMBER)
    assert (detail.store, detail.title) == ("Tiny Gadgets Store", "USB-C cable 2 m")
    assert detail.total == Decimal("1382.11") and detail.currency == "CAD"
    assert detail.payment_method == "paypal"
    assert [e.kind for e in detail.timeline] == ["ordered", "paid"]
    assert detail.timeline[1].at == clock.now()
    assert [d.due for d in detail.deadlines if d.kind is DeadlineKind.SHIP_BY] == [ship_by]


def test_processing_days_are_stored_on_the_order(qtbot, dialog, service):
    fill_valid(qtbot, dialog)
    choose(dialog.processing.mode, "In days")
    retype(qtbot, dialog.processing.days.lineEdit(), "10")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert service.show(NUMBER).timeline[0].data == {"processing_days": 10}


def test_a_valid_form_enables_ok_and_shows_no_message(qtbot, dialog):
    assert not dialog.ok_button.isEnabled()  # empty form
    assert dialog.hint.isVisible() and "order number" in dialog.hint.text()
    fill_valid(qtbot, dialog)
    assert dialog.ok_button.isEnabled()
    assert not dialog.hint.isVisible()
    for message in (
        dialog.number_msg,
        dialog.store_msg,
        dialog.title_msg,
        dialog.total_msg,
        dialog.currency_msg,
    ):
        assert not message.isVisible()


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("store", "", "Enter the store's name."),
        ("total", "12x", 'Can\'t read "12x" as an amount'),
        ("currency", "XYZ", 'Unknown currency "XYZ"'),
        ("countdown", "5 parsecs", 'Can\'t read "5 parsecs" as a duration'),
    ],
)
def test_invalid_input_disables_ok_and_says_why_next_to_the_field(qtbot, dialog, field, text, expected):
    fill_valid(qtbot, dialog)
    assert dialog.ok_button.isEnabled()
    edits = {
        "store": (dialog.store, dialog.store_msg),
        "total": (dialog.total, dialog.total_msg),
        "currency": (dialog.currency.lineEdit(), dialog.currency_msg),
        "countdown": (dialog.processing.countdown.edit, dialog.processing.countdown.preview),
    }
    edit, message = edits[field]
    retype(qtbot, edit, text)
    assert not dialog.ok_button.isEnabled()
    assert message.isVisible()
    assert expected in message.text()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter does nothing while invalid
    assert dialog.isVisible()


def test_a_symbol_that_contradicts_the_chosen_currency_is_explained(qtbot, dialog):
    fill_valid(qtbot, dialog)
    retype(qtbot, dialog.total, "US $5")
    assert dialog.currency.currentText() == "USD"
    retype(qtbot, dialog.currency.lineEdit(), "EUR")
    assert not dialog.ok_button.isEnabled()
    assert "is in USD, but the amount should be in EUR" in dialog.total_msg.text()


def test_a_duplicate_number_shows_the_service_message_and_keeps_the_input(qtbot, dialog, service, clock):
    service.add_order(NewOrder(NUMBER, "Other store", "Lamp", Decimal("3"), "USD"))
    fill_valid(qtbot, dialog)
    qtbot.keyClicks(dialog.note, "bought for the kitchen")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == f"Order {NUMBER} already exists"
    assert dialog.number.text() == NUMBER
    assert dialog.store.text() == "Tiny Gadgets Store"
    assert dialog.total.text() == "12.34"
    assert dialog.processing.countdown.edit.text() == "23 d 14:22:10"
    assert dialog.note.toPlainText() == "bought for the kitchen"
    assert dialog.result_number() is None
    # Fixing the number clears the stale message and the order is added.
    retype(qtbot, dialog.number, "8196543210987655")
    assert not dialog.banner.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.show("8196543210987655").note == "bought for the kitchen"


def _edit_dialog(qtbot, service, clock) -> OrderEditorDialog:
    service.add_order(
        NewOrder(NUMBER, "Tiny Gadgets Store", "USB-C cable", Decimal("12.34"), "USD", payment_method="card")
    )
    widget = OrderEditorDialog(service, clock, None, number=NUMBER)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def spy_on_edits(service, monkeypatch) -> list[dict]:
    calls: list[dict] = []
    real = service.edit_order

    def edit_order(number, changes):
        calls.append(dict(changes))
        return real(number, changes)

    monkeypatch.setattr(service, "edit_order", edit_order)
    return calls


def test_edit_mode_is_prefilled_and_records_only_the_changed_fields(qtbot, service, clock, monkeypatch):
    dialog = _edit_dialog(qtbot, service, clock)
    calls = spy_on_edits(service, monkeypatch)
    assert dialog.windowTitle() == f"Edit order {NUMBER}"
    assert not dialog.number.isReadOnly() and dialog.number.text() == NUMBER  # a typo can be corrected
    assert (dialog.store.text(), dialog.title_edit.text()) == ("Tiny Gadgets Store", "USB-C cable")
    assert (dialog.total.text(), dialog.currency.currentText()) == ("12.34", "USD")
    assert dialog.payment.currentData() == "card"
    assert not dialog.ordered_at.isVisible() and not dialog.processing.isVisible()

    retype(qtbot, dialog.store, "Gadget Outlet")
    retype(qtbot, dialog.total, "15")
    qtbot.keyClicks(dialog.title_edit, "")  # touched, unchanged
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_number() == NUMBER
    assert calls == [{"store": "Gadget Outlet", "total": Decimal("15.00")}]
    detail = service.show(NUMBER)
    edited = [e for e in detail.timeline if e.kind == "edited"]
    assert len(edited) == 1
    assert edited[0].data == {
        "changes": {"store": ["Tiny Gadgets Store", "Gadget Outlet"], "total": ["12.34", "15.00"]}
    }
    assert detail.store == "Gadget Outlet" and detail.total == Decimal("15.00")


def test_saving_an_unchanged_order_records_no_edit(qtbot, service, clock, monkeypatch):
    dialog = _edit_dialog(qtbot, service, clock)
    calls = spy_on_edits(service, monkeypatch)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert calls == []
    assert [e.kind for e in service.show(NUMBER).timeline] == ["ordered"]


def test_enter_adds_the_order_when_the_form_is_valid(qtbot, dialog, service):
    fill_valid(qtbot, dialog)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.show(NUMBER).title == "USB-C cable 2 m"


def test_escape_on_an_untouched_form_cancels_without_asking(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(form_fields, "ask_discard_changes", lambda parent: pytest.fail("asked"))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_escape_after_typing_asks_before_discarding(qtbot, dialog, service, monkeypatch):
    answers = [False, True]
    monkeypatch.setattr(form_fields, "ask_discard_changes", lambda parent: answers.pop(0))
    qtbot.keyClicks(dialog.store, "Tiny")
    qtbot.keyClick(dialog.store, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.store.text() == "Tiny"  # kept editing
    qtbot.keyClick(dialog.store, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert service.count() == 0


def interactive_widgets(dialog: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QPushButton)
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        and w.isVisibleTo(dialog)
    ]


def test_every_field_has_an_accessible_name(dialog):
    widgets = interactive_widgets(dialog)
    assert len(widgets) >= 12
    assert [w for w in widgets if not w.accessibleName()] == []


def test_tab_moves_through_the_fields_in_reading_order(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    dialog.number.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    currency_edit = dialog.currency  # an editable combo takes focus itself
    assert seen == [dialog.store, dialog.title_edit, dialog.total, currency_edit, dialog.payment]


# -- the order number, checked as it is typed ----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("123456789012345678901234567890", "That is 30 digits; AliExpress order numbers have at most 20."),
        ("ABC-123 x", "The number contains a space: copy the number alone."),
        ("../../etc/passwd", "An order number can't contain / or \\ or .."),
        ("81234'5", "An order number has only letters, digits, - and _; this one has “'”."),
    ],
)
def test_an_impossible_number_is_flagged_as_it_is_typed(qtbot, dialog, typed, message):
    fill_valid(qtbot, dialog, number=typed)
    assert not dialog.ok_button.isEnabled()
    assert dialog.number_msg.isVisible() and dialog.number_msg.text() == message
    retype(qtbot, dialog.number, NUMBER)
    assert dialog.ok_button.isEnabled() and not dialog.number_msg.isVisible()
    assert not dialog.number_note.isVisible()


def test_another_shops_number_is_accepted_with_a_note(qtbot, dialog, service):
    fill_valid(qtbot, dialog, number="112-1234567-1234567")
    assert dialog.ok_button.isEnabled() and not dialog.number_msg.isVisible()
    assert dialog.number_note.isVisible()
    assert dialog.number_note.text().startswith("Not an AliExpress order number (those have 15 to 20 digits)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert service.show("112-1234567-1234567").store == "Tiny Gadgets Store"


def test_a_wrong_number_is_corrected_in_the_editor(qtbot, service, clock, monkeypatch):
    dialog = _edit_dialog(qtbot, service, clock)
    calls = spy_on_edits(service, monkeypatch)
    retype(qtbot, dialog.number, "")
    dialog.number.insert("８１９６５４３２１０９８７６５５")  # full-width, pasted from a CJK page
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert calls == [{"number": "8196543210987655"}]
    assert dialog.result_number() == "8196543210987655"
    edited = service.show("8196543210987655").timeline[-1]
    assert (edited.kind, edited.data) == ("edited", {"changes": {"number": [NUMBER, "8196543210987655"]}})


# -- times that can't be right, flagged at once ---------------------------------------------------


def test_a_future_order_date_and_a_payment_before_the_order_are_flagged_when_entered(qtbot, dialog, clock):
    fill_valid(qtbot, dialog)
    assert dialog.ok_button.isEnabled()
    dialog.ordered_at.set_value(clock.now() + timedelta(days=2))
    assert dialog.ordered_at_msg is not None and dialog.ordered_at_msg.isVisible()
    assert dialog.ordered_at_msg.text() == "The order date is in the future."
    assert not dialog.ok_button.isEnabled()
    dialog.ordered_at.set_value(clock.now() - timedelta(days=2))
    assert not dialog.ordered_at_msg.isVisible()
    dialog.paid_at.set_value(clock.now() - timedelta(days=3))
    assert (
        dialog.paid_at_msg is not None
        and dialog.paid_at_msg.text() == "The payment time is before the order time."
    )
    assert not dialog.ok_button.isEnabled()
    dialog.paid_at.set_value(clock.now() + timedelta(hours=1))
    assert dialog.paid_at_msg.text() == "The payment time is in the future."
    dialog.paid.setChecked(False)  # not paid: its time doesn't count
    assert not dialog.paid_at_msg.isVisible() and dialog.ok_button.isEnabled()


def test_processing_days_say_days(qtbot, dialog):
    choose(dialog.processing.mode, "In days")
    assert dialog.processing.days.text() == "7 days"
    dialog.processing.days.setValue(1)
    assert dialog.processing.days.text() == "1 day"


def test_dates_are_read_in_the_order_pages_zone_which_the_editor_names(qtbot, service, clock):
    from datetime import UTC, datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    local = OrderEditorDialog(service, clock, None)
    qtbot.addWidget(local)
    assert "this computer's time zone" in local.zone_label.text()
    service.rules.set("order_page_timezone", "America/Los_Angeles")
    dialog = OrderEditorDialog(service, clock, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.zone_label.isVisible()
    assert dialog.zone_label.text() == "Dates as on the order page, in America/Los_Angeles (UTC-07:00)."
    # The fields show and read the order page's wall time: 9:30 on the page is 16:30 UTC (PDT).
    dialog.paid_at.setDateTime(QDateTime(QDate(2026, 3, 9), QTime(9, 30)))
    dialog.ordered_at.setDateTime(QDateTime(QDate(2026, 3, 9), QTime(9, 0)))
    assert dialog.paid_at.value() == datetime(2026, 3, 9, 16, 30, tzinfo=UTC)
    fill_valid(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    detail = service.show(NUMBER)
    assert detail.ordered_at == datetime(2026, 3, 9, 16, 0, tzinfo=UTC)
    # Editing an existing order shows no order-page dates, and so no zone.
    edit = OrderEditorDialog(service, clock, None, NUMBER)
    qtbot.addWidget(edit)
    edit.show()
    assert not edit.zone_label.isVisible()


def test_a_paid_order_without_a_ship_by_time_gets_it_from_the_countdown_in_the_editor(qtbot, service, clock):
    paid = clock.now() - timedelta(hours=30)
    service.add_order(NewOrder(NUMBER, "Tiny Gadgets Store", "USB-C cable", Decimal("5"), "USD", paid, paid))
    [estimate] = [d for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.SHIP_BY]
    assert estimate.missing == "processing_time"
    dialog = OrderEditorDialog(service, clock, None, NUMBER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ship_by.isVisible()
    qtbot.keyClicks(dialog.ship_by.edit, "3 d 04:00:00")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [entered] = [d for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.SHIP_BY]
    assert (entered.due, entered.basis.value, entered.missing) == (
        clock.now() + timedelta(days=3, hours=4),
        "entered",
        None,
    )
    # Once shipped there is no ship-by time to enter.
    service.record_event(NUMBER, NewEvent("shipped"))
    shipped = OrderEditorDialog(service, clock, None, NUMBER)
    qtbot.addWidget(shipped)
    shipped.show()
    assert not shipped.ship_by.isVisible()
