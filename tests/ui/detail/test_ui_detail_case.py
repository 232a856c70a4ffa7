"""The detail panel's case section: shown only for an order with a dispute, it says where the case
stands and what is next, counts down to its deadlines, offers the events that move it on, and
follows the case from the opening through escalation and the decision to the refund."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.clock import FrozenClock
from app.domain.timeutil import epoch
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from ui.common import format as fmt
from ui.detail.panel import OrderDetailPanel

NUMBER = "8207654321098765"
DAY = timedelta(days=1)


@pytest.fixture
def panel(qtbot, service: OrderService, clock: FrozenClock) -> OrderDetailPanel:
    widget = OrderDetailPanel(service, clock)
    qtbot.addWidget(widget)
    widget.resize(460, 900)
    widget.show()
    return widget


def shipped_order(service: OrderService, clock: FrozenClock, method: str = "card") -> None:
    paid = clock.now() - 20 * DAY
    service.add_order(
        NewOrder(NUMBER, "Gadget Official Store", "Desk lamp", Decimal("40.00"), "USD", paid, paid, method, 7)
    )
    service.record_event(NUMBER, NewEvent("shipped", at=paid + 3 * DAY, tracking="LP00412345678901"))


def disputed_order(service: OrderService, clock: FrozenClock) -> None:
    shipped_order(service, clock)
    service.record_event(
        NUMBER,
        NewEvent("dispute-opened", at=clock.now() - DAY, reason="tracking_stalled", refund=Decimal("40.00")),
    )


def section(panel: QWidget) -> QWidget:
    found = panel.findChild(QWidget, "caseSection")
    assert found is not None
    return found


def label(panel: QWidget, name: str) -> str:
    found = section(panel).findChild(QLabel, name)
    assert found is not None and found.isVisibleTo(panel), name
    return found.text()


def case_buttons(panel: QWidget) -> dict[str, QPushButton]:
    return {
        b.text(): b
        for b in section(panel).findChildren(QPushButton)
        if b.objectName().startswith("case-") and b.isVisibleTo(panel)
    }


def countdowns(panel: QWidget) -> list[str]:
    return [w.text() for w in section(panel).findChildren(QLabel, "caseCountdown") if w.isVisibleTo(panel)]


def test_an_order_without_a_dispute_shows_no_case(panel, service, clock) -> None:
    shipped_order(service, clock)
    panel.show_order(NUMBER)
    cases = panel.findChild(QWidget, "caseList")
    assert cases is not None and not cases.isVisibleTo(panel)
    assert all(not s.isVisibleTo(panel) for s in panel.findChildren(QWidget, "caseSection"))


def test_an_open_dispute_shows_stage_reason_amount_deadlines_and_what_next(panel, service, clock) -> None:
    disputed_order(service, clock)
    panel.show_order(NUMBER)
    assert section(panel).isVisibleTo(panel)
    assert label(panel, "caseStage") == "Dispute open: waiting for the seller's answer"
    facts = label(panel, "caseFacts")
    assert "Reason: Not received: tracking stopped moving" in facts
    assert "Refund asked: $40.00" in facts
    assert f"Opened: {fmt.local_time(clock.now() - DAY)}" in facts
    dues = [w.text() for w in section(panel).findChildren(QLabel, "caseDue") if w.isVisibleTo(panel)]
    assert dues == [fmt.local_time(clock.now() + 4 * DAY), fmt.local_time(clock.now() + 15 * DAY)]
    assert countdowns(panel) == ["4d 00h", "15d 00h"]
    what_next = label(panel, "caseNext")
    assert "The seller must answer by the time shown;" in what_next
    assert "you can escalate earlier" in what_next
    assert set(case_buttons(panel)) >= {"Seller responded…", "Escalated…", "Decision…", "Dispute cancelled…"}
    assert "Appealed…" not in case_buttons(panel)


def test_the_case_sits_above_the_deadlines(panel, service, clock) -> None:
    disputed_order(service, clock)
    panel.show_order(NUMBER)
    deadline_title = next(
        w for w in panel.findChildren(QLabel) if w.text() == "Deadlines" and w.isVisibleTo(panel)
    )
    case_y = section(panel).mapTo(panel, section(panel).rect().topLeft()).y()
    assert case_y < deadline_title.mapTo(panel, deadline_title.rect().topLeft()).y()


def test_pressing_escalated_asks_the_main_window_to_record_it(panel, service, clock, qtbot) -> None:
    disputed_order(service, clock)
    panel.show_order(NUMBER)
    with qtbot.waitSignal(panel.record_requested) as blocker:
        qtbot.mouseClick(case_buttons(panel)["Escalated…"], Qt.MouseButton.LeftButton)
    assert blocker.args == [NUMBER, "escalated"]


def test_tick_moves_the_case_countdowns_without_asking_the_service(
    panel, service, clock, monkeypatch
) -> None:
    disputed_order(service, clock)
    panel.show_order(NUMBER)
    monkeypatch.setattr(service, "case", lambda *a, **k: pytest.fail("tick must not read the service"))
    panel.tick(epoch(clock.now() + 4 * DAY - timedelta(seconds=5)))
    assert countdowns(panel)[0] == "00:00:05"
    panel.tick(epoch(clock.now() + 4 * DAY + timedelta(seconds=1)))
    assert countdowns(panel)[0] == "overdue 00:00:01"


def test_a_trashed_order_shows_its_case_without_buttons(panel, service, clock) -> None:
    disputed_order(service, clock)
    service.trash(NUMBER)
    panel.show_order(NUMBER)
    assert label(panel, "caseStage") == "Dispute open: waiting for the seller's answer"
    assert case_buttons(panel) == {}


def test_the_case_follows_the_dispute_through_escalation_to_the_refund(panel, service, clock) -> None:
    disputed_order(service, clock)
    panel.show_order(NUMBER)
    steps = [
        (
            NewEvent("seller-responded", offer=Decimal("10.00")),
            "The seller answered",
            "Seller offers: $10.00",
            "Accepting the seller's offer closes the case",
        ),
        (
            NewEvent("escalated"),
            "Escalated: the platform is deciding",
            "Escalated: ",
            "The platform is deciding",
        ),
        (
            NewEvent("decided", outcome="full"),
            "Refund on its way",
            "Decision: Full refund",
            "Paid by Card: refunds usually take 3–20 business days.",
        ),
        (
            NewEvent("refund-received", amount=Decimal("40.00")),
            "Refunded: the case is closed",
            "Refund received: $40.00",
            "The refund arrived: the case is closed.",
        ),
    ]
    for event, stage, fact, sentence in steps:
        clock.advance(timedelta(hours=6))
        service.record_event(NUMBER, event)
        panel.show_order(NUMBER)
        assert label(panel, "caseStage") == stage
        assert fact in label(panel, "caseFacts")
        assert sentence in label(panel, "caseNext")
        if event.kind == "decided":
            assert countdowns(panel), "the refund's expected date counts down"
    assert case_buttons(panel) == {}
    assert countdowns(panel) == []


def test_a_rejection_offers_the_appeal_and_the_chargeback_deadline(panel, service, clock, qtbot) -> None:
    disputed_order(service, clock)
    service.record_event(NUMBER, NewEvent("escalated"))
    clock.advance(DAY)
    service.record_event(NUMBER, NewEvent("decided", outcome="rejected"))
    panel.show_order(NUMBER)
    assert label(panel, "caseStage") == "Decided against you"
    assert "Paid by card: you can still ask your bank for a chargeback" in label(panel, "caseNext")
    names = [w.text() for w in section(panel).findChildren(QLabel) if w.isVisibleTo(panel)]
    assert "Chargeback window ends" in names
    with qtbot.waitSignal(panel.record_requested) as blocker:
        qtbot.mouseClick(case_buttons(panel)["Appealed…"], Qt.MouseButton.LeftButton)
    assert blocker.args == [NUMBER, "appealed"]


def test_case_actions_are_not_repeated_in_the_general_event_row(panel, service, clock) -> None:
    disputed_order(service, clock)
    panel.show_order(NUMBER)
    offered = {b.objectName().removeprefix("case-") for b in case_buttons(panel).values()}
    assert "escalated" in offered
    general = {
        b.objectName().removeprefix("event-")
        for b in panel.findChildren(QPushButton)
        if b.objectName().startswith("event-") and b.isVisibleTo(panel)
    }
    assert not offered & general
    assert "tracking-update" in general  # the rest of the row is still there


# -- disputes per item -------------------------------------------------------------------------


def test_each_items_dispute_has_its_own_section_and_the_items_say_what_was_claimed_decided_received(
    panel, service, clock, qtbot, tmp_path
) -> None:
    from tests.two_items import CABLE, LAMP, add_lamp_and_cable
    from tests.two_items import NUMBER as TWO

    add_lamp_and_cable(service.store, clock, tmp_path, clock.now() - 12 * DAY)
    service.record_event(TWO, NewEvent("received", at=clock.now() - 3 * DAY))
    service.record_event(
        TWO,
        NewEvent(
            "dispute-opened", at=clock.now() - 2 * DAY, reason="damaged", refund=Decimal("5"), line=CABLE
        ),
    )
    service.record_event(TWO, NewEvent("decided", at=clock.now() - DAY, outcome="full", line=CABLE))
    service.record_event(
        TWO, NewEvent("refund-received", at=clock.now() - DAY / 2, line=CABLE, amount=Decimal("3"))
    )
    service.record_event(
        TWO, NewEvent("dispute-opened", at=clock.now() - DAY / 4, reason="defective", line=LAMP)
    )
    panel.show_order(TWO)
    sections = [s for s in panel.findChildren(QWidget, "caseSection") if s.isVisibleTo(panel)]
    titles = [s.findChild(QLabel, "caseTitle").text() for s in sections]
    assert titles == ["Dispute about item 2: USB cable", "Dispute about item 1: Desk lamp"]
    items = {
        w.objectName(): w.text() for w in panel.findChildren(QLabel) if w.objectName().startswith("item")
    }
    assert items["item-1"].splitlines() == [
        "1. Desk lamp — $22.50",
        "    Defective, doesn't work · Dispute open: waiting for the seller's answer",
    ]
    assert items["item-2"].splitlines() == [
        "2. USB cable (× 2) — $5.00",
        "    Damaged, asked $5.00 · Full refund · Refund on its way",
        "    Refund received: $3.00",
    ]
    assert items["itemsRefunded"] == "Refunded in all: $3.00 of $27.50"
    # A button of an item's case asks to record that event about that item.
    [escalate] = [b for b in sections[1].findChildren(QPushButton) if b.objectName() == "case-escalated"]
    with qtbot.waitSignal(panel.record_item_requested) as blocker:
        qtbot.mouseClick(escalate, Qt.MouseButton.LeftButton)
    assert blocker.args == [TWO, "escalated", LAMP]
    # The general row doesn't repeat what the sections offer.
    general = {b.objectName() for b in panel.findChildren(QPushButton) if b.objectName().startswith("event-")}
    assert "event-escalated" not in general and "event-refund-received" not in general
