"""The cancel-order wizard, walked as a buyer does: choose the reason, read the verdict and its
live countdown, copy the message, say what happened, press Finish, and check what the service
stored. Orders are built through the service on the frozen clock of the fixtures."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
    QWizard,
)

from app.domain.model import Basis, DeadlineKind
from app.services.views import NewEvent, NewOrder
from tests.ui.catalogs import speaking
from ui.common import dialogs
from ui.common import format as fmt
from ui.wizards.cancel import wizard as cancel_wizard
from ui.wizards.cancel.flow import FOLLOW_UP, MESSAGE, SITUATION, VERDICT
from ui.wizards.cancel.wizard import CancelWizard, open_cancel_wizard

NUMBER = "8196543210987654"
W = QWizard.WizardButton


# -- orders -------------------------------------------------------------------------------------


def unpaid_order(service, clock) -> None:
    service.add_order(
        NewOrder(
            NUMBER,
            "Tiny Gadgets Store",
            "USB-C cable",
            Decimal("12.40"),
            "USD",
            clock.now() - timedelta(days=1),
        )
    )


def paid_order(service, clock, paid_ago: timedelta, **extra) -> None:
    paid = clock.now() - paid_ago
    service.add_order(
        NewOrder(
            NUMBER, "Tiny Gadgets Store", "USB-C cable", Decimal("12.40"), "USD", paid, paid, "card", **extra
        )
    )


def pending_order(service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    service.record_event(
        NUMBER, NewEvent("cancel-requested", at=clock.now() - timedelta(hours=1), reason="changed_mind")
    )


# -- driving the wizard -------------------------------------------------------------------------


def open_wizard(qtbot, service, clock) -> CancelWizard:
    wizard = CancelWizard(service, clock, NUMBER, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, button: QAbstractButton) -> None:
    # Near the left edge: a radio button only reacts on its circle and its text.
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def press(qtbot, wizard: CancelWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def choose_reason(qtbot, wizard: CancelWizard, reason: str) -> None:
    click(qtbot, wizard.situation_page.reason_buttons[reason])
    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == VERDICT


def choice(wizard: CancelWizard, label: str) -> QRadioButton:
    buttons = {b.text(): b for b in wizard.follow_up_page.findChildren(QRadioButton) if b.isVisible()}
    assert label in buttons, f"{label!r} not offered; offered: {list(buttons)}"
    return buttons[label]


def kinds(service) -> list[str]:
    return [entry.kind for entry in service.show(NUMBER).timeline]


def deadline_kinds(service) -> set[DeadlineKind]:
    return {d.kind for d in service.show(NUMBER).deadlines}


def visible_steps(wizard: CancelWizard) -> list[str]:
    return [label.text() for label in wizard.verdict_page.step_labels]


# -- the paths ----------------------------------------------------------------------------------


def test_the_situation_page_shows_the_order_and_needs_a_reason_before_next(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    assert wizard.windowTitle() == f"Cancel order {NUMBER}"
    shown = [label.text() for label in wizard.situation_page.values.values()]
    assert shown[:5] == [NUMBER, "Tiny Gadgets Store", "USB-C cable", "$12.40", "Awaiting shipment"]
    assert not wizard.button(W.NextButton).isEnabled()
    assert wizard.situation_page.hint.isVisible()
    click(qtbot, wizard.situation_page.reason_buttons["found_cheaper"])
    assert wizard.button(W.NextButton).isEnabled()
    assert wizard.field("reason") == "found_cheaper"


def test_unpaid_order_needs_nothing_and_finish_records_nothing(qtbot, service, clock) -> None:
    unpaid_order(service, clock)
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    assert wizard.advice().verdict == "not_paid_ignore"
    assert wizard.verdict_page.headline.text().startswith("Nothing to do")
    assert any("Ignore the seller's reminders" in step for step in visible_steps(wizard))
    assert (
        wizard.verdict_page.countdown_box.countdown.text() == "19d 00h"
    )  # placed a day ago, closes after 20
    # No message to write: straight on to what the buyer did, where "Nothing yet" is chosen.
    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == FOLLOW_UP
    offered = [b.text() for b in wizard.follow_up_page.choices.values()]
    assert offered == ["I cancelled it on the order page", "Nothing yet"]
    assert choice(wizard, "Nothing yet").isChecked()
    press(qtbot, wizard, W.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.recorded_detail() is None
    assert kinds(service) == before


def test_unpaid_order_cancelled_on_the_order_page_is_recorded_with_the_reason(qtbot, service, clock) -> None:
    unpaid_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "found_cheaper")
    press(qtbot, wizard, W.NextButton)
    click(qtbot, choice(wizard, "I cancelled it on the order page"))
    press(qtbot, wizard, W.FinishButton)
    order = service.show(NUMBER)
    assert (order.timeline[-1].kind, order.timeline[-1].data.get("reason")) == ("cancelled", "found_cheaper")
    assert order.status == "cancelled"


def test_personal_reason_drafts_a_message_and_finish_records_the_request(
    qtbot, service, clock, russian_drafts
) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    assert wizard.advice().verdict == "request_cancellation"
    assert not wizard.verdict_page.countdown_box.isVisible()
    assert 'press "Cancel order"' in wizard.verdict_page.headline.text()

    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == MESSAGE
    page = wizard.message_page
    english = page.draft.toPlainText()
    assert NUMBER in english and "cancel" in english
    assert NUMBER in page.note.text()
    click(qtbot, page.language_button("ru"))
    russian = page.draft.toPlainText()
    assert NUMBER in russian and "Здравствуйте" in russian
    click(qtbot, page.copy_button)
    assert QGuiApplication.clipboard().text() == russian
    assert page.copied.isVisible()
    click(qtbot, page.language_button("en"))
    assert page.draft.toPlainText() == english

    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == FOLLOW_UP
    assert kinds(service)[-1] == "paid", "nothing is written before Finish"
    click(qtbot, choice(wizard, "I pressed Cancel order (requested cancellation)"))
    assert "Cancellation requested" in wizard.follow_up_page.summary.text()
    press(qtbot, wizard, W.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    order = service.show(NUMBER)
    assert order.timeline[-1].kind == "cancel-requested"
    assert order.timeline[-1].data.get("reason") == "changed_mind"
    assert DeadlineKind.CANCEL_AUTO_APPROVE in deadline_kinds(service)
    assert wizard.recorded_detail() is not None and wizard.recorded_detail().status == order.status


def test_payment_being_checked_counts_down_live_and_records_nothing(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(hours=2))
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    page = wizard.verdict_page
    assert wizard.advice().verdict == "wait_payment_check"
    assert page.countdown_box.isVisible()
    assert page.countdown_box.countdown.text() == fmt.countdown(22 * 3600) == "22:00:00"
    assert page.timer.isActive()

    clock.advance(timedelta(minutes=5, seconds=3))
    qtbot.waitUntil(
        lambda: page.countdown_box.countdown.text() == "21:54:57", timeout=10_000
    )  # a one-second timer: generous for a busy machine

    assert not wizard.button(W.NextButton).isVisible(), "no message and nothing to record: Finish"
    press(qtbot, wizard, W.FinishButton)
    assert kinds(service) == before
    assert not page.timer.isActive(), "the countdown stops with the wizard"


def test_seller_out_of_stock_waits_for_the_ship_by_time(qtbot, service, clock) -> None:
    ship_by = clock.now() + timedelta(days=3, hours=4)
    paid_order(service, clock, timedelta(days=2), ship_by=ship_by)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "out_of_stock")
    page = wizard.verdict_page
    assert wizard.advice().verdict == "wait_for_auto_refund"
    assert (
        page.countdown_box.countdown.text()
        == fmt.countdown(int((ship_by - clock.now()).total_seconds()))
        == "3d 04h"
    )
    assert "ship" in page.countdown_box.caption.text()
    assert not page.missing.isVisible()
    press(qtbot, wizard, W.NextButton)
    assert "out of stock" in wizard.message_page.draft.toPlainText()


def test_unknown_ship_by_time_is_named_not_guessed(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "price_raised")
    page = wizard.verdict_page
    assert wizard.advice().missing == ("ship_by",)
    assert page.missing.isVisible()
    assert "ship-by time" in page.missing.text()
    assert not page.countdown_box.isVisible(), "no countdown to a time nobody knows"


def ship_by_deadlines(service) -> list[tuple[datetime, Basis]]:
    return [(d.due, d.basis) for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.SHIP_BY]


def test_unknown_ship_by_is_asked_for_and_the_typed_countdown_drives_the_verdict(
    qtbot, service, clock
) -> None:
    paid_order(service, clock, timedelta(days=2))  # added without processing time
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "out_of_stock")
    page = wizard.verdict_page
    assert page.ship_by_box.isVisible() and wizard.focusWidget() is page.ship_by.edit
    assert "type the countdown" in page.missing.text()
    assert not page.countdown_box.isVisible()

    qtbot.keyClicks(page.ship_by.edit, "3 d 00:00:00")
    advice = wizard.advice()
    assert (advice.verdict, advice.wait_until, advice.missing) == (
        "wait_for_auto_refund",
        clock.now() + timedelta(days=3),
        (),
    )
    assert (
        page.countdown_box.isVisible()
        and page.countdown_box.countdown.text() == fmt.countdown(3 * 86400) == "3d 00h"
    )
    assert page.until.text().startswith("→ ")
    assert page.ship_by.preview.text() == page.until.text()
    assert not page.missing.isVisible()
    assert page.ship_by_note.isVisible() and "Finish saves" in page.ship_by_note.text()
    assert visible_steps(wizard)[0] == "Wait for the ship-by countdown to end."
    assert kinds(service) == before, "nothing is saved before Finish"

    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    assert choice(wizard, "Nothing yet").isChecked()
    press(qtbot, wizard, W.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert ship_by_deadlines(service) == [(clock.now() + timedelta(days=3), Basis.ENTERED)]
    assert kinds(service) == [*before, "edited"]
    assert wizard.recorded_detail() is not None
    assert service.advise_cancel(NUMBER, "out_of_stock").missing == ()


def test_a_typed_ship_by_is_saved_before_the_chosen_event(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "seller_asked")
    qtbot.keyClicks(wizard.verdict_page.ship_by.edit, "5 d 12:00:00")
    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    clock.advance(timedelta(minutes=2))  # the countdown counts from when Finish is pressed
    click(qtbot, choice(wizard, "The seller says it has shipped"))
    press(qtbot, wizard, W.FinishButton)
    order = service.show(NUMBER)
    assert [entry.kind for entry in order.timeline][-2:] == ["edited", "shipped"]
    edited = order.timeline[-2].data["changes"]["ship_by"]
    assert edited == [None, (clock.now() + timedelta(days=5, hours=12)).strftime("%Y-%m-%dT%H:%M:%SZ")]
    assert order.status == "in_transit"


def test_left_empty_the_ship_by_stays_missing_and_nothing_is_saved(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "out_of_stock")
    page = wizard.verdict_page
    qtbot.keyClicks(page.ship_by.edit, "2 d")
    assert wizard.advice().missing == ()
    page.ship_by.edit.clear()  # typed, then thought better of it
    assert wizard.advice().missing == ("ship_by",) and wizard.advice().wait_until is None
    assert page.missing.isVisible() and not page.countdown_box.isVisible()
    assert not page.ship_by_note.isVisible()
    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    press(qtbot, wizard, W.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert kinds(service) == before
    # Nothing entered: only the estimate from the usual processing time, which asks for it.
    assert [basis for _due, basis in ship_by_deadlines(service)] == [Basis.ESTIMATED]
    assert wizard.recorded_detail() is None


def test_an_unreadable_countdown_says_why_and_holds_next(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "price_raised")
    page = wizard.verdict_page
    qtbot.keyClicks(page.ship_by.edit, "soon")
    assert page.ship_by.preview.text() and page.ship_by.preview.isVisible()
    assert not wizard.button(W.NextButton).isEnabled()
    assert wizard.advice().missing == ("ship_by",), "an unreadable countdown is not guessed at"
    page.ship_by.edit.clear()
    qtbot.keyClicks(page.ship_by.edit, "4 d 02:00:00")
    assert wizard.button(W.NextButton).isEnabled()
    assert wizard.advice().wait_until == clock.now() + timedelta(days=4, hours=2)


def test_a_ship_by_typed_for_a_seller_reason_is_not_saved_after_switching_to_a_personal_one(
    qtbot, service, clock
) -> None:
    paid_order(service, clock, timedelta(days=2))
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "out_of_stock")
    qtbot.keyClicks(wizard.verdict_page.ship_by.edit, "3 d 00:00:00")
    press(qtbot, wizard, W.BackButton)
    choose_reason(qtbot, wizard, "changed_mind")
    assert wizard.advice().verdict == "request_cancellation"
    assert not wizard.verdict_page.ship_by_box.isVisible()
    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    press(qtbot, wizard, W.FinishButton)
    assert kinds(service) == before


def test_pending_request_records_the_sellers_approval_and_the_refund_deadline(qtbot, service, clock) -> None:
    pending_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    assert wizard.advice().verdict == "cancel_pending"
    assert (
        wizard.verdict_page.countdown_box.countdown.text() == "1d 23h"
    )  # 48 h after the request an hour ago
    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    assert choice(wizard, "Nothing yet").isChecked()
    assert DeadlineKind.REFUND_EXPECTED_BY not in deadline_kinds(service)
    click(qtbot, choice(wizard, "The seller approved the cancellation"))
    press(qtbot, wizard, W.FinishButton)
    assert kinds(service)[-1] == "cancel-approved"
    assert DeadlineKind.REFUND_EXPECTED_BY in deadline_kinds(service)


def test_seller_says_shipped_records_shipped(qtbot, service, clock) -> None:
    pending_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "other")
    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    click(qtbot, choice(wizard, "The seller says it has shipped"))
    press(qtbot, wizard, W.FinishButton)
    assert kinds(service)[-1] == "shipped"
    assert service.show(NUMBER).status == "in_transit"


def test_a_refusal_on_finish_shows_on_the_page_and_the_wizard_stays(qtbot, service, clock) -> None:
    pending_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    while wizard.currentId() != FOLLOW_UP:
        press(qtbot, wizard, W.NextButton)
    click(qtbot, choice(wizard, "The seller refused"))
    # Meanwhile the buyer recorded the approval elsewhere: refusing now makes no sense.
    service.record_event(NUMBER, NewEvent("cancel-approved"))
    before = kinds(service)
    press(qtbot, wizard, W.FinishButton)
    page = wizard.follow_up_page
    assert wizard.isVisible() and wizard.currentId() == FOLLOW_UP
    assert page.banner.isVisible() and page.banner.text()
    assert wizard.recorded_detail() is None
    assert kinds(service) == before
    click(qtbot, choice(wizard, "Nothing yet"))
    assert not page.banner.isVisible()


def test_going_back_and_changing_the_reason_asks_again(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2), processing_days=7)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    assert wizard.advice().verdict == "request_cancellation"
    press(qtbot, wizard, W.BackButton)
    assert wizard.currentId() == SITUATION
    choose_reason(qtbot, wizard, "seller_asked")
    assert wizard.advice().verdict == "wait_for_auto_refund"
    assert wizard.verdict_page.countdown_box.isVisible()
    assert any("you don't have to" in step for step in visible_steps(wizard))


def test_the_countdown_ticks_only_while_its_page_shows(qtbot, service, clock) -> None:
    pending_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    timer = wizard.verdict_page.timer
    assert timer.isActive() and timer.parent() is wizard.verdict_page
    press(qtbot, wizard, W.NextButton)
    assert not timer.isActive()
    press(qtbot, wizard, W.BackButton)
    assert timer.isActive()
    wizard.close()
    assert not timer.isActive()


def test_an_edited_draft_keeps_its_edits_per_language_and_warns_without_the_number(
    qtbot, service, clock
) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "found_cheaper")
    press(qtbot, wizard, W.NextButton)
    page = wizard.message_page
    page.draft.selectAll()
    qtbot.keyClicks(page.draft, "Please cancel")
    assert "no longer names" in page.note.text()
    click(qtbot, page.language_button("ru"))
    assert NUMBER in page.draft.toPlainText()
    click(qtbot, page.language_button("en"))
    assert page.draft.toPlainText() == "Please cancel"


def test_keyboard_alone_walks_to_the_verdict(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    with qtbot.waitActive(wizard):  # mnemonics (Alt+N) work in the active window
        wizard.activateWindow()
    first = wizard.situation_page.reason_buttons["changed_mind"]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    assert wizard.field("reason") == "found_cheaper"
    # A mnemonic "animates" its button: the click lands a moment later.
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == VERDICT)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == SITUATION)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == VERDICT


def test_every_control_on_every_page_has_an_accessible_name(qtbot, service, clock) -> None:
    pending_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    click(qtbot, wizard.situation_page.reason_buttons["changed_mind"])
    seen = set()
    while True:
        seen.add(wizard.currentId())
        controls = [
            w
            for w in wizard.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QPlainTextEdit) and w.isVisible()
        ]
        assert controls
        assert all(w.accessibleName() for w in controls), [w for w in controls if not w.accessibleName()]
        if not wizard.button(W.NextButton).isVisible():
            break
        press(qtbot, wizard, W.NextButton)
    assert seen == {SITUATION, VERDICT, MESSAGE, FOLLOW_UP}


# -- opening it from the window -----------------------------------------------------------------


def test_open_cancel_wizard_says_true_when_finish_recorded(qtbot, service, clock, monkeypatch) -> None:
    paid_order(service, clock, timedelta(days=2))

    def walk(wizard: CancelWizard) -> int:
        wizard.show()
        wizard.situation_page.reason_buttons["changed_mind"].setChecked(True)
        while wizard.currentId() != FOLLOW_UP:
            wizard.next()
        choice(wizard, "I pressed Cancel order (requested cancellation)").setChecked(True)
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(CancelWizard, "exec", walk)
    assert open_cancel_wizard(None, service, clock, NUMBER) is True
    assert kinds(service)[-1] == "cancel-requested"


def test_open_cancel_wizard_says_false_when_closed_without_recording(
    qtbot, service, clock, monkeypatch
) -> None:
    paid_order(service, clock, timedelta(days=2))
    monkeypatch.setattr(CancelWizard, "exec", lambda wizard: wizard.reject() or 0)
    assert open_cancel_wizard(None, service, clock, NUMBER) is False


def test_open_cancel_wizard_on_an_unknown_order_explains_and_opens_nothing(
    qtbot, service, clock, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(CancelWizard, "exec", lambda wizard: pytest.fail("no wizard for an unknown order"))
    assert open_cancel_wizard(None, service, clock, "404") is False
    assert len(shown) == 1 and "404" in shown[0]
    assert cancel_wizard.dialogs is dialogs


def test_the_steps_point_to_the_drafted_message_not_below(qtbot, service, clock) -> None:
    paid_order(service, clock, timedelta(days=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    steps = " ".join(visible_steps(wizard))
    assert "(a message is drafted for you)" in steps and "below" not in steps
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "out_of_stock")
    steps = " ".join(visible_steps(wizard))
    assert "Send the seller the drafted message" in steps and "below" not in steps


def test_the_countdown_sits_beside_the_steps(qtbot, service, clock) -> None:
    from PySide6.QtCore import QPoint

    paid_order(service, clock, timedelta(hours=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "changed_mind")
    page = wizard.verdict_page
    card, steps = page.countdown_box, page.steps_heading
    card_box = (card.mapTo(page, QPoint(0, 0)), card.mapTo(page, QPoint(card.width(), card.height())))
    steps_at = steps.mapTo(page, QPoint(0, 0))
    assert card_box[1].x() < steps_at.x(), "side by side, not one under the other"
    assert steps_at.y() < card_box[1].y()
    assert page.step_labels[0].mapTo(page, QPoint(0, 0)).y() < card_box[1].y()


def test_the_message_is_offered_in_the_buyers_language_then_english_and_russian(
    qtbot, service, clock, monkeypatch, tmp_path
) -> None:
    paid_order(service, clock, timedelta(days=2))
    asked: list[str | None] = []
    advise = service.advise_cancel

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        # Each draft says which language it was asked in (what it says is the core's business).
        asked.append(kwargs.get("language"))
        advice = advise(*args, **kwargs)
        return replace(advice, message=f"[{kwargs.get('language')}] {advice.message}")

    monkeypatch.setattr(service, "advise_cancel", spy)
    with speaking("pt_BR", tmp_path):  # no catalog there: the page's words stay English
        wizard = open_wizard(qtbot, service, clock)
        choose_reason(qtbot, wizard, "changed_mind")
        press(qtbot, wizard, W.NextButton)
        page = wizard.message_page
        assert [b.text() for b in page.editor.buttons.values()] == [
            "&Português (Brasil)",
            "&English",
            "&Русский",
        ]
        assert page.language() == "pt_BR" and page.language_button("pt_BR").isChecked()
        assert asked[-1] == "pt_BR"  # the draft is asked for in the buyer's language
        first = page.draft.toPlainText()
        assert first.startswith("[pt_BR] ") and NUMBER in first
        click(qtbot, page.language_button("ru"))
        assert asked[-1] == "ru" and page.draft.toPlainText().startswith("[ru] ")
        click(qtbot, page.language_button("en"))
        assert asked[-1] == "en" and page.draft.toPlainText().startswith("[en] ")
        before = len(asked)
        click(qtbot, page.language_button("pt_BR"))
        assert page.draft.toPlainText() == first and len(asked) == before  # drafted once, kept
        wizard.close()
