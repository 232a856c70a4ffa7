"""The dispute wizard's first pages: the reason, whether the dispute can be opened now (with a
live countdown), and the refund request. They show what ``OrderService.advise_dispute`` answers
and collect input; they decide nothing. The wizard and its other pages are in ui/wizards/dispute/wizard.py.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import ParseError, Refused
from app.domain.model import NOT_RECEIVED_REASONS, RECEIVED_REASONS
from app.domain.parsing import parse_amount
from ui.common import format as fmt
from ui.common.form_fields import FieldMessage, RefusalBanner, hint_label, refusal_text
from ui.wizards.cancel.situation_page import advice_text, scaled_font, value_label

if TYPE_CHECKING:
    from datetime import datetime

    from app.domain.advice_dispute import DisputeAdvice
    from ui.wizards.dispute.wizard import DisputeWizard

REASON, ELIGIBILITY, EVIDENCE, REFUND, TEXT, CONFIRM = range(6)

# A yellow box for what the buyer must not miss (the same look as the cancel wizard's "Not known").
WARNING_STYLE = (
    "background: #fff4ce; color: #3d3000; border: 1px solid #c9a400; border-radius: 4px; padding: 8px;"
)


def reason_text(code: str) -> str:
    """The reason in plain words, without the "not received" prefix the event dialog needs."""
    texts = {
        "tracking_stalled": "Tracking stopped moving",
        "wrong_destination": "It went to the wrong address or country",
        "delivery_period_ending": "The delivery period is about to end",
        "returned_to_sender": "It is going back to the seller",
        "customs": "It is held at customs",
        "not_as_described": "It is not as described (size, colour, material, model)",
        "defective": "It doesn't work or is defective",
        "damaged": "It arrived damaged",
        "wrong_item": "I got a different item",
        "quantity_short": "Fewer items than I ordered",
        "counterfeit": "It is a counterfeit",
        "empty_parcel": "The parcel was empty",
    }
    return QCoreApplication.translate("DisputeReason", texts.get(code, code))


class ReasonPage(QWizardPage):
    """First "not received" or "received with a problem", then the reason within it. Next asks the
    service for the advice; a refusal stays on this page."""

    reason_changed = Signal()

    def __init__(self, flow: DisputeWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self.setTitle(self.tr("What went wrong?"))
        self.setSubTitle(
            self.tr("Order %1 from %2: %3.")
            .replace("%1", flow.order.order)
            .replace("%2", flow.order.store)
            .replace("%3", flow.order.title)
        )
        self.kind_box = QGroupBox(self.tr("Did the parcel arrive?"), self)
        self.not_received = QRadioButton(self.tr("No, I &haven't received it"), self.kind_box)
        self.received = QRadioButton(self.tr("&Yes, but something is wrong with it"), self.kind_box)
        self.not_received.setAccessibleName(self.tr("Not received"))
        self.received.setAccessibleName(self.tr("Received with a problem"))
        self._kinds = QButtonGroup(self)
        kind_layout = QVBoxLayout(self.kind_box)
        for button in (self.not_received, self.received):
            self._kinds.addButton(button)
            kind_layout.addWidget(button)
        self.reason_box = QGroupBox(self.tr("What exactly?"), self)
        reason_layout = QVBoxLayout(self.reason_box)
        self._reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        for code in (*NOT_RECEIVED_REASONS, *RECEIVED_REASONS):
            button = QRadioButton(reason_text(code), self.reason_box)
            button.setAccessibleName(reason_text(code))
            self._reasons.addButton(button)
            self.reason_buttons[code] = button
            reason_layout.addWidget(button)
        self.reason_box.hide()
        self.banner = RefusalBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._kinds.buttonToggled.connect(self._kind_toggled)
        self._reasons.buttonToggled.connect(self._reason_toggled)
        self.registerField("reason*", self, "reason", self.reason_changed)

    def _reason(self) -> str:
        checked = self._reasons.checkedButton()
        return next((code for code, button in self.reason_buttons.items() if button is checked), "")

    def _set_reason(self, code: str) -> None:
        if code in self.reason_buttons:
            (self.received if code in RECEIVED_REASONS else self.not_received).setChecked(True)
            self.reason_buttons[code].setChecked(True)

    reason = Property(str, _reason, _set_reason, notify=reason_changed)

    def _kind_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        shown = RECEIVED_REASONS if self.received.isChecked() else NOT_RECEIVED_REASONS
        if self._reason() and self._reason() not in shown:
            # The other group's reason no longer applies: nothing is chosen until the buyer says.
            self._reasons.setExclusive(False)
            self.reason_buttons[self._reason()].setChecked(False)
            self._reasons.setExclusive(True)
            self.reason_changed.emit()
        for code, button in self.reason_buttons.items():
            button.setVisible(code in shown)
        self.reason_box.setVisible(True)
        self.banner.show_message(None)

    def _reason_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.banner.show_message(None)
            self.reason_changed.emit()

    def initializePage(self) -> None:
        (self._kinds.checkedButton() or self.not_received).setFocus()

    def validatePage(self) -> bool:
        try:
            self._flow.advise(self._reason())
        except Refused as exc:
            self.banner.show_message(refusal_text(exc))
            return False
        return True


class EligibilityPage(QWizardPage):
    """Whether the dispute can be opened now: until when (eligible), from when (not yet, Next held)
    or why not (never, with the PayPal and card fallbacks). One parented timer ticks the countdown
    while the page shows; when the countdown reaches its time the wizard asks the engine again."""

    def __init__(self, flow: DisputeWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self._target: datetime | None = None
        self.setTitle(self.tr("Can you open it now?"))
        self.setSubTitle(self.tr("For this order and your reason, as of now."))
        self.headline = value_label("", self)
        self.headline.setFont(scaled_font(self, 1.15))
        self.headline.setAccessibleName(self.tr("Can the dispute be opened"))
        self.countdown_box = QWidget(self)
        self.caption = QLabel(self.countdown_box)
        self.countdown = QLabel(self.countdown_box)
        self.countdown.setFont(scaled_font(self, 1.8))
        self.countdown.setAccessibleName(self.tr("Time left"))
        box_layout = QVBoxLayout(self.countdown_box)
        box_layout.setContentsMargins(0, 4, 0, 4)
        box_layout.setSpacing(2)
        for widget in (self.caption, self.countdown):
            box_layout.addWidget(widget)
        self.refusal = value_label("", self)
        self.refusal.setAccessibleName(self.tr("Why not"))
        self.fallbacks_box = QGroupBox(self.tr("Other ways to get your money back"), self)
        self._fallbacks_layout = QVBoxLayout(self.fallbacks_box)
        self.fallback_labels: list[QLabel] = []
        self.steps = value_label("", self)
        self.steps.setAccessibleName(self.tr("What you can do"))
        self.blocked = hint_label(self)
        self.blocked.setText(self.tr("You can't go on from here now: press Close."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (
            self.headline,
            self.countdown_box,
            self.refusal,
            self.steps,
            self.fallbacks_box,
            self.blocked,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def initializePage(self) -> None:
        self._show(self._flow.advice())

    def _show(self, advice: DisputeAdvice) -> None:
        now = self._flow.clock.now()
        if advice.eligible:
            self.headline.setText(
                self.tr("You can open it now, until %1.").replace("%1", self._until_text(advice.closes_at))
            )
            self.caption.setText(self.tr("Until the dispute window closes"))
            self._target = advice.closes_at
        elif advice.opens_at is not None and advice.opens_at > now:
            self.headline.setText(
                self.tr("You can open it from %1.").replace("%1", fmt.local_time(advice.opens_at))
            )
            self.caption.setText(self.tr("Until you can open it"))
            self._target = advice.opens_at
        else:
            self.headline.setText(self.tr("You can't open it now."))
            self._target = None
        self.refusal.setText(advice_text(advice.refusal))
        # Not yet: the headline and the countdown already say from when.
        self.refusal.setVisible(bool(advice.refusal) and (advice.eligible or self._target is None))
        self.countdown_box.setVisible(self._target is not None)
        self._show_fallbacks(advice if not advice.eligible and self._target is None else None)
        # Once eligible the steps to open it come on the last page; until then, what to do instead.
        steps = () if advice.eligible else advice.steps
        self.steps.setText("\n".join(f"• {advice_text(step)}" for step in steps))
        self.steps.setVisible(bool(steps))
        self.blocked.setVisible(not advice.eligible)
        self.tick()
        if self._target is None:
            self.timer.stop()
        elif self.isVisible():
            self.timer.start()
        self.completeChanged.emit()

    def _until_text(self, when: datetime | None) -> str:
        return fmt.local_time(when) if when is not None else self.tr("protection ends")

    def _show_fallbacks(self, advice: DisputeAdvice | None) -> None:
        for label in self.fallback_labels:
            self._fallbacks_layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.fallback_labels = []
        now = self._flow.clock.now()
        for kind, due in advice.fallbacks if advice is not None else ():
            left = int((due - now).total_seconds())
            text = (
                self.tr("%1: %2 (%3)")
                .replace("%1", fmt.deadline_text(kind))
                .replace("%2", fmt.local_time(due))
                .replace("%3", fmt.countdown(left))
            )
            label = value_label(text, self.fallbacks_box)
            label.setAccessibleName(fmt.deadline_text(kind))
            self._fallbacks_layout.addWidget(label)
            self.fallback_labels.append(label)
        self.fallbacks_box.setVisible(bool(self.fallback_labels))

    def tick(self) -> None:
        if self._target is None:
            return
        left = int((self._target - self._flow.clock.now()).total_seconds())
        self.countdown.setText(fmt.countdown(left))
        if left <= 0:
            # The window opened or closed: what the page says is no longer true.
            try:
                self._show(self._flow.advise(self._flow.reason()))
            except Refused:
                self.timer.stop()

    def isComplete(self) -> bool:
        advice = self._flow.current_advice()
        return advice is not None and advice.eligible

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._target is not None:
            self.tick()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)


class RefundPage(QWizardPage):
    """Full or partial refund (an amount in the order's currency, more than zero and at most the
    total) and, for a received item, whether to send it back (which asks for the full refund)."""

    def __init__(self, flow: DisputeWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        order = flow.order
        self.setTitle(self.tr("What do you ask for?"))
        self.setSubTitle(
            self.tr("The order total is %1.").replace("%1", fmt.money(order.total, order.currency))
        )
        self.full = QRadioButton(
            self.tr("&Full refund: %1").replace("%1", fmt.money(order.total, order.currency)), self
        )
        self.partial = QRadioButton(self.tr("&Partial refund:"), self)
        self.full.setAccessibleName(self.tr("Full refund"))
        self.partial.setAccessibleName(self.tr("Partial refund"))
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.full)
        self._choice.addButton(self.partial)
        self.full.setChecked(True)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Amount in %1").replace("%1", order.currency))
        self.amount.setAccessibleName(self.tr("Partial refund amount in %1").replace("%1", order.currency))
        self.amount.setEnabled(False)
        self.amount.setMaximumWidth(self.amount.fontMetrics().horizontalAdvance("0") * 16)
        self.problem = FieldMessage(self)
        self.problem.setAccessibleName(self.tr("Problem with the amount"))
        self.return_item = QCheckBox(self.tr("&Return the item (for a full refund)"), self)
        self.return_item.setAccessibleName(self.tr("Return the item"))
        self.outcome = hint_label(self)
        self.outcome.setAccessibleName(self.tr("Usual outcome"))
        row = QHBoxLayout()
        row.addWidget(self.partial)
        row.addWidget(self.amount)
        row.addWidget(QLabel(order.currency, self))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.full)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.return_item)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self._choice.buttonToggled.connect(self._changed)
        self.amount.textChanged.connect(self._changed)
        self.return_item.toggled.connect(self._return_toggled)

    def initializePage(self) -> None:
        received = self._flow.reason() in RECEIVED_REASONS
        self.return_item.setVisible(received)
        if not received:
            self.return_item.setChecked(False)
        full = self._flow.advice().outcome == "full_refund"
        self.outcome.setText(
            self.tr("Usually: a full refund.")
            if full
            else self.tr(
                "Usually: a partial refund while you keep the item, or a full refund if you send it back."
            )
        )
        self.outcome.show()
        self._changed()
        (self.full if self.full.isChecked() else self.partial).setFocus()

    def _return_toggled(self, checked: bool) -> None:
        if checked:
            self.full.setChecked(True)
        self.partial.setEnabled(not checked)
        self._changed()

    def _changed(self) -> None:
        self.amount.setEnabled(self.partial.isChecked())
        self.problem.show_message(self._problem() if self.amount.text().strip() else None)
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        if not self.partial.isChecked():
            return None
        order = self._flow.order
        try:
            amount = parse_amount(self.amount.text(), order.currency).amount
        except ParseError as exc:
            return refusal_text(exc)
        if amount <= 0:
            return self.tr("The amount must be more than zero.")
        if amount > order.total:
            return self.tr("That is more than the order total, %1.").replace(
                "%1", fmt.money(order.total, order.currency)
            )
        return None

    def refund(self) -> Decimal | None:
        """The amount asked for; None while a partial amount is missing or wrong."""
        if self.full.isChecked():
            return self._flow.order.total
        if self._problem() is not None:
            return None
        return parse_amount(self.amount.text(), self._flow.order.currency).amount

    def wants_return(self) -> bool:
        return self._flow.reason() in RECEIVED_REASONS and self.return_item.isChecked()

    def isComplete(self) -> bool:
        return self.refund() is not None
