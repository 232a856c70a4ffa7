"""The dispute wizard, walked as a buyer does: say whether the parcel arrived and what is wrong,
see whether the dispute can be opened (and until or from when, counting down live), tick the
evidence, ask for a refund, copy the dispute text, press Finish, and check what the service
stored. Orders are built through the service on the frozen clock of the fixtures."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QPlainTextEdit, QWidget, QWizard

from app.domain.model import NOT_RECEIVED_REASONS, RECEIVED_REASONS, DeadlineKind
from app.services.views import NewEvent, NewOrder
from tests.ui.catalogs import speaking
from ui.common import dialogs
from ui.common import format as fmt
from ui.wizards.dispute import wizard as dispute_wizard
from ui.wizards.dispute.flow import CONFIRM, ELIGIBILITY, EVIDENCE, REASON, REFUND, TEXT
from ui.wizards.dispute.wizard import DisputeWizard, open_dispute_wizard

NUMBER = "8196543210987654"
TOTAL = Decimal("12.40")
W = QWizard.WizardButton


# -- orders -------------------------------------------------------------------------------------


def paid_order(service, clock, paid_ago: timedelta, method: str = "card") -> None:
    paid = clock.now() - paid_ago
    service.add_order(
        NewOrder(
            NUMBER, "Tiny Gadgets Store", "USB-C cable", TOTAL, "USD", paid, paid, method, processing_days=7
        )
    )


def shipped_order(service, clock, shipped_ago: timedelta, method: str = "card") -> None:
    paid_order(service, clock, shipped_ago + timedelta(days=2), method)
    service.record_event(
        NUMBER, NewEvent("shipped", at=clock.now() - shipped_ago, tracking="LP00123456789CN")
    )


def received_order(service, clock, received_ago: timedelta = timedelta(days=1)) -> None:
    shipped_order(service, clock, timedelta(days=15) + received_ago)
    service.record_event(NUMBER, NewEvent("delivered", at=clock.now() - received_ago - timedelta(hours=3)))
    service.record_event(NUMBER, NewEvent("received", at=clock.now() - received_ago))


# -- driving the wizard -------------------------------------------------------------------------


def open_wizard(qtbot, service, clock) -> DisputeWizard:
    wizard = DisputeWizard(service, clock, NUMBER, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, button: QAbstractButton) -> None:
    # Near the left edge: a radio button or checkbox only reacts on its mark and its text.
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def press(qtbot, wizard: DisputeWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def choose_reason(qtbot, wizard: DisputeWizard, reason: str) -> None:
    page = wizard.reason_page
    click(qtbot, page.received if reason in RECEIVED_REASONS else page.not_received)
    click(qtbot, page.reason_buttons[reason])
    press(qtbot, wizard, W.NextButton)


def next_until(qtbot, wizard: DisputeWizard, page_id: int) -> None:
    while wizard.currentId() != page_id:
        press(qtbot, wizard, W.NextButton)


def kinds(service) -> list[str]:
    return [entry.kind for entry in service.show(NUMBER).timeline]


def deadline_kinds(service) -> set[DeadlineKind]:
    return {d.kind for d in service.show(NUMBER).deadlines}


def left(clock, when) -> str:
    return fmt.countdown(int((when - clock.now()).total_seconds()))


def cannot_go_on(wizard: DisputeWizard) -> bool:
    next_ok = wizard.button(W.NextButton).isVisible() and wizard.button(W.NextButton).isEnabled()
    finish_ok = wizard.button(W.FinishButton).isVisible() and wizard.button(W.FinishButton).isEnabled()
    return not next_ok and not finish_ok


# -- the reason ---------------------------------------------------------------------------------


def test_the_reason_page_asks_whether_it_arrived_then_offers_only_those_reasons(
    qtbot, service, clock
) -> None:
    shipped_order(service, clock, timedelta(days=20))
    wizard = open_wizard(qtbot, service, clock)
    page = wizard.reason_page
    assert wizard.windowTitle() == f"Open a dispute — order {NUMBER}"
    assert not page.reason_box.isVisible() and not wizard.button(W.NextButton).isEnabled()
    click(qtbot, page.not_received)
    shown = [code for code, button in page.reason_buttons.items() if button.isVisible()]
    assert shown == list(NOT_RECEIVED_REASONS)
    assert page.reason_buttons["tracking_stalled"].text() == "Tracking stopped moving"
    click(qtbot, page.reason_buttons["customs"])
    assert wizard.field("reason") == "customs" and wizard.button(W.NextButton).isEnabled()
    click(qtbot, page.received)
    shown = [code for code, button in page.reason_buttons.items() if button.isVisible()]
    assert shown == list(RECEIVED_REASONS)
    assert wizard.field("reason") == "" and not wizard.button(W.NextButton).isEnabled()


# -- (a) not received, eligible -----------------------------------------------------------------


def test_not_received_after_twenty_days_can_be_opened_and_finish_records_the_full_refund(
    qtbot, service, clock
) -> None:
    shipped_order(service, clock, timedelta(days=20))
    protection_end = next(
        d.due for d in service.show(NUMBER).deadlines if d.kind is DeadlineKind.PROTECTION_ENDS
    )
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")

    page = wizard.eligibility_page
    assert wizard.currentId() == ELIGIBILITY
    assert wizard.advice().eligible and wizard.advice().closes_at == protection_end
    assert page.headline.text() == f"You can open it now, until {fmt.local_moment(protection_end)}."
    assert page.countdown_box.countdown.text() == left(clock, protection_end) == "40d 00h"
    assert not page.fallbacks_box.isVisible() and not page.blocked.isVisible()

    press(qtbot, wizard, W.NextButton)
    checks = wizard.evidence_page.checks
    assert [c.text() for c in checks] == list(wizard.advice().evidence) and checks
    assert "Keep these ready to upload on the dispute form" in wizard.evidence_page.subTitle()
    click(qtbot, checks[0])
    assert wizard.evidence_page.count.text() == f"1 of {len(checks)} ready."

    press(qtbot, wizard, W.NextButton)
    refund = wizard.refund_page
    assert refund.full.isChecked() and not refund.return_item.isVisible(), "nothing to return"
    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == TEXT
    assert NUMBER in wizard.text_page.draft.toPlainText()
    assert "confirm receipt" in wizard.text_page.warnings.text() and wizard.text_page.warnings.isVisible()

    press(qtbot, wizard, W.NextButton)
    confirm = wizard.confirm_page
    assert confirm.values["reason"].text() == "Tracking stopped moving"
    assert confirm.values["refund"].text() == "Full refund, $12.40"
    assert confirm.values["return"].text() == "No"
    assert kinds(service) == before, "nothing is written before Finish"
    press(qtbot, wizard, W.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    order = service.show(NUMBER)
    last = order.timeline[-1]
    assert last.kind == "dispute-opened"
    assert (last.data["reason"], Decimal(last.data["refund"]), last.data.get("return", False)) == (
        "tracking_stalled",
        TOTAL,
        False,
    )
    assert order.status == "dispute_open"
    assert {DeadlineKind.SELLER_RESPONSE_DUE, DeadlineKind.ESCALATION} <= deadline_kinds(service)
    assert wizard.recorded_detail() is not None and wizard.recorded_detail().status == "dispute_open"


def test_the_window_countdown_ticks_live_only_while_its_page_shows(qtbot, service, clock) -> None:
    shipped_order(service, clock, timedelta(days=59, hours=23))  # protection ends in an hour
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")
    page = wizard.eligibility_page
    assert page.countdown_box.countdown.text() == "01:00:00"
    assert page.timer.isActive() and page.timer.parent() is page
    clock.advance(timedelta(minutes=5, seconds=3))
    qtbot.waitUntil(
        lambda: page.countdown_box.countdown.text() == "00:54:57", timeout=10_000
    )  # a one-second timer: generous for a busy machine
    press(qtbot, wizard, W.NextButton)
    assert not page.timer.isActive()
    press(qtbot, wizard, W.BackButton)
    assert page.timer.isActive()
    # Protection ends while the page shows: the safe time is gone, and the page says plainly that
    # the 15 days after the order completed are the last chance.
    clock.advance(timedelta(hours=1))
    qtbot.waitUntil(lambda: wizard.advice().late, timeout=10_000)  # a one-second timer
    assert wizard.advice().eligible
    assert page.headline.text().startswith("Last chance: you can still open it, until")
    assert page.late.isVisible() and "the safe time to open a dispute was before then" in page.late.text()
    assert "UTC" in page.late.text()
    qtbot.waitUntil(lambda: page.countdown_box.countdown.text() == "14d 23h", timeout=10_000)
    # Then that window closes too: the page says so and holds Next.
    clock.advance(timedelta(days=15))
    qtbot.waitUntil(
        lambda: not wizard.advice().eligible, timeout=10_000
    )  # a one-second timer: generous for a busy machine
    assert page.refusal.isVisible() and "can't be opened any more" in page.refusal.text()
    assert cannot_go_on(wizard)
    wizard.close()
    assert not page.timer.isActive()


# -- (b) received, partial refund ---------------------------------------------------------------


def test_received_defective_records_the_exact_partial_refund(qtbot, service, clock) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "defective")
    assert wizard.advice().eligible
    assert (
        wizard.eligibility_page.countdown_box.countdown.text() == "14d 00h"
    )  # 15 days after confirming receipt
    next_until(qtbot, wizard, REFUND)
    page = wizard.refund_page
    assert page.return_item.isVisible() and not page.return_item.isChecked()
    assert "partial refund" in page.outcome.text()
    click(qtbot, page.partial)
    assert not wizard.button(W.NextButton).isEnabled(), "a partial refund needs its amount"
    qtbot.keyClicks(page.amount, "13.00")
    assert page.problem.isVisible() and "more than the order total" in page.problem.text()
    assert not wizard.button(W.NextButton).isEnabled()
    page.amount.clear()
    qtbot.keyClicks(page.amount, "0")
    assert "more than zero" in page.problem.text() and not wizard.button(W.NextButton).isEnabled()
    page.amount.clear()
    qtbot.keyClicks(page.amount, "3,72")  # 30 % of 12.40, typed with a decimal comma
    assert not page.problem.isVisible() and wizard.button(W.NextButton).isEnabled()

    next_until(qtbot, wizard, TEXT)
    assert "partial refund of 3.72 USD" in wizard.text_page.draft.toPlainText()  # the chosen amount, named
    next_until(qtbot, wizard, CONFIRM)
    assert wizard.confirm_page.values["refund"].text() == "Partial refund, $3.72"
    press(qtbot, wizard, W.FinishButton)
    last = service.show(NUMBER).timeline[-1]
    assert last.kind == "dispute-opened" and last.data["reason"] == "defective"
    assert Decimal(last.data["refund"]) == Decimal("3.72") == TOTAL * Decimal("0.3")
    assert not last.data.get("return", False)


def test_returning_the_item_asks_for_the_full_refund(qtbot, service, clock) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "wrong_item")
    next_until(qtbot, wizard, REFUND)
    page = wizard.refund_page
    click(qtbot, page.partial)
    qtbot.keyClicks(page.amount, "99")
    assert not wizard.button(W.NextButton).isEnabled()
    click(qtbot, page.return_item)
    assert page.full.isChecked() and not page.partial.isEnabled() and not page.amount.isEnabled()
    assert wizard.button(W.NextButton).isEnabled()
    next_until(qtbot, wizard, CONFIRM)
    assert wizard.confirm_page.values["return"].text() == "Yes"
    press(qtbot, wizard, W.FinishButton)
    last = service.show(NUMBER).timeline[-1]
    assert (Decimal(last.data["refund"]), last.data.get("return")) == (TOTAL, True)


# -- (c) too early ------------------------------------------------------------------------------


def test_too_early_counts_down_to_the_opening_and_cannot_finish(qtbot, service, clock) -> None:
    shipped_order(service, clock, timedelta(days=3))
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")
    page = wizard.eligibility_page
    advice = wizard.advice()
    assert not advice.eligible and advice.opens_at == clock.now() + timedelta(days=8)
    assert page.headline.text() == f"You can open it from {fmt.local_moment(advice.opens_at)}."
    assert page.countdown_box.countdown.text() == left(clock, advice.opens_at) == "8d 00h"
    assert page.blocked.isVisible() and page.steps.isVisible() and not page.refusal.isVisible()
    assert cannot_go_on(wizard)
    assert wizard.button(W.CancelButton).text() == "Close"
    wizard.accept()  # even forced, Finish records nothing here
    assert kinds(service) == before and wizard.recorded_detail() is None


def test_when_the_opening_time_comes_the_page_lets_the_buyer_go_on(qtbot, service, clock) -> None:
    shipped_order(service, clock, timedelta(days=11) - timedelta(seconds=2))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")
    assert cannot_go_on(wizard) and wizard.eligibility_page.countdown_box.countdown.text() == "00:00:02"
    clock.advance(timedelta(seconds=2))
    qtbot.waitUntil(
        lambda: wizard.button(W.NextButton).isEnabled(), timeout=10_000
    )  # a one-second timer: generous for a busy machine
    assert wizard.eligibility_page.headline.text().startswith("You can open it now")


# -- (d) never ----------------------------------------------------------------------------------


def test_an_unpaid_order_cannot_be_disputed_and_nothing_is_recorded(qtbot, service, clock) -> None:
    service.add_order(NewOrder(NUMBER, "Tiny Gadgets Store", "USB-C cable", TOTAL, "USD", clock.now()))
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")
    page = wizard.eligibility_page
    assert page.headline.text() == "You can't open it now."
    assert page.refusal.isVisible() and "isn't paid" in page.refusal.text()
    assert not page.countdown_box.isVisible() and not page.fallbacks_box.isVisible()
    assert cannot_go_on(wizard)
    press(qtbot, wizard, W.CancelButton)
    assert kinds(service) == before and wizard.recorded_detail() is None


def test_a_cancelled_order_cannot_be_disputed(qtbot, service, clock) -> None:
    service.add_order(NewOrder(NUMBER, "Tiny Gadgets Store", "USB-C cable", TOTAL, "USD", clock.now()))
    service.record_event(NUMBER, NewEvent("cancelled", reason="changed_mind"))
    before = kinds(service)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "damaged")
    assert wizard.eligibility_page.refusal.text() == "The order is cancelled, so there is nothing to dispute."
    assert cannot_go_on(wizard)
    assert kinds(service) == before


def test_a_missed_window_shows_the_card_fallback_with_its_deadline(qtbot, service, clock) -> None:
    received_order(service, clock, received_ago=timedelta(days=20))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "not_as_described")
    page = wizard.eligibility_page
    advice = wizard.advice()
    assert not advice.eligible and "closed" in page.refusal.text()
    assert [kind for kind, _ in advice.fallbacks] == ["chargeback_window_ends"]
    (due,) = [due for _, due in advice.fallbacks]
    assert page.fallbacks_box.isVisible()
    assert [label.text() for label in page.fallback_labels] == [
        f"Chargeback window ends: {fmt.local_time(due)} ({left(clock, due)})"
    ]
    assert cannot_go_on(wizard)


# -- the text and Finish ------------------------------------------------------------------------


def test_the_dispute_text_keeps_each_languages_edits_and_copies(
    qtbot, service, clock, russian_drafts
) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "damaged")
    next_until(qtbot, wizard, TEXT)
    page = wizard.text_page
    english = page.draft.toPlainText()
    assert NUMBER in english and "[what is damaged]" in english
    page.draft.selectAll()
    qtbot.keyClicks(page.draft, "The lid is cracked.")
    click(qtbot, page.language_button("ru"))
    russian = page.draft.toPlainText()
    assert NUMBER in russian and "повреждён" in russian
    click(qtbot, page.copy_button)
    assert QGuiApplication.clipboard().text() == russian and page.copied.isVisible()
    click(qtbot, page.language_button("en"))
    assert page.draft.toPlainText() == "The lid is cracked."
    assert page.warnings.isVisible() and "chargeback" in page.warnings.text()


def test_a_refusal_on_finish_stays_on_the_page(qtbot, service, clock) -> None:
    shipped_order(service, clock, timedelta(days=20))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")
    next_until(qtbot, wizard, CONFIRM)
    service.record_event(NUMBER, NewEvent("dispute-opened", reason="customs", refund=TOTAL))  # meanwhile
    before = kinds(service)
    press(qtbot, wizard, W.FinishButton)
    assert wizard.isVisible() and wizard.currentId() == CONFIRM
    assert wizard.confirm_page.banner.isVisible() and "dispute" in wizard.confirm_page.banner.text()
    assert kinds(service) == before and wizard.recorded_detail() is None


def test_every_control_on_every_page_has_an_accessible_name(qtbot, service, clock) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    click(qtbot, wizard.reason_page.received)
    click(qtbot, wizard.reason_page.reason_buttons["damaged"])
    seen = set()
    while True:
        seen.add(wizard.currentId())
        controls = [
            w
            for w in wizard.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QPlainTextEdit | QLineEdit | QCheckBox) and w.isVisible()
        ]
        assert controls
        assert all(w.accessibleName() for w in controls), [w for w in controls if not w.accessibleName()]
        if not wizard.button(W.NextButton).isVisible():
            break
        press(qtbot, wizard, W.NextButton)
    assert seen == {REASON, ELIGIBILITY, EVIDENCE, REFUND, TEXT, CONFIRM}


def test_keyboard_alone_chooses_the_reason_and_goes_on(qtbot, service, clock) -> None:
    shipped_order(service, clock, timedelta(days=20))
    wizard = open_wizard(qtbot, service, clock)
    with qtbot.waitActive(wizard):  # mnemonics (Alt+N) work in the active window
        wizard.activateWindow()
    qtbot.waitUntil(wizard.reason_page.not_received.hasFocus)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Space)
    assert wizard.field("reason") == "tracking_stalled"
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == ELIGIBILITY


# -- opening it from the window -----------------------------------------------------------------


def test_open_dispute_wizard_says_true_when_finish_recorded(qtbot, service, clock, monkeypatch) -> None:
    shipped_order(service, clock, timedelta(days=20))

    def walk(wizard: DisputeWizard) -> int:
        wizard.show()
        wizard.reason_page.not_received.setChecked(True)
        wizard.reason_page.reason_buttons["customs"].setChecked(True)
        while wizard.currentId() != CONFIRM:
            wizard.next()
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(DisputeWizard, "exec", walk)
    assert open_dispute_wizard(None, service, clock, NUMBER) is True
    assert kinds(service)[-1] == "dispute-opened"


def test_open_dispute_wizard_says_false_when_closed_without_recording(
    qtbot, service, clock, monkeypatch
) -> None:
    shipped_order(service, clock, timedelta(days=20))
    monkeypatch.setattr(DisputeWizard, "exec", lambda wizard: wizard.reject() or 0)
    assert open_dispute_wizard(None, service, clock, NUMBER) is False


def test_open_dispute_wizard_on_an_unknown_order_explains_and_opens_nothing(
    qtbot, service, clock, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(DisputeWizard, "exec", lambda wizard: pytest.fail("no wizard for an unknown order"))
    assert open_dispute_wizard(None, service, clock, "404") is False
    assert len(shown) == 1 and "404" in shown[0]
    assert dispute_wizard.dialogs is dialogs


def test_alt_n_goes_next_and_alt_b_goes_back(qtbot, service, clock) -> None:
    shipped_order(service, clock, timedelta(days=20))
    wizard = open_wizard(qtbot, service, clock)
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "I haven't…"
    qtbot.waitUntil(wizard.reason_page.reason_box.isVisible)
    click(qtbot, wizard.reason_page.reason_buttons["customs"])
    # A mnemonic "animates" its button: the click lands a moment later.
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == ELIGIBILITY)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == REASON)


# -- the text says what is true where the buyer reads it -------------------------------------------


def test_the_steps_point_to_the_draft_where_it_is_not_below_them(qtbot, service, clock) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "damaged")
    next_until(qtbot, wizard, CONFIRM)  # the steps show after the text page
    steps = wizard.confirm_page.steps.text()
    assert "Paste the drafted dispute text into the form" in steps
    assert "below" not in steps


def test_unfilled_parts_are_listed_said_on_copy_and_asked_about_before_going_on(
    qtbot, service, clock, monkeypatch
) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "damaged")
    next_until(qtbot, wizard, TEXT)
    page = wizard.text_page
    editor = page.editor
    left = editor.unfilled()
    assert "[what is damaged]" in left and editor.unfilled_note.isVisible()
    assert all(part in editor.unfilled_note.text() for part in left)
    click(qtbot, page.copy_button)
    assert page.copied.text() == (
        f"Copied, with {len(left)} parts in […] still to fill in: fill them in before you send it."
    )
    questions: list[str] = []

    def answer_no(_parent, _title, text):
        questions.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask_yes_no", answer_no)
    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == TEXT, "answered no: the buyer stays to fill them in"
    assert len(questions) == 1 and all(part in questions[0] for part in left)
    text = page.draft.toPlainText()
    for part in left:
        text = text.replace(part, "the lid")
    page.draft.setPlainText(text)
    assert not editor.unfilled_note.isVisible()
    press(qtbot, wizard, W.NextButton)
    assert wizard.currentId() == CONFIRM and len(questions) == 1


def test_the_text_attaches_photos_only_once_the_order_has_some(qtbot, service, clock, tmp_path) -> None:
    from PIL import Image

    from app.services.evidence import EvidenceService

    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "damaged")
    next_until(qtbot, wizard, TEXT)
    assert "attached" not in wizard.text_page.draft.toPlainText().lower().replace("[attach", "")
    photo = tmp_path / "lid.jpg"
    Image.new("RGB", (20, 20), "red").save(photo)
    EvidenceService(service.store, clock).attach(NUMBER, [photo])
    press(qtbot, wizard, W.BackButton)
    press(qtbot, wizard, W.NextButton)
    assert "I attach 1 photo or video that show it." in wizard.text_page.draft.toPlainText()


def test_the_countdown_sits_beside_what_comes_next(qtbot, service, clock) -> None:
    from PySide6.QtCore import QPoint

    shipped_order(service, clock, timedelta(days=20))
    wizard = open_wizard(qtbot, service, clock)
    choose_reason(qtbot, wizard, "tracking_stalled")
    page = wizard.eligibility_page
    card, beside = page.countdown_box, page.next_steps
    assert card.isVisible() and beside.isVisible()
    card_right = card.mapTo(page, QPoint(card.width(), card.height()))
    beside_at = beside.mapTo(page, QPoint(0, 0))
    assert card_right.x() < beside_at.x() and beside_at.y() < card_right.y()


# -- (c) an order of several items: which one ---------------------------------------------------


def test_an_order_of_two_items_asks_which_one_and_records_the_dispute_for_it(
    qtbot, service, clock, tmp_path
) -> None:
    from tests.two_items import CABLE, add_lamp_and_cable
    from tests.two_items import NUMBER as TWO

    add_lamp_and_cable(service.store, clock, tmp_path, clock.now() - timedelta(days=12))
    service.record_event(TWO, NewEvent("received", at=clock.now() - timedelta(days=1)))
    wizard = DisputeWizard(service, clock, TWO, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.reason_page
    assert page.item_box.isVisible()
    assert [b.text() for b in page.item_buttons.values()] == [
        "The &whole order (the same dispute for every item)",
        "Item 1: Desk lamp — $22.50",
        "Item 2: USB cable — $5.00",
    ]
    assert page.item_buttons[None].isChecked()  # the whole order unless the buyer says
    click(qtbot, page.item_buttons[CABLE])
    choose_reason(qtbot, wizard, "damaged")
    assert wizard.advice().eligible and wizard.advice().line == CABLE
    next_until(qtbot, wizard, REFUND)
    refund = wizard.refund_page
    # What the cable cost is what can be asked for.
    assert refund.full.text() == "&Full refund: $5.00"
    click(qtbot, refund.partial)
    qtbot.keyClicks(refund.amount, "6")
    assert refund.problem.text() == "That is more than the item cost, $5.00."
    refund.amount.clear()
    qtbot.keyClicks(refund.amount, "3")
    next_until(qtbot, wizard, TEXT)
    assert "item “USB cable”" in wizard.text_advice().message
    next_until(qtbot, wizard, CONFIRM)
    assert wizard.confirm_page.values["item"].text() == "Item 2: USB cable"
    press(qtbot, wizard, W.FinishButton)
    opened = service.show(TWO).timeline[-1]
    assert (opened.kind, opened.data) == (
        "dispute-opened",
        {"line": 2, "reason": "damaged", "refund": "3.00"},
    )
    [lamp, cable] = service.show(TWO).lines
    assert (lamp.dispute, cable.dispute.state if cable.dispute else None) == (None, "open")


def test_an_order_of_one_item_asks_no_question(qtbot, service, clock) -> None:
    received_order(service, clock)
    wizard = open_wizard(qtbot, service, clock)
    assert not wizard.reason_page.item_box.isVisible() and wizard.line() is None


def test_the_dispute_text_is_offered_in_the_buyers_language_then_english_and_russian(
    qtbot, service, clock, monkeypatch, tmp_path
) -> None:
    received_order(service, clock)
    asked: list[str | None] = []
    advise = service.advise_dispute

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        # Each draft says which language it was asked in (what it says is the core's business).
        asked.append(kwargs.get("language"))
        advice = advise(*args, **kwargs)
        return replace(advice, message=f"[{kwargs.get('language')}] {advice.message}")

    monkeypatch.setattr(service, "advise_dispute", spy)
    with speaking("ru", tmp_path):  # a Russian buyer: Russian first, then English
        wizard = open_wizard(qtbot, service, clock)
        choose_reason(qtbot, wizard, "damaged")
        next_until(qtbot, wizard, TEXT)
        page = wizard.text_page
        assert list(page.editor.buttons) == ["ru", "en"]
        assert page.language() == "ru" and asked[-1] == "ru"
        assert page.draft.toPlainText().startswith("[ru] ")
        page.draft.selectAll()
        qtbot.keyClicks(page.draft, "My own words.")
        click(qtbot, page.language_button("en"))
        assert asked[-1] == "en" and page.draft.toPlainText().startswith("[en] ")
        click(qtbot, page.language_button("ru"))
        assert page.draft.toPlainText() == "My own words."
        wizard.close()
