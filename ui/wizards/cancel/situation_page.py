"""The first two pages of the cancel wizard: the order with the reason, and the verdict with its
live countdown. They show what ``OrderService.advise_cancel`` answers and decide nothing.

The page ids and the wizard's flow (``CancelWizard.next_after``) live in ui/wizards/cancel/wizard.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import Refused
from app.domain.model import CANCEL_REASONS
from ui.common import format as fmt
from ui.common.form_fields import (
    CountdownField,
    FieldMessage,
    RefusalBanner,
    arrow_time,
    hint_label,
    refusal_text,
)

if TYPE_CHECKING:
    from datetime import datetime

    from app.domain.advice_cancel import CancelAdvice
    from ui.wizards.cancel.wizard import CancelWizard

SITUATION, VERDICT, MESSAGE, FOLLOW_UP = range(4)


def advice_text(text: str) -> str:
    """Headlines and steps come from app/domain/advice_cancel.py in English; translated here."""
    return QCoreApplication.translate("advice", text)


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def value_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SituationPage(QWizardPage):
    """The order as it is now (read-only) and the reason, chosen with a radio button. Next asks
    the service for the advice; a refusal stays on this page."""

    reason_changed = Signal()

    def __init__(self, flow: CancelWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self.setTitle(self.tr("The order"))
        self.setSubTitle(self.tr("Check that this is the order you want to cancel, then say why."))
        order = flow.order
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("Order number"), order.order),
            (self.tr("Store"), order.store),
            (self.tr("Item"), order.title),
            (self.tr("Total"), fmt.money(order.total, order.currency)),
            (self.tr("Status"), fmt.status_text(order.status)),
        ]
        paid = next((entry.at for entry in order.timeline if entry.kind == "paid"), None)
        if paid is not None:
            rows.append((self.tr("Paid"), fmt.local_time(paid)))
        self.values: dict[str, QLabel] = {}
        for label, value in rows:
            self.values[label] = value_label(value, self)
            form.addRow(label + ":", self.values[label])
        labels = {
            "changed_mind": self.tr("I changed my mind"),
            "found_cheaper": self.tr("I found it cheaper"),
            "out_of_stock": self.tr("The seller is out of stock"),
            "price_raised": self.tr("The seller raised the price"),
            "seller_asked": self.tr("The seller asked me to cancel"),
            "other": self.tr("Something else"),
        }
        box = QGroupBox(self.tr("Why do you want to cancel?"), self)
        box_layout = QVBoxLayout(box)
        self._group = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        for code in CANCEL_REASONS:
            button = QRadioButton(labels.get(code, code), box)
            button.setAccessibleName(labels.get(code, code))
            self._group.addButton(button)
            self.reason_buttons[code] = button
            box_layout.addWidget(button)
        self.hint = hint_label(self)
        self.hint.setText(self.tr("Choose a reason to see what to do."))
        self.hint.show()
        self.banner = RefusalBanner(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._toggled)
        self.registerField("reason*", self, "reason", self.reason_changed)

    def _reason(self) -> str:
        checked = self._group.checkedButton()
        return next((code for code, button in self.reason_buttons.items() if button is checked), "")

    def _set_reason(self, code: str) -> None:
        button = self.reason_buttons.get(code)
        if button is not None:
            button.setChecked(True)

    reason = Property(str, _reason, _set_reason, notify=reason_changed)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.hint.hide()
            self.banner.show_message(None)
            self.reason_changed.emit()

    def initializePage(self) -> None:
        first = self._group.checkedButton() or self.reason_buttons[CANCEL_REASONS[0]]
        first.setFocus()

    def validatePage(self) -> bool:
        try:
            self._flow.advise(self._reason())
        except Refused as exc:
            self.banner.show_message(refusal_text(exc))
            return False
        return True

    def nextId(self) -> int:
        return self._flow.next_after(SITUATION)


class VerdictPage(QWizardPage):
    """The advice in plain words: the headline, a live countdown to ``wait_until`` (one parented
    timer, ticking only while the page shows), what is not known, and the numbered steps.

    When the advice lacks the ship-by time, the page asks for the countdown the order page shows
    and the wizard asks the engine again as the buyer types; Finish saves it (ui/wizards/cancel/wizard.py).
    Left empty, the fact stays named as missing and nothing is guessed."""

    def __init__(self, flow: CancelWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self._wait_until: datetime | None = None
        self.setTitle(self.tr("What to do"))
        self.setSubTitle(self.tr("For this order and your reason, as of now."))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setFont(scaled_font(self, 1.15))
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countdown_box = QWidget(self)
        self.caption = QLabel(self.countdown_box)
        self.countdown = QLabel(self.countdown_box)
        self.countdown.setFont(scaled_font(self, 1.8))
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.until = QLabel(self.countdown_box)
        self.time_up = hint_label(self.countdown_box)
        self.time_up.setText(self.tr("The wait is over: press Back, then Next, to see what to do now."))
        box_layout = QVBoxLayout(self.countdown_box)
        box_layout.setContentsMargins(0, 4, 0, 4)
        box_layout.setSpacing(2)
        for widget in (self.caption, self.countdown, self.until, self.time_up):
            box_layout.addWidget(widget)

        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Not known"))
        self.missing.setStyleSheet(
            "background: #fff4ce; color: #3d3000; border: 1px solid #c9a400; border-radius: 4px; padding: 8px;"
        )
        self.ship_by_box = QWidget(self)
        ship_by_label = QLabel(self.tr("&Ship-by countdown on the order page:"), self.ship_by_box)
        self.ship_by = CountdownField(flow.clock, self.tr("Ship-by countdown"), self.ship_by_box)
        ship_by_label.setBuddy(self.ship_by.edit)
        self.ship_by_note = hint_label(self.ship_by_box)
        self.ship_by_note.setText(self.tr("Finish saves this ship-by time on the order."))
        self.ship_by_problem = FieldMessage(self.ship_by_box)
        ship_by_layout = QVBoxLayout(self.ship_by_box)
        ship_by_layout.setContentsMargins(0, 0, 0, 0)
        ship_by_layout.setSpacing(4)
        for widget in (ship_by_label, self.ship_by, self.ship_by_problem, self.ship_by_note):
            ship_by_layout.addWidget(widget)
        self.ship_by_box.hide()
        self.steps_heading = QLabel(self.tr("Steps"), self)
        self.steps_heading.setFont(scaled_font(self, 1.0))
        self.steps = QWidget()
        self._steps_layout = QGridLayout(self.steps)
        self._steps_layout.setContentsMargins(0, 0, 0, 0)
        self._steps_layout.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.steps)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (self.headline, self.countdown_box, self.missing, self.ship_by_box, self.steps_heading):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.ship_by.changed.connect(self._ship_by_typed)

    def initializePage(self) -> None:
        asking = self._flow.asks_ship_by()
        self.ship_by_box.setVisible(asking)
        self.ship_by_problem.show_message(None)
        self._show(self._flow.advice())
        if asking:
            self.ship_by.refresh()  # a countdown typed earlier counts from now again
            self.ship_by.setFocus()

    def typed_ship_by(self) -> datetime | None:
        """The ship-by time typed here, counted from now at this moment; None when the page
        doesn't ask for it or the countdown is empty or unreadable."""
        if not self._flow.asks_ship_by() or self.ship_by.problem():
            return None
        return self.ship_by.due()

    def _ship_by_typed(self) -> None:
        if not self._flow.asks_ship_by():
            return
        try:
            advice = self._flow.advise(self._flow.reason())
            self.ship_by_problem.show_message(None)
        except Refused as exc:
            self.ship_by_problem.show_message(refusal_text(exc))
            advice = self._flow.advise(self._flow.reason(), typed=False)
        self._show(advice)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        # An unreadable countdown would be neither saved nor used: say so before going on.
        asking = self._flow.asks_ship_by()
        return not asking or not (self.ship_by.problem() or self.ship_by_problem.text())

    def _show(self, advice: CancelAdvice) -> None:
        self.headline.setText(advice_text(advice.headline))
        self._wait_until = advice.wait_until
        self.countdown_box.setVisible(advice.wait_until is not None)
        self.caption.setText(self._caption(advice.verdict))
        if advice.wait_until is not None:
            self.until.setText(arrow_time(advice.wait_until))
        self.missing.setText(self._missing_text(advice.missing, self._flow.asks_ship_by()))
        self.missing.setVisible(bool(advice.missing))
        self.ship_by_note.setVisible(not advice.missing and self.typed_ship_by() is not None)
        self._show_steps(advice.steps)
        self.tick()
        if advice.wait_until is None:
            self.timer.stop()
        elif self.isVisible():
            self.timer.start()

    def _caption(self, verdict: str) -> str:
        captions = {
            "not_paid_ignore": self.tr("Until the unpaid order closes by itself"),
            "wait_payment_check": self.tr("Until the payment check ends and cancelling becomes possible"),
            "wait_for_auto_refund": self.tr("Until the seller's time to ship runs out"),
            "cancel_pending": self.tr(
                "Until the request is approved automatically if the seller stays silent"
            ),
        }
        return captions.get(verdict, self.tr("Time left"))

    def _missing_text(self, missing: tuple[str, ...], asking: bool) -> str:
        facts = {
            "ship_by": self.tr("the seller's ship-by time (the processing-time countdown on the order page)"),
            "paid_at": self.tr("when you paid"),
        }
        named = "; ".join(facts.get(fact, fact.replace("_", " ")) for fact in missing)
        if asking and missing == ("ship_by",):
            return self.tr(
                "Not known: %1. The advice doesn't guess it: type the countdown the order page shows "
                "below, or leave it empty."
            ).replace("%1", named)
        return self.tr("Not known: %1. The advice doesn't guess it, so check the order page.").replace(
            "%1", named
        )

    def _show_steps(self, steps: tuple[str, ...]) -> None:
        while self._steps_layout.count():
            item = self._steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleted later: it must not show under the new steps meanwhile
                widget.deleteLater()
        for row in range(self._steps_layout.rowCount()):
            self._steps_layout.setRowStretch(row, 0)
        self.step_labels = []
        for row, step in enumerate(steps):
            number = QLabel(self.tr("%1.").replace("%1", str(row + 1)), self.steps)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = value_label(advice_text(step), self.steps)
            text.setAccessibleName(self.tr("Step %1").replace("%1", str(row + 1)))
            self._steps_layout.addWidget(number, row, 0)
            self._steps_layout.addWidget(text, row, 1)
            self.step_labels.append(text)
        self._steps_layout.setRowStretch(len(steps), 1)
        self.steps_heading.setVisible(bool(steps))

    def tick(self) -> None:
        if self._wait_until is None:
            return
        left = int((self._wait_until - self._flow.clock.now()).total_seconds())
        self.countdown.setText(fmt.countdown(left))
        self.time_up.setVisible(left <= 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._wait_until is not None:
            self.tick()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def nextId(self) -> int:
        return self._flow.next_after(VERDICT)
