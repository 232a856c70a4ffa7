"""The order detail panel: header, deadlines with live countdowns, event buttons, timeline, notes."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from app.clock import FrozenClock
from app.domain.timeutil import epoch
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from ui.detail.panel import OrderDetailPanel

NUMBER = "3051234567890123"


@pytest.fixture
def panel(qtbot, service: OrderService, clock: FrozenClock) -> OrderDetailPanel:
    widget = OrderDetailPanel(service, clock)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    return widget


def add_paid(service: OrderService, clock: FrozenClock, hours_ago: float, number: str = NUMBER) -> None:
    service.add_order(
        NewOrder(
            number,
            "Gadget Official Store",
            "USB-C charger 65 W",
            Decimal("23.47"),
            "EUR",
            paid_at=clock.now() - timedelta(hours=hours_ago),
            payment_method="paypal",
        )
    )


def add_in_transit(service: OrderService, clock: FrozenClock, number: str = NUMBER) -> None:
    add_paid(service, clock, hours_ago=72, number=number)
    service.record_event(
        number,
        NewEvent(
            "shipped",
            at=clock.now() - timedelta(days=1),
            tracking="LP00412345678901",
            carrier="Cainiao",
            protection_left=timedelta(days=59),
        ),
    )


def shown(panel: QWidget, kind: type, name: str) -> list:
    return [w for w in panel.findChildren(kind, name) if w.isVisibleTo(panel)]


def text_of(panel: QWidget, name: str) -> str:
    (label,) = shown(panel, QLabel, name)
    return label.text()


def event_buttons(panel: QWidget) -> dict[str, QPushButton]:
    return {
        b.text(): b
        for b in panel.findChildren(QPushButton)
        if b.objectName().startswith("event-") and b.isVisibleTo(panel)
    }


def deadline_rows(panel: QWidget) -> list[QWidget]:
    return [w for w in panel.findChildren(QWidget, "deadlineRow") if w.isVisibleTo(panel)]


def row_texts(row: QWidget) -> list[str]:
    return [label.text() for label in row.findChildren(QLabel)]


def timeline_titles(panel: QWidget) -> list[str]:
    boxes = [w for w in panel.findChildren(QWidget, "timelineEntry") if w.isVisibleTo(panel)]
    return [box.findChildren(QLabel)[0].text() for box in boxes]


def test_without_an_order_the_panel_invites_a_selection(panel: OrderDetailPanel, service, clock) -> None:
    assert "Select an order" in text_of(panel, "emptyState")
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    assert not shown(panel, QLabel, "emptyState")
    panel.show_order(None)
    assert "Select an order" in text_of(panel, "emptyState")
    assert panel.number() is None


def test_an_order_that_no_longer_exists_shows_the_empty_state(panel: OrderDetailPanel) -> None:
    panel.show_order("does-not-exist")
    assert shown(panel, QLabel, "emptyState")


def test_header_shows_number_store_total_payment_and_status_in_words(panel, service, clock) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    number = shown(panel, QLabel, "orderNumber")[0]
    assert number.text() == NUMBER
    assert number.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Gadget Official Store" in text_of(panel, "orderStore")
    assert "USB-C charger 65 W" in text_of(panel, "orderItems")
    assert "€23.47" in text_of(panel, "orderTotal")
    assert "PayPal" in text_of(panel, "orderTotal")
    assert text_of(panel, "orderStatus") == "Payment being checked"


def test_copy_button_puts_the_order_number_on_the_clipboard(panel, service, clock, qtbot, qapp) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    qapp.clipboard().clear()
    (copy,) = [b for b in panel.findChildren(QWidget) if b.accessibleName() == "Copy the order number"]
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert qapp.clipboard().text() == NUMBER


def test_each_deadline_is_listed_with_its_countdown_and_advice(panel, service, clock) -> None:
    add_in_transit(service, clock)
    panel.show_order(NUMBER)
    deadlines = service.show(NUMBER).deadlines
    rows = deadline_rows(panel)
    assert len(rows) == len(deadlines) >= 2
    for row, deadline in zip(rows, deadlines, strict=True):
        texts = row_texts(row)
        countdown = row.findChild(QLabel, "deadlineCountdown").text()
        days = int(deadline.left.total_seconds()) // 86400
        assert countdown.startswith(f"{days}d ")
        assert deadline.action in texts
    assert any('"Not received" dispute possible' in row_texts(row) for row in rows)


def test_tick_moves_the_countdown_without_asking_the_service(panel, service, clock, monkeypatch) -> None:
    add_paid(service, clock, hours_ago=22)  # the payment check (24 h) ends in exactly 2 h
    panel.show_order(NUMBER)
    row = deadline_rows(panel)[0]  # then the ship-by time estimated from the usual processing time
    countdown = row.findChild(QLabel, "deadlineCountdown")
    assert countdown.text() == "02:00:00"
    calls: list[str] = []
    monkeypatch.setattr(service, "show", lambda *a, **k: calls.append("show"))
    monkeypatch.setattr(service, "sensible_events", lambda *a, **k: calls.append("sensible"))
    clock.advance(timedelta(seconds=1))
    panel.tick(epoch(clock.now()))
    assert countdown.text() == "01:59:59"
    assert calls == []
    assert deadline_rows(panel)[0] == row  # same widgets: nothing was rebuilt


def test_tick_with_no_order_shown_does_nothing(panel, service, clock, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(service, "show", lambda *a, **k: calls.append("show"))
    panel.tick(epoch(clock.now()))
    assert calls == []
    assert shown(panel, QLabel, "emptyState")


def test_a_countdown_crossing_zero_asks_for_a_reload_once(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=22)
    panel.show_order(NUMBER)
    now = epoch(clock.now())
    with qtbot.waitSignal(panel.deadline_passed) as blocker:
        panel.tick(now + 2 * 3600 + 1)
    assert blocker.args == [NUMBER]
    assert deadline_rows(panel)[0].findChild(QLabel, "deadlineCountdown").text() == "overdue 00:00:01"
    with qtbot.assertNotEmitted(panel.deadline_passed):
        panel.tick(now + 2 * 3600 + 2)


def test_basis_says_entered_for_a_typed_countdown_and_estimated_for_a_rule(panel, service, clock) -> None:
    add_in_transit(service, clock)
    panel.show_order(NUMBER)
    by_what = {row_texts(row)[0]: row.findChild(QLabel, "deadlineDue").text() for row in deadline_rows(panel)}
    assert "entered" in by_what["Protection ends"]
    assert "estimated" not in by_what["Protection ends"]
    assert "estimated" in by_what['"Not received" dispute possible']


def test_timeline_is_oldest_first_with_tracking_number(panel, service, clock) -> None:
    add_in_transit(service, clock)
    # Recorded last, happened before the shipment: it belongs between "Paid" and "Shipped".
    clock.advance(timedelta(hours=1))
    service.record_event(
        NUMBER, NewEvent("note", at=clock.now() - timedelta(days=2), note="asked the seller")
    )
    panel.show_order(NUMBER)
    assert timeline_titles(panel) == ["Order placed", "Paid", "Note", "Shipped"]
    details = [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]
    assert any("LP00412345678901" in t and "Cainiao" in t for t in details)
    assert any("asked the seller" in t for t in details)
    assert "LP00412345678901" in text_of(panel, "orderTracking")


def test_timeline_shows_dispute_facts_and_edits_in_words(panel, service, clock) -> None:
    add_paid(service, clock, hours_ago=24 * 30)
    service.record_event(NUMBER, NewEvent("shipped", at=clock.now() - timedelta(days=28), tracking="YT1"))
    service.record_event(NUMBER, NewEvent("received", at=clock.now() - timedelta(days=3)))
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="damaged", refund=Decimal("23.47")))
    service.edit_order(NUMBER, {"payment_method": "card"})
    panel.show_order(NUMBER)
    assert text_of(panel, "orderStatus") == "Dispute open"
    details = "\n".join(label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel))
    assert "Reason: damaged" in details
    assert "Refund asked: €23.47" in details
    assert "Payment method: PayPal → Card" in details


def test_add_note_records_a_note_event(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    (edit,) = shown(panel, QPlainTextEdit, "noteEdit")
    add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Add note")
    assert not add.isEnabled()
    qtbot.keyClicks(edit, "Seller promised to ship on Friday")
    assert add.isEnabled()
    with qtbot.waitSignal(panel.order_changed) as blocker:
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert blocker.args == [NUMBER]
    last = service.show(NUMBER).timeline[-1]
    assert (last.kind, last.data["note"]) == ("note", "Seller promised to ship on Friday")
    assert edit.toPlainText() == ""
    assert timeline_titles(panel)[-1] == "Note"


def test_a_refused_note_is_explained_next_to_the_field(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    service.trash(NUMBER)  # behind the panel's back (the CLI, another window)
    (edit,) = shown(panel, QPlainTextEdit, "noteEdit")
    qtbot.keyClicks(edit, "too late")
    add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Add note")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert "trash" in text_of(panel, "noteError")
    assert edit.toPlainText() == "too late"


def test_event_buttons_follow_the_sensible_events(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    buttons = event_buttons(panel)
    # The payment check's end is an estimate: a request the buyer made can be recorded.
    assert "Request cancellation…" in buttons
    assert len(buttons) == len(service.sensible_events(NUMBER))
    assert "Shipped…" in buttons

    clock.advance(timedelta(days=1))
    panel.show_order(NUMBER)
    buttons = event_buttons(panel)
    assert "Request cancellation…" in buttons
    assert len(buttons) == len(service.sensible_events(NUMBER))
    with qtbot.waitSignal(panel.record_requested) as blocker:
        qtbot.mouseClick(buttons["Request cancellation…"], Qt.MouseButton.LeftButton)
    assert blocker.args == [NUMBER, "cancel-requested"]


def test_edit_and_trash_buttons_ask_the_main_window(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    buttons = {b.text(): b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)}
    assert "Restore" not in buttons
    with qtbot.waitSignal(panel.edit_requested) as edit:
        qtbot.mouseClick(buttons["Edit…"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.trash_requested) as trash:
        qtbot.mouseClick(buttons["Move to trash"], Qt.MouseButton.LeftButton)
    assert edit.args == trash.args == [NUMBER]


def test_a_trashed_order_offers_restore_and_no_events(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=2)
    service.trash(NUMBER)
    panel.show_order(NUMBER)
    assert "in the trash" in text_of(panel, "orderStatus")
    buttons = {b.text(): b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)}
    assert "Move to trash" not in buttons and "Edit…" not in buttons
    assert event_buttons(panel) == {}
    assert not shown(panel, QPlainTextEdit, "noteEdit")[0].isEnabled()
    with qtbot.waitSignal(panel.restore_requested) as blocker:
        qtbot.mouseClick(buttons["Restore"], Qt.MouseButton.LeftButton)
    assert blocker.args == [NUMBER]


def test_ctrl_enter_in_the_note_field_adds_the_note(panel, service, clock, qtbot) -> None:
    add_paid(service, clock, hours_ago=2)
    panel.show_order(NUMBER)
    (edit,) = shown(panel, QPlainTextEdit, "noteEdit")
    panel.activateWindow()
    edit.setFocus()
    qtbot.keyClicks(edit, "quick note")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert service.show(NUMBER).timeline[-1].data.get("note") == "quick note"


def test_a_ship_by_edit_reads_as_local_times_in_the_timeline(qapp: object) -> None:
    from datetime import UTC, datetime

    from app.services.views import TimelineEntry
    from ui.common import format as fmt
    from ui.detail.texts import timeline_details

    old, new = "2026-03-12T12:00:00Z", "2026-03-13T12:00:00Z"
    at = datetime(2026, 3, 10, 12, tzinfo=UTC)
    entry = TimelineEntry("edited", at, at, {"changes": {"ship_by": [old, new]}})
    [line] = timeline_details(entry, "USD")
    expected_new = fmt.local_time(datetime(2026, 3, 13, 12, tzinfo=UTC))
    assert line.startswith("Ship-by time") and expected_new in line and "Z" not in line


def test_the_cancel_guide_is_offered_only_while_there_is_something_to_cancel(
    panel: OrderDetailPanel, service: OrderService, clock: FrozenClock
) -> None:
    add_in_transit(service, clock)
    panel.show_order(NUMBER)
    assert shown(panel, QPushButton, "cancelGuideButton"), "shipped: the guide says wait or dispute"
    service.record_event(NUMBER, NewEvent("received", at=clock.now()))
    panel.show_order(NUMBER)
    assert service.show(NUMBER).status.value == "completed"
    assert not shown(panel, QPushButton, "cancelGuideButton")


# -- guessed times, items and dispute dates each shown once ---------------------------------------

PASTED = """Awaiting delivery
Order number: 8123456789012399
Order time: 2026-02-12 10:22
Store: Gadget Store
Phone case
Color: Blue
US $4.99 x2
Total: US $9.98
"""


def add_pasted(service: OrderService, clock: FrozenClock, text: str = PASTED) -> str:
    from app.services.importing import ImportService  # the service imports SQLAlchemy; only here

    importer = ImportService(service.store, clock)
    parsed = importer.parse_order_text(text)
    importer.add_pasted(parsed, text)
    return parsed.number or ""


def test_a_guessed_shipping_time_is_shown_as_a_guess(panel, service, clock) -> None:
    number = add_pasted(service, clock)
    panel.show_order(number)
    times = [w.text() for w in shown(panel, QLabel, "timelineTime")]
    assert times[1:] == ["2/12/2026 10:22\u202fAM or later", "2/12/2026 10:22\u202fAM or later"]
    entries = " ".join(label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel))
    assert "Date not known: the import or the pasted page didn't say when." in entries
    dues = [w.text() for w in shown(panel, QLabel, "deadlineDue")]
    assert dues and all("a date not known for sure" in text for text in dues)


def test_an_order_with_known_times_says_nothing_of_guesses(panel, service, clock) -> None:
    add_in_transit(service, clock)
    panel.show_order(NUMBER)
    assert not any("or later" in w.text() for w in shown(panel, QLabel, "timelineTime"))
    assert not any("not known" in w.text() for w in shown(panel, QLabel, "deadlineDue"))


def test_a_pasted_items_title_is_shown_once(panel, service, clock) -> None:
    number = add_pasted(service, clock)
    panel.show_order(number)
    assert text_of(panel, "orderItems") == "2 × Phone case (Color: Blue)"


def test_several_items_are_bullets_without_the_first_repeated_above(panel, service, clock) -> None:
    text = PASTED.replace(
        "US $4.99 x2\nTotal: US $9.98", "US $4.99 x2\nScreen protector\nUS $1.00 x1\nTotal: US $10.98"
    )
    number = add_pasted(service, clock, text)
    panel.show_order(number)
    assert text_of(panel, "orderItems") == "• 2 × Phone case (Color: Blue)\n• Screen protector"


def test_the_disputes_dates_show_once_in_its_own_section(panel, service, clock) -> None:
    add_in_transit(service, clock)
    service.record_event(NUMBER, NewEvent("received", at=clock.now() - timedelta(hours=20)))
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="damaged", refund=Decimal("5")))
    panel.show_order(NUMBER)
    rows = [" ".join(row_texts(row)) for row in deadline_rows(panel)]
    assert not any("Seller must respond" in row or "escalates" in row.lower() for row in rows)
    case_text = " ".join(
        label.text() for label in panel._case.findChildren(QLabel) if label.isVisibleTo(panel)
    )
    assert "Seller must respond" in case_text


def test_a_waiting_period_counts_down_in_the_text_colour_without_an_urgency_mark(
    panel, service, clock
) -> None:
    add_paid(service, clock, hours_ago=22)  # the payment check ends in 2 h: nothing to do but wait
    panel.show_order(NUMBER)
    [row] = [r for r in deadline_rows(panel) if "Payment check ends" in row_texts(r)]
    countdown = row.findChild(QLabel, "deadlineCountdown")
    assert row.findChild(QLabel, "deadlineMark").text() == ""
    assert countdown.palette().color(QPalette.ColorRole.WindowText) == panel.palette().color(
        QPalette.ColorRole.WindowText
    )
    service.add_order(
        NewOrder(
            "3051234567890999",
            "Store",
            "Lamp",
            Decimal("9.00"),
            "EUR",
            paid_at=clock.now() - timedelta(days=30),
        )
    )
    service.record_event("3051234567890999", NewEvent("shipped", at=clock.now() - timedelta(days=25)))
    service.record_event("3051234567890999", NewEvent("received", at=clock.now() - timedelta(days=14)))
    panel.show_order("3051234567890999")  # one day left to open a dispute: the buyer's deadline
    (row,) = deadline_rows(panel)
    assert row.findChild(QLabel, "deadlineMark").text() == "▲"
    assert row.findChild(QLabel, "deadlineCountdown").palette().color(
        QPalette.ColorRole.WindowText
    ) != panel.palette().color(QPalette.ColorRole.WindowText)


def _escalated(service: OrderService, clock: FrozenClock) -> None:
    add_in_transit(service, clock)
    service.record_event(NUMBER, NewEvent("dispute-opened", at=clock.now(), reason="tracking_stalled"))
    clock.advance(timedelta(days=1))
    service.record_event(NUMBER, NewEvent("escalated", at=clock.now()))


def test_every_button_that_opens_a_dialog_ends_in_an_ellipsis(panel, service, clock) -> None:
    from app.domain.model import RECORDABLE_KINDS
    from ui.detail.texts import button_label

    # Every recorded event opens a dialog (the event dialog, or the dispute guide).
    assert all(button_label(kind.value).endswith("…") for kind in RECORDABLE_KINDS if kind.value != "note")
    _escalated(service, clock)
    panel.show_order(NUMBER)
    texts = [b.text() for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]
    assert "Edit…" in texts and "Decision…" in texts
    opening = [t for t in texts if t not in ("Move to trash", "Copy", "Add note", "Restore")]
    assert all(t.endswith("…") for t in opening), opening


def test_tracking_and_delivery_can_be_recorded_during_an_escalated_dispute(panel, service, clock) -> None:
    _escalated(service, clock)
    panel.show_order(NUMBER)
    assert service.show(NUMBER).status.value == "dispute_escalated"
    assert {"Tracking update…", "Delivered…"} <= set(event_buttons(panel))


def test_a_refund_decided_in_a_dispute_offers_no_cancel_guide(panel, service, clock) -> None:
    _escalated(service, clock)
    service.record_event(NUMBER, NewEvent("decided", at=clock.now(), outcome="full"))
    panel.show_order(NUMBER)
    assert service.show(NUMBER).status.value == "refund_pending"
    assert not shown(panel, QPushButton, "cancelGuideButton")


def test_a_cancellation_approved_by_a_silent_seller_offers_the_cancel_guide(panel, service, clock) -> None:
    add_paid(service, clock, hours_ago=30)
    service.record_event(NUMBER, NewEvent("cancel-requested", at=clock.now()))
    clock.advance(timedelta(days=3))  # the seller stayed silent: approved, refund on its way
    panel.show_order(NUMBER)
    assert service.show(NUMBER).status.value == "refund_pending"
    assert shown(panel, QPushButton, "cancelGuideButton")
